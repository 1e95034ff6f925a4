"""Finding the figures in a sentence, and leaving out the numbers that are not figures.

A figure is a number followed by a unit from ``units.py`` (``8000亿元``, ``1.2 万套``,
``三千亿元``), a range (``5%—6%``, ``5-6%``, ``5.5%至6%``) or a scale word (``万亿级``).
Years, dates and line numbers never match, because 年/月/日/号 are not units. The rest of
the traps are filtered here and in ``traps.py`` (the table of wording classes), each for a
reason that holds in any plan:

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

from zzbrief.text import numbers, units
from zzbrief.text.found import Found, with_changes
from zzbrief.text.traps import CLAUSE_END, trap

__all__ = ["FIGURE", "Found", "find_figures", "split_figure"]

_SP = r"[ \u00a0\u3000]{0,2}"
_UNIT = units.alternation()
_SCALE = "|".join(sorted(units.SCALES, key=len, reverse=True))
_N = numbers.NUMBER
_PCT = rf"百分之(?:{numbers.CHINESE_DECIMAL})"
#: 翻一番 (to double), 翻两番 (to quadruple): the number of doublings.
_DOUBLINGS = {"一": 1, "两": 2, "二": 2, "三": 3}
#: Units that open with 万 or 亿 (万亿, 万亿元, 万名 …): after a verb of reaching, with no
#: number before them, they count one (迈向万亿, 突破万亿元大关, 带动万名青年).
MYRIADS = frozenset(u for u in units.UNITS if u[:1] in "万亿" and u not in units.SCALES)
_MYRIAD = "|".join(sorted(MYRIADS, key=len, reverse=True))
#: The verbs (all two characters: a look-behind has one width) that reach such a figure.
_REACH = "迈向|突破|超过|达到|冲刺|迈上|迈进|跨越|跨上|站上|跃上|登上|挺进|冲击|超越|带动"
FIGURE = re.compile(
    r"(?<![0-9０-９.．A-Za-z零〇一二两三四五六七八九十百千万亿])(?:"
    rf"(?P<scale>{_SCALE})|(?=[万亿])(?<={_REACH})(?P<one>{_MYRIAD})(?![0-9０-９])|"
    rf"(?P<plo>{_PCT})(?:{_SP}(?:——|[-–—~～至到]){_SP}(?P<phi>{_PCT}))?"
    r"|(?P<fan>翻[一两二三]?番)|(?P<frac>[1-9]/[1-9][0-9]?)(?=以上|以下|左右|的|用于|$)|"
    rf"(?P<lo>{_N})(?:{_SP}(?:{_UNIT}))?{_SP}(?:——|[-–—~～至到]){_SP}(?P<hi>{_N}){_SP}"
    rf"(?P<hiunit>{_UNIT})"
    rf"|(?P<num>{_N}){_SP}(?P<approx>[余多])?{_SP}(?P<unit>{_UNIT}))"
)
_QUOTES = {"“": "”", "「": "」", "‘": "’", "『": "』", '"': '"'}
MAX_NAME = 20
_IDIOMS: tuple[str, ...] = ("千家万户", "千方百计", "千军万马", "万家灯火", "百家争鸣")
_IDIOMS += ("一家一户", "万人空巷")
_IDIOMS += ("千头万绪", "千行百业", "千村万户")
_ENTITIES = ("项目", "企业", "公司", "集团", "园区", "楼宇", "商圈", "产业", "单位", "工程")
_THRESHOLD = re.compile(rf"^(?:及?以上|以下)?的?(?:\w{{0,4}}?)(?:{'|'.join(_ENTITIES)})")
_SIZE_THEN_COUNT = re.compile(
    rf"^(?:及)?以上(?:[0-9０-９]|的?[\u4e00-\u9fff]{{0,10}}?(?:{'|'.join(_ENTITIES)}))"
)


def _read(match: re.Match[str]) -> Found | None:
    figure = match.group(0)
    if match.group("scale"):
        return Found(match.start(), match.end(), figure, 1, figure, None, False, 1, False)
    if match.group("one"):
        return Found(match.start(), match.end(), figure, 1, figure, None, False, 1, True)
    if match.group("frac"):
        above, below = figure.split("/")
        share = round(100 * int(above) / int(below), 2)
        return Found(match.start(), match.end(), figure, share, "%", None, False, 1, False)
    if match.group("fan"):
        times = _DOUBLINGS.get(figure[1], 1)
        return Found(match.start(), match.end(), figure, times, "番", None, False, 1, False)
    if match.group("plo"):
        low = numbers.parse_chinese_decimal(match.group("plo")[3:])
        phi = match.group("phi")
        top = numbers.parse_chinese_decimal(phi[3:]) if phi else None
        if low is None or (phi and (top is None or top < low)):
            return None
        return Found(match.start(), match.end(), figure, low, "%", top, False, 1, True)
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
            # “增长7%左右”, 「4.5% 至 5%」: a quoted target, not a name (“八个新突破” is one)
            inner = text[left + 1 : right]
            quoted_figure = (
                f.unit in ("%", "％")
                and not f.chinese
                and len(f.figure) >= 0.6 * len(inner.strip())
                and not _COUNTED.search(text, left, f.start)  # “三个15%”: a policy's name
            )
            return not (quoted_figure or _MEASURED.search(inner))
    info = units.lookup(f.unit)
    if info is None or info.family not in ("time", "length"):
        return False  # 建成14个高品质生活服务圈: a count of circles is a count
    tail = CLAUSE_END.split(text[f.end : f.end + 10], maxsplit=1)[0]
    return "圈" in tail  # 15分钟生活圈, 1公里充电服务圈: a radius that names a programme


#: A count before a quoted figure makes the quotation a name (“三个15%”, “两个70%”).
_COUNTED = re.compile(r"[一二两三四五六七八九十][个项条大]")
#: Words that make a quotation a quoted figure rather than a name.
_MEASURED = re.compile(r"增长|下降|提高|降低|左右|以上|以内|以下|达到|冲击|不低于|不超过|不高于")


def _not_a_figure(text: str, f: Found) -> str | None:
    if _inside_name(text, f):
        return "name"
    reason = trap(text, f)
    if reason is not None:
        return reason
    if any(idiom in text[max(0, f.start - 3) : f.end + 3] for idiom in _IDIOMS):
        return "idiom"
    return None


def _is_threshold(text: str, f: Found, later: list[Found]) -> bool:
    info = units.lookup(f.unit)
    if info is None or info.family in units.COUNT_FAMILIES or info.family == "scale":
        return False
    after = text[f.end :]
    if _SIZE_THEN_COUNT.match(after):
        return True  # 其中10亿元以上55个, 1亿元以上制造业固投类项目300个
    if not _THRESHOLD.match(after):
        return False
    if re.match(r"^\s*(?:及)?(?:以上|以下)", after):
        return True  # 5亿元以上项目: a size class, whatever follows
    clause_end = CLAUSE_END.search(after)
    limit = f.end + (clause_end.start() if clause_end else len(after))
    return any(g.start < limit for g in later)


#: 居民消费价格指数控制在103左右, 电能利用效率（PUE）1.25以下: measures whose number has no
#: unit because the measure names its scale (an index, a coefficient, a ratio); not a
#: ranking list (影响力指数100强).
_UNITLESS = re.compile(
    r"(?:指数|系数|利用效率|PUE值?|能效比)(?:[（(][A-Za-z]{2,6}[）)])?"
    r"(?:控制在|保持在|稳定在|降至|降到|降低到|下降到|不高于|不超过|低于|达到|提高到|提升至|为)?"
    rf"(?P<num>{numbers.ARABIC})(?![0-9０-９.．%％‰/])(?!{_SP}(?:{_UNIT}|[年月日号时强佳]))"
)


def _unitless(text: str) -> list[Found]:
    out = []
    for m in _UNITLESS.finditer(text):
        value = numbers.parse_arabic(m.group("num"))
        if value is not None:
            a, b = m.span("num")
            out.append(Found(a, b, m.group("num"), value, units.NO_UNIT, None, False, 1, False))
    return out


#: The items of a count spelled out one by one right after it (，一个是…, ：一是…).
_SPELLED_OUT = re.compile(r"[^，,。；;：:]{0,8}[，,：:]\s*(?:一个是|一是|其一|第一个是)")


def find_figures(text: str) -> list[Found]:
    """Every number with a unit in a sentence, in order; those that are not figures carry
    the ``reason`` (ordinal, name, meeting, agenda, ranking, threshold …)."""
    found = [
        f for m in FIGURE.finditer(text) if (f := _read(m)) is not None and not _glued(text, f)
    ]
    if "指数" in text or "系数" in text or "效率" in text or "PUE" in text or "能效比" in text:
        found = sorted([*found, *_unitless(text)], key=lambda f: f.start)
    marked: list[Found] = []
    for i, f in enumerate(found):
        reason = _not_a_figure(text, f)
        if reason is None and _is_threshold(text, f, found[i + 1 :]):
            reason = "threshold"
        if reason == "date" and f.unit == "年":
            continue  # a year is not even a number to review
        marked.append(with_changes(f, reason=reason) if reason else f)
    out: list[Found] = []
    for i, f in enumerate(marked):
        nxt = marked[i + 1] if i + 1 < len(marked) else None
        counts_next = f.reason is None and f.unit in ("个", "大", "项") and f.range_high is None
        if (
            nxt is not None
            and nxt.reason is None
            and counts_next
            and nxt.start == f.end
            and isinstance(f.value, int)
        ):
            # 两个万亿级产业集群: the count says how many things the next figure measures.
            if _SPELLED_OUT.match(text, nxt.end):
                # 达到两个百亿，一个是GDP超过百亿，一个是…: a summary of the goals that follow
                marked[i + 1] = with_changes(nxt, reason="agenda")
                out.append(with_changes(f, reason="agenda"))
                continue
            marked[i + 1] = with_changes(nxt, multiplicity=f.value, count_at=f.start)
            out.append(with_changes(f, reason="count"))
            continue
        out.append(f)
    return out


#: A unit that is the first character of a longer word (三部门, 零部件, 一部分, 三次产业): no
#: figure.
_GLUED = {"部": "门署分委长队件位", "间": "隔距断接", "次": "序要生供元产", "台": "阶"}
_GLUED |= {"位": "数一", "门": "峡户类槛", "头": "部", "只": "是有要", "期": "间待望盼"}
#: 省级, 县域, 县道 (a road number), 镇街, 村民: the place is the first character of a word.
_GLUED |= {"省": "级份会委道内外属", "县": "级域城道委", "镇": "级街域区", "村": "级民委组庄落居"}


def _glued(text: str, f: Found) -> bool:
    nxt = text[f.end : f.end + 1]
    return (bool(nxt) and nxt in _GLUED.get(f.unit, "")) or (f.chinese and f.value == 0)


def split_figure(figure: str) -> tuple[float, str] | None:
    """A printed figure's value and unit (``"1,200个"`` → ``(1200, "个")``), or None.

    A range gives its lower bound; a scale word (万亿级) has the implied value 1.
    """
    if figure in MYRIADS:
        return 1, figure  # 迈向万亿: one of the unit
    bare = numbers.parse_arabic(figure)
    if bare is not None:
        return bare, units.NO_UNIT  # 指数103: a figure without a unit
    match = FIGURE.fullmatch(figure)
    if match is None:
        return None
    found = _read(match)
    return None if found is None else (found.value, found.unit)
