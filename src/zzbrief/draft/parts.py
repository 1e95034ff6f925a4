"""A Draft as records (the JSON contract) and as the files of a draft briefing.

Only ``role: target`` figures become targets. A figure stated twice with the same metric
(in the lead and again in a pillar) is one target with two mentions, as in the bundled
briefing. What a machine cannot know is written as text starting with ``TODO`` and named
in the record's ``todo`` list: English, summaries, sector guesses, and the pillar of a
target that no pillar section mentions.
"""

from __future__ import annotations

import datetime
from typing import Any

from zzbrief.draft import sectors
from zzbrief.draft.model import Draft, Figure, Section
from zzbrief.text import units

TODO = "TODO"
TRANSLATE = "TODO: translate"
RECORD_FIELDS = (
    "id",
    "figure",
    "value",
    "range_high",
    "unit",
    "base_value",
    "base_unit",
    "comparator",
    "direction",
    "aspiration",
    "kind",
    "metric",
    "quote",
    "sentence",
    "role",
    "reason",
    "horizon",
    "start",
    "end",
)


def figure_records(draft: Draft) -> list[dict[str, object]]:
    """Every figure as a flat record: the JSON contract of ``zzbrief draft``.

    Keys: id, figure, value, range_high (None unless a range), unit, base_value,
    base_unit, comparator, direction, aspiration, kind, metric, quote, sentence, role
    (target, reported, or none for a number that is not a figure), reason (why not a
    figure: ordinal, agenda, meeting …; None for a figure), horizon (a later year or
    long-range for a target set beyond the plan year, else None), start and end (the
    figure's offsets in the decoded input: ``text[start:end] == figure``).
    """
    return [{name: getattr(f, name) for name in RECORD_FIELDS} for f in draft.figures]


def _todo_bi() -> dict[str, str]:
    return {"zh": TODO, "en": TODO}


def _source(draft: Draft, source_name: str) -> dict[str, Any]:
    year = draft.year or datetime.date.today().year  # a placeholder, flagged in source.yaml
    return {
        "schema_version": 1,
        "status": "draft",
        "source": {
            "title": draft.title or TODO,
            "title_en": TRANSLATE,
            "outlet": _todo_bi(),
            "speaker": _todo_bi(),
            "role": _todo_bi(),
            "occasion": _todo_bi(),
            "date": str(year),
            "city": _todo_bi(),
            "year": year,
            "file": source_name,
        },
    }


def _section(section: Section) -> dict[str, Any]:
    out: dict[str, Any] = {"id": section.id, "kind": section.kind}
    if section.pillar is not None:
        out["pillar"] = section.pillar
    out["paragraphs"] = [
        {"sentences": [{"id": s.id, "zh": s.zh} for s in para]} for para in section.paragraphs
    ]
    return out


def _pillar(section: Section) -> dict[str, Any]:
    return {
        "id": section.pillar,
        "slug": f"pillar-{section.pillar}",
        "heading": section.heading or TODO,
        "title_en": TRANSLATE,
        "summary": _todo_bi(),
        "todo": ["title_en", "summary"],
    }


def _new_target(f: Figure, pillar: int, placed: bool) -> dict[str, Any]:
    return {
        "id": "t-" + f.id.replace(".", "-"),
        "pillar": pillar,
        "sectors": sectors.guess(f.metric + f.quote),
        "metric": {"zh": f.metric, "en": TRANSLATE},
        "figure": f.figure,
        "value": f.value,
        "unit": f.unit,
        "comparator": f.comparator,
        "base_value": f.base_value,
        "base_unit": f.base_unit,
        "kind": f.kind,
        "mentions": [{"sentence": f.sentence, "quote": f.quote}],
        "todo": ["metric.zh", "metric.en", "sectors"] + ([] if placed else ["pillar"]),
    }


def _same_measure(a: str, b: str) -> bool:
    # 地区生产总值增长 restated as 生产总值增长: one names the other with fewer words.
    return a == b or (min(len(a), len(b)) >= 4 and (a.endswith(b) or b.endswith(a)))


def _targets(draft: Draft, optional: frozenset[str]) -> list[dict[str, Any]]:
    pillar_of = {s.id: s.pillar for s in draft.sections}
    last = max((p for p in pillar_of.values() if p is not None), default=1)
    out: list[dict[str, Any]] = []
    by_figure: dict[tuple[str, str, str], list[tuple[str, dict[str, Any]]]] = {}
    for f in draft.figures:
        if f.role != "target":
            continue
        pillar = pillar_of.get(f.section)
        same = by_figure.setdefault((f.figure, f.base_unit, f.comparator), [])
        target = next((t for metric, t in same if _same_measure(metric, f.metric)), None)
        # A briefing files a target under one pillar: it may be restated in that pillar,
        # the lead or the closing, and a target from the lead moves to its first pillar.
        joins = target is not None and (
            pillar is None or pillar == target["pillar"] or "pillar" in target["todo"]
        )
        if (
            target is not None
            and joins
            and f.sentence not in {m["sentence"] for m in target["mentions"]}
        ):
            # the same target restated: one target, one more mention
            target["mentions"].append({"sentence": f.sentence, "quote": f.quote})
            if pillar is not None and "pillar" in target["todo"]:
                target["pillar"] = pillar
                target["todo"].remove("pillar")
            continue
        fallback = 1 if f.section == "lead" else last
        target = _new_target(f, pillar if pillar is not None else fallback, pillar is not None)
        _add_optional(target, f, draft.year, optional)
        same.append((f.metric, target))
        out.append(target)
    return out


def _add_optional(
    target: dict[str, Any], f: Figure, year: int | None, fields: frozenset[str]
) -> None:
    # Fields the briefing schema may not have yet (horizon, range_high): written only when
    # it does, in the order the schema documents (right after the comparator).
    extra: dict[str, Any] = {}
    horizon = f.horizon if f.horizon is not None else year
    if "horizon" in fields and horizon is not None:
        extra["horizon"] = horizon
    if "range_high" in fields and f.range_high is not None:
        extra["range_high"] = f.range_high
    if not extra:
        return
    items = list(target.items())
    at = [k for k, _ in items].index("comparator") + 1
    target.clear()
    target.update(items[:at] + list(extra.items()) + items[at:])


def _schema_fields() -> frozenset[str]:
    """The target fields the shipped briefing schema allows."""
    from zzbrief.briefing.schema import schema

    items = schema()["properties"]["targets"]["items"]
    return frozenset(items.get("properties", {}))


def briefing_parts(draft: Draft, source_name: str) -> dict[str, dict[str, Any]]:
    """The draft briefing as YAML documents keyed by file name (source.yaml, article.yaml …).

    The documents follow the published schema, with ``status: draft`` and ``todo`` lists
    naming what a person must review; ``source_name`` is recorded as the source file.
    """
    targets = _targets(draft, _schema_fields())
    used_units = list(dict.fromkeys(t["unit"] for t in targets))
    used_sectors = list(dict.fromkeys(code for t in targets for code in t["sectors"]))
    unit_rows = []
    for name in used_units:
        info = units.UNITS[name]
        unit_rows.append({"unit": name, "factor": info.factor, "base_unit": info.base})
    return {
        "source.yaml": _source(draft, source_name),
        "article.yaml": {"article": {"sections": [_section(s) for s in draft.sections]}},
        "pillars.yaml": {"pillars": [_pillar(s) for s in draft.sections if s.pillar]},
        "targets.yaml": {"targets": targets},
        "sectors.yaml": {"sectors": [sectors.sector_entry(c) for c in used_sectors or ["general"]]},
        "units.yaml": {"units": unit_rows},
    }
