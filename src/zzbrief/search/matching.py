"""Matching one term against a text, in every form the term can take.

A term is matched against a Chinese text literally (and, for traditional input, against the
text's precomputed traditional renderings), against its English rendering word by word
("pipe" finds "pipelines", "cities" finds "city"), and, when it is Latin letters, as toneless
pinyin whose syllables line up with characters ("an" never matches inside "quan"). A term
that is a number is matched by value against whole figures instead (``numbers``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

from zzbrief.search.index import WORD, SearchIndex, has_cjk, is_cjk
from zzbrief.search.numbers import Amount, UnitTable, amount
from zzbrief.search.synonyms import key
from zzbrief.slots import Record

Span = tuple[int, int]
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class Term(Record):
    """One thing to find, in every form it can take."""

    __slots__ = ("amount", "pinyin", "starts", "synonyms", "text", "traditional", "words", "zh")

    text: str
    zh: tuple[str, ...]  # literal forms looked for in Chinese text (simplified)
    words: tuple[str, ...]  # lowercase words looked for in English, in order
    pinyin: str  # toneless letters, or "" when the term cannot be pinyin
    starts: frozenset[str]  # characters a pinyin match can begin with
    traditional: bool  # also looked for in the text's traditional renderings
    amount: Amount | None  # a number, matched by value and nothing else
    synonyms: tuple[Term, ...]  # what the term stands for (GDP: 地区生产总值增长), also found

    def __init__(
        self,
        text: str,
        zh: tuple[str, ...],
        words: tuple[str, ...],
        pinyin: str,
        starts: frozenset[str] = frozenset(),
        traditional: bool = False,
        amount: Amount | None = None,
        synonyms: tuple[Term, ...] = (),
    ) -> None:
        self.text = text
        self.zh = zh
        self.words = words
        self.pinyin = pinyin
        self.starts = starts
        self.traditional = traditional
        self.amount = amount
        self.synonyms = synonyms

    def pinyin_only(self) -> Term:
        """The same term, matched as pinyin and nothing else."""
        return Term(self.text, (), (), self.pinyin, self.starts)

    def with_synonyms(self, forms: tuple[str, ...]) -> Term:
        """The same term, also found as each of ``forms`` (see ``synonyms``), literally."""
        if not forms:
            return self
        others = tuple(_form_term(f) for f in forms if key(f) != key(self.text))
        return Term(
            self.text, self.zh, self.words, self.pinyin, self.starts, self.traditional,
            self.amount, others,
        )  # fmt: skip


def _form_term(form: str) -> Term:
    # A synonym's form is looked for as written: Chinese literally, English word by word
    # (without the article and quotes a glossary name carries), never as pinyin.
    if has_cjk(form):
        return Term(form, (form.lower(),), (), "")
    bare = key(form).removeprefix("the ")
    return Term(form, (bare,), tuple(WORD.findall(bare)), "")


def _fold_latin(text: str) -> str:
    # Drop tone marks and accents (liàngzǐ → liangzi); ü is written v, as pinyin keyboards do.
    text = text.lower().replace("ü", "v").replace("u:", "v")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_converters: list[Any] = []  # OpenCC's, built once: each reads its phrase tables


def _to_simplified(text: str) -> tuple[str, ...]:
    if not _converters:
        from opencc import OpenCC  # only for Chinese that nothing else found

        _converters.extend(OpenCC(config) for config in ("tw2sp", "hk2s", "t2s"))
    return tuple(sorted({c.convert(text) for c in _converters}))


#: How far make_term goes to find a Chinese term: as typed; also in the precomputed
#: traditional renderings (人工智慧 uses only characters the briefing has, so it is not
#: recognised as traditional, but s2twp renders 人工智能 as 人工智慧); also converted to
#: simplified with OpenCC's phrase tables (imports OpenCC).
AS_TYPED, RENDERINGS, CONVERTED = 0, 1, 2


def make_term(
    text: str, index: SearchIndex, widen: int = AS_TYPED, units: UnitTable | None = None
) -> Term:
    """Work out the forms of one term: a number, or Chinese, English and pinyin.

    Characters the briefing never uses mark a traditional term: it is looked for in the
    precomputed traditional renderings. ``widen`` does that for any Chinese term, and at
    CONVERTED also converts the term with OpenCC. With ``units``, a number is an Amount.
    """
    compact = "".join(text.split()) if has_cjk(text) else text
    number = amount(compact, units)
    if number is not None:
        return Term(text, (), (), "", amount=number)
    zh: tuple[str, ...] = (compact.translate(_ASCII_LOWER),)
    chinese = has_cjk(compact)
    traditional = any(is_cjk(c) and c not in index.chars for c in compact)
    if chinese and widen >= CONVERTED:
        zh = tuple(dict.fromkeys((*zh, *_to_simplified(compact))))
    traditional = traditional or (chinese and widen >= RENDERINGS)
    folded = _fold_latin(text)
    # The English rendering never holds a Chinese term; its Latin pieces alone ("70" of
    # "新能源汽车 70万") are not the term, and would match stray numbers.
    words = () if chinese else tuple(WORD.findall(folded))
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


def literal(zh: str, form: str) -> Iterator[Span]:
    """Spans of ``form`` (lowercase) in ``zh``; Latin words and numbers only whole."""
    if not form:
        return
    # Forms are lowercase already; only one holding ASCII letters needs the text folded.
    haystack = _fold_ascii(zh) if any("a" <= c <= "z" for c in form) else zh
    start = haystack.find(form)
    while start >= 0:
        end = start + len(form)
        if not _glued(haystack, start, end, form):
            yield start, end
        start = haystack.find(form, start + 1)


def _alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _glued(text: str, start: int, end: int, form: str) -> bool:
    """True when a match is part of a longer Latin word or number in the text.

    Latin and digits inside Chinese text (RCEP, 2024年) must stand alone: "70" is not inside
    "7000", "5年" not inside "2025年", and "8" not inside "2.8".
    """
    before, after = text[start - 1 : start], text[end : end + 1]
    if _alnum(form[0]) and (
        _alnum(before)
        or (form[0].isdigit() and before == "." and text[start - 2 : start - 1].isdigit())
    ):
        return True
    return _alnum(form[-1]) and (
        _alnum(after) or (form[-1].isdigit() and after == "." and text[end + 1 : end + 2].isdigit())
    )


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


def pinyin_spans(
    zh: str, letters: str, index: SearchIndex, starts: frozenset[str] | None = None
) -> Iterator[Span]:
    """Spans of ``zh`` whose characters read, syllable by syllable, as ``letters``."""
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
    if term.amount is not None:
        return list(term.amount.spans(zh)), list(term.amount.spans(en))
    zh_spans = [s for form in term.zh for s in literal(zh, form)]
    if term.traditional:  # same length renderings: offsets carry over
        zh_spans.extend(s for v in index.variants.get(zh, ()) for s in literal(v, term.zh[0]))
    if pinyin and term.pinyin:
        zh_spans.extend(pinyin_spans(zh, term.pinyin, index, term.starts))
    en_spans = list(_english(en, term.words, index))
    if not term.words and term.zh and en:  # e.g. "2.8%" in an English sentence
        en_spans.extend(literal(en, term.zh[0]))
    for other in term.synonyms:
        zh_more, en_more = match(other, zh, en, index, pinyin=False)
        zh_spans += zh_more
        en_spans += en_more
    return zh_spans, en_spans
