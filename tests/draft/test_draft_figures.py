"""The extractor's readings of our own test sentences: units, comparators, roles, traps."""

from __future__ import annotations

import math

import pytest

from zzbrief.draft import DraftError, Figure, extract

PLAN = "# 2024年工作计划\n"


def read(sentence: str) -> list[Figure]:
    """The figures of one sentence, in a plan for 2024 (none: extract refuses the text)."""
    try:
        return [f for f in extract(PLAN + sentence + "\n").figures if f.role != "none"]
    except DraftError as err:
        assert "no figures" in err.message
        return []


def one(sentence: str) -> Figure:
    figures = read(sentence)
    assert len(figures) == 1, [f.figure for f in figures]
    return figures[0]


# sentence, figure as printed, value, unit, base value, base unit, kind
UNITS = [
    ("全年地区生产总值达到1.2万亿元。", "1.2万亿元", 1.2, "万亿元", 1.2e12, "yuan", "level"),
    ("力争完成投资5200亿元。", "5200亿元", 5200, "亿元", 5.2e11, "yuan", "level"),
    ("安排专项资金800万元。", "800万元", 800, "万元", 8e6, "yuan", "level"),
    ("实际利用外资12亿美元。", "12亿美元", 12, "亿美元", 1.2e9, "US dollars", "level"),
    ("城镇新增就业12万人。", "12万人", 12, "万人", 120_000, "people", "count"),
    ("引进博士500名。", "500名", 500, "名", 500, "people", "count"),
    ("接待游客1.2亿人次。", "1.2亿人次", 1.2, "亿人次", 1.2e8, "person-visits", "level"),
    ("新能源汽车产量达到70万辆。", "70万辆", 70, "万辆", 700_000, "vehicles", "level"),
    ("粮食产量稳定在150万吨。", "150万吨", 150, "万吨", 1.5e6, "tonnes", "level"),
    ("新增绿地300万平方米。", "300万平方米", 300, "万平方米", 3e6, "m²", "level"),
    ("建设高标准农田15万亩。", "15万亩", 15, "万亩", 1e8, "m²", "level"),
    ("新增造林1200公顷。", "1200公顷", 1200, "公顷", 1.2e7, "m²", "level"),
    ("建成区扩大到650平方公里。", "650平方公里", 650, "平方公里", 6.5e8, "m²", "level"),
    ("新建供水管网85公里。", "85公里", 85, "公里", 85, "km", "level"),
    ("建设绿道500米。", "500米", 500, "米", 0.5, "km", "level"),
    (
        "筹集保障性租赁住房1.5万套(间)。",
        "1.5万套(间)",
        1.5,
        "万套(间)",
        15_000,
        "dwellings",
        "count",
    ),
    ("建设配售型保障性住房3700套。", "3700套", 3700, "套", 3700, "dwellings", "count"),
    ("改造老旧小区3万户。", "3万户", 3, "万户", 30_000, "households", "count"),
    ("新增市场主体10万户以上。", "10万户", 10, "万户", 100_000, "households", "count"),
    ("新认定高新技术企业1000家。", "1000家", 1000, "家", 1000, "organisations", "count"),
    ("新建中小学20所。", "20所", 20, "所", 20, "organisations", "count"),
    ("建设5G基站1万个。", "1万个", 1, "万个", 10_000, "items", "count"),
    ("新增充电桩2000台。", "2000台", 2000, "台", 2000, "items", "count"),
    ("新建桥梁12座。", "12座", 12, "座", 12, "items", "count"),
    ("实施民生实事10项。", "10项", 10, "项", 10, "tasks", "count"),
    ("新增光伏装机50万千瓦。", "50万千瓦", 50, "万千瓦", 5e5, "kW", "level"),
    ("全社会用电量600亿千瓦时。", "600亿千瓦时", 600, "亿千瓦时", 6e10, "kWh", "level"),
    ("节能10万吨标准煤。", "10万吨标准煤", 10, "万吨标准煤", 1e5, "tce", "level"),
    ("天然气供应30亿立方米。", "30亿立方米", 30, "亿立方米", 3e9, "m³", "level"),
    ("研发投入强度达到2.8%。", "2.8%", 2.8, "%", 2.8, "percent", "share"),
    ("全员劳动生产率增长７％。", "７％", 7, "％", 7, "percent", "growth"),
    (
        "城镇化率提高1.5个百分点。",
        "1.5个百分点",
        1.5,
        "个百分点",
        1.5,
        "percentage-points",
        "growth",
    ),
    ("打造千亿级产业集群。", "千亿级", 1, "千亿级", 1e11, "yuan", "level"),
    ("建成百亿级量子产业集群。", "百亿级", 1, "百亿级", 1e10, "yuan", "level"),
]


