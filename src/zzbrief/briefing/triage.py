"""What the schema rejected, and what the provenance rules can still check without it.

``zzbrief validate`` lists every problem in one run. A record that fails the schema cannot be
typed, so it is left out of a copy of the data (``Triage.pruned``); the provenance rules run
on the rest, and their paths are mapped back to the records' original positions
(``Triage.restore``). A finding that looked something up among what was left out (a pillar,
a unit, a sentence of an article that failed the schema) is a knock-on of a problem already
reported, and ``Triage.knock_on`` says so: one cause, one problem.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from zzbrief.briefing.checks import Path, Problem, dotted

#: List sections whose records can be left out one at a time.
RECORDS = ("pillars", "targets", "sectors", "units", "glossary")
#: The field that other records use to refer to a record of each section.
KEYS = {"pillars": "id", "sectors": "code", "units": "unit"}
_BI = {"zh": "?", "en": ""}
#: Lost keys of a section: a set of keys, or None when every reference into it is doubtful.
Lost = set[str] | None


def _year(source: Any, errors: Collection[Path]) -> int | None:
    """The source's year, if the schema found nothing wrong with it (outcome periods need it)."""
    year = source.get("year") if isinstance(source, dict) else None
    if not isinstance(year, int) or isinstance(year, bool) or ("source", "year") in errors:
        return None
    return year


def _source_stand_in(year: int | None) -> dict[str, Any]:
    # Only the year is read by the rules; the rest merely satisfies from_raw.
    fields = ("outlet", "speaker", "role", "occasion", "city")
    return {"title": "?", "date": "", "year": year or 0, **{f: _BI for f in fields}}


def _rejected(errors: Collection[Path], absent: Collection[str]) -> dict[str, set[int] | None]:
    """Per section, the indexes of the records with schema errors, or None for all of it."""
    out: dict[str, set[int] | None] = {
        s: None for s in absent if s in (*RECORDS, "source", "article")
    }
    for path in errors:
        if not path or str(path[0]) not in (*RECORDS, "source", "article"):
            continue  # schema_version, status, unknown keys: nothing else depends on them
        section = str(path[0])
        whole = len(path) == 1 or section not in RECORDS or not isinstance(path[1], int)
        if whole:
            out[section] = None
        elif section not in out or out[section] is not None:
            out.setdefault(section, set()).add(int(path[1]))  # type: ignore[union-attr]
    return out


def _keys(section: str, items: list[Any], bad: set[int], errors: set[Path]) -> Lost:
    """The keys other records know the rejected ``items[bad]`` by (see ``KEYS``)."""
    field = KEYS.get(section)
    if field is None:
        return set()  # nothing refers to targets or glossary entries
    keys = set()
    for i in bad:
        item = items[i]
        if not isinstance(item, dict) or field not in item or (section, i, field) in errors:
            return None  # its key is itself broken: any dangling reference may mean it
        keys.add(str(item[field]))
    return keys


class Triage:
    """A copy of the data without what the schema rejected, and how to read findings on it."""

    def __init__(
        self, raw: Mapping[str, Any], errors: list[Problem], absent: Collection[str]
    ) -> None:
        """Leave out what ``errors`` (schema problems) reject; ``absent``: missing sections."""
        paths = {p.path[:3] for p in errors} | {p.path[:2] for p in errors}
        self.pruned: dict[str, Any] = dict(raw)
        self.kept: dict[str, list[int]] = {}  # original index of each record left in
        self.lost: dict[str, Lost] = {}
        for section, bad in _rejected(paths, absent).items():
            if section == "source":
                year = _year(raw.get("source"), paths)
                self.pruned["source"] = _source_stand_in(year)
                self.lost["source"] = set() if year is not None else {"year"}
            elif section == "article":
                self.pruned["article"] = {"sections": []}
                self.lost["article"] = None
            elif bad is None or not isinstance(raw.get(section), list):
                self.pruned[section] = []
                self.lost[section] = None
            else:
                self._drop(section, raw[section], bad, paths)

    def _drop(self, section: str, items: list[Any], bad: set[int], errors: set[Path]) -> None:
        self.kept[section] = [i for i in range(len(items)) if i not in bad]
        self.pruned[section] = [items[i] for i in self.kept[section]]
        self.lost[section] = _keys(section, items, bad, errors)

    def knock_on(self, problem: Problem) -> bool:
        """True when ``problem`` only repeats a schema problem: it looked up a rejected record."""
        if problem.ref is None or problem.ref[0] not in self.lost:
            return False
        keys = self.lost[problem.ref[0]]
        key = problem.ref[1]
        return keys is None or (bool(keys) if key is None else key in keys)

    def _position(self, path: Path) -> Path:
        kept = self.kept.get(str(path[0])) if len(path) > 1 else None
        if kept is None or not isinstance(path[1], int):
            return path
        return (path[0], kept[path[1]], *path[2:])

    def restore(self, problem: Problem) -> Problem:
        """``problem`` with its paths moved back to the records' places in the original data."""
        path = self._position(problem.path)
        if problem.first is None:
            return Problem(path, problem.message, problem.ref)
        first = self._position(problem.first)
        message = problem.message.replace(
            f"(first at {dotted(problem.first)})", f"(first at {dotted(first)})"
        )
        return Problem(path, message, problem.ref, first)
