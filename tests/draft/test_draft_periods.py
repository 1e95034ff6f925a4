"""Past results and goals in texts without part headings, read from each sentence's own time
words (a regression set: the clauses are quoted from labelled pages of the development
corpus, shortened; the lines around them are our own)."""

from __future__ import annotations

import pytest

from zzbrief.draft import extract, scope

DATED = "2021-02-22 10:02\n\n"  # a news page's dateline: the plan year is 2021

CASES = [
    # A sentence that opens by naming an earlier year reports, in a page that looked ahead.
    (DATED + "今年的《政府工作报告》勾勒了金华发展的新蓝图。\n"
     "截止2020年底，我市地区生产总值实现4704亿元。\n"
     "去年全市综合交通投资290亿元、增长36.7%。\n",
     [("4704亿元", "reported"), ("290亿元", "reported"), ("36.7%", "reported")]),
    # …and the sentences after it report too, until one looks ahead again.
    (DATED + "今年是“十四五”开局之年。\n2020年，全市进出口总额4867亿元。"
     "外贸出口对全省贡献率达27.5%，居全省首位。开行1399列，同比增长165%。\n"
     "今年，全市进出口总额力争增长5%。\n",
     [("4867亿元", "reported"), ("27.5%", "reported"), ("1399列", "reported"),
      ("165%", "reported"), ("5%", "target")]),
    # A past five-year plan is an earlier period: “十一五”期间 in a 2011 text.
    ("2011年全市地区生产总值增长目标调低为8%。“十一五”期间，北京市地区生产总值年均增长11%"
     "以上，总量超过1.3万亿元。\n",
     [("8%", "target"), ("11%", "reported"), ("1.3万亿元", "reported")]),
    # N年来 looks back (十年来, like 五年来 and 一年来).
    (DATED + "下一步将持续发力。十年来，我国新改建农村公路250万公里。\n",
     [("250万公里", "reported")]),
    # The last time word before a figure decides: 已经突破 is the past, but 今年 comes later.
    ("今年，中国经济预期增长目标定为5%左右。中国的经济总量已经突破120万亿元，基数很高，"
     "加上今年的新挑战不少，要实现5%左右的增长，并不轻松。\n",
     [("5%", "target"), ("120万亿元", "reported"), ("5%", "target")]),
    # A clause that names the plan period and a goal states it, whatever verb reports it.
    ("《政府工作报告》总结了去年的发展成就，明确了今年宏观经济的预期增长目标为4.5%—5%。\n",
     [("4.5%—5%", "target")]),
    # After 今年, 较上年增加 compares this year's goal with last year's…
    ("今年赤字率拟按4%左右安排，赤字规模5.89万亿元、较上年增加2300亿元。\n",
     [("4%", "target"), ("5.89万亿元", "target"), ("2300亿元", "target")]),
    # …but 较去年的 names last year's own figure.
    ("今年经济成长目标设在4.5%至5%，较去年的“5%左右”略微下修。\n",
     [("4.5%至5%", "target"), ("5%", "reported")]),
    # A news page whose headline sets the goals: last year's results, then this year's goals.
    ("2026年01月30日 14:19:59\n上海：2026年确保完成新增就业60万人以上\n"
     "会议透露，2025年上海全年城镇调查失业率平均值4.2%，新增就业人数64.1万人。"
     "会议指出，2026年全市将确保完成全年新增就业60万人以上。\n",
     [("60万人", "target"), ("4.2%", "reported"), ("64.1万人", "reported"),
      ("60万人", "target")]),
    # A past plan named after the first figure is a point of comparison, not the time.
    ("# “十四五”时期主要目标\n\n全社会研发经费投入年均增长7%以上、力争投入强度高于“十三五”"
     "时期实际，常住人口城镇化率提高到65%。\n",
     [("7%", "target"), ("65%", "target")]),
    # A text titled as a review opens with results, restated targets included (年初确定的),
    # but a sentence that sets this year's goals plans.
    ("太原市长：这是一份令人羞愧的成绩单\n"
     "2014年太原市预计全年地区生产总值增长3%左右。\n"
     "年初确定的预期性目标为：地区生产总值增长9%左右；固定资产投资增长21%。\n"
     "会议确定，今年太原经济社会发展主要预期目标为：地区生产总值增长7%左右，"
     "城镇新增就业10.3万人。\n",
     [("3%", "reported"), ("9%", "reported"), ("21%", "reported"), ("7%", "target"),
      ("10.3万人", "target")]),
    # …and in a sentence that sets a goal (将) and names no past.
    ("一般公共预算支出规模将首次达到30万亿元，比上年增加约1.27万亿元。\n",
     [("30万亿元", "target"), ("1.27万亿元", "target")]),
    # A record is something achieved: its sentence reports, and so does the rest of its
    # paragraph until a goal, even under a heading that sets goals.
    ("确定2021空气质量目标\n环境空气质量全面达标，市区空气质量优良天数332天，"
     "均创新标准实施以来新纪录；水环境质量持续向好，国考断面水质优良比例100%。\n"
     "●优良天数不低于317天\n",
     [("332天", "reported"), ("100%", "reported"), ("317天", "target")]),
    # 争取…再创历史最好水平 sets a goal: a record with a goal word is a target.
    ("# 2025年工作安排\n\n争取空气质量优良天数比例达到90%，再创历史最好水平。\n",
     [("90%", "target")]),
    # 科技创新高地 has 创新高 in it, but no record.
    ("# 2025年工作安排\n\n打造区域性科技创新高地。实施重点研发项目300项以上。\n",
     [("300项", "target")]),
    # In a run of results, the plan year with a goal word ends it when it opens its clause.
    (DATED + "2020年，长春全市经济总量达到6638亿元。\n"
     "市长在政府工作报告中指出，2021年，地区生产总值要“增长7%左右”。"
     "还强调“落实5000万元以上项目1200个”。\n",
     [("6638亿元", "reported"), ("7%", "target"), ("1200个", "target")]),
    # The plan year alone does not end a bureau's account of the year just ended.
    ("1月28日，新乡市举办2025年重点民生实事新闻发布会，市人社局局长通报有关情况。\n"
     "全年发放创业担保贷款4.96亿元。\n2025年，全市实现新增城镇就业8.4万人。\n",
     [("4.96亿元", "reported"), ("8.4万人", "reported")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_sentence_s_time_words_say_whether_it_reports(
    text: str, expected: list[tuple[str, str]]
) -> None:
    draft = extract(text)
    assert [(f.figure, f.role) for f in draft.figures if f.role != "none"] == expected


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # 展望2010年发展目标: a later clause sets goals for the year after the first named.
        ("2009年，该县共完成生产总值90亿元。展望2010年发展目标，要确保生产总值增长12%。\n", 2010),
        # 回顾2014年工作: a reviewed year is the year before the plan's.
        ("陈建华在《报告》中回顾2014年工作时指出，GDP增速确定为8%。\n", 2015),
        # 2035年远景目标 is a horizon, never the plan year.
        ("# 第十四个五年规划和2035年远景目标纲要\n\n2021年，城镇化率提高到61%。\n", 2021),
    ],
)
def test_the_plan_year_of_a_page_without_a_date(text: str, year: int) -> None:
    assert extract(text).year == year


def test_the_songxian_interview_reports_the_year_before_the_goals() -> None:
    text = "2009年，该县共完成生产总值90亿元。展望2010年发展目标，要确保生产总值增长12%。\n"
    got = [(f.figure, f.role) for f in extract(text).figures]
    assert got == [("90亿元", "reported"), ("12%", "target")]


@pytest.mark.parametrize(
    ("words", "year", "period"),
    [
        ("截止2020年底，我市地区生产总值实现", 2021, "past"),
        ("去年全市综合交通投资", 2021, "past"),
        ("2020年以来", 2021, "past"),
        ("今年以来", 2021, "past"),
        ("“十一五”期间，", 2011, "past"),
        ("“十五五”时期，", 2026, "ahead"),
        ("去年…，加上今年的新挑战不少，要实现", None, "ahead"),
        ("继续执行去年出台的下调增值税税率政策，新增减税降费约", 2020, None),  # a modifier
        ("确保项目开工率一季度达到30%、二季度达到", 2024, None),  # a milestone, not a result
        ("比上年增加", 2026, None),  # a comparison, not a time
        ("比2020年翻一番", 2026, None),
        ("2020年", None, None),  # without a plan year, a year decides nothing
    ],
)
def test_the_last_time_word_gives_the_period(words: str, year: int | None, period: str) -> None:
    assert scope.period(words, year) == period


def test_a_chapter_headed_neither_way_may_open_with_a_review() -> None:
    # The 13th Five-Year Plan's 第一章 发展环境: the five years just over, then the goals.
    text = (
        "2016-03-17\n\n# 第一篇　指导思想、主要目标和发展理念\n\n### 第一章　发展环境\n\n"
        "“十二五”时期是我国发展很不平凡的五年。胜利完成“十二五”规划确定的主要目标和任务。\n\n"
        "经济保持持续较快发展，人均国内生产总值增至49351元。常住人口城镇化率达到56.1%。\n\n"
        "### 第三章　主要目标\n\n到2020年，常住人口城镇化率达到60%。\n"
    )
    draft = extract(text)
    got = [(f.figure, f.role) for f in draft.figures if f.role != "none"]
    assert got == [("49351元", "reported"), ("56.1%", "reported"), ("60%", "target")]


def test_a_headline_that_states_a_figure_is_a_sentence_too() -> None:
    text = "今年将新开工改造城镇老旧小区超5.3万个\n住房城乡建设部近日表示，今年将继续推进改造。\n"
    draft = extract(text)
    assert draft.title == "今年将新开工改造城镇老旧小区超5.3万个"
    assert [(f.figure, f.role, f.start) for f in draft.figures] == [("5.3万个", "target", 15)]
