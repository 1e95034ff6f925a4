"""The published JSON Schema for briefings, and validation against it.

jsonschema costs tens of milliseconds to import, so it loads only when a briefing is
compiled (a cache miss) or validated, never on an ordinary run.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from zzbrief.briefing.checks import Problem

SCHEMA_FILE = "briefing.schema.json"
_MAX_MESSAGE = 160


@cache
def schema() -> dict[str, Any]:
    """The briefing JSON Schema, as shipped in the package."""
    from importlib import resources

    text = resources.files("zzbrief").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def schema_problems(raw: Any) -> list[Problem]:
    """Every schema violation in ``raw``, each with its data path; empty when valid."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema())
    problems = []
    for error in validator.iter_errors(raw):
        message = error.message
        if len(message) > _MAX_MESSAGE:  # messages quote the bad value, which may be huge
            message = message[: _MAX_MESSAGE - 1] + "…"
        problems.append(Problem(tuple(error.absolute_path), message))
    problems.sort(key=lambda p: [str(x).zfill(6) for x in p.path])
    return problems
