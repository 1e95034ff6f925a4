"""Guessing a target's sectors from keywords in its metric and quote.

The codes reuse the bundled briefing's (economy, investment, industry …) and add a few
that other plans need (energy, environment, transport, agriculture, social). A target that
matches nothing goes to ``general``. Every guess is marked for review (``todo``).
Keywords are unique across sectors, so they double as the sectors' aliases.
"""

from __future__ import annotations

#: code → (Chinese name, English name, keywords).
SECTORS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "economy": ("经济总量", "Economy", ("地区生产总值", "生产总值", "GDP", "经济总量")),
    "investment": ("投资与招商", "Investment", ("投资", "项目", "招商", "签约")),
    "industry": ("工业与制造业", "Industry and manufacturing", ("工业", "制造业", "产业", "产值")),
    "electronics": ("电子信息", "Electronic information", ("电子信息", "芯片", "集成电路")),
    "ev": ("新能源汽车", "New-energy vehicles", ("新能源汽车", "汽车", "充电桩")),
    "future": ("未来产业", "Future industries", ("量子", "人工智能", "元宇宙", "卫星", "区块链")),
    "innovation": ("科技创新", "Innovation and R&D", ("创新", "研发", "科技", "高新技术", "高企")),
    "talent": ("人才", "Talent", ("人才", "博士", "大学生", "团队", "院士")),
    "opening": ("对外开放", "Opening-up", ("开放", "外贸", "进出口", "跨境", "班列", "外资")),
    "consumption": ("消费", "Consumption", ("消费", "文旅", "零售", "旅游")),
    "urban": ("城市建设与更新", "Urban development and renewal", ("城市更新", "城市", "老旧小区")),
    "housing": ("住房保障", "Housing", ("住房", "公寓", "保障房", "棚户区")),
    "utilities": ("市政管网", "Utilities", ("管网", "供热", "供水", "燃气", "污水")),
    "energy": ("能源", "Energy", ("能源", "电力", "光伏", "风电", "装机", "节能", "碳排放")),
    "environment": ("生态环境", "Environment", ("生态", "空气质量", "PM2.5", "绿化", "森林")),
    "transport": ("交通", "Transport", ("交通", "地铁", "轨道", "公路", "机场", "铁路")),
    "agriculture": ("农业农村", "Agriculture", ("粮食", "农业", "农村", "耕地", "高标准农田")),
    "social": ("民生", "Social services", ("就业", "教育", "学校", "医疗", "养老", "托育")),
    "general": ("综合", "General", ()),
}


def guess(text: str) -> list[str]:
    """The sector codes whose keywords occur in ``text``; ``["general"]`` when none do."""
    found = [code for code, (_, _, words) in SECTORS.items() if any(w in text for w in words)]
    return found or ["general"]


def sector_entry(code: str) -> dict[str, object]:
    """The sectors.yaml entry for a code: names and aliases (its keywords)."""
    zh, en, words = SECTORS[code]
    return {"code": code, "zh": zh, "en": en, "aliases": list(words)}
