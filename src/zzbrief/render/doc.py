"""What a command shows, independent of format: headings, paragraphs and tables."""

from typing import Any

from zzbrief.slots import Record

Span = tuple[int, int]


class Marked(Record):
    """Text with spans to highlight (search matches)."""

    __slots__ = ("spans", "text")

    text: str
    spans: tuple[Span, ...]

    def __init__(self, text: str, spans: tuple[Span, ...] = ()) -> None:
        self.text = text
        self.spans = spans

    def __str__(self) -> str:
        return self.text


Cell = str | Marked


class Column(Record):
    """A table column: its header and how a terminal table treats it."""

    __slots__ = ("header", "justify", "min_width", "nowrap", "ratio")

    header: str
    justify: str
    nowrap: bool
    ratio: int | None  # share of spare width on a terminal; None keeps it narrow
    min_width: int | None  # never squeeze below this many cells on a terminal

    def __init__(
        self,
        header: str,
        justify: str = "left",
        nowrap: bool = False,
        ratio: int | None = None,
        min_width: int | None = None,
    ) -> None:
        self.header = header
        self.justify = justify
        self.nowrap = nowrap
        self.ratio = ratio
        self.min_width = min_width


class Table(Record):
    """Rows of cells under columns; one record per row in plain output."""

    __slots__ = ("cards", "columns", "primary", "rows", "title")

    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    title: str | None
    primary: bool  # the one table CSV writes when a view has several
    # On a terminal, show each row as a card: short cells on one line, then each long
    # (ratio) cell on a line of its own. For rows of sentences, which a grid squeezes.
    cards: bool

    def __init__(
        self,
        columns: tuple[Column, ...],
        rows: tuple[tuple[Cell, ...], ...],
        title: str | None = None,
        primary: bool = False,
        cards: bool = False,
    ) -> None:
        self.columns = columns
        self.rows = rows
        self.title = title
        self.primary = primary
        self.cards = cards


class Heading(Record):
    """A heading line."""

    __slots__ = ("text",)

    text: str

    def __init__(self, text: str) -> None:
        self.text = text


class Para(Record):
    """A paragraph; ``dim`` for secondary text such as translations and hints."""

    __slots__ = ("dim", "text")

    text: Cell
    dim: bool

    def __init__(self, text: Cell, dim: bool = False) -> None:
        self.text = text
        self.dim = dim


Block = Heading | Para | Table


class View(Record):
    """A command's result: blocks for people, ``data`` (JSON-ready) for programs."""

    __slots__ = ("blocks", "data")

    blocks: tuple[Block, ...]
    data: Any

    def __init__(self, blocks: tuple[Block, ...], data: Any) -> None:
        self.blocks = blocks
        self.data = data
