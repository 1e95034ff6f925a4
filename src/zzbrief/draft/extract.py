"""``extract``: a plan text → a Draft (title, sections, typed figures)."""

from __future__ import annotations

import re

from zzbrief.draft import role, units, wording
from zzbrief.draft.model import Draft, DraftError, Figure, Section, Sentence
from zzbrief.draft.scan import Found, find_figures
from zzbrief.draft.segment import segment

_ITEMS = re.compile(r"[和与及、]")
_SPLIT_UNITS = ("percent", "points", "ratio")


def _base(value: float, factor: float) -> float:
    base = value * factor
    # 1.5 × 10000 is 15000.000000000002 in binary floating point: print it as 15000.
    if abs(base - round(base)) < 1e-6 * max(1.0, abs(base)):
        return round(base)
    return base


def _kind(family: str, direction: str) -> str:
    if family in _SPLIT_UNITS:
        return "share" if direction == "level" else "growth"
    return "count" if family in units.COUNT_FAMILIES else "level"


class _Context:
    """What a figure's reading needs beyond its sentence."""

    __slots__ = ("past", "section", "year")

    def __init__(self, section: str, past: bool, year: int | None) -> None:
        self.section = section
        self.past = past
        self.year = year


def _subjects(text: str, left: int, f: Found) -> list[str] | None:
    # 电子信息和新能源汽车两个万亿级产业集群: one figure for each of the two things listed.
    if f.multiplicity < 2 or f.count_at < left:
        return None
    listed = wording.strip_leads(text[left : f.count_at])
    parts = [p for p in _ITEMS.split(listed) if p]
    return parts if len(parts) == f.multiplicity else None


def _metrics(text: str, left: int, right: int, f: Found) -> list[str]:
    after = text[f.end : right]
    names = _subjects(text, left, f)
    if names is not None:
        return [name + wording.after_noun(after) for name in names]
    cut = f.count_at if f.count_at >= left else f.start
    return [wording.metric(text[left:cut], after)]


def _figures_in(sentence: Sentence, ctx: _Context) -> list[Figure]:
    text = sentence.zh
    found = find_figures(text)
    spans = [(f.start, f.end) for f in found]
    out: list[Figure] = []
    for f in found:
        left, right = wording.clause_bounds(text, f.start, f.end, spans)
        quote = text[left:right].strip()
        before = text[left : f.start]
        info = units.UNITS[f.unit]  # the scanner only matches units of the table
        comp = wording.comparator(before, f.figure, text[f.end : right])
        direction = wording.direction(before)
        for name in _metrics(text, left, right, f):
            out.append(
                Figure(
                    id=f"{sentence.id}-{len(out) + 1}",
                    figure=f.figure,
                    value=f.value,
                    unit=f.unit,
                    base_value=_base(f.value, info.factor),
                    base_unit=info.base,
                    comparator=">" if f.approx and comp == "=" else comp,
                    direction=direction,
                    aspiration=any(w in quote for w in wording.ASPIRATION),
                    kind=_kind(info.family, direction),
                    metric=name,
                    quote=quote,
                    sentence=sentence.id,
                    section=ctx.section,
                    role=role.role(quote, text[:left], ctx.past, ctx.year),
                    range_high=f.range_high,
                )
            )
    return out


def _is_heading_like(text: str) -> bool:
    # A heading names a part; a sentence that happens to be first or alone is not one.
    return 0 < len(text) <= 40 and not any(c in text for c in "。！？；!?;，,")


def _section_figures(section: Section, year: int | None) -> list[Figure]:
    heading = section.heading
    mode = _is_heading_like(heading) and any(w in heading for w in role.REVIEW_HEADINGS)
    out: list[Figure] = []
    for para in section.paragraphs:
        first = para[0].zh
        if len(para) == 1 and _is_heading_like(first):
            # A short line of its own (2024年工作回顾 / 2025年主要目标) sets the context of
            # the paragraphs after it, as a heading would.
            if any(w in first for w in role.REVIEW_HEADINGS) or role.is_past(first, year):
                mode = True
            elif role.looks_ahead(first, year):
                mode = False
        past = role.opens_review(first, year) or (mode and not role.looks_ahead(first[:12], year))
        ctx = _Context(section.id, past, year)
        for sentence in para:
            out.extend(_figures_in(sentence, ctx))
    return out


def extract(text: str) -> Draft:
    """Read a plan text into a Draft: its title, sections of sentences, and every figure.

    ``text`` is already decoded (see ``read_plan``). Figures come in reading order, each
    typed (value, unit, base value, comparator, direction, aspiration, kind, role) and
    tied to the verbatim clause and the sentence it was read from. A text without a
    single figure raises DraftError: it is not a plan this tool can draft.
    """
    title, sections = segment(text)
    short_lines = tuple(
        p[0].zh for s in sections for p in s.paragraphs if len(p) == 1 and _is_heading_like(p[0].zh)
    )
    headings = tuple(s.heading for s in sections if _is_heading_like(s.heading)) + short_lines
    year = role.plan_year(title, text, headings)
    figures = [f for section in sections for f in _section_figures(section, year)]
    if not figures:
        raise DraftError("no figures found in the text: nothing to draft")
    return Draft(title=title, year=year, sections=sections, figures=tuple(figures))
