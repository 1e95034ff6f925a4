"""How an amount reads in English: in base units, scaled (800 billion yuan, 700,000 vehicles).

Below views/ because search shows a target's value in English too, and must not import views.
"""

from __future__ import annotations

import math

#: Significant digits an English amount keeps: 1640.06亿斤 is 164.006 billion jin.
DIGITS = 6


def plain_number(x: float) -> str:
    """``x`` to six significant digits with thousands separators, never in e-notation."""
    if x == 0 or not math.isfinite(x):
        return f"{x:g}"
    places = max(0, DIGITS - 1 - math.floor(math.log10(abs(x))))
    text = f"{round(x, places):,.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _scaled(number: float) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(number) >= size:
            return f"{plain_number(number / size)} {word}"
    return plain_number(number)


# Base units shown after the number in English by another name; any other base unit is shown
# as it is named (tonnes, kW, µg/m³), except counts of mixed things, which show the number alone.
_EN_UNITS = {"yuan": "yuan", "vehicles": "vehicles", "people": "people", "dwellings": "dwellings",
             "km": "km", "m²": "m²", "jin": "jin", "percentage-points": "pt"}  # fmt: skip
_COUNTS = ("items", "organisations", "households", "tasks")


def english_amount(value: float, base_value: float, base_unit: str) -> str:
    """``800 billion yuan`` for 8000亿元, ``1.4 trillion jin`` for 1.4万亿斤 (never
    e-notation); a percentage stays as printed (``7%``)."""
    if base_unit == "percent":
        return f"{value:g}%"
    if base_unit in _COUNTS:
        return _scaled(base_value)
    return f"{_scaled(base_value)} {_EN_UNITS.get(base_unit, base_unit)}"


def range_english(value: float, high: float, base_value: float, base_unit: str) -> str:
    """A range in English, its two ends: ``4.5–5%``, ``10 billion yuan–12 billion yuan``."""
    if base_unit == "percent":
        return f"{value:g}–{high:g}%"
    factor = base_value / value if value else 1.0
    ends = (english_amount(value, base_value, base_unit),
            english_amount(high, high * factor, base_unit))  # fmt: skip
    return "–".join(ends)


def with_cmp(comparator: str, text: str, ranged: bool = False) -> str:
    """``> 70万辆``: the comparator in front of each line of a value; ``=`` is left out, and
    so is any comparator of a range (``ranged``): 4.5–5% shows its two ends, no sign."""
    if comparator == "=" or ranged:
        return text
    return "\n".join(f"{comparator} {line}" for line in text.split("\n"))
