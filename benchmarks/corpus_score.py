"""Scoring ``zzbrief.draft.extract`` against the labelled corpus (benchmarks/corpus/labels/).

For each label file whose text is at hand (a lawtext/gov copy given with ``--corpus``, or a
page under benchmarks/corpus/pages/), the text is drafted and its figures compared with the
labels inside the file's labelled ranges:

- a predicted figure and a label are the same figure when their character spans overlap
  (``[start, end)`` offsets into the decoded text), paired one to one in text order; a
  figure that ``draft`` reads as several (one per listed subject) counts once;
- recall: labelled targets paired with a predicted target; precision: predicted targets
  paired with a labelled target;
- comparator, aspiration and range_high accuracy over the paired targets;
- role accuracy on reported figures: labelled ``reported`` figures that draft found, and
  the share of those it calls ``reported``;
- trap reason agreement: labelled non-figures that draft also calls ``none``, and the share
  with the same reason;
- metric agreement over paired targets, two ways: exact (whitespace ignored), and the mean
  character-overlap F1 (the characters both share, as a multiset, against each length).
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zzbrief.draft import Figure, extract

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))
import labels as corpus


@dataclass
class Tally:
    """Counts for one text, a document kind, or the whole corpus."""

    gold: int = 0
    predicted: int = 0
    hits: int = 0
    comparator: int = 0
    aspiration: int = 0
    range_high: int = 0
    metric_exact: int = 0
    metric_f1: float = 0.0
    reported_found: int = 0
    reported_right: int = 0
    traps_found: int = 0
    traps_same: int = 0
    texts: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    disagreements: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        """Add another tally's counts (and lists) into this one."""
        for name, value in vars(other).items():
            setattr(self, name, getattr(self, name) + value)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def char_f1(a: str, b: str) -> float:
    """Character-overlap F1 of two phrases (1.0 when equal, 0.0 when they share nothing)."""
    a, b = "".join(a.split()), "".join(b.split())
    if not a or not b:
        return float(a == b)
    common = sum((Counter(a) & Counter(b)).values())
    if not common:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)


def _pairs(
    figures: list[Figure], gold: list[dict[str, Any]]
) -> tuple[dict[int, Figure], list[Figure]]:
    """Gold label index → the predicted figure at its span; and predictions left unpaired."""
    paired: dict[int, Figure] = {}
    unpaired: list[Figure] = []
    j = 0
    for f in figures:
        while j < len(gold) and gold[j]["start"] + len(gold[j]["figure"]) <= f.start:
            j += 1
        k = j
        while k < len(gold) and gold[k]["start"] < f.end:
            span = (gold[k]["start"], gold[k]["start"] + len(gold[k]["figure"]))
            if k not in paired and _overlap(span, (f.start, f.end)):
                paired[k] = f
                break
            k += 1
        else:
            unpaired.append(f)
    return paired, unpaired


def score_text(text: corpus.Text, content: str) -> Tally:
    """One labelled text scored (see the module docstring)."""
    t = Tally(texts=1)
    inside = [
        f
        for f in _once(extract(content).figures)
        if any(a <= f.start < b for a, b in text.labelled)
    ]
    gold = text.labels
    paired, unpaired = _pairs(inside, gold)
    t.gold = sum(1 for g in gold if g["role"] == "target")
    t.predicted = sum(1 for f in inside if f.role == "target")
    where = text.name
    for i, g in enumerate(gold):
        f = paired.get(i)
        if g["role"] == "target":
            if f is None or f.role != "target":
                got = "not found" if f is None else f"read as {f.role} {f.reason or ''}".strip()
                t.misses.append(f"{where} @{g['start']} {g['figure']} ({got}): {g['clause']}")
                continue
            t.hits += 1
            _compare(t, f, g, where)
        elif f is not None and f.role == "target":
            t.false_positives.append(
                f"{where} @{f.start} {f.figure} (labelled {g['role']}"
                f"{' ' + g['reason'] if g.get('reason') else ''}): {f.quote[:60]}"
            )
        elif g["role"] == "reported" and f is not None:
            t.reported_found += 1
            t.reported_right += f.role == "reported"
        elif g["role"] == "none" and f is not None and f.role == "none":
            t.traps_found += 1
            t.traps_same += f.reason == g.get("reason")
    for f in unpaired:
        if f.role == "target":
            t.false_positives.append(f"{where} @{f.start} {f.figure} (unlabelled): {f.quote[:60]}")
    return t


