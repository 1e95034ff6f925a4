"""Compile YAML sources into the cached form, and find every problem in a briefing.

This is the slow path (PyYAML, jsonschema, pinyin readings); it runs once per content.
``inspect`` serves both loading and ``zzbrief validate``, so the two report the same problems.
It runs every check that can still run: a file that does not parse leaves the others to be
checked, and a record the schema rejects is left out of the provenance rules (``triage``).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any

from zzbrief.briefing import checks, echoes, markers, schema, triage, yamlio
from zzbrief.briefing.load import SourceFile
from zzbrief.briefing.model import Briefing
from zzbrief.briefing.raw import from_raw
from zzbrief.errors import DataError, plural
from zzbrief.search import index, synonyms

#: How a file that is no briefing at all is named, before the detail with its line.
NOT_A_BRIEFING = "not a briefing"
#: Said once, under the problems, when a final briefing holds a draft's TODO markers.
FINAL_HINT = "A final briefing must hold no TODO markers; mark one under review `status: draft`."


@dataclass(frozen=True)
class Located:
    """A problem with the file and line it sits on."""

    file: str
    line: int | None
    path: str
    message: str

    def __str__(self) -> str:
        if not self.path and self.message.startswith(self.file):
            return self.message  # a file's own problem (bad YAML) already names its place
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.path or '(top level)'}: {self.message}"


class InvalidBriefing(DataError):
    """A briefing with problems; ``problems`` lists every one with file and line."""

    def __init__(self, problems: list[Located], hint: str | None = None) -> None:
        if len(problems) == 1 and not problems[0].path:  # the file's own: "not a briefing"
            message = str(problems[0])
        else:
            lines = "\n  ".join(map(str, problems))
            message = f"the briefing has {plural(len(problems), 'problem')}:\n  {lines}"
        super().__init__(message, hint)
        self.problems = problems


@dataclass
class Report:
    """What ``inspect`` found. ``briefing`` is the typed briefing when there are no problems.

    ``warnings`` are a draft's TODO markers (in a final briefing they are among ``problems``
    and ``hint`` says why) and records pasted from JSON output, read back (``echoes``).
    """

    problems: list[Located] = field(default_factory=list)
    warnings: list[Located] = field(default_factory=list)
    briefing: Briefing | None = None
    raw: dict[str, Any] = field(default_factory=dict)
    hint: str | None = None


def _natural(path: str) -> list[Any]:
    # targets[2] before targets[10]: digits compare as numbers
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", path)]


def by_place(problems: list[Located]) -> list[Located]:
    """Problems in reading order: by file, then line (none first), then path."""
    return sorted(problems, key=lambda p: (p.file, p.line or 0, _natural(p.path)))


def _folder(sources: list[SourceFile]) -> str:
    return os.path.dirname(sources[0].name) or "."


def describe(sources: list[SourceFile], problems: list[checks.Problem]) -> list[Located]:
    """Attach the file and line of each problem, from the YAML nodes' positions."""
    if not problems:
        return []  # skip composing every file again: the common case on a clean load
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
        name = owner.name if owner else (sources[0].name if len(sources) == 1 else _folder(sources))
        out.append(Located(name, line, p.dotted, p.message))
    return out


def _parse_each(sources: list[SourceFile]) -> tuple[list[tuple[SourceFile, Any]], list[Located]]:
    """Parse every file; one that fails is one problem, and the others are still read."""
    parsed: list[tuple[SourceFile, Any]] = []
    failed: list[Located] = []
    for src in sources:
        try:
            parsed.append((src, yamlio.parse(src)))
        except yamlio.YamlSyntaxError as err:
            # A file given alone is not a briefing; one file of a folder is a broken part.
            where = src.name if err.line is None else f"{src.name}:{err.line}:{err.column}"
            what = f"{NOT_A_BRIEFING}: not valid YAML" if len(sources) == 1 else "not valid YAML"
            failed.append(Located(src.name, err.line, "", f"{where}: {what}: {err.problem}"))
        except DataError as err:  # binary, not UTF-8, an alias bomb: the file as a whole
            failed.append(Located(src.name, None, "", err.message))
    return parsed, failed


