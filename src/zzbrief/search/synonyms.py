"""Synonyms: the words a reader types for what the briefing names (GDP, EV, 新能源车, R&D).

Three sources, read when the briefing is compiled and cached with the search index, so a
query imports nothing to use them:

- the glossary (``glossary.yaml``): an entry's term and aliases all name it;
- the indicator vocabulary (``data/library/indicators.yaml``): a measure's names, the
  Chinese wordings plans use (``aliases_zh``) and what a reader may type (``aliases_en``);
- the sectors (``sectors.yaml``): a sector's code, names and aliases.

A typed term (or the whole query) that equals one of these names is also looked for as the
group's *forms*, the wordings that occur in text, and each form found is highlighted. The
glossary and the vocabulary name one thing each, so they always apply. A sector's aliases
are broad (量子 is one of the future industries, not their name), so a sector widens only a
term that finds no target on its own: `EV` finds 新能源汽车, `量子` stays 量子.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from zzbrief.briefing.model import Briefing
from zzbrief.search.index import WORD, has_cjk

_QUOTES = "\"'“”‘’「」『』"
_SEPARATORS = re.compile(r"[\s\-_/]+")


def key(text: str) -> str:
    """A name as looked up: any case and width, hyphens as spaces, no quotes.

    ``Electric-Vehicles`` and ``electric vehicles`` have one key; ``the "two sessions"``'s
    is ``the two sessions``.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(c for c in text if c not in _QUOTES)
    return _SEPARATORS.sub(" ", text).strip()


def _name_keys(name: str) -> Iterator[str]:
    # A name is found with or without its article: "two sessions" is 'the "two sessions"'.
    # Only names lose it; a query keeps it ("the hydrogen" is not hydrogen's synonym).
    named = key(name)
    if named:
        yield named
    if named.startswith("the "):
        yield named[4:]


def keys_of(text: str) -> Iterator[str]:
    """The keys a typed term may match: itself, and its last English word with or without a
    plural "s" (``electric vehicle`` finds the alias ``electric-vehicles``)."""
    typed = key(text)
    yield typed
    if has_cjk(typed) or not typed[-1:].isalpha():
        return
    if typed.endswith("s") and len(typed.rsplit(" ", 1)[-1]) > 3:
        yield typed[:-1]
    else:
        yield typed + "s"


def _specific(name: str) -> bool:
    # A form worth looking for in text: Chinese, several words, or an abbreviation (GDP,
    # R&D, PM2.5). One lowercase English word ("growth", "trade") is a name a reader may
    # type, but looked for as text it would find every sentence that uses the word.
    return has_cjk(name) or len(WORD.findall(name.lower())) > 1 or name != name.lower()


def _glossary(b: Briefing) -> Iterator[tuple[list[str], list[str]]]:
    for g in b.glossary:
        names = [g.term.zh, g.term.en, *g.aliases]
        yield names, names


def _indicators(vocabulary: Any) -> Iterator[tuple[list[str], list[str]]]:
    # Typed where it enters: only strings are read, anything else in an entry is skipped.
    entries = vocabulary.get("indicators") if isinstance(vocabulary, dict) else None
    for entry in entries if isinstance(entries, list) else ():
        if not isinstance(entry, dict):
            continue

        def strings(field: str, entry: dict[str, Any] = entry) -> list[str]:
            value = entry.get(field)
            values = value if isinstance(value, list) else [value]
            return [v for v in values if isinstance(v, str) and v.strip()]

        zh = strings("zh") + strings("aliases_zh")
        en = strings("en") + strings("aliases_en")
        yield zh + en, zh + [n for n in en if _specific(n)]


def _sectors(b: Briefing) -> Iterator[tuple[list[str], list[str]]]:
    for s in b.sectors:
        names = [s.name.zh, s.name.en]
        # Several words are a name ("electric-vehicles"); one word may be a member (量子).
        phrases = [a for a in s.aliases if len(WORD.findall(a.lower())) > 1]
        yield [s.code, *names, *s.aliases], names + phrases


def _table(groups: Iterable[tuple[list[str], list[str]]]) -> dict[str, tuple[str, ...]]:
    table: dict[str, dict[str, None]] = {}
    for names, forms in groups:
        for name in names:
            for k in _name_keys(name):
                table.setdefault(k, {}).update(dict.fromkeys(forms))
    return {k: tuple(forms) for k, forms in sorted(table.items())}


def build(b: Briefing, vocabulary: Any) -> dict[str, dict[str, tuple[str, ...]]]:
    """The index part: ``exact`` (glossary and vocabulary) and ``broad`` (sectors), each a
    mapping of key to the forms looked for in text."""
    return {
        "exact": _table([*_glossary(b), *_indicators(vocabulary)]),
        "broad": _table(_sectors(b)),
    }


def lookup(table: Mapping[str, tuple[str, ...]], texts: Iterable[str]) -> tuple[str, ...]:
    """The forms of the first of ``texts`` (a term as typed, then its simplified readings)
    whose key is in ``table``; empty when none is."""
    for text in texts:
        for k in keys_of(text):
            if k in table:
                return table[k]
    return ()
