"""Roles across paragraphs: a review, then the year ahead (a government work report's shape)."""

from __future__ import annotations

import pytest

from zzbrief.draft import extract

CASES = [
    # The review's first line is no heading: what follows it still speaks of the year ahead.
    ("过去一年，全市地区生产总值增长5.7%。\n\n今年主要预期目标是：地区生产总值增长6%左右，"
     "城镇新增就业12万人以上。\n",
     [("5.7%", "reported"), ("6%", "target"), ("12万人", "target")]),
    # Short lines of their own act as headings: the review, then the goals.
    ("2024年工作回顾\n\n全市地区生产总值增长5.7%。城镇新增就业11万人。\n\n2025年主要目标\n\n"
     "地区生产总值增长6%左右。\n",
     [("5.7%", "reported"), ("11万人", "reported"), ("6%", "target")]),
    # The plan's own year opens the sentence.
    ("2025年，地区生产总值增长6%左右。\n", [("6%", "target")]),
    # A past year inside the sentence keeps a figure reported.
    ("# 2025年计划\n\n2024年全市地区生产总值增长5.7%。力争增长6%。\n",
     [("5.7%", "reported"), ("6%", "target")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_roles_follow_the_text_from_review_to_goals(
    text: str, expected: list[tuple[str, str]]
) -> None:
    draft = extract(text)
    assert [(f.figure, f.role) for f in draft.figures if f.role != "none"] == expected


def test_the_plan_year_is_the_latest_heading_year_not_the_reviewed_one() -> None:
    draft = extract("2024年工作回顾\n\n增长5.7%。\n\n2025年主要目标\n\n增长6%左右。\n")
    assert draft.year == 2025


def test_a_press_release_that_briefs_on_the_situation_reports() -> None:
    text = (
        "1月28日，某市举办新闻发布会，市人社局局长向社会通报有关情况。\n\n"
        "全年发放创业担保贷款4.96亿元。全市实现新增城镇就业8.4万人。\n\n"
        "今年目标：城镇新增就业8万人以上。\n"
    )
    got = [(f.figure, f.role) for f in extract(text).figures if f.role != "none"]
    assert got == [("4.96亿元", "reported"), ("8.4万人", "reported"), ("8万人", "target")]


def test_a_report_of_the_last_century_reads_its_review_heading() -> None:
    # 一、1999年工作的主要情况: a heading's year before the plan's opens a review, in 19xx too.
    text = (
        "——2000年4月5日在广州市第十一届人民代表大会第三次会议上\n\n"
        "## 一、1999年工作的主要情况\n\n全市实现国内生产总值2063.37亿元，比上年增长13.3%。\n\n"
        "## 二、2000年的工作意见\n\n国内生产总值增长13%。\n"
    )
    got = [(f.figure, f.role) for f in extract(text).figures if f.role != "none"]
    assert got == [("2063.37亿元", "reported"), ("13.3%", "reported"), ("13%", "target")]
