"""Views of the glossary: every entry, or one entry in full with the sentences using it."""

from __future__ import annotations

from collections.abc import Sequence

from zzbrief.briefing.model import Briefing, GlossaryEntry, Lang
from zzbrief.render.doc import Column, Heading, Marked, Para, Table, View
from zzbrief.views import fields
from zzbrief.views.labels import label


def glossary_list_view(entries: Sequence[GlossaryEntry], lang: Lang) -> View:
    """``zzbrief glossary``: every entry, one row each, with its explanation."""
    other: Lang = "en" if lang == "zh" else "zh"
    columns = (
        Column(label("id", lang), nowrap=True),
        Column(label("term", lang), ratio=1, min_width=8),
        # Under --lang both, the term cell holds both languages already.
        # Columns give way in this order: sentences, background, the other language's term,
        # and the explanation last, since it is what a reader opens the glossary for.
        *([] if lang == "both" else [Column(label(f"term_{other}", lang), ratio=1, drop=2)]),
        Column(label("explanation", lang), ratio=4, min_width=20, drop=1),
        Column(label("sentences", lang), ratio=1, drop=4),
        Column(label("background", lang), nowrap=True, drop=3),
    )
    yes = "是" if lang == "zh" else "yes"
    rows = tuple(
        (g.id, g.term.pick(lang), *([] if lang == "both" else [g.term.pick(other)]),
         g.explain.pick(lang), ", ".join(g.sentences), yes if g.background else "")
        for g in entries
    )  # fmt: skip
    return View((Table(columns, rows),), [fields.glossary(g) for g in entries])


def glossary_entry_view(b: Briefing, entries: Sequence[GlossaryEntry], lang: Lang) -> View:
    """``zzbrief glossary TERM``: the entry (or entries) in full, with the sentences using it."""
    blocks: list[Heading | Para | Table] = []
    for g in entries:
        blocks.append(Heading(f"{g.term.zh} · {g.term.en}"))
        if lang in ("zh", "both"):
            blocks.append(Para(g.explain.zh))
        if lang in ("en", "both"):
            blocks.append(Para(g.explain.en, dim=lang == "both"))
        if g.background:
            note = "（背景说明，超出原文）" if lang == "zh" else "(background: beyond the article)"
            blocks.append(Para(note, dim=True))
        rows = _occurrences(b, g, lang)
        if rows:
            columns = (Column(label("id", lang), nowrap=True), Column(label("text", lang), ratio=1))
            blocks.append(Table(columns, rows))
    return View(tuple(blocks), [fields.glossary(g) for g in entries])


def _occurrences(b: Briefing, g: GlossaryEntry, lang: Lang) -> tuple[tuple[str, Marked], ...]:
    """The sentences using an entry, each with the entry's name (or alias) highlighted."""
    from zzbrief.search.glossary import name_spans, names

    called = names(g)
    rows = []
    for sid in g.sentences:
        if sid in b.sentences:
            text = b.sentences[sid].zh if lang != "en" else b.sentences[sid].en or ""
            rows.append((sid, Marked(text, name_spans(text, called))))
    return tuple(rows)
