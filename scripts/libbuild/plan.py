"""The plan part's own targets (Zhengzhou's briefings): a person's review, read and checked.

The goals paragraph is read by rule (build_library.read_targets). For a briefing whose
overrides file has ``plan_targets``, every quantified target of the rest of the plan part
comes from that reviewed list instead, because about a third of what ``draft`` proposes on
a whole plan part is not a target. Nothing in the list is typed by hand but the quote, the
figure as printed and the names: value, unit, comparator, range and aspiration are read from
the quote by zzbrief's own reader, exactly as ``validate`` will read them. ``draft`` still
runs: each figure it calls a target in the plan part must be covered by the review (a
target, a restatement under ``mentions``, or a rejection under ``not_targets``), so that a
rebuild after the extractor changes shows what nobody has looked at yet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from libbuild.clauses import _read
from libbuild.handmade import hand_outcome, no_outcome_note
from libbuild.units import base, unit_info
from zzbrief.briefing.checks import expected_comparator

#: The longest article sentence kept: a longer one is narrowed to its clauses around the
#: quote, so that the library bundles short passages rather than the report's paragraphs.
LONGEST = 120
_ENDS = "。！？；\n"
_ASPIRE = ("力争", "争取", "努力")


@dataclass
class PlanPart:
    """The reviewed targets of one plan part, with the sentences they are quoted from."""

    targets: list[dict[str, Any]] = field(default_factory=list)
    sentences: list[tuple[str, str]] = field(default_factory=list)  # (id, zh)
    unreviewed: list[str] = field(default_factory=list)
    _spans: dict[tuple[int, int], str] = field(default_factory=dict)

    def sentence_for(self, text: str, at: int, end: int) -> str:
        """The id of the article sentence holding ``text[at:end]`` (made once per span)."""
        span = sentence_span(text, at, end)
        if span not in self._spans:
            sid = f"plan.{len(self._spans) + 1}"
            self._spans[span] = sid
            self.sentences.append((sid, text[span[0] : span[1]]))
        return self._spans[span]


def sentence_span(text: str, at: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[at:end]``, narrowed at ， to at most LONGEST characters."""
    lo = max(text.rfind(c, 0, at) for c in _ENDS) + 1
    his = [i for i in (text.find(c, end) for c in _ENDS) if i >= 0]
    hi = min(his) + 1 if his else len(text)
    # a line end is not part of it; a ； is kept, as validate wants every sentence but a
    # paragraph's last to end at 。!?；
    while hi > lo and text[hi - 1] == "\n":
        hi -= 1
    if hi - lo > LONGEST:
        cuts = [m.end() for m in re.finditer("[，,：:]", text[lo:at])]
        lo = lo + cuts[-1] if cuts else lo
        nxt = re.search("[，,]", text[end:hi])
        hi = end + nxt.start() if nxt else hi
    while lo < at and text[lo] in " *#\t　":
        lo += 1
    return lo, hi


def _locate(bid: str, text: str, quote: str, figure: str, after: int) -> tuple[int, int]:
    """(offset of the quote, offset of the figure) in ``text``; exactly one occurrence."""
    if text.count(quote) != 1:
        raise SystemExit(f"{bid}: quote occurs {text.count(quote)} times, not once: {quote!r}")
    at = text.index(quote)
    if at < after:
        raise SystemExit(f"{bid}: quote lies before the plan part: {quote!r}")
    if quote.count(figure) != 1:
        raise SystemExit(f"{bid}: figure {figure!r} is not in its quote exactly once: {quote!r}")
    return at, at + quote.index(figure)


def read_figure(bid: str, quote: str, figure: str) -> dict[str, Any]:
    """The reader's reading of ``figure`` inside ``quote``, and the comparator validate reads."""
    at = quote.index(figure)
    readings = [r for a, r in _read(quote) if a == at and r["figure"] == figure]
    if not readings:
        got = [r["figure"] for _, r in _read(quote)]
        raise SystemExit(f"{bid}: {figure!r} is not read from {quote!r} (read: {got})")
    r = dict(readings[0])
    r["comparator"] = expected_comparator(quote, figure)
    return r


def _target(bid: str, entry: dict[str, Any], year: int, inds: dict[str, Any]) -> dict[str, Any]:
    quote, figure = entry["quote"], entry["figure"]
    metric = entry["metric"]
    if not metric.get("zh") or not metric.get("en"):
        raise SystemExit(f"{bid}: {entry['id']}: metric needs zh and en")
    key = entry.get("indicator")
    if key is not None and key not in inds:
        raise SystemExit(f"{bid}: {entry['id']}: {key!r} is not in data/library/indicators.yaml")
    named = [metric["zh"], *(inds[key]["aliases_zh"] if key else [])]
    if not any(n in quote for n in named):
        raise SystemExit(f"{bid}: {entry['id']}: neither the metric nor an alias is in the quote")
    r = read_figure(bid, quote, figure)
    unit = str(r["unit"])
    factor_base = unit_info(unit)[1]
    return {
        "id": entry["id"],
        "metric": {"zh": metric["zh"], "en": metric["en"]},
        "indicator": key,
        "figure": figure,
        "value": r["value"],
        "unit": unit,
        "comparator": r["comparator"],
        "horizon": entry.get("horizon", year),
        "range_high": r["range_high"],
        "base_value": base(float(r["value"]), unit),  # type: ignore[arg-type]
        "base_unit": factor_base,
        "kind": r["kind"],
        "aspiration": any(w in quote for w in _ASPIRE),
    }


