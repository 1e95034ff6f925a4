"""``zzbrief draft PATH``: the figures found in a plan text, one row each, for review."""

from __future__ import annotations

from zzbrief.briefing.model import Lang
from zzbrief.draft import Draft, figure_records
from zzbrief.render.doc import Column, Marked, Para, Table, View
from zzbrief.views.labels import label


def _quote(quote: str, figure: str) -> Marked:
    # The figure highlighted inside its quote, as search highlights a match.
    at = quote.find(figure)
    return Marked(quote, ((at, at + len(figure)),) if at >= 0 else ())


def draft_view(draft: Draft, lang: Lang) -> View:
    """One row per figure: where it is, its role, the figure, the metric and the quote."""
    columns = (
        Column(label("sentence", lang), nowrap=True),
        Column(label("role", lang), nowrap=True, drop=2),
        Column(label("value", lang), justify="right", nowrap=True),
        Column(label("metric", lang), ratio=1, min_width=10, drop=1),
        Column(label("quote", lang), ratio=3, min_width=16),
    )
    rows = tuple(
        (
            f.sentence,
            label(f.role, lang),
            f.figure if f.comparator == "=" else f"{f.comparator} {f.figure}",
            f.metric,
            _quote(f.quote, f.figure),
        )
        for f in draft.figures
    )
    targets = sum(1 for f in draft.figures if f.role == "target")
    summary = (
        f"{len(draft.figures)} figures: {targets} targets, "
        f"{len(draft.figures) - targets} reported results. "
        "Write a draft briefing with -o DIR."
    )
    blocks = (Table(columns, rows, primary=True), Para(summary, dim=True, aside=True))
    return View(blocks, figure_records(draft))
