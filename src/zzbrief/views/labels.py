"""Interface words in Chinese and English: table headers, section names, short phrases."""

from __future__ import annotations

from zzbrief.briefing.model import Bi, Lang

LABELS: dict[str, Bi] = {
    "id": Bi("编号", "ID"),
    "metric": Bi("指标", "Metric"),
    "value": Bi("目标值", "Value"),
    "comparator": Bi("比较", "Cmp"),
    "sectors": Bi("领域", "Sectors"),
    "pillar": Bi("方面", "Pillar"),
    "heading": Bi("标题", "Heading"),
    "title_en": Bi("英文标题", "English title"),
    "title_zh": Bi("中文标题", "Chinese heading"),
    "slug": Bi("简称", "Slug"),
    "targets": Bi("目标数", "Targets"),
    "code": Bi("代码", "Code"),
    "name": Bi("名称", "Name"),
    "aliases": Bi("别名", "Aliases"),
    "section": Bi("部分", "Section"),
    "text": Bi("内容", "Text"),
    "kind": Bi("类型", "Kind"),
    "match": Bi("匹配", "Match"),
    "other": Bi("对照", "Other language"),
    "term": Bi("术语", "Term"),
    "sentences": Bi("出处", "Sentences"),
    "initiatives": Bi("重点举措", "Key initiatives"),
    "restored_text": Bi("原文（按阅读顺序复原）", "Article text (restored to reading order)"),
    "pillars": Bi("五个方面", "The five pillars"),
    "headline": Bi("主要目标", "Headline figures"),
    "more": Bi("深入了解", "Go deeper"),
    "lead": Bi("导语", "Lead"),
    "closing": Bi("结语", "Closing"),
    "credits": Bi("署名", "Credits"),
    "background": Bi("背景", "background"),
    "glossary": Bi("术语表", "Glossary"),
    "see_glossary": Bi("术语", "Glossary"),
    "sentence": Bi("句子", "sentence"),
    "target": Bi("目标", "target"),
    "baseline": Bi("上年实际", "Baseline"),
    "goal": Bi("目标", "Target"),
    "outcome": Bi("实际", "Outcome"),
    "progress": Bi("完成度", "Progress"),
    "verdict": Bi("结果", "Verdict"),
    "source": Bi("来源", "Source"),
    "met": Bi("达成", "met"),
    "missed": Bi("未达成", "missed"),
    "partial": Bi("年中数", "partial year"),
    "unknown": Bi("无公开数字", "no figure"),
    "no_figure": Bi("无公开数字", "no published figure"),
    "role": Bi("性质", "Role"),
    "reported": Bi("已报告", "reported"),
    "quote": Bi("原文", "Quote"),
    "preliminary": Bi("初步", "prelim."),
}


def label(key: str, lang: Lang) -> str:
    """The interface word for ``key`` in ``lang`` (``both`` shows Chinese and English)."""
    return LABELS[key].pick(lang)
