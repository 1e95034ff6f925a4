"""Outcomes read by hand from the next report, in the schema's field order."""

from __future__ import annotations

from typing import Any

from libbuild.clauses import _read
from libbuild.units import base

#: The note every outcome from a work report carries unless the reviewer wrote another.
EARLY = {
    "zh": "次年政府工作报告对上年的回顾，属快报数，统计公报或年鉴可能修订。",
    "en": "From the next year's government work report, reviewing the year: an early figure that"
    " the statistical bulletin or yearbook may revise.",
}


def no_outcome_note(year: int, published: bool) -> dict[str, str]:
    """Our note on a target without an outcome: the next report is not out yet, or its
    review states no result for it."""
    if not published:
        return {
            "zh": f"{year}年结果将见于{year + 1}年政府工作报告，尚未发布。",
            "en": f"The {year} result will be reported in the {year + 1} work report, not yet"
            " published.",
        }
    return {
        "zh": f"{year + 1}年政府工作报告的回顾部分未见此项{year}年结果。",
        "en": f"The {year + 1} work report's review states no {year} result for this target.",
    }


def ordered(o: dict[str, Any]) -> dict[str, Any]:
    """An outcome's fields in the schema's order (comparable right after quote)."""
    order = ["period", "figure", "value", "unit", "base_value", "final", "quote", "comparable"]
    order.append("bound")
    return {k: o[k] for k in [*order, "source", "note"] if k in o}


def hand_outcome(bid: str, spec: dict[str, Any], nxt: Any) -> dict[str, Any]:
    """An outcome the matcher misses, read by hand from the next report: its figure is read
    from the quote by zzbrief's own reader (verify then checks the quote is verbatim)."""
    if nxt is None:
        raise SystemExit(f"{bid}: add_outcomes but no next report")
    reading = [r for _, r in _read(spec["quote"]) if r["figure"] == spec["figure"]]
    if not reading:
        raise SystemExit(f"{bid}: {spec['figure']!r} is not read from {spec['quote']!r}")
    r = reading[0]
    o: dict[str, Any] = {"period": str(spec["period"]), "figure": r["figure"]}
    o.update(value=r["value"], unit=r["unit"], base_value=base(r["value"], str(r["unit"])))
    o.update(final=False, quote=spec["quote"], source=dict(nxt))
    o["note"] = spec.get("note") or EARLY
    if spec.get("comparable") is False and not spec.get("note"):
        raise SystemExit(f"{bid}: {spec['quote']!r} is comparable: false without a note saying why")
    if spec.get("comparable") is False:
        o["comparable"] = False
    if spec.get("bound"):  # the reviewer's: the figure is a bound of the target's own measure
        if spec.get("comparable") is not False:
            raise SystemExit(f"{bid}: {spec['quote']!r} has a bound, so needs comparable: false")
        o["bound"] = spec["bound"]
    return ordered(o)
