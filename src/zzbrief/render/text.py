"""Plain, CSV and Markdown writers: no colour, no box drawing, no truncation."""

from __future__ import annotations

from typing import Any

from zzbrief.render.doc import Heading, Para, Table, View
from zzbrief.render.env import Env
from zzbrief.render.safe import clean, one_line


def write_plain(view: View, env: Env) -> None:
    """Tab-separated records, one per line; headings and paragraphs as single lines."""
    out = env.out
    for block in view.blocks:
        if isinstance(block, Table):
            for row in block.rows:
                out.write("\t".join(one_line(str(c)) for c in row) + "\n")
        elif isinstance(block, Heading):
            out.write(one_line(block.text) + "\n")
        else:
            (env.err if block.aside else out).write(one_line(str(block.text)) + "\n")


def csv_value(value: Any) -> str:
    """A JSON value as one CSV cell: scalars as JSON writes them (true, 7.5, empty for null),
    lists of scalars joined with "; ", anything nested as compact JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, str)):
        return str(value)
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return "; ".join(map(str, value))
    import json

    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write_csv(view: View, env: Env, excel: bool = False) -> None:
    """The view's records as CSV. The header row is the JSON keys, whatever the language.

    ``excel``: a UTF-8 byte-order mark and CRLF line ends, which Excel needs to read
    Chinese text as UTF-8 when it opens the file.
    """
    import csv

    records = view.flat if view.flat is not None else view.records
    if not records:
        return  # no rows, no header: an empty file, as `jq -r` of [] gives
    keys = list(dict.fromkeys(k for r in records for k in r))
    if excel:
        env.out.write("\ufeff")
    writer = csv.writer(env.out, lineterminator="\r\n" if excel else "\n")
    writer.writerow(keys)
    writer.writerows([clean(csv_value(r.get(k))) for k in keys] for r in records)


def write_jsonl(view: View, env: Env) -> None:
    """JSON Lines: one compact record per line, for streaming tools (jq -c, pandas)."""
    import json

    from zzbrief.render.safe import escape_c1

    for record in view.records:
        env.out.write(escape_c1(json.dumps(record, ensure_ascii=False)) + "\n")


def _md_text(text: str) -> str:
    # Markdown would read these as markup; the data is text.
    out = clean(text)
    for char in "\\`*_[]<>#|":
        out = out.replace(char, "\\" + char)
    return out


def write_md(view: View, env: Env) -> None:
    """GitHub-flavoured Markdown: headings, paragraphs and pipe tables."""
    parts: list[str] = []
    for block in view.blocks:
        if isinstance(block, Heading):
            parts.append(f"## {_md_text(block.text)}")
        elif isinstance(block, Para):
            parts.append(_md_text(str(block.text)))
        else:
            lines = []
            if block.title:
                lines.append(f"**{_md_text(block.title)}**\n")
            lines.append(
                "| " + " | ".join(_md_text(one_line(c.header)) for c in block.columns) + " |"
            )
            lines.append(
                "|"
                + "|".join(":---" if c.justify == "left" else "---:" for c in block.columns)
                + "|"
            )
            lines.extend(
                "| " + " | ".join(_md_text(one_line(str(c))) for c in row) + " |"
                for row in block.rows
            )
            parts.append("\n".join(lines))
    env.out.write("\n\n".join(parts) + "\n")
