"""One search across languages: Chinese, English, pinyin, traditional characters and numbers.

A query is a list of terms (AND by default, OR with ``any_mode``), each matched by
``matching`` against every sentence, target, pillar and glossary entry; stop words and
punctuation are dropped (``words``), and a number is matched by value (``numbers``). Results
are ranked: a record named by its ID first, then the whole query as a phrase, then every
term, then (OR) some terms. A Chinese term that finds nothing is looked for again in the
precomputed traditional renderings, then converted with OpenCC (imported only then).
"""

from __future__ import annotations

from collections.abc import Sequence

from zzbrief.briefing.model import Briefing
from zzbrief.errors import NoMatch, UsageProblem
from zzbrief.search.documents import Doc, documents, glossary_refs
from zzbrief.search.glossary import find_glossary
from zzbrief.search.hints import suggest
from zzbrief.search.index import SearchIndex, has_cjk
from zzbrief.search.matching import AS_TYPED, CONVERTED, Span, Term, make_term, match
from zzbrief.search.numbers import UnitTable
from zzbrief.search.synonyms import lookup
from zzbrief.search.words import content_terms, is_punctuation, split_query
from zzbrief.slots import Record

__all__ = ["KINDS", "Hit", "find_glossary", "search", "split_query", "suggest"]

KINDS = ("sentence", "target", "pillar", "glossary")
#: Kinds whose IDs a query may name (``ev-output``, ``p3.4``): such a record is listed first.
#: Pillar IDs are bare numbers, which name figures instead.
ID_KINDS = ("sentence", "target")


class Hit(Record):
    """A search result, with the spans to highlight in each language.

    A record found only in text it does not show says where: ``via``, the id of one of its
    sentences that is itself a hit (pillar 3 through p3.4); or, when none is, ``passage``
    (one of ``documents.PASSAGES``), and ``zh``/``en`` are then that passage, highlighted.
    """

    __slots__ = (
        "en", "en_spans", "glossary", "id", "kind", "passage", "rank", "section", "via", "zh",
        "zh_spans",
    )  # fmt: skip

    kind: str
    id: str
    section: str | None
    rank: int  # 0: the whole query as a phrase; 1: every term; 2: some terms (--any)
    zh: str
    en: str
    zh_spans: tuple[Span, ...]
    en_spans: tuple[Span, ...]
    glossary: tuple[str, ...]
    via: str | None
    passage: str | None

    def __init__(
        self,
        kind: str,
        id: str,
        section: str | None,
        rank: int,
        zh: str,
        en: str,
        zh_spans: tuple[Span, ...],
        en_spans: tuple[Span, ...],
        glossary: tuple[str, ...] = (),
        via: str | None = None,
        passage: str | None = None,
    ) -> None:
        self.kind = kind
        self.id = id
        self.section = section
        self.rank = rank
        self.zh = zh
        self.en = en
        self.zh_spans = zh_spans
        self.en_spans = en_spans
        self.glossary = glossary
        self.via = via
        self.passage = passage


#: The spans in the Chinese text and in the English, and where they are: None for the text
#: the hit shows, else the index of the extra passage (``Doc.extra``) that matched.
Match = tuple[list[Span], list[Span], int | None]


def _doc_match(term: Term, doc: Doc, index: SearchIndex, pinyin: bool) -> Match | None:
    zh_spans, en_spans = match(term, doc.zh, doc.en, index, pinyin)
    if zh_spans or en_spans:
        return zh_spans, en_spans, None
    for at, (zh, en) in enumerate(doc.extra):
        z, e = match(term, zh, en, index, pinyin)
        if z or e:
            return z, e, at  # matched text that is not shown: the hit says where
    return None


def _with_synonyms(term: Term, index: SearchIndex, docs: list[Doc]) -> Term:
    """The term, also looked for as what it stands for (``synonyms``): a glossary entry's or
    an indicator's names always; a sector's only when the term itself occurs in no text that
    search shows (`hydrogen` is one of the future industries, and stays hydrogen)."""
    if term.amount is not None:
        return term
    typed = (term.text, *term.zh)
    table = index.synonyms
    forms = lookup(table["exact"], typed)
    if not forms:
        forms = lookup(table["broad"], typed)
        if forms and any(any(match(term, d.zh, d.en, index)) for d in docs):
            return term
    return term.with_synonyms(forms)


def search(
    b: Briefing,
    index: SearchIndex,
    words: Sequence[str],
    any_mode: bool = False,
    limit: int | None = None,
) -> list[Hit]:
    """Find every document matching the query; raise NoMatch (with a suggestion) if none do.

    Raises UsageProblem for an empty query, or one of only stop words and punctuation.
    """
    texts = split_query(words)
    if not texts:
        raise UsageProblem("the query is empty.", hint="Try: zzbrief search 量子")
    kept = content_terms(texts)
    if not kept:
        raise UsageProblem(
            f"{' '.join(texts)!r} is only common words or punctuation, which match everything.",
            hint="Search for a word that names something: zzbrief search 量子 (or hydrogen)",
        )
    units = UnitTable(b.units)
    hits: list[Hit] = []
    # Chinese that finds nothing as typed may be Taiwan or Hong Kong phrasing (人工智慧 for
    # 人工智能): widen the search step by step, the costly OpenCC step last.
    for widen in range(AS_TYPED, CONVERTED + 1):
        hits, missed = _search(b, index, Query(texts, kept, any_mode), widen, units)
        if not missed:
            break
    if not hits:
        terms = [make_term(t, index, units=units) for t in kept]
        raise NoMatch(f"no match for {' '.join(texts)!r}.", hint=suggest(b, index, terms))
    return hits[:limit] if limit is not None else hits


