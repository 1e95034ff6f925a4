"""A plan text's structure: title, front matter, headings, sections, parts and their periods.

The text is read through ``text.scripts`` (traditional script, pinyin and stray spaces read
as simplified); every sentence keeps its offsets into the text as given and its words as
printed. Headings, at every level:

| heading | rank | example |
| --- | --- | --- |
| Markdown | 1-6 | ``## 一、2024年工作回顾`` |
| part, chapter | 10 | ``第一部分`` |
| top item | 11 | ``一、…`` (short lines only) |
| sub-item | 12 | ``（一）…`` (short lines only) |
| numbered line | 13 | ``1. …`` (short lines only) |
| bold line | 14 | ``**2025年十件民生实事**`` (ranked by what is inside when it is numbered) |
| short line | 30 | a line of at most 40 characters without punctuation, when it names a part |

The shallowest rank the text uses is the *pillar* level (sections ``p1``, ``p2`` …; text
before the first is the ``lead``; 结语/附录/附件 … open a ``closing``). Every heading, at
any level, opens a *part* with a kind (``review`` of a past period, ``plan`` for the
plan's period or later, ``other``) and the year it speaks of; see ``parts.py``.
Front matter (a ``---`` YAML block at the top) gives the title and address and is not text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zzbrief.draft import periods
from zzbrief.draft.model import Section, Sentence
from zzbrief.text import scripts
from zzbrief.text.scan import find_figures
from zzbrief.text.segment import TERMINATORS, sentence_spans

MAX_HEADING = 40
_CN = "一二三四五六七八九十百零〇"
_HEADINGS: tuple[tuple[int, re.Pattern[str], bool], ...] = (
    # (rank, pattern, only on short lines)
    (10, re.compile(rf"^第[{_CN}0-9]+[部分章篇]"), False),
    (11, re.compile(rf"^[{_CN}]+[、.．]"), True),
    (12, re.compile(rf"^[（(][{_CN}]+[）)]"), True),
    (13, re.compile(r"^[0-9]+[、.．](?![0-9])"), True),
)
_MARKDOWN = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
_BOLD = re.compile(r"^\*\*(.+?)\*\*$")
_BULLET = re.compile(r"^(?:[-*+>]\s+)+")
_CLOSING_WORDS = ("结语", "结束语", "附录", "附件", "后记", "名词解释")
_SPACE = " \t\u00a0\u3000\r\f"
_FRONT_KEY = re.compile(r"^(title|source|url)\s*:\s*(.*?)\s*$")


@dataclass(frozen=True, slots=True)
class Line:
    """One non-empty line: its span in the reading, what it says, and its heading rank."""

    start: int
    end: int
    rank: int | None
    heading: str  # the heading's words in the reading (markers stripped), or ""
    headline: bool = False  # the title, kept as the first paragraph for its figures


@dataclass(frozen=True, slots=True)
class Structure:
    """A plan text read into its title, address, plan year and sections."""

    title: str
    url: str
    year: int | None
    sections: tuple[Section, ...]
    reading: scripts.Reading


def heading_rank(line: str) -> tuple[int, str] | None:
    """The rank of a heading line (lower is shallower) and its text; None for body text."""
    markdown = _MARKDOWN.match(line)
    if markdown:
        return len(markdown.group(1)), markdown.group(2).strip().strip("*").strip()
    bold = _BOLD.match(line)
    if bold:
        inner = bold.group(1).strip()
        found = heading_rank(inner)
        if found is not None:
            return found
        if len(inner) <= MAX_HEADING * 2 and not any(c in TERMINATORS for c in inner[:-1]):
            return 14, inner
        return None
    for rank, pattern, short_only in _HEADINGS:
        if pattern.match(line):
            body = line.rstrip("。")
            if short_only and (len(line) > MAX_HEADING or any(c in TERMINATORS for c in body)):
                return None
            return rank, line
    return None


def is_short_line(text: str) -> bool:
    """A line that may name a part: at most 40 characters, without a sentence's marks."""
    return 0 < len(text) <= MAX_HEADING and not any(c in text for c in "。！？；!?;，,")


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """The ``key: value`` lines of a leading ``---`` block, and where the text after it starts."""
    if not text.startswith("---\n"):
        return {}, 0
    end = text.find("\n---", 3)
    if end < 0 or text[end + 4 : end + 5] not in ("\n", ""):
        return {}, 0
    found = {}
    for line in text[4:end].split("\n"):
        if m := _FRONT_KEY.match(line):
            found[m.group(1)] = m.group(2).strip("'\"")
    return found, min(len(text), end + 5)


