"""The period a stretch of a sentence speaks of, from its own time words.

A text without part headings (a bureau's account, an interview, a news page) moves between
results and goals sentence by sentence: ``2020年，全市进出口总额4867亿元`` reports,
``今年主要预期目标为：地区生产总值增长7%左右`` plans, and ``去年…基数很高，加上今年的新挑战
不少，要实现5%左右的增长`` plans too, because the last time word before the figure is 今年.
The last time word before a figure decides; each class below holds in any Chinese text:

| time word | period | why |
| --- | --- | --- |
| 去年, 上年, 过去一年, 过去五年, 一年来, 十年来, …以来, 近年来 | past | they name what is over |
| a year before the plan year (2020年, 2020年底) | past | |
| a five-year plan that has ended (“十一五”期间 in a 2011 text) | past | |
| 今年, 明年, 新的一年, 今后, 下一步, 未来 | ahead | they name what is to come |
| the plan year or later (2025年, 到2030年) | ahead | |
| a five-year plan not yet over (“十五五”时期) | ahead | |

A past time word that modifies a noun (``继续执行去年出台的…政策``) is not the time of the
sentence, and quarters (``一季度达到30%``) are milestones in a plan as often as results.
Comparisons are not time words: 比上年, 较去年, 同比 and a base year (比2020年翻一番) say
what a figure is measured against, not when it is.
"""

from __future__ import annotations

import re

#: Five-year plans by name, and the year each ends.
FIVE_YEAR = {
    "十一五": 2010,
    "十二五": 2015,
    "十三五": 2020,
    "十四五": 2025,
    "十五五": 2030,
    "十六五": 2035,
}
PAST_TIMES: tuple[str, ...] = ("去年", "上年", "上一年", "过去", "以来", "近年来", "近几年")
PAST_TIMES += ("年初以来", "今年以来")
AHEAD_TIMES: tuple[str, ...] = ("今年", "明年", "新的一年", "今后", "下一步", "未来")
#: 比上年增加, 较去年, 同比: what a figure is compared with, not when it is.
_COMPARED = re.compile(
    r"(?:比|较|相比|较之|与|同比)(?:上年|去年|上一年|20[0-9]{2}年)(?:同期)?|同比"
)
_N = "一二两三四五六七八九十几多数0-9"


def _time_words() -> re.Pattern[str]:
    # Longer words first, so that 今年以来 is one past word and not 今年 (ahead).
    words = sorted(PAST_TIMES + AHEAD_TIMES, key=len, reverse=True)
    alternatives = [
        r"20[0-9]{2}年(?:以来)?",
        "|".join(FIVE_YEAR),
        rf"[{_N}]+年来",
        *map(re.escape, words),
    ]
    return re.compile("|".join(alternatives))


_WORDS = _time_words()


#: A sentence's first number that is not a date (1月28日 opens many a press release).
FIRST_NUMBER = re.compile(r"[0-9０-９]+(?![0-9０-９]*[年月日号时])")


def head(words: str) -> str:
    """The words of a sentence before its first number (a year or a date is no number)."""
    return FIRST_NUMBER.split(words, maxsplit=1)[0]


def sentence_period(before: str, year: int | None) -> str | None:
    """The period the words of a sentence ``before`` a figure put it in.

    The last time word decides (``去年…，加上今年的新挑战不少，要实现5%`` looks ahead), but
    a sentence reports only when it opens by naming what is over (``2020年，…``, ``截止
    2020年底``): a past time word after its first figure is more often a point of
    comparison (``力争投入强度高于“十三五”时期实际``) than the time of the figures after it.
    """
    found = period(before, year)
    if found == "past" and period(head(before), year) != "past":
        return None
    return found


def period(words: str, year: int | None) -> str | None:
    """``past`` or ``ahead`` for the last time word in ``words``; None when there is none.

    ``year`` is the plan year (from the text, never today's date): a year or five-year plan
    before it is past, the year itself and later ahead. Without it, years decide nothing.
    """
    found = _last(words, year)
    return found[0] if found else None


#: Words that set a goal or say what is to be done.
GOALS = ("目标", "计划", "预期", "力争", "争取", "努力", "确保", "将", "拟", "不低于", "不少于")
#: …and 要 as a modal (要实现, 要“增长7%左右”), not in 主要, 重要, 需要, 要求.
_GOAL = re.compile("|".join(map(re.escape, GOALS)) + r"|(?<![主重需只紧纲必])要(?![求素点闻])")


def sets_goal(words: str) -> bool:
    """True when ``words`` have a word that sets a goal (目标, 力争, 确保, 将, 要 …)."""
    return _GOAL.search(words) is not None


#: A record (创…新纪录, 历史新高, 历史最好水平) is always something achieved.
RECORDS = ("新纪录", "新记录", "历史新高", "再创新高", "创下新高", "历史最好", "历史最高")


def reports_record(sentence: str) -> bool:
    """True when a sentence reports a record and sets no goal (再创历史最好水平 with 争取 is
    a goal)."""
    return any(w in sentence for w in RECORDS) and not sets_goal(sentence)


def opens_ahead(head: str, year: int | None, reporting: bool = False) -> bool:
    """True when a sentence opening ``head`` looks ahead. The plan year alone is not enough
    when no goal word goes with it: a bureau's January account of the year just ended
    (``2025年，全市实现新增城镇就业8.4万人``) names the year a page's date made the plan's;
    and in a run of results (``reporting``) the year must open its clause (``会议指出，2026年
    全市…将``): ``并提出…在2021年要“向40万辆发起冲击”`` sets that goal (role.py), but the
    account goes on."""
    found = _last(head, year)
    if found is None or found[0] != "ahead":
        return False
    bare_year = year is not None and found[1].startswith(str(year))
    if not bare_year:
        return True
    opens = not reporting or head.rfind(found[1]) == 0 or head[head.rfind(found[1]) - 1] in "，,：:"
    return sets_goal(head) and opens


#: 去年出台的…政策, 2020年确定的: a time word that modifies a noun.
_MODIFIES = re.compile(r"[^，,。；;：:、]{0,6}的")


def _last(words: str, year: int | None) -> tuple[str, str] | None:
    words = _COMPARED.sub("", words)
    for found in reversed(list(_WORDS.finditer(words))):
        kind = _kind(found.group(0), year)
        if kind == "past" and _MODIFIES.match(words, found.end()):
            continue
        if kind is not None:
            return kind, found.group(0)
    return None


def _kind(word: str, year: int | None) -> str | None:
    if word.endswith("以来") or word.endswith("年来"):
        return "past"
    if word[:2] == "20" and word[:4].isdigit():
        return None if year is None else ("past" if int(word[:4]) < year else "ahead")
    if word in FIVE_YEAR:
        return None if year is None else ("past" if FIVE_YEAR[word] < year else "ahead")
    return "past" if word in PAST_TIMES else "ahead"
