"""What search looks through: every sentence, target, pillar and glossary entry as a Doc.

The index (``index.py``) is built from exactly these documents and the engine (``engine.py``)
matches against them, so both import this module and neither imports the other.
"""

from __future__ import annotations

from collections.abc import Iterator

from zzbrief.briefing.amounts import english_amount, with_cmp
from zzbrief.briefing.model import Briefing
from zzbrief.slots import Record


class Doc(Record):
    """Something search can return: shown text plus extra text that only counts for matching."""

    __slots__ = ("en", "extra", "id", "kind", "section", "zh")

    kind: str
    id: str
    section: str | None
    zh: str
    en: str
    extra: tuple[tuple[str, str], ...]

    def __init__(
        self,
        kind: str,
        id: str,
        section: str | None,
        zh: str,
        en: str,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.kind = kind
        self.id = id
        self.section = section
        self.zh = zh
        self.en = en
        self.extra = extra


def documents(b: Briefing) -> Iterator[Doc]:
    """Everything searchable, in the order results are listed within a rank."""
    for sec in b.sections:
        for s in sec.sentences:
            yield Doc("sentence", s.id, sec.id, s.zh, s.en)
    for t in b.targets:
        quotes = tuple((m.quote, "") for m in t.mentions)
        # Outcome notes count for matching too, so `search 下线` finds the NEV outcome.
        notes = tuple(
            (n.zh, n.en)
            for n in (
                t.outcome_note,
                t.baseline.note if t.baseline else None,
                *(o.note for o in t.outcomes),
            )
            if n is not None
        )
        section = (
            b.sentences[t.mentions[0].sentence].section
            if t.mentions[0].sentence in b.sentences
            else None
        )
        # Shown as the views show it: the value with its comparator, in both languages.
        # Published figures count for matching (`search 62.6万辆` finds ev-output).
        if t.figure is None or t.value is None or t.base_value is None or t.base_unit is None:
            zh, en = t.metric.zh, t.metric.en  # a soft target: no number to show
        else:
            english = english_amount(t.value, t.base_value, t.base_unit)
            zh = f"{t.metric.zh} {with_cmp(t.comparator or '=', t.figure)}"
            en = f"{t.metric.en} {with_cmp(t.comparator or '=', english)}"
        published = tuple((o.figure, "") for o in (*t.outcomes, *filter(None, [t.baseline])))
        yield Doc("target", t.id, section, zh, en, quotes + notes + published)
    for p in b.pillars:
        extra = ((p.summary.zh, p.summary.en), *((i.zh, i.en) for i in p.initiatives))
        home = b.pillar_section(p.id)
        yield Doc("pillar", str(p.id), home.id if home else None, p.heading, p.title_en, extra)
    for g in b.glossary:
        yield Doc(
            "glossary",
            g.id,
            None,
            g.term.zh,
            g.term.en,
            ((g.explain.zh, g.explain.en), *((a, a) for a in g.aliases)),
        )


def glossary_refs(b: Briefing) -> dict[str, tuple[str, ...]]:
    """For each sentence id, the glossary entries that occur in it.

    Entries list their sentences (a data test proves the lists complete), so this is one
    pass over the glossary rather than a scan of it for every hit.
    """
    refs: dict[str, list[str]] = {}
    for g in b.glossary:
        for sid in g.sentences:
            refs.setdefault(sid, []).append(g.id)
    return {sid: tuple(ids) for sid, ids in refs.items()}
