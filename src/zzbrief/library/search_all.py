"""``search -b all``: the one search engine run over every briefing in the library.

Each briefing is read from its own compiled cache (the catalogue knows its content key, so
its file is not hashed again) and searched as ``zzbrief search`` would search it alone;
briefings without a hit are skipped. Nothing matched anywhere is ``NoMatch`` (exit 1).
"""

from __future__ import annotations

from collections.abc import Sequence

from zzbrief.briefing.model import Briefing
from zzbrief.errors import NoMatch, plural
from zzbrief.library.catalogue import each_briefing, table
from zzbrief.search.engine import Hit, search


def search_all(
    words: Sequence[str], any_mode: bool = False
) -> list[tuple[str, Briefing, list[Hit]]]:
    """Every briefing's hits, in catalogue order (nation, provinces, cities; then year)."""
    found: list[tuple[str, Briefing, list[Hit]]] = []
    entries = table().entries()
    if not entries:
        raise NoMatch("no library briefings are installed, so there is nothing to search.")
    for entry, loaded in each_briefing(entries):
        try:
            hits = search(loaded.briefing, loaded.index, words, any_mode)
        except NoMatch:
            continue  # UsageProblem (an empty query) is the same everywhere: let it out
        found.append((entry.id, loaded.briefing, hits))
    if not found:
        raise NoMatch(
            f"no match for {' '.join(words)!r} in {plural(len(entries), 'briefing')}.",
            hint="Try other words, or search one briefing: zzbrief search -b ID WORDS",
        )
    return found
