"""What period each part of a plan speaks of: the plan year, review and plan parts, horizons.

A government work report reviews last year (``一、2024年工作回顾``) and then sets out this
year (``二、2025年工作安排``); five-year outlines and plans reach further (``到2030年``,
``“十五五”时期``, 2035). Each rule below is a wording class with its reason.

The plan year, in this order of trust (never today's date):

1. the opening line's date (``——二〇二五年二月八日在…第三次会议上``, or a news page's
   ``2026-03-05``): a report is given in the first weeks of the year it plans;
2. the years in the title (``2025年政府工作报告``; of ``2024年…执行情况与2025年…计划``
   the later);
3. the headings: a plan heading's year, a review heading's year plus one;
4. a year the text says it reviews (回顾2014年工作, 2024年工作回顾), plus one;
5. the first year a clause of the text names (plus one when it reviews, or when 预计
   follows it), or the year after it when the text names that one too.

Among several, the latest counts, but no more than a year past the earliest (a 2035 vision
is a horizon, not the plan year).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from zzbrief.draft import scope

#: Heading words of a part that looks back, and why: the part reports results.
REVIEW_WORDS: tuple[str, ...] = (
    "回顾",
    "过去",
    "总结",
    "成就",
    "成绩",
    "执行情况",
    "完成情况",
    "进展情况",
)
REVIEW_WORDS += ("发展基础", "上半年", "前三季度", "落实情况", "完成良好", "超额完成")
#: Heading words of a part that sets goals or tasks for the plan's period.
PLAN_WORDS: tuple[str, ...] = (
    "目标",
    "任务",
    "安排",
    "工作重点",
    "重点工作",
    "总体要求",
    "工作建议",
    "计划草案",
)
PLAN_WORDS += ("政策取向", "展望", "民生实事", "今年", "明年", "思路", "主要指标", "主要预期")
#: Opening words of a paragraph that looks back (过去一年，… / 一年来，…).
LOOK_BACK: tuple[str, ...] = (
    "过去一年",
    "过去五年",
    "过去",
    "一年来",
    "五年来",
    "回顾",
    "去年",
    "上年",
)
LOOK_BACK += ("上半年", "前三季度", "会议认为")
#: Opening words of a paragraph that looks ahead (今年是…, 新的一年…, 主要预期目标是…).
LOOK_AHEAD = ("今年", "明年", "新的一年", "今后", "下一步", "主要目标", "预期目标", "目标任务")
#: …以来 turns any time word into a look back (今年以来, 2024年以来, 近年来).
SINCE = ("以来", "近年来", "近几年", "上半年", "前三季度", "一季度", "1—6月", "1-6月", "1至6月")
_YEAR = re.compile(r"((?:19[5-9]|20[0-9])[0-9])年")  # 1950s to 2090s
_CN_YEAR = re.compile(
    r"((?:20|二〇|二零)[0-9〇零一二三四五六七八九]{2})年[0-9一二三四五六七八九十]{1,3}月"
)
_ISO_DATE = re.compile(r"(?<![0-9])(20[0-9]{2})-[01][0-9]-[0-3][0-9](?![0-9])")
_CN_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}
FIVE_YEAR = scope.FIVE_YEAR  # five-year plans by name, and the year each ends
_BY_YEAR = re.compile(r"(?:到|至|于|在)(20[0-9]{2})年|(20[0-9]{2})年(?:前|底前|以前|末)")
_LONG_RANGE = ("远景", "长远", "长期")
_REVIEWED = re.compile(r"回顾((?:19|20)[0-9]{2})年|((?:19|20)[0-9]{2})年(?:工作)?回顾")


def years_in(text: str) -> list[int]:
    """Every 20xx年 in a text, as integers."""
    return [int(y) for y in _YEAR.findall(text)]


def _date_year(lines: list[str]) -> int | None:
    for line in lines:
        if m := _CN_YEAR.search(line):
            return int("".join(_CN_DIGITS.get(c, c) for c in m.group(1)))
        if m := _ISO_DATE.search(line):  # a news page's dateline: 2026-03-05 09:47
            return int(m.group(1))
    return None


def _latest(years: list[int]) -> int | None:
    return max(y for y in years if y <= min(years) + 1) if years else None


def plan_year(title: str, opening: list[str], headings: list[str], text: str) -> int | None:
    """The plan's year (see the module docstring)."""
    found = _date_year([title, *opening])
    if found is not None:
        return found
    named = _named_years((title, *headings))
    if named:
        # a heading that looks back to 1949 or 1978 does not make an old plan year
        return _latest([y for y in named if y >= 2000] or named)
    reviewed = _REVIEWED.search(text)
    if reviewed is not None:  # a press report of a report: 在《报告》中回顾2014年工作时指出
        return int(reviewed.group(1) or reviewed.group(2)) + 1
    # No dated opening, no year in a heading (a news page, an interview): the first year a
    # clause names (a horizon is none: 到2030年, 2035年远景目标)…
    named = _named_years(c for c in _CLAUSE.split(text) if _YEAR.search(c))
    if not named:
        # only horizons: a five-year outline's end year (到2020年) stands in for it, never a
        # long-range vision (2035年)
        named = [y for y in years_in(text) if y < 2035][:1]
    if not named:
        return None
    start = named[0]
    at = text.find(f"{start}年")
    if at >= 0 and "预计" in text[at + 5 : at + 17]:
        start += 1  # 成绩单是:2014年太原市预计全年…增长3%左右: an estimate of the year before
    # …or the year after it when the text names that one too (2009年,该县共完成…; 展望2010年)
    later = [y for y in years_in(text) if start < y <= start + 1]
    return later[0] if later else start


