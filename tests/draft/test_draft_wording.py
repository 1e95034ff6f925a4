"""Small readings of a figure's wording: per mille, the reach of an effort word, bare bounds,
and counts of a press account's events (a regression set: clauses quoted from labelled
pages of the development corpus; the heading around them is our own)."""

from __future__ import annotations

import pytest

from zzbrief.draft import extract

PLAN = "# 2025年政府工作报告\n\n## 二、2025年工作安排\n\n"


def _figures(text: str) -> dict[str, object]:
    return {f.figure: f for f in extract(text).figures}


def test_per_mille_is_a_unit_of_its_own() -> None:
    f = _figures(PLAN + "人口自然增长率控制在6‰以内。\n")["6‰"]
    assert (f.value, f.unit, f.base_value, f.base_unit) == (6, "‰", 6, "‰")  # type: ignore[attr-defined]
    assert (f.comparator, f.role) == ("≤", "target")  # type: ignore[attr-defined]


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
