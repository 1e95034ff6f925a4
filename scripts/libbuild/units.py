"""Units the library reads: zzbrief's table, then the extras goals paragraphs print."""

from __future__ import annotations

#: Units beyond zzbrief's table that goals paragraphs print: factor and base unit.
EXTRA_UNITS = {
    "万亿斤": (1e12, "jin"),
    "亿斤": (1e8, "jin"),
    "万斤": (1e4, "jin"),
    "万元/人": (1e4, "yuan per person"),
    "元/人": (1, "yuan per person"),
    "微克/立方米": (1, "µg/m³"),
    "％": (1, "percent"),
}


def unit_info(unit: str) -> tuple[float, str]:
    """Factor and base unit of a printed unit (zzbrief's table, then the library's extras)."""
    from zzbrief.text.units import lookup

    if unit in EXTRA_UNITS:
        return EXTRA_UNITS[unit]
    known = lookup(unit)
    if known is None:
        raise ValueError(f"unit {unit!r} is in neither table")
    return known.factor, known.base


def base(value: float, unit: str) -> float:
    """``value`` in the unit's base unit, a whole number when the product is one (float noise
    such as 1.2 × 1e4 = 12000.000000000002 would fail the loader's exact check)."""
    factor, _ = unit_info(unit)
    product = value * factor
    # tighter than validate's own rel_tol of 1e-9: 9.7万亩 = 64666666.67 m² is no whole number
    whole = abs(product - round(product)) < 1e-10 * max(1.0, abs(product))
    return round(product) if whole else product
