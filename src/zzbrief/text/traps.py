"""The numbers that are not figures: each trap a wording class, with its reason.

``trap(text, found)`` returns the reason of the first row of ``TRAPS`` that holds for a
number found in a sentence (``scan.find_figures`` asks it of each), or None. Every row is a
class of wording that holds in any Chinese government text, never one text's words:
ordinals, meeting numbers, agenda counts, names, rankings, size classes, forecasts and
figures derived from two others.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zzbrief.text import units
from zzbrief.text.found import Found

#: A figure's clause ends at these (the 、 of a list too, for the traps' narrow view).
CLAUSE_END = re.compile(r"[,，;；。!?！？:：、]")
#: A Chinese-numeral count of a structure (五个方面, 三个原则): not a count of things.
STRUCTURE: tuple[str, ...] = (
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
STRUCTURE += ("战略", "作用", "优势", "意识", "确立", "维护", "坚持", "统筹", "任务", "步")


def _clause(text: str, f: Found) -> tuple[str, str]:
    # The words of the figure's clause before and after it (to a comma or a stop).
    head = CLAUSE_END.split(text[: f.start])[-1]
    tail = CLAUSE_END.split(text[f.end :], maxsplit=1)[0]
    return head, tail


def trap(text: str, f: Found) -> str | None:
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
#: A city's yearly list of projects for the people, like 民生实事 (纳入20项民心工程).
_AGENDA += ("民心工程", "民生工程")
#: Where the counted phrase ends: at a conjunction before the next count (30项…事项和18项…
#: 实事); 12件33项民生实事 is one count of items and sub-items.
_NEXT_COUNT = re.compile(
    r"[和与及、][^，,。；;]*?(?:[0-9０-９]|[一二两三四五六七八九十]+[项件个条])"
)
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
#: Words of a guess at what will happen (大概, 可能, 会在 … 区间运行, 就会有); 会 only as
#: "will", never the 会 of a meeting or a body (展会达到90个, 大会, 协会, 社会).
_GUESS = re.compile(
    r"大概|可能|估计|预测|或将|有望"
    r"|(?<![展博运易峰委理协商学工晚年盛赛庙都机社大议])会在|(?:将|就|还|才|也)会(?:有|达到)"
)
#: 比全省的7.5%高出…, 与预期目标相差…, 比“十一五”规划的目标低…: the gap between two stated
#: figures (or a figure and its target) is worked out from them, not set as a goal of its own
#: (高于全国1个百分点 is).
_DERIVED = re.compile(
    r"(?:比|与|较|同)[^，,。；;]*?(?:[0-9０-９][0-9０-９.．]*\s*[%％]|目标)"
    r"[^，,。；;0-9０-９]{0,6}?(?:高出|低出|多出|相差|差距为?|差|高|低)$"
)
#: The briefing itself (邀请到五位嘉宾出席记者会, 组织的3场“部长通道”集体采访活动): its
#: speakers and sessions are counted to describe the event, not set as goals (举办发布会
#: 100场 in a plan is one).
_THE_BRIEFING = re.compile(
    r"出席记者会|出席发布会|集体采访|记者提问|答记者问|嘉宾|部长通道|局长通道|代表通道|委员通道"
)
#: 着重做到5个“坚定不移”：一是…: a count whose items are listed right after a colon.
_LISTED_NEXT = re.compile(
    r"^[^，,。；;：:]{0,16}[：:]\s*(?:一是|其一|第一|首先|[（(]?[一1][）)、.．])"
)
#: 50个项目中，10个…: the count of a set that the next figures pick from.
_AMONG = re.compile(r"^[\u4e00-\u9fff]{0,4}(?<![高初集城空心])(?:中|之中)$")
_AFTER_WORDS = ("以上", "以下", "以内", "左右", "上下", "及以上")


def _is_agenda(tail: str, f: Found, info: units.UnitInfo | None) -> bool:
    # 办好十件民生实事, 重点做好11项工作, 11项主要经济指标: how many items a text lists.
    if info is None or f.unit not in ("个", "件", "项", "大", "条", "方面"):
        return False
    rest = _NEXT_COUNT.split(tail.lstrip("的"), maxsplit=1)[0]
    if "实事" in rest and f.value <= 60:
        return True
    if f.value <= 20 and _KINDS_OF_INDUSTRY.match(rest):
        return True
    # the agenda word heads the counted phrase: not 9个区的部分人口 (a part of each district)
    return f.value <= 60 and any(
        w in rest[:6] and "的" not in rest[: rest.find(w)] for w in _AGENDA
    )


def _round_hundreds(f: Found, after: str) -> bool:
    # 百部, 千亩 (no digit before): a round Chinese hundred or thousand before a noun, not
    # before 以上/左右.
    return (
        f.figure[:1] in "百千"
        and len(f.figure) <= 3
        and bool(re.match(r"[\u4e00-\u9fff]", after))
        and not after.startswith(_AFTER_WORDS)
    )


_PROGRAMME = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:计划|工程|行动|人才)")
_RATE = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:数|拥有|率)")


def _is_ranking(head: str, tail: str, f: Found) -> bool:
    # 居9个国家中心城市首位, 全国168个重点城市: a count of peers, not of anything built.
    if f.unit not in ("个", "家"):
        return False
    peers = any(w in tail[:8] for w in _PLACES)
    return peers and (
        any(head.endswith(w) for w in _RANKING_BEFORE) or any(w in tail for w in _RANKING)
    )


_Test = Callable[[str, str, str, str, Found, "units.UnitInfo | None"], bool]
#: (reason, test(before, after, clause head, clause tail, found, unit)): the first that holds.
#: Names (a figure inside a short quotation, or a radius naming a programme: 15分钟生活圈)
#: and idioms (千家万户) are tested around these, on the whole sentence.
TRAPS: tuple[tuple[str, _Test], ...] = (
    ("date", lambda b, a, h, t, f, u: _years_unit(f, h) or a.startswith(("月", "日"))),
    ("ordinal", lambda b, a, h, t, f, u: b.endswith("第")),
    # 大概在1.7%-1.8%, 可能会有0.7%的价格因素: a guess at what will happen, not a goal.
    ("forecast", lambda b, a, h, t, f, u: bool(_GUESS.search(h))),
    # 8%的增速比全省的7.5%高出0.5个百分点: a gap worked out from two stated figures.
    ("derived", lambda b, a, h, t, f, u: bool(_DERIVED.search(h))),
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
    # 两省一市, 三县: Chinese-numeral places name a region (川渝两省市), not a goal.
    ("name", lambda b, a, h, t, f, u: f.chinese and u is not None and u.family == "places"),
    # 五期, 三类: a Chinese-numeral phase or class.
    ("name", lambda b, a, h, t, f, u: f.chinese and f.unit in ("期", "类", "门", "支")),
    ("meeting", lambda b, a, h, t, f, u: f.unit == "次" and bool(_MEETING.match(a))),
    # 每个区至少建成一座: 至少 anywhere before makes 一 a count.
    ("article", lambda b, a, h, t, f, u: f.chinese and u is not None and f.value == 1
     and u.factor == 1 and "至少" not in h),
    ("agenda", lambda b, a, h, t, f, u: f.unit in ("个", "项", "条", "类") and f.value <= 60
     and h.endswith(_CATEGORY_BEFORE)),
    ("agenda", lambda b, a, h, t, f, u: _is_agenda(t, f, u) or (
        f.chinese and u is not None and u.family in units.COUNT_FAMILIES
        and a.startswith(STRUCTURE))),
    # 着重做到5个“坚定不移”：一是…, and 50个项目中，…: a list's size, not a goal.
    ("agenda", lambda b, a, h, t, f, u: u is not None and u.family in units.COUNT_FAMILIES
     and (bool(_LISTED_NEXT.match(a)) or bool(_AMONG.match(t)))),
    ("ranking", lambda b, a, h, t, f, u: _is_ranking(h, t, f)),
    # “党建领航工程、立德树人工程、…”九项工程: the count of a quoted list just before it.
    ("agenda", lambda b, a, h, t, f, u: f.unit in _COUNTERS and b.endswith(("”", "」"))
     and "、" in b[max(b.rfind("“"), b.rfind("「"), 0) :]),
    ("count", lambda b, a, h, t, f, u: f.unit in ("位", "名", "场", "次", "个")
     and bool(_THE_BRIEFING.search(h + f.figure + t))),
    # 60岁以上老人, 0—6岁儿童: an age class.
    ("threshold", lambda b, a, h, t, f, u: u is not None and u.family == "years"
     and f.unit != "年" and bool(_AGE_CLASS.match(a))),
    # 20万吨级航道, 两位数增长: a size class.
    ("threshold", lambda b, a, h, t, f, u: a.startswith(("级", "数"))),
    # 超5万人的镇, 10万元以下的村: the size that picks out places.
    ("threshold", lambda b, a, h, t, f, u: bool(_SIZED_PLACE.match(a))),
    # 千亩高产示范片1000个: a round Chinese hundred/thousand of a measure that names a class
    # of things; of things counted one by one it is a count (创作百部文艺精品), unless it
    # names a programme (千人计划).
    ("name", lambda b, a, h, t, f, u: _round_hundreds(f, a) and u is not None
     and u.family in units.COUNT_FAMILIES and bool(_PROGRAMME.match(a))),
    # 千人总体学位数, 千名老人拥有养老床位: the denominator of a rate, like 每千人.
    ("per", lambda b, a, h, t, f, u: _round_hundreds(f, a) and u is not None
     and u.family == "people" and bool(_RATE.match(a))),
    ("threshold", lambda b, a, h, t, f, u: _round_hundreds(f, a) and u is not None
     and u.family not in ("scale", *units.COUNT_FAMILIES)),
)  # fmt: skip
