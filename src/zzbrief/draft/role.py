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
PAST += ("同比", "比上年", "较上年", "较去年", "比去年", "回顾")
FUTURE = ("力争", "争取", "努力", "预期", "目标", "计划", "确保")
#: Words that open the year ahead: after them, a sentence or a run of paragraphs speaks of
#: goals, even inside a text that began by reviewing the past.
AHEAD = ("今年", "明年", "新的一年", "今后", "下一步", "主要目标", "预期目标", "目标任务")
REVIEW_HEADINGS = ("回顾", "过去", "总结", "成就", "成绩")
_YEAR = re.compile(r"(20[0-9]{2})年")


def plan_year(title: str, text: str, headings: tuple[str, ...] = ()) -> int | None:
    """The plan's year: the latest 20xx年 in the title and headings (a report reviews 2024
    before it sets out 2025), but no more than a year past the earliest of them (so a
    2035 vision does not count); else the first year in the text."""
    years = [int(y) for h in (title, *headings) for y in _YEAR.findall(h)]
    if years:
        return max(y for y in years if y <= min(years) + 1)
    match = _YEAR.search(text)
    return int(match.group(1)) if match else None


def looks_ahead(text: str, year: int | None) -> bool:
    """True when ``text`` speaks of the year ahead: 今年, 主要目标, or the plan's own year."""
    if any(word in text for word in AHEAD):
        return True
    return year is not None and any(int(y) >= year for y in _YEAR.findall(text))


def is_past(text: str, year: int | None) -> bool:
    """True when ``text`` has a word of the past, or names a year before the plan's."""
    if any(word in text for word in PAST):
        return True
    return year is not None and any(int(y) < year for y in _YEAR.findall(text))


def opens_review(paragraph_start: str, year: int | None) -> bool:
    """True when a paragraph opens by looking back (过去一年, / 2023年,)."""
    head = paragraph_start[:12]
    return is_past(head, year) and not any(word in head for word in FUTURE)


def role(clause: str, before: str, past_context: bool, year: int | None) -> str:
    """``reported`` or ``target`` for a figure with this clause and sentence text before it."""
    if is_past(clause, year):
        return "reported"
    if any(word in clause for word in FUTURE):
        return "target"
    if looks_ahead(before, year) and not is_past(before, year):
        return "target"  # 今年主要目标是：…增长6%左右 (even in a text that opened with a review)
    if past_context or is_past(before, year):
        return "reported"
    return "target"
