"""Terminal output with Rich: tables sized to the terminal, highlights, colour when allowed.

Every piece of data goes in as a ``Text`` object, so ``[bold]`` or ``:smile:`` in the data
prints literally; control characters are escaped before Rich sees them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from zzbrief.render.doc import Cell, Column, Heading, Marked, Meter, Para, Table, Toned, View
from zzbrief.render.env import Env
from zzbrief.render.layout import Plan, plan
from zzbrief.render.meter import TONES, meter_text
from zzbrief.render.safe import clean
from zzbrief.render.wrap import indented, pieces, wrap

if TYPE_CHECKING:
    from rich.align import AlignMethod

HIGHLIGHT = "bold black on yellow"
_JUSTIFY: dict[str, AlignMethod] = {"left": "left", "right": "right", "center": "center"}


class _Console(Console):
    """A Console that lets a closed pipe end the run as every other path does (exit 0)."""

    def on_broken_pipe(self) -> None:
        # Rich's own handler exits 1, so `zzbrief -f table targets | head -1` failed under
        # `set -o pipefail`; the CLI turns BrokenPipeError into a quiet exit 0.
        raise BrokenPipeError


def console_for(env: Env, stderr: bool = False) -> Console:
    """A Console that never reads markup or emoji codes, coloured only when allowed."""
    colour = env.err_color if stderr else env.color
    return _Console(
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


def _cell_lines(cell: Text, width: int, justify: AlignMethod, console: Console) -> list[Text]:
    lines = wrap(cell, width, console)
    for line in lines:
        line.align(justify, width)  # pad to the column's width, on the side justify says
    return lines


def _grid(block: Table, layout: Plan, marks: bool, console: Console) -> Text:
    """The table as lines of text: a blank edge line, the header, an ASCII rule, the rows.

    Drawn here rather than by rich.table: the widths are already planned (``layout``), and
    Rich's table measured every cell again, which cost most of a table run's render time.
    The look is Rich's SIMPLE_HEAD box, but the rule under the header is ASCII "-":
    box-drawing characters have ambiguous East Asian width and misalign CJK tables on some
    terminals.
    """
    cols = [block.columns[i] for i in layout.shown]
    justify = [_JUSTIFY.get(c.justify, "left") for c in cols]
    total = sum(layout.widths) + 3 * len(cols) + 1

    def row_lines(cells: list[Text]) -> list[Text]:
        wrapped = [
            _cell_lines(cell, w, j, console)
            for cell, w, j in zip(cells, layout.widths, justify, strict=True)
        ]
        height = max(len(w) for w in wrapped)
        out = []
        for n in range(height):
            line = Text(" ")
            for k, lines in enumerate(wrapped):
                line.append(" ")
                line.append_text(lines[n] if n < len(lines) else Text(" " * layout.widths[k]))
                line.append("  ")
            line.rstrip()  # no trailing spaces, forced or piped: they break diffs and greps
            out.append(line)
        return out

    blank = Text()
    # A title stands in for the blank edge line above the header (a line saved on a screen).
    lines: list[Text] = [Text(clean(block.title), style="italic")] if block.title else [blank]
    header = [Text(clean(c.header), style="bold") for c in cols]
    lines += [*row_lines(header), Text(" " + "-" * (total - 2))]
    for row in block.rows:
        lines += row_lines([to_text(row[i], marks=marks) for i in layout.shown])
    lines.append(blank)
    return Text("\n").join(lines)


def _joined(cell: Cell) -> Cell:
    # A heading line is one line: the two languages of a cell are joined with " / ".
    if isinstance(cell, Toned):
        return Toned(cell.text.replace("\n", " / "), cell.tone)
    return cell.replace("\n", " / ") if isinstance(cell, str) else cell


def _head_piece(col: Column, cell: Cell) -> Text:
    # A bare number in a card's heading line says what it counts: "Pillar 3", not "3".
    text = to_text(_joined(cell))
    if text.plain.isdigit():
        return Text(f"{clean(col.header).split(chr(10))[-1]} ").append_text(text)
    return text


def _head_lines(pieces: list[Text], console: Console) -> Text:
    # The heading line of a card, broken between pieces, never inside one (≥ 8,000 stays
    # whole); a piece longer than the window still folds.
    lines: list[Text] = []
    line = Text()
    for piece in pieces:
        joined = cell_len(line.plain) + 3 + cell_len(piece.plain)
        if line.plain and joined > console.width:
            lines.append(line)
            line = Text()
        line = line.append(" · ").append_text(piece) if line.plain else piece.copy()
    lines.append(line)
    out = Text("\n").join(indented(x, console, 0) for x in lines)
    out.stylize("bold")
    return out


def _row_cards(block: Table, marks: bool, console: Console) -> list[Text]:
    # Too narrow for a grid: each row as a card. The cells that never wrap (ID, numbers)
    # make the heading line; every other cell follows on its own lines, under its header.
    # The table's title heads the cards, as it heads the grid.
    title = Text(clean(block.title or ""), style="italic")
    out: list[Text] = [indented(title, console, 0)] if block.title else []
    for row in block.rows:
        pairs = [(col, c) for col, c in zip(block.columns, row, strict=True) if not col.hidden]
        head = [_head_piece(col, c) for col, c in pairs if col.nowrap and str(c)]
        if head:  # a table of text columns only (initiatives) has no heading line
            out.append(_head_lines(head, console))
        for col, cell in pairs:
            if col.nowrap or not str(cell):
                continue
            header = clean(col.header).replace("\n", " / ")
            # Only the header is dim: the value keeps its own style (a verdict's colour).
            line = Text().append(f"{header}: ", style="dim").append_text(to_text(cell, marks=marks))
            out.append(indented(line, console))
        out.append(Text())
    return out


def _cards(block: Table, marks: bool, console: Console) -> list[Text]:
    # The short cells make a heading line; each long cell gets an indented paragraph.
    out: list[Text] = []
    for row in block.rows:
        head = [to_text(c) for c, col in zip(row, block.columns, strict=True) if not col.ratio]
        body = [c for c, col in zip(row, block.columns, strict=True) if col.ratio]
        line = Text(" · ").join(t for t in head[:-1] if t.plain)
        line.stylize("bold")
        out.append(indented(line, console, 0))
        for n, cell in enumerate(body):  # the match, then the other language, dimmed
            if str(cell):  # a passage in one language has no other line
                out.append(indented(to_text(cell, "dim" if n else "", marks), console))
        note = head[-1] if head else Text()
        if note.plain:
            label = Text(f"{clean(block.columns[-1].header)}: ", style="dim")
            out.append(indented(label.append_text(note), console))
        out.append(Text())
    return out


def _is_cjk_header(block: Table) -> bool:
    # The note about hidden columns follows the language of the headers it names.
    return any(cell_len(c.header.split("\n")[0]) != len(c.header.split("\n")[0])
               for c in block.columns)  # fmt: skip


def _block(block: Heading | Para | Table, console: Console, marks: bool) -> list[Text]:
    if isinstance(block, Heading):
        return [indented(Text(clean(block.text), style="bold cyan"), console, 0)]
    if isinstance(block, Para):
        text = to_text(block.text, "dim" if block.dim else "", marks)
        if block.sep:
            return [pieces(text, block, console)]
        return [indented(text, console, block.indent, block.hang)]
    if block.cards:
        return _cards(block, marks, console)
    layout = plan(block, console.width)
    if layout is None:
        return _row_cards(block, marks, console)
    out = [_grid(block, layout, marks, console)]
    if layout.dropped:
        hidden = ", ".join(clean(block.columns[i].header).replace("\n", " / ")
                           for i in layout.dropped)  # fmt: skip
        words = (
            "此宽度下未显示：{}；或用 -f plain"
            if _is_cjk_header(block)
            else ("(hidden at this width: {}; or use -f plain)")
        )
        note = Text(words.format(hidden), style="dim")
        out.append(indented(note, console, 0))
    return out


def write_rich(view: View, env: Env) -> None:
    """Render the view's blocks on a terminal.

    Every line is laid out once, here, and the whole text is printed in one call with
    Rich's wrapping off: a print per line cost ~0.2 ms each, and letting Rich wrap text we
    had already wrapped doubled the rest (docs/PERFORMANCE.md).
    """
    console = console_for(env)
    # Fix the size once: Rich otherwise reads the environment for it on every lookup, and a
    # long card listing asks thousands of times.
    console.size = console.size
    marks = not env.color  # no colour to highlight with: bracket the matches instead
    out = [r for block in view.blocks for r in _block(block, console, marks)]
    console.print(Text("\n").join(out), soft_wrap=True)
