"""A base for small records: slots, equality and a readable repr, without code generation.

Dataclasses and NamedTuples build their methods by compiling code when a module is
imported; across the twenty-odd record types on every command's path that cost about two
milliseconds of each start. These records are read-only by convention.
"""

from __future__ import annotations

from typing import Any


class Record:
    """Equality, hashing and repr from ``__slots__``."""

    __slots__ = ()

    def _values(self) -> tuple[Any, ...]:
        names: tuple[str, ...] = self.__slots__
        return tuple(getattr(self, name) for name in names)

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Record)
            and type(self) is type(other)
            and self._values() == other._values()
        )

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._values()))

    def __repr__(self) -> str:
        names: tuple[str, ...] = self.__slots__
        fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in names)
        return f"{type(self).__name__}({fields})"
