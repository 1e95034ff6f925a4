"""docs/LIBRARY.md: the closing note of a build, written from the briefings it made."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def _row(b: dict[str, Any]) -> str:
    s = b["shaped"]
    targets = s["targets"]
    soft = sum(1 for t in targets if t["value"] is None)
    with_outcome = sum(1 for t in targets if t.get("outcomes"))
    outcomes = sum(len(t.get("outcomes", [])) for t in targets)
    unkeyed = [t["metric"]["zh"] for t in targets if not t.get("indicator")]
    place = s["source"].get("place", {}).get("zh", "")
    year = s["source"]["year"]
    cells = [b["id"], place, str(year), str(len(targets)), str(soft), str(with_outcome)]
    cells += [str(outcomes), "；".join(unkeyed) or "—"]
    return "| " + " | ".join(c.replace("|", "/") for c in cells) + " |"


def _shared(built: list[dict[str, Any]]) -> list[str]:
    out = []
    for b in built:
        for t in b["shaped"]["targets"]:
            quote = t["mentions"][0]["quote"]
            tail = quote.rstrip("。")[-2:]
            if "分别" in quote and t["comparator"] == "=" and tail in ("左右", "以内", "以上"):
                out.append(f"- {b['id']} `{t['id']}` {t['figure']}: {quote}")
    return out or ["- none"]


def write_notes(built: list[dict[str, Any]], path: Path) -> None:
    """Write the table of every briefing: targets, soft ones, outcomes, metrics with no key."""
    total_t = sum(len(b["shaped"]["targets"]) for b in built)
    total_o = sum(len(t.get("outcomes", [])) for b in built for t in b["shaped"]["targets"])
    lines = [
        "# The library: what each briefing holds",
        "",
        "Written by `scripts/build_library.py` (do not edit by hand). The library is built from",
        "a local copy of [lawtext/gov](https://github.com/lawtext/gov) at commit",
        "`fc1a2f67a589763dc905aaa90f2b1ba356bbccde`: each briefing holds every target of its",
        "report's 主要预期目标 paragraph (soft targets with no number included), each with a",
        "verbatim quote, and the outcome the same government reported for that year in its next",
        "report (for the nation also the NBS communiqué). 2026 briefings have no outcomes yet.",
        "Zhengzhou's three briefings also hold every quantified target of the report's plan",
        "part, from a person's review of what `zzbrief draft` proposes (`plan_targets` in the",
        "overrides file; see `scripts/libbuild/plan.py`), with outcomes from the next report.",
        "An outcome stated as a bound or an approximate figure (超过3%, 5%以内, 6%左右) is kept",
        "with `comparable: false`, its `bound` (≥, ≤, ≈) and a note: shown as such, and judged",
        "only when the bound alone settles the verdict.",
        "",
        "How to add or correct a briefing: edit `scripts/library/overrides/<id>.yaml` (a",
        "target's `indicator`, `metric_en`, `comparator`, `outcome_note`; `drop_outcomes` by",
        "publisher; `add_outcomes` [{period, figure, quote, note}] for a result the matcher",
        "misses, its figure read from the quote and the quote checked verbatim; `drop` a target",
        "id; `plan_targets`, `mentions` and `not_targets` for the review of a whole plan part,",
        "each entry a verbatim quote and its figure, which the build reads) or add a place to",
        "`scripts/libbuild/places.py`, then run",
        "`python scripts/build_library.py --gov /path/to/lawtext-gov --review`. The script checks",
        "every quote verbatim against its file and records the file's SHA-256.",
        "",
        f"{len(built)} briefings, {total_t} targets, {total_o} outcomes.",
        "",
        "Columns: targets; soft (no number); targets with an outcome; outcomes (a target may have",
        "two: the next report and the NBS communiqué); the metrics that have no indicator key.",
        "",
        "| id | place | year | targets | soft | with outcome | outcomes | no indicator key |",
        "|---|---|---|---|---|---|---|---|",
        *(_row(b) for b in built),
        "",
        "## For a person to judge",
        "",
        "`zzbrief validate` reads a comparator word after a list of figures",
        "(分别增长6%、8%、5%左右) as the last figure's only (the extractor now reads some lists",
        "whole); the library keeps the validator's reading, so the earlier items read as `=`.",
        "Chinese usage would often apply the 左右 or 以内 to every item:",
        "",
        *_shared(built),
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
