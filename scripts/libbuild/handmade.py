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
