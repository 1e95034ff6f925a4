"""Typed records for a briefing: what every other module works on.

``raw.py`` is the one place raw YAML/JSON data becomes these records (and, for export, the
records become raw data again); no raw dict travels further.
Records are plain slotted classes (``record.Record``) rather than dataclasses or
NamedTuples, which compile generated code at import time (see ``record.py``).
"""

from collections.abc import Mapping
from typing import Literal

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
        "todo",
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
    todo: tuple[str, ...]

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
        todo: tuple[str, ...] = (),
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
        self.todo = todo  # fields a person must still review (a draft's guesses)

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
