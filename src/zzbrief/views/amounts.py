"""How an amount is written for a reader: as printed in Chinese (8000亿元), in base units in
English (800 billion yuan), or both; and the comparator that goes with it."""

from __future__ import annotations

from zzbrief.briefing.amounts import english_amount, range_english, with_cmp
from zzbrief.briefing.model import Lang, Outcome, Target
from zzbrief.views.labels import label


def amount_text(figure: str, value: float, base_value: float, base_unit: str, lang: Lang) -> str:
    """An amount for people: ``figure`` as printed (zh), in base units (en), or both."""
    english = english_amount(value, base_value, base_unit)
    if lang == "en":
        return english
    return f"{figure}\n{english}" if lang == "both" and english != figure else figure


#: Land in China is measured in mu (亩, 1/15 hectare), and English reports keep the unit:
#: 9.7万亩 reads "97,000 mu", not "64.6667 million m²".
_MU = {"亩": 1.0, "万亩": 1e4}


def _english_base(
    unit: str | None, value: float, base_value: float, base_unit: str
) -> tuple[float, str]:
    if unit in _MU:
        return value * _MU[unit], "mu"
    return base_value, base_unit


def value_text(t: Target, lang: Lang) -> str:
    """A target's value for people (8000亿元, 800 billion yuan, or both); a soft target,
    stated without a number, reads "no number"."""
    if t.figure is None or t.value is None or t.base_value is None or t.base_unit is None:
        return label("no_number", lang)
    base_value, base_unit = _english_base(t.unit, t.value, t.base_value, t.base_unit)
    if t.range_high is not None:
        # The figure as printed already shows the range (5%—6%); English writes it out.
        english = range_english(t.value, t.range_high, base_value, base_unit)
        if lang == "en":
            return english
        return f"{t.figure}\n{english}" if lang == "both" and english != t.figure else t.figure
    return amount_text(t.figure, t.value, base_value, base_unit, lang)


def _own_base(unit: str, value: float, base_value: float) -> str | None:
    # The base of a printed unit, when base_value is value in it (None when it is not).
    import math

    from zzbrief.text.units import lookup

    known = lookup(unit)
    if known is None:
        return None
    return known.base if math.isclose(value * known.factor, base_value) else None


def outcome_text(o: Outcome, t: Target, lang: Lang) -> str:
    """A published figure in the same style as its target's value; in English the figure as
    printed follows in brackets, so a reader can find it in the source: 626,000 vehicles
    (62.6万辆)."""
    # A soft target's outcome, and one of another measure (comparable: false, 98% against a
    # number of vehicles), is written in its own unit's base; as printed when that unit's
    # base is not the one its base_value was stored in (a library's 亿斤 kept in jin).
    if t.base_unit and o.comparable:
        base_unit = t.base_unit
    else:
        own = _own_base(o.unit, o.value, o.base_value)
        if own is None:
            return o.figure
        base_unit = own
    if lang == "en":
        in_base, unit = _english_base(o.unit, o.value, o.base_value, base_unit)
        english = english_amount(o.value, in_base, unit)
        text = english if english == o.figure else f"{english} ({o.figure})"
    else:
        text = amount_text(o.figure, o.value, o.base_value, base_unit, lang)
    # 超143万人 is shown ≥ 143万人: a bound is never shown as if it were the exact figure
    return with_cmp(o.bound, text) if o.bound else text


def with_comparator(t: Target, lang: Lang) -> str:
    """The target's value with its comparator in front (``> 70万辆``); ``=`` is left out.

    Every human view shows the comparator this way, in the value; JSON and CSV keep it in
    its own ``comparator`` field. A range shows its two ends and no sign (``4.5–5%``).
    """
    return with_cmp(t.comparator or "=", value_text(t, lang), t.range_high is not None)