@pytest.mark.parametrize(
    ("sentence", "figure", "value", "unit", "base", "base_unit", "kind"), UNITS
)
def test_units(
    sentence: str, figure: str, value: float, unit: str, base: float, base_unit: str, kind: str
) -> None:
    f = one(sentence)
    assert (f.figure, f.unit, f.base_unit, f.kind) == (figure, unit, base_unit, kind)
    assert math.isclose(f.value, value) and math.isclose(f.base_value, base, rel_tol=1e-9)


COMPARATORS = [
    ("地区生产总值增长6%左右。", "≈"),
    ("全年新增企业约1000家。", "≈"),
    ("新增市场主体近3000家。", "≈"),
    ("研发投入强度不低于3%。", "≥"),
    ("引进人才不少于500人。", "≥"),
    ("至少新建10个公园。", "≥"),
    ("入库科技型企业8000家以上。", "≥"),
    ("打造万亿级产业集群。", "≥"),
    ("居民消费价格涨幅控制在3%以内。", "≤"),
    ("城镇调查失业率不超过5.5%。", "≤"),
    ("单位能耗下降到0.5吨标准煤以下。", "≤"),
    ("力争新签约项目总额突破8000亿元。", ">"),
    ("常住人口超过1300万人。", ">"),
    ("力争新能源汽车产量超70万辆。", ">"),
    ("新增上市公司逾30家。", ">"),
    ("抓好已谋划的3800个项目建设。", "="),
    ("新建省级以上创新平台100家。", "="),
    ("引进博士及以上人才1000名。", "="),
    ("节约用水1000万立方米。", "="),
    ("签约100个项目。", "="),
    ("新增规上企业100余家。", ">"),
]


@pytest.mark.parametrize(("sentence", "comparator"), COMPARATORS)
def test_comparators(sentence: str, comparator: str) -> None:
    assert one(sentence).comparator == comparator


ROLES = [
    ("过去一年,全市地区生产总值增长7.4%。", "reported"),
    ("2023年,全市完成固定资产投资5000亿元。", "reported"),
    ("初步核算,全市生产总值1.35万亿元。", "reported"),
    ("规上工业增加值实现了10%的增长,达到3000亿元。", "reported"),
    ("社会消费品零售总额同比增长8%。", "reported"),
    ("比上年新增高新技术企业1200家。", "reported"),
    ("力争全年地区生产总值增长7%。", "target"),
    ("今年经济增长的预期目标是6%左右。", "target"),
    ("新建改造供水管网85公里。", "target"),
]


@pytest.mark.parametrize(("sentence", "role"), ROLES)
def test_roles(sentence: str, role: str) -> None:
    assert {f.role for f in read(sentence)} == {role}


def test_a_review_paragraph_reports_every_figure_and_the_plan_sets_targets() -> None:
    text = PLAN + "过去一年,全市经济稳中向好。全年新增就业12万人。\n今年新增就业12万人以上。\n"
    assert [(f.figure, f.role) for f in extract(text).figures] == [
        ("12万人", "reported"),
        ("12万人", "target"),
    ]


@pytest.mark.parametrize(
    ("sentence", "direction", "kind"),
    [
        ("地区生产总值增长7%。", "up", "growth"),
        ("城镇化率提高1.5个百分点。", "up", "growth"),
        ("单位GDP能耗下降3%。", "down", "growth"),
        ("压减煤炭消费50万吨。", "down", "level"),
        ("森林覆盖率达到35%。", "level", "share"),
        ("新认定高企1000家。", "level", "count"),
        ("等4项重点任务在城市更新中得到提升。", "level", "count"),
    ],
)
def test_direction_and_kind(sentence: str, direction: str, kind: str) -> None:
    f = one(sentence)
    assert (f.direction, f.kind) == (direction, kind)


