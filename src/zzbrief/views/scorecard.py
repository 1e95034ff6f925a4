"""``zzbrief scorecard``: each target beside its baseline, its outcome and the verdict."""

from __future__ import annotations

from collections.abc import Sequence

from zzbrief.briefing.model import Briefing, Lang, Outcome, Target
from zzbrief.briefing.verdicts import Verdict, judge, tally
from zzbrief.render.doc import Column, Meter, Para, Table, Toned, View
from zzbrief.views import fields
from zzbrief.views.amounts import outcome_text, with_comparator
from zzbrief.views.labels import label

#: Each verdict's symbol and tone. The symbol carries the meaning without colour.
MARKS = {"met": ("✓", "good"), "missed": ("✗", "bad"), "partial": ("◔", "pending"),
         "unknown": ("?", "none")}  # fmt: skip
_MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def period_text(period: str, lang: Lang) -> str:
    """``2024`` as is; ``2024-01/2024-11`` as 2024年1—11月 or Jan-Nov 2024."""
    if "/" not in period:
        return period
    start, end = period.split("/")
    (y1, m1), (y2, m2) = (map(int, start.split("-")), map(int, end.split("-")))
    if lang == "en":
        first = _MONTHS_EN[m1 - 1] + ("" if y1 == y2 else f" {y1}")
        return f"{first}-{_MONTHS_EN[m2 - 1]} {y2}"
    return f"{y1}年{m1}—{m2}月" if y1 == y2 else f"{y1}年{m1}月—{y2}年{m2}月"


def figure_cell(o: Outcome | None, t: Target, lang: Lang) -> str:
    """A published figure with its period, and whether it is preliminary."""
    if o is None:
        return ""
    when = period_text(o.period, lang)
    # The amount, then the period on a line of its own, so neither is cut in a narrow cell.
    if lang == "zh":
        return f"{outcome_text(o, t, lang)}\n（{when}{'' if o.final else '，初步'}）"
    if not o.final:
        when += ", " + label("preliminary", lang).replace("\n", " / ")
    return f"{outcome_text(o, t, lang)}\n({when})"


def verdict_cell(v: Verdict, lang: Lang) -> Toned:
    """The verdict as a symbol and a word, toned for colour."""
    symbol, tone = MARKS[v.verdict]
    text = f"{symbol} {label('no_number' if v.soft else v.verdict, lang)}"
    if v.outcome is not None and not v.outcome.final and v.verdict in ("met", "missed"):
        # Judged on a preliminary figure: say so beside the verdict, not only in the cell.
        text += "（初步）" if lang == "zh" else " (prelim.)"
    return Toned(text, tone)


def meter_cell(v: Verdict) -> Meter:
    """The outcome as a share of the target, for the bar."""
    if v.share is None:
        return Meter(None, "")
    return Meter(v.share, f"{v.share:.0%}", MARKS[v.verdict][1])


def summary_line(verdicts: Sequence[Verdict], lang: Lang) -> str:
    """One line: how many targets were met, missed, partial and without a published figure."""
    counts = tally(verdicts)
    words = {**{k: label(k, lang) for k in counts}, "unknown": label("no_figure", lang)}
    return " · ".join(
        f"{MARKS[k][0]} {words[k]} {n}".replace("\n", " / ") for k, n in counts.items()
    )


def scorecard_view(b: Briefing, targets: Sequence[Target], lang: Lang) -> View:
    """One row per target: metric, baseline, target, outcome, progress bar, verdict, source."""
    year = b.source.year
    verdicts = [judge(t, year) for t in targets]
    columns = (
        Column(label("id", lang), nowrap=True),
        Column(label("metric", lang), ratio=2, min_width=10),
        Column(label("baseline", lang), ratio=1, min_width=14, drop=3),
        Column(label("goal", lang), justify="right", nowrap=True),
        Column(label("outcome", lang), ratio=1, min_width=14),
        Column(label("progress", lang), nowrap=True, drop=2),
        Column(label("verdict", lang), nowrap=True),
        Column(label("source", lang), ratio=1, drop=4),
    )
    rows = tuple(
        (
            t.id,
            t.metric.pick(lang),
            figure_cell(t.baseline, t, lang),
            with_comparator(t, lang),
            figure_cell(v.outcome, t, lang),
            meter_cell(v),
            verdict_cell(v, lang),
            f"{v.outcome.source.publisher} {v.outcome.source.date}" if v.outcome else "",
        )
        for t, v in zip(targets, verdicts, strict=True)
    )
    blocks = (Table(columns, rows, primary=True), Para(summary_line(verdicts, lang), aside=True))
    data = [fields.target(t, year, v) for t, v in zip(targets, verdicts, strict=True)]
    return View(blocks, data)
