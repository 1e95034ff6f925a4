"""``search -b all``: the one search engine run over every briefing in the library.

Each briefing is read from its own compiled cache (the catalogue knows its content key, so
its file is not hashed again) and searched as ``zzbrief search`` would search it alone;
briefings without a hit are skipped. Nothing matched anywhere is ``NoMatch`` (exit 1).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from zzbrief.briefing.model import Briefing
from zzbrief.errors import NoMatch, plural
from zzbrief.library.catalogue import each_briefing, table
from zzbrief.search.engine import Hit, search


def search_all(
    words: Sequence[str],
    any_mode: bool = False,
    on_compile: Callable[[int], None] | None = None,
) -> list[tuple[str, Briefing, list[Hit]]]:
    """Every briefing's hits, in catalogue order (nation, provinces, cities; then year).

    ``on_compile(n)`` is called once, when the first briefing has to be compiled (a cold
    cache) and ``n`` more may follow, so that the command can say why the first run waits.
    """
    found: list[tuple[str, Briefing, list[Hit]]] = []
    entries = table().entries()
    if not entries:
        raise NoMatch("no library briefings are installed, so there is nothing to search.")
    for n, (entry, loaded) in enumerate(each_briefing(entries), 1):
        if loaded.read_from_files and on_compile is not None:  # read and compiled now
            on_compile(len(entries) - n)
            on_compile = None
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
