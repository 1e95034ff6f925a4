"""How an amount reads in English: in base units, scaled (800 billion yuan, 700,000 vehicles).

Below views/ because search shows a target's value in English too, and must not import views.
"""

from __future__ import annotations


def _scaled(number: float) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(number) >= size:
            return f"{number / size:g} {word}"
    return f"{number:,g}"


# Base units shown after the number in English; counts of mixed things show the number alone.
_EN_UNITS = {"yuan": "yuan", "vehicles": "vehicles", "people": "people", "dwellings": "dwellings",
             "km": "km", "m²": "m²"}  # fmt: skip


def english_amount(value: float, base_value: float, base_unit: str) -> str:
    """``800 billion yuan`` for 8000亿元; a percentage stays as printed (``7%``)."""
    if base_unit == "percent":
        return f"{value:g}%"
    if base_unit in _EN_UNITS:
        return f"{_scaled(base_value)} {_EN_UNITS[base_unit]}"
    return f"{base_value:,g}"


def with_cmp(comparator: str, text: str) -> str:
    """``> 70万辆``: the comparator in front of each line of a value; ``=`` is left out."""
    if comparator == "=":
        return text
    return "\n".join(f"{comparator} {line}" for line in text.split("\n"))
