"""``zzbrief scorecard``: each target beside its baseline, its outcome and the verdict."""

from __future__ import annotations

from collections.abc import Sequence

from zzbrief.briefing.model import Briefing, Lang, Outcome, SourceRef, Target
from zzbrief.briefing.verdicts import Verdict, judge, tally
from zzbrief.render.doc import Column, Para, Table, Toned, View
from zzbrief.views import fields
from zzbrief.views.amounts import outcome_text, with_comparator
from zzbrief.views.labels import label
from zzbrief.views.progress import meter_cell

#: Each verdict's symbol and tone. The symbol carries the meaning without colour; each has
#: a width of one cell on every terminal (none is East Asian "ambiguous").
MARKS = {"met": ("✓", "good"), "missed": ("✗", "bad"), "partial": ("◔", "pending"),
         "pending": ("⧖", "later"), "unknown": ("?", "none")}  # fmt: skip
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


def figure_cell(o: Outcome | None, t: Target, lang: Lang, ref: int | None = None) -> str:
    """A published figure with its period, whether it is preliminary, and the number of its
    source in the list under the table (``ref``)."""
    if o is None:
        return ""
    when = period_text(o.period, lang)
    amount = outcome_text(o, t, lang) + ("" if ref is None else f" [{ref}]")
    # The amount, then the period on a line of its own, so neither is cut in a narrow cell.
    if lang == "zh":
        return f"{amount}\n（{when}{'' if o.final else '，初步'}）"
    if not o.final:
        when += ", " + label("preliminary", lang).replace("\n", " / ")
    return f"{amount}\n({when})"


def headline_outcome(o: Outcome | None, t: Target, lang: Lang, year: int) -> str:
    """An outcome in the overview: the amount, and its period only when it is not the whole
    plan year (the header names the year, and the verdict says when a figure is preliminary)."""
    if o is None:
        return ""
    whole = o.full_year and o.year == year
    return outcome_text(o, t, lang) if whole else figure_cell(o, t, lang)


def _flags(v: Verdict) -> list[str]:
    # What the verdict rests on, when it is less than a final official figure.
    o = v.outcome
    if o is None or v.verdict not in ("met", "missed"):
        return []
    flags = [] if o.final else ["preliminary"]
    kind = o.source.origin
    return flags if kind == "official" else [*flags, kind]


def verdict_cell(v: Verdict, lang: Lang) -> Toned:
    """The verdict as a symbol and a word, toned for colour, and beside it what it rests on
    when that is a preliminary figure or a source other than the government's own."""
    symbol, tone = MARKS[v.verdict]
    flags = _flags(v)
    word = "no_number" if v.soft else "not_comparable" if v.unjudged else v.verdict
    zh = label(word, "zh") + (f"（{'，'.join(label(f, 'zh') for f in flags)}）" if flags else "")
    en = label(word, "en") + (f" ({', '.join(label(f, 'en') for f in flags)})" if flags else "")
    words = {"zh": zh, "en": en, "both": f"{zh}\n{en}"}[lang]
    return Toned(f"{symbol} {words}", tone)


def summary_line(verdicts: Sequence[Verdict], lang: Lang) -> str:
    """One line: how many targets were met, missed, partial, not yet due, without a
    published figure, and (when any) soft targets with no number to judge."""
    counts: dict[str, int] = tally(verdicts)
    soft = sum(1 for v in verdicts if v.soft)
    unjudged = sum(1 for v in verdicts if v.unjudged)
    # A soft target is counted as "no number", and one with only a figure of another measure
    # as "not comparable", not as unpublished
    counts["unknown"] -= soft + unjudged
    if unjudged:
        counts["not_comparable"] = unjudged
    if soft:
        counts["no_number"] = soft
    words = {**{k: label(k, lang) for k in counts}, "unknown": label("no_figure", lang)}
    marks = {k: m for k, (m, _) in MARKS.items()}
    marks |= {"no_number": MARKS["unknown"][0], "not_comparable": MARKS["unknown"][0]}
    return " · ".join(f"{marks[k]} {words[k]} {n}".replace("\n", " / ") for k, n in counts.items())


def _key(s: SourceRef) -> tuple[str, str, str, str]:
    return (s.publisher, s.title, s.date, s.url)


def sources(rows: Sequence[tuple[Target, Verdict]]) -> dict[tuple[str, ...], SourceRef]:
    """Each source the rows show (baseline, then outcome), once, in reading order: the order
    they are numbered in."""
    seen: dict[tuple[str, ...], SourceRef] = {}
    for t, v in rows:
        for o in (t.baseline, v.outcome):
            if o is not None:
                seen.setdefault(_key(o.source), o.source)
    return seen


def source_list(seen: dict[tuple[str, ...], SourceRef]) -> list[Para]:
    """The numbered sources under a table: ``[1] 郑州日报 2025-02-13 https://…``, the address
    whole on its own line when the line is too narrow (so it can be copied)."""
    return [
        Para(f"[{n}] {s.publisher} {s.date} {s.url}", dim=True, aside=True, hang=4)
        for n, s in enumerate(seen.values(), 1)
    ]


def _ref(numbers: dict[tuple[str, ...], int], o: Outcome | None) -> int | None:
    return None if o is None else numbers[_key(o.source)]


def scorecard_view(b: Briefing, targets: Sequence[Target], lang: Lang) -> View:
    """One row per target: metric, baseline, target, outcome, progress bar, verdict; then the
    numbered sources, and one summary line."""
    year = b.source.year
    verdicts = [judge(t, year) for t in targets]
    pairs = list(zip(targets, verdicts, strict=True))
    cited = sources(pairs)
    numbers = {key: n for n, key in enumerate(cited, 1)}
    columns = (
        Column(label("id", lang), nowrap=True),
        Column(label("metric", lang), ratio=2, min_width=10),
        Column(label("baseline", lang), ratio=1, min_width=14, drop=3),
        Column(label("goal", lang), justify="right", nowrap=True),
        Column(label("outcome", lang), ratio=1, min_width=14),
        Column(label("progress", lang), nowrap=True, drop=2),
        # May wrap at its flags ("(prelim., repost)"): a narrower column leaves room for the bar.
        Column(label("verdict", lang), ratio=1, min_width=14),
        # On a terminal the sources are numbered under the table; plain rows carry them.
        Column(label("source", lang), hidden=True),
    )
    rows = tuple(
        (
            t.id,
            t.metric.pick(lang),
            figure_cell(t.baseline, t, lang, _ref(numbers, t.baseline)),
            with_comparator(t, lang),
            figure_cell(v.outcome, t, lang, _ref(numbers, v.outcome)),
            meter_cell(t, v, MARKS[v.verdict][1], lang),
            verdict_cell(v, lang),
            " ".join((v.outcome.source.publisher, v.outcome.source.date, v.outcome.source.url))
            if v.outcome
            else "",
        )
        for t, v in pairs
    )
    blocks: tuple[Table | Para, ...] = (
        Table(columns, rows, primary=True),
        *source_list(cited),
        Para(summary_line(verdicts, lang), aside=True, sep=" · "),
    )
    data = [fields.target(t, year, v) for t, v in pairs]
    return View(blocks, data)
