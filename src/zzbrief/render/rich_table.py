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

from zzbrief.render.doc import Cell, Heading, Marked, Meter, Para, Table, Toned, View
from zzbrief.render.env import Env
from zzbrief.render.layout import BAR_FULL, BAR_OVER, Plan, plan
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


TONES = {"good": "green", "bad": "red", "pending": "yellow", "none": "dim"}


def meter_text(m: Meter) -> Text:
    """A bar for the share of a goal, with the 100% mark visible, then the share in words."""
    if m.share is None:
        return Text(clean(m.text), style="dim")
    share = max(m.share, 0.0)
    filled = round(min(share, 1 + BAR_OVER / BAR_FULL) * BAR_FULL)
    cells = ["#" if i < filled else "-" for i in range(BAR_FULL + BAR_OVER)]
    if share > 1 + BAR_OVER / BAR_FULL:
        cells[-1] = ">"  # beyond the scale
    bar = Text()
    for i, char in enumerate(cells):
        if i == BAR_FULL:
            bar.append("|", style="bold")
        bar.append(char, style=TONES.get(m.tone, "") if char != "-" else "dim")
    return bar.append(f" {clean(m.text)}")


def bracketed(cell: Marked) -> str:
    """The text with each highlighted span in [brackets], for output without colour."""
    out, at = [], 0
    for start, end in sorted(cell.spans):
        out += [cell.text[at:start], "[", cell.text[start:end], "]"]
        at = end
    return "".join(out) + cell.text[at:]


def to_text(cell: Cell, style: str = "", marks: bool = False) -> Text:
    """A Rich Text for a cell, with match highlights; never parsed as markup.

    ``marks``: there is no colour, so highlights are shown as [brackets] instead.
    """
    if marks and isinstance(cell, Marked) and cell.spans:
        return Text(clean(bracketed(cell)), style=style)
    if isinstance(cell, Meter):
        return meter_text(cell)
    if isinstance(cell, Toned):
        return Text(clean(cell.text), style=TONES.get(cell.tone, style))
    if isinstance(cell, Marked):
        text = Text(clean(cell.text), style=style)
        if clean(cell.text) == cell.text:  # escaping shifts offsets; then skip highlights
            for start, end in cell.spans:
                text.stylize(HIGHLIGHT, start, end)
        return text
    return Text(clean(cell), style=style)


def _table(block: Table, layout: Plan, marks: bool) -> RichTable:
    # Widths come from the layout plan, so Rich never squeezes a column to nothing.
    table = RichTable(box=ASCII_HEAD, title=block.title, title_justify="left", expand=False)
    for i, width in zip(layout.shown, layout.widths, strict=True):
        col = block.columns[i]
        table.add_column(
            Text(clean(col.header)),
            justify=_JUSTIFY.get(col.justify, "left"),
            no_wrap=col.nowrap,
            width=width,
            overflow="fold",
        )
    for row in block.rows:
        table.add_row(*(to_text(row[i], marks=marks) for i in layout.shown))
    return table


def _joined(cell: Cell) -> Cell:
    # A heading line is one line: the two languages of a cell are joined with " / ".
    return cell.replace("\n", " / ") if isinstance(cell, str) else cell


def _row_cards(block: Table, console: Console, marks: bool) -> None:
    # Too narrow for a grid: each row as a card. The cells that never wrap (ID, numbers)
    # make the heading line; every other cell follows on its own lines, under its header.
    for row in block.rows:
        pairs = list(zip(block.columns, row, strict=True))
        head = [to_text(_joined(c)) for col, c in pairs if col.nowrap and str(c)]
        line = Text(" · ").join(head)
        line.stylize("bold")
        console.print(line)
        for col, cell in pairs:
            if col.nowrap or not str(cell):
                continue
            title = clean(col.header).replace("\n", " / ")
            line = Text(f"{title}: ", style="dim").append_text(to_text(cell, marks=marks))
            console.print(Padding(line, (0, 0, 0, 2)))
        console.print()


def _cards(block: Table, console: Console, marks: bool) -> None:
    # The short cells make a heading line; each long cell gets an indented paragraph.
    for row in block.rows:
        head = [to_text(c) for c, col in zip(row, block.columns, strict=True) if not col.ratio]
        body = [c for c, col in zip(row, block.columns, strict=True) if col.ratio]
        line = Text(" · ").join(t for t in head[:-1] if t.plain)
        line.stylize("bold")
        console.print(line)
        for n, cell in enumerate(body):  # the match, then the other language, dimmed
            console.print(Padding(to_text(cell, "dim" if n else "", marks), (0, 0, 0, 2)))
        note = head[-1] if head else Text()
        if note.plain:
            label = Text(f"{clean(block.columns[-1].header)}: ", style="dim")
            console.print(Padding(label.append_text(note), (0, 0, 0, 2)))
        console.print()


def write_rich(view: View, env: Env) -> None:
    """Render the view's blocks on a terminal."""
    console = console_for(env)
    marks = not env.color  # no colour to highlight with: bracket the matches instead
    for block in view.blocks:
        if isinstance(block, Heading):
            console.print(Text(clean(block.text), style="bold cyan"))
        elif isinstance(block, Para):
            console.print(to_text(block.text, "dim" if block.dim else "", marks))
        elif block.cards:
            _cards(block, console, marks)
        else:
            layout = plan(block, console.width)
            if layout is None:
                _row_cards(block, console, marks)
                continue
            console.print(_table(block, layout, marks))
            if layout.dropped:
                hidden = ", ".join(clean(block.columns[i].header).replace("\n", " / ")
                                   for i in layout.dropped)  # fmt: skip
                console.print(
                    Text(f"(hidden at this width: {hidden}; or use -f plain)", style="dim")
                )
