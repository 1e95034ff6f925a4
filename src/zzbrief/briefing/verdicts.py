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

A soft target (no number: 稳定粮食生产) is ``unknown`` with ``soft`` set, shown as "no
number"; a figure published for it is kept as its outcome, shown but never judged.

Which outcome is judged: only figures for the target's horizon count, the year it is due
(the plan's own year unless the data says otherwise). A full-year figure decides met or
missed, a final one before a preliminary one, and among equals the one published last. When
that year has only part-year figures the verdict is ``partial``, never met or missed: the
year was not over. With no figure for the plan year it is ``unknown``. A target due later,
or a long-range aim with no year (瞄准打造…万亿级), is ``pending`` ("not due") until a figure
for its year is published: an earlier year's figure never marks it missed.

Lower is better: a target whose indicator (``indicator``, a key of the library's vocabulary)
has direction ``ceiling`` or ``down`` (unemployment rate, CPI, deficit ratio, PM2.5) is a
ceiling when its wording is a plain figure (``=``) or about (``≈``); ``≥`` and ``>`` say
their way themselves and keep it. ``=`` is met when o ≤ t; ``≈`` when
o ≤ t + 5% of t (the same tolerance ``≈`` allows below an amount to deliver, now allowed
above); ``≤`` and ``<`` are ceilings already. Its gap reads as under or over the ceiling.
A ``down`` indicator's target in percent when the indicator itself is not (PM2.5 下降5%) is a
rate of reduction, where more is better: judged as an amount to deliver when its wording
says so (降低, 下降, 减少), else ``unknown`` rather than a guess. The direction is read from the
vocabulary only for a target that names an indicator.

A rate (a percentage or points, of growth or a share) is judged in points: its gap is in
percentage points (``gap_unit`` "pt"), since 5.7% growth against 7% is 1.3 points short,
not "81% of it".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache

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


def meets(comparator: str, outcome: float, target: float, lower: bool = False) -> bool:
    """Whether ``outcome`` satisfies ``comparator`` against ``target`` (see the table above);
    ``lower``, for a lower-is-better indicator, turns ``=`` and ``≈`` into ceilings."""
    if lower and comparator == "=":
        return outcome <= target
    if lower and comparator == "≈":
        top = target + abs(target) * ABOUT_TOLERANCE
        return outcome <= top or math.isclose(outcome, top)
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

    __slots__ = ("ceiling", "gap", "gap_unit", "outcome", "share", "soft", "unjudged", "verdict")

    verdict: str
    outcome: Outcome | None
    gap: float | None
    share: float | None
    gap_unit: str | None
    soft: bool  # the target has no number, so nothing can meet it: "unknown", shown as such
    ceiling: bool  # judged as a limit (≤, <, or a lower-is-better indicator): gap is headroom
    # "unknown", but a figure was published: of another measure or approximate, shown as it is
    unjudged: bool

    def __init__(
        self,
        verdict: str,
        outcome: Outcome | None = None,
        gap: float | None = None,
        share: float | None = None,
        gap_unit: str | None = None,
        soft: bool = False,
        ceiling: bool = False,
        unjudged: bool = False,
    ) -> None:
        self.verdict = verdict
        self.outcome = outcome
        self.gap = gap
        self.share = share
        self.gap_unit = gap_unit
        self.soft = soft
        self.ceiling = ceiling
        self.unjudged = unjudged


def _usable(o: Outcome) -> bool:
    # An absurd figure (inf, nan) in a user's briefing judges nothing, rather than crashing.
    return math.isfinite(o.base_value) and math.isfinite(o.value)


def _pick(outcomes: Sequence[Outcome]) -> Outcome:
    # Final before preliminary; then the latest publication date; then the latest period end.
    return max(outcomes, key=lambda o: (o.final, o.source.date, o.period[-7:]))


REDUCTION_WORDS = ("降低", "下降", "减少", "reduc", "cut")
CEILINGS = ("≤", "<")


def direction(t: Target) -> str:
    """The direction of the target's indicator (``up`` when it names none or is unknown)."""
    if t.indicator is None:
        return "up"
    return _vocabulary().get(t.indicator, ("up", ""))[0]


@cache
def _vocabulary() -> dict[str, tuple[str, str]]:
    """Each indicator's direction and unit, from the vocabulary's compiled form in the cache.

    Read there, not through ``zzbrief.library``: the bundled briefing and ``-b ID`` load no
    library module (tests/test_library_startup.py). Any compile leaves the compiled form
    behind; only when it is missing is the library's loader asked to parse the YAML.
    """
    from zzbrief.briefing import cache as stored
    from zzbrief.briefing.load import content_key, vocabulary_source

    source = vocabulary_source()
    if source is None:
        return {}
    found = stored.read("indicators", content_key([source]), "data")
    if found is None:
        from zzbrief.errors import DataError
        from zzbrief.library.indicators import vocabulary

        try:
            return {i.key: (i.direction, i.unit) for i in vocabulary()}
        except DataError:
            return {}
    items = found.get("indicators") or ()
    return {
        str(i["key"]): (str(i.get("direction") or "up"), str(i.get("unit") or ""))
        for i in items
        if isinstance(i, dict) and i.get("key")
    }


def _lower(t: Target) -> bool | None:
    """True when less is better for ``t``, False when more is, None when it cannot be told."""
    way = direction(t)
    if way not in ("ceiling", "down"):
        return False
    unit = _vocabulary().get(t.indicator or "", ("", ""))[1]
    if way == "down" and t.base_unit in RATE_UNITS and unit != "%":
        # A rate of change of a level (PM2.5 下降5%): a reduction, more of it is better.
        quotes = " ".join(m.quote for m in t.mentions)
        words = f"{t.metric.zh} {t.metric.en} {quotes}".lower()
        return False if any(w in words for w in REDUCTION_WORDS) else None
    return True


def judge(t: Target, year: int) -> Verdict:
    """The verdict on target ``t`` of a plan for ``year``, on the outcomes for its horizon."""
    due = t.due(year)
    if t.value is None or t.base_value is None or t.comparator is None:
        # A soft target: no number to meet, so "unknown"; a figure published for it is shown.
        usable = [o for o in t.outcomes if _usable(o)]
        ours = [o for o in usable if o.year == due] or usable
        return Verdict("unknown", _pick(ours) if ours else None, soft=True)
    if due == LONG_RANGE:
        return Verdict("pending")
    # An outcome for another measure (comparable: false) is shown, never judged.
    ours = [o for o in t.outcomes if o.year == due and _usable(o) and o.comparable]
    whole = [o for o in ours if o.full_year]
    lower = _lower(t) if t.comparator not in CEILINGS else True
    if whole and lower is None:
        return Verdict("unknown", _pick(whole))  # which way is better cannot be told
    ceiling = bool(lower) and t.comparator not in ("≥", ">")
    if whole:
        chosen = _pick(whole)
        met = meets(t.comparator, chosen.base_value, t.base_value, ceiling)
        verdict = "met" if met else "missed"
    elif ours:
        chosen, verdict = _pick(ours), "partial"
    else:
        settled = _settled_by_bound(t, due, ceiling) if lower is not None else None
        if settled is not None:
            return settled
        others = [o for o in t.outcomes if o.year == due and _usable(o) and not o.comparable]
        if others and due == year:
            # NEV output +98% against a number of vehicles: published, so shown, not judged
            return Verdict("unknown", _pick(others), unjudged=True)
        return Verdict("unknown" if due == year else "pending")
    if t.base_value == 0 or not math.isfinite(t.base_value):
        return Verdict(verdict, chosen, ceiling=ceiling)
    share = chosen.base_value / t.base_value
    gap = (chosen.base_value - t.base_value) * (t.value / t.base_value)
    unit = "pt" if is_rate(t) else t.unit
    # Rounded past any printed precision: 282.17, not 282.16999999999996.
    return Verdict(verdict, chosen, round(gap, 6), round(share, 6), unit, ceiling=ceiling)


def _settled_by_bound(t: Target, due: int | str, ceiling: bool) -> Verdict | None:
    """A verdict that a whole year's bound settles alone, or None.

    超143万人 (at least) against a target of at least 110万 is met whatever the exact
    figure; 控制在5.5%以内 (at most) against a ceiling of 5.5% is met; at most 3% against
    at least 5% is missed. An approximation (≈), or a bound on the wrong side, settles
    nothing. No gap is given: the exact figure is not known.
    """
    assert t.base_value is not None and t.comparator is not None
    for o in t.outcomes:
        if o.year != due or not o.full_year or not _usable(o) or o.bound not in ("≥", "≤"):
            continue
        if not _same_base(o.unit, t.unit):
            continue  # a bound on another measure (a growth rate against a level) says nothing
        # ``meets`` rises with the outcome for a floor and falls for a ceiling, so the bound
        # itself decides whenever the true figure lies on the side that cannot change it.
        meets_at_bound = meets(t.comparator, o.base_value, t.base_value, ceiling)
        toward_better = (o.bound == "≥") != ceiling  # the true figure is at least as good
        if toward_better and meets_at_bound:
            return Verdict("met", o, ceiling=ceiling)
        if not toward_better and not meets_at_bound:
            return Verdict("missed", o, ceiling=ceiling)
    return None


def _same_base(a: str, b: str | None) -> bool:
    from zzbrief.text.units import lookup

    if b is None:
        return False
    known_a, known_b = lookup(a), lookup(b)
    if known_a is None or known_b is None:
        return a == b
    return known_a.base == known_b.base


def tally(verdicts: Sequence[Verdict]) -> dict[str, int]:
    """How many targets have each verdict, in the order of ``VERDICTS``."""
    counts = dict.fromkeys(VERDICTS, 0)
    for v in verdicts:
        counts[v.verdict] += 1
    return counts
