"""The search index: everything costly about matching, computed when the data is compiled.

Pinyin readings (pypinyin) and English stems (snowballstemmer) are worked out once per
briefing content and cached with it, so a query never imports either library.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from zzbrief.model import Briefing

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class SearchIndex:
    """Per-character pinyin readings and per-word English stems of a briefing."""

    readings: Mapping[str, tuple[str, ...]]
    stems: Mapping[str, str]

    @property
    def syllables(self) -> frozenset[str]:
        """Every pinyin syllable that some character of the briefing can be read as."""
        return frozenset(r for rs in self.readings.values() for r in rs)

    @classmethod
    def from_plain(cls, plain: Mapping[str, Any]) -> SearchIndex:
        """Rebuild the index from its cached, plain-data form."""
        readings = {str(k): tuple(map(str, v)) for k, v in plain.get("readings", {}).items()}
        stems = {str(k): str(v) for k, v in plain.get("stems", {}).items()}
        return cls(readings, stems)


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


def build(b: Briefing) -> dict[str, Any]:
    """Compute the index in plain data (dicts, lists, strings), ready for the cache."""
    from pypinyin import Style, lazy_pinyin, pinyin
    from snowballstemmer import stemmer

    readings: dict[str, set[str]] = {}
    words: set[str] = set()
    for zh, en in searchable_texts(b):
        chars = [c for c in zh if _CJK.match(c)]
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
    return {
        "readings": {c: sorted(r) for c, r in sorted(readings.items())},
        "stems": dict(zip(ordered, english.stemWords(ordered), strict=True)),
    }
