"""Compile YAML sources into the cached form: validated raw data plus the search index.

This is the slow path (PyYAML, jsonschema, pinyin readings); it runs once per content.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from zzbrief.briefing import checks, schema, yamlio
from zzbrief.briefing.load import SourceFile, merge
from zzbrief.briefing.model import Briefing
from zzbrief.briefing.raw import from_raw
from zzbrief.errors import DataError
from zzbrief.search import index


@dataclass(frozen=True)
class Located:
    """A problem with the file and line it sits on."""

    file: str
    line: int | None
    path: str
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.path or '(top level)'}: {self.message}"


class InvalidBriefing(DataError):
    """A briefing with problems; ``problems`` lists every one with file and line."""

    def __init__(self, problems: list[Located]) -> None:
        noun = "problem" if len(problems) == 1 else "problems"
        lines = "\n  ".join(map(str, problems))
        super().__init__(f"the briefing has {len(problems)} {noun}:\n  {lines}")
        self.problems = problems


def describe(sources: list[SourceFile], problems: list[checks.Problem]) -> list[Located]:
    """Attach the file and line of each problem, from the YAML nodes' positions."""
    owners: dict[str, SourceFile] = {}
    lines: dict[str, dict[Any, int]] = {}
    for source in sources:
        lines[source.name] = yamlio.line_map(source)
        for key in lines[source.name]:
            if len(key) == 1:
                owners.setdefault(str(key[0]), source)
    out = []
    for p in problems:
        owner = owners.get(str(p.path[0])) if p.path else None
        line = None
        if owner is not None:
            mapping = lines[owner.name]
            path = p.path
            while path and path not in mapping:
                path = path[:-1]  # a missing field is reported at its parent's line
            line = mapping.get(path)
        name = owner.name if owner else (sources[0].name if len(sources) == 1 else "briefing")
        out.append(Located(name, line, p.dotted, p.message))
    return out


def parse_sources(sources: list[SourceFile]) -> dict[str, Any]:
    """Parse and merge the files of one briefing (no validation yet)."""
    return merge([(src.name, yamlio.parse(src)) for src in sources])


def check(sources: list[SourceFile]) -> tuple[dict[str, Any], Briefing]:
    """Parse and fully validate a briefing; raise InvalidBriefing listing every problem."""
    raw = parse_sources(sources)
    problems = schema.schema_problems(raw)
    if problems:
        raise InvalidBriefing(describe(sources, problems))
    briefing = from_raw(raw)
    problems = checks.provenance(briefing)
    if problems:
        raise InvalidBriefing(describe(sources, problems))
    return raw, briefing


def compile_sources(sources: list[SourceFile]) -> dict[str, dict[str, Any]]:
    """The parts the cache stores: the validated data and its precomputed search index."""
    raw, briefing = check(sources)
    return {"data": raw, **index.build(briefing)}


def validate_path(path: str | None) -> tuple[list[Located], str]:
    """Validate a briefing file or folder (None: the bundled one); never raises DataError.

    Returns every problem found, and a one-line summary.
    """
    from zzbrief.briefing.load import read_sources

    where = path or "the bundled briefing"
    try:
        sources = read_sources(path)
        _, briefing = check(sources)
    except InvalidBriefing as err:
        return err.problems, f"{where}: {len(err.problems)} problems"
    except DataError as err:  # unreadable, not UTF-8, malformed YAML: one problem, already placed
        return [Located(str(where), None, "", err.message)], f"{where}: cannot be read"
    counts = (
        f"{len(briefing.targets)} targets, {len(briefing.sentences)} sentences, "
        f"{len(briefing.pillars)} pillars, {len(briefing.glossary)} glossary entries"
    )
    return [], f"ok: {where}: {counts}"
