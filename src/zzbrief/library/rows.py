"""What the catalogue keeps of one briefing: its entry, and a row per target with an indicator.

Rows are plain data (they go into the compiled table) and carry what ``compare`` shows:
the place and year, the target as printed with its comparator and range, its quote, the
outcome judged and the verdict, computed here once with ``verdicts.judge``.
"""

from __future__ import annotations

from typing import Any

from zzbrief.briefing.model import Briefing, Outcome, Target
from zzbrief.briefing.verdicts import judge


def outcome_row(o: Outcome) -> dict[str, Any]:
    """An outcome as plain data, with its source and quote."""
    s = o.source
    return {
        "period": o.period,
        "figure": o.figure,
        "value": o.value,
        "unit": o.unit,
        "base_value": o.base_value,
        "final": o.final,
        "bound": o.bound,
        "quote": o.quote,
        "source": {"publisher": s.publisher, "title": s.title, "date": s.date, "url": s.url},
    }


def target_row(bid: str, b: Briefing, t: Target) -> dict[str, Any]:
    """One target of briefing ``bid`` as a row of the cross-briefing table."""
    s = b.source
    v = judge(t, s.year)
    return {
        "briefing": bid,
        "target": t.id,
        "place": [s.place.zh, s.place.en],
        "level": s.level or "",
        "year": s.year,
        "indicator": t.indicator,
        "metric": [t.metric.zh, t.metric.en],
        "figure": t.figure,
        "value": t.value,
        "unit": t.unit,
        "comparator": t.comparator,
        "range_high": t.range_high,
        "base_value": t.base_value,
        "base_unit": t.base_unit,
        "quote": t.mentions[0].quote if t.mentions else "",
        "verdict": v.verdict,
        "soft": v.soft,
        "unjudged": v.unjudged,
        "share": v.share,
        "outcome": outcome_row(v.outcome) if v.outcome else None,
    }


def entry_and_rows(bid: str, path: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The catalogue entry of the briefing in ``path`` and its rows, once it is validated.

    Only checked, not compiled: the search index costs most of a compile, and only
    ``-b ID`` and ``search -b all`` need it (they compile a briefing on first use).
    """
    from zzbrief.briefing import store
    from zzbrief.briefing.compile import check
    from zzbrief.briefing.load import read_sources

    known = store.load_cached(path)  # compiled before (-b ID, search): valid already
    if known is not None:
        b, key = known.briefing, known.key
    else:
        sources = read_sources(path)
        b, key = check(sources)[1], store.compiled_key(sources)
    s = b.source
    entry = {
        "id": bid,
        "path": path,
        "place": [s.place.zh, s.place.en],
        "level": s.level or "",
        "year": s.year,
        "title": s.title,
        "url": s.url,
        "targets": len(b.targets),
        "outcomes": sum(1 for t in b.targets if t.outcomes),
        "key": key,
    }
    rows = [target_row(bid, b, t) for t in b.targets if t.indicator]
    return entry, rows
