"""``zzbrief draft PATH``: the figures found in a plan text, one row each, for review."""

from __future__ import annotations

from zzbrief.briefing.model import Lang
from zzbrief.draft import Draft, figure_records
from zzbrief.errors import plural
from zzbrief.render.doc import Column, Marked, Para, Table, View
from zzbrief.views.labels import label


def _quote(quote: str, figure: str) -> Marked:
    # The figure highlighted inside its quote, as search highlights a match.
    at = quote.find(figure)
    return Marked(quote, ((at, at + len(figure)),) if at >= 0 else ())


def draft_view(draft: Draft, lang: Lang) -> View:
    """One row per figure: where it is, its role, the figure, the metric and the quote."""
    columns = (
        Column(label("sentence_id", lang), nowrap=True),
        # The role is the one judgement a review needs: it never gives way; the metric,
        # which the quote also shows, goes first.
        Column(label("role", lang), nowrap=True),
        Column(label("value", lang), justify="right", nowrap=True),
        Column(label("metric", lang), ratio=1, min_width=10, drop=1),
        Column(label("quote", lang), ratio=3, min_width=16),
    )
    shown = [f for f in draft.figures if f.role != "none"]
    left_out = len(draft.figures) - len(shown)
    rows = tuple(
        (
            f.sentence,
            label(f.role, lang),
            f.figure if f.comparator == "=" else f"{f.comparator} {f.figure}",
            f.metric,
            _quote(f.quote, f.figure),
        )
        for f in shown
    )
    targets = sum(1 for f in shown if f.role == "target")
    reported = len(shown) - targets
    if lang == "zh":
        summary = (
            f"共{len(shown)}个数字：目标{targets}个，已报告{reported}个。"
            + (f"另有{left_out}个不是指标的数字（原因见 --format json）。" if left_out else "")
            + "用 -o DIR 写出草稿简报。"
        )
    else:
        summary = (
            f"{plural(len(shown), 'figure')}: {plural(targets, 'target')}, "
            f"{plural(reported, 'reported result')}. "
            + (
                f"{plural(left_out, 'number')} left out as not figures (reasons in --format json). "
                if left_out
                else ""
            )
            + "Write a draft briefing with -o DIR."
        )
    blocks = (Table(columns, rows, primary=True), Para(summary, dim=True, aside=True))
    return View(blocks, figure_records(draft))
