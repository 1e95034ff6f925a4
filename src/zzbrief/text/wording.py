"""Reading a figure's wording: its clause, comparator, direction, aspiration and metric.

Every rule looks only at the figure's own clause (the text between , ， ; ； 。 and the
like); an enumeration comma 、 bounds the clause only when the item before it has a figure
of its own (``供水管网85公里、燃气管网102公里``), since otherwise it lists the things measured
(``重点实验室、企业技术中心等…100家``).
"""

from __future__ import annotations

import re

#: Words right after a figure, and the comparator they give.
AFTER: tuple[tuple[str, str], ...] = (
    ("以上", "≥"),
    ("及以上", "≥"),
    ("以下", "≤"),
    ("以内", "≤"),
    ("左右", "≈"),
    ("上下", "≈"),
)
#: Words right before a figure, and the comparator they give (longest first when matching).
BEFORE: tuple[tuple[str, str], ...] = (
    ("不低于", "≥"),
    ("不少于", "≥"),
    ("不小于", "≥"),
    ("至少", "≥"),
    ("不超过", "≤"),
    ("不高于", "≤"),
    ("不多于", "≤"),
    ("最多", "≤"),
    # 控制在5%: held within it, a ceiling, unless a word after says otherwise (控制在3%左右).
    ("控制在", "≤"),
    ("控制到", "≤"),
    ("低于", "<"),
    ("少于", "<"),
    ("突破", ">"),
    ("超过", ">"),
    ("超出", ">"),
    ("高于", ">"),
    ("多于", ">"),
    ("大于", ">"),
    ("超", ">"),
    ("逾", ">"),
    ("大约", "≈"),
    ("接近", "≈"),
    ("约", "≈"),
    ("近", "≈"),
)
#: Bounds that govern a figure given as a share of something (不超过…封顶线的20%).
_BOUNDS_OF = (("不低于", "≥"), ("不少于", "≥"), ("不超过", "≤"), ("不高于", "≤"))
#: Adverbs that bound the figure from anywhere before it in its clause (至少新建10个).
ANYWHERE_BEFORE = (("至少", "≥"), ("最多", "≤"))
_BEFORE_SORTED = sorted(BEFORE, key=lambda pair: len(pair[0]), reverse=True)
#: 约/近 end other words too (节约, 签约, 最近): those are not "about".
_NOT_APPROX = ("节约", "制约", "签约", "合约", "预约", "特约", "集约", "履约", "最近", "附近")
UP = ("增长", "提高", "提升", "增加", "扩大", "上升", "翻番", "增至", "增速")
DOWN = ("下降", "降低", "减少", "压减", "缩减", "缩小", "削减", "压降", "降至", "下调")
ASPIRATION = ("力争", "争取", "努力")
_BOUNDARY = set(",，;；。!?！？:：…")
_LEADS: tuple[str, ...] = (
    "力争",
    "争取",
    "努力",
    "确保",
    "全年",
    "今年",
    "明年",
    "全市",
    "推动",
    "带动",
)
_LEADS += ("实现", "抓好", "加快推进", "加快", "推进", "瞄准", "打造", "建成", "紧盯", "预计")
_LEADS += ("累计", "其中", "计划", "将", "并", "和", "及", "再", "使", "让", "完成了", "实现了")
_TAILS: tuple[str, ...] = (*(w for w, _ in _BEFORE_SORTED), "达到", "达", "到", "至", "为")
_TAILS += ("在",)
_TAILS += ("控制在", "保持在", "稳定在")
_RANGE = re.compile(r"\d\s*[^\d\s.,．]*\s*(?:——|[-–—~～至到])|^百分之\S*?[至到—-]百分之")
_MORE_THAN = re.compile(r"[0-9０-９零〇一二两三四五六七八九十百千]\s*[余多]")
MAX_METRIC = 24
#: Verbs that say how hard, not what: alone before a figure, the metric follows the figure.
SCOPE_VERBS = frozenset(
    [
        "深化",
        "实施",
        "启动",
        "推进",
        "全面推进",
        "统筹推进",
        "发展壮大",
        "深化打造",
        "全面完成",
        "新实施",
        "依法推动",
        "支持",
        "落实",
        "加快",
        "加强",
        "持续",
        "着力",
        "大力",
        "积极",
        "谋划",
        "储备",
        "扎实推进",
        "加力",
        "做强",
        "壮大",
        "提升",
        "深入推进",
    ]
)
#: Verbs that, with the noun after the figure, name what is counted (建设 …座 → 建设充电场站).
MAKING_VERBS = frozenset(
    [
        "新增",
        "新建",
        "建设",
        "建成",
        "完成",
        "举办",
        "开展",
        "培育",
        "打造",
        "引进",
        "招引",
        "改造",
        "整合提升",
        "迭代升级",
        "配租",
        "开工",
        "新开工",
        "组建",
        "开设",
        "开发",
        "创建",
        "认定",
        "安装",
        "免费开放",
        "新改建",
        "治理",
    ]
)
_DIGIT = re.compile(r"[0-9０-９]")
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_LEAD_RE = re.compile("|".join(map(re.escape, _LEADS)))
DIRECTION_REACH = 4
_TAILS_SORTED = sorted(_TAILS, key=len, reverse=True)
_NOUN_END = re.compile(r"在|得到|达到|实现|完成|[,，;；。]")
_SPACE = re.compile(r"\s+")