def _lines(reading: str, start: int) -> list[Line]:
    out = []
    at = start
    for raw in reading[start:].split("\n"):
        a, b = at, at + len(raw)
        at = b + 1
        while a < b and reading[a] in _SPACE:
            a += 1
        while b > a and reading[b - 1] in _SPACE:
            b -= 1
        if bullet := _BULLET.match(reading, a, b):
            a = bullet.end()
        if a >= b or reading.startswith("<!--", a):
            continue  # blank, or an HTML comment (a photo caption), not text
        found = heading_rank(reading[a:b])
        out.append(Line(a, b, *(found or (None, ""))))
    return out


def _title(lines: list[Line], reading: str, front: dict[str, str]) -> tuple[str, list[Line]]:
    if lines and lines[0].rank is not None and (lines[0].rank < 10 or lines[0].rank == 14):
        return lines[0].heading, lines[1:]
    if front.get("title"):
        return front["title"], lines
    if not lines:
        return "", []
    first = reading[lines[0].start : lines[0].end]
    if len(first) <= MAX_HEADING * 2 and not any(c in TERMINATORS for c in first):
        return first, lines[1:]
    return first[:MAX_HEADING], lines


def _has_figure(line: str) -> bool:
    return any(f.reason is None for f in find_figures(line))


def _as_body(line: Line, reading: str) -> Line:
    # A headline that states a figure (交通运输部:2025年计划新改建农村公路10.5万公里) is the
    # title and also the text's first paragraph, so that its figure is read.
    at = reading.find(line.heading, line.start, line.end) if line.heading else -1
    return Line(at if at >= 0 else line.start, line.end, None, "", headline=True)


def read_structure(text: str) -> Structure:
    """Read a plan text into its title, address, plan year and sections (see above)."""
    front, body = front_matter(text)
    reading = scripts.read(text)
    r = reading.text
    lines = _lines(r, reading.index_of(body))
    title, rest = _title(lines, r, front)
    if rest is not lines and lines and _has_figure(r[lines[0].start : lines[0].end]):
        rest = [_as_body(lines[0], r), *rest]
    opening = [r[ln.start : ln.end] for ln in rest[:12]]
    headings = [ln.heading for ln in rest if ln.rank is not None]
    headings += [
        r[ln.start : ln.end]
        for ln in rest
        if ln.rank is None and is_short_line(r[ln.start : ln.end])
    ]
    # a title cut from the first sentence (嵩县县委书记马振宇说,2009年…) names no plan year
    named = title if rest is not lines or front.get("title") else ""
    year = periods.plan_year(named, opening, headings, r)
    top = min((ln.rank for ln in rest if ln.rank is not None), default=None)
    groups: list[tuple[Line | None, list[Line]]] = [(None, [])]
    for ln in rest:
        if ln.rank is not None and ln.rank == top:
            groups.append((ln, []))
        else:
            groups[-1][1].append(ln)
    marker = periods.PartTracker(year)
    if title and periods.names_a_review(title, year):
        marker.heading(0, title)  # a text titled as a review (2024年工作回顾) reviews
    elif title and (found := periods.heading_kind(title, year)) and found[0] == "review":
        # A headline that only mentions one (太原市长:这是一份令人羞愧的成绩单) opens with
        # results, but a sentence that looks ahead (今年…主要预期目标为) still sets goals.
        marker.flow = "past"
    sections = _sections(groups, title, text, reading, marker)
    return Structure(title, front.get("source") or front.get("url", ""), year, sections, reading)


def segment(text: str) -> tuple[str, tuple[Section, ...]]:
    """Read a plan text into its title and sections (see the module docstring)."""
    found = read_structure(text)
    return found.title, found.sections


def _printed(text: str, reading: scripts.Reading, start: int, end: int) -> str:
    a, b = reading.span(start, end)
    return text[a:b]


