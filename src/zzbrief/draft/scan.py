"""Finding the figures in a sentence, and leaving out the numbers that are not figures.

A figure is a number followed by a unit from ``units.py`` (``8000亿元``, ``1.2 万套``,
``三千亿元``), a range (``5%—6%``, ``5-6%``, ``5.5%至6%``) or a scale word (``万亿级``).
Years, dates and line numbers never match, because 年/月/日/号 are not units. The rest of
the traps are filtered here, each for a reason that holds in any plan:

- ordinals: 第 before the number (第3个);
- names: a figure inside a short quotation (“三个一批”) or naming a radius (1公里…服务圈);
- an article, not a count: Chinese 一 with a unit of one (一个, 一批, 一家);
- a structure, not a count: a Chinese-numeral count of 方面/领域/环节… (五个方面);
- idioms: 千家万户 and friends;
- size thresholds: a figure that only defines which things count, followed by the things
  and then the real count (超100亿元项目4个以上: the figure is 4个);
- a count of what the next figure measures (两个万亿级产业集群): the count is kept as the
  ``multiplicity`` of the next figure instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zzbrief.draft import numbers, units

_SP = r"[ \u00a0\u3000]{0,2}"
_UNIT = units.alternation()
_SCALE = "|".join(sorted(units.SCALES, key=len, reverse=True))
_N = numbers.NUMBER
FIGURE = re.compile(
    r"(?<![0-9０-９.．A-Za-z零〇一二两三四五六七八九十百千万亿])(?:"
    rf"(?P<lo>{_N})(?:{_SP}(?:{_UNIT}))?{_SP}(?:——|[-–—~～至到]){_SP}(?P<hi>{_N}){_SP}"
    rf"(?P<hiunit>{_UNIT})"
    rf"|(?P<num>{_N}){_SP}(?P<approx>[余多])?{_SP}(?P<unit>{_UNIT})"
    rf"|(?P<scale>{_SCALE}))"
)
_QUOTES = {"“": "”", "「": "」", "‘": "’", "『": "』", '"': '"'}
MAX_NAME = 20
_STRUCTURE: tuple[str, ...] = (
    "方面",
    "领域",
    "环节",
    "层面",
    "维度",
    "方向",
    "原则",
    "重点",
    "目标",
    "体系",
)
_STRUCTURE += ("战略", "作用", "优势", "意识", "确立", "维护", "坚持", "统筹", "任务", "步")
_IDIOMS = ("千家万户", "千方百计", "千军万马", "万家灯火", "百家争鸣", "一家一户", "万人空巷")
_ENTITIES = ("项目", "企业", "公司", "集团", "园区", "楼宇", "商圈", "产业", "单位", "工程")
_THRESHOLD = re.compile(rf"^(?:及?以上|以下)?的?(?:\w{{0,4}}?)(?:{'|'.join(_ENTITIES)})")
_CLAUSE_END = re.compile(r"[,，;；。!?！？:：、]")


@dataclass(frozen=True, slots=True)
class Found:
    """A figure's place in the sentence and its reading."""

    start: int
    end: int
    figure: str
    value: float
    unit: str
    range_high: float | None
    approx: bool
    multiplicity: int
    chinese: bool
    count_at: int = -1  # where a count of this figure (两个 in 两个万亿级) starts


def _read(match: re.Match[str]) -> Found | None:
    figure = match.group(0)
    if match.group("scale"):
        return Found(match.start(), match.end(), figure, 1, figure, None, False, 1, False)
    raw = match.group("lo") or match.group("num")
    value = numbers.parse_number(raw)
    if value is None:
        return None
    high = numbers.parse_number(match.group("hi")) if match.group("hi") else None
    if match.group("hi") and (high is None or high < value):
        return None  # "3-2个" is not a range
    unit = match.group("hiunit") or match.group("unit")
    chinese = numbers.parse_arabic(raw) is None
    approx = bool(match.group("approx"))
    return Found(match.start(), match.end(), figure, value, unit, high, approx, 1, chinese)


def _inside_name(text: str, f: Found) -> bool:
    for opener, closer in _QUOTES.items():
        left = text.rfind(opener, 0, f.start)
        if left < 0 or (closer != opener and text.rfind(closer, left, f.start) >= 0):
            continue
        right = text.find(closer, f.end)
        if right >= 0 and right - left <= MAX_NAME:
            return True
    tail = _CLAUSE_END.split(text[f.end : f.end + 10], maxsplit=1)[0]
    return "圈" in tail  # 15分钟生活圈, 1公里充电服务圈: a radius that names a programme


def _not_a_figure(text: str, f: Found) -> bool:
    before, after = text[: f.start], text[f.end :]
    if before.endswith("第") or _inside_name(text, f):
        return True
    info = units.lookup(f.unit)
    if f.chinese and info is not None:
        if f.value == 1 and info.factor == 1:
            return True
        if info.family in units.COUNT_FAMILIES and after.startswith(_STRUCTURE):
            return True
    return any(idiom in text[max(0, f.start - 3) : f.end + 3] for idiom in _IDIOMS)


def _is_threshold(text: str, f: Found, later: list[Found]) -> bool:
    info = units.lookup(f.unit)
    if info is None or info.family in units.COUNT_FAMILIES or info.family == "scale":
        return False
    after = text[f.end :]
    if not _THRESHOLD.match(after):
        return False
    clause_end = _CLAUSE_END.search(after)
    limit = f.end + (clause_end.start() if clause_end else len(after))
    return any(g.start < limit for g in later)


def find_figures(text: str) -> list[Found]:
    """Every figure in a sentence, in order, with the traps above left out."""
    found = [f for m in FIGURE.finditer(text) if (f := _read(m)) is not None]
    kept: list[Found] = []
    for i, f in enumerate(found):
        if _not_a_figure(text, f) or _is_threshold(text, f, found[i + 1 :]):
            continue
        kept.append(f)
    out: list[Found] = []
    for i, f in enumerate(kept):
        nxt = kept[i + 1] if i + 1 < len(kept) else None
        info = units.lookup(f.unit)
        counts_next = info is not None and f.unit in ("个", "大", "项") and f.range_high is None
        if nxt is not None and counts_next and nxt.start == f.end and isinstance(f.value, int):
            kept[i + 1] = _with_multiplicity(nxt, f.value, f.start)
            continue
        out.append(f)
    return out


def _with_multiplicity(f: Found, n: int, at: int) -> Found:
    return Found(
        f.start, f.end, f.figure, f.value, f.unit, f.range_high, f.approx, n, f.chinese, at
    )


def split_figure(figure: str) -> tuple[float, str] | None:
    """A printed figure's value and unit (``"1,200个"`` → ``(1200, "个")``), or None.

    A range gives its lower bound; a scale word (万亿级) has the implied value 1.
    """
    match = FIGURE.fullmatch(figure)
    if match is None:
        return None
    found = _read(match)
    return None if found is None else (found.value, found.unit)
