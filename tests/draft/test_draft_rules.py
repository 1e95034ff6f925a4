"""The rules for the weak document kinds (issue 13): one real clause per rule, read as labelled.

Each clause is quoted from a labelled text of the development corpus (benchmarks/corpus/
labels/: department texts, interviews, excerpts, five-year outlines, full reports); the
text around it is our own. The expected reading is (figure, role, reason) for every number
in the clause. Each rule is a wording class that holds in any Chinese government text; a
counter-example beside it pins what the rule must leave alone.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import readings_in, run
from zzbrief.draft import briefing_parts, extract, write_folder
from zzbrief.text.scan import split_figure

PLAN = "# 2025年政府工作报告\n\n## 二、2025年工作安排\n\n"
REVIEW = "# 2025年政府工作报告\n\n## 一、2024年工作回顾\n\n"
#: A news page without headings (an interview, a bureau's briefing): an ``other`` part.
NEWS = "记者专访\n\n2025-03-05 09:47 来源：新华网\n\n"

CASES = [
    # derived: a gap worked out from two stated figures, or from a figure and its target
    (NEWS, "8%的增速比全省的7.5%高出0.5个百分点。",
     [("8%", "target", None), ("7.5%", "target", None), ("0.5个百分点", "none", "derived")]),
    (NEWS, "虽然GDP增速与预期目标相差1个多点。", [("1个", "none", "derived")]),
    (PLAN, "城镇居民人均可支配收入增速高于经济增长1个百分点。", [("1个百分点", "target", None)]),
    # forecast: 会在 … (will be in), as an official guesses
    (NEWS, "我们认为，今年经济增速会在8%到8.5%这个区间运行。",
     [("8%到8.5%", "none", "forecast")]),
    # agenda: a count whose items follow a colon; not a count of things to build
    (PLAN, "在今年工作中着重做到5个“坚定不移”：一是坚定不移树立创新驱动引领高质量发展的鲜明导向。",
     [("5个", "none", "agenda")]),
    (PLAN, "打造20个“标准化菜市场”。", [("20个", "target", None)]),
    # agenda: the set the next figures pick from
    (PLAN, "50个项目中，10个项目提前完成年度建设目标。",
     [("50个", "none", "agenda"), ("10个", "reported", None)]),
    # agenda: a city's yearly list of projects for the people, like 民生实事
    (PLAN, "将新增中小学学位纳入天津市20项民心工程。", [("20项", "none", "agenda")]),
    # not agenda: the agenda word must head the counted phrase (部分 of each district)
    (PLAN, "补齐滨海新区、河西区、南开区等9个区的部分人口相对集中区域学位资源缺口。",
     [("9个", "target", None)]),
    # article or count: 至少 anywhere before makes 一座 a count
    (PLAN, "每个区至少建成一座大中型生活垃圾转运站。", [("一座", "target", None)]),
    # a round Chinese hundred of things counted one by one is a count, not a size class
    (PLAN, "创作百部文艺精品力作。", [("百部", "target", None)]),
    (PLAN, "推进千家企业节能低碳行动。", [("千家", "none", "name")]),
    (PLAN, "千人总体学位数从78个提高到98个。",
     [("千人", "none", "per"), ("78个", "reported", None), ("98个", "target", None)]),
    (PLAN, "建设千亩高产示范片1000个。",
     [("千亩", "none", "threshold"), ("1000个", "target", None)]),
    # a quoted figure with a count before it is a policy's name
    (PLAN, "落实落细“三个15%”财政科技投入政策。",
     [("三个", "none", "name"), ("15%", "none", "name")]),
    (PLAN, "地区生产总值要“增长7%左右”。", [("7%", "target", None)]),
    # places counted without a measure word
    (PLAN, "扎实推进9省106县（市、区）对口帮扶协作。",
     [("9省", "target", None), ("106县", "target", None)]),
    # a number without a unit where the measure names its scale
    (PLAN, "居民消费价格指数控制在103左右。", [("103", "target", None)]),
    (PLAN, "新建训力中心电能利用效率控制在1.25以下。", [("1.25", "target", None)]),
    # 万/亿 with no number after a verb of reaching: one of the unit
    (PLAN, "六大支柱产业规模力争突破万亿元大关。", [("万亿元", "target", None)]),
    (PLAN, "带动万名青年入乡发展。", [("万名", "target", None)]),
    # progress reports inside a plan part
    (PLAN, "截至6月底，累计完成投资18.56亿元。", [("18.56亿元", "reported", None)]),
    (PLAN, "目前，11个学位建设项目工程进展顺利。", [("11个", "reported", None)]),
    (PLAN, "累计建成4000张床位。", [("4000张", "target", None)]),
    # a count opening its clause, measured by the next figure, names the set measured
    (PLAN, "310条河流按河长计算优良水体比例保持80%以上。",
     [("310条", "reported", None), ("80%", "target", None)]),
    (PLAN, "组织市属16所三级医院、27所二级医院对口帮扶7所县级医院。",
     [("16所", "target", None), ("27所", "target", None), ("7所", "target", None)]),
    # from … to with a list: every figure after 从 is today's level
    (PLAN, "重度残疾人护理补贴标准分别从每人每月202元、270元提高到209元、280元。",
     [("202元", "reported", None), ("270元", "reported", None), ("209元", "target", None),
      ("280元", "target", None)]),
    # 比上年增加 right after a target says how much the goal rises, even in a news page
    (NEWS, "今年赤字率拟按4%左右安排，赤字规模5.89万亿元、较上年增加2,300亿元。",
     [("4%", "target", None), ("5.89万亿元", "target", None), ("2,300亿元", "target", None)]),
    (NEWS, "较去年的“5%左右”略微下修。", [("5%", "reported", None)]),
    (REVIEW, "全市地区生产总值达到1.2万亿元、比上年增长5.2%。",
     [("1.2万亿元", "reported", None), ("5.2%", "reported", None)]),
    # N年来: over the last N years
    (NEWS, "交通运输部副部长在会上表示，十年来，我国新改建农村公路250万公里。",
     [("250万公里", "reported", None)]),
    # goals stated in an official's answer or a roundup
    (NEWS, "中国的经济总量已经突破120万亿元，要实现5%左右的增长，并不轻松。",
     [("120万亿元", "reported", None), ("5%", "target", None)]),
    (NEWS, "《政府工作报告》明确了今年宏观经济的预期增长目标为4.5%—5%。",
     [("4.5%—5%", "target", None)]),
    (NEWS, "提出今年的经济成长目标，分别为“不低于5%”、“5%以上”与“6%左右”。",
     [("5%", "target", None), ("5%", "target", None), ("6%", "target", None)]),
    (PLAN, "人口自然增长率控制在6‰以内。", [("6‰", "target", None)]),
    # a five-year plan that has ended is the past; a gap from its target is derived
    ("# 2011年北京市政府工作报告\n\n", "“十一五”期间，北京市地区生产总值年均增长11%以上。",
     [("11%", "reported", None)]),
    ("# 2011年北京市政府工作报告\n\n", "这个目标比“十一五”规划的目标低1个百分点。",
     [("1个百分点", "none", "derived")]),
    # 三次产业 is a word, not a count; the speakers of a briefing describe the event
    (PLAN, "三次产业结构优化为3.3:38.6:58.1。", []),
    (NEWS, "大会新闻中心很高兴邀请到五位嘉宾出席记者会。", [("五位", "none", "count")]),
    (PLAN, "全年举办新闻发布会100场。", [("100场", "target", None)]),
    (PLAN, "强力推进“党建领航工程、立德树人工程、教育治理创新工程”九项工程。",
     [("九项", "none", "agenda")]),
]  # fmt: skip


@pytest.mark.parametrize(("head", "clause", "expected"), CASES)
def test_each_rule_reads_its_real_clause_as_labelled(
    head: str, clause: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert readings_in(head, clause) == expected


def test_agenda_words_belong_to_their_own_count() -> None:
    # 30项 counts 便捷事项; the 实事 of the next count (18项) does not make it an agenda.
    text = PLAN + "推出30项同城便捷事项和18项可感可及民生实事。\n"
    got = {f.figure: (f.role, f.reason) for f in extract(text).figures}
    assert got["30项"] == ("target", None)
    # items and their sub-items are one count of a list
    text = PLAN + "向市民承诺的12件33项民生实事。\n\n新增就业1万人。\n"
    got = {f.figure: (f.role, f.reason) for f in extract(text).figures}
    assert got["12件"] == ("none", "agenda")


def test_a_figure_without_a_unit_and_one_of_a_myriad_have_their_values() -> None:
    text = PLAN + "居民消费价格指数控制在103左右，经济总量迈向万亿，带动万名青年入乡发展。\n"
    got = {f.figure: f for f in extract(text).figures}
    assert (got["103"].value, got["103"].unit, got["103"].comparator) == (103, "无单位", "≈")
    assert (got["万亿"].value, got["万亿"].base_value, got["万亿"].role) == (1, 1e12, "target")
    assert (got["万名"].base_value, got["万名"].base_unit) == (10_000, "people")
    assert split_figure("103") == (103, "无单位")
    breaks = extract(PLAN + "六大支柱产业规模力争突破万亿元大关。\n").figures[0]
    assert (breaks.figure, breaks.comparator, breaks.base_value) == ("万亿元", ">", 1e12)
    assert split_figure("万亿元") == (1, "万亿元")


def test_unit_words_glued_to_a_longer_word_are_no_places() -> None:
    text = PLAN + "改造提升S203省道和9县级医院，新增村级服务站120个。\n"
    got = [f.figure for f in extract(text).figures if f.role != "none"]
    assert got == ["120个"]


def test_new_readings_draft_into_a_briefing_that_validates(tmp_path: Path) -> None:
    text = PLAN + (
        "居民消费价格指数控制在103左右。新建训力中心电能利用效率控制在1.25以下。"
        "扎实推进9省106县对口帮扶协作。六大支柱产业规模力争突破万亿元大关。\n"
    )
    folder = tmp_path / "draft"
    write_folder(briefing_parts(extract(text), "plan.md"), folder)
    assert run("validate", str(folder)).exit_code == 0
    rows = json.loads(run("--data", str(folder), "targets", "--format", "json").stdout)
    assert {r["figure"] for r in rows} >= {"103", "1.25", "9省", "106县", "万亿元"}


def test_a_headline_with_a_figure_is_the_title_and_a_paragraph() -> None:
    text = (
        "交通运输部:2025年计划新改建农村公路10.5万公里\n\n2024-12-27 14:03来源: 中国新闻网\n\n"
        "十年来，我国新改建农村公路250万公里。截至2023年底，农村公路总里程达到460万公里。\n"
    )
    draft = extract(text)
    assert draft.title.startswith("交通运输部")
    got = [(f.figure, f.role, f.start) for f in draft.figures if f.role != "none"]
    assert got[0] == ("10.5万公里", "target", text.index("10.5万公里"))
    assert [(f, r) for f, r, _ in got[1:]] == [("250万公里", "reported"), ("460万公里", "reported")]


def test_a_press_report_of_a_report_plans_the_year_after_the_one_it_reviews() -> None:
    text = (
        "昨日，市长在《报告》中回顾2014年工作时指出，结果比预想的好。"
        "(注:2014年广州确定GDP增速为10%)\n\n广州今年把GDP增速确定为8%。\n"
    )
    draft = extract(text)
    assert draft.year == 2015
    assert [(f.figure, f.role) for f in draft.figures] == [("10%", "reported"), ("8%", "target")]


def test_in_a_run_of_the_past_the_plan_year_with_intent_looks_ahead() -> None:
    text = (
        "专访市长\n\n2021-03-11 来源：南方周末\n\n"
        "2020年，长春全市经济总量达到6638亿元。并提出红旗品牌汽车在2021年要“向40万辆发起冲击”。"
        "2021年，全市新增就业6万人。\n"
    )
    got = [(f.figure, f.role) for f in extract(text).figures if f.role != "none"]
    # the last: the plan year named without a word of intent stays in the run of the past
    assert got == [("6638亿元", "reported"), ("40万辆", "target"), ("6万人", "reported")]


def test_a_news_text_turns_back_to_results_after_looking_ahead() -> None:
    text = (
        "【局长通道】市发改委主任答记者问\n\n2021-02-22 10:02\n\n"
        "今年的《政府工作报告》勾勒了金华发展的新蓝图。\n\n"
        "我们的对外开放蹄疾步稳。2020年，全市进出口总额4867亿元。\n\n"
        "习近平总书记去年7月再次亲临视察。\n\n“十四五”期间，推动汽车产业实现万亿级以上规模。\n"
    )
    got = [(f.figure, f.role) for f in extract(text).figures if f.role != "none"]
    assert got == [("4867亿元", "reported"), ("万亿级", "target")]


def test_last_years_targets_restated_in_a_news_report_are_reported() -> None:
    text = (
        "原标题:太原市长:这是一份令人羞愧的成绩单\n"
        "1月12日,市经济工作会议召开,市长在谈到去年的经济数据时这样说道。\n"
        "成绩单是:2014年太原市预计全年地区生产总值增长3%左右。\n"
        "年初确定的预期性目标为:地区生产总值增长9%左右;固定资产投资增长21%。\n"
        "会议确定,今年主要预期目标为:地区生产总值增长7%左右,城镇新增就业10.3万人。\n"
    )
    draft = extract(text)
    assert draft.year == 2015
    got = [(f.figure, f.role) for f in draft.figures if f.role != "none"]
    assert got == [
        ("3%", "reported"),
        ("9%", "reported"),
        ("21%", "reported"),
        ("7%", "target"),
        ("10.3万人", "target"),
    ]


def test_a_title_cut_from_the_first_sentence_names_no_plan_year() -> None:
    text = (
        "嵩县县委书记马振宇说,2009年嵩县县委、县政府抓牢“十一五”末班车的发展机遇,努力实现"
        "经济社会平稳发展。2009年,该县共完成生产总值90亿元。\n"
        "2010年,确保生产总值增长12%。\n"
    )
    draft = extract(text)
    assert draft.year == 2010
    assert [(f.figure, f.role) for f in draft.figures] == [
        ("90亿元", "reported"),
        ("12%", "target"),
    ]


def test_a_short_line_that_states_figures_opens_no_part() -> None:
    text = (
        "2026年01月30日 14:19:59\n"
        "上海:2026年确保完成新增就业60万人以上、城镇调查失业率5%以内等指标任务\n"
        "会议透露,2025年上海全年城镇调查失业率平均值4.2%,新增就业人数64.1万人。\n"
    )
    got = [(f.figure, f.role) for f in extract(text).figures if f.role != "none"]
    assert got == [
        ("60万人", "target"),
        ("5%", "target"),
        ("4.2%", "reported"),
        ("64.1万人", "reported"),
    ]


def test_an_outlines_review_of_the_last_plan_runs_to_the_next_heading() -> None:
    text = (
        "# 第十三个五年规划纲要\n\n## 第一篇 指导思想、主要目标和发展理念\n\n"
        "### 第一章 发展环境\n\n“十二五”时期是我国发展很不平凡的五年。\n\n"
        "党中央团结带领全国各族人民，胜利完成“十二五”规划确定的主要目标和任务。\n\n"
        "经济保持持续较快发展，人均国内生产总值增至49351元（折合7924美元）。\n\n"
        "### 第三章 主要目标\n\n到2020年，常住人口城镇化率达到60%。\n"
    )
    got = [(f.figure, f.role) for f in extract(text).figures if f.role != "none"]
    assert got == [("49351元", "reported"), ("7924美元", "reported"), ("60%", "target")]
