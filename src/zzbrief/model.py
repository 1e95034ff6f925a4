"""Typed records for a briefing, and the one place raw YAML/JSON data becomes them.

Nothing outside this module sees a raw dict from the data files: ``from_raw`` turns the
validated mapping into typed, immutable records, and the rest of the package works on those.
Records are plain slotted classes (``record.Record``) rather than dataclasses or
NamedTuples, which compile generated code at import time (see ``record.py``).
"""

from collections.abc import Mapping
from typing import Any, Literal

from zzbrief.record import Record

Lang = Literal["zh", "en", "both"]
ASPIRATION_MARKERS = ("力争", "争取")  # "strive for": an aspiration, not a different number


class Bi(Record):
    """A text in Chinese and in English."""

    __slots__ = ("en", "zh")

    zh: str
    en: str

    def __init__(self, zh: str, en: str) -> None:
        self.zh = zh
        self.en = en

    def pick(self, lang: Lang) -> str:
        """The text in ``lang``; ``both`` gives Chinese then English."""
        if lang == "en":
            return self.en or self.zh
        if lang == "both" and self.en:
            return f"{self.zh} · {self.en}"
        return self.zh


class Source(Record):
    """Who said what, where and when."""

    __slots__ = (
        "city",
        "date",
        "file",
        "occasion",
        "outlet",
        "photographer",
        "reporters",
        "role",
        "speaker",
        "title",
        "title_en",
        "year",
    )

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

    def __init__(
        self,
        title: str,
        title_en: str,
        outlet: Bi,
        reporters: tuple[Bi, ...],
        photographer: Bi | None,
        speaker: Bi,
        role: Bi,
        occasion: Bi,
        date: str,
        city: Bi,
        year: int,
        file: str,
    ) -> None:
        self.title = title
        self.title_en = title_en
        self.outlet = outlet
        self.reporters = reporters
        self.photographer = photographer
        self.speaker = speaker
        self.role = role
        self.occasion = occasion
        self.date = date
        self.city = city
        self.year = year
        self.file = file


class Sentence(Record):
    """One sentence of the restored article, in Chinese and in our English."""

    __slots__ = ("en", "id", "section", "zh")

    id: str
    section: str
    zh: str
    en: str

    def __init__(self, id: str, section: str, zh: str, en: str) -> None:
        self.id = id
        self.section = section
        self.zh = zh
        self.en = en


class Section(Record):
    """A part of the article: the lead, a pillar, the closing or the credits."""

    __slots__ = ("id", "kind", "paragraphs", "pillar")

    id: str
    kind: str
    pillar: int | None
    paragraphs: tuple[tuple[Sentence, ...], ...]

    def __init__(
        self, id: str, kind: str, pillar: int | None, paragraphs: tuple[tuple[Sentence, ...], ...]
    ) -> None:
        self.id = id
        self.kind = kind
        self.pillar = pillar
        self.paragraphs = paragraphs

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """Every sentence of the section, in reading order."""
        return tuple(s for para in self.paragraphs for s in para)


class Pillar(Record):
    """One of the plan's five pillars."""

    __slots__ = ("heading", "id", "initiatives", "slug", "summary", "title_en")

    id: int
    slug: str
    heading: str
    title_en: str
    summary: Bi
    initiatives: tuple[Bi, ...]

    def __init__(
        self,
        id: int,
        slug: str,
        heading: str,
        title_en: str,
        summary: Bi,
        initiatives: tuple[Bi, ...],
    ) -> None:
        self.id = id
        self.slug = slug
        self.heading = heading
        self.title_en = title_en
        self.summary = summary
        self.initiatives = initiatives

    @property
    def title(self) -> Bi:
        """The heading as printed, with our English title."""
        return Bi(self.heading, self.title_en)


class Mention(Record):
    """Where a target is stated: a sentence id and the verbatim clause."""

    __slots__ = ("quote", "sentence")

    sentence: str
    quote: str

    def __init__(self, sentence: str, quote: str) -> None:
        self.sentence = sentence
        self.quote = quote


