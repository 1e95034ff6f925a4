"""Records pasted back from JSON output: what JSON adds, and how its spelling is read.

``zzbrief targets ID -f json`` writes a target (and ``pillars``, ``sectors`` and
``glossary`` their records) as a program wants it: computed fields
(``verdict``, ``gap``, ``full_year`` …) beside the data, and each text in two languages as
two keys (``metric_zh``, ``metric_en``). A person who copies such a record into a briefing
has written nothing wrong, so ``echoes`` reads it back instead of refusing it: computed
fields are dropped, the two keys become the briefing's ``{zh, en}`` field, and each record
so read gives one warning in ``zzbrief validate``. The README's JSON contract lists the
output-only fields; tests/test_roundtrip.py checks that every JSON field is either in the
schema or declared here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from zzbrief.briefing.checks import Path, Problem

#: Fields JSON output adds to a record, computed from the data: a briefing never holds them.
OUTPUT_ONLY: dict[str, tuple[str, ...]] = {
    "target": (
        "aspiration",  # read from the wording of the quote (力争, 争取)
        "verdict",
        "verdict_outcome",
        "gap",
        "gap_unit",  # pt for a rate, else the target's unit
        "share",
        "sentences",  # `targets ID`: the sentences its mentions name
        "glossary",  # `targets ID`: the entries those sentences name
    ),
    "outcome": ("full_year", "source_kind"),  # from the period; the source's kind in force
    "pillar": ("target_count", "targets", "sentences"),  # `pillars N` adds the last two
    "sector": ("target_count",),
}

#: A briefing's bilingual field, and the two keys JSON output writes it as.
SPELLED: dict[str, dict[str, tuple[str, str]]] = {
    "target": {
        "metric": ("metric_zh", "metric_en"),
        "outcome_note": ("outcome_note_zh", "outcome_note_en"),
    },
    "outcome": {"note": ("note_zh", "note_en")},
    "pillar": {"summary": ("summary_zh", "summary_en")},
    "glossary": {"term": ("zh", "en"), "explain": ("explain_zh", "explain_en")},
}

#: The sections whose items are records of a kind, as JSON output writes them.
SECTIONS = {"targets": "target", "pillars": "pillar", "sectors": "sector", "glossary": "glossary"}

#: Fields JSON writes as null (or "") when the briefing leaves them out.
EMPTY_AS_ABSENT: dict[str, tuple[str, ...]] = {
    "target": ("baseline", "indicator"),  # indicator: null where a target has no key
    "outcome": ("quote",),  # quote: "" where none was kept
}


def _records(raw: dict[str, Any]) -> Iterator[tuple[str, Path, dict[str, Any]]]:
    """Every record of a kind above, with its kind and path: outcomes and baselines too."""
    for section, kind in SECTIONS.items():
        items = raw.get(section)
        for i, item in enumerate(items if isinstance(items, list) else ()):
            if not isinstance(item, dict):
                continue
            yield kind, (section, i), item
            if kind != "target":
                continue
            if isinstance(item.get("baseline"), dict):
                yield "outcome", (section, i, "baseline"), item["baseline"]
            outcomes = item.get("outcomes")
            for j, outcome in enumerate(outcomes if isinstance(outcomes, list) else ()):
                if isinstance(outcome, dict):
                    yield "outcome", (section, i, "outcomes", j), outcome


def _read_back(kind: str, record: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Drop output-only fields and fold JSON spellings, in place.

    Returns the keys ignored and the fields read from two keys.
    """
    ignored = [k for k in OUTPUT_ONLY.get(kind, ()) if k in record]
    for key in ignored:
        del record[key]
    for key in EMPTY_AS_ABSENT.get(kind, ()):
        if key in record and record[key] in (None, ""):
            del record[key]
    folded = []
    for field, (zh, en) in SPELLED.get(kind, {}).items():
        if zh not in record and en not in record:
            continue
        pair = (record.pop(zh, ""), record.pop(en, ""))
        if field in record:
            ignored += [k for k in (zh, en)]  # the briefing's own spelling wins
        elif pair != ("", ""):  # JSON writes "" for a note that is not there
            record[field] = {"zh": pair[0], "en": pair[1]}
            folded.append(field)
    return ignored, folded


def read_back(raw: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    """The briefing with every pasted JSON record read back as the schema spells it, and a
    warning for each record that needed it. Records are copied before they are changed."""
    out = dict(raw)
    for section in SECTIONS:
        if isinstance(raw.get(section), list):
            out[section] = [_copy(r) if isinstance(r, dict) else r for r in raw[section]]
    warnings = []
    for kind, path, record in _records(out):
        ignored, folded = _read_back(kind, record)
        if not ignored and not folded:
            continue
        parts = []
        if ignored:
            parts.append(f"output-only, ignored: {', '.join(ignored)}")
        if folded:
            names = [f"{SPELLED[kind][f][0]}/{SPELLED[kind][f][1]} as {f}" for f in folded]
            parts.append(f"read from JSON output's spelling: {', '.join(names)}")
        warnings.append(Problem(path, "; ".join(parts)))
    return out, warnings


def _copy(record: dict[str, Any]) -> dict[str, Any]:
    # A record and the outcome records in it, copied one level deep each.
    copied = dict(record)
    if isinstance(copied.get("baseline"), dict):
        copied["baseline"] = dict(copied["baseline"])
    if isinstance(copied.get("outcomes"), list):
        copied["outcomes"] = [dict(o) if isinstance(o, dict) else o for o in copied["outcomes"]]
    return copied
