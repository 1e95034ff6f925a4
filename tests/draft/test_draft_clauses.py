"""Real clauses from government work reports, and how draft reads them (a regression set).

Each clause is short and quoted from a public report (lawtext/gov); the text around it is
our own: a plan-year heading, so the clause sits in a plan part. The expected reading is
(figure, role, reason) for every number with a unit in the clause.
"""

from __future__ import annotations

import pytest

from conftest import readings_in
from zzbrief.draft import extract

PLAN = "# 2025年政府工作报告\n\n## 二、2025年工作安排\n\n"
REVIEW = "# 2025年政府工作报告\n\n## 一、2024年工作回顾\n\n"

CASES = [
    # meeting and session numbers
    (PLAN, "在广州市第十六届人民代表大会第五次会议上提出。", [("五次", "none", "ordinal")]),
    (PLAN, "市委十二届七次全会作出部署，新增就业12万人。",
     [("七次", "none", "meeting"), ("12万人", "target", None)]),
    # agenda counts, names, rankings, thresholds
    (PLAN, "办好十件民生实事。", [("十件", "none", "agenda")]),
    (PLAN, "11项主要经济指标中。", [("11项", "none", "agenda")]),
    (PLAN, "认真落实中央八项规定及其实施细则精神。", [("八项", "none", "name")]),
    (PLAN, "为60岁以上独居老人安装独立式烟感报警器6000户以上。",
     [("60岁", "none", "threshold"), ("6000户", "target", None)]),
    (PLAN, "谋划储备500个5000万元以上重大项目。",
     [("500个", "target", None), ("5000万元", "none", "threshold")]),
    (PLAN, "力争每千人口托位数达5.8个。", [("千人", "none", "per"), ("5.8个", "target", None)]),
    (PLAN, "争取开工建设南沙港区五期、20万吨级航道工程。",
     [("五期", "none", "name"), ("20万吨", "none", "threshold")]),
    (PLAN, "争取外国人144小时过境免签政策联动。", [("144小时", "none", "name")]),
    (PLAN, "聚力推进全市“八个新突破”重点工作。", [("八个", "none", "name")]),
    (PLAN, "地区生产总值要“增长7%左右”。", [("7%", "target", None)]),
    (PLAN, "重庆物价的自然价格增长大概在1.7%-1.8%。", [("1.7%-1.8%", "none", "forecast")]),
    (PLAN, "第一、第二、第三产业增加值分别增长2%、5.5%和6.5%。",
     [("2%", "target", None), ("5.5%", "target", None), ("6.5%", "target", None)]),
    # units the reports use
    (PLAN, "粮食产量稳定在1300亿斤以上。", [("1300亿斤", "target", None)]),
    (PLAN, "全年开行国际班列4500列以上。", [("4500列", "target", None)]),
    (PLAN, "新增基础教育公办学位6万座。", [("6万座", "target", None)]),
    (PLAN, "细颗粒物平均浓度控制在30微克/立方米以下。", [("30微克/立方米", "target", None)]),
    (PLAN, "人均预期寿命达到80岁。", [("80岁", "target", None)]),
    # roles inside a plan part
    (PLAN, "一般公共预算支出规模28.5万亿元、比上年增加1.1万亿元。",
     [("28.5万亿元", "target", None), ("1.1万亿元", "target", None)]),
    (PLAN, "提升现有26个历史文化街区品质。", [("26个", "reported", None)]),
    (PLAN, "抓好已谋划的3800个项目建设。", [("3800个", "target", None)]),
    (PLAN, "2024年全市地区生产总值增长5.1%。", [("5.1%", "reported", None)]),
    (PLAN, "预计增长5.5%以上。", [("5.5%", "reported", None)]),
    # a review part reports, even a restated target
    (REVIEW, "年初确定的增长6.5%左右目标圆满完成。", [("6.5%", "reported", None)]),
    (REVIEW, "力争新引进重点项目180个。", [("180个", "reported", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("head", "clause", "expected"), CASES)
def test_real_clauses_read_as_labelled(
    head: str, clause: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert readings_in(head, clause) == expected


@pytest.mark.parametrize(
    ("clause", "figure", "comparator"),
    [
        ("生活标准不低于当地最低生活保障标准的1.6倍。", "1.6倍", "≥"),
        ("不超过所在统筹地区大病保险原封顶线的20%。", "20%", "≤"),
        ("经济增长目标设定在百分之四点五至百分之五。", "百分之四点五至百分之五", "≥"),
        ("全员劳动生产率达到30万元/人左右。", "30万元/人", "≈"),
        ("航空旅客、货邮吞吐量分别增长5%、6%以上。", "5%", "≥"),
    ],
)
def test_comparators_of_real_clauses(clause: str, figure: str, comparator: str) -> None:
    found = {f.figure: f.comparator for f in extract(PLAN + clause + "\n").figures}
    assert found[figure] == comparator


def test_a_list_shares_its_head_noun_and_a_bare_verb_gives_way() -> None:
    text = PLAN + "第一、第二、第三产业增加值分别增长2%、5.5%和6.5%。深化24个重点片区规划。\n"
    found = [f.metric for f in extract(text).figures if f.role == "target"]
    assert found == [
        "第一产业增加值增长",
        "第二产业增加值增长",
        "第三产业增加值增长",
        "重点片区规划",
    ]


def test_a_fen_bie_list_gives_one_target_per_item_with_its_own_metric() -> None:
    text = PLAN + "城乡居民人均可支配收入分别增长5.5%、6%左右。\n"
    found = [f for f in extract(text).figures if f.role == "target"]
    assert [(f.figure, f.metric, f.comparator) for f in found] == [
        # 左右 closes the list and bounds its last item only, as the labelled reports read it
        ("5.5%", "城镇居民人均可支配收入增长", "="),
        ("6%", "农村居民人均可支配收入增长", "≈"),
    ]


def test_a_five_year_goal_is_a_target_with_its_horizon() -> None:
    text = (
        PLAN
        + "到2030年，常住人口城镇化率达到75%。“十五五”时期数字经济核心产业增加值占比达到15%。\n"
    )
    found = [f for f in extract(text).figures if f.role == "target"]
    assert [(f.figure, f.horizon) for f in found] == [("75%", 2030), ("15%", 2030)]


def test_a_base_value_keeps_what_the_unit_gives(tmp_path: object) -> None:
    # 1.1万亩 is 7333333.33 m²: rounding it to 7333333 made validate refuse the draft.
    f = next(f for f in extract(PLAN + "建设高标准农田1.1万亩。\n").figures if f.role == "target")
    assert abs(f.base_value - 1.1 * 1e4 * 10_000 / 15) < 1e-6


def test_a_restated_target_is_one_target_with_two_mentions() -> None:
    from zzbrief.draft import briefing_parts

    text = PLAN + "地区生产总值增长5.5%左右。\n\n### （一）稳增长\n\n推动生产总值增长5.5%左右。\n"
    targets = briefing_parts(extract(text), "plan.md")["targets.yaml"]["targets"]
    assert [(t["figure"], len(t["mentions"])) for t in targets] == [("5.5%", 2)]


def test_horizon_and_range_high_are_written_where_the_schema_has_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from zzbrief.draft import briefing_parts, parts

    text = PLAN + "地区生产总值增长5%—6%。到2030年，城镇化率达到75%。\n"
    monkeypatch.setattr(parts, "_schema_fields", lambda: frozenset({"horizon", "range_high"}))
    targets = briefing_parts(extract(text), "plan.md")["targets.yaml"]["targets"]
    assert [(t["figure"], t.get("horizon"), t.get("range_high")) for t in targets] == [
        ("5%—6%", 2025, 6),
        ("75%", 2030, None),
    ]
    keys = list(targets[0])
    assert keys[keys.index("comparator") + 1 : keys.index("comparator") + 3] == [
        "horizon",
        "range_high",
    ]
    monkeypatch.setattr(parts, "_schema_fields", lambda: frozenset())
    plain = briefing_parts(extract(text), "plan.md")["targets.yaml"]["targets"]
    assert all("horizon" not in t and "range_high" not in t for t in plain)
