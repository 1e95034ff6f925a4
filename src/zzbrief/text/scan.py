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
from collections.abc import Callable
from dataclasses import dataclass

from zzbrief.text import numbers, units

_SP = r"[ \u00a0\u3000]{0,2}"
_UNIT = units.alternation()
_SCALE = "|".join(sorted(units.SCALES, key=len, reverse=True))
_N = numbers.NUMBER
_PCT = rf"百分之(?:{numbers.CHINESE_DECIMAL})"
#: 翻一番 (to double), 翻两番 (to quadruple): the number of doublings.
_DOUBLINGS = {"一": 1, "两": 2, "二": 2, "三": 3}
FIGURE = re.compile(
    r"(?<![0-9０-９.．A-Za-z零〇一二两三四五六七八九十百千万亿])(?:"
    rf"(?P<scale>{_SCALE})|"
    rf"(?P<plo>{_PCT})(?:{_SP}(?:——|[-–—~～至到]){_SP}(?P<phi>{_PCT}))?"
    r"|(?P<fan>翻[一两二三]?番)|(?P<frac>[1-9]/[1-9][0-9]?)(?=以上|以下|左右|的|用于|$)|"
    rf"(?P<lo>{_N})(?:{_SP}(?:{_UNIT}))?{_SP}(?:——|[-–—~～至到]){_SP}(?P<hi>{_N}){_SP}"
    rf"(?P<hiunit>{_UNIT})"
    rf"|(?P<num>{_N}){_SP}(?P<approx>[余多])?{_SP}(?P<unit>{_UNIT}))"
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
_SIZE_THEN_COUNT = re.compile(
    rf"^(?:及)?以上(?:[0-9０-９]|的?[\u4e00-\u9fff]{{0,10}}?(?:{'|'.join(_ENTITIES)}))"
)
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
    reason: str | None = None  # why this number is not a figure (see TRAPS), or None


def _read(match: re.Match[str]) -> Found | None:
    figure = match.group(0)
    if match.group("scale"):
        return Found(match.start(), match.end(), figure, 1, figure, None, False, 1, False)
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
            )
            return not (quoted_figure or _MEASURED.search(inner))
    info = units.lookup(f.unit)
    if info is None or info.family not in ("time", "length"):
        return False  # 建成14个高品质生活服务圈: a count of circles is a count
    tail = _CLAUSE_END.split(text[f.end : f.end + 10], maxsplit=1)[0]
    return "圈" in tail  # 15分钟生活圈, 1公里充电服务圈: a radius that names a programme


#: Words that make a quotation a quoted figure rather than a name.
_MEASURED = re.compile(r"增长|下降|提高|降低|左右|以上|以内|以下|达到|冲击")


def _clause(text: str, f: Found) -> tuple[str, str]:
    # The words of the figure's clause before and after it (to a comma or a stop).
    head = _CLAUSE_END.split(text[: f.start])[-1]
    tail = _CLAUSE_END.split(text[f.end :], maxsplit=1)[0]
    return head, tail


def _trap(text: str, f: Found) -> str | None:
    """Why a number is not a figure, from the first row of TRAPS that applies."""
    before, after = text[: f.start], text[f.end :]
    info = units.lookup(f.unit)
    head, tail = _clause(text, f)
    for reason, test in TRAPS:
        if test(before, after, head, tail, f, info):
            return reason
    return None


def _years_unit(f: Found, head: str) -> bool:
    # 年 is a unit only for lengths of time (受教育年限达到11.2年), never for a year (2025年).
    if f.unit != "年":
        return False
    return not (f.value < 100 and ("." in f.figure or any(w in head for w in _YEARS_OF)))


