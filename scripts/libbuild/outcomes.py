"""Outcomes: the result a government reports for year Y in its Y+1 report (and, for the nation,
the NBS communiqué for Y), matched to a target by its indicator's Chinese aliases.

The match is deliberately narrow: a clause of the review that names the indicator (not 人均…,
单位…, 高于全国…) and a figure in the target's unit within a few characters after the name. Every
match is printed for review; a wrong one is dropped in the briefing's overrides file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from libbuild.clauses import _read, split_clauses

_ENDINGS = ("增长", "增速", "涨幅", "上涨", "降低", "下降", "提高", "达到", "控制在")
#: Aliases too general to find a result by (经济增长 is said of much besides GDP).
_TOO_GENERAL = {"经济增长", "进出口", "居民收入", "增长", "固定资产投资", "一般公共预算收入"}
_NOT_BEFORE = ("人均", "单位", "万元", "亿元", "每", "占", "城镇", "农村", "常住")
#: A clause with one of these states a share, a multi-year total or a streak, not the year's result.
_NOT_THE_YEAR = ("比重", "年均", "累计", "连续", "五年", "十四五", "占全国", "翻番")
#: Of these, the ones that disqualify a clause wherever they stand (the rest only before the
#: figure: 增长3.9%、总量连续37年居全国首位 is still the year's growth).
_ANYWHERE = ("比重", "年均", "累计", "五年", "十四五", "翻番")
REACH = 22  # 地区生产总值达到32193.15亿元、增长5.7%: the level may come first


@dataclass
class Found:
    """A reported figure: the clause it was read from and its reading."""

    quote: str
    figure: str
    value: float
    unit: str
    base_value: float | None
    preliminary: bool
    bound: str | None  # stated as a bound: ≥ (超过3%, 5%以上), ≤ (5%以内), ≈ (约, 左右)
    fall: bool  # 下降3.3%: a fall, which the figure as printed does not sign


def stems(aliases: list[str]) -> list[str]:
    """Names to look for in a review: each alias without its verb, longest first."""
    out = set()
    for alias in aliases:
        if alias in _TOO_GENERAL:
            continue
        stem = alias
        for ending in _ENDINGS:
            if stem.endswith(ending) and len(stem) > len(ending) + 2:
                stem = stem[: -len(ending)]
                break
        if len(stem) >= 3:
            out.add(stem)
    return sorted(out, key=len, reverse=True)


def _sentences(text: str, year: int) -> list[str]:
    """The review's sentences about the year itself (a clause naming 十四五 is dropped later).

    A 2026 report reviews 2025 and the whole 十四五 period: a paragraph opening on the five
    years (过去的五年…, 这是…的五年) starts a run about them, one opening on the year
    (刚刚过去的2025年, 一年来, 过去一年) ends it; paragraphs of the run, and sentences that name
    十四五 or 五年, are left out.
    """
    out: list[str] = []
    five_year = False
    opens_year = (f"{year}年", f"刚刚过去的{year}年", "刚刚过去的一年", "过去的一年", "去年")
    opens_year += ("过去一年", "一年来")
    for paragraph in text.split("\n"):
        head = re.sub(r"^各位代表[！!，,：:]", "", paragraph.replace("*", "").strip())
        if head.startswith(opens_year) and "五年" not in head[:20]:
            five_year = False  # 2025年是“十四五”收官之年。五年来…: it opens on the five years
        elif any(w in head[:20] for w in ("五年", "十四五")):
            five_year = True
        if five_year:
            continue
        for s in re.split(r"(?<=[。；;])", paragraph):
            if s.strip() and not any(w in s.replace("*", "")[:20] for w in ("十四五", "五年")):
                out.append(s)  # a sentence about the five years opens on them
    return out


def find(
    review: str, aliases: list[str], unit: str, year: int, nation: bool = False
) -> Found | None:
    """The first figure in ``unit`` that the review states for the indicator named by aliases."""
    names = stems(aliases)
    units = {"%", "％"} if unit in ("%", "％") else {unit}
    for sentence in _sentences(review, year):
        clauses = split_clauses(sentence)
        for i, clause in enumerate(clauses):
            for name in names:
                at = clause.find(name)
                if at < 0 or clause[max(0, at - 2) : at].endswith(_NOT_BEFORE):
                    continue
                if any(w in clause for w in _ANYWHERE):
                    continue
                if any(int(y) != year for y in re.findall(r"([0-9]{4})年", clause)):
                    continue  # 从2020年的53.2%提升到2025年的57.7%: another year's figure
                if not nation and "全国" in clause[:at]:
                    continue  # 高于全国…: a comparison with the nation, not the place's figure
                if not _opens(clause[:at]) or "分别" in clause:
                    continue  # 跨境电商进出口增长: a part, not the whole; 分别: whose is which?
                text = clause
                if i + 1 < len(clauses) and clauses[i + 1].startswith(("比上年", "同比", "增长")):
                    text = clause + "，" + clauses[i + 1]  # NBS: 国内生产总值…亿元，比上年增长5.0%
                for start, r in _read(text):
                    if start < at + len(name) or r["unit"] not in units:
                        continue
                    if any(w in text[:start] for w in _NOT_THE_YEAR):
                        break  # 连续9年稳定在1300亿斤以上: a streak, not the year's figure
                    if start - (at + len(name)) > REACH and text == clause:
                        break
                    if text != clause and start > len(clause) + 8:
                        break
                    return _found(sentence, text, start, r)
    return _year_clause(review, names, units, year)


def _year_clause(review: str, names: list[str], units: set[str], year: int) -> Found | None:
    """A figure in a clause that names the year itself, after a clause naming the indicator:
    全省地区生产总值连跨4个千亿台阶，2024年达到1.3万亿元、增长5.8%. The clause's own year makes
    it the year's result even inside a passage about the five-year period."""
    for sentence in re.split(r"(?<=[。；;])", review):
        clauses = split_clauses(sentence)
        for i in range(1, len(clauses)):
            clause = clauses[i]
            if not clause.startswith(f"{year}年") or re.findall(r"([0-9]{4})年", clause[5:]):
                continue
            prev = clauses[i - 1]
            at = next((prev.find(n) for n in names if prev.find(n) >= 0), -1)
            if at < 0 or not _opens(prev[:at]) or prev[max(0, at - 2) : at].endswith(_NOT_BEFORE):
                continue
            if any(w in prev + clause for w in (*_ANYWHERE, "分别", "全国")):
                continue
            begin = sentence.find(prev)
            quote = sentence[begin : sentence.find(clause, begin) + len(clause)]
            for start, r in _read(quote):
                if r["unit"] in units and start >= len(quote) - len(clause):
                    return _found(sentence, quote, start, r)
    return None