class Target(Record):
    """A quantitative target, with the figure as printed and its value in base units."""

    __slots__ = (
        "base_unit",
        "base_value",
        "comparator",
        "figure",
        "id",
        "kind",
        "mentions",
        "metric",
        "pillar",
        "sectors",
        "unit",
        "value",
    )

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

    def __init__(
        self,
        id: str,
        pillar: int,
        sectors: tuple[str, ...],
        metric: Bi,
        figure: str,
        value: float,
        unit: str,
        comparator: str,
        base_value: float,
        base_unit: str,
        kind: str,
        mentions: tuple[Mention, ...],
    ) -> None:
        self.id = id
        self.pillar = pillar
        self.sectors = sectors
        self.metric = metric
        self.figure = figure
        self.value = value
        self.unit = unit
        self.comparator = comparator
        self.base_value = base_value
        self.base_unit = base_unit
        self.kind = kind
        self.mentions = mentions

    @property
    def aspiration(self) -> bool:
        """True when the wording only strives for the figure (力争/争取)."""
        return any(m in mention.quote for mention in self.mentions for m in ASPIRATION_MARKERS)

    @property
    def sentence_ids(self) -> tuple[str, ...]:
        """The ids of the sentences that state this target."""
        return tuple(m.sentence for m in self.mentions)


class Sector(Record):
    """A sector code with its names and the aliases users may type."""

    __slots__ = ("aliases", "code", "name")

    code: str
    name: Bi
    aliases: tuple[str, ...]

    def __init__(self, code: str, name: Bi, aliases: tuple[str, ...]) -> None:
        self.code = code
        self.name = name
        self.aliases = aliases


class Unit(Record):
    """A unit as printed, and its factor to the base unit."""

    __slots__ = ("base_unit", "factor", "unit")

    unit: str
    factor: float
    base_unit: str

    def __init__(self, unit: str, factor: float, base_unit: str) -> None:
        self.unit = unit
        self.factor = factor
        self.base_unit = base_unit


class GlossaryEntry(Record):
    """A slogan, programme or name the article uses, explained in both languages."""

    __slots__ = ("aliases", "background", "explain", "id", "sentences", "term")

    id: str
    term: Bi
    explain: Bi
    background: bool
    aliases: tuple[str, ...]
    sentences: tuple[str, ...]

    def __init__(
        self,
        id: str,
        term: Bi,
        explain: Bi,
        background: bool,
        aliases: tuple[str, ...],
        sentences: tuple[str, ...],
    ) -> None:
        self.id = id
        self.term = term
        self.explain = explain
        self.background = background
        self.aliases = aliases
        self.sentences = sentences


class Briefing:
    """A whole briefing: the source, the restored article, pillars, targets and sectors."""

    __slots__ = (
        "_sections",
        "glossary",
        "pillars",
        "sections",
        "sectors",
        "sentences",
        "source",
        "targets",
        "units",
    )

    def __init__(
        self,
        source: Source,
        sections: tuple[Section, ...],
        pillars: tuple[Pillar, ...],
        targets: tuple[Target, ...],
        sectors: tuple[Sector, ...],
        units: tuple[Unit, ...],
        glossary: tuple[GlossaryEntry, ...] = (),
    ) -> None:
        self.source = source
        self.sections = sections
        self.pillars = pillars
        self.targets = targets
        self.sectors = sectors
        self.units = units
        self.glossary = glossary
        # Index once; commands look sentences and sections up by id, once per result.
        self.sentences: Mapping[str, Sentence] = {
            s.id: s for sec in sections for s in sec.sentences
        }
        self._sections: Mapping[str, Section] = {s.id: s for s in sections}

    def section(self, section_id: str) -> Section | None:
        """The section with this id, or None."""
        return self._sections.get(section_id)

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
