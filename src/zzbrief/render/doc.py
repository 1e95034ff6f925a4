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


class Toned(Record):
    """Text with a tone a terminal may colour: ``good``, ``bad``, ``pending`` or ``none``.

    The text itself must carry the meaning (a symbol, a word), so it still reads without
    colour, under NO_COLOR and for colour-blind readers.
    """

    __slots__ = ("text", "tone")

    text: str
    tone: str

    def __init__(self, text: str, tone: str = "none") -> None:
        self.text = text
        self.tone = tone

    def __str__(self) -> str:
        return self.text


class Meter(Record):
    """A bar for how far an outcome got, and ``text`` saying it in words (shown alone where
    there is no bar).

    ``fill`` and ``mark`` are positions on the bar, 0 to 1: the outcome and the target.
    A share of a target puts the mark at 100% of a bar that runs to 120%; a rate is drawn on
    its own scale (0 to ``scale``, which is printed beside the bar). ``fill`` may fall
    outside 0-1: the bar then shows that it runs off its scale.
    """

    __slots__ = ("fill", "mark", "scale", "text", "tone")

    fill: float | None
    mark: float
    text: str
    tone: str
    scale: str

    def __init__(
        self,
        fill: float | None,
        text: str,
        tone: str = "none",
        mark: float = 1.0,
        scale: str = "",
    ) -> None:
        self.fill = fill
        self.text = text
        self.tone = tone
        self.mark = mark
        self.scale = scale

    def __str__(self) -> str:
        return self.text


Cell = str | Marked | Toned | Meter


class Column(Record):
    """A table column: its header and how a terminal table treats it.

    On a narrow terminal columns give way in a declared order: the one with the highest
    ``drop`` goes first; a column whose ``drop`` is None is never dropped. ``nowrap`` columns
    (IDs, numbers) are never wrapped; ``ratio`` columns share the spare width.
    """

    __slots__ = ("drop", "header", "hidden", "justify", "min_width", "nowrap", "ratio")

    header: str
    justify: str
    nowrap: bool
    ratio: int | None  # share of spare width on a terminal; None keeps it at its content
    min_width: int | None  # never squeeze below this many cells on a terminal
    drop: int | None
    # Not drawn on a terminal, where the view shows it another way (a scorecard's sources,
    # listed under the table); plain and Markdown rows keep it.
    hidden: bool

    def __init__(
        self,
        header: str,
        justify: str = "left",
        nowrap: bool = False,
        ratio: int | None = None,
        min_width: int | None = None,
        drop: int | None = None,
        hidden: bool = False,
    ) -> None:
        self.header = header
        self.justify = justify
        self.nowrap = nowrap
        self.ratio = ratio
        self.min_width = min_width
        self.drop = drop
        self.hidden = hidden


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
    """A paragraph; ``dim`` for secondary text such as translations and hints.

    An ``aside`` (a summary line under a listing) goes to stderr in plain output, so that
    stdout stays one record per line for scripts. On a terminal every line is ``indent``
    cells in, and lines after the first ``hang`` cells more (a numbered source's address);
    with a ``sep``, lines break only at it, never inside a piece (a list of commands).
    """

    __slots__ = ("aside", "dim", "hang", "indent", "sep", "text")

    text: Cell
    dim: bool
    aside: bool
    indent: int
    hang: int
    sep: str

    def __init__(
        self,
        text: Cell,
        dim: bool = False,
        aside: bool = False,
        indent: int = 0,
        hang: int = 0,
        sep: str = "",
    ) -> None:
        self.text = text
        self.dim = dim
        self.aside = aside
        self.indent = indent
        self.hang = hang
        self.sep = sep


Block = Heading | Para | Table


class View(Record):
    """A command's result: blocks for people, ``data`` (JSON-ready) for programs.

    CSV and JSON Lines write one row per record: ``data`` itself when it is a list; else
    the list under ``rows_key`` (the overview's headline figures, a pillar's targets); else
    ``data`` as the one record (one target in full).
    """

    __slots__ = ("blocks", "data", "rows_key")

    blocks: tuple[Block, ...]
    data: Any
    rows_key: str | None

    def __init__(self, blocks: tuple[Block, ...], data: Any, rows_key: str | None = None) -> None:
        self.blocks = blocks
        self.data = data
        self.rows_key = rows_key

    @property
    def records(self) -> list[dict[str, Any]]:
        """The records CSV and JSON Lines write, one per row."""
        if isinstance(self.data, list):
            return list(self.data)
        if self.rows_key is None:
            return [self.data]
        return list(self.data.get(self.rows_key, []))
