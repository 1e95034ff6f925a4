"""Glossary lookups: the entry a typed term names, and where an entry's names occur in a text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from zzbrief.briefing.model import Briefing, GlossaryEntry
from zzbrief.errors import NoMatch, UsageProblem
from zzbrief.search.hints import suggest
from zzbrief.search.index import WORD, SearchIndex, has_cjk
from zzbrief.search.matching import AS_TYPED, CONVERTED, Span, Term, literal, make_term, match
from zzbrief.search.words import split_query

ENDINGS = "(?:e|es|s|ing|ed|d)?"  # serve → serving, highlands → highland, satellite+ → satellites
QUOTES = "\"'“”‘’「」『』"


def _name_key(name: str) -> str:
    # "The “four highlands”" and "four highlands" name the same entry.
    words = "".join(c for c in name.lower() if c.isalnum() or c.isspace()).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _bare(name: str) -> str:
    # 'the "three standards"' → 'three standards'; inner punctuation stays ("hub-to-hub").
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    return name.strip(QUOTES)


def _lookup(b: Briefing, index: SearchIndex, term: Term, wanted: str) -> list[GlossaryEntry]:
    exact: list[GlossaryEntry] = []
    partial: list[GlossaryEntry] = []
    for g in b.glossary:
        names = [(g.term.zh, g.term.en), *((a, a) for a in g.aliases)]
        spans = [match(term, zh, en, index) for zh, en in names]
        if any(zh_s or en_s for zh_s, en_s in spans):
            whole = any(
                (0, len(zh)) in zh_s
                or (0, len(en)) in en_s
                or wanted in (_name_key(zh), _name_key(en))
                for (zh, en), (zh_s, en_s) in zip(names, spans, strict=True)
            )
            (exact if whole else partial).append(g)
    return exact or partial


def find_glossary(b: Briefing, index: SearchIndex, text: str) -> list[GlossaryEntry]:
    """Glossary entries for a term typed in Chinese, English, pinyin or traditional characters.

    Entries whose name or alias equals the term; if none does, entries whose names contain
    it. Raises NoMatch with the closest term when there is neither.
    """
    texts = split_query([text])
    if not texts:
        raise UsageProblem("the term is empty.", hint="Try: zzbrief glossary 四高地")
    typed = " ".join(texts)
    # Chinese that finds nothing as typed may be Taiwan or Hong Kong phrasing: widen.
    for widen in range(AS_TYPED, CONVERTED + 1 if has_cjk(typed) else AS_TYPED + 1):
        found = _lookup(b, index, make_term(typed, index, widen), _name_key(text))
        if found:
            return found
    term = make_term(typed, index)
    raise NoMatch(f"no glossary entry for {text!r}.", hint=suggest(b, index, [term]))


def names(entry: GlossaryEntry) -> tuple[str, ...]:
    """Every name an entry goes by, in both languages."""
    return tuple(dict.fromkeys(n for n in (entry.term.zh, entry.term.en, *entry.aliases) if n))


def _pattern(name: str) -> re.Pattern[str]:
    # English names are written with an article and quotes ('the "three standards"') that a
    # sentence puts differently, and in one form ("chain-leader enterprise") that a sentence
    # may inflect ("enterprises", "serving"): match the words, each with any common ending.
    words = WORD.findall(_bare(name).lower())
    stems = [w[:-1] if len(w) > 4 and w[-1] in "es" else w for w in words]
    body = r"[^a-z0-9]+".join(re.escape(s) + ENDINGS for s in stems)
    return re.compile(rf"(?<![a-z0-9]){body}(?![a-z0-9])")


def name_spans(text: str, entry_names: Iterable[str]) -> tuple[Span, ...]:
    """Where any of the names occurs in ``text`` (any case), overlaps merged, in order."""
    found: list[Span] = []
    lowered = text.lower() if len(text.lower()) == len(text) else text
    for name in entry_names:
        if has_cjk(name):
            found.extend(literal(text, name.lower()))
        elif WORD.search(name.lower()):
            found.extend(m.span() for m in _pattern(name).finditer(lowered))
    merged: list[Span] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)
