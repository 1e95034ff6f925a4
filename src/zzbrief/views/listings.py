"""Build the View of each command: what to show, in which language; never how.

Pure functions from typed records to ``render.doc`` blocks plus JSON-ready data.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from zzbrief.briefing import query
from zzbrief.briefing.model import Bi, Briefing, Lang, Pillar, Section, Sector, Target
from zzbrief.briefing.verdicts import judge
from zzbrief.render.doc import Column, Heading, Marked, Para, Table, View
from zzbrief.views import fields
from zzbrief.views.amounts import with_comparator
from zzbrief.views.labels import LABELS, label
from zzbrief.views.scorecard import headline_outcome, verdict_cell

if TYPE_CHECKING:
    from zzbrief.search.engine import Hit


def section_title(b: Briefing, section: Section, lang: Lang) -> str:
    """A section's heading: the pillar's printed heading, or our name for the part."""
    if section.pillar is not None:
        pillar = b.pillar(section.pillar)
        if pillar is not None:
            return pillar.title.pick(lang)
    return (
        label(section.kind, lang) if section.kind in ("lead", "closing", "credits") else section.id
    )


def _target_table(
    targets: Sequence[Target], lang: Lang, primary: bool = False, title: str | None = None
) -> Table:
    columns = (
        Column(label("id", lang), nowrap=True),
        Column(label("metric", lang), ratio=3, min_width=12),
        Column(label("value", lang), justify="right", nowrap=True),
        Column(label("sectors", lang), ratio=1, drop=1),
        Column(label("pillar", lang), justify="right", nowrap=True, drop=2),
    )
    rows = tuple(
        (
            t.id,
            t.metric.pick(lang),
            with_comparator(t, lang),
            ", ".join(t.sectors),
            "" if t.pillar is None else str(t.pillar),
        )
        for t in targets
    )
    return Table(columns, rows, title=title, primary=primary)


def targets_view(b: Briefing, targets: Sequence[Target], lang: Lang) -> View:
    """``zzbrief targets``: one row per target."""
    return View((_target_table(targets, lang),), [fields.target(t, b.source.year) for t in targets])


def pillars_view(b: Briefing, lang: Lang) -> View:
    """``zzbrief pillars``: the five pillars with their target counts."""
    counts = query.targets_per_pillar(b)
    other: Lang = "en" if lang == "zh" else "zh"
    columns = (
        Column(label("id", lang), justify="right", nowrap=True),
        Column(label("heading", lang), ratio=2, min_width=10),
        # The other language has a column of its own, except under --lang both, where each
        # heading cell already holds both.
        *([] if lang == "both" else [Column(label(f"title_{other}", lang), ratio=2, drop=1)]),
        Column(label("slug", lang), nowrap=True, drop=2),
        Column(label("targets", lang), justify="right", nowrap=True),
    )
    rows = tuple(
        (str(p.id), p.title.pick(lang), *([] if lang == "both" else [p.title.pick(other)]),
         p.slug, str(counts[p.id]))
        for p in b.pillars
    )  # fmt: skip
    data = [fields.pillar(p, counts[p.id]) for p in b.pillars]
    return View((Table(columns, rows),), data)


def pillar_view(b: Briefing, p: Pillar, lang: Lang) -> View:
    """``zzbrief pillars N``: summary, initiatives, targets and the restored text."""
    targets = query.filter_targets(b, pillar=p)
    section = b.pillar_section(p.id)
    sentences = section.sentences if section else ()
    blocks: list[Heading | Para | Table] = [
        Heading(f"{p.id} {p.heading} · {p.title_en}"),
        Para(p.summary.pick(lang) if lang != "both" else p.summary.zh),
    ]
    if lang == "both":
        blocks.append(Para(p.summary.en, dim=True))
    # Both names always: the Chinese is what a reader will meet in other sources.
    initiatives = tuple((i.zh, i.en) for i in p.initiatives)
    columns = (Column(label("initiatives", lang), ratio=1), Column(label("term_en", lang), ratio=1))
    blocks.append(Table(columns, initiatives))
    if targets:
        title = label("pillar_targets", lang).replace("\n", " / ")
        blocks.append(_target_table(targets, lang, primary=True, title=title))
    blocks.append(Heading(label("restored_text", lang)))
    if section:
        blocks.extend(_paragraphs(section, lang))
    data = fields.pillar(p, len(targets)) | {
        "targets": [fields.target(t, b.source.year) for t in targets],
        "sentences": [fields.sentence(s) for s in sentences],
    }
    return View(tuple(blocks), data, rows_key="targets")


def sectors_view(b: Briefing, lang: Lang) -> View:
    """``zzbrief sectors``: codes, names, aliases and target counts."""
    counts = query.targets_per_sector(b)
    columns = (
        Column(label("code", lang), nowrap=True),
        Column(label("name", lang), ratio=1, min_width=8),
        Column(label("aliases", lang), ratio=2, drop=1),
        Column(label("targets", lang), justify="right", nowrap=True),
    )
    rows = tuple(
        (s.code, s.name.pick(lang), ", ".join(s.aliases), str(counts[s.code])) for s in b.sectors
    )
    return View((Table(columns, rows),), [fields.sector(s, counts[s.code]) for s in b.sectors])


def _paragraphs(section: Section, lang: Lang) -> list[Para]:
    out: list[Para] = []
    for para in section.paragraphs:
        if lang == "both":
            for s in para:
                out.append(Para(s.zh))
                out.append(Para(s.en, dim=True))
        elif lang == "en":
            out.append(Para(" ".join(s.en or s.zh for s in para)))
        else:
            out.append(Para("".join(s.zh for s in para)))
    return out


def article_view(b: Briefing, sections: Sequence[Section], lang: Lang) -> View:
    """``zzbrief article``: the restored article in reading order."""
    blocks: list[Heading | Para | Table] = []
    if len(sections) == len(b.sections):
        blocks.append(Heading(title_text(b, lang)))
    for section in sections:
        blocks.append(Heading(section_title(b, section, lang)))
        blocks.extend(_paragraphs(section, lang))
    data = [fields.sentence(s) for sec in sections for s in sec.sentences]
    return View(tuple(blocks), data)


def title_text(b: Briefing, lang: Lang) -> str:
    """The source's title in ``lang``: both, under ``both``, as every view's titles are."""
    return Bi(b.source.title, b.source.title_en).pick(lang)


def source_line(b: Briefing, lang: Lang) -> str:
    """One line naming the source: speaker, role, outlet, occasion and date; a report in the
    library names its place and the day it was delivered instead of an outlet."""
    s = b.source
    if s.outlet is None or s.role is None or s.occasion is None:
        when = s.delivered or s.date
        role_zh = f"（{s.role.zh}）" if s.role else ""
        role_en = f" ({s.role.en})" if s.role else ""
        zh = f"{s.speaker.zh}{role_zh}· {s.place.zh} · {when}"
        en = f"{s.speaker.en}{role_en} · {s.place.en} · {when}"
        return Bi(zh, en).pick(lang)
    en = f"{s.speaker.en} ({s.role.en}) · {s.outlet.en} · {s.occasion.en}, {s.date}"
    zh = f"{s.speaker.zh}（{s.role.zh}）· {s.outlet.zh} · {s.occasion.zh}（{s.date}）"
    return Bi(zh, en).pick(lang)


# The examples the README's card uses, when this briefing has them.
_SHOWCASE_WORDS = {"zh": "量子", "en": "quantum"}


def next_steps(b: Briefing, lang: Lang) -> tuple[str, ...]:
    """Where to go next, as commands that work on this briefing, in the reader's language.

    The card's examples where this briefing has them; otherwise picked from the data (the
    pillar with most targets, a sector with targets, a glossary term), so the hints also
    work on a user's own or drafted briefing.
    """
    flag = " -l en" if lang == "en" else ""
    counts = query.targets_per_pillar(b)
    pillar = b.pillar(3) if counts[3] else max(b.pillars, key=lambda p: counts[p.id], default=None)
    sectors = query.targets_per_sector(b)
    codes = [s.code for s in b.sectors if sectors[s.code]]
    sector = "ev" if "ev" in codes else next(iter(codes), None)
    word = _SHOWCASE_WORDS["en" if lang == "en" else "zh"]
    texts = [x.en if lang == "en" else x.zh for x in b.sentences.values()]
    if not any(word in t for t in texts):
        terms = [g.term.en if lang == "en" else g.term.zh for g in b.glossary]
        word = next((t for t in terms if " " not in t), "")
    steps = [f"zzbrief pillars {pillar.id}{flag}"] if pillar else [f"zzbrief targets{flag}"]
    if sector:
        steps.append(f"zzbrief targets --sector {sector}{flag}")
    steps.append(f"zzbrief scorecard{flag}")
    if word:
        steps.append(f"zzbrief search {word}{flag}")
    return (*steps, "zzbrief --help")


def overview_view(b: Briefing, lang: Lang) -> View:
    """``zzbrief`` alone: one screen with the source, the pillars and the headline figures."""
    counts = query.targets_per_pillar(b)
    pillars = Table(
        (
            Column(label("id", lang), justify="right", nowrap=True),
            Column(label("pillar", lang)),
            Column(label("targets", lang), justify="right", nowrap=True),
        ),
        tuple((str(p.id), p.title.pick(lang), str(counts[p.id])) for p in b.pillars),
        title=label("pillars", lang),
    )
    top = query.headline(b)
    year = b.source.year
    verdicts = [judge(t, year) for t in top]
    figures = Table(
        (
            Column(label("metric", lang), ratio=2, min_width=10),
            Column(label("value", lang), justify="right", nowrap=True),
            Column(f"{year} " + label("outcome", lang), ratio=1, min_width=12, drop=1),
            # May wrap (at its flags, "(prelim., repost)"), so the outcome fits at 80 columns.
            Column(label("verdict", lang), ratio=1, min_width=12),
        ),
        tuple(
            (
                t.metric.pick(lang),
                with_comparator(t, lang),
                headline_outcome(v.outcome, t, lang, year),
                verdict_cell(v, lang),
            )
            for t, v in zip(top, verdicts, strict=True)
        ),
        title=label("headline", lang),
    )
    more = f"{label('more', lang).replace(chr(10), ' / ')}: " + " · ".join(next_steps(b, lang))
    blocks = (
        Heading(title_text(b, lang)),
        Para(source_line(b, lang), dim=True, hang=2),  # a wrapped line is not a new one
        *((pillars,) if b.pillars else ()),  # a library report has none: the figures lead
        figures,
        Para(more, dim=True, hang=2, sep=" · "),
    )
    data = {
        "source": fields.source(b),
        "pillars": [fields.pillar(p, counts[p.id]) for p in b.pillars],
        "headline": [fields.target(t, year, v) for t, v in zip(top, verdicts, strict=True)],
    }
    return View(blocks, data, rows_key="headline")


def search_view(b: Briefing, found: Sequence[Hit], lang: Lang, limit: int | None = None) -> View:
    """``zzbrief search``: each hit, its section, the highlighted match, the other language.

    With ``limit``, the first ``limit`` hits, and a line saying how many there were.
    """
    hits = found[:limit] if limit else found
    columns = (
        Column(label("kind", lang), nowrap=True),
        Column(label("id", lang), min_width=9),
        Column(label("section", lang), min_width=8),
        Column(label("match", lang), ratio=3, min_width=16),
        Column(label("other", lang), ratio=3, min_width=16),
        Column(label("via", lang), nowrap=True),
        Column(label("see_glossary", lang), min_width=6),
    )
    rows = []
    for h in hits:
        section = b.section(h.section) if h.section else None
        where = section_title(b, section, lang) if section else ""
        # Both languages keep their highlights: the line shown second may hold the only one
        # (a Chinese query with --lang en).
        zh, en = Marked(h.zh, h.zh_spans), Marked(h.en, h.en_spans)
        english_first = (lang == "en" and h.en) or (h.en_spans and not h.zh_spans)
        first, second = (en, zh) if english_first else (zh, en)
        glossary = ", ".join(h.glossary)
        rows.append((label(h.kind, lang), h.id, where, first, second, via_text(h, lang), glossary))
    blocks: list[Heading | Para | Table] = [Table(columns, tuple(rows), cards=True)]
    if len(hits) < len(found):
        shown = f"{len(hits)} of {len(found)}"
        note = (
            f"共 {len(found)} 条结果，显示前 {len(hits)} 条"
            if lang == "zh"
            else f"{shown} results shown"
        )
        blocks.append(Para(f"{note} (--limit {limit})", dim=True, aside=True))
    return View(tuple(blocks), [fields.hit(h) for h in hits])


def via_text(h: Hit, lang: Lang) -> str:
    """Where a hit was found when its own text does not show it: "via p3.4" (a sentence that
    is a hit too), "via summary" (the passage shown in its place), or nothing."""
    # One short phrase in a card's heading line: with --lang both, the English one.
    if h.via is not None:
        return f"见 {h.via}" if lang == "zh" else f"via {h.via}"
    if h.passage is not None:
        name = LABELS[f"passage_{h.passage}"]
        return f"见{name.zh}" if lang == "zh" else f"via {name.en}"
    return ""


def sector_note(sector: Sector | None, count: int, lang: Lang) -> str | None:
    """A stderr note when a valid filter matches no target; None otherwise."""
    if count or sector is None:
        return None
    return f"no targets in sector {sector.code} ({sector.name.pick(lang)})"
