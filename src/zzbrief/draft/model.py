"""Typed records of a draft: sections of sentences, and the figures found in them."""

from __future__ import annotations

from dataclasses import dataclass


class DraftError(Exception):
    """A plan text that cannot be drafted: empty, binary, too large, or not decodable.

    ``message`` is written for the person who gave the file, without a traceback.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence, with its stable id ``<section>.<n>``."""

    id: str
    zh: str


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

    ``figure`` is the text exactly as printed; ``value`` the number (the lower bound of a
    range, whose upper bound is ``range_high``); ``base_value = value × unit factor``.
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


@dataclass(frozen=True, slots=True)
class Draft:
    """A plan text read into a title, sections of sentences, and figures."""

    title: str
    year: int | None
    sections: tuple[Section, ...]
    figures: tuple[Figure, ...]

    def sentence(self, sentence_id: str) -> Sentence | None:
        """The sentence with this id, or None."""
        for section in self.sections:
            for s in section.sentences():
                if s.id == sentence_id:
                    return s
        return None
