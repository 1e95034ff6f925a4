"""The search index: everything costly about matching, computed when the data is compiled.

Pinyin readings (pypinyin) and English stems (snowballstemmer) are worked out once per
briefing content and cached with it, so a query never imports either library.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from zzbrief.model import Briefing
from zzbrief.record import Record

WORD = re.compile(r"[a-z0-9]+")
# CJK ideographs: the unified block, extension A, compatibility ideographs, extensions B on.
_CJK_RANGES = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF), (0x20000, 0x3134F))


def is_cjk(char: str) -> bool:
    """True for a Chinese character (a CJK ideograph)."""
    code = ord(char)
    return any(lo <= code <= hi for lo, hi in _CJK_RANGES)


def has_cjk(text: str) -> bool:
    """True when the text holds at least one Chinese character."""
    return any(is_cjk(c) for c in text)


class SearchIndex(Record):
    """Pinyin readings, English stems and traditional renderings of a briefing's text."""

    __slots__ = ("readings", "stems", "syllables", "variants")

    readings: Mapping[str, tuple[str, ...]]
    stems: Mapping[str, str]
    syllables: frozenset[str]  # every syllable some character of the briefing can be read as
    # Each Chinese text's traditional renderings (OpenCC s2t, s2tw, s2twp, s2hk) that differ
    # from it but keep its length, so a match in one maps to the same offsets.
    variants: Mapping[str, tuple[str, ...]]

    def __init__(
        self,
        readings: Mapping[str, tuple[str, ...]],
        stems: Mapping[str, str],
        syllables: frozenset[str],
        variants: Mapping[str, tuple[str, ...]],
    ) -> None:
        self.readings = readings
        self.stems = stems
        self.syllables = syllables
        self.variants = variants

    @classmethod
    def from_plain(cls, plain: Mapping[str, Any]) -> SearchIndex:
        """Wrap the index's cached form, which ``build`` already made in final shape."""
        return cls(plain["readings"], plain["stems"], plain["syllables"], plain["variants"])


def searchable_texts(b: Briefing) -> Iterator[tuple[str, str]]:
    """Every (zh, en) pair that search looks at, in the order results are listed."""
    for sec in b.sections:
        for s in sec.sentences:
            yield s.zh, s.en
    for t in b.targets:
        yield t.metric.zh, t.metric.en
        for m in t.mentions:
            yield m.quote, ""
    for p in b.pillars:
        yield p.heading, p.title_en
        yield p.summary.zh, p.summary.en
        for i in p.initiatives:
            yield i.zh, i.en
    for g in b.glossary:
        yield g.term.zh, g.term.en
        yield g.explain.zh, g.explain.en
        for a in g.aliases:
            yield a, a


TRADITIONAL_CONFIGS = ("s2t", "s2tw", "s2twp", "s2hk")


def _variants(texts: set[str]) -> dict[str, tuple[str, ...]]:
    from opencc import OpenCC

    converters = [OpenCC(config) for config in TRADITIONAL_CONFIGS]
    out = {}
    for text in sorted(texts):
        forms = dict.fromkeys(c.convert(text) for c in converters)
        kept = tuple(f for f in forms if f != text and len(f) == len(text))
        if kept:
            out[text] = kept
    return out


def build(b: Briefing) -> dict[str, Any]:
    """Compute the index in plain data (dicts, tuples, strings), ready for the cache."""
    from pypinyin import Style, lazy_pinyin, pinyin
    from snowballstemmer import stemmer

    readings: dict[str, set[str]] = {}
    words: set[str] = set()
    chinese: set[str] = set()
    for zh, en in searchable_texts(b):
        chinese.add(zh)
        chars = [c for c in zh if is_cjk(c)]
        # Readings in context (重庆 → chong) plus every listed reading of each character,
        # so a reader who picks another common reading still finds the passage.
        for char, reading in zip(
            chars, lazy_pinyin("".join(chars), style=Style.NORMAL), strict=False
        ):
            readings.setdefault(char, set()).add(reading)
        for char in set(chars):
            for options in pinyin(char, style=Style.NORMAL, heteronym=True):
                readings[char].update(o for o in options if o.isalpha())
        words.update(WORD.findall(en.lower()))
    english = stemmer("english")
    ordered = sorted(words)
    return {  # tuples and a frozenset: marshal keeps them, so loading needs no conversion
        "readings": {c: tuple(sorted(r)) for c, r in sorted(readings.items())},
        "stems": dict(zip(ordered, english.stemWords(ordered), strict=True)),
        "syllables": frozenset(s for r in readings.values() for s in r),
        "variants": _variants(chinese),
    }
