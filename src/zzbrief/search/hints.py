"""What to say when a search or a glossary lookup finds nothing."""

from __future__ import annotations

from collections.abc import Sequence

from zzbrief.briefing.model import Briefing
from zzbrief.errors import closest
from zzbrief.search.documents import documents
from zzbrief.search.index import SearchIndex
from zzbrief.search.matching import Term, pinyin_spans

NUMBER_HINT = (
    "A number matches whole figures by value: 70万, 700000 and 700,000 all find 70万辆, "
    "but 7000 is never found inside 70000."
)


def suggest(b: Briefing, index: SearchIndex, terms: Sequence[Term]) -> str | None:
    """A hint for a query that found nothing: what each pinyin term spells, how numbers
    match, or a close glossary term."""
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
    if any(t.amount is not None for t in terms):
        return NUMBER_HINT
    names = [f for g in b.glossary for f in (g.term.zh, g.term.en, *g.aliases)]
    guess = closest(" ".join(t.text for t in terms), names)
    return f"Did you mean {guess!r}? See: zzbrief glossary" if guess else None
