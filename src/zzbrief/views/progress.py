"""How far an outcome got, as a bar and in words: a rate in points, a ceiling as headroom.

- A rate (``verdicts.is_rate``: growth or a share, in % or points) is judged in points: its
  words are the gap (``-1.3 pt``, ``-1.3个百分点``) and its bar is the rate's own scale, from
  0 to a round number above the target and the outcome, with the target marked.
- A ceiling (``≤``, ``<``) says how far under (or over) it the outcome stayed: ``0.4 pt
  under`` for a rate, ``8% under`` for a level.
- Anything else is a share of its target (``89%``), on a bar to 120% with the mark at 100%.
"""

from __future__ import annotations

import math

from zzbrief.briefing.model import Lang, Target
from zzbrief.briefing.verdicts import Verdict, is_rate
from zzbrief.render.doc import Meter

#: A share of a target is drawn on a bar that runs to this multiple of the target.
SHARE_SCALE = 1.2
#: A rate's scale ends at the first of these (times a power of ten) above both figures.
NICE_STEPS = (1.0, 2.0, 2.5, 5.0, 10.0)
CEILINGS = ("≤", "<")


def nice_top(largest: float) -> float:
    """The end of a rate's scale: a round number at least 10% above ``largest`` (> 0)."""
    want = largest * 1.1
    power = 10.0 ** math.floor(math.log10(want))
    return next(step * power for step in NICE_STEPS if step * power >= want - 1e-12)


def _number(x: float) -> str:
    return f"{round(x, 2):,g}"


def _percent(x: float) -> str:
    text = f"{x:.0%}"
    return f"{x:.1%}" if text == "0%" and x > 0 else text


def _points(x: float, lang: Lang) -> str:
    return f"{_number(x)} pt" if lang == "en" else f"{_number(x)}个百分点"


def gap_words(t: Target, v: Verdict, lang: Lang, alone: bool = False) -> str:
    """The outcome against the target in words (``-1.3 pt``, ``8% under``, ``89%``);
    ``alone``, away from a Progress header, a share says of what (``89% of the target``)."""
    if v.gap is None or v.share is None:
        return ""
    rate = is_rate(t)
    if t.comparator in CEILINGS:
        amount = _points(abs(v.gap), lang) if rate else _percent(abs(1 - v.share))
        under = v.gap <= 0
        if lang == "en":
            return f"{amount} {'under' if under else 'over'}"
        return f"{'低于' if under else '超出'}上限{amount}"
    if rate:
        sign = "+" if v.gap > 0 else ("-" if v.gap < 0 else "")  # ASCII: never ambiguous width
        return sign + _points(abs(v.gap), lang)
    if not alone:
        return _percent(v.share)
    return f"{_percent(v.share)} of the target" if lang == "en" else f"为目标的{_percent(v.share)}"


def meter_cell(t: Target, v: Verdict, tone: str, lang: Lang) -> Meter:
    """The bar and words for a verdict: on the rate's own scale, or as a share of the target."""
    words = gap_words(t, v, lang)
    if v.outcome is None or v.share is None or t.base_value is None:
        return Meter(None, words)  # no outcome, or a soft target with no number to reach
    if not is_rate(t):
        return Meter(v.share / SHARE_SCALE, words, tone, mark=1 / SHARE_SCALE)
    outcome, goal = v.outcome.base_value, t.base_value
    largest = max(outcome, goal)
    if largest <= 0:
        return Meter(None, words)  # a falling rate below zero has no scale from 0 to draw
    top = nice_top(largest)
    sign = "%" if t.base_unit == "percent" else " pt"
    scale = f"(0-{_number(top)}{sign})" if lang == "en" else f"（0-{_number(top)}{sign}）"
    return Meter(outcome / top, words, tone, mark=goal / top, scale=scale)
