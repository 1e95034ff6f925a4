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
FUTURE = ("力争", "争取", "努力", "预期", "目标", "计划", "确保")
#: Words that open the year ahead: after them, a sentence or a run of paragraphs speaks of
#: goals, even inside a text that began by reviewing the past.
AHEAD = ("今年", "明年", "新的一年", "今后", "下一步", "主要目标", "预期目标", "目标任务")
REVIEW_HEADINGS = ("回顾", "过去", "总结", "成就", "成绩")
_YEAR = re.compile(r"(20[0-9]{2})年")


def looks_ahead(text: str, year: int | None) -> bool:
    """True when ``text`` speaks of the year ahead: 今年, 主要目标, or the plan's own year."""
    if any(word in text for word in AHEAD):
        return True
    return year is not None and any(int(y) >= year for y in _YEAR.findall(text))


#: 已谋划的3800个项目: a 已 phrase ending in 的 names the things, it does not report them.
_PAST_RE = re.compile("|".join(map(re.escape, sorted(PAST, key=len, reverse=True))))
#: 了 after a verb says it happened (形成了, 享受到了); not in 为了, 除了, 了解 ….
_PERFECTIVE = re.compile(r"(?<![为除不])了(?![解不如])")
_BASE_YEAR = re.compile(r"(?:比|较|相比|较之)20[0-9]{2}年")
_LAST_YEARS = re.compile(r"(?:比|较)(?:上年|去年|上一年)(?:同期)?的")
_ALREADY_OF = re.compile(r"已[^，,。；;、]{1,6}的")


def is_past(text: str, year: int | None, ignore: tuple[str, ...] = ()) -> bool:
    """True when ``text`` has a word of the past (but those in ``ignore``), or names a year
    before the plan's."""
    if _LAST_YEARS.search(text):
        return True  # 较去年的“5%左右”: the figure is last year's own, not a comparison
    text = _BASE_YEAR.sub("", text)  # 比2020年翻一番: a base year, not the past
    if "已" in text:
        text = _ALREADY_OF.sub("", text)
    for word in ignore:
        text = text.replace(word, "")
    if _PAST_RE.search(text) or _PERFECTIVE.search(text):
        return True
    return year is not None and any(int(y) < year for y in _YEAR.findall(text))


def role(
    clause: str, before: str, part: str, year: int | None, lead: str = "", after: str = ""
) -> str:
    """``reported`` or ``target`` for a figure with this clause, the sentence text before it,
    in a part of this kind (review, plan, other, past; see ``periods.py``); ``lead`` and
    ``after`` are the clause's words before and after the figure.

    | wording | role | why |
    | --- | --- | --- |
    | the clause names the plan period and a goal (今年…预期目标为) | target | it says so |
    | the past in the clause (完成了, 同比, 已, 预计, an earlier year) | reported | it says so |
    | (in a plan part, or after 今年, 同比/比上年 and 累计完成 are not the past) | | |
    | 从X提高到Y: X | reported | today's level |
    | a review part | reported | a review reports, even 力争 restated from last year |
    | a goal word in the clause (力争, 目标, 确保) | target | it says so |
    | a paragraph of a plan that opens looking back (2024年，…) | reported | |
    | the sentence's last time word before it is past (2020年，…, 去年) | reported | |
    | a plan part | target | plans set goals |
    | the sentence's last time word before it looks ahead (今年, 2025年) | target | |
    | the sentence before it has a word of the past (已经, 完成了) | reported | |
    | otherwise | target | |
    """
    when = scope.sentence_period(before + lead, year)
    # 比上年增加 compares a goal with last year in a plan, after 今年, or in a sentence that
    # sets a goal and names no past (支出规模将首次达到30万亿元，比上年增加约1.27万亿元).
    planning = part == "plan" or when == "ahead" or (when is None and scope.sets_goal(before))
    ignore = COMPARED + RUNNING if planning else ()
    if part != "review" and scope.period(lead, year) == "ahead" and _states_goal(clause):
        return "target"  # 明确了今年…预期增长目标为4.5%—5%: the goal, whatever verb reports it
    if is_past(clause, year, ignore):
        return "reported"
    if _FROM.search(lead) and re.match(
        r"^[^，,。；;]{0,3}(?:提高|提升|增加|增长|上调)(?:到|至)", after
    ):
        return "reported"
    if part == "review":
        return "reported"
    if any(word in clause for word in FUTURE):
        return "target"
    if part == "past" or when == "past":
        return "reported"
    if part == "plan" or when == "ahead":
        return "target"  # a plan part sets goals; only the clause's own words report
    return "reported" if is_past(before, year) else "target"


#: Words that name a goal: with the plan period named in the clause, it states one.
_GOALS = ("目标", "计划", "预期", "力争", "争取", "确保")


def _states_goal(clause: str) -> bool:
    return any(word in clause for word in _GOALS)
