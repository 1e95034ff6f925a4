"""``zzbrief briefings`` (the library) and ``zzbrief search -b all`` (every briefing searched)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from zzbrief.briefing.model import Briefing, Lang
from zzbrief.errors import plural
from zzbrief.library.catalogue import Entry
from zzbrief.render.doc import Column, Marked, Para, Table, View
from zzbrief.views import fields
from zzbrief.views.labels import LABELS, label
from zzbrief.views.listings import section_title

if TYPE_CHECKING:
    from zzbrief.search.engine import Hit


def entry_record(e: Entry) -> dict[str, Any]:
    """A library briefing as JSON: who, where, when, its source and how many targets."""
    return {
        "id": e.id,
        "place": {"zh": e.place[0], "en": e.place[1]},
        "level": e.level,
        "year": e.year,
        "title": e.title,
        "source": e.url,
        "targets": e.targets,
        "outcomes": e.outcomes,
    }


def _place(place: tuple[str, str], lang: Lang) -> str:
    zh, en = place
    return en if lang == "en" else (f"{zh} {en}" if lang == "both" else zh)


def briefings_view(entries: Sequence[Entry], lang: Lang) -> View:
    """One row per library briefing."""
    columns = (
        Column(label("id", lang), nowrap=True),
        Column(label("place", lang), min_width=6),
        Column(label("level", lang), nowrap=True, drop=3),
        Column(label("year", lang), justify="right", nowrap=True),
        Column(label("targets", lang), justify="right", nowrap=True),
        Column(label("outcomes", lang), justify="right", nowrap=True, drop=2),
        Column(label("source", lang), nowrap=True, drop=4),  # an address is never cut
    )
    rows = tuple(
        (e.id, _place(e.place, lang),
         label(e.level, lang) if e.level in LABELS else e.level, str(e.year), str(e.targets),
         str(e.outcomes), e.url)
        for e in entries
    )  # fmt: skip
    return View((Table(columns, rows),), [entry_record(e) for e in entries])


def search_all_view(
    found: Sequence[tuple[str, Briefing, Sequence[Hit]]], lang: Lang, limit: int | None = None
) -> View:
    """``search -b all``: each hit, led by the briefing it is in; at most ``limit`` in all."""
    every = [(bid, b, h) for bid, b, hits in found for h in hits]
    shown = every[:limit] if limit else every
    columns = (
        Column(label("briefing", lang), nowrap=True),
        Column(label("kind", lang), nowrap=True),
        Column(label("id", lang), min_width=6),
        Column(label("section", lang), min_width=8, drop=1),
        Column(label("match", lang), ratio=3, min_width=16),
    )
    rows = []
    for bid, b, h in shown:
        section = b.section(h.section) if h.section else None
        where = section_title(b, section, lang) if section else ""
        english_first = (lang == "en" and h.en) or (h.en_spans and not h.zh_spans)
        text = Marked(h.en, h.en_spans) if english_first else Marked(h.zh, h.zh_spans)
        rows.append((bid, label(h.kind, lang), h.id, where, text))
    blocks: list[Para | Table] = [Table(columns, tuple(rows), cards=True)]
    if len(shown) < len(every):
        places = len({bid for bid, _, _ in every})
        note = (
            f"共 {len(every)} 条结果（{places} 份简报），显示前 {len(shown)} 条"
            if lang == "zh"
            else f"{len(shown)} of {plural(len(every), 'result')} shown, from"
            f" {plural(places, 'briefing')}"
        )
        blocks.append(Para(f"{note} (--limit {limit})", dim=True, aside=True))
    return View(tuple(blocks), [{"briefing": bid} | fields.hit(h) for bid, _, h in shown])
