"""The view of ``zzbrief validate``: every problem with file, line and path."""

from __future__ import annotations

from collections.abc import Sequence

from zzbrief.briefing.compile import Located
from zzbrief.render.doc import Column, Para, Table, View


def validation_view(problems: Sequence[Located], summary: str) -> View:
    """``zzbrief validate``: every problem with file, line and path; or a one-line summary."""
    if not problems:
        data = {"ok": True, "summary": summary, "problems": []}
        return View((Para(summary),), data, rows_key="problems")
    columns = (
        Column("file", ratio=1),
        Column("line", justify="right", nowrap=True),
        Column("path", ratio=1),
        Column("problem", ratio=3),
    )
    rows = tuple(
        (p.file, "" if p.line is None else str(p.line), p.path, p.message) for p in problems
    )
    data = {
        "ok": False,
        "summary": summary,
        "problems": [
            {"file": p.file, "line": p.line, "path": p.path, "message": p.message} for p in problems
        ],
    }
    return View((Table(columns, rows),), data, rows_key="problems")
