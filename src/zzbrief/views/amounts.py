"""How an amount is written for a reader: as printed in Chinese (8000亿元), in base units in
English (800 billion yuan), or both; and the comparator that goes with it."""

from __future__ import annotations

from zzbrief.briefing.model import Lang, Outcome, Target


def _scaled(number: float) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(number) >= size:
            return f"{number / size:g} {word}"
    return f"{number:,g}"


# Base units shown after the number in English; counts of mixed things show the number alone.
_EN_UNITS = {"yuan": "yuan", "vehicles": "vehicles", "people": "people", "dwellings": "dwellings",
             "km": "km", "m²": "m²"}  # fmt: skip


def amount_text(figure: str, value: float, base_value: float, base_unit: str, lang: Lang) -> str:
    """An amount for people: ``figure`` as printed (zh), in base units (en), or both."""
    if base_unit == "percent":
        english = f"{value:g}%"
    elif base_unit in _EN_UNITS:
        english = f"{_scaled(base_value)} {_EN_UNITS[base_unit]}"
    else:
        english = f"{base_value:,g}"
    if lang == "en":
        return english
    return f"{figure}\n{english}" if lang == "both" and english != figure else figure


def value_text(t: Target, lang: Lang) -> str:
    """A target's value for people (8000亿元, 800 billion yuan, or both)."""
    return amount_text(t.figure, t.value, t.base_value, t.base_unit, lang)


def outcome_text(o: Outcome, t: Target, lang: Lang) -> str:
    """A published figure in the same style as its target's value."""
    return amount_text(o.figure, o.value, o.base_value, t.base_unit, lang)


def with_comparator(t: Target, lang: Lang) -> str:
    """The target's value with its comparator in front (``> 70万辆``); ``=`` is left out.

    Every human view shows the comparator this way, in the value; JSON and CSV keep it in
    its own ``comparator`` field.
    """
    text = value_text(t, lang)
    if t.comparator == "=":
        return text
    return "\n".join(f"{t.comparator} {line}" for line in text.split("\n"))
