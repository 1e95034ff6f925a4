"""Numbers matched by value: ``700000``, ``700,000``, ``70万`` and ``70万辆`` all find 70万辆.

Looked for as characters, a number finds the wrong figures ("7000" inside 7000亿元 for
700000, "80" inside 8000) and misses the right one (70万辆 is never spelled 700000). So a
query term that is a number is matched against the figures of a text instead, each read
whole: a run of digits is never split, so 7000 is never found inside 70000 or 7000亿.

A figure is a number (digits, with thousands separators "700,000" or decimals "2.8"), then
what scales it: one of the briefing's units (``b.units``: 亿元, 万辆, %, 公里 …, longest
first), else a Chinese multiplier (万, 亿, 万亿) and maybe a unit, else an English scale
word ("800 billion") and maybe a base unit ("yuan", "vehicles", "km"). Its value is the
number times those factors. A query with a multiplier or a unit matches figures of equal
value (and a compatible unit); a bare number also matches figures printed with that number,
so ``7000`` finds 7000亿元 and ``7`` finds 7%.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from zzbrief.briefing.model import Unit
from zzbrief.slots import Record

Span = tuple[int, int]

# A number as printed, never the tail or head of a longer number or of a name (p3.4, 5G).
_NUMBER = re.compile(
    r"(?<![0-9A-Za-z.])(?<![0-9],)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![0-9A-Za-z]|\.\d)"
)
_WORD = re.compile(r" ([A-Za-z]+)")
MULTIPLIERS = (("万亿", 1e12), ("亿", 1e8), ("万", 1e4))  # longest first: 万亿 before 万
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


class UnitTable:
    """A briefing's units, looked up by the text that follows a number."""

    __slots__ = ("printed", "words")

    def __init__(self, units: Sequence[Unit]) -> None:
        # Longest first, so 万套(间) wins over 套, and 亿元 over the bare multiplier 亿.
        self.printed = sorted(units, key=lambda u: -len(u.unit))
        # English text names the base unit: "700,000 vehicles", "85 km", "800 billion yuan".
        self.words = {u.base_unit: u.base_unit for u in units} | {"percent": "percent"}

    def at(self, text: str, pos: int) -> Unit | None:
        """The unit printed at ``pos``, or None."""
        return next((u for u in self.printed if text.startswith(u.unit, pos)), None)


class Figure(Record):
    """A number read from a text, with what scales it."""

    __slots__ = ("base", "end", "number", "start", "stop", "value")

    start: int
    end: int  # the end of what is highlighted: number, multiplier and a printed unit
    stop: int  # the end of what was read, an English unit word too ("vehicles")
    number: float  # as printed: 70 for 70万辆
    value: float  # in base units: 700000 for 70万辆
    base: str | None  # the base unit, or None when no unit was read

    def __init__(
        self, start: int, end: int, stop: int, number: float, value: float, base: str | None
    ) -> None:
        self.start = start
        self.end = end
        self.stop = stop
        self.number = number
        self.value = value
        self.base = base

    @property
    def bare(self) -> bool:
        """True when nothing but digits was read: no multiplier, scale or unit."""
        return self.stop == self.end and self.value == self.number and self.base is None


Suffix = tuple[int, int, float, str | None]  # highlight end, read end, factor, base unit


def _suffix(text: str, at: int, units: UnitTable) -> Suffix:
    # What follows a number at ``at``: a printed unit, a Chinese multiplier, English words.
    unit = units.at(text, at)
    if unit is not None:
        return at + len(unit.unit), at + len(unit.unit), unit.factor, unit.base_unit
    for multiplier, factor in MULTIPLIERS:
        if text.startswith(multiplier, at):
            pos = at + len(multiplier)
            unit = units.at(text, pos)  # 1.5万个: a multiplier, then a unit
            if unit is None:
                return pos, pos, factor, None
            end = pos + len(unit.unit)
            return end, end, factor * unit.factor, unit.base_unit
    return _english_suffix(text, at, units)


def _english_suffix(text: str, at: int, units: UnitTable) -> Suffix:
    # "800 billion yuan": a scale word is part of the figure, a unit word only says what
    # it counts (highlighted is "700,000", as in "700,000 vehicles").
    factor, end = 1.0, at
    word = _WORD.match(text, at)
    if word is not None and word.group(1).lower() in SCALES:
        factor, end = SCALES[word.group(1).lower()], word.end()
        word = _WORD.match(text, end)
    if word is not None and word.group(1).lower() in units.words:
        return end, word.end(), factor, units.words[word.group(1).lower()]
    return end, end, factor, None


def figures(text: str, units: UnitTable) -> Iterator[Figure]:
    """Every figure printed in ``text``, in order."""
    for m in _NUMBER.finditer(text):
        number = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        end, stop, factor, base = _suffix(text, m.end(), units)
        yield Figure(m.start(), end, stop, number, number * factor, base)


def parse(text: str, units: UnitTable) -> Figure | None:
    """The figure a query term is, when it is nothing but one figure; else None."""
    found = list(figures(text, units))
    if len(found) == 1 and found[0].start == 0 and found[0].stop == len(text):
        return found[0]
    return None


def _equal(a: float, b: float) -> bool:
    # Values are products of decimals (1.5 × 10000); compare them with a relative tolerance.
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b))


def same(query: Figure, figure: Figure) -> bool:
    """True when a figure in a text is the one the query names."""
    if query.bare:
        return _equal(figure.number, query.number) or _equal(figure.value, query.number)
    if not _equal(figure.value, query.value):
        return False
    if query.base is None or figure.base == query.base:
        return True
    # A figure read without a unit ("4 key tasks") may still be the one asked for, but a
    # percentage is always printed with its sign: an unmarked number is never one.
    return figure.base is None and query.base != "percent"


class Amount(Record):
    """A query term that is a number, with the units to read texts by."""

    __slots__ = ("figure", "units")

    figure: Figure
    units: UnitTable

    def __init__(self, figure: Figure, units: UnitTable) -> None:
        self.figure = figure
        self.units = units

    def spans(self, text: str) -> Iterator[Span]:
        """Spans of the figures in ``text`` that the query names."""
        for figure in figures(text, self.units):
            if same(self.figure, figure):
                yield figure.start, figure.end


def amount(text: str, units: UnitTable | None) -> Amount | None:
    """The term as an Amount when it is a number (``70万``, ``700,000``, ``2.8%``), else None."""
    if units is None or not any("0" <= c <= "9" for c in text):
        return None
    figure = parse(text.lower(), units)
    return Amount(figure, units) if figure is not None else None
