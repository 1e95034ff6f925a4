"""What a command shows, independent of format: headings, paragraphs and tables."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True)
class Marked:
    """Text with spans to highlight (search matches)."""

    text: str
    spans: tuple[Span, ...] = ()

    def __str__(self) -> str:
        return self.text


Cell = str | Marked


@dataclass(frozen=True)
class Column:
    """A table column: its header and how a terminal table treats it."""

    header: str
    justify: str = "left"
    nowrap: bool = False
    ratio: int | None = None  # share of spare width on a terminal; None keeps it narrow
    min_width: int | None = None  # never squeeze below this many cells on a terminal


@dataclass(frozen=True)
class Table:
    """Rows of cells under columns; one record per row in plain output."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    title: str | None = None
    primary: bool = False  # the one table CSV writes when a view has several


@dataclass(frozen=True)
class Heading:
    """A heading line."""

    text: str


@dataclass(frozen=True)
class Para:
    """A paragraph; ``dim`` for secondary text such as translations and hints."""

    text: Cell
    dim: bool = False


Block = Heading | Para | Table


@dataclass(frozen=True)
class View:
    """A command's result: blocks for people, ``data`` (JSON-ready) for programs."""

    blocks: tuple[Block, ...]
    data: Any
