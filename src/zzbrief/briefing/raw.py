"""The one place raw data meets the typed records, both ways.

``from_raw`` turns a mapping that has passed schema validation into ``model`` records;
``to_raw`` turns records back into the published schema for ``zzbrief export``. Nothing
else in the package handles the raw mappings of the data files.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from zzbrief.briefing.model import (
    Bi,
    Briefing,
    GlossaryEntry,
    Mention,
    Outcome,
    Pillar,
    Section,
    Sector,
    Sentence,
    Source,
    SourceRef,
    Target,
    Unit,
)


def _bi(raw: Mapping[str, Any]) -> Bi:
    return Bi(str(raw["zh"]), str(raw.get("en", "")))


def _source(raw: Mapping[str, Any]) -> Source:
    photographer = raw.get("photographer")
    return Source(
        title=str(raw["title"]),
        title_en=str(raw.get("title_en", "")),
        outlet=_bi(raw["outlet"]),
        reporters=tuple(_bi(r) for r in raw.get("reporters", ())),
        photographer=_bi(photographer) if photographer else None,
        speaker=_bi(raw["speaker"]),
        role=_bi(raw["role"]),
        occasion=_bi(raw["occasion"]),
        date=str(raw["date"]),
        city=_bi(raw["city"]),
        year=int(raw["year"]),
        file=str(raw.get("file", "")),
    )


def _section(raw: Mapping[str, Any]) -> Section:
    sid = str(raw["id"])
    paragraphs = tuple(
        tuple(
            Sentence(str(s["id"]), sid, str(s["zh"]), str(s.get("en", ""))) for s in p["sentences"]
        )
        for p in raw["paragraphs"]
    )
    pillar = raw.get("pillar")
    return Section(sid, str(raw["kind"]), None if pillar is None else int(pillar), paragraphs)


def _outcome(raw: Mapping[str, Any]) -> Outcome:
    src = raw["source"]
    note = raw.get("note")
    return Outcome(
        period=str(raw["period"]),
        figure=str(raw["figure"]),
        value=raw["value"],
        unit=str(raw["unit"]),
        base_value=raw["base_value"],
        final=bool(raw["final"]),
        source=SourceRef(
            str(src["publisher"]),
            str(src["title"]),
            str(src["date"]),
            str(src["url"]),
            str(src["kind"]) if src.get("kind") else None,
        ),
        note=_bi(note) if note else None,
    )


def _target(raw: Mapping[str, Any]) -> Target:
    baseline, note = raw.get("baseline"), raw.get("outcome_note")
    return Target(
        id=str(raw["id"]),
        pillar=int(raw["pillar"]),
        sectors=tuple(str(s) for s in raw["sectors"]),
        metric=_bi(raw["metric"]),
        figure=str(raw["figure"]),
        value=raw["value"],
        unit=str(raw["unit"]),
        comparator=str(raw["comparator"]),
        base_value=raw["base_value"],
        base_unit=str(raw["base_unit"]),
        kind=str(raw["kind"]),
        mentions=tuple(Mention(str(m["sentence"]), str(m["quote"])) for m in raw["mentions"]),
        baseline=_outcome(baseline) if baseline else None,
        outcomes=tuple(_outcome(o) for o in raw.get("outcomes", ())),
        outcome_note=_bi(note) if note else None,
        todo=tuple(map(str, raw.get("todo", ()))),
        horizon=_horizon(raw.get("horizon")),
    )


def _horizon(raw: Any) -> int | str | None:
    # A year, or the word long-range; the schema has already refused anything else.
    if raw is None:
        return None
    return raw if isinstance(raw, str) else int(raw)


def from_raw(raw: Mapping[str, Any]) -> Briefing:
    """Build a typed Briefing from a mapping that has passed schema validation."""
    return Briefing(
        source=_source(raw["source"]),
        sections=tuple(_section(s) for s in raw["article"]["sections"]),
        pillars=tuple(
            Pillar(
                id=int(p["id"]),
                slug=str(p["slug"]),
                heading=str(p["heading"]),
                title_en=str(p.get("title_en", "")),
                summary=_bi(p["summary"]),
                initiatives=tuple(_bi(i) for i in p.get("initiatives", ())),
                todo=tuple(map(str, p.get("todo", ()))),
            )
            for p in raw["pillars"]
        ),
        targets=tuple(_target(t) for t in raw["targets"]),
        sectors=tuple(
            Sector(str(s["code"]), Bi(str(s["zh"]), str(s["en"])), tuple(map(str, s["aliases"])))
            for s in raw["sectors"]
        ),
        units=tuple(
            Unit(str(u["unit"]), u["factor"], str(u["base_unit"])) for u in raw.get("units", ())
        ),
        glossary=tuple(
            GlossaryEntry(
                id=str(g["id"]),
                term=_bi(g["term"]),
                explain=_bi(g["explain"]),
                background=bool(g.get("background", False)),
                aliases=tuple(map(str, g.get("aliases", ()))),
                sentences=tuple(map(str, g.get("sentences", ()))),
            )
            for g in raw.get("glossary", ())
        ),
        status=str(raw.get("status", "final")),
    )


def _plain_bi(bi: Bi) -> dict[str, str]:
    return {"zh": bi.zh, "en": bi.en}


def _optional(**fields: Any) -> dict[str, Any]:
    # Optional fields are written only when set, so an export loads back to the same bytes.
    return {k: v for k, v in fields.items() if v not in (None, "", (), [])}


def _plain_outcome(o: Outcome) -> dict[str, Any]:
    s = o.source
    return {
        "period": o.period,
        "figure": o.figure,
        "value": o.value,
        "unit": o.unit,
        "base_value": o.base_value,
        "final": o.final,
        "source": {
            "publisher": s.publisher,
            "title": s.title,
            "date": s.date,
            "url": s.url,
            **_optional(kind=s.kind),
        },
        **_optional(note=_plain_bi(o.note) if o.note else None),
    }


def _plain_target(t: Target) -> dict[str, Any]:
    return {
        "id": t.id,
        "pillar": t.pillar,
        "sectors": list(t.sectors),
        "metric": _plain_bi(t.metric),
        "figure": t.figure,
        "value": t.value,
        "unit": t.unit,
        "comparator": t.comparator,
        **_optional(horizon=t.horizon),
        "base_value": t.base_value,
        "base_unit": t.base_unit,
        "kind": t.kind,
        "mentions": [{"sentence": m.sentence, "quote": m.quote} for m in t.mentions],
        **_optional(
            baseline=_plain_outcome(t.baseline) if t.baseline else None,
            outcomes=[_plain_outcome(o) for o in t.outcomes],
            outcome_note=_plain_bi(t.outcome_note) if t.outcome_note else None,
            todo=list(t.todo),
        ),
    }


def to_raw(b: Briefing) -> dict[str, Any]:
    """The briefing in the published schema: the inverse of ``from_raw``, for export."""
    s = b.source
    source = {
        "title": s.title,
        **_optional(title_en=s.title_en),
        "outlet": _plain_bi(s.outlet),
        **_optional(reporters=[_plain_bi(r) for r in s.reporters]),
        **_optional(photographer=_plain_bi(s.photographer) if s.photographer else None),
        "speaker": _plain_bi(s.speaker),
        "role": _plain_bi(s.role),
        "occasion": _plain_bi(s.occasion),
        "date": s.date,
        "city": _plain_bi(s.city),
        "year": s.year,
        **_optional(file=s.file),
    }
    sections = [
        {
            "id": sec.id,
            "kind": sec.kind,
            **_optional(pillar=sec.pillar),
            "paragraphs": [
                {"sentences": [{"id": x.id, "zh": x.zh, **_optional(en=x.en)} for x in para]}
                for para in sec.paragraphs
            ],
        }
        for sec in b.sections
    ]
    pillars = [
        {
            "id": p.id,
            "slug": p.slug,
            "heading": p.heading,
            **_optional(title_en=p.title_en),
            "summary": _plain_bi(p.summary),
            **_optional(initiatives=[_plain_bi(i) for i in p.initiatives], todo=list(p.todo)),
        }
        for p in b.pillars
    ]
    targets = [_plain_target(t) for t in b.targets]
    out: dict[str, Any] = {
        "schema_version": 1,
        **_optional(status=None if b.status == "final" else b.status),
        "source": source,
        "article": {"sections": sections},
        "pillars": pillars,
        "targets": targets,
        "sectors": [
            {"code": x.code, "zh": x.name.zh, "en": x.name.en, "aliases": list(x.aliases)}
            for x in b.sectors
        ],
        "units": [{"unit": u.unit, "factor": u.factor, "base_unit": u.base_unit} for u in b.units],
    }
    if b.glossary:
        out["glossary"] = [
            {
                "id": g.id,
                "term": _plain_bi(g.term),
                "explain": _plain_bi(g.explain),
                **_optional(background=g.background or None),
                **_optional(aliases=list(g.aliases), sentences=list(g.sentences)),
            }
            for g in b.glossary
        ]
    return out