_YEARS_OF = ("年限", "年数", "寿命", "工龄", "学制", "服务期")
_MEETING = re.compile(r"^(?:全体|代表|常委|常务|主任|主席团)?(?:会议|全会|大会|党代会|会)")
_AGENDA: tuple[str, ...] = (
    "民生实事",
    "实事",
    "工作",
    "部分",
    "方面",
    "举措",
    "大事",
    "要事",
    "主要指标",
    "指标",
)
_AGENDA += ("篇章", "条措施", "措施", "领域", "重点方向", "重点行业", "重点领域")
#: 6个新兴支柱产业, 8个现代服务业: a count of the kinds of industry a plan names.
_KINDS_OF_INDUSTRY = re.compile(
    r"^[\u4e00-\u9fff]{0,6}?(?:产业|服务业|行业)(?=$|[，,。；;、]|拔节|高端化|做大|做强|提质)"
)
#: 教育惠民领域2个, 政策57条: a count given for a category or a set of policies.
_CATEGORY_BEFORE = ("领域", "方面", "大类", "板块", "政策", "举措", "措施", "意见")
_RANKING_BEFORE = ("居", "位居", "位列", "位于", "列", "排名", "在全国", "全国")
_RANKING = ("首位", "第一", "前列", "之首", "前茅", "排名", "排位", "位次", "榜")
_PLACES = ("城市", "省份", "省区市", "国家", "地区", "经济体", "副省级", "中心城市", "省会")
_AGE_CLASS = re.compile(
    r"^(?:及以上|及以下|以上|以下|(?:的)?(?:儿童|婴幼儿|幼儿|老人|老年人|青少年))"
)
_SIZED_PLACE = re.compile(r"^(?:及?以上|以下)?的(?:镇|村|县|乡|城市|地区|企业|项目|园区|家庭|户)")
_COUNTERS = ("个", "项", "件", "条", "大", "位", "支", "类")
_NAMED = ("规定", "市场", "资源", "改革", "行动", "服务", "清单", "禁止")
_NAMING_TIME = re.compile(r"^(?:[“\"「]|过境|免签|通勤|交通圈|经济圈|生活圈|服务圈|直达|航空|货运)")
_GUESS = re.compile(r"大概|可能|估计|预测|或将|有望")
_AFTER_WORDS = ("以上", "以下", "以内", "左右", "上下", "及以上")


def _is_agenda(tail: str, f: Found, info: units.UnitInfo | None) -> bool:
    # 办好十件民生实事, 重点做好11项工作, 11项主要经济指标: how many items a text lists.
    if info is None or f.unit not in ("个", "件", "项", "大", "条", "方面"):
        return False
    rest = tail.lstrip("的")
    if "实事" in rest and f.value <= 60:
        return True
    if f.value <= 20 and _KINDS_OF_INDUSTRY.match(rest):
        return True
    return any(w in rest[:6] and not re.search(r"\d", rest[: rest.find(w)]) for w in _AGENDA) and (
        f.value <= 60
    )


def _is_ranking(head: str, tail: str, f: Found) -> bool:
    # 居9个国家中心城市首位, 全国168个重点城市: a count of peers, not of anything built.
    if f.unit not in ("个", "家"):
        return False
    peers = any(w in tail[:8] for w in _PLACES)
    return peers and (
        any(head.endswith(w) for w in _RANKING_BEFORE) or any(w in tail for w in _RANKING)
    )


#: Words that name a press event or its questions (记者会, 答记者问, 采访); not 发布会 alone,
#: which a plan holds for products (举办不少于30场新品发布会).
_PRESS = ("记者", "新闻发布会", "采访", "通气会")


def _is_press_event(head: str, tail: str, f: Found) -> bool:
    # A small count of people or sessions in a clause that names the press event itself.
    if f.unit not in ("位", "名", "场", "场次") or f.value > 60:
        return False
    return any(w in head + tail for w in _PRESS)


