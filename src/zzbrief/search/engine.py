"""One search across languages: Chinese, English, pinyin and traditional characters.

A query is a list of terms (AND by default, OR with ``any_mode``), each matched by
``matching`` against every sentence, target, pillar and glossary entry. Results are ranked:
the whole query as a phrase first, then every term, then (OR) some terms. OpenCC is imported
only when a traditional query finds nothing through the precomputed renderings.
"""

from __future__ import annotations

from collections.abc import Sequence

from zzbrief.briefing.model import Briefing, GlossaryEntry
from zzbrief.errors import NoMatch, UsageProblem, closest
from zzbrief.search.documents import Doc, documents, glossary_refs
from zzbrief.search.index import SearchIndex, is_cjk
from zzbrief.search.matching import Span, Term, make_term, match, pinyin_spans, split_query
from zzbrief.slots import Record

KINDS = ("sentence", "target", "pillar", "glossary")


class Hit(Record):
    """A search result, with the spans to highlight in each language."""

    __slots__ = ("en", "en_spans", "glossary", "id", "kind", "rank", "section", "zh", "zh_spans")

    kind: str
    id: str
    section: str | None
    rank: int  # 0: the whole query as a phrase; 1: every term; 2: some terms (--any)
    zh: str
    en: str
    zh_spans: tuple[Span, ...]
    en_spans: tuple[Span, ...]
    glossary: tuple[str, ...]

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


def _doc_match(
    term: Term, doc: Doc, index: SearchIndex, pinyin: bool
) -> tuple[list[Span], list[Span]] | None:
    zh_spans, en_spans = match(term, doc.zh, doc.en, index, pinyin)
    if zh_spans or en_spans:
        return zh_spans, en_spans
    for zh, en in doc.extra:
        z, e = match(term, zh, en, index, pinyin)
        if z or e:
            return [], []  # matched text that is not shown: a hit with nothing to highlight
    return None


def search(
    b: Briefing,
    index: SearchIndex,
    words: Sequence[str],
    any_mode: bool = False,
    limit: int | None = None,
) -> list[Hit]:
    """Find every document matching the query; raise NoMatch (with a suggestion) if none do."""
    texts = split_query(words)
    if not texts:
        raise UsageProblem("the query is empty.", hint="Try: zzbrief search 量子")
    hits = _search(b, index, texts, any_mode, convert=False)
    if not hits and any(is_cjk(c) and c not in index.chars for t in texts for c in t):
        # Traditional input the precomputed renderings did not find (mixed scripts, or
        # phrasing that changes length): convert it with OpenCC's phrase tables and retry.
        hits = _search(b, index, texts, any_mode, convert=True)
    if not hits:
        terms = [make_term(t, index) for t in texts]
        raise NoMatch(f"no match for {' '.join(texts)!r}.", hint=suggest(b, index, terms))
    return hits[:limit] if limit is not None else hits


def _search(
    b: Briefing, index: SearchIndex, texts: list[str], any_mode: bool, convert: bool
) -> list[Hit]:
    terms = [make_term(t, index, convert) for t in texts]
    phrase = make_term(" ".join(texts), index, convert) if len(terms) > 1 else terms[0]
    docs = list(documents(b))
    refs_by_sentence = glossary_refs(b)
    # Several Latin words that together spell pinyin found in the text ("liang zi") are read
    # as one pinyin phrase; read one by one, single syllables would match almost anything.
    per_word_pinyin = not (
        len(terms) > 1
        and phrase.pinyin
        and any(_doc_match(phrase.pinyin_only(), d, index, True) for d in docs)
    )
    hits: list[Hit] = []
    for doc in docs:
        whole = _doc_match(phrase, doc, index, True)
        if len(terms) == 1:  # the phrase is the term
            parts = [whole]
        else:
            parts = [_doc_match(t, doc, index, per_word_pinyin) for t in terms]
        found = [p for p in parts if p is not None]
        if whole is not None:
            rank = 0
        elif len(found) == len(terms):
            rank = 1
        elif any_mode and found:
            rank = 2
        else:
            continue
        zh_spans = {s for p in [whole, *found] if p for s in p[0]}
        en_spans = {s for p in [whole, *found] if p for s in p[1]}
        refs = refs_by_sentence.get(doc.id, ()) if doc.kind == "sentence" else ()
        hits.append(
            Hit(
                doc.kind,
                doc.id,
                doc.section,
                rank,
                doc.zh,
                doc.en,
                tuple(sorted(zh_spans)),
                tuple(sorted(en_spans)),
                refs,
            )
        )
    # Sentences first, then targets, pillars and glossary; within each, best rank first.
    hits.sort(key=lambda h: (KINDS.index(h.kind), h.rank))
    return hits


def suggest(b: Briefing, index: SearchIndex, terms: Sequence[Term]) -> str | None:
    """A hint for a query that found nothing: what each pinyin term spells, or a close term."""
    spelled = []
    for term in terms:
        if term.pinyin:
            found = {
                doc.zh[s:e]
                for doc in documents(b)
                for s, e in pinyin_spans(doc.zh, term.pinyin, index, term.starts)
            }
            if found:
                spelled.append(f"{term.text} = {'/'.join(sorted(found)[:3])}")
    if spelled:
        return "Each of these matches on its own: " + "; ".join(spelled)
    names = [f for g in b.glossary for f in (g.term.zh, g.term.en, *g.aliases)]
    guess = closest(" ".join(t.text for t in terms), names)
    return f"Did you mean {guess!r}? See: zzbrief glossary" if guess else None


def _name_key(name: str) -> str:
    # "The “four highlands”" and "four highlands" name the same entry.
    words = "".join(c for c in name.lower() if c.isalnum() or c.isspace()).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def find_glossary(b: Briefing, index: SearchIndex, text: str) -> list[GlossaryEntry]:
    """Glossary entries for a term typed in Chinese, English, pinyin or traditional characters.

    Entries whose name or alias equals the term; if none does, entries whose names contain
    it. Raises NoMatch with the closest term when there is neither.
    """
    texts = split_query([text])
    if not texts:
        raise UsageProblem("the term is empty.", hint="Try: zzbrief glossary 四高地")
    term = make_term(" ".join(texts), index)
    exact: list[GlossaryEntry] = []
    partial: list[GlossaryEntry] = []
    for g in b.glossary:
        names = [(g.term.zh, g.term.en), *((a, a) for a in g.aliases)]
        spans = [match(term, zh, en, index) for zh, en in names]
        if any(zh_s or en_s for zh_s, en_s in spans):
            wanted = _name_key(text)
            whole = any(
                (0, len(zh)) in zh_s
                or (0, len(en)) in en_s
                or wanted in (_name_key(zh), _name_key(en))
                for (zh, en), (zh_s, en_s) in zip(names, spans, strict=True)
            )
            (exact if whole else partial).append(g)
    if not exact and not partial:
        raise NoMatch(f"no glossary entry for {text!r}.", hint=suggest(b, index, [term]))
    return exact or partial
