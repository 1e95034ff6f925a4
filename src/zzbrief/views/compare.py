"""``zzbrief compare``: one indicator across the library, or two editions side by side."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from zzbrief.briefing.amounts import english_amount, with_cmp
from zzbrief.briefing.model import Lang, Target
from zzbrief.library.compare import Change
from zzbrief.library.indicators import Indicator
from zzbrief.render.doc import Column, Heading, Meter, Para, Table, Toned, View
from zzbrief.views.amounts import with_comparator
from zzbrief.views.labels import label
from zzbrief.views.scorecard import MARKS as VERDICT_MARKS
from zzbrief.views.scorecard import period_text

#: Each edition mark's symbol and tone; the symbol carries the meaning without colour.
MARKS = {"raised": ("↑", "good"), "lowered": ("↓", "bad"), "same": ("=", "none"),
         "new": ("+", "pending"), "dropped": ("−", "pending")}  # fmt: skip


def _amount(row: dict[str, Any], lang: Lang) -> str:
    """A row's target as a reader sees it: the figure as printed, or in English words."""
    if row["figure"] is None:
        return label("no_number", lang)
    zh = row["figure"]
    if row["base_unit"] == "percent":
        high = row["range_high"]
        en = f"{row['value']:g}%" if high is None else f"{row['value']:g}–{high:g}%"
    else:
        en = english_amount(row["value"], row["base_value"], row["base_unit"])
    text = en if lang == "en" else (f"{zh}\n{en}" if lang == "both" and en != zh else zh)
    return with_cmp(row["comparator"] or "=", text)


def _outcome(row: dict[str, Any], lang: Lang) -> str:
    # The figure as printed; the period only when it is part of the year (the verdict cell
    # says when the figure is preliminary), so the chart stays narrow.
    o = row["outcome"]
    if o is None:
        return ""
    if "/" not in o["period"]:
        return str(o["figure"])
    return f"{o['figure']} ({period_text(o['period'], lang)})"


def _scale(rows: Sequence[dict[str, Any]]) -> float:
    # One scale for every bar of the chart: the largest target or outcome shown.
    values = [r["value"] for r in rows if r["value"] is not None]
    values += [r["outcome"]["value"] for r in rows if r["outcome"]]
    return max((abs(v) for v in values), default=0.0)


def _bar(value: float | None, scale: float, text: str, tone: str) -> Meter:
    if value is None or not scale:
        return Meter(None, text)
    return Meter(value / scale, text, tone)


def _place(row: dict[str, Any], lang: Lang) -> str:
    zh, en = row["place"]
    return en if lang == "en" else (f"{zh} {en}" if lang == "both" else zh)


_OUTCOME_FIELDS = ("period", "figure", "value", "unit", "final", "quote", "source")


def across_record(row: dict[str, Any]) -> dict[str, Any]:
    """One briefing's target for an indicator, as JSON."""
    o = row["outcome"]
    return {
        "briefing": row["briefing"],
        "place": {"zh": row["place"][0], "en": row["place"][1]},
        "level": row["level"],
        "year": row["year"],
        "indicator": row["indicator"],
        "target": {
            "id": row["target"],
            "figure": row["figure"],
            "value": row["value"],
            "unit": row["unit"],
            "comparator": row["comparator"],
            "range_high": row["range_high"],
            "quote": row["quote"],
        },
        "outcome": o and {k: o[k] for k in _OUTCOME_FIELDS},
        "verdict": row["verdict"],
    }


def across_view(indicator: Indicator, rows: Sequence[dict[str, Any]], lang: Lang) -> View:
    """``compare INDICATOR``: a row per briefing, with the target and outcome drawn as bars."""
    scale = _scale(rows)
    columns = (
        Column(label("place", lang), ratio=1, min_width=6),
        # On a narrow terminal the id goes first, then the year (named in the title when
        # every row has the same one).
        Column(label("year", lang), justify="right", nowrap=True, drop=2),
        Column(label("goal", lang), nowrap=True),
        Column(label("outcome", lang), nowrap=True),
        Column(label("verdict", lang), nowrap=True),
        Column(label("id", lang), nowrap=True, drop=3),
    )
    table_rows = []
    for r in rows:
        symbol, tone = VERDICT_MARKS[r["verdict"]]
        word = label("no_number" if r["soft"] else r["verdict"], lang)
        o = r["outcome"]
        if o and not o["final"] and r["verdict"] in ("met", "missed"):
            word += "（初步）" if lang == "zh" else " (prelim.)"
        table_rows.append((
            _place(r, lang),
            str(r["year"]),
            _bar(r["value"], scale, _amount(r, lang), "none"),
            _bar(o["value"] if o else None, scale, _outcome(r, lang), tone),
            Toned(f"{symbol} {word}", tone),
            r["briefing"],
        ))  # fmt: skip
    title = f"{indicator.name.pick(lang)} ({indicator.key})"
    years = {r["year"] for r in rows}
    if len(years) == 1:
        title += f" · {years.pop()}"
    blocks = (Heading(title), Table(columns, tuple(table_rows), primary=True))
    return View(blocks, [across_record(r) for r in rows])


def _side(bid: str, t: Target | None) -> dict[str, Any] | None:
    if t is None:
        return None
    return {"briefing": bid, "target": t.id, "figure": t.figure, "value": t.value,
            "unit": t.unit, "comparator": t.comparator, "range_high": t.range_high,
            "quote": t.mentions[0].quote if t.mentions else ""}  # fmt: skip


def edition_record(ids: tuple[str, str], c: Change) -> dict[str, Any]:
    """One indicator or metric in two editions, as JSON."""
    t = c.after or c.before
    assert t is not None
    return {
        "indicator": c.indicator,
        "metric_zh": t.metric.zh,
        "metric_en": t.metric.en,
        "before": _side(ids[0], c.before),
        "after": _side(ids[1], c.after),
        "mark": c.mark,
        "guess": c.guess,
    }


def editions_view(ids: tuple[str, str], changes: Sequence[Change], lang: Lang) -> View:
    """``compare ID ID``: each indicator or metric, its figure in both, and how it moved."""
    columns = (
        Column(label("indicator", lang), nowrap=True, drop=1),
        Column(label("metric", lang), ratio=2, min_width=18),
        Column(ids[0], justify="right", nowrap=True),
        Column(ids[1], justify="right", nowrap=True),
        Column(label("change", lang), nowrap=True),
    )
    rows = []
    for c in changes:
        t = c.after or c.before
        assert t is not None
        symbol, tone = MARKS[c.mark]
        word = label(c.mark, lang) + (f" ({label('guess', lang)})" if c.guess else "")
        rows.append((
            c.indicator or "",
            t.metric.pick(lang),
            with_comparator(c.before, lang) if c.before else "",
            with_comparator(c.after, lang) if c.after else "",
            Toned(f"{symbol} {word}", tone),
        ))  # fmt: skip
    blocks: list[Heading | Para | Table] = [Table(columns, tuple(rows), primary=True)]
    if any(c.guess for c in changes):
        blocks.append(Para(label("guess_note", lang), dim=True, aside=True))
    return View(tuple(blocks), [edition_record(ids, c) for c in changes])
