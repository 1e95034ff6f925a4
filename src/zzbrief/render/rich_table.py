"""Terminal output with Rich: tables sized to the terminal, highlights, colour when allowed.

Every piece of data goes in as a ``Text`` object, so ``[bold]`` or ``:smile:`` in the data
prints literally; control characters are escaped before Rich sees them.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, JustifyMethod
from rich.padding import Padding
from rich.table import Table as RichTable
from rich.text import Text

from zzbrief.render.doc import Cell, Heading, Marked, Para, Table, View
from zzbrief.render.env import Env
from zzbrief.render.safe import clean

HIGHLIGHT = "bold black on yellow"
_JUSTIFY: dict[str, JustifyMethod] = {"left": "left", "right": "right", "center": "center"}
# Like box.SIMPLE_HEAD, but the rule under the header is ASCII "-": box-drawing characters
# have ambiguous East Asian width and misalign CJK tables on some terminals.
ASCII_HEAD = box.Box("    \n    \n -- \n    \n    \n    \n    \n    \n", ascii=True)


def console_for(env: Env, stderr: bool = False) -> Console:
    """A Console that never reads markup or emoji codes, coloured only when allowed."""
    colour = env.err_color if stderr else env.color
    return Console(
        file=env.err if stderr else env.out,
        width=env.width,
        no_color=not colour,
        color_system="auto" if colour else None,
        force_terminal=colour or None,
        markup=False,
        emoji=False,
        highlight=False,
        soft_wrap=False,
    )


def to_text(cell: Cell, style: str = "") -> Text:
    """A Rich Text for a cell, with match highlights; never parsed as markup."""
    if isinstance(cell, Marked):
        text = Text(clean(cell.text), style=style)
        if clean(cell.text) == cell.text:  # escaping shifts offsets; then skip highlights
            for start, end in cell.spans:
                text.stylize(HIGHLIGHT, start, end)
        return text
    return Text(clean(cell), style=style)


def _table(block: Table) -> RichTable:
    # Tables with free-text columns take the full width and share it by ratio.
    expand = any(c.ratio for c in block.columns)
    table = RichTable(box=ASCII_HEAD, title=block.title, title_justify="left", expand=expand)
    for col in block.columns:
        table.add_column(
            Text(clean(col.header)),
            justify=_JUSTIFY.get(col.justify, "left"),
            no_wrap=col.nowrap,
            ratio=col.ratio,
            min_width=col.min_width,
            overflow="fold",
        )
    for row in block.rows:
        table.add_row(*(to_text(c) for c in row))
    return table


def _cards(block: Table, console: Console) -> None:
    # The short cells make a heading line; each long cell gets an indented paragraph.
    for row in block.rows:
        head = [to_text(c) for c, col in zip(row, block.columns, strict=True) if not col.ratio]
        body = [c for c, col in zip(row, block.columns, strict=True) if col.ratio]
        line = Text(" · ").join(t for t in head[:-1] if t.plain)
        line.stylize("bold")
        console.print(line)
        for n, cell in enumerate(body):  # the match, then the other language, dimmed
            console.print(Padding(to_text(cell, "dim" if n else ""), (0, 0, 0, 2)))
        note = head[-1] if head else Text()
        if note.plain:
            label = Text(f"{clean(block.columns[-1].header)}: ", style="dim")
            console.print(Padding(label.append_text(note), (0, 0, 0, 2)))
        console.print()


def write_rich(view: View, env: Env) -> None:
    """Render the view's blocks on a terminal."""
    console = console_for(env)
    for block in view.blocks:
        if isinstance(block, Heading):
            console.print(Text(clean(block.text), style="bold cyan"))
        elif isinstance(block, Para):
            console.print(to_text(block.text, "dim" if block.dim else ""))
        elif block.cards:
            _cards(block, console)
        else:
            console.print(_table(block))
