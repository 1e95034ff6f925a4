"""Typed records for a briefing: what every other module works on.

``raw.py`` is the one place raw YAML/JSON data becomes these records (and, for export, the
records become raw data again); no raw dict travels further.
Records are plain slotted classes (``record.Record``) rather than dataclasses or
NamedTuples, which compile generated code at import time (see ``zzbrief.slots``).
"""

from collections.abc import Mapping

from zzbrief.briefing.bilingual import Bi, Lang
from zzbrief.briefing.figures import (
    ASPIRATION_MARKERS,
    LONG_RANGE,
    SOURCE_KINDS,
    Mention,
    Outcome,
    SourceRef,
    Target,
)
from zzbrief.slots import Record

__all__ = [
    "ASPIRATION_MARKERS",
    "LONG_RANGE",
    "SOURCE_KINDS",
    "Bi",
    "Briefing",
    "GlossaryEntry",
    "Lang",
    "Mention",
    "Outcome",
    "Pillar",
    "Section",
    "Sector",
    "Sentence",
    "Source",
    "SourceRef",
    "Target",
    "Unit",
]


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

    __slots__ = ("heading", "id", "initiatives", "slug", "summary", "title_en", "todo")

    id: int
    slug: str
    heading: str
    title_en: str
    summary: Bi
    initiatives: tuple[Bi, ...]
    todo: tuple[str, ...]

    def __init__(
        self,
        id: int,
        slug: str,
        heading: str,
        title_en: str,
        summary: Bi,
        initiatives: tuple[Bi, ...],
        todo: tuple[str, ...] = (),
    ) -> None:
        self.id = id
        self.slug = slug
        self.heading = heading
        self.title_en = title_en
        self.summary = summary
        self.initiatives = initiatives
        self.todo = todo

    @property
    def title(self) -> Bi:
        """The heading as printed, with our English title."""
        return Bi(self.heading, self.title_en)


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
        "status",
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
        status: str = "final",
    ) -> None:
        self.source = source
        self.status = status  # "draft" (from zzbrief draft, may hold TODOs) or "final"
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
