"""Target or reported: is a figure a goal for the coming period, or a past result?

A plan mixes both: a review (过去一年…增长7.4%) and the year's goals (力争增长7%).
A figure is ``reported`` when its clause says so (完成了, 同比增长, 初步核算 …); a clause
that says it is a goal (力争, 目标, 计划 …) is a ``target`` whatever its sentence says;
otherwise the words before it in its sentence, a year before the plan's year, or a
paragraph or section that reviews the past (过去一年,… / 一、2023年工作回顾) make it
``reported``. Everything else is a ``target``.
"""

from __future__ import annotations

import re

from zzbrief.draft import scope
from zzbrief.draft.scope import FIVE_YEAR

PAST: tuple[str, ...] = (
    "过去一年",
    "过去五年",
    "过去",
    "去年",
    "上年",
    "上一年",
    "初步核算",
    "预计完成",
)
PAST += ("完成了", "实现了", "达到了", "增长了", "提高了", "下降了", "突破了", "新增了")
PAST += ("建成了", "已经", "已完成", "已建成", "已实现", "已达到", "累计完成", "累计建成")
PAST += ("同比", "比上年", "较上年", "较去年", "比去年", "回顾", "以来", "近年来", "预计", "已")
PAST += ("年初确定", "现有", "上半年", "前三季度", "一季度", "占年计划", "占全年", "占计划")
PAST += (
    "占预算",
    "年计划的",
    "提前完成",
    "完成全年计划",
    "完成年度计划",
    "完成全年目标",
    "完成全年预算",
)
#: Comparisons with last year: past in a review or a text without parts, but in a plan part
#: they compare this year's goal with last year (比上年增加1800亿元 is a planned increase).
COMPARED = ("同比", "比上年", "较上年", "较去年", "比去年")
#: Running totals a plan sets as goals (累计建成4000张床位) as well as reports.
RUNNING = ("累计完成", "累计建成")
#: 从每人每月202元提高到210元: the figure after 从 is today's level, the one after 到 the goal.
_FROM = re.compile(r"从[^，,。；;到至]{0,12}$")
FUTURE = ("力争", "争取", "努力", "预期", "目标", "计划", "确保", "要实现", "要达到")
#: Words that open the year ahead: after them, a sentence or a run of paragraphs speaks of
#: goals, even inside a text that began by reviewing the past.
AHEAD = ("今年", "明年", "新的一年", "今后", "下一步", "主要目标", "预期目标", "目标任务")
REVIEW_HEADINGS = ("回顾", "过去", "总结", "成就", "成绩")
_YEAR = re.compile(r"((?:19[5-9]|20[0-9])[0-9])年")  # 1950s to 2090s


def looks_ahead(text: str, year: int | None) -> bool:
    """True when ``text`` speaks of the year ahead: 今年, 主要目标, or the plan's own year."""
    if any(word in text for word in AHEAD):
        return True
    return year is not None and any(int(y) >= year for y in _YEAR.findall(text))


#: 已谋划的3800个项目: a 已 phrase ending in 的 names the things, it does not report them.
_PAST_RE = re.compile("|".join(map(re.escape, sorted(PAST, key=len, reverse=True))))
#: 了 after a verb says it happened (形成了, 享受到了); not in 为了, 除了, 了解 …, nor after a
#: verb that states or sets a goal (明确了今年…目标为4.5%—5%: the goal is stated now).
_PERFECTIVE = re.compile(r"(?<![为除不])(?<!明确|提出|确定|设定|定下|部署|强调|安排)了(?![解不如])")
_BASE_YEAR = re.compile(r"(?:比|较|相比|较之)(?:19[5-9]|20[0-9])[0-9]年")
_LAST_YEARS = re.compile(r"(?:比|较)(?:上年|去年|上一年)(?:同期)?的")
_ALREADY_OF = re.compile(r"已[^，,。；;、]{1,6}的")
#: 十年来, 3年来: over the last N years (一年来 and 五年来 are paragraph openers too).
_YEARS_SINCE = re.compile(r"(?:[0-9０-９]+|[一二两三四五六七八九十]+)年来")
#: 截至目前, 截至6月底, 目前，…: a progress report of where things stand, whatever part it is
#: in (截至年底 and 截至2025年底 set a deadline instead; an earlier year is the past anyway).
_AS_OF = re.compile(
    r"(?:截至|截止|截止到)(?:目前|当前|[0-9０-９一二三四五六七八九十]{1,3}月)|^目前"
)
_AS_OF_YEAR = re.compile(r"(?:截至|截止|截止到)((?:19[5-9]|20[0-9])[0-9])年")


def _as_of(words: str, year: int | None) -> bool:
    # 截至6月底, 目前; or 截至2023年底 in a 2024 plan (截至2025年底 there is a deadline)
    if "截" not in words and not words.startswith("目前"):
        return False
    if _AS_OF.search(words):
        return True
    return year is not None and any(int(y) < year for y in _AS_OF_YEAR.findall(words))


#: 项目工程进展顺利: a state of progress, not a goal.
_PROGRESS = ("进展顺利", "进展良好", "正常推进", "有序推进中", "正在推进")


#: 比“十三五”末提高…: a five-year plan as the base of a comparison, not the past.
_BASE_PERIOD = re.compile(r"(?:比|较|相比)“?十[一二三四五六]五”?(?:末|期末|时期)?")


