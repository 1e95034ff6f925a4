"""Column widths for a terminal table: which columns fit, and how wide each one is.

Pure arithmetic on cell widths, kept apart from Rich so it can be tested at every width.
The rules:

- IDs and numbers (``nowrap`` columns) are never wrapped: they get their full width.
- Text columns never go below a readable minimum: their ``min_width``, and at least their
  longest word (capped, so one long word cannot take the table), so English words are not
  split; Chinese may break between any two characters, as it does in print.
- When the minimums do not fit, columns are dropped in their declared order (highest
  ``drop`` first). When even the columns that may not be dropped do not fit, there is no
  plan, and the caller shows the rows as cards instead.
- A ``hidden`` column is never drawn (the view shows its content another way).
- Spare width goes to the text columns, in proportion to their ``ratio``, up to their
  natural width, so nothing wraps that need not.
"""

from __future__ import annotations

from rich.cells import cell_len

from zzbrief.render.doc import Cell, Meter, Table
from zzbrief.slots import Record

#: Cells a column costs beyond its content: one of padding each side and a separator.
PER_COLUMN = 3
EDGE = 1
#: A text column is never narrower than this, however short its minimum.
READABLE = 6
#: The longest word a text column must fit whole: longer ones (URLs) may break.
LONGEST_WORD = 24
LONGEST_CJK_RUN = 20  # ten characters: most names and metrics stay whole
#: A meter's bar: this many cells, and the target's mark "|" between two of them.
BAR_CELLS = 12


class Plan(Record):
    """The columns to show (indexes into ``Table.columns``) and the width of each."""

    __slots__ = ("dropped", "shown", "widths")

    shown: tuple[int, ...]
    widths: tuple[int, ...]
    dropped: tuple[int, ...]

    def __init__(self, shown: tuple[int, ...], widths: tuple[int, ...], dropped: tuple[int, ...]):
        self.shown = shown
        self.widths = widths
        self.dropped = dropped


def _has_wide(text: str) -> bool:
    return cell_len(text) != len(text)


def _natural(lines: list[str]) -> int:
    return max((cell_len(line) for line in lines), default=0)


def _longest_word(lines: list[str]) -> int:
    longest = 0
    for line in lines:
        for word in line.split():
            cap = LONGEST_CJK_RUN if _has_wide(word) else LONGEST_WORD
            longest = max(longest, min(cell_len(word), cap))
    return longest


def meter_words(m: Meter) -> str:
    """What follows a meter's bar: its text, then the scale of a rate's bar."""
    if not m.scale:
        return m.text
    return m.text + ("" if m.scale.startswith("（") else " ") + m.scale


def lines(cell: Cell) -> list[str]:
    """The lines a cell shows on a terminal (a meter: its bar and its text)."""
    if isinstance(cell, Meter) and cell.fill is not None:
        return ["#" * (BAR_CELLS + 1) + " " + meter_words(cell)]
    return str(cell).split("\n")


def measure(table: Table, i: int) -> tuple[int, int]:
    """A column's (minimum, natural) width in cells, header included."""
    col = table.columns[i]
    cells = [line for row in table.rows for line in lines(row[i])]
    header = col.header.split("\n")
    natural = max(_natural(cells), _natural(header))
    if col.nowrap:
        return natural, natural
    floor = max(col.min_width or 0, READABLE, _longest_word(cells + header))
    return min(floor, natural), natural


def _overhead(count: int) -> int:
    return PER_COLUMN * count + EDGE


def plan(table: Table, width: int) -> Plan | None:
    """Fit ``table`` into ``width`` cells; None when it cannot be read as a table."""
    sizes = [measure(table, i) for i in range(len(table.columns))]
    shown = [i for i, col in enumerate(table.columns) if not col.hidden]
    dropped: list[int] = []
    while sum(sizes[i][0] for i in shown) + _overhead(len(shown)) > width:
        droppable = [i for i in shown if table.columns[i].drop is not None]
        if not droppable:
            return None
        victim = max(droppable, key=lambda i: (table.columns[i].drop or 0, i))
        shown.remove(victim)
        dropped.append(victim)
    widths = {i: sizes[i][0] for i in shown}
    spare = width - sum(widths.values()) - _overhead(len(shown))
    growing = [i for i in shown if widths[i] < sizes[i][1]]
    while spare > 0 and growing:
        # The column furthest below its fair share of the spare width grows by one cell.
        i = min(growing, key=lambda i: (widths[i] - sizes[i][0]) / (table.columns[i].ratio or 1))
        widths[i] += 1
        spare -= 1
        if widths[i] >= sizes[i][1]:
            growing.remove(i)
    return Plan(tuple(shown), tuple(widths[i] for i in shown), tuple(sorted(dropped)))