def _once(figures: tuple[Figure, ...]) -> list[Figure]:
    # A figure drafted once per listed subject (两个万亿级 …) is one figure of the text.
    seen: set[tuple[int, int]] = set()
    out = []
    for f in figures:
        if (f.start, f.end) not in seen:
            seen.add((f.start, f.end))
            out.append(f)
    return out


def _compare(t: Tally, f: Figure, g: dict[str, Any], where: str) -> None:
    want_high = g.get("range_high")
    checks = (
        ("comparator", f.comparator, g.get("comparator")),
        ("aspiration", f.aspiration, bool(g.get("aspiration"))),
        ("range_high", f.range_high, want_high),
    )
    for name, got, want in checks:
        same = got == want or (name == "range_high" and got is not None and got == want_high)
        setattr(t, name, getattr(t, name) + same)
        if not same:
            t.disagreements.append(
                f"{where} @{g['start']} {g['figure']}: {name} {got!r}, label {want!r}"
            )
    metric = str(g.get("metric") or "")
    t.metric_exact += "".join(f.metric.split()) == "".join(metric.split())
    t.metric_f1 += char_f1(f.metric, metric)


def evaluate(corpus_dir: Path | None) -> tuple[dict[str, Tally], Tally, list[str]]:
    """Tallies by document kind, the pooled tally, and the texts that could not be read."""
    by_kind: dict[str, Tally] = {}
    pooled = Tally()
    skipped = []
    for text in corpus.load_all():
        content = corpus.read(text, corpus_dir)
        if content is None:
            skipped.append(text.name)
            continue
        tally = score_text(text, content)
        by_kind.setdefault(text.meta["kind"], Tally()).add(tally)
        pooled.add(tally)
    return by_kind, pooled, skipped


def _share(n: float, d: int) -> str:
    return f"{n / d:.3f}" if d else "–"


def table(by_kind: dict[str, Tally], pooled: Tally) -> list[str]:
    """The Markdown table of the measures by document kind, then pooled."""
    head = (
        "| kind | texts | targets | predicted | recall | precision | comparator | aspiration"
        " | range_high | metric exact | metric F1 | reported role | trap reason |"
    )
    rows = [head, "|" + " --- |" * 13]
    for name, t in [*sorted(by_kind.items()), ("pooled", pooled)]:
        rows.append(
            f"| {name} | {t.texts} | {t.gold} | {t.predicted} | {_share(t.hits, t.gold)}"
            f" | {_share(t.hits, t.predicted)} | {_share(t.comparator, t.hits)}"
            f" | {_share(t.aspiration, t.hits)} | {_share(t.range_high, t.hits)}"
            f" | {_share(t.metric_exact, t.hits)} | {_share(t.metric_f1, t.hits)}"
            f" | {_share(t.reported_right, t.reported_found)} ({t.reported_found})"
            f" | {_share(t.traps_same, t.traps_found)} ({t.traps_found}) |"
        )
    return rows


def report(corpus_dir: Path | None, details: bool = True) -> None:
    """Print the table, then the misses, false positives and disagreements."""
    by_kind, pooled, skipped = evaluate(corpus_dir)
    for name in skipped:
        print(f"skipped {name}: no copy of its text (give --corpus)", file=sys.stderr)
    print("\n".join(table(by_kind, pooled)))
    if details:
        for label, items in (
            ("miss", pooled.misses),
            ("false positive", pooled.false_positives),
            ("disagreement", pooled.disagreements),
        ):
            for item in items:
                print(f"{label}: {item}")
