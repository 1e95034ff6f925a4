"""compare sorts in one base unit (斤 and 吨 in tonnes) and groups units that do not convert."""

from __future__ import annotations

from typing import Any

from zzbrief.library.compare import across, common, units_of


def _row(bid: str, value: float | None, unit: str | None, factor: float, base_unit: str | None,
         outcome: float | None = None) -> dict[str, Any]:  # fmt: skip
    base = None if value is None else value * factor
    o = None if outcome is None else {"value": outcome, "base_value": outcome * factor}
    return {"briefing": bid, "year": 2025, "level": "province", "value": value, "unit": unit,
            "base_value": base, "base_unit": base_unit, "outcome": o}  # fmt: skip


def test_jin_and_tonnes_sort_as_one_measure() -> None:
    rows = [
        _row("north", 1955, "万吨", 1e4, "tonnes", 1900),  # 19.55 million tonnes
        _row("east", 1600, "亿斤", 1e8, "jin", 1700),  # 80 million tonnes
        _row("nation", 1.4, "万亿斤", 1e12, "jin", 1.3),  # 700 million tonnes
        _row("west", 110, "万吨", 1e4, "tonnes", 120),  # 1.1 million tonnes
        _row("south", None, None, 1, None),  # a soft target: last
    ]
    assert [r["briefing"] for r in across(rows)] == ["nation", "east", "north", "west", "south"]
    by_outcome = [r["briefing"] for r in across(rows, sort="outcome")]
    assert by_outcome == ["nation", "east", "north", "west", "south"]
    assert common("jin", 1.6e11) == ("tonnes", 8e7)


def test_units_that_do_not_convert_are_grouped_largest_group_first() -> None:
    rows = [
        _row("a", 5, "%", 1, "percent"),
        _row("b", 1000, "万吨", 1e4, "tonnes"),
        _row("c", 500, "亿斤", 1e8, "jin"),
        _row("d", 7, "%", 1, "percent"),
        _row("e", 6, "%", 1, "percent"),
    ]
    ordered = across(rows)
    assert [r["briefing"] for r in ordered] == ["d", "e", "a", "c", "b"]
    assert units_of(ordered) == ["percent", "tonnes"]