def _merge(parsed: list[tuple[SourceFile, Any]]) -> tuple[dict[str, Any], list[Located], bool]:
    """Merge the files' top-level sections, as ``load.merge`` does, but keep going.

    Returns the merged data, the problems (a top level that is not a mapping, a section
    defined twice) and whether a file's sections are unknown (its top level is not a mapping).
    """
    merged: dict[str, Any] = {}
    origin: dict[str, str] = {}
    problems: list[Located] = []
    unknown = False
    for src, doc in parsed:
        if doc is None:
            continue
        if not isinstance(doc, dict):
            unknown = True
            kind = (
                "a list" if isinstance(doc, list) else "text" if isinstance(doc, str) else "a value"
            )
            message = (
                f"{src.name}: {NOT_A_BRIEFING}: the top level must be a mapping of sections,"
                f" and is {kind}"
            )
            problems.append(Located(src.name, yamlio.line_map(src).get(()), "", message))
            continue
        for key, value in doc.items():
            name = str(key)
            if name in merged:
                line = yamlio.line_map(src).get((name,))
                message = f"section {name!r} is already defined in {origin[name]}"
                problems.append(Located(src.name, line, name, message))
            else:
                merged[name], origin[name] = value, src.name
    return merged, problems, unknown


def parse_sources(sources: list[SourceFile]) -> dict[str, Any]:
    """Parse and merge the files of one briefing (no validation yet); raise on a bad file."""
    parsed, failed = _parse_each(sources)
    raw, clashes, _ = _merge(parsed)
    if failed or clashes:
        raise InvalidBriefing(by_place(failed + clashes))
    return raw


def _missing(sources: list[SourceFile], missing: list[str]) -> Located:
    """One problem for every section a part file or folder lacks, in place of one each."""
    if "source" in missing and "schema_version" in missing:
        missing.remove("schema_version")  # both live in source.yaml: one part, not two
    names = ", ".join(sorted(missing))
    folder = _folder(sources)
    if len(sources) == 1:
        where, advice = sources[0].name, f"validate the folder ({folder}), or add them to this file"
    else:
        where, advice = folder, "add the files that hold them to the folder"
    return Located(where, None, "", f"missing sections: {names} — {advice}")


def _foreign(sources: list[SourceFile], raw: dict[str, Any]) -> Located:
    """The problem of files that hold none of a briefing's parts."""
    where = sources[0].name if len(sources) == 1 else _folder(sources)
    if not raw:
        return Located(where, None, "", f"{where}: {NOT_A_BRIEFING}: it is empty")
    parts = ", ".join(schema.schema()["properties"])
    keys = ", ".join(sorted(raw)[:8]) + (", …" if len(raw) > 8 else "")
    message = (
        f"{where}: {NOT_A_BRIEFING}: it holds {keys}, and none of a briefing's parts ({parts})"
    )
    return Located(where, None, "", message)


def _provenance(
    raw: dict[str, Any], errors: list[checks.Problem], absent: list[str]
) -> tuple[list[checks.Problem], Briefing | None]:
    """Provenance problems of the records the schema accepted, at their original paths,
    and the typed briefing they were found on (None when it cannot be built)."""
    sorted_out = triage.Triage(raw, errors, absent)
    try:
        typed = from_raw(sorted_out.pruned)
    except (KeyError, TypeError, ValueError, AttributeError):
        if not errors and not absent:
            raise  # the schema accepted it, so from_raw must too: a bug, not bad data
        return [], None  # something the triage could not isolate; the schema says what
    from zzbrief.library.indicators import keys  # the vocabulary, from the cache when warm

    found = checks.provenance(typed, keys() or None)
    return [sorted_out.restore(p) for p in found if not sorted_out.knock_on(p)], typed


def inspect(sources: list[SourceFile]) -> Report:
    """Every problem and warning in a briefing, each with file and line, in reading order."""
    parsed, problems = _parse_each(sources)
    raw, clashes, unknown = _merge(parsed)
    raw, echoed = echoes.read_back(raw)  # records pasted from JSON output: read, with a warning
    problems += clashes
    errors = schema.schema_problems(raw)
    absent = [k for k in schema.schema()["required"] if k not in raw]
    # A missing section is one problem for them all, and none when a file that might hold
    # it could not be read: its own problem says why.
    required = {f"{k!r} is a required property" for k in absent}
    errors = [p for p in errors if p.path or p.message not in required]
    unread = unknown or len(parsed) < len(sources)
    if not unread and not raw.keys() & schema.schema()["properties"].keys():
        # No part of a briefing at all (an empty file, someone's config): one problem, not
        # a list of missing sections and unexpected keys.
        return Report(raw=raw, problems=by_place([*problems, _foreign(sources, raw)]))
    if absent and not unread:
        problems.append(_missing(sources, list(absent)))
    found, typed = _provenance(raw, errors, absent)
    marks = markers.todo_markers(raw)
    # The status may sit in a part that is missing or unreadable (a draft writes it in
    # source.yaml); then the markers are warnings, not a problem each on top of that one.
    final = markers.is_final(raw) and ("status" in raw or not (absent or unread))
    report = Report(raw=raw, hint=FINAL_HINT if final and marks else None)
    report.problems = by_place(
        problems + describe(sources, errors + found + (marks if final else []))
    )
    notes = _ambiguous_trillions(raw)
    report.warnings = by_place(describe(sources, echoed + ([] if final else marks) + notes))
    if not report.problems:
        report.briefing = typed
    return report


