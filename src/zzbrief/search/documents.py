"""What search looks through: every sentence, target, pillar and glossary entry as a Doc.

The index (``index.py``) is built from exactly these documents and the engine (``engine.py``)
matches against them, so both import this module and neither imports the other.
"""

from __future__ import annotations

from collections.abc import Iterator

from zzbrief.briefing.amounts import english_amount, range_english, with_cmp
from zzbrief.briefing.model import Briefing
from zzbrief.slots import Record

#: What a passage of a record's own text that is not shown is (``Doc.where``).
PASSAGES = ("quote", "outcome", "sector", "summary", "initiative", "explanation", "alias")


class Doc(Record):
    """Something search can return: shown text plus extra text that only counts for matching.

    ``where`` names each extra passage (one of PASSAGES, in order), and ``sentences`` are the
    article sentences the record stands on (a target's mentions, a pillar's section, a
    glossary entry's sentences): a hit found only in its extra text says where (``via``).
    """

    __slots__ = ("en", "extra", "id", "kind", "section", "sentences", "where", "zh")

    kind: str
    id: str
    section: str | None
    zh: str
    en: str
    extra: tuple[tuple[str, str], ...]
    where: tuple[str, ...]
    sentences: tuple[str, ...]

    def __init__(
        self,
        kind: str,
        id: str,
        section: str | None,
        zh: str,
        en: str,
        extra: tuple[tuple[str, str], ...] = (),
        where: tuple[str, ...] = (),
        sentences: tuple[str, ...] = (),
    ) -> None:
        self.kind = kind
        self.id = id
        self.section = section
        self.zh = zh
        self.en = en
        self.extra = extra
        self.where = where
        self.sentences = sentences


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
            ranged = t.range_high is not None
            english = (
                range_english(t.value, t.range_high, t.base_value, t.base_unit)
                if t.range_high is not None
                else english_amount(t.value, t.base_value, t.base_unit)
            )
            zh = f"{t.metric.zh} {with_cmp(t.comparator or '=', t.figure, ranged)}"
            en = f"{t.metric.en} {with_cmp(t.comparator or '=', english, ranged)}"
        published = tuple((o.figure, "") for o in (*t.outcomes, *filter(None, [t.baseline])))
        # The target's sectors by name, so `search utilities` (or EV, through the sectors'
        # synonyms) finds the targets `--sector` would.
        names = [s.name for s in b.sectors if s.code in t.sectors]
        sectors = ("、".join(n.zh for n in names), ", ".join(n.en for n in names))
        where = (
            ("quote",) * len(quotes) + ("outcome",) * (len(notes) + len(published)) + ("sector",)
        )
        mentioned = tuple(dict.fromkeys(m.sentence for m in t.mentions))
        extra = (*quotes, *notes, *published, sectors)
        yield Doc("target", t.id, section, zh, en, extra, where, mentioned)
    for p in b.pillars:
        extra = ((p.summary.zh, p.summary.en), *((i.zh, i.en) for i in p.initiatives))
        where = ("summary",) + ("initiative",) * len(p.initiatives)
        home = b.pillar_section(p.id)
        own = tuple(s.id for s in home.sentences) if home else ()
        section = home.id if home else None
        yield Doc("pillar", str(p.id), section, p.heading, p.title_en, extra, where, own)
    for g in b.glossary:
        # An alias is one string in either language: matched as both, shown as what it is.
        aliases = tuple(("", a) if a.isascii() else (a, "") for a in g.aliases)
        extra = ((g.explain.zh, g.explain.en), *aliases)
        where = ("explanation",) + ("alias",) * len(aliases)
        yield Doc("glossary", g.id, None, g.term.zh, g.term.en, extra, where, g.sentences)


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
