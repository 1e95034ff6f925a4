"""The search index: everything costly about matching, computed when the data is compiled.

Pinyin readings (pypinyin) and English stems (snowballstemmer) are worked out once per
briefing content and cached with it, so a query never imports either library.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import Any

from zzbrief.briefing.model import Briefing
from zzbrief.search.documents import documents

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


@cache
def _cjk_class() -> re.Pattern[str]:
    # Compiled on first use, not at import (the astral range makes it cost milliseconds, and
    # a query never needs it): compiling scans every text with it in C, where a Python loop
    # over each character was a tenth of the cost of compiling a library briefing.
    return re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _CJK_RANGES) + "]")


def cjk_chars(text: str) -> list[str]:
    """The Chinese characters of ``text``, in order."""
    return _cjk_class().findall(text)


class SearchIndex:
    """Pinyin readings, English stems and traditional renderings of a briefing's text.

    Each part is read from the cache only when a query first needs it, so a Chinese query
    never loads pinyin readings, and an English one never loads traditional renderings.
    """

    __slots__ = ("_load", "_parts")

    def __init__(self, load: Callable[[str], Mapping[str, Any]]) -> None:
        self._load = load
        self._parts: dict[str, Mapping[str, Any]] = {}

    @property
    def loaded_parts(self) -> frozenset[str]:
        """The parts read so far (for tests and diagnostics)."""
        return frozenset(self._parts)

    def _part(self, name: str) -> Mapping[str, Any]:
        if name not in self._parts:
            self._parts[name] = self._load(name)
        return self._parts[name]

    @property
    def chars(self) -> frozenset[str]:
        """Every Chinese character the briefing uses."""
        chars: frozenset[str] = self._part("chars")["chars"]
        return chars

    @property
    def readings(self) -> Mapping[str, tuple[str, ...]]:
        """Each character's pinyin readings, toneless."""
        readings: Mapping[str, tuple[str, ...]] = self._part("pinyin")["readings"]
        return readings

    @property
    def syllables(self) -> frozenset[str]:
        """Every syllable some character of the briefing can be read as."""
        syllables: frozenset[str] = self._part("chars")["syllables"]
        return syllables

    @property
    def stems(self) -> Mapping[str, str]:
        """The English stem of every word in the briefing's English text."""
        stems: Mapping[str, str] = self._part("stems")["stems"]
        return stems

    @property
    def variants(self) -> Mapping[str, tuple[str, ...]]:
        """Each Chinese text's traditional renderings (OpenCC s2t, s2tw, s2twp, s2hk) that
        differ from it but keep its length, so a match in one maps to the same offsets."""
        variants: Mapping[str, tuple[str, ...]] = self._part("variants")["variants"]
        return variants

    @property
    def synonyms(self) -> Mapping[str, Mapping[str, tuple[str, ...]]]:
        """What typed names stand for (``synonyms.build``): ``exact`` and ``broad`` tables."""
        return self._part("synonyms")


def searchable_texts(b: Briefing) -> Iterator[tuple[str, str]]:
    """Every (zh, en) pair that search matches against: exactly what ``documents.documents``
    yields, shown text and extra text alike, so the index and search cannot drift apart."""
    for doc in documents(b):
        yield doc.zh, doc.en
        yield from doc.extra


TRADITIONAL_CONFIGS = ("s2t", "s2tw", "s2twp", "s2hk")


_CONVERTERS: list[Any] = []


def _converters() -> list[Any]:
    # Made once per process: each OpenCC() reads its dictionaries (about 80 ms apiece), and
    # search -b all compiles every library briefing in one process on a cold cache.
    if not _CONVERTERS:
        from opencc import OpenCC

        _CONVERTERS.extend(OpenCC(config) for config in TRADITIONAL_CONFIGS)
    return _CONVERTERS


def _variants(texts: set[str]) -> dict[str, tuple[str, ...]]:
    converters = _converters()
    out = {}
    for text in sorted(texts):
        forms = dict.fromkeys(c.convert(text) for c in converters)
        kept = tuple(f for f in forms if f != text and len(f) == len(text))
        if kept:
            out[text] = kept
    return out


#: The index's parts, each cached in a file of its own, and the keys each must hold.
PARTS = {
    "chars": frozenset({"chars", "syllables"}),
    "pinyin": frozenset({"readings"}),
    "stems": frozenset({"stems"}),
    "variants": frozenset({"variants"}),
    "synonyms": frozenset({"exact", "broad"}),  # built by synonyms.build, beside the others
}


def build(b: Briefing) -> dict[str, dict[str, Any]]:
    """Compute the index's parts in plain data (dicts, tuples, strings), ready for the cache."""
    from pypinyin import Style, lazy_pinyin
    from snowballstemmer import stemmer

    readings: dict[str, set[str]] = {}
    words: set[str] = set()
    chinese: set[str] = set()
    for zh, en in searchable_texts(b):
        chinese.add(zh)
        chars = cjk_chars(zh)
        # Readings in context (重点 → zhong, 增长 → zhang), from pypinyin's phrase tables.
        # Every dictionary reading would add rare ones (干 → an) that match noise.
        for char, reading in zip(
            chars, lazy_pinyin("".join(chars), style=Style.NORMAL), strict=False
        ):
            readings.setdefault(char, set()).add(reading)
        words.update(WORD.findall(en.lower()))
    english = stemmer("english")
    ordered = sorted(words)
    # Tuples and frozensets: marshal keeps them, so loading a part needs no conversion.
    return {
        # Small and always needed: whether a character is the briefing's, whether letters
        # could be pinyin. The readings themselves load only for a pinyin query.
        "chars": {
            "chars": frozenset(readings),
            "syllables": frozenset(s for r in readings.values() for s in r),
        },
        "pinyin": {"readings": {c: tuple(sorted(r)) for c, r in sorted(readings.items())}},
        "stems": {"stems": dict(zip(ordered, english.stemWords(ordered), strict=True))},
        "variants": {"variants": _variants(chinese)},
    }
