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
    "SourceText",
    "Target",
    "Unit",
]


class SourceText(Record):
    """The text file a briefing was read from: its repository, path, commit and SHA-256."""

    __slots__ = ("commit", "path", "repo", "sha256")

    repo: str
    path: str
    commit: str
    sha256: str

    def __init__(self, repo: str, path: str, commit: str, sha256: str) -> None:
        self.repo = repo
        self.path = path
        self.commit = commit
        self.sha256 = sha256


class Source(Record):
    """Who said what, where and when.

    An interview names its outlet, the speaker's role and the occasion; a government work
    report in the library names its place, level, official URL and the day it was delivered.
    ``place`` is always set (an older briefing gives it as ``city``).
    """

    __slots__ = (
        "city",
        "date",
        "delivered",
        "file",
        "level",
        "occasion",
        "outcomes_from",
        "outlet",
        "photographer",
        "place",
        "reporters",
        "role",
        "speaker",
        "text",
        "title",
        "title_en",
        "url",
        "year",
    )

    title: str
    title_en: str
    outlet: Bi | None
    reporters: tuple[Bi, ...]
    photographer: Bi | None
    speaker: Bi
    role: Bi | None
    occasion: Bi | None
    date: str
    city: Bi | None  # as the file gives it; ``place`` is what to show
    year: int
    file: str  # the name of the text file an interview was restored from
    place: Bi
    level: str | None  # nation, province or city
    delivered: str
    url: str
    text: SourceText | None  # the report's text file, for validate --against
    outcomes_from: SourceRef | None  # the next report, where the outcomes were read

    def __init__(
        self,
        title: str,
        title_en: str,
        outlet: Bi | None,
        reporters: tuple[Bi, ...],
        photographer: Bi | None,
        speaker: Bi,
        role: Bi | None,
        occasion: Bi | None,
        date: str,
        city: Bi | None,
        year: int,
        file: str,
        place: Bi | None = None,
        level: str | None = None,
        delivered: str = "",
        url: str = "",
        text: SourceText | None = None,
        outcomes_from: SourceRef | None = None,
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
        place = place or city
        if place is None:
            raise ValueError("a source needs a place (or city)")
        self.place = place
        self.level = level
        self.delivered = delivered
        self.url = url
        self.text = text
        self.outcomes_from = outcomes_from


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
