"""Typed records of a draft: sections of sentences, and the figures found in them."""

from __future__ import annotations

from dataclasses import dataclass, field

from zzbrief.text.reading import TextError

#: A plan text that cannot be drafted: empty, binary, too large, not decodable, or without
#: a single figure. ``message`` is written for the person who gave the file.
DraftError = TextError


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence, with its stable id ``<section>.<n>``.

    ``zh`` is the sentence as printed, ``text[start:end]`` of the input; ``reading`` is
    what the rules read (simplified script, without pinyin or stray spaces); ``part`` is
    the kind of part it belongs to (review, plan, other) and ``period`` the year it speaks of.
    """

    id: str
    zh: str
    start: int = 0
    end: int = 0
    reading: str = ""
    part: str = "other"
    period: int | None = None
    #: where each character of ``reading`` comes from in ``zh`` (None: the same text)
    origin: tuple[int, ...] | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class Section:
    """A part of the plan: ``lead``, a ``pillar`` (numbered from 1) or ``closing``.

    ``heading`` is the heading line as printed (empty for the lead).
    """

    id: str
    kind: str
    pillar: int | None
    heading: str
    paragraphs: tuple[tuple[Sentence, ...], ...]

    def sentences(self) -> tuple[Sentence, ...]:
        """Every sentence of the section, in reading order."""
        return tuple(s for para in self.paragraphs for s in para)


@dataclass(frozen=True, slots=True)
class Figure:
    """One quantitative figure, typed and tied to the clause it was read from.

    ``figure`` is the text exactly as printed, ``text[start:end]`` of the decoded input;
    ``value`` the number (the lower bound of a range, whose upper bound is ``range_high``);
    ``base_value = value × unit factor``. ``role`` is ``target``, ``reported`` or ``none``
    (a number that is not a figure, with its ``reason``: ordinal, agenda, meeting …);
    ``horizon`` is the year a target is set for when it is later than the plan year
    (``到2030年``), or ``long-range``.
    """

    id: str
    figure: str
    value: float
    unit: str
    base_value: float
    base_unit: str
    comparator: str
    direction: str
    aspiration: bool
    kind: str
    metric: str
    quote: str
    sentence: str
    section: str
    role: str
    range_high: float | None = None
    start: int = 0
    end: int = 0
    reason: str | None = None
    horizon: int | str | None = None


@dataclass(frozen=True, slots=True)
class Draft:
    """A plan text read into a title, sections of sentences, and figures."""

    title: str
    year: int | None
    sections: tuple[Section, ...]
    figures: tuple[Figure, ...]
    url: str = ""

    def sentence(self, sentence_id: str) -> Sentence | None:
        """The sentence with this id, or None."""
        for section in self.sections:
            for s in section.sentences():
                if s.id == sentence_id:
                    return s
        return None