def comparator(before: str, figure: str, after: str) -> str:
    """The comparator a figure's wording implies, from the words touching it.

    A scale word (万亿级) or a range (5%—6%, read as its lower bound) gives ``≥``; 余/多
    inside the figure (100余家) gives ``>``; then the words after it (以上 ≥, 以内/以下 ≤,
    左右 ≈) and the words before it (突破/超过/超/逾 >, 不低于/不少于/至少 ≥, 不超过 ≤,
    约/近 ≈). Otherwise ``=``. Words that qualify a level (省级以上 in 省级以上创新平台100家)
    do not touch the figure and do not count.
    """
    after = after.lstrip()
    before = before.rstrip()
    if figure.endswith("级") or _RANGE.search(figure):
        return "≥"
    if _MORE_THAN.search(figure):
        return ">"
    for word, comp in AFTER:
        if after.startswith(word):
            return comp
    for word, comp in ANYWHERE_BEFORE:
        if word in before:
            return comp
    if before.endswith("的"):
        # 不低于当地最低生活保障标准的1.6倍: the bound governs the share or multiple it names
        for word, comp in _BOUNDS_OF:
            if word in before:
                return comp
    for word, comp in _BEFORE_SORTED:
        if before.endswith(word):
            if comp == "≈" and before.endswith(_NOT_APPROX):
                return "="
            return comp
    return "="


def direction(before: str) -> str:
    """``up`` or ``down`` from a growth word governing the figure, else ``level``.

    The word must end the clause just before the figure (增长7%, 提高到20%) or open it as
    a verb with its object (压减煤炭消费50万吨); 提升 in an earlier item of a list does not
    make the list's count a rise.
    """
    near = _strip_tails(before.rstrip())[-DIRECTION_REACH:]
    opening = strip_leads(_SPACE.sub("", before))
    for words, name in ((UP, "up"), (DOWN, "down")):
        if any(w in near for w in words) or opening.startswith(words):
            return name
    return "level"


def clause_bounds(
    text: str,
    start: int,
    end: int,
    figures: list[tuple[int, int]],
    inside: set[int] | None = None,
) -> tuple[int, int]:
    """The clause around ``text[start:end]``: the quote that will carry the figure.

    ``inside`` (the offsets covered by ``figures``) may be given when it is known."""
    if inside is None:
        inside = {i for a, b in figures for i in range(a, b)}
    left = start
    while left > 0:
        ch = text[left - 1]
        if ch in _BOUNDARY and left - 1 not in inside:
            break
        if ch == "、" and any(
            a < left - 1 and _after_boundary(text, a, left - 1) for a, _ in figures
        ):
            break
        left -= 1
    right = end
    while right < len(text) and not (
        (text[right] in _BOUNDARY or text[right] == "、") and right not in inside
    ):
        right += 1
    return left, right


def _after_boundary(text: str, at: int, comma: int) -> bool:
    # True when the figure at `at` sits in the item that ends at the 、 at `comma`.
    return not any(ch in _BOUNDARY or ch == "、" for ch in text[at:comma])


def strip_leads(phrase: str) -> str:
    """The phrase without leading verbs of effort or scope (力争, 全年, 加快推进 …)."""
    while (lead := _LEAD_RE.match(phrase)) and lead.end() < len(phrase):
        phrase = phrase[lead.end() :]
    return phrase


def _strip_tails(phrase: str) -> str:
    for word in _TAILS_SORTED:
        if phrase.endswith(word):
            return phrase[: -len(word)]
    return phrase


def after_noun(after: str) -> str:
    """The noun phrase after a figure (产业项目建设 in 1000个产业项目建设), short."""
    for word, _ in AFTER:
        if after.startswith(word):
            after = after[len(word) :]
            break
    return _NOUN_END.split(after.removeprefix("的"), maxsplit=1)[0][:16]


def metric(before: str, after: str) -> str:
    """The shortest phrase naming what a figure measures, from its clause.

    The words before the figure, without leading verbs of effort (力争, 加快推进 …) and
    trailing comparator words (突破, 达到 …); what follows 等 (examples come before it);
    and when that leaves nothing, or ends in 的, the noun phrase after the figure.
    """
    phrase = _strip_tails(strip_leads(_SPACE.sub("", before)))
    if "等" in phrase:
        phrase = phrase.rsplit("等", 1)[1]
    if phrase in _LEADS or phrase in SCOPE_VERBS or _DIGIT.search(phrase):
        # a bare verb of effort (深化, 实施 …) or another figure's words: the thing measured
        # is named after the figure (深化24个重点片区规划 → 重点片区规划)
        phrase = ""
    if not phrase or phrase.endswith("的") or phrase in MAKING_VERBS:
        # 建设充电场站240座 keeps its verb: 新增就业 and 建设 name what is counted
        phrase += after_noun(_SPACE.sub("", after))
    phrase = phrase.strip('、，,。；;：: “”"')
    return phrase[-MAX_METRIC:] if _WORD.search(phrase) else "TODO"
