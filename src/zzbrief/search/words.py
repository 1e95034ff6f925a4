"""What the user typed: the query split into terms, and the terms too common to search for.

A stop word or a run of punctuation occurs in most of the briefing ("the" in 88 of its 130
documents, "的" in 44), so as a term it selects nothing and only floods the results. Such
terms are dropped from a query of several terms, and a query of nothing else is refused.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

#: English function words: the most frequent words of the English rendering that never name
#: anything. Left out on purpose: "an", "he", "de" and the other pinyin syllables (安, 何, 的
#: are searches too), and "it", which is also "IT". "a" is a syllable too, but no one types
#: a lone letter to find 阿.
ENGLISH_STOP_WORDS = frozenset(
    {"a", "and", "as", "at", "by", "for", "from", "in", "is", "its", "of", "on", "or", "that"}
    | {"the", "to", "will", "with"}
)
#: Chinese function characters (particles and conjunctions), stop words only as a whole term:
#: "的" alone is dropped, "目的" or "和平" is a term like any other.
CHINESE_STOP_WORDS = frozenset(["的", "了", "和", "与", "及", "或", "是", "在", "等"])
STOP_WORDS = ENGLISH_STOP_WORDS | CHINESE_STOP_WORDS


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


def is_punctuation(term: str) -> bool:
    """True for a term of punctuation and symbols alone (",", "……", "-", "%").

    Control characters are not punctuation: such a query is searched for, and finds nothing.
    """
    return all(unicodedata.category(c)[0] in "PSZ" for c in term)


def is_noise(term: str) -> bool:
    """True for a term that selects nothing: a stop word or punctuation."""
    return term.lower() in STOP_WORDS or is_punctuation(term)


def content_terms(terms: Sequence[str]) -> list[str]:
    """The terms that are searched for: every term but stop words and punctuation."""
    return [t for t in terms if not is_noise(t)]