def is_past(text: str, year: int | None, ignore: tuple[str, ...] = ()) -> bool:
    """True when ``text`` has a word of the past (but those in ``ignore``), or names a year
    or a five-year plan before the plan's."""
    if _LAST_YEARS.search(text):
        return True  # 较去年的“5%左右”: the figure is last year's own, not a comparison
    text = _BASE_YEAR.sub("", text)  # 比2020年翻一番: a base year, not the past
    if "五" in text:
        text = _BASE_PERIOD.sub("", text)  # 比“十三五”末提高: a base period
        # “十一五”期间,…年均增长11%以上 in a 2011 report: a five-year plan that has ended
        if year is not None and any(n in text and end < year for n, end in FIVE_YEAR.items()):
            return True
    if "已" in text:
        text = _ALREADY_OF.sub("", text)
    for word in ignore:
        text = text.replace(word, "")
    if _PAST_RE.search(text) or _PERFECTIVE.search(text):
        return True
    if "年来" in text and _YEARS_SINCE.search(text):
        return True
    return year is not None and any(int(y) < year for y in _YEAR.findall(text))


def role(
    clause: str,
    before: str,
    part: str,
    year: int | None,
    lead: str = "",
    after: str = "",
    follows_target: bool = False,
) -> str:
    """``reported`` or ``target`` for a figure with this clause, the sentence text before it,
    in a part of this kind (review, plan, other, past; see ``periods.py``); ``lead`` and
    ``after`` are the clause's words before and after the figure; ``follows_target`` says
    that the figure before it in its sentence is a target.

    | wording | role | why |
    | --- | --- | --- |
    | the clause names the plan period and a goal (今年…预期目标为) | target | it says so |
    | the past in the clause (完成了, 同比, 已, 预计, 十年来, earlier years) | reported | |
    | (in a plan part, or after 今年, 同比/比上年 and 累计完成 are not the past) | | |
    | (比上年增加 right after a target: how much the goal rises) | | |
    | 从X提高到Y, 从X、Y提高到Z: X and Y | reported | today's level |
    | a review part | reported | a review reports, even 力争 restated from last year |
    | 截至目前, 截至6月底, 进展顺利 (no goal word) | reported | a progress report |
    | a goal word in the clause (力争, 目标, 确保) | target | it says so |
    | a paragraph that opens looking back (2024年，…) | reported, unless a later time word | |
    | (…在2021年要“向40万辆发起冲击”: the plan year named last, then the figure) | target | |
    | the sentence's last time word before it is past (2020年，…, 去年) | reported | |
    | a plan part | target | plans set goals |
    | the sentence's last time word before it looks ahead (今年, 2025年) | target | |
    | the sentence before it has a word of the past (已经, 完成了) | reported | |
    | otherwise | target | |
    """
    when = scope.sentence_period(before + lead, year)
    rises = follows_target and bool(_RISES_BY.search(lead))
    # 比上年增加 compares a goal with last year in a plan, after 今年, or in a sentence that
    # sets a goal and names no past (支出规模将首次达到30万亿元，比上年增加约1.27万亿元).
    planning = part == "plan" or when == "ahead" or (when is None and scope.sets_goal(before))
    ignore = COMPARED + RUNNING if planning else COMPARED if rises else ()
    if part != "review" and scope.period(lead, year) == "ahead" and _states_goal(clause):
        return "target"  # 明确了今年…预期增长目标为4.5%—5%: the goal, whatever verb reports it
    if is_past(clause, year, ignore) or (_FROM.search(lead) and _TO.match(after)):
        return "reported"
    if part == "review":
        return "reported"
    goal = any(word in clause for word in FUTURE)
    if not goal and (_as_of(before + lead, year) or any(w in clause for w in _PROGRESS)):
        return "reported"
    if goal:
        return "target"
    if part == "past":
        return "target" if _ahead_again(before + lead, year) else "reported"
    if when == "past":
        return "reported"
    if part == "plan" or when == "ahead":
        return "target"  # a plan part sets goals; only the clause's own words report
    return "reported" if is_past(before, year) else "target"


#: Words that name a goal: with the plan period named in the clause, it states one.
_GOALS = ("目标", "计划", "预期", "力争", "争取", "确保")


def _states_goal(clause: str) -> bool:
    return any(word in clause for word in _GOALS)


#: 赤字规模5.66万亿元、比上年增加1.6万亿元: right after a target, how much the goal rises.
_RISES_BY = re.compile(r"(?:比上年|较上年|比去年|较去年)(?:增加|增长|提高|减少|下降|扩大)约?$")
#: The figure after 到/至 in 从…提高到…, with the other items of a list between (、270元).
_TO = re.compile(
    r"^(?:[、和及][^，,。；;、]{0,12}?)?[^，,。；;]{0,3}?(?:提高|提升|增加|增长|上调)(?:到|至)"
)
_TIME_WORD = re.compile(r"((?:19[5-9]|20[0-9])[0-9])年|今年|明年")
#: Words of intent after that time word (2021年要…): a year named is not yet a year ahead.
_INTENT = re.compile(r"要|将|拟|计划|力争|争取|目标")


def _ahead_again(words: str, year: int | None) -> bool:
    # In a run of the past, the time word nearest the figure names the plan year or later
    # with a word of intent after it, and nothing after it looks back:
    # 并提出…在2021年要“向40万辆发起冲击” (in a 2021 interview), not 2025年,全市实现… in a
    # bureau's account of 2025.
    last = max(_TIME_WORD.finditer(words), key=lambda m: m.start(), default=None)
    if last is None or (last.group(1) and (year is None or int(last.group(1)) < year)):
        return False
    rest = words[last.end() :]
    return bool(_INTENT.search(rest)) and not is_past(rest, year)
