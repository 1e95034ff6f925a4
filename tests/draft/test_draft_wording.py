"""Small readings of a figure's wording: per mille, the reach of an effort word, bare bounds,
and counts of a press account's events (a regression set: clauses quoted from labelled
pages of the development corpus; the heading around them is our own)."""

from __future__ import annotations

import pytest

from zzbrief.draft import Figure, extract

PLAN = "# 2025年政府工作报告\n\n## 二、2025年工作安排\n\n"


def _figures(text: str) -> dict[str, Figure]:
    return {f.figure: f for f in extract(text).figures}


def test_per_mille_is_a_unit_of_its_own() -> None:
    f = _figures(PLAN + "人口自然增长率控制在6‰以内。\n")["6‰"]
    assert (f.value, f.unit, f.base_value, f.base_unit) == (6, "‰", 6, "per mille")
    assert (f.comparator, f.role) == ("≤", "target")


@pytest.mark.parametrize(
    ("head", "clause", "aspiring"),
    [
        # an effort word governs every item of its 、 list
        (PLAN, "力争拉动消费1000亿元以上、实现网络零售额突破1.4万亿元。",
         {"1000亿元": True, "1.4万亿元": True}),
        # …and a clause that elaborates it (其中…, 一个是…)
        (PLAN, "力争引进重大项目380个以上，其中30亿元以上项目80个以上。",
         {"380个": True, "80个": True}),
        # traditional script reads as simplified: 爭取 is 争取 (a page of its own, no heading)
        ("", "從目標來講，我們爭取到2012年達到兩個百億，一個是GDP超過百億，"
             "一個是工業總產值超過百億。",
         {"百億": True}),
        # but not a clause after a comma that goes on with a goal of its own
        (PLAN, "力争工业投资增长20%以上，完成投资1300亿元。", {"20%": True, "1300亿元": False}),
        (PLAN, "争取国际丝绸组织落地，新招引国际组织总部或分支机构5家。", {"5家": False}),
    ],
)  # fmt: skip
def test_an_effort_word_reaches_its_list_and_what_elaborates_it(
    head: str, clause: str, aspiring: dict[str, bool]
) -> None:
    draft = extract(head + clause + "\n")
    got = {f.figure: f.aspiration for f in draft.figures if f.role == "target"}
    assert got == aspiring


@pytest.mark.parametrize(
    ("clause", "figure", "comparator"),
    [
        ("城镇登记失业率控制在5%。", "5%", "≤"),  # held within it: a ceiling
        ("全国总人口控制在136000万人。", "136000万人", "≤"),
        ("居民消费价格涨幅控制在3%左右。", "3%", "≈"),  # a word after it says otherwise
        ("城镇调查失业率控制在5.5%以内。", "5.5%", "≤"),
    ],
)
def test_a_bare_kong_zhi_zai_is_a_ceiling_for_draft_and_validate(
    clause: str, figure: str, comparator: str
) -> None:
    from zzbrief.briefing.checks import expected_comparator

    assert _figures(PLAN + clause + "\n")[figure].comparator == comparator
    assert expected_comparator(clause, figure) == comparator


@pytest.mark.parametrize(
    ("clause", "figure"),
    [
        ("答完记者提问，今年全国两会期间组织的3场“部长通道”集体采访活动正式收官。", "3场"),
        ("至此，今年共有9位部门负责人在全国两会“部长通道”回答记者提问。", "9位"),
        ("大會新聞中心很高興邀請到五位嘉賓出席記者會。", "五位"),
    ],
)
def test_a_press_event_s_own_guests_and_sessions_are_no_figures(clause: str, figure: str) -> None:
    f = _figures(clause + "\n新增就业1万人。\n")[figure]
    assert (f.role, f.reason) == ("none", "count")


def test_a_plan_s_product_launches_are_still_counted() -> None:
    f = _figures(PLAN + "举办不少于30场新品发布会、订货会。\n")["30场"]
    assert (f.role, f.reason, f.comparator) == ("target", None, "≥")


def test_a_count_of_goals_spelled_out_after_it_is_a_summary() -> None:
    # 达到两个百亿，一个是GDP超过百亿，一个是工业总产值超过百亿: the two items are the goals.
    text = (
        "我们争取到2012年在两个经济指标上达到两个百亿，一个是GDP超过百亿，"
        "一个是工业总产值超过百亿。\n"
    )
    got = [(f.figure, f.role, f.reason) for f in extract(text).figures if f.figure != "一个"]
    assert got == [
        ("两个", "none", "agenda"),
        ("两个", "none", "agenda"),
        ("百亿", "none", "agenda"),
        ("百亿", "target", None),
        ("百亿", "target", None),
    ]
