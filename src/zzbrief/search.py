"""One search across languages: Chinese, English, pinyin and traditional characters.

A query is a list of terms (AND by default, OR with ``any_mode``). Each term is matched
against a document's Chinese text literally, against its English rendering word by word
("pipe" finds "pipelines"), and, when it is Latin letters, as toneless pinyin whose
syllables line up with characters. Traditional input is converted to simplified with
OpenCC, which is imported only when a query holds characters the briefing never uses.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence

from zzbrief.errors import NoMatch, UsageProblem, closest
from zzbrief.index import WORD, SearchIndex, has_cjk, is_cjk
from zzbrief.model import Briefing, GlossaryEntry
from zzbrief.record import Record

Span = tuple[int, int]
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
KINDS = ("sentence", "target", "pillar", "glossary")


class Term(Record):
    """One thing to find, in every form it can take."""

    __slots__ = ("pinyin", "starts", "text", "traditional", "words", "zh")

    text: str
    zh: tuple[str, ...]  # literal forms looked for in Chinese text (simplified)
    words: tuple[str, ...]  # lowercase words looked for in English, in order
    pinyin: str  # toneless letters, or "" when the term cannot be pinyin
    starts: frozenset[str]  # characters a pinyin match can begin with
    traditional: bool  # holds characters the briefing never uses

    def __init__(
        self,
        text: str,
        zh: tuple[str, ...],
        words: tuple[str, ...],
        pinyin: str,
        starts: frozenset[str] = frozenset(),
        traditional: bool = False,
    ) -> None:
        self.text = text
        self.zh = zh
        self.words = words
        self.pinyin = pinyin
        self.starts = starts
        self.traditional = traditional

    def pinyin_only(self) -> Term:
        """The same term, matched as pinyin and nothing else."""
        return Term(self.text, (), (), self.pinyin, self.starts)


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


def split_query(words: Sequence[str]) -> list[str]:
    """Split arguments into terms; a quoted group, or an argument with spaces, is one phrase."""
    terms: list[str] = []
    for word in words:
        word = unicodedata.normalize("NFKC", word)
        if '"' in word:
            import shlex

            try:
                terms.extend(shlex.split(word))
            except ValueError:  # an unbalanced quote: read the text as it is
                terms.extend(word.replace('"', " ").split())
        else:
            terms.append(word)
    return [" ".join(t.split()) for t in terms if t.strip()]


def _fold_latin(text: str) -> str:
    # Drop tone marks and accents (liàngzǐ → liangzi); ü is written v, as pinyin keyboards do.
    text = text.lower().replace("ü", "v").replace("u:", "v")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _to_simplified(text: str) -> tuple[str, ...]:
    from opencc import OpenCC  # only for characters the briefing does not contain

    forms = {OpenCC(config).convert(text) for config in ("tw2sp", "hk2s", "t2s")}
    return tuple(sorted(forms))


def make_term(text: str, index: SearchIndex, convert: bool = False) -> Term:
    """Work out the forms of one term: Chinese, English, pinyin.

    Characters the briefing never uses mark a traditional term: it is looked for in the
    precomputed traditional renderings, and with ``convert`` also converted with OpenCC.
    """
    compact = "".join(text.split()) if has_cjk(text) else text
    zh: tuple[str, ...] = (compact.translate(_ASCII_LOWER),)
    traditional = any(is_cjk(c) and c not in index.chars for c in compact)
    if traditional and convert:
        zh = tuple(dict.fromkeys((*zh, *_to_simplified(compact))))
    folded = _fold_latin(text)
    words = tuple(WORD.findall(folded))
    letters = _strip_tone_digits("".join(folded.replace("'", " ").split()))
    # Only Latin letters can be pinyin; the readings are loaded for those alone.
    is_pinyin = letters.isascii() and letters.isalpha() and segment(letters, index.syllables)
    if not is_pinyin:
        return Term(text, zh, words, "", traditional=traditional)
    return Term(text, zh, words, letters, _first_characters(letters, index))


def _strip_tone_digits(text: str) -> str:
    # Tone numbers follow a syllable's letters (liang4zi3); other digits are kept, so the
    # term is not mistaken for pinyin.
    out = []
    for i, char in enumerate(text):
        if char in "12345" and i and text[i - 1].isalpha():
            continue
        out.append(char)
    return "".join(out)


def segment(letters: str, syllables: frozenset[str]) -> bool:
    """True when ``letters`` splits wholly into known pinyin syllables."""
    ok = [True] + [False] * len(letters)
    for end in range(1, len(letters) + 1):
        ok[end] = any(ok[s] and letters[s:end] in syllables for s in range(max(0, end - 6), end))
    return ok[-1]


def _fold_ascii(text: str) -> str:
    # str.lower() is fast but may change a string's length (İ); offsets must stay true.
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


def _literal(zh: str, form: str) -> Iterator[Span]:
    if not form:
        return
    latin = form.isascii()
    # Forms are lowercase already; only one holding ASCII letters needs the text folded.
    haystack = _fold_ascii(zh) if any("a" <= c <= "z" for c in form) else zh
    start = haystack.find(form)
    while start >= 0:
        end = start + len(form)
        # Latin inside Chinese text (RCEP, 7000) must stand alone: 70 is not inside 7000.
        if not latin or not (
            (start and haystack[start - 1].isalnum() and haystack[start - 1].isascii())
            or (end < len(haystack) and haystack[end].isalnum() and haystack[end].isascii())
        ):
            yield start, end
        start = haystack.find(form, start + 1)


def _word_matches(token: str, word: str, index: SearchIndex) -> bool:
    if token == word or (len(word) >= 3 and token.startswith(word)):
        return True
    stem = index.stems.get(token, token)
    # "cities" finds "city" (stem "citi"); the stem must be long enough to mean something.
    return len(stem) >= 4 and word.startswith(stem) and len(word) - len(stem) <= 3


def _english(en: str, words: tuple[str, ...], index: SearchIndex) -> Iterator[Span]:
    if not words or not en:
        return
    lowered = _fold_ascii(en)
    # Every way a word can match keeps its first three letters (stems change only endings),
    # so most texts are ruled out without tokenising them.
    if any(w[:3] not in lowered for w in words):
        return
    # Only words starting with the first query word's opening letters can begin a match.
    key = words[0][:3]
    at = lowered.find(key)
    while at >= 0:
        before = lowered[at - 1] if at else " "
        if not (before.isascii() and before.isalnum()):
            span = _words_from(lowered, at, words, index)
            if span is not None:
                yield span
        at = lowered.find(key, at + 1)


def _words_from(lowered: str, at: int, words: tuple[str, ...], index: SearchIndex) -> Span | None:
    # The query's words, one per consecutive token from ``at``; the span they cover, or None.
    end = at
    for k, word in enumerate(words):
        token = WORD.match(lowered, at) if k == 0 else WORD.search(lowered, end)
        if token is None or not _word_matches(token.group(), word, index):
            return None
        end = token.end()
    return at, end


def _first_characters(letters: str, index: SearchIndex) -> frozenset[str]:
    """Characters that can begin a match: one of their readings starts the letters."""
    return frozenset(
        c for c, options in index.readings.items() if any(letters.startswith(r) for r in options)
    )


def _pinyin(
    zh: str, letters: str, index: SearchIndex, starts: frozenset[str] | None = None
) -> Iterator[Span]:
    readings = index.readings
    starts = _first_characters(letters, index) if starts is None else starts

    def walk(j: int, pos: int) -> int:
        # The end of a match starting here, or -1: each character consumes whole syllables.
        if pos == len(letters):
            return j
        if j >= len(zh):
            return -1
        for r in readings.get(zh[j], ()):
            if letters.startswith(r, pos):
                end = walk(j + 1, pos + len(r))
                if end >= 0:
                    return end
        return -1

    # Jump from one possible first character to the next with str.find (C speed) rather
    # than testing every character of every text in Python.
    candidates = sorted(i for c in starts if c in zh for i in _positions(zh, c))
    for i in candidates:
        end = walk(i, 0)
        if end > i:
            yield i, end


def _positions(text: str, char: str) -> Iterator[int]:
    at = text.find(char)
    while at >= 0:
        yield at
        at = text.find(char, at + 1)


def match(
    term: Term, zh: str, en: str, index: SearchIndex, pinyin: bool = True
) -> tuple[list[Span], list[Span]]:
    """Spans where ``term`` occurs in a Chinese text and in its English rendering."""
    zh_spans = [s for form in term.zh for s in _literal(zh, form)]
    if term.traditional:  # same length renderings: offsets carry over
        zh_spans.extend(s for v in index.variants.get(zh, ()) for s in _literal(v, term.zh[0]))
    if pinyin and term.pinyin:
        zh_spans.extend(_pinyin(zh, term.pinyin, index, term.starts))
    en_spans = list(_english(en, term.words, index))
    if not term.words and term.zh and en:  # e.g. "2.8%" in an English sentence
        en_spans.extend(_literal(en, term.zh[0]))
    return zh_spans, en_spans


def documents(b: Briefing) -> Iterator[Doc]:
    """Everything searchable, in the order results are listed within a rank."""
    for sec in b.sections:
        for s in sec.sentences:
            yield Doc("sentence", s.id, sec.id, s.zh, s.en)
    for t in b.targets:
        quotes = tuple((m.quote, "") for m in t.mentions)
        section = (
            b.sentences[t.mentions[0].sentence].section
            if t.mentions[0].sentence in b.sentences
            else None
        )
        yield Doc("target", t.id, section, f"{t.metric.zh} {t.figure}", t.metric.en, quotes)
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
                for s, e in _pinyin(doc.zh, term.pinyin, index, term.starts)
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
