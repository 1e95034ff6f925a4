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
    SourceText,
    Target,
    Unit,
)


def _bi(raw: Mapping[str, Any]) -> Bi:
    return Bi(str(raw["zh"]), str(raw.get("en", "")))


def _maybe_bi(raw: Mapping[str, Any] | None) -> Bi | None:
    return _bi(raw) if raw else None


def _source_ref(raw: Mapping[str, Any]) -> SourceRef:
    return SourceRef(
        str(raw.get("publisher", "")), str(raw["title"]), str(raw.get("date", "")), str(raw["url"])
    )


def _source(raw: Mapping[str, Any]) -> Source:
    file, nxt = raw.get("file", ""), raw.get("outcomes_from")
    text = None
    if isinstance(file, Mapping):  # a report in a repository, rather than an interview's file
        text = SourceText(str(file["repo"]), str(file["path"]), str(file["commit"]),
                          str(file["sha256"]))  # fmt: skip
        file = ""
    return Source(
        title=str(raw["title"]),
        title_en=str(raw.get("title_en", "")),
        outlet=_maybe_bi(raw.get("outlet")),
        reporters=tuple(_bi(r) for r in raw.get("reporters", ())),
        photographer=_maybe_bi(raw.get("photographer")),
        speaker=_bi(raw["speaker"]),
        role=_maybe_bi(raw.get("role")),
        occasion=_maybe_bi(raw.get("occasion")),
        date=str(raw["date"]),
        city=_maybe_bi(raw.get("city")),
        year=int(raw["year"]),
        file=str(file),
        place=_maybe_bi(raw.get("place")),
        level=raw.get("level"),
        delivered=str(raw.get("delivered", "")),
        url=str(raw.get("url", "")),
        text=text,
        outcomes_from=_source_ref(nxt) if nxt else None,
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
        quote=str(raw.get("quote", "")),
        comparable=bool(raw.get("comparable", True)),
        bound=_text_or_none(raw.get("bound")),
    )


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _target(raw: Mapping[str, Any]) -> Target:
    baseline, note = raw.get("baseline"), raw.get("outcome_note")
    pillar, indicator = raw.get("pillar"), raw.get("indicator")
    return Target(
        id=str(raw["id"]),
        pillar=None if pillar is None else int(pillar),
        sectors=tuple(str(s) for s in raw.get("sectors", ())),
        metric=_bi(raw["metric"]),
        figure=_text_or_none(raw["figure"]),
        value=raw["value"],
        unit=_text_or_none(raw["unit"]),
        comparator=_text_or_none(raw["comparator"]),
        base_value=raw["base_value"],
        base_unit=_text_or_none(raw["base_unit"]),
        kind=str(raw["kind"]),
        mentions=tuple(Mention(str(m["sentence"]), str(m["quote"])) for m in raw["mentions"]),
        baseline=_outcome(baseline) if baseline else None,
        outcomes=tuple(_outcome(o) for o in raw.get("outcomes", ())),
        outcome_note=_bi(note) if note else None,
        todo=tuple(map(str, raw.get("todo", ()))),
        indicator=None if indicator is None else str(indicator),
        range_high=raw.get("range_high"),
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
            for p in raw.get("pillars", ())
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
        **({} if o.comparable else {"comparable": False}),
        **_optional(bound=o.bound),
        **_optional(quote=o.quote),
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
        **_optional(pillar=t.pillar, sectors=list(t.sectors)),
        "metric": _plain_bi(t.metric),
        **_optional(indicator=t.indicator),
        "figure": t.figure,
        "value": t.value,
        "unit": t.unit,
        "comparator": t.comparator,
        **_optional(range_high=t.range_high),
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


def _plain_maybe(bi: Bi | None) -> dict[str, str] | None:
    return _plain_bi(bi) if bi else None


def _plain_text(t: SourceText | None) -> dict[str, str] | None:
    if t is None:
        return None
    return {"repo": t.repo, "path": t.path, "commit": t.commit, "sha256": t.sha256}


def _plain_source(s: Source) -> dict[str, Any]:
    nxt = s.outcomes_from
    return {
        "title": s.title,
        **_optional(title_en=s.title_en, outlet=_plain_maybe(s.outlet)),
        **_optional(reporters=[_plain_bi(r) for r in s.reporters]),
        **_optional(photographer=_plain_maybe(s.photographer)),
        "speaker": _plain_bi(s.speaker),
        **_optional(role=_plain_maybe(s.role), occasion=_plain_maybe(s.occasion)),
        "date": s.date,
        **_optional(city=_plain_maybe(s.city)),
        "place": _plain_bi(s.place),
        **_optional(level=s.level),
        "year": s.year,
        **_optional(delivered=s.delivered, url=s.url),
        **_optional(
            file=s.file or _plain_text(s.text),
            outcomes_from=nxt
            and _optional(publisher=nxt.publisher, title=nxt.title, date=nxt.date, url=nxt.url),
        ),
    }


def to_raw(b: Briefing) -> dict[str, Any]:
    """The briefing in the published schema: the inverse of ``from_raw``, for export."""
    source = _plain_source(b.source)
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
