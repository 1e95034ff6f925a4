"""Typed records for a briefing, and the one place raw YAML/JSON data becomes them.

Nothing outside this module sees a raw dict from the data files: ``from_raw`` turns the
validated mapping into frozen dataclasses, and the rest of the package works on those.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Lang = Literal["zh", "en", "both"]
ASPIRATION_MARKERS = ("力争", "争取")  # "strive for": an aspiration, not a different number


@dataclass(frozen=True, slots=True)
class Bi:
    """A text in Chinese and in English."""

    zh: str
    en: str

    def pick(self, lang: Lang) -> str:
        """The text in ``lang``; ``both`` gives Chinese then English."""
        if lang == "en":
            return self.en or self.zh
        if lang == "both" and self.en:
            return f"{self.zh} · {self.en}"
        return self.zh


@dataclass(frozen=True, slots=True)
class Source:
    """Who said what, where and when."""

    title: str
    title_en: str
    outlet: Bi
    reporters: tuple[Bi, ...]
    photographer: Bi | None
    speaker: Bi
    role: Bi
    occasion: Bi
    date: str
    city: Bi
    year: int
    file: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the restored article, in Chinese and in our English."""

    id: str
    section: str
    zh: str
    en: str


@dataclass(frozen=True, slots=True)
class Section:
    """A part of the article: the lead, a pillar, the closing or the credits."""

    id: str
    kind: str
    pillar: int | None
    paragraphs: tuple[tuple[Sentence, ...], ...]

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """Every sentence of the section, in reading order."""
        return tuple(s for para in self.paragraphs for s in para)


@dataclass(frozen=True, slots=True)
class Pillar:
    """One of the plan's five pillars."""

    id: int
    slug: str
    heading: str
    title_en: str
    summary: Bi
    initiatives: tuple[Bi, ...]

    @property
    def title(self) -> Bi:
        """The heading as printed, with our English title."""
        return Bi(self.heading, self.title_en)


@dataclass(frozen=True, slots=True)
class Mention:
    """Where a target is stated: a sentence id and the verbatim clause."""

    sentence: str
    quote: str


@dataclass(frozen=True, slots=True)
class Target:
    """A quantitative target, with the figure as printed and its value in base units."""

    id: str
    pillar: int
    sectors: tuple[str, ...]
    metric: Bi
    figure: str
    value: float
    unit: str
    comparator: str
    base_value: float
    base_unit: str
    kind: str
    mentions: tuple[Mention, ...]

    @property
    def aspiration(self) -> bool:
        """True when the wording only strives for the figure (力争/争取)."""
        return any(m in mention.quote for mention in self.mentions for m in ASPIRATION_MARKERS)

    @property
    def sentence_ids(self) -> tuple[str, ...]:
        """The ids of the sentences that state this target."""
        return tuple(m.sentence for m in self.mentions)


@dataclass(frozen=True, slots=True)
class Sector:
    """A sector code with its names and the aliases users may type."""

    code: str
    name: Bi
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit as printed, and its factor to the base unit."""

    unit: str
    factor: float
    base_unit: str


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """A slogan, programme or name the article uses, explained in both languages."""

    id: str
    term: Bi
    explain: Bi
    background: bool
    aliases: tuple[str, ...]
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class Briefing:
    """A whole briefing: the source, the restored article, pillars, targets and sectors."""

    source: Source
    sections: tuple[Section, ...]
    pillars: tuple[Pillar, ...]
    targets: tuple[Target, ...]
    sectors: tuple[Sector, ...]
    units: tuple[Unit, ...]
    glossary: tuple[GlossaryEntry, ...] = ()
    sentences: Mapping[str, Sentence] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Index once; every command looks sentences up by id.
        index = {s.id: s for sec in self.sections for s in sec.sentences}
        object.__setattr__(self, "sentences", index)

    def section(self, section_id: str) -> Section | None:
        """The section with this id, or None."""
        return next((s for s in self.sections if s.id == section_id), None)

    def pillar_section(self, pillar_id: int) -> Section | None:
        """The article section that carries a pillar, or None."""
        return next((s for s in self.sections if s.pillar == pillar_id), None)

    def pillar(self, pillar_id: int) -> Pillar | None:
        """The pillar with this id, or None."""
        return next((p for p in self.pillars if p.id == pillar_id), None)

    def unit(self, unit: str) -> Unit | None:
        """The unit record for a unit as printed, or None."""
        return next((u for u in self.units if u.unit == unit), None)


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


def _target(raw: Mapping[str, Any]) -> Target:
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
    )


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
    )


def _plain_bi(bi: Bi) -> dict[str, str]:
    return {"zh": bi.zh, "en": bi.en}


def _optional(**fields: Any) -> dict[str, Any]:
    # Optional fields are written only when set, so an export loads back to the same bytes.
    return {k: v for k, v in fields.items() if v not in (None, "", (), [])}


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
            **_optional(initiatives=[_plain_bi(i) for i in p.initiatives]),
        }
        for p in b.pillars
    ]
    targets = [
        {
            "id": t.id,
            "pillar": t.pillar,
            "sectors": list(t.sectors),
            "metric": _plain_bi(t.metric),
            "figure": t.figure,
            "value": t.value,
            "unit": t.unit,
            "comparator": t.comparator,
            "base_value": t.base_value,
            "base_unit": t.base_unit,
            "kind": t.kind,
            "mentions": [{"sentence": m.sentence, "quote": m.quote} for m in t.mentions],
        }
        for t in b.targets
    ]
    out: dict[str, Any] = {
        "schema_version": 1,
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
