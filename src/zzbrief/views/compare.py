"""``zzbrief compare``: one indicator across the library, or two editions side by side."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from zzbrief.briefing.amounts import english_amount, range_english, with_cmp
from zzbrief.briefing.model import Lang, Target
from zzbrief.library.compare import Change, units_of
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
    zh, high = row["figure"], row["range_high"]
    if high is not None:
        en = range_english(row["value"], high, row["base_value"], row["base_unit"])
    else:
        en = english_amount(row["value"], row["base_value"], row["base_unit"])
    text = en if lang == "en" else (f"{zh}\n{en}" if lang == "both" and en != zh else zh)
    return with_cmp(row["comparator"] or "=", text, high is not None)


def _outcome(row: dict[str, Any], lang: Lang) -> str:
    # The figure as printed; the period only when it is part of the year (the verdict cell
    # says when the figure is preliminary), so the chart stays narrow.
    o = row["outcome"]
    if o is None:
        return ""
    figure = with_cmp(o["bound"], str(o["figure"])) if o.get("bound") else str(o["figure"])
    if "/" not in o["period"]:
        return figure
    return f"{figure} ({period_text(o['period'], lang)})"


def _scales(rows: Sequence[dict[str, Any]]) -> dict[str | None, float]:
    # One scale for the bars of each unit: the largest target or outcome shown in it.
    scales: dict[str | None, float] = {}
    for r in rows:
        for v in (r["common_target"], r["common_outcome"]):
            if v is not None:
                scales[r["common_unit"]] = max(scales.get(r["common_unit"], 0.0), abs(v))
    return scales


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


_TARGET_FIELDS = ("id", "figure", "value", "unit", "comparator", "range_high", "quote")
_SOURCE_FIELDS = ("publisher", "title", "date", "url")


def _spread(prefix: str, record: dict[str, Any] | None, keys: Sequence[str]) -> dict[str, Any]:
    # A nested record as scalar columns (target_figure …); None gives the same, empty.
    return {f"{prefix}_{k}": None if record is None else record.get(k) for k in keys}


def across_flat(record: dict[str, Any]) -> dict[str, Any]:
    """``across_record`` with its nested objects in scalar columns, for CSV."""
    o = record["outcome"]
    return {
        "briefing": record["briefing"],
        **_spread("place", record["place"], ("zh", "en")),
        "level": record["level"],
        "year": record["year"],
        "indicator": record["indicator"],
        **_spread("target", record["target"], _TARGET_FIELDS),
        **_spread("outcome", o, _OUTCOME_FIELDS[:-1]),
        **_spread("outcome_source", o and o["source"], _SOURCE_FIELDS),
        "verdict": record["verdict"],
    }


def across_view(indicator: Indicator, rows: Sequence[dict[str, Any]], lang: Lang) -> View:
    """``compare INDICATOR``: a row per briefing, with the target and outcome drawn as bars."""
    scales = _scales(rows)
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
        unjudged = r.get("unjudged")  # absent from a table cached by an older version
        word = label(
            "no_number" if r["soft"] else "not_comparable" if unjudged else r["verdict"], lang
        )
        o = r["outcome"]
        if o and not o["final"] and r["verdict"] in ("met", "missed"):
            word += "（初步）" if lang == "zh" else " (prelim.)"
        scale = scales.get(r["common_unit"], 0.0)
        table_rows.append((
            _place(r, lang),
            str(r["year"]),
            _bar(r["common_target"], scale, _amount(r, lang), "none"),
            _bar(r["common_outcome"], scale, _outcome(r, lang), tone),
            Toned(f"{symbol} {word}", tone),
            r["briefing"],
        ))  # fmt: skip
    title = f"{indicator.name.pick(lang)} ({indicator.key})"
    years = {r["year"] for r in rows}
    if len(years) == 1:
        title += f" · {years.pop()}"
    # The title heads the table on a terminal; piped output is records only.
    blocks: list[Heading | Para | Table] = [
        Table(columns, tuple(table_rows), title=title, primary=True)
    ]
    units = units_of(rows)
    if len(units) > 1:
        names = ", ".join(units)
        note = (
            f"These plans measure it in units that do not convert ({names}): "
            "grouped by unit, each group highest first, each on its own bar scale."
        )
        if lang == "zh":
            note = f"各地所用单位无法换算（{names}）：按单位分组，组内由高到低，各组刻度不同。"
        blocks.append(Para(note, dim=True, aside=True))
    records = [across_record(r) for r in rows]
    return View(tuple(blocks), records, flat=[across_flat(r) for r in records])


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
    records = [edition_record(ids, c) for c in changes]
    sides = ("briefing", "target", *_TARGET_FIELDS[1:])
    flat = [
        {**{k: v for k, v in r.items() if k not in ("before", "after")},
         **_spread("before", r["before"], sides), **_spread("after", r["after"], sides)}
        for r in records
    ]  # fmt: skip
    return View(tuple(blocks), records, flat=flat)