@pytest.mark.parametrize(
    ("sentence", "aspiration"),
    [
        ("力争工业投资增长20%以上。", True),
        ("争取新建创新平台100家。", True),
        ("努力实现增长6%。", True),
        ("新建创新平台100家。", False),
    ],
)
def test_aspiration(sentence: str, aspiration: bool) -> None:
    assert one(sentence).aspiration is aspiration


@pytest.mark.parametrize(
    ("sentence", "figure", "value", "high"),
    [
        ("地区生产总值增长5%—6%。", "5%—6%", 5, 6),
        ("居民收入增长5.5%至6%。", "5.5%至6%", 5.5, 6),
        ("进出口增长5-6%。", "5-6%", 5, 6),
        ("每年新建3到5个公园。", "3到5个", 3, 5),
    ],
)
def test_ranges_read_as_lower_bound_at_least(
    sentence: str, figure: str, value: float, high: float
) -> None:
    f = one(sentence)
    assert (f.figure, f.value, f.range_high, f.comparator) == (figure, value, high, "≥")


@pytest.mark.parametrize(
    ("sentence", "figure", "value", "unit"),
    [
        ("建设两个国家级平台。", "两个", 2, "个"),
        ("完成投资三千亿元。", "三千亿元", 3000, "亿元"),
        ("新能源汽车产量十万辆。", "十万辆", 10, "万辆"),
        ("引进一万五千名人才。", "一万五千名", 15000, "名"),
        ("新建项目１２００个。", "１２００个", 1200, "个"),
        ("新增住房1,200套。", "1,200套", 1200, "套"),
        ("新建公寓1.2 万套。", "1.2 万套", 1.2, "万套"),
    ],
)
def test_numerals_digits_and_spaces(sentence: str, figure: str, value: float, unit: str) -> None:
    f = one(sentence)
    assert (f.figure, f.value, f.unit) == (figure, value, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "2024年3月5日,市政府召开全体会议。",  # a year and a date
        "第一批项目集中开工,第3个园区投用。",  # ordinals
        "压茬推进“三个一批”项目建设。",  # a programme name in quotes
        "深入实施“十大战略”行动。",
        "聚焦四高地、一枢纽、一重地、一中心。",  # a slogan
        "建成1公里充电服务圈和15分钟生活圈。",  # radii that name programmes
        "地铁2号线、10号线开通运营。",  # line numbers
        "郑州将围绕五个方面持续发力。",  # a structure, not a count
        "把温暖送进千家万户。",  # an idiom
        "编制十四五规划,打造一个中心。",  # a plan's name, and an article
    ],
)
def test_traps_are_not_figures(sentence: str) -> None:
    assert read(sentence) == []


def test_a_size_threshold_is_not_a_figure() -> None:
    f = one("新开工超100亿元项目4个以上。")
    assert (f.figure, f.unit, f.comparator, f.kind) == ("4个", "个", "≥", "count")


def test_a_count_of_listed_things_gives_one_figure_each() -> None:
    figures = read("瞄准打造电子信息和新能源汽车两个万亿级产业集群。")
    assert [(f.figure, f.metric) for f in figures] == [
        ("万亿级", "电子信息产业集群"),
        ("万亿级", "新能源汽车产业集群"),
    ]


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("力争新能源汽车产量超70万辆。", "新能源汽车产量"),
        ("推动全社会研发投入强度突破2.8%。", "全社会研发投入强度"),
        ("加快推进电池工厂等1000个产业项目建设。", "产业项目建设"),
        ("力争20万名大学生来郑留郑。", "大学生来郑留郑"),
        ("争取新建重点实验室、企业技术中心等省级以上创新平台100家。", "省级以上创新平台"),
    ],
)
def test_metric_is_the_phrase_measured(sentence: str, metric: str) -> None:
    assert one(sentence).metric == metric


def test_quotes_are_clauses_verbatim_in_their_sentence() -> None:
    text = PLAN + "\n".join(row[0] for row in UNITS + COMPARATORS + ROLES)
    draft = extract(text)
    for f in draft.figures:
        sentence = draft.sentence(f.sentence)
        assert sentence is not None and f.quote in sentence.zh and f.figure in f.quote
        assert not any(mark in f.quote for mark in ",，;；。")
    listed = one("新建改造供水管网85公里、燃气管网102公里。".replace("、燃气管网102公里", ""))
    assert listed.quote == "新建改造供水管网85公里"
    second = read("新建改造供水管网85公里、燃气管网102公里。")[1]
    assert second.quote == "燃气管网102公里"
