"""Splitting a plan text into a title, sections, paragraphs and sentences.

Headings start sections. A heading is a Markdown heading (``## …``), a part or chapter
(``第一部分``), a top-level item (``一、…``), a sub-item (``（一）…``) or a numbered line
(``1. …``); the last three count only on short lines, since plans also start ordinary
paragraphs that way. The shallowest kind of heading the text uses is the *pillar* level:
each such heading opens a pillar section (``p1``, ``p2`` …). Text before the first one is
the ``lead``; a pillar-level heading named 结语/结束语/附录/附件/后记 opens a ``closing``
section. Deeper headings stay inside their section as one-line paragraphs.

Every line is a paragraph. A sentence ends at 。！？；!?; and any closing quote or
bracket that follows, exactly as ``zzbrief validate`` splits them.
"""

from __future__ import annotations

import re

from zzbrief.draft.model import Section, Sentence

#: zzbrief.briefing.checks uses these too, so a draft's
#: sentences pass ``zzbrief validate``.
TERMINATORS = "。!?;！？；"
CLOSERS = "”’」』)"
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
_BULLET = re.compile(r"^(?:[-*+>]\s+)+")
_CLOSING_WORDS = ("结语", "结束语", "附录", "附件", "后记", "名词解释")


def cut_sentences(text: str) -> list[str]:
    """Cut text after each terminator (and any closing quote after it), keeping every
    character: the pieces join back to ``text``. Briefing checks use it as is."""
    out: list[str] = []
    start = i = 0
    while i < len(text):
        if text[i] in TERMINATORS:
            i += 1
            while i < len(text) and text[i] in CLOSERS:
                i += 1
            out.append(text[start:i])
            start = i
        else:
            i += 1
    if start < len(text):
        out.append(text[start:])
    return out


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, trimmed, without empty ones."""
    return [s.strip() for s in cut_sentences(text) if s.strip()]


def heading_rank(line: str) -> tuple[int, str] | None:
    """The rank of a heading line (lower is shallower) and its text; None for body text."""
    markdown = _MARKDOWN.match(line)
    if markdown:
        return len(markdown.group(1)), markdown.group(2).strip()
    for rank, pattern, short_only in _HEADINGS:
        if pattern.match(line):
            body = line.rstrip("。")
            if short_only and (len(line) > MAX_HEADING or any(c in TERMINATORS for c in body)):
                return None
            return rank, line
    return None


def split_title(lines: list[str]) -> tuple[str, list[str]]:
    """The title (first heading or first short line) and the lines after it."""
    for i, line in enumerate(lines):
        if not line:
            continue
        found = heading_rank(line)
        if found is not None and line.startswith("#"):
            return found[1], lines[i + 1 :]
        if len(line) <= MAX_HEADING * 2 and not any(c in TERMINATORS for c in line):
            return line, lines[i + 1 :]
        return line[:MAX_HEADING], lines[i:]  # no title line: name it by its opening words
    return "", []


def _make_section(
    sid: str, kind: str, pillar: int | None, heading: str, body: list[str]
) -> Section:
    n = 0
    paragraphs: list[tuple[Sentence, ...]] = []
    for line in body or [heading]:
        sentences: list[Sentence] = []
        for zh in split_sentences(line):
            n += 1
            sentences.append(Sentence(f"{sid}.{n}", zh))
        if sentences:
            paragraphs.append(tuple(sentences))
    return Section(sid, kind, pillar, heading, tuple(paragraphs))


def segment(text: str) -> tuple[str, tuple[Section, ...]]:
    """Read a plan text into its title and sections (see the module docstring)."""
    lines = [_BULLET.sub("", line.strip()) for line in text.split("\n")]
    title, rest = split_title(lines)
    marks = {i: heading_rank(line) for i, line in enumerate(rest) if line}
    ranks = [m[0] for m in marks.values() if m is not None]
    top = min(ranks, default=None)
    groups: list[tuple[str, list[str]]] = [("", [])]  # (heading, body lines)
    for i, line in enumerate(rest):
        mark = marks.get(i)
        if mark is not None and mark[0] == top:
            groups.append((mark[1], []))
        elif line:
            groups[-1][1].append(line)
    return title, _sections(groups, title)


def _sections(groups: list[tuple[str, list[str]]], title: str) -> tuple[Section, ...]:
    sections: list[Section] = []
    pillars = closings = 0
    lead_body = groups[0][1]
    has_pillar = any(not _is_closing(h) for h, _ in groups[1:])
    if not has_pillar and not lead_body and len(groups) > 1:
        # Only closing-like headings: the first of them becomes the one pillar, since a
        # briefing needs at least one.
        heading, body = groups.pop(1)
        pillars = 1
        sections.append(_make_section("p1", "pillar", 1, heading, body))
    elif lead_body:
        if has_pillar:
            sections.append(_make_section("lead", "lead", None, "", lead_body))
        else:  # no pillar headings at all: the whole text is one pillar, named by the title
            pillars = 1
            sections.append(_make_section("p1", "pillar", 1, title or "TODO", lead_body))
    for heading, body in groups[1:]:
        if _is_closing(heading) or (pillars and not has_pillar):
            closings += 1
            sid = "closing" if closings == 1 else f"closing-{closings}"
            sections.append(_make_section(sid, "closing", None, heading, body))
        else:
            pillars += 1
            sections.append(_make_section(f"p{pillars}", "pillar", pillars, heading, body))
    return tuple(s for s in sections if s.paragraphs)


def _is_closing(heading: str) -> bool:
    return any(word in heading for word in _CLOSING_WORDS)
