"""The library's catalogue: every briefing installed, and one cross-briefing table of targets.

Listing the library (``zzbrief briefings``), comparing one indicator across it (``compare``)
and searching all of it (``search -b all``) must not open and compile ninety-nine YAML files
on every run. So the folder is read once per change into a compiled table, kept in the
per-user cache like a briefing (``briefing/cache.py``):

- ``entries``: one row per briefing (id, place, level, year, title, source, counts and the
  content key of its file), for the listing and to open one briefing without hashing it;
- ``ind:<key>``: for each indicator, one row per target carrying it, with its verdict, so
  ``compare gdp-growth`` reads one small part and builds no briefing at all.

The table is keyed by the folder's listing (each file's name, size and modification time)
and our version: adding, removing or editing a briefing rebuilds it on the next run. Picking
one briefing (``-b ID``) needs none of this: it is the file ``<id>.yaml``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from zzbrief import __version__
from zzbrief.briefing import cache
from zzbrief.briefing.load import COMPILED_FORMAT
from zzbrief.errors import DataError, unknown_choice
from zzbrief.library import LEVELS
from zzbrief.library.shelf import briefings_dir
from zzbrief.slots import Record

#: Bump when the table changes shape.
TABLE_FORMAT = 2
_SUFFIX = ".yaml"


class Entry(Record):
    """One library briefing as the catalogue lists it."""

    __slots__ = ("id", "key", "level", "outcomes", "path", "place", "targets", "title", "url",
                 "year")  # fmt: skip

    id: str
    path: str
    place: tuple[str, str]  # (zh, en)
    level: str
    year: int
    title: str
    url: str
    targets: int
    outcomes: int  # targets with at least one outcome
    key: str  # the content key of its compiled cache entry

    def __init__(self, raw: dict[str, Any]) -> None:
        self.id = raw["id"]
        self.path = raw["path"]
        self.place = (str(raw["place"][0]), str(raw["place"][1]))
        self.level = raw["level"]
        self.year = raw["year"]
        self.title = raw["title"]
        self.url = raw["url"]
        self.targets = raw["targets"]
        self.outcomes = raw["outcomes"]
        self.key = raw["key"]


def _listing(folder: Path) -> list[tuple[str, int, int]]:
    try:
        with os.scandir(folder) as found:
            files = [e for e in found if e.name.endswith(_SUFFIX) and e.is_file()]
            listing = [(e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in files]
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise DataError(f"{folder}: cannot list the library: {exc.strerror or exc}") from None
    return sorted(listing)


def ids() -> list[str]:
    """The ids of the briefings installed (their file names), without opening any."""
    return [name[: -len(_SUFFIX)] for name, _, _ in _listing(briefings_dir())]


def path_of(briefing_id: str) -> str:
    """The file of library briefing ``briefing_id``; an unknown id is a usage error (exit 2)."""
    wanted = briefing_id.strip().lower()
    path = briefings_dir() / f"{wanted}{_SUFFIX}"
    if wanted and "/" not in wanted and not wanted.startswith(".") and path.is_file():
        return str(path)
    known = ids()
    err = unknown_choice("briefing", briefing_id, known)
    err.hint = (
        "See the ids with: zzbrief briefings"
        if known
        else f"No library briefings are installed (looked in {briefings_dir()})."
    )
    raise err


class Table:
    """The compiled catalogue: entries, and each indicator's rows, read part by part."""

    __slots__ = ("_folder", "_key", "_parts", "_slot")

    def __init__(self, folder: Path) -> None:
        import zlib

        self._folder = folder
        listing = _listing(folder)
        stamp = repr((TABLE_FORMAT, COMPILED_FORMAT, __version__, listing)).encode()
        self._key = f"{zlib.crc32(stamp):08x}{len(listing):05d}"
        self._slot = f"library{zlib.crc32(str(folder.resolve()).encode()):08x}"
        self._parts: dict[str, dict[str, Any]] = {}

    def part(self, name: str) -> dict[str, Any]:
        """One part of the table, compiling the whole table first on a miss.

        Only the part asked for is read: ``compare`` reads one indicator's rows, not the
        entries. A part that is absent while the entries are there is an indicator no
        briefing has.
        """
        if name not in self._parts:
            found = cache.read(self._slot, self._key, name)
            if found is None and cache.read(self._slot, self._key, "entries") is None:
                self._parts = _build(self._folder)
                cache.write(self._slot, self._key, self._parts)
                found = self._parts.get(name)
            self._parts[name] = found or {"rows": []}
        return self._parts[name]

    def entries(self) -> list[Entry]:
        """Every briefing, ordered by level (nation, province, city), place and year."""
        return [Entry(e) for e in self.part("entries")["rows"]]

    def left_out(self) -> list[str]:
        """The ids of briefings with problems, which the table leaves out."""
        return list(self.part("left_out")["rows"])

    def rows(self, indicator: str) -> list[dict[str, Any]]:
        """The targets carrying ``indicator``, one row each (see ``_row``)."""
        rows: list[dict[str, Any]] = self.part(f"ind:{indicator}")["rows"]
        return rows


_tables: dict[Path, Table] = {}


def table() -> Table:
    """The catalogue of the library folder in use, listed once per process."""
    folder = briefings_dir()
    if folder not in _tables:
        _tables[folder] = Table(folder)
    return _tables[folder]


def reset() -> None:
    """Forget the tables listed so far (for tests, which change the folder)."""
    _tables.clear()


def _build(folder: Path) -> dict[str, dict[str, Any]]:
    """Open and check every briefing in the folder; the table's parts."""
    from zzbrief.library.rows import entry_and_rows

    entries: list[dict[str, Any]] = []
    left_out: list[str] = []
    by_indicator: dict[str, list[dict[str, Any]]] = {}
    for name, _, _ in _listing(folder):
        try:
            entry, rows = entry_and_rows(name[: -len(_SUFFIX)], str(folder / name))
        except DataError:  # one broken file must not hide the library: say so, go on
            left_out.append(name[: -len(_SUFFIX)])
            continue
        entries.append(entry)
        for row in rows:
            by_indicator.setdefault(row["indicator"], []).append(row)
    entries.sort(key=lambda e: (LEVELS.index(e["level"]) if e["level"] in LEVELS else 3,
                                e["place"][1], e["year"]))  # fmt: skip
    parts: dict[str, dict[str, Any]] = {
        "entries": {"rows": entries},
        "left_out": {"rows": left_out},
    }
    parts |= {f"ind:{key}": {"rows": rows} for key, rows in by_indicator.items()}
    return parts


def each_briefing(entries: list[Entry]) -> Iterator[tuple[Entry, Any]]:
    """Each entry with its loaded briefing (``store.Loaded``), read from the per-briefing cache."""
    from zzbrief.briefing import store

    for entry in entries:
        yield entry, store.load_known(entry.path, entry.key)
