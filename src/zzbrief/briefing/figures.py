"""Typed records for the figures of a briefing: targets, where they are stated, and what was
published about them afterwards (outcomes and baselines, each with its source)."""

from zzbrief.briefing.bilingual import Bi
from zzbrief.slots import Record

ASPIRATION_MARKERS = ("力争", "争取")  # "strive for": an aspiration, not a different number
#: A target's horizon when it is an aim with no year (瞄准打造…万亿级产业集群).
LONG_RANGE = "long-range"
#: What a published figure's source is: the government's own, a newspaper's, or a copy.
SOURCE_KINDS = ("official", "press", "repost")


class Mention(Record):
    """Where a target is stated: a sentence id and the verbatim clause."""

    __slots__ = ("quote", "sentence")

    sentence: str
    quote: str

    def __init__(self, sentence: str, quote: str) -> None:
        self.sentence = sentence
        self.quote = quote


class SourceRef(Record):
    """Where a published figure comes from: publisher, title, date, address and kind.

    ``kind`` is as the data gives it (one of SOURCE_KINDS), or None; ``origin`` is the kind
    in force, derived when the data is silent.
    """

    __slots__ = ("date", "kind", "publisher", "title", "url")

    publisher: str
    title: str
    date: str
    url: str
    kind: str | None

    def __init__(
        self, publisher: str, title: str, date: str, url: str, kind: str | None = None
    ) -> None:
        self.publisher = publisher
        self.title = title
        self.date = date
        self.url = url
        self.kind = kind

    @property
    def origin(self) -> str:
        """The source's kind: as given, else a repost when the publisher says 转载 (reposted),
        official when the address is under gov.cn, else press."""
        if self.kind:
            return self.kind
        if "转载" in self.publisher:
            return "repost"
        host = self.url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()
        return "official" if host == "gov.cn" or host.endswith(".gov.cn") else "press"


class Outcome(Record):
    """A figure published after the plan (or the year before it, as a baseline)."""

    __slots__ = (
        "base_value",
        "bound",
        "comparable",
        "figure",
        "final",
        "note",
        "period",
        "quote",
        "source",
        "unit",
        "value",
    )

    period: str  # "2024", or a part of a year: "2024-01/2024-11"
    figure: str
    value: float
    unit: str
    base_value: float
    final: bool
    source: SourceRef
    note: Bi | None
    quote: str  # the source's own words for the figure; "" where none was kept
    comparable: bool  # False: a figure for another measure (a growth rate against a level)
    bound: str | None  # ≥ at least (超过), ≤ at most (以内), ≈ about (左右); None: exact

    def __init__(
        self,
        period: str,
        figure: str,
        value: float,
        unit: str,
        base_value: float,
        final: bool,
        source: SourceRef,
        note: Bi | None = None,
        quote: str = "",
        comparable: bool = True,
        bound: str | None = None,
    ) -> None:
        self.period = period
        self.figure = figure
        self.value = value
        self.unit = unit
        self.base_value = base_value
        self.final = final
        self.source = source
        self.note = note
        self.quote = quote
        self.comparable = comparable
        self.bound = bound

    @property
    def full_year(self) -> bool:
        """True for a whole year's figure (``2024``, or ``2024-01/2024-12``); False for part."""
        if "/" not in self.period:
            return True
        start, end = self.period.split("/")
        return start.endswith("-01") and end == f"{start[:4]}-12"

    @property
    def year(self) -> int:
        """The year the period starts in."""
        return int(self.period[:4])


class Target(Record):
    """A quantitative target, with the figure as printed and its value in base units."""

    __slots__ = (
        "base_unit",
        "base_value",
        "baseline",
        "comparator",
        "figure",
        "horizon",
        "id",
        "indicator",
        "kind",
        "mentions",
        "metric",
        "outcome_note",
        "outcomes",
        "pillar",
        "range_high",
        "sectors",
        "todo",
        "unit",
        "value",
    )

    id: str
    pillar: int | None  # None in a briefing without pillars
    sectors: tuple[str, ...]
    metric: Bi
    # A soft target ("居民收入增长和经济增长同步") has no number: figure, value, unit,
    # comparator and base value are all None, and its verdict is always unknown.
    figure: str | None
    value: float | None
    unit: str | None
    comparator: str | None
    base_value: float | None
    base_unit: str | None
    kind: str
    mentions: tuple[Mention, ...]
    baseline: Outcome | None
    outcomes: tuple[Outcome, ...]
    outcome_note: Bi | None
    todo: tuple[str, ...]  # fields a person must still check (a draft's guesses)
    indicator: str | None  # a key of the indicator vocabulary, shared across briefings
    range_high: float | None  # the upper bound of a range (5%—6%), in the target's unit
    # When it is due: a year, LONG_RANGE, or None when the data does not say (the plan year).
    horizon: int | str | None

    def __init__(
        self,
        id: str,
        pillar: int | None,
        sectors: tuple[str, ...],
        metric: Bi,
        figure: str | None,
        value: float | None,
        unit: str | None,
        comparator: str | None,
        base_value: float | None,
        base_unit: str | None,
        kind: str,
        mentions: tuple[Mention, ...],
        baseline: Outcome | None = None,
        outcomes: tuple[Outcome, ...] = (),
        outcome_note: Bi | None = None,
        todo: tuple[str, ...] = (),
        indicator: str | None = None,
        range_high: float | None = None,
        horizon: int | str | None = None,
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
        self.baseline = baseline
        self.outcomes = outcomes
        self.outcome_note = outcome_note
        self.todo = todo
        self.indicator = indicator
        self.range_high = range_high
        self.horizon = horizon

    @property
    def soft(self) -> bool:
        """True for a target stated without a number (its verdict is always unknown)."""
        return self.value is None

    def due(self, plan_year: int) -> int | str:
        """The year this target is due (the plan's ``plan_year`` unless stated), or LONG_RANGE."""
        return plan_year if self.horizon is None else self.horizon

    @property
    def aspiration(self) -> bool:
        """True when the wording only strives for the figure (力争/争取)."""
        return any(m in mention.quote for mention in self.mentions for m in ASPIRATION_MARKERS)

    @property
    def sentence_ids(self) -> tuple[str, ...]:
        """The ids of the sentences that state this target."""
        return tuple(m.sentence for m in self.mentions)