def _make_section(
    sid: str,
    kind: str,
    pillar: int | None,
    head: Line | None,
    body: list[Line],
    source: tuple[str, scripts.Reading],
    marker: periods.PartTracker,
) -> Section:
    text, reading = source
    r = reading.text
    heading = _printed(text, reading, head.start, head.end) if head else ""
    if head is not None:
        heading = _strip_marks(heading)
    n = 0
    paragraphs: list[tuple[Sentence, ...]] = []
    lines = body or ([head] if head is not None else [])
    if head is not None:
        marker.heading(head.rank or 0, head.heading)
    for ln in lines:
        words = r[ln.start : ln.end]
        if ln is not head and ln.rank is not None:
            marker.heading(ln.rank, ln.heading)
        elif ln is not head and is_short_line(words) and not _has_figure(words):
            # a short line that states figures (上海:2026年确保完成新增就业60万人以上…) is a
            # headline or a sentence, not the name of a part
            marker.short_line(words)
        # a headline neither opens nor closes a run of paragraphs: what it says of its
        # period is its own clause's business (…2025年计划新改建…)
        part, period = marker.paragraph(words) if not ln.headline else ("other", None)
        sentences: list[Sentence] = []
        for a, b, cut in _bounded(sentence_spans(words, ln.start), r):
            n += 1
            part = marker.sentence(r[a:b], part)
            start, end = reading.span(a, b)
            origin = None
            if reading.origin is not None and text[start:end] != r[a:b]:
                origin = tuple(reading.start_of(k) - start for k in range(a, b))
            zh = text[start:end]
            sentences.append(Sentence(f"{sid}.{n}", zh, start, end, r[a:b], part, period, origin))
            if cut:  # a piece of an over-long sentence ends its paragraph (validate's rule)
                paragraphs.append(tuple(sentences))
                sentences = []
        if sentences:
            paragraphs.append(tuple(sentences))
    return Section(sid, kind, pillar, heading, tuple(paragraphs))


#: The briefing schema's longest text: a longer "sentence" (a text without stops) is cut.
MAX_SENTENCE = 20_000


def _bounded(spans: list[tuple[int, int]], r: str) -> list[tuple[int, int, bool]]:
    # Cut after the last comma before the limit, or at the limit itself; True marks a cut.
    out = []
    for a, b in spans:
        while b - a > MAX_SENTENCE:
            cut = max(r.rfind(c, a, a + MAX_SENTENCE) for c in "，,、 ")
            cut = cut + 1 if cut > a else a + MAX_SENTENCE
            out.append((a, cut, True))
            a = cut
        out.append((a, b, False))
    return out


def _strip_marks(heading: str) -> str:
    found = heading_rank(heading)
    return found[1] if found is not None else heading


def _sections(
    groups: list[tuple[Line | None, list[Line]]],
    title: str,
    text: str,
    reading: scripts.Reading,
    marker: periods.PartTracker,
) -> tuple[Section, ...]:
    source = (text, reading)
    sections: list[Section] = []
    pillars = closings = 0
    lead_body = groups[0][1]
    closing = [h is not None and _is_closing(h.heading) for h, _ in groups]
    has_pillar = not all(closing[1:])
    if not has_pillar and not lead_body and len(groups) > 1:
        # Only closing-like headings: the first of them becomes the one pillar, since a
        # briefing needs at least one.
        head, body = groups.pop(1)
        closing.pop(1)
        pillars = 1
        sections.append(_make_section("p1", "pillar", 1, head, body, source, marker))
    elif lead_body:
        if has_pillar:
            sections.append(_make_section("lead", "lead", None, None, lead_body, source, marker))
        else:  # no pillar headings at all: the whole text is one pillar, named by the title
            pillars = 1
            section = _make_section("p1", "pillar", 1, None, lead_body, source, marker)
            sections.append(_renamed(section, title or "TODO"))
    for (head, body), is_closing in zip(groups[1:], closing[1:], strict=True):
        if is_closing or (pillars and not has_pillar):
            closings += 1
            sid = "closing" if closings == 1 else f"closing-{closings}"
            sections.append(_make_section(sid, "closing", None, head, body, source, marker))
        else:
            pillars += 1
            pid = f"p{pillars}"
            sections.append(_make_section(pid, "pillar", pillars, head, body, source, marker))
    return tuple(s for s in sections if s.paragraphs)


def _renamed(section: Section, heading: str) -> Section:
    return Section(section.id, section.kind, section.pillar, heading, section.paragraphs)


def _is_closing(heading: str) -> bool:
    return any(word in heading for word in _CLOSING_WORDS)