class Query(Record):
    """The query as typed (``texts``), the terms searched for (``kept``), and the mode."""

    __slots__ = ("any_mode", "kept", "texts")

    texts: list[str]
    kept: list[str]
    any_mode: bool

    def __init__(self, texts: list[str], kept: list[str], any_mode: bool) -> None:
        self.texts = texts
        self.kept = kept
        self.any_mode = any_mode

    @property
    def phrase(self) -> str:
        """The whole query as one phrase; stop words stay in it ("city of new-energy")."""
        return " ".join(t for t in self.texts if not is_punctuation(t))


def _search(
    b: Briefing, index: SearchIndex, query: Query, widen: int, units: UnitTable
) -> tuple[list[Hit], bool]:
    """The hits at one ``widen`` level, and whether a Chinese term matched nothing at all."""
    docs = list(documents(b))
    terms = [_with_synonyms(make_term(t, index, widen, units), index, docs) for t in query.kept]
    single = query.kept == [query.phrase]  # then the phrase is the term
    phrase = (
        terms[0]
        if single
        else _with_synonyms(make_term(query.phrase, index, widen, units), index, docs)
    )
    refs_by_sentence = glossary_refs(b)
    # Several Latin words that together spell pinyin found in the text ("liang zi") are read
    # as one pinyin phrase; read one by one, single syllables would match almost anything.
    per_word_pinyin = not (
        len(terms) > 1
        and phrase.pinyin
        and any(_doc_match(phrase.pinyin_only(), d, index, True) for d in docs)
    )
    named = query.phrase.lower()
    matched = [False] * len(terms)
    hits: list[Hit] = []
    found_sentences: set[str] = set()  # sentences come first: a record's via is one of them
    for doc in docs:
        whole = _doc_match(phrase, doc, index, True)
        parts = [whole] if single else [_doc_match(t, doc, index, per_word_pinyin) for t in terms]
        matched = [m or p is not None for m, p in zip(matched, parts, strict=True)]
        found = [p for p in (whole, *parts) if p is not None]
        rank = _rank(whole is not None or _names(doc.kind, doc.id, named), parts, query.any_mode)
        if rank is not None:
            refs = refs_by_sentence.get(doc.id, ()) if doc.kind == "sentence" else ()
            hits.append(_hit(doc, rank, found, refs, found_sentences))
            if doc.kind == "sentence":
                found_sentences.add(doc.id)
    # The record the query names first; then sentences, targets, pillars and glossary
    # entries, each best rank first.
    hits.sort(key=lambda h: (not _names(h.kind, h.id, named), KINDS.index(h.kind), h.rank))
    missed = any(
        not m and t.amount is None and has_cjk(t.text) for m, t in zip(matched, terms, strict=True)
    )
    return hits, missed


def _names(kind: str, id: str, query: str) -> bool:
    # True when the query is this record's ID (``ev-output``, ``p3.4``), in any case.
    return kind in ID_KINDS and id.lower() == query


def _rank(whole: bool, parts: list[Match | None], any_mode: bool) -> int | None:
    # 0: the phrase (or the ID); 1: every term; 2: some terms, with --any; None: no hit.
    found = sum(p is not None for p in parts)
    if whole:
        return 0
    if found == len(parts):
        return 1
    return 2 if any_mode and found else None


def merged(spans: list[Span]) -> tuple[Span, ...]:
    """Spans in order, overlapping ones joined: 量子 inside 量子之城 is one highlight."""
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return tuple(out)


def _hit(
    doc: Doc, rank: int, found: list[Match], refs: tuple[str, ...], sentences: set[str]
) -> Hit:
    shown = [m for m in found if m[2] is None]
    if shown or not found:  # a match in what the hit shows (or a record named by its ID)
        zh_spans = merged([s for zh, _, _ in shown for s in zh])
        en_spans = merged([s for _, en, _ in shown for s in en])
        return Hit(doc.kind, doc.id, doc.section, rank, doc.zh, doc.en, zh_spans, en_spans, refs)
    via = next((s for s in doc.sentences if s in sentences), None)
    if via is not None:  # the sentence is listed too, with its match highlighted
        return Hit(doc.kind, doc.id, doc.section, rank, doc.zh, doc.en, (), (), refs, via)
    at = min(m[2] for m in found if m[2] is not None)
    zh, en = doc.extra[at]
    zh_spans = merged([s for z, _, i in found if i == at for s in z])
    en_spans = merged([s for _, e, i in found if i == at for s in e])
    return Hit(doc.kind, doc.id, doc.section, rank, zh, en, zh_spans, en_spans, refs,
               None, doc.where[at])  # fmt: skip