def _ambiguous_trillions(raw: dict[str, Any]) -> list[checks.Problem]:
    # 兆 after a number is 万亿 (10¹²) on a Taiwan page but a million in mainland units
    # (兆瓦): outside a traditional-script text nobody can tell which one a figure means.
    from zzbrief.text import scripts

    targets = raw.get("targets")
    if not isinstance(targets, list):
        return []
    found = []
    for i, t in enumerate(targets):
        figure = t.get("figure") if isinstance(t, dict) else None
        if isinstance(figure, str) and scripts.ambiguous_trillion(figure):
            found.append(
                checks.Problem(
                    ("targets", i, "figure"),
                    f"兆 in {figure!r} may be 万亿 (10^12, Taiwan usage) or a million"
                    " (mainland units such as 兆瓦): check the unit's factor",
                )
            )
    return found


def check(sources: list[SourceFile]) -> tuple[dict[str, Any], Briefing]:
    """Parse and fully validate a briefing; raise InvalidBriefing listing every problem."""
    report = inspect(sources)
    if report.problems or report.briefing is None:
        raise InvalidBriefing(report.problems, report.hint)
    return report.raw, report.briefing


def compile_sources(sources: list[SourceFile]) -> dict[str, dict[str, Any]]:
    """The parts the cache stores: the validated data and its precomputed search index."""
    raw, briefing = check(sources)
    return {
        "data": raw,
        **index.build(briefing),
        "synonyms": synonyms.build(briefing, _vocabulary()),
    }


def _vocabulary() -> Any:
    """The bundled indicator vocabulary, parsed, or None when this installation lacks it.

    Parsed once per process and content: search -b all compiles many briefings in one run.
    """
    from zzbrief.briefing.load import vocabulary_source

    source = vocabulary_source()
    if source is None:
        return None
    key = source.data
    if key not in _PARSED:
        _PARSED.clear()
        _PARSED[key] = yamlio.parse(source)
    return _PARSED[key]


_PARSED: dict[bytes, Any] = {}


@dataclass(frozen=True)
class Validation:
    """What ``zzbrief validate`` shows: problems, a draft's warnings, and a one-line summary."""

    problems: list[Located]
    warnings: list[Located]
    summary: str
    hint: str | None = None


def validate_path(path: str | None) -> Validation:
    """Validate a briefing file or folder (None: the bundled one); never raises DataError."""
    from zzbrief.briefing.load import read_sources

    where = path or "the bundled briefing"
    try:
        sources = read_sources(path)
    except DataError as err:  # missing, a FIFO, too large: nothing to check
        return Validation(
            [Located(str(where), None, "", err.message)], [], f"{where}: cannot be read"
        )
    report = inspect(sources)
    warned = plural(len(report.warnings), "warning")
    if report.problems:
        summary = f"{where}: {plural(len(report.problems), 'problem')}"
        if report.warnings:
            summary += f", {warned}"
        return Validation(report.problems, report.warnings, summary, report.hint)
    b = report.briefing
    assert b is not None  # no problems: inspect typed it
    counts = ", ".join(
        plural(len(items), noun, many)
        for items, noun, many in (
            (b.targets, "target", None),
            (b.sentences, "sentence", None),
            (b.pillars, "pillar", None),
            (b.glossary, "glossary entry", "glossary entries"),
        )
    )
    if b.status == "draft":
        return Validation([], report.warnings, f"ok (draft): {warned}: {where}: {counts}")
    if report.warnings:  # records pasted from JSON output, ambiguous units: never TODO markers
        return Validation([], report.warnings, f"ok: {warned}: {where}: {counts}")
    return Validation([], [], f"ok: {where}: {counts}")
