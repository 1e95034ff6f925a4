"""The unit table: every unit the extractor recognises, with its factor to a base unit.

``base_value = value × factor``. Base-unit names follow the bundled briefing where it has
one (yuan, vehicles, people, km, m², percent, items, organisations, dwellings, tasks).
A unit's *family* decides the figure's kind: counts of discrete things (people, items,
organisations, dwellings, households, tasks) are ``count``; money, output, lengths, areas,
energy and the like are ``level``; percentages are ``growth`` or ``share`` from the wording.

A scale word (万亿级 "trillion-yuan class") has no number: its implied value is 1, its
comparator ``≥``. docs/EXTRACTION.md prints this table; a test checks the two agree.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """A unit as printed, its factor to ``base``, and the family it belongs to."""

    unit: str
    factor: float
    base: str
    family: str


_MU = 10_000 / 15  # 1 亩 = 1/15 hectare, in m²


def _each(*words: str) -> tuple[tuple[str, float], ...]:
    # Each measure word, and the same with 万 (ten thousand) before it.
    return tuple(pair for w in words for pair in ((w, 1.0), ("万" + w, 1e4)))


#: The unit of a figure printed without one (an index, a coefficient): see scan.py.
NO_UNIT = "无单位"

# (family, base unit, [(printed unit, factor), ...]); longest spellings are matched first.
_TABLE: tuple[tuple[str, str, tuple[tuple[str, float], ...]], ...] = (
    ("money", "yuan", (("元", 1), ("万元", 1e4), ("亿元", 1e8), ("万亿元", 1e12))),
    ("money", "US dollars", (("美元", 1), ("万美元", 1e4), ("亿美元", 1e8))),
    ("people", "people", (("人", 1), ("万人", 1e4), ("亿人", 1e8), ("名", 1), ("万名", 1e4))),
    ("people", "people", (("位", 1),)),
    ("visits", "person-visits", (("人次", 1), ("万人次", 1e4), ("亿人次", 1e8))),
    ("vehicles", "vehicles", (("辆", 1), ("万辆", 1e4))),
    ("mass", "tonnes", (("吨", 1), ("万吨", 1e4), ("亿吨", 1e8))),
    ("area", "m²", (("平方米", 1), ("万平方米", 1e4), ("亿平方米", 1e8))),
    ("area", "m²", (("亩", _MU), ("万亩", _MU * 1e4), ("公顷", 1e4), ("平方公里", 1e6))),
    ("length", "km", (("米", 1e-3), ("公里", 1), ("千米", 1), ("万公里", 1e4))),
    ("dwellings", "dwellings", (("套", 1), ("万套", 1e4), ("套(间)", 1), ("万套(间)", 1e4))),
    ("dwellings", "dwellings", (("套（间）", 1), ("万套（间）", 1e4))),
    # 户 counts households, firms (企业112万户) and users (天然气用户) alike, so it is its own
    # family, not dwellings, and English shows the number alone with the metric's own noun
    ("households", "households", (("户", 1), ("万户", 1e4))),
    ("organisations", "organisations", (("家", 1), ("万家", 1e4), ("所", 1))),
    ("items", "items", (("个", 1), ("万个", 1e4), ("件", 1), ("万件", 1e4), ("台", 1))),
    ("items", "items", (("万台", 1e4), ("座", 1), ("条", 1), ("处", 1), ("张", 1))),
    ("items", "items", (("万张", 1e4), ("块", 1), ("场", 1), ("次", 1))),
    ("tasks", "tasks", (("项", 1), ("万项", 1e4))),
    ("power", "kW", (("千瓦", 1), ("万千瓦", 1e4), ("兆瓦", 1e3), ("亿千瓦", 1e8))),
    ("volume", "m³", (("立方米", 1), ("万立方米", 1e4), ("亿立方米", 1e8))),
    ("energy", "kWh", (("千瓦时", 1), ("万千瓦时", 1e4), ("亿千瓦时", 1e8))),
    ("energy", "tce", (("吨标准煤", 1), ("万吨标准煤", 1e4))),
    ("time", "hours", (("小时", 1), ("分钟", 1 / 60), ("天", 24))),
    ("percent", "percent", (("%", 1), ("％", 1))),
    ("points", "percentage-points", (("个百分点", 1), ("百分点", 1))),
    # 人口自然增长率控制在6‰以内: rates per thousand.
    ("permille", "per mille", (("‰", 1),)),
    ("ratio", "times", (("倍", 1),)),
    # Grain is counted in 斤 (half a kilogram): 粮食产量1300亿斤.
    ("mass", "tonnes", (("斤", 5e-4), ("万斤", 5), ("亿斤", 5e4), ("万亿斤", 5e8))),
    ("mass", "tonnes", (("公斤", 1e-3), ("千克", 1e-3))),
    ("area", "m²", (("平方千米", 1e6), ("万平方千米", 1e10), ("万平方公里", 1e10))),
    ("area", "m²", (("万公顷", 1e8), ("千公顷", 1e7))),
    ("energy", "tce", (("亿吨标准煤", 1e8),)),
    ("energy", "kWh", (("兆瓦时", 1e3), ("吉瓦时", 1e6))),
    # Battery capacity is printed in Latin letters too (动力电池产能超100GWh).
    ("energy", "kWh", (("GWh", 1e6),)),
    ("power", "kW", (("吉瓦", 1e6),)),
    ("concentration", "µg/m³", (("微克/立方米", 1),)),
    ("flow", "m³/day", (("立方米/日", 1), ("万立方米/日", 1e4), ("万吨/日", 1e4))),
    ("items", "items", (("盏", 1), ("万盏", 1e4), ("部", 1), ("万部", 1e4), ("间", 1))),
    ("items", "items", (("万间", 1e4), ("栋", 1))),
    ("containers", "TEU", (("标箱", 1), ("万标箱", 1e4))),
    ("flights", "flights", (("架次", 1), ("万架次", 1e4))),
    # 年 counts years only in a length of time (受教育年限11.2年); scan.py drops years.
    ("years", "years", (("年", 1), ("岁", 1), ("周岁", 1))),
    ("months", "months", (("个月", 1),)),
    ("doublings", "doublings", (("番", 1),)),
    ("concentration", "µg/m³", (("微克／立方米", 1),)),
    ("power", "kVA", (("千伏安", 1), ("万千伏安", 1e4))),
    ("computing", "PFLOPS", (("P", 1), ("EFLOPS", 1000), ("PFLOPS", 1))),
    ("price", "fen/kWh", (("分/千瓦时", 1),)),
    ("productivity", "yuan per person", (("元/人", 1), ("万元/人", 1e4))),
    ("items", "items", _each("片", "艘", "架")),
    # A bare 万 or 亿 before a noun counts people or things (为80万重点群体, 13.3万常住人口).
    ("bare", "units", (("万", 1e4), ("亿", 1e8), ("万亿", 1e12))),
    # Measure words of things counted one by one, with their 万 forms (2万座, 1万场).
    ("items", "items", _each("座", "场", "场次", "列", "只", "页", "条次", "班次", "份", "宗")),
    ("items", "items", _each("批次", "类", "支", "头", "例", "门", "期", "课时", "个点")),
    # 班 counts train, flight or ship runs (中欧班列开行3417班, 月航班数达到290班).
    ("items", "items", _each("班")),
    # Places counted without a measure word (扎实推进9省106县对口帮扶协作).
    ("places", "places", (("省", 1), ("县", 1), ("镇", 1), ("村", 1))),
    # A number without a unit where the measure names its scale (居民消费价格指数控制在103
    # 左右, 电能利用效率1.25): scan.py reads it only after such a measure.
    ("number", "number", ((NO_UNIT, 1),)),
)

#: Scale words: an implied value of 1 and the comparator ≥ (万亿级 = "a trillion-class").
SCALES: dict[str, float] = {
    "万亿级": 1e12,
    "千亿级": 1e11,
    "百亿级": 1e10,
    "十亿级": 1e9,
    "亿级": 1e8,
    "万亿元级": 1e12,
    "千亿元级": 1e11,
    "百亿元级": 1e10,
}

#: Families whose figures count discrete things (kind ``count``).
COUNT_FAMILIES = frozenset(
    {"people", "items", "organisations", "dwellings", "households", "tasks", "places"}
)


def _build() -> dict[str, UnitInfo]:
    units: dict[str, UnitInfo] = {}
    for family, base, entries in _TABLE:
        for unit, factor in entries:
            units[unit] = UnitInfo(unit, factor, base, family)
    for unit, factor in SCALES.items():
        units[unit] = UnitInfo(unit, factor, "yuan", "scale")
    return units


#: Every unit by its printed spelling.
UNITS: dict[str, UnitInfo] = _build()


def lookup(unit: str) -> UnitInfo | None:
    """The unit printed as ``unit``, or None when the table does not know it."""
    return UNITS.get(unit)


def alternation() -> str:
    """A regex alternation of every non-scale unit, longest first (万亿元 before 亿元)."""
    import re

    names = sorted((u for u in UNITS if u not in SCALES and u != NO_UNIT), key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)
