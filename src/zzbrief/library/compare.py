"""Comparisons across the library: one indicator over many briefings, and two editions.

``across`` reads one indicator's rows from the catalogue (no briefing is opened) and orders
them; ``editions`` sets two briefings' targets side by side and marks each indicator or
metric ``raised``, ``lowered``, ``same``, ``new`` or ``dropped``. Targets without an indicator
key are paired by the wording of their metric, and such a pair is marked as a guess.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from zzbrief.briefing.model import Briefing, Target
from zzbrief.errors import NoMatch, UsageProblem, unknown_choice
from zzbrief.library import DEFAULT_LEVELS, LEVEL_CHOICES, LEVELS, SORTS
from zzbrief.slots import Record

MARKS = ("raised", "lowered", "same", "new", "dropped")
#: How alike two metrics' Chinese wording must be to pair them without an indicator key.
WORDING_CUTOFF = 0.6


#: Base units that are another's in other terms: the library's grain is counted in 斤 (half a
#: kilogram) by some plans and in 吨 by others, and is sorted in tonnes.
COMMON_UNITS = {"jin": ("tonnes", 5e-4), "kg": ("tonnes", 1e-3)}


def common(base_unit: str | None, base_value: float | None) -> tuple[str | None, float | None]:
    """A base value in the common unit of its measure: 1600亿斤 (jin) is 8e7 tonnes."""
    if base_unit is None or base_value is None:
        return base_unit, None
    unit, factor = COMMON_UNITS.get(base_unit, (base_unit, 1.0))
    return unit, base_value * factor


def _in_common(row: dict[str, Any]) -> dict[str, Any]:
    # A copy of the row with its target and outcome in the common unit, for sorting and bars.
    unit, target = common(row["base_unit"], row["base_value"])
    o = row["outcome"]
    outcome = common(row["base_unit"], o.get("base_value"))[1] if o else None
    return {**row, "common_unit": unit, "common_target": target, "common_outcome": outcome}


def _amount(row: dict[str, Any], key: str) -> float:
    value = row["common_target" if key == "value" else "common_outcome"]
    return float("-inf") if value is None else float(value)


def across(
    rows: Sequence[dict[str, Any]],
    year: int | None = None,
    level: str | None = None,
    sort: str = "target",
) -> list[dict[str, Any]]:
    """The rows of one indicator for ``year`` and ``level`` (see ``shown_levels``), highest
    target (or outcome) first.

    Amounts are compared in a common base unit (斤 and 吨 both in tonnes), each row carrying
    ``common_unit``, ``common_target`` and ``common_outcome``. Rows whose units do not
    convert into each other are grouped by unit, the largest group first. Ties keep the
    catalogue's order (nation, provinces, cities; by place, then year). A soft target,
    or a row without an outcome under ``sort="outcome"``, comes last.
    """
    if sort not in SORTS:
        raise unknown_choice("sort", sort, SORTS)
    levels = shown_levels(rows, year, level)
    chosen = [
        _in_common(r) for r in rows
        if (year is None or r["year"] == year) and r["level"] in levels
    ]  # fmt: skip
    key = "value" if sort == "target" else "outcome"
    sizes: dict[str, int] = {}
    for r in chosen:
        if r["common_unit"] is not None:
            sizes[r["common_unit"]] = sizes.get(r["common_unit"], 0) + 1
    order = {u: i for i, u in enumerate(sorted(sizes, key=lambda u: -sizes[u]))}

    def group(r: dict[str, Any]) -> int:
        return order.get(r["common_unit"], len(order))  # a soft target, with no unit: last

    # Python's sort is stable: sorting on the amount alone keeps the catalogue order in ties.
    return sorted(chosen, key=lambda r: (group(r), -_amount(r, key)))


def shown_levels(
    rows: Sequence[dict[str, Any]], year: int | None, level: str | None
) -> tuple[str, ...]:
    """The levels ``across`` shows: ``level``, every level for ``all``, and by default the
    nation and the provinces, or every level when none of those has the indicator."""
    if level is not None and level not in LEVEL_CHOICES:
        raise unknown_choice("level", level, LEVEL_CHOICES)
    if level == "all":
        return LEVELS
    if level is not None:
        return (level,)
    present = {r["level"] for r in rows if year is None or r["year"] == year}
    return DEFAULT_LEVELS if present & set(DEFAULT_LEVELS) else LEVELS


def left_out(
    rows: Sequence[dict[str, Any]], year: int | None, level: str | None
) -> list[dict[str, Any]]:
    """The rows the default levels leave out (Zhengzhou's, among provinces), to name them."""
    if level is not None:
        return []
    levels = shown_levels(rows, year, level)
    return [r for r in rows if (year is None or r["year"] == year) and r["level"] not in levels]


def units_of(rows: Sequence[dict[str, Any]]) -> list[str]:
    """The common units of ``across``'s rows, in their order: more than one do not convert."""
    return list(dict.fromkeys(r["common_unit"] for r in rows if r["common_unit"] is not None))


class Change(Record):
    """One indicator or metric in two editions: the targets (None where absent) and the mark."""

    __slots__ = ("after", "before", "guess", "indicator", "mark")

    indicator: str | None
    before: Target | None
    after: Target | None
    mark: str
    guess: bool  # paired by the metric's wording, not by an indicator key

    def __init__(
        self,
        indicator: str | None,
        before: Target | None,
        after: Target | None,
        mark: str,
        guess: bool = False,
    ) -> None:
        self.indicator = indicator
        self.before = before
        self.after = after
        self.mark = mark
        self.guess = guess


def _span(t: Target) -> tuple[float, float]:
    assert t.base_value is not None and t.value is not None
    high = t.range_high if t.range_high is not None else t.value
    factor = t.base_value / t.value if t.value else 1.0
    return t.base_value, high * factor


def mark(before: Target, after: Target) -> str:
    """How the figure moved from one edition to the next.

    Both numbers: raised or lowered by the lower bound, then by the upper (5%—6% after 5% is
    raised); the same figure is ``same``, whatever the wording around it (左右, 以上), which
    the table shows beside it. A number where there was none is ``new``, and a number given
    up for words is ``dropped``; two soft targets are ``same``.
    """
    if before.soft or after.soft:
        return "same" if before.soft and after.soft else ("new" if before.soft else "dropped")
    if before.base_unit != after.base_unit:
        return "new"  # measured in another unit: not the same figure any more
    old, new = _span(before), _span(after)
    if new == old:
        return "same"
    return "raised" if new > old else "lowered"


def _pair_by_key(
    a: list[Target], b: list[Target]
) -> tuple[list[Change], list[Target], list[Target]]:
    changes: list[Change] = []
    left_a = [t for t in a if not t.indicator]
    left_b = [t for t in b if not t.indicator]
    keys = list(dict.fromkeys(t.indicator for t in (*a, *b) if t.indicator))
    for key in keys:
        olds = [t for t in a if t.indicator == key]
        news = [t for t in b if t.indicator == key]
        for i in range(max(len(olds), len(news))):
            old = olds[i] if i < len(olds) else None
            new = news[i] if i < len(news) else None
            changes.append(Change(key, old, new, _mark_pair(old, new)))
    return changes, left_a, left_b


def _mark_pair(old: Target | None, new: Target | None) -> str:
    if old is None:
        return "new"
    if new is None:
        return "dropped"
    return mark(old, new)


def _pair_by_wording(a: list[Target], b: list[Target]) -> list[Change]:
    import difflib  # only for editions

    scored = sorted(
        ((difflib.SequenceMatcher(None, x.metric.zh, y.metric.zh).ratio(), i, j)
         for i, x in enumerate(a) for j, y in enumerate(b)),
        reverse=True,
    )  # fmt: skip
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: dict[int, int] = {}
    for score, i, j in scored:
        if score < WORDING_CUTOFF:
            break
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs[i] = j
    changes = [
        Change(None, x, b[pairs[i]], mark(x, b[pairs[i]]), guess=True)
        if i in pairs
        else Change(None, x, None, "dropped")
        for i, x in enumerate(a)
    ]
    return changes + [Change(None, None, y, "new") for j, y in enumerate(b) if j not in used_b]


def editions(before: Briefing, after: Briefing) -> list[Change]:
    """Every indicator and metric of two briefings, paired and marked.

    Keyed targets first, in the order they first appear; then the others, paired by wording.
    """
    keyed, rest_a, rest_b = _pair_by_key(list(before.targets), list(after.targets))
    changes = keyed + _pair_by_wording(rest_a, rest_b)
    if not changes:
        raise NoMatch("neither briefing has a target to compare.")
    return changes


def compare_editions(first: str, second: str) -> tuple[tuple[str, str], list[Change]]:
    """Open two library briefings by id and pair their targets (see ``editions``)."""
    from zzbrief.briefing import store
    from zzbrief.library.catalogue import path_of

    a, b = path_of(first), path_of(second)
    if a == b:
        raise UsageProblem(f"{first!r} twice: compare two different briefings.",
                           hint="Try: zzbrief compare ID ID (see: zzbrief briefings)")  # fmt: skip
    ids = (Path(a).stem, Path(b).stem)
    return ids, editions(store.load(a).briefing, store.load(b).briefing)
