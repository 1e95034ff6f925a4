"""A number found in a sentence: its place, its reading, and why it is no figure (if not)."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Found:
    """A figure's place in the sentence and its reading."""

    start: int
    end: int
    figure: str
    value: float
    unit: str
    range_high: float | None
    approx: bool
    multiplicity: int
    chinese: bool
    count_at: int = -1  # where a count of this figure (两个 in 两个万亿级) starts
    reason: str | None = None  # why this number is not a figure (see TRAPS), or None


def with_changes(f: Found, **changes: object) -> Found:
    """``f`` with some fields changed (a reason, a multiplicity)."""
    return replace(f, **changes)  # type: ignore[arg-type]
