"""The view of ``zzbrief validate``: every problem and warning with file, line and path."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from zzbrief.briefing.compile import Located
from zzbrief.render.doc import Block, Column, Para, Table, View

COLUMNS = (
    Column("File", ratio=1),
    Column("Line", justify="right", nowrap=True),
    Column("Path", ratio=1),
    Column("Problem", ratio=3),
)


def _records(items: Sequence[Located]) -> list[dict[str, Any]]:
    return [{"file": p.file, "line": p.line, "path": p.path, "message": p.message} for p in items]


def _table(items: Sequence[Located], title: str | None) -> Table:
    rows = tuple((p.file, "" if p.line is None else str(p.line), p.path, p.message) for p in items)
    return Table(COLUMNS, rows, title=title, primary=title == "problems")


def validation_view(
    problems: Sequence[Located], summary: str, warnings: Sequence[Located] = ()
) -> View:
    """``zzbrief validate``: problems, then a draft's warnings, each with file, line and path.

    A clean briefing shows its one-line summary; a draft with warnings only lists them and
    puts the summary under them (on stderr in plain output, so stdout stays one per line).
    JSON: ``ok``, ``summary``, ``problems`` and ``warnings``, each a list of
    ``{file, line, path, message}``.
    """
    data = {
        "ok": not problems,
        "summary": summary,
        "problems": _records(problems),
        "warnings": _records(warnings),
    }
    blocks: list[Block] = []
    if problems:
        blocks.append(_table(problems, "problems" if warnings else None))
    if warnings:
        blocks.append(_table(warnings, "warnings"))
    if not problems:
        blocks.append(Para(summary, aside=bool(warnings)))
    return View(tuple(blocks), data, rows_key="problems")
