"""The indicator vocabulary: one key for each measure plans share (``gdp-growth``, ``cpi`` …).

Read from ``data/library/indicators.yaml`` and typed here. PyYAML loads only when the file
has changed since it was last compiled; the compiled form is kept in the per-user cache, so
a query (``compare``, ``draft``'s matching) imports neither YAML nor Rich.

``match`` finds the key a metric or a quote names, by its aliases, the longest match first:
``城镇居民人均可支配收入增长`` is ``urban-income-growth``, not ``income-growth``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from typing import Any

from zzbrief.briefing.bilingual import Bi
from zzbrief.errors import DataError, unknown_choice
from zzbrief.slots import Record

DIRECTIONS = ("up", "down", "ceiling", "level")
_FIELDS = ("key", "zh", "en", "unit", "kind", "direction")


class Indicator(Record):
    """One indicator: its key, names, usual unit, kind, direction and aliases."""

    __slots__ = ("aliases_en", "aliases_zh", "direction", "key", "kind", "name", "unit")

    key: str
    name: Bi
    unit: str
    kind: str
    direction: str  # up, down, ceiling (a limit not to exceed) or level (to hold)
    aliases_zh: tuple[str, ...]
    aliases_en: tuple[str, ...]

    def __init__(
        self,
        key: str,
        name: Bi,
        unit: str,
        kind: str,
        direction: str,
        aliases_zh: tuple[str, ...],
        aliases_en: tuple[str, ...],
    ) -> None:
        self.key = key
        self.name = name
        self.unit = unit
        self.kind = kind
        self.direction = direction
        self.aliases_zh = aliases_zh
        self.aliases_en = aliases_en

    def zh_names(self) -> tuple[str, ...]:
        """The Chinese name and aliases."""
        return (self.name.zh, *self.aliases_zh)

    def en_names(self) -> tuple[str, ...]:
        """The key, the English name and aliases."""
        return (self.key, self.name.en, *self.aliases_en)


class Vocabulary:
    """Every indicator, by key, with the aliases ordered for longest-first matching."""

    __slots__ = ("_by_key", "_en", "_zh")

    def __init__(self, indicators: Iterable[Indicator]) -> None:
        self._by_key = {i.key: i for i in indicators}
        pairs_zh = [(a, i.key) for i in self._by_key.values() for a in (i.zh_names())]
        pairs_en = [(a.lower(), i.key) for i in self._by_key.values() for a in i.en_names()]
        self._zh = sorted(set(pairs_zh), key=lambda p: (-len(p[0]), p[0]))
        self._en = sorted(set(pairs_en), key=lambda p: (-len(p[0]), p[0]))

    def __len__(self) -> int:
        return len(self._by_key)

    def __iter__(self) -> Iterator[Indicator]:
        return iter(self._by_key.values())

    def keys(self) -> frozenset[str]:
        """Every key."""
        return frozenset(self._by_key)

    def get(self, key: str) -> Indicator | None:
        """The indicator with this key, or None."""
        return self._by_key.get(key.strip().lower())

    def lookup(self, key: str) -> Indicator:
        """The indicator with this key, or a name it goes by; else a usage error (exit 2)."""
        found = self.get(key) or self._by_key.get(self.named(key) or "")
        if found is None:
            from zzbrief.errors import closest

            keys = sorted(self._by_key)
            # A misspelt key is closest to a key; a word is closest to a name (GDP → gdp-growth).
            near_key = closest(key, keys) is not None
            names = keys if near_key else [*keys, *(a for a, _ in (*self._zh, *self._en))]
            raise unknown_choice("indicator", key, keys, names)
        return found

    def named(self, name: str) -> str | None:
        """The key one of whose names is exactly ``name`` (any case), or None."""
        wanted = name.strip().lower()
        return next((k for a, k in (*self._zh, *self._en) if a.lower() == wanted), None)

    def match(self, text: str) -> str | None:
        """The key whose alias occurs in ``text`` (the longest alias wins), or None.

        Chinese aliases match anywhere; English ones as whole words, in any case.
        """
        for alias, key in self._zh:
            if alias in text:
                return key
        lowered = text.lower()
        for alias, key in self._en:
            if re.search(rf"(?<![a-z0-9]){re.escape(alias)}(?![a-z0-9])", lowered):
                return key
        return None


def _typed(raw: Mapping[str, Any]) -> list[Indicator]:
    out = []
    for i, item in enumerate(raw.get("indicators") or ()):
        if not isinstance(item, Mapping) or any(not item.get(f) for f in _FIELDS):
            raise DataError(f"indicators.yaml: indicator {i} needs {', '.join(_FIELDS)}")
        if item["direction"] not in DIRECTIONS:
            raise DataError(f"indicators.yaml: {item['key']}: unknown direction")
        out.append(
            Indicator(
                str(item["key"]),
                Bi(str(item["zh"]), str(item["en"])),
                str(item["unit"]),
                str(item["kind"]),
                str(item["direction"]),
                tuple(map(str, item.get("aliases_zh") or ())),
                tuple(map(str, item.get("aliases_en") or ())),
            )
        )
    return out


def _compiled(name: str, data: bytes) -> dict[str, Any]:
    """The vocabulary as plain data, from the per-user cache or parsed (and cached) now."""
    from zzbrief.briefing import cache as store
    from zzbrief.briefing.load import SourceFile, content_key

    source = SourceFile(name, data)
    key = content_key([source])
    found = store.read("indicators", key, "data")
    if found is not None and isinstance(found.get("indicators"), list):
        return found
    from zzbrief.briefing import yamlio

    parsed = yamlio.parse(source)
    if not isinstance(parsed, dict):
        raise DataError(f"{name}: the top level must be a mapping")
    store.write("indicators", key, {"data": parsed})
    return parsed


@cache
def vocabulary() -> Vocabulary:
    """The bundled vocabulary, read once per process."""
    from zzbrief.library.shelf import indicators_file

    path = indicators_file()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataError(f"{path}: cannot read the indicator vocabulary: {exc.strerror}") from None
    return Vocabulary(_typed(_compiled(str(path), data)))


def lookup(key: str) -> Indicator:
    """The indicator a user named (key or alias); an unknown one is a usage error."""
    return vocabulary().lookup(key)


def keys() -> frozenset[str]:
    """Every key of the bundled vocabulary; empty when it cannot be read."""
    try:
        return vocabulary().keys()
    except DataError:
        return frozenset()