_OPENERS = ("全年", "全省", "全市", "全区", "全疆", "全国", "实现", "完成", "预计", "其中", "去年")
_OPENERS += ("我省", "我区", "我市", "初步统计", "初步核算")


def _opens(prefix: str) -> bool:
    """True when the words before the name are only openers (全年, 预计 …): the name is the
    subject of its clause, not a part of a longer name (跨境电商进出口)."""
    prefix = re.sub(r"^[0-9]{4}年", "", prefix.replace("*", "").strip())
    changed = True
    while changed and prefix:
        changed = False
        for word in _OPENERS:
            if prefix.startswith(word):
                prefix, changed = prefix[len(word) :], True
    return prefix == "" or prefix.endswith(("、", "是"))


def _bound(before: str, after: str) -> str | None:
    """How the words around a figure bound it: at least, at most, about, or exact (None)."""
    if before.endswith(("超过", "超", "突破", "跃上")) or after.startswith("以上"):
        return "≥"
    if after.startswith(("以内", "以下")):
        return "≤"
    if before.endswith(("近", "约")) or after.startswith("左右"):
        return "≈"  # 近 (nearly) is a little under: an approximation, never a bound to judge
    return None


def _found(sentence: str, quote: str, start: int, r: dict[str, object]) -> Found:
    figure = str(r["figure"])
    before = quote[max(0, start - 3) : start]
    after = quote[start + len(figure) : start + len(figure) + 2]
    bound = _bound(before, after)
    fall = before.endswith(("降", "降低", "减少", "回落"))  # 下降, 微降, 降低 …
    return Found(
        quote=quote.lstrip("*"),
        figure=figure,
        value=r["value"],  # type: ignore[arg-type]
        unit=str(r["unit"]),
        base_value=r["base_value"],  # type: ignore[arg-type]
        preliminary=any(w in sentence for w in ("初步核算", "初步统计", "预计")),
        bound=bound,
        fall=fall,
    )