_CLAUSE = re.compile(r"[，,。；;！？!?\n]")


def _named_years(words: Iterable[str]) -> list[int]:
    # Each year a heading names, plus one in a heading that reviews (2024年工作回顾: 2025).
    # A horizon (到2030年, 2035年远景目标) is a goal's year, not the plan's.
    candidates = []
    for heading in words:
        shift = 1 if any(w in heading for w in REVIEW_WORDS) else 0
        candidates += [y + shift for y in years_in(_HORIZON_YEAR.sub("", heading))]
    return candidates


_HORIZON_YEAR = re.compile(r"(?:到|至)20[0-9]{2}年|20[0-9]{2}年(?:前|底前|以前|远景)")


def names_a_review(title: str, year: int | None) -> bool:
    """True when a title names a review (2024年工作回顾, 上半年经济运行情况): it says review
    and names a year or ends with the word; a headline that only mentions one (太原市长:这是
    一份令人羞愧的成绩单) does not make the whole text a review."""
    found = heading_kind(title, year)
    if found is None or found[0] != "review":
        return False
    return bool(years_in(title)) or title.rstrip("。 ").endswith((*REVIEW_WORDS, "情况"))


def heading_kind(words: str, year: int | None) -> tuple[str, int | None] | None:
    """``(kind, period)`` a heading gives its part, or None when it says neither."""
    years = years_in(words)
    later = year is not None and any(y >= year for y in years)
    five = [end for name, end in FIVE_YEAR.items() if name in words and (year or 0) <= end]
    if any(w in words for w in REVIEW_WORDS) and not (later and _plans(words)):
        past = [y for y in years if year is None or y < year]
        return "review", past[-1] if past else (year - 1 if year else None)
    if _plans(words) or later or five:
        ahead = [y for y in years if year is None or y >= year] + five
        return "plan", max(ahead) if ahead else year
    if years and year is not None:
        return "review", max(years)
    return None


def _plans(words: str) -> bool:
    return any(w in words for w in PLAN_WORDS)


def _reviews_a_plan_period(opening: str, year: int | None) -> bool:
    # 过去五年, 五年来, or a five-year plan that has ended, opening a paragraph
    head = opening.lstrip('*“"')[:12]
    if head.startswith(("过去五年", "五年来")):
        return True
    return year is not None and any(
        head.startswith(name) and end < year for name, end in FIVE_YEAR.items()
    )


