"""How well ``zzbrief.draft.extract`` finds the bundled briefing's 32 hand-made targets.

The bundled article is rebuilt in reading order from data/article.yaml (a ``#`` title, each
pillar's heading as a ``##`` line, each paragraph's sentences joined on one line, sections
separated by blank lines), drafted, and compared with data/targets.yaml:

- a prediction is a figure with ``role: target``; it matches a hand-made target when its
  base value and base unit are the same and its quote lies in a sentence that the target
  quotes (a mention), so sentence ids need not agree;
- recall: hand-made targets matched at least once; precision: predictions that match;
- accuracy of comparator, aspiration and unit over the matched pairs.

    python benchmarks/extraction.py            # the quality report
    python benchmarks/extraction.py --speed    # also: time to draft a 30,000-character text
    python benchmarks/extraction.py --corpus /path/to/lawtext-gov   # also: the labelled corpus

``--corpus DIR`` scores every label file of benchmarks/corpus/labels/ (see
benchmarks/corpus_score.py for the measures), after the bundled article's score.
``--full-report`` times a real 60,000-character report (needs ``--corpus``).
"""

from __future__ import annotations

import argparse
import math
import time
from pathlib import Path
from typing import Any

import yaml

from zzbrief.draft import Figure, briefing_parts, extract

DATA = Path(__file__).resolve().parents[1] / "data"
ASPIRATION = ("力争", "争取")


def _load(name: str) -> Any:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def article_text() -> str:
    """The bundled article as a plain Markdown text, in reading order."""
    headings = {p["id"]: p["heading"] for p in _load("pillars.yaml")["pillars"]}
    blocks = ["# " + _load("source.yaml")["source"]["title"]]
    for section in _load("article.yaml")["article"]["sections"]:
        lines = [f"## {headings[section['pillar']]}"] if section.get("pillar") else []
        lines += ["".join(s["zh"] for s in p["sentences"]) for p in section["paragraphs"]]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def _matches(f: Figure, target: dict[str, Any], sentences: dict[str, str]) -> bool:
    if f.base_unit != target["base_unit"]:
        return False
    if not math.isclose(f.base_value, target["base_value"], rel_tol=1e-9):
        return False
    return any(f.quote in sentences[m["sentence"]] for m in target["mentions"])


def evaluate() -> dict[str, Any]:
    """Recall, precision and accuracies, with the misses and false positives listed."""
    sentences = {
        s["id"]: s["zh"]
        for sec in _load("article.yaml")["article"]["sections"]
        for p in sec["paragraphs"]
        for s in p["sentences"]
    }
    gold = _load("targets.yaml")["targets"]
    predicted = [f for f in extract(article_text()).figures if f.role == "target"]
    pairs: list[tuple[Figure, dict[str, Any]]] = []
    used: set[int] = set()
    false_positives = []
    for f in predicted:
        hits = [i for i, t in enumerate(gold) if _matches(f, t, sentences)]
        fresh = [i for i in hits if i not in used] or hits
        if not fresh:
            false_positives.append(f)
            continue
        used.add(fresh[0])
        pairs.append((f, gold[fresh[0]]))

    def share(ok: int) -> float:
        return ok / len(pairs) if pairs else 0.0

    return {
        "gold": len(gold),
        "predicted": len(predicted),
        "recall": len(used) / len(gold),
        "precision": len(pairs) / len(predicted) if predicted else 0.0,
        "comparator": share(sum(f.comparator == t["comparator"] for f, t in pairs)),
        "aspiration": share(
            sum(
                f.aspiration == any(w in m["quote"] for m in t["mentions"] for w in ASPIRATION)
                for f, t in pairs
            )
        ),
        "unit": share(sum(f.unit == t["unit"] for f, t in pairs)),
        "kind": share(sum(f.kind == t["kind"] for f, t in pairs)),
        "missed": [t["id"] for i, t in enumerate(gold) if i not in used],
        "false_positives": [f"{f.sentence} {f.figure} {f.quote}" for f in false_positives],
        "disagreements": [
            f"{t['id']}: {name} {got!r}, hand-made {want!r}"
            for f, t in pairs
            for name, got, want in (
                ("comparator", f.comparator, t["comparator"]),
                ("unit", f.unit, t["unit"]),
                ("kind", f.kind, t["kind"]),
                (
                    "aspiration",
                    f.aspiration,
                    any(w in m["quote"] for m in t["mentions"] for w in ASPIRATION),
                ),
            )
            if got != want
        ],
    }


def speed(chars: int = 30_000, runs: int = 5) -> tuple[int, float]:
    """The best time of ``runs`` to extract and build the parts of a ``chars``-long text."""
    base = article_text()
    body = base.split("\n", 1)[1]
    text = base
    while len(text) < chars:
        text += body
    text = text[:chars]
    best = math.inf
    for _ in range(runs):
        start = time.perf_counter()
        briefing_parts(extract(text), "speed.md")
        best = min(best, time.perf_counter() - start)
    return len(text), best


def report_speed(corpus: Path, chars: int = 60_000, runs: int = 5) -> tuple[int, float, float]:
    """The best wall-clock and CPU times to draft a real report (Chengdu 2025, repeated)
    cut to ``chars``; on a shared machine the CPU time is the one that says what it costs."""
    text = (corpus / "政府工作报告-主要城市" / "成都市" / "2025.md").read_text(encoding="utf-8")
    while len(text) < chars:
        text += text
    text = text[:chars]
    best = cpu = math.inf
    for _ in range(runs):
        start, used = time.perf_counter(), time.process_time()
        briefing_parts(extract(text), "report.md")
        best = min(best, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - used)
    return len(text), best, cpu


def main() -> None:
    """Print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", action="store_true", help="also time a 30,000-char draft")
    parser.add_argument("--corpus", type=Path, help="a local copy of lawtext/gov to score")
    parser.add_argument("--brief", action="store_true", help="with --corpus: the table only")
    args = parser.parse_args()
    r = evaluate()
    print(f"hand-made targets {r['gold']}, predicted targets {r['predicted']}")
    print(f"recall     {r['recall']:.1%}")
    print(f"precision  {r['precision']:.1%}")
    for name in ("comparator", "aspiration", "unit", "kind"):
        print(f"{name:<10} {r[name]:.1%} of matched")
    for label in ("missed", "false_positives", "disagreements"):
        for item in r[label]:
            print(f"{label}: {item}")
    if args.speed:
        chars, seconds = speed()
        print(f"speed: {chars:,} characters drafted in {seconds * 1000:.0f} ms (best of 5)")
    if args.corpus is not None and args.speed:
        chars, seconds, cpu = report_speed(args.corpus)
        print(
            f"speed: a real report, {chars:,} characters, in {seconds * 1000:.0f} ms wall,"
            f" {cpu * 1000:.0f} ms CPU (best of 5)"
        )
    if args.corpus is not None:
        import corpus_score

        print()
        corpus_score.report(args.corpus, details=not args.brief)


if __name__ == "__main__":
    main()
