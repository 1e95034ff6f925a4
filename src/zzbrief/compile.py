"""Compile YAML sources into the cached form: validated raw data plus the search index.

This is the slow path (PyYAML, jsonschema, pinyin readings); it runs once per content.
"""

from __future__ import annotations

from typing import Any

from zzbrief import checks, index, schema, yamlio
from zzbrief.errors import DataError
from zzbrief.load import SourceFile, merge
from zzbrief.model import Briefing, from_raw


class InvalidBriefing(DataError):
    """A briefing with problems; ``report`` lists every one with file and line."""

    def __init__(self, report: list[str]) -> None:
        noun = "problem" if len(report) == 1 else "problems"
        super().__init__(f"the briefing has {len(report)} {noun}:\n  " + "\n  ".join(report))
        self.report = report


def describe(sources: list[SourceFile], problems: list[checks.Problem]) -> list[str]:
    """Turn problems into ``file:line: path: message`` lines, for people."""
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
        where = owner.name if owner else "briefing"
        if owner is not None:
            mapping = lines[owner.name]
            path = p.path
            while path and path not in mapping:
                path = path[:-1]  # a missing field is reported at its parent's line
            if path in mapping:
                where += f":{mapping[path]}"
        out.append(f"{where}: {p.dotted or '(top level)'}: {p.message}")
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


def compile_sources(sources: list[SourceFile]) -> dict[str, Any]:
    """The payload the cache stores: the validated data and its precomputed search index."""
    raw, briefing = check(sources)
    return {"raw": raw, "index": index.build(briefing)}