def looks_back(opening: str, year: int | None) -> bool:
    """True when a paragraph opens by looking back (过去一年, / 2024年， / 今年以来, or a
    five-year plan that has ended: “十二五”时期…)."""
    head = opening.lstrip("*")[:12]
    if any(w in head for w in SINCE) or any(head.startswith(w) for w in LOOK_BACK):
        return True
    if _reviews_a_plan_period(opening, year):
        return True
    years = years_in(head[:6])
    return bool(years) and year is not None and years[0] < year


def looks_ahead(opening: str, year: int | None) -> bool:
    """True when a paragraph opens by looking ahead (今年是…, 2025年， the plan's year)."""
    head = opening.lstrip("*")[:12]
    if any(w in head for w in SINCE):
        return False
    if any(w in head for w in LOOK_AHEAD):
        return True
    if any(name in head and (year or 0) <= end for name, end in FIVE_YEAR.items()):
        return True  # “十四五”期间,要…: the five-year plan the plan year is in, or a later one
    return year is not None and any(y >= year for y in years_in(head))


def _bare_year(opening: str, year: int | None) -> bool:
    # 2025年，全市实现新增城镇就业8.4万人: only the plan year, no goal: it may well report
    # the year just ended (a page's date made it the plan's), so a run of results goes on.
    head = opening.lstrip("*")[:12]
    return not any(w in head for w in LOOK_AHEAD) and not scope.opens_ahead(head, year)


def horizon(words: str, year: int | None) -> int | str | None:
    """The year a goal is set for when its wording names one past the plan year.

    ``到2030年`` / ``2027年前`` → that year; ``“十五五”`` → 2030; ``2035年`` → 2035;
    远景/长期 without a year → ``long-range``; otherwise None (the plan year).
    """
    named = [int(a or b) for a, b in _BY_YEAR.findall(words)]
    named += [y for y in years_in(words) if y >= 2035]
    named += [end for name, end in FIVE_YEAR.items() if name in words]
    later = [y for y in named if year is None or y > year]
    if later:
        return max(later)
    if any(w in words for w in _LONG_RANGE):
        return "long-range"
    return None


