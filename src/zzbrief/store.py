"""The loaded briefing: found, compiled or read from the cache on first use, then kept.

``get()`` is what commands and library users call. ``reset()`` forgets what was loaded,
for tests. The data location is chosen by ``use()`` (the CLI's ``--data``) or ZZBRIEF_DATA.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from zzbrief import cache
from zzbrief.index import SearchIndex
from zzbrief.load import content_key, read_sources
from zzbrief.model import Briefing, from_raw


@dataclass(frozen=True)
class Loaded:
    """A briefing together with its precomputed search index."""

    briefing: Briefing
    index: SearchIndex


_selected: str | None = None
_loaded: dict[str | None, Loaded] = {}


def use(path: str | None) -> None:
    """Choose the briefing to load: a file or folder, or None for ZZBRIEF_DATA or the bundle."""
    global _selected
    _selected = path


def selected() -> str | None:
    """The data location in force: ``use()``, else ZZBRIEF_DATA, else None (bundled)."""
    return _selected or os.environ.get("ZZBRIEF_DATA") or None


def _slot(path: str | None) -> str:
    where = "bundled" if path is None else os.path.abspath(path)
    return hashlib.sha256(where.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def load(path: str | None = None) -> Loaded:
    """Load a briefing and its index, through the per-user cache; no memoisation."""
    sources = read_sources(path)
    key = content_key(sources)
    slot = _slot(path)
    payload = cache.read(slot, key)
    if payload is None:
        from zzbrief.compile import compile_sources  # the slow path: YAML, schema, pinyin

        payload = compile_sources(sources)
        cache.write(slot, key, payload)
    return Loaded(from_raw(payload["raw"]), SearchIndex.from_plain(payload["index"]))


def loaded() -> Loaded:
    """The selected briefing with its index, loaded once per process."""
    path = selected()
    if path not in _loaded:
        _loaded[path] = load(path)
    return _loaded[path]


def get() -> Briefing:
    """The selected briefing, loaded once per process."""
    return loaded().briefing


def reset() -> None:
    """Forget every loaded briefing and the selection (for tests)."""
    global _selected
    _selected = None
    _loaded.clear()
