"""Did a target's outcome meet it? A verdict computed from the data, never typed in.

The rules, one per comparator (``t`` the target, ``o`` the outcome, both in base units):

====  =========================  ==========================================================
 cmp   wording                    met when
====  =========================  ==========================================================
 =     plain figure (完成5200亿元)   o ≥ t: a plan figure is an amount to deliver, so
                                  reaching or passing it counts
 ≥     以上, a 级 scale             o ≥ t
 >     突破, 超                     o > t: "break through 8000" is not met by exactly 8000
 ≈     左右 (about)                 o ≥ 95% of t: up to 5% short still counts as "about"
 ≤     以内, 不超过                  o ≤ t
 <     below                      o < t
====  =========================  ==========================================================

Which outcome is judged: only figures for the target's horizon count, the year it is due
(the plan's own year unless the data says otherwise). A full-year figure decides met or
missed, a final one before a preliminary one, and among equals the one published last. When
that year has only part-year figures the verdict is ``partial``, never met or missed: the
year was not over. With no figure for the plan year it is ``unknown``. A target due later,
or a long-range aim with no year (瞄准打造…万亿级), is ``pending`` ("not due") until a figure
for its year is published: an earlier year's figure never marks it missed.

A rate (a percentage or points, of growth or a share) is judged in points: its gap is in
percentage points (``gap_unit`` "pt"), since 5.7% growth against 7% is 1.3 points short,
not "81% of it".
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from zzbrief.briefing.figures import LONG_RANGE, Outcome, Target
from zzbrief.slots import Record

VERDICTS = ("met", "missed", "partial", "pending", "unknown")
#: A target in these base units, of these kinds, is a rate: judged and shown in points.
RATE_UNITS = ("percent", "percentage-points")
RATE_KINDS = ("growth", "share")
#: "About" (≈) still counts as met this far below the target, as a share of it.
ABOUT_TOLERANCE = 0.05


def is_rate(t: Target) -> bool:
    """True for a rate (a growth rate or share in % or points), whose gap is in points."""
    return t.base_unit in RATE_UNITS and t.kind in RATE_KINDS


def meets(comparator: str, outcome: float, target: float) -> bool:
    """Whether ``outcome`` satisfies ``comparator`` against ``target`` (see the table above)."""
    if comparator in ("=", "≥"):
        return outcome >= target
    if comparator == ">":
        return outcome > target
    if comparator == "≈":
        floor = target - abs(target) * ABOUT_TOLERANCE
        return outcome >= floor or math.isclose(outcome, floor)  # 5.7 is 95% of 6, exactly
    if comparator == "≤":
        return outcome <= target
    if comparator == "<":
        return outcome < target
    raise ValueError(f"unknown comparator {comparator!r}")


class Verdict(Record):
    """A target's verdict, the outcome it rests on, and the gap between them.

    ``gap`` is outcome minus target in the target's own unit (亿元, 万辆 …), named by
    ``gap_unit``: ``pt`` (percentage points) for a rate; ``share`` is the outcome as a
    fraction of the target (0.89 for 89%). Both are None without a usable outcome or when
    the target is zero.
    """

    __slots__ = ("gap", "gap_unit", "outcome", "share", "soft", "verdict")

    verdict: str
    outcome: Outcome | None
    gap: float | None
    share: float | None
    gap_unit: str | None
    soft: bool  # the target has no number, so nothing can meet it: "unknown", shown as such

    def __init__(
        self,
        verdict: str,
        outcome: Outcome | None = None,
        gap: float | None = None,
        share: float | None = None,
        gap_unit: str | None = None,
        soft: bool = False,
    ) -> None:
        self.verdict = verdict
        self.outcome = outcome
        self.gap = gap
        self.share = share
        self.gap_unit = gap_unit
        self.soft = soft


def _usable(o: Outcome) -> bool:
    # An absurd figure (inf, nan) in a user's briefing judges nothing, rather than crashing.
    return math.isfinite(o.base_value) and math.isfinite(o.value)


def _pick(outcomes: Sequence[Outcome]) -> Outcome:
    # Final before preliminary; then the latest publication date; then the latest period end.
    return max(outcomes, key=lambda o: (o.final, o.source.date, o.period[-7:]))


def judge(t: Target, year: int) -> Verdict:
    """The verdict on target ``t`` of a plan for ``year``, on the outcomes for its horizon."""
    if t.value is None or t.base_value is None or t.comparator is None:
        return Verdict("unknown", soft=True)  # a soft target: no number to meet
    due = t.due(year)
    if due == LONG_RANGE:
        return Verdict("pending")
    # An outcome for another measure (comparable: false) is shown, never judged.
    ours = [o for o in t.outcomes if o.year == due and _usable(o) and o.comparable]
    whole = [o for o in ours if o.full_year]
    if whole:
        chosen = _pick(whole)
        verdict = "met" if meets(t.comparator, chosen.base_value, t.base_value) else "missed"
    elif ours:
        chosen, verdict = _pick(ours), "partial"
    else:
        return Verdict("unknown" if due == year else "pending")
    if t.base_value == 0 or not math.isfinite(t.base_value):
        return Verdict(verdict, chosen)
    share = chosen.base_value / t.base_value
    gap = (chosen.base_value - t.base_value) * (t.value / t.base_value)
    unit = "pt" if is_rate(t) else t.unit
    # Rounded past any printed precision: 282.17, not 282.16999999999996.
    return Verdict(verdict, chosen, round(gap, 6), round(share, 6), unit)


def tally(verdicts: Sequence[Verdict]) -> dict[str, int]:
    """How many targets have each verdict, in the order of ``VERDICTS``."""
    counts = dict.fromkeys(VERDICTS, 0)
    for v in verdicts:
        counts[v.verdict] += 1
    return counts