class PartTracker:
    """Follows the parts of a text as its lines go by, and says what each paragraph is.

    Every heading opens a part at its rank; a heading that says neither review nor plan
    takes its parent's kind, and at the top level ``plan`` once a review has been seen
    (reports review, then plan) or ``other`` before. In an ``other`` part (a text without
    headings) a paragraph that opens by looking back starts a run of review paragraphs,
    and one that looks ahead ends it.
    """

    def __init__(self, year: int | None) -> None:
        self.year = year
        self.stack: list[tuple[int, str, int | None]] = []
        self.seen_review = False
        self.flow: str | None = None
        self.recorded = False  # a sentence of this paragraph reported a record
        self.opening: str | None = None  # a heading that said neither, until its first paragraph

    def heading(self, rank: int, words: str) -> None:
        """A heading at ``rank`` opens a part."""
        while self.stack and self.stack[-1][0] >= rank:
            self.stack.pop()
        found = heading_kind(words, self.year)
        if found is None:
            if self.stack:
                found = self.stack[-1][1], self.stack[-1][2]
            else:
                found = ("plan", self.year) if self.seen_review else ("other", None)
        self.stack.append((rank, *found))
        self.seen_review |= found[0] == "review"
        self.flow = None
        # A heading that says neither (第一章　发展环境) takes its kind from above, but its
        # first paragraph may open a run of results (“十二五”时期是…不平凡的五年。)
        neutral = heading_kind(words, self.year) is None and found[0] == "plan"
        self.opening = words if neutral and words else None

    def short_line(self, words: str) -> None:
        """A short line of its own (2024年工作回顾 / 2025年主要目标) acts as a heading when it
        names a part."""
        words_say = any(w in words for w in REVIEW_WORDS + PLAN_WORDS)
        if words_say and heading_kind(words, self.year) is not None:
            # It names a whole part (texts that head parts this way number only the
            # headings inside them): it closes every part open before it.
            self.heading(0, words)

    def paragraph(self, words: str) -> tuple[str, int | None]:
        """``(kind, period)`` of a paragraph that opens with ``words``: review, plan, other,
        or ``past`` for a paragraph of a plan part that opens by looking back."""
        kind, period = self.stack[-1][1:] if self.stack else ("other", None)
        year = self.year
        self.recorded = False
        # (the heading's own line comes through here first, and does not count)
        opening = self.opening is not None and self.opening not in words
        if opening:
            self.opening = None
        if looks_back(words, year):
            if (
                kind == "other"
                or opening
                or (kind == "plan" and _reviews_a_plan_period(words, year))
            ):
                # “十二五”时期是我国发展很不平凡的五年: an outline's review of the last plan
                # runs over the paragraphs after it, until the next heading or a look ahead
                self.flow = "past"
            self.seen_review = True
            past = [y for y in years_in(words[:12]) if year is None or y < year]
            # Only a heading makes a strict review; a paragraph that looks back keeps the
            # goal words of its clauses (``past``).
            return "review" if kind == "review" else "past", past[0] if past else (
                year - 1 if year else None
            )
        reporting = kind == "other" and self.flow == "past"
        if looks_ahead(words, year) and not (reporting and _bare_year(words, year)):
            if kind == "other":
                self.flow = "plan"
            elif self.flow == "past":
                self.flow = None
            return "plan", year
        if kind in ("other", "plan") and self.flow == "past":
            return self.flow, year - 1 if year else year
        if kind == "other" and self.flow is not None:
            return self.flow, year
        return kind, period

    def sentence(self, words: str, kind: str) -> str:
        """The kind of a sentence of a paragraph of ``kind``: in a text without parts, a
        sentence that names what it reports (去年…执行情况, 上半年, 2020年，…) starts a run
        of ``past`` sentences, and one that looks ahead (今年, 计划草案, 目标) ends it."""
        if kind != "review" and scope.reports_record(words):
            self.recorded = True  # 均创新标准实施以来新纪录: this paragraph reports from here
        elif self.recorded and scope.sets_goal(words):
            self.recorded = False
        if self.recorded and (kind == "plan" or self._unheaded()):
            return "past"
        if kind not in ("other", "past") and not (kind == "plan" and self._unheaded()):
            return kind
        head = scope.head(words)
        back = any(w in head for w in _SENTENCE_BACK) or any(w in head for w in SINCE)
        ahead = any(w in head for w in _SENTENCE_AHEAD) and not any(w in head for w in SINCE)
        if not (back or ahead):  # no word that names a report or a plan: its time words
            back = scope.period(head, self.year) == "past"
            ahead = scope.opens_ahead(head, self.year, self.flow == "past")
        if back and not ahead:
            self.flow = "past"
        elif ahead and not back:
            self.flow = None if kind != "plan" else "plan"
            return "other" if kind != "plan" else "plan"
        if kind == "plan":
            return "past" if self.flow == "past" else kind
        return self.flow or kind

    def _unheaded(self) -> bool:
        # No heading has given this part a kind: its paragraphs and sentences say it.
        return not self.stack or self.stack[-1][1] == "other"


#: Words before a sentence's first number that say it reports, or looks ahead.
_SENTENCE_BACK: tuple[str, ...] = (
    "去年",
    "上年",
    "执行情况",
    "完成情况",
    "上半年",
    "前三季度",
    "过去一年",
)
_SENTENCE_BACK += ("通报有关情况", "通报情况", "工作成效", "取得成效")
#: 年初确定的预期性目标为:…: last year's targets restated, a look back for all its items.
_SENTENCE_BACK += ("年初确定", "年初提出")
#: Goals met (胜利完成“十二五”规划确定的主要目标): goals met are a look back, though they
#: say 目标.
_SENTENCE_BACK += ("胜利完成", "圆满完成", "超额完成", "顺利完成")
_SENTENCE_AHEAD = ("今年", "明年", "计划草案", "目标", "新的一年")