_Test = Callable[[str, str, str, str, Found, "units.UnitInfo | None"], bool]
#: (reason, test(before, after, clause head, clause tail, found, unit)): the first that holds.
#: Names (a figure inside a short quotation, or a radius naming a programme: 15分钟生活圈)
#: and idioms (千家万户) are tested around these, on the whole sentence.
TRAPS: tuple[tuple[str, _Test], ...] = (
    ("date", lambda b, a, h, t, f, u: _years_unit(f, h) or a.startswith(("月", "日"))),
    ("ordinal", lambda b, a, h, t, f, u: b.endswith("第")),
    # 大概在1.7%-1.8%, 可能会有0.7%的价格因素: a guess at what will happen, not a goal.
    ("forecast", lambda b, a, h, t, f, u: bool(_GUESS.search(h))),
    # 每千人口托位数, 每万人: the denominator of a rate, not a count.
    ("per", lambda b, a, h, t, f, u: b.endswith("每")),
    # 一件一件抓落实, 一天一天: a repeated word, not a count.
    ("idiom", lambda b, a, h, t, f, u: a.startswith(f.figure) or b.endswith(f.figure)),
    # 中央八项规定, 两个市场, 十四个“强市”: a Chinese-numeral count that names a programme.
    ("name", lambda b, a, h, t, f, u: f.chinese and f.unit in _COUNTERS
     and (a.startswith(("“", "\"", "「")) or a.startswith(_NAMED))),
    # 144小时过境免签, 11小时“亚欧空中货运走廊”: a duration that names a programme.
    ("name", lambda b, a, h, t, f, u: u is not None and u.family == "time"
     and bool(_NAMING_TIME.match(a))),
    # 五期, 三类: a Chinese-numeral phase or class.
    ("name", lambda b, a, h, t, f, u: f.chinese and f.unit in ("期", "类", "门", "支")),
    ("meeting", lambda b, a, h, t, f, u: f.unit == "次" and bool(_MEETING.match(a))),
    ("article", lambda b, a, h, t, f, u: f.chinese and u is not None and f.value == 1
     and u.factor == 1 and not h.endswith("至少")),
    ("agenda", lambda b, a, h, t, f, u: f.unit in ("个", "项", "条", "类") and f.value <= 60
     and h.endswith(_CATEGORY_BEFORE)),
    ("agenda", lambda b, a, h, t, f, u: _is_agenda(t, f, u) or (
        f.chinese and u is not None and u.family in units.COUNT_FAMILIES
        and a.startswith(_STRUCTURE))),
    ("ranking", lambda b, a, h, t, f, u: _is_ranking(h, t, f)),
    # 邀请到五位嘉宾出席记者会, 3场“部长通道”集体采访活动: the press event's own guests and
    # sessions, which a page reporting it counts; no plan sets them.
    ("count", lambda b, a, h, t, f, u: _is_press_event(h, t, f)),
    # 60岁以上老人, 0—6岁儿童: an age class.
    ("threshold", lambda b, a, h, t, f, u: u is not None and u.family == "years"
     and f.unit != "年" and bool(_AGE_CLASS.match(a))),
    # 20万吨级航道, 两位数增长: a size class.
    ("threshold", lambda b, a, h, t, f, u: a.startswith(("级", "数"))),
    # 超5万人的镇, 10万元以下的村: the size that picks out places.
    ("threshold", lambda b, a, h, t, f, u: bool(_SIZED_PLACE.match(a))),
    # 千亩高产示范片1000个: a round Chinese hundred/thousand that names a class of things.
    ("threshold", lambda b, a, h, t, f, u: f.figure[:1] in "百千万" and len(f.figure) <= 3
     and u is not None and u.family != "scale"
     and bool(re.match(r"[\u4e00-\u9fff]", a)) and not a.startswith(_AFTER_WORDS)),
)  # fmt: skip


def _not_a_figure(text: str, f: Found) -> str | None:
    if _inside_name(text, f):
        return "name"
    reason = _trap(text, f)
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
    clause_end = _CLAUSE_END.search(after)
    limit = f.end + (clause_end.start() if clause_end else len(after))
    return any(g.start < limit for g in later)


def find_figures(text: str) -> list[Found]:
    """Every number with a unit in a sentence, in order; those that are not figures carry
    the ``reason`` (ordinal, name, meeting, agenda, ranking, threshold …)."""
    found = [
        f for m in FIGURE.finditer(text) if (f := _read(m)) is not None and not _glued(text, f)
    ]
    marked: list[Found] = []
    for i, f in enumerate(found):
        reason = _not_a_figure(text, f)
        if reason is None and _is_threshold(text, f, found[i + 1 :]):
            reason = "threshold"
        if reason == "date" and f.unit == "年":
            continue  # a year is not even a number to review
        marked.append(_with(f, reason=reason) if reason else f)
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
            marked[i + 1] = _with(nxt, multiplicity=f.value, count_at=f.start)
            out.append(_with(f, reason="count"))
            continue
        out.append(f)
    return out


#: A unit that is the first character of a longer word (三部门, 零部件, 一部分): no figure.
_GLUED = {"部": "门署分委长队件位", "间": "隔距断接", "次": "序要生供元", "台": "阶"}
_GLUED |= {"位": "数一", "门": "峡户类槛", "头": "部", "只": "是有要", "期": "间待望盼"}


def _glued(text: str, f: Found) -> bool:
    nxt = text[f.end : f.end + 1]
    return (bool(nxt) and nxt in _GLUED.get(f.unit, "")) or (f.chinese and f.value == 0)


def _with(f: Found, **changes: object) -> Found:
    from dataclasses import replace

    return replace(f, **changes)  # type: ignore[arg-type]


def split_figure(figure: str) -> tuple[float, str] | None:
    """A printed figure's value and unit (``"1,200个"`` → ``(1200, "个")``), or None.

    A range gives its lower bound; a scale word (万亿级) has the implied value 1.
    """
    match = FIGURE.fullmatch(figure)
    if match is None:
        return None
    found = _read(match)
    return None if found is None else (found.value, found.unit)