def read_plan_part(
    bid: str,
    spec: dict[str, Any],
    report_text: str,
    plan_from: int,
    year: int,
    inds: dict[str, Any],
    goal_targets: list[dict[str, Any]],
    nxt: tuple[str, dict[str, Any]] | None,
) -> PlanPart:
    """The reviewed plan-part targets, mentions and outcomes of one report.

    ``nxt`` is the next report's text and its source block (None for the newest year).
    """
    part = PlanPart()
    covered: list[tuple[int, int]] = []
    review_end = _review_end(nxt[0]) if nxt is not None else 0
    ids = {t["id"] for t in goal_targets}
    for t in goal_targets:
        at = report_text.find(t["quote"])
        if at >= 0 and t["figure"]:
            fig = at + t["quote"].find(t["figure"])
            covered.append((fig, fig + len(t["figure"])))
    for entry in spec.get("plan_targets") or []:
        if entry["id"] in ids:
            raise SystemExit(f"{bid}: target id {entry['id']!r} is used twice")
        ids.add(entry["id"])
        at, fig = _locate(bid, report_text, entry["quote"], entry["figure"], plan_from)
        covered.append((fig, fig + len(entry["figure"])))
        t = _target(bid, entry, year, inds)
        t["quote"] = entry["quote"]
        t["sentence"] = part.sentence_for(report_text, at, at + len(entry["quote"]))
        t["outcomes"] = [
            _outcome(bid, o, year, nxt, review_end) for o in entry.get("outcomes") or []
        ]
        if not t["outcomes"]:
            del t["outcomes"]
            t["outcome_note"] = no_outcome_note(year, nxt is not None)
        part.targets.append(t)
    by_id = {t["id"]: t for t in [*goal_targets, *part.targets]}
    for entry in spec.get("mentions") or []:
        if entry["of"] not in by_id:
            raise SystemExit(f"{bid}: mention of {entry['of']!r}, which is no target")
        if entry["figure"] != by_id[entry["of"]]["figure"]:
            raise SystemExit(f"{bid}: a mention of {entry['of']!r} must print its figure")
        at, fig = _locate(bid, report_text, entry["quote"], entry["figure"], plan_from)
        covered.append((fig, fig + len(entry["figure"])))
        sid = part.sentence_for(report_text, at, at + len(entry["quote"]))
        by_id[entry["of"]].setdefault("more_mentions", []).append(
            {"sentence": sid, "quote": entry["quote"]}
        )
    for entry in spec.get("not_targets") or []:
        if not entry.get("why"):
            raise SystemExit(f"{bid}: not_targets entry without why: {entry['quote']!r}")
        _, fig = _locate(bid, report_text, entry["quote"], entry["figure"], 0)
        covered.append((fig, fig + len(entry["figure"])))
    part.unreviewed = _unreviewed(report_text, plan_from, covered)
    return part


def _outcome(
    bid: str,
    spec: dict[str, Any],
    year: int,
    nxt: tuple[str, dict[str, Any]] | None,
    review_end: int,
) -> dict[str, Any]:
    if nxt is None:
        raise SystemExit(f"{bid}: an outcome, but no next report")
    text, source = nxt
    if text.count(spec["quote"]) != 1:
        raise SystemExit(f"{bid}: outcome quote not exactly once in the next report: {spec}")
    if text.index(spec["quote"]) >= review_end:
        # a figure in the next report's own plan is a new target, not this year's result
        raise SystemExit(f"{bid}: outcome quote lies after the next report's review: {spec}")
    return hand_outcome(bid, {"period": year, **spec}, source)


def _review_end(text: str) -> int:
    """Where the review of the past ends: the heading of the part holding the goals
    paragraph (the whole text when it has none, as in a made-up report)."""
    from libbuild.report import goals_span, review_part

    try:
        return len(review_part(text, goals_span(text)[0]))
    except ValueError:
        return len(text)


def _unreviewed(text: str, plan_from: int, covered: list[tuple[int, int]]) -> list[str]:
    """What ``draft`` calls a target in the plan part that no reviewed entry covers."""
    from zzbrief.draft import extract

    out = []
    for f in extract(text).figures:
        if f.role != "target" or f.start < plan_from:
            continue
        if not any(a < f.end and f.start < b for a, b in covered):
            out.append(f"{f.start}: {f.figure}  «{f.quote}»")
    return out
