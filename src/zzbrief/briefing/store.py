"""The loaded briefing: found, compiled or read from the cache on first use, then kept.

``get()`` is what commands and library users call. ``reset()`` forgets what was loaded,
for tests. The data location is chosen by ``use()`` (the CLI's ``--data``) or ZZBRIEF_DATA.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from zzbrief import __version__
from zzbrief.briefing import cache
from zzbrief.briefing.load import (
    COMPILED_FORMAT,
    SourceFile,
    bundled_dir,
    content_key,
    read_sources,
    vocabulary_source,
)
from zzbrief.briefing.model import Briefing
from zzbrief.briefing.raw import from_raw

if TYPE_CHECKING:
    from zzbrief.search.index import SearchIndex


class Loaded:
    """A briefing, and its search index, which is read only when a command asks for it."""

    __slots__ = ("_index", "_key", "_path", "_slot", "_sources", "briefing")

    def __init__(
        self,
        briefing: Briefing,
        slot: str,
        key: str,
        sources: list[SourceFile] | None,
        path: str | None = None,
    ) -> None:
        self.briefing = briefing
        self._slot, self._key, self._sources, self._path = slot, key, sources, path
        self._index: SearchIndex | None = None

    @property
    def key(self) -> str:
        """The content key of the compiled form (a hash of the files and our version)."""
        return self._key

    @property
    def read_from_files(self) -> bool:
        """True when the data files were read in this process (from ``load_known``: a cache
        miss, so the briefing was compiled now), False when it came from the cache alone."""
        return self._sources is not None

    @property
    def index(self) -> SearchIndex:
        """The precomputed search index; each of its parts is read on first use."""
        if self._index is None:
            from zzbrief.search.index import SearchIndex

            self._index = SearchIndex(self._part)
        return self._index

    def _part(self, name: str) -> dict[str, Any]:
        from zzbrief.search.index import PARTS

        part = cache.read(self._slot, self._key, name)
        if part is None or not part.keys() >= PARTS[name]:  # cleared, off, or damaged
            if self._sources is None:
                self._sources = read_sources(self._path)
            part = _compile(self._slot, self._key, self._sources)[name]
        return part


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
    """A short name for one data location as read by this version of zzbrief.

    A new compile replaces the slot's older entries, so the version is part of the name:
    two installed versions must not keep evicting each other's cache.
    """
    import zlib  # already loaded by the interpreter

    where = str(bundled_dir()) if path is None else os.path.abspath(path)
    name = f"{where}|{__version__}|{COMPILED_FORMAT}"
    return f"{zlib.crc32(name.encode('utf-8', 'surrogateescape')):08x}"


def _compile(slot: str, key: str, sources: list[SourceFile]) -> dict[str, Any]:
    from zzbrief.briefing.compile import compile_sources  # the slow path: YAML, schema, pinyin

    parts = compile_sources(sources)
    cache.write(slot, key, parts)
    return parts


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small acyclic objects.

    Loading creates thousands of records and no cycles; collections triggered meanwhile
    are wasted work that grows faster than the data (measured in docs/PERFORMANCE.md).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load(path: str | None = None) -> Loaded:
    """Load a briefing through the per-user cache; no memoisation."""
    sources = read_sources(path)
    key = compiled_key(sources)
    slot = _slot(path)
    with paused_gc():
        raw = cache.read(slot, key, "data")
        briefing = None
        if raw is not None:
            try:
                briefing = from_raw(raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                briefing = None  # a damaged cache entry: compile again, as on a miss
        if briefing is None:
            briefing = from_raw(_compile(slot, key, sources)["data"])
    return Loaded(briefing, slot, key, sources)


def compiled_key(sources: list[SourceFile]) -> str:
    """The cache key of a briefing's compiled form: its files, and the indicator vocabulary."""
    if "vocabulary" not in _vocabulary:  # read once per process: search -b all loads many
        _vocabulary["vocabulary"] = vocabulary_source()  # search synonyms are compiled from it
    vocabulary = _vocabulary["vocabulary"]
    return content_key(sources + ([vocabulary] if vocabulary else []))


_vocabulary: dict[str, SourceFile | None] = {}


def load_cached(path: str) -> Loaded | None:
    """The briefing in ``path`` if its compiled form is in the cache (so it is valid), else None."""
    sources = read_sources(path)
    key, slot = compiled_key(sources), _slot(path)
    raw = cache.read(slot, key, "data")
    if raw is None:
        return None
    with paused_gc():
        try:
            return Loaded(from_raw(raw), slot, key, sources, path)
        except (KeyError, TypeError, ValueError, AttributeError):
            return None


def load_known(path: str, key: str) -> Loaded:
    """Load a briefing whose content key is already known (from the library's catalogue).

    The catalogue is rebuilt whenever a file in the library changes, so its key is the
    file's; the file is read only if the compiled form is missing from the cache.
    """
    slot = _slot(path)
    with paused_gc():
        raw = cache.read(slot, key, "data")
        if raw is not None:
            try:
                return Loaded(from_raw(raw), slot, key, None, path)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass  # damaged: compile again
    return load(path)


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
    _vocabulary.clear()
