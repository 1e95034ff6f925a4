"""Plain, CSV and Markdown writers: no colour, no box drawing, no truncation."""

from __future__ import annotations

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
            out.write(one_line(str(block.text)) + "\n")


def write_csv(view: View, env: Env) -> None:
    """One table as CSV with a header row: the primary one, or the first.

    A view with no table (the article) becomes one ``text`` column, a row per block.
    """
    import csv

    writer = csv.writer(env.out, lineterminator="\n")
    tables = [b for b in view.blocks if isinstance(b, Table)]
    if not tables:
        writer.writerow(["text"])
        writer.writerows([clean(str(b.text))] for b in view.blocks if not isinstance(b, Table))
        return
    table = next((t for t in tables if t.primary), tables[0])
    writer.writerow([clean(c.header) for c in table.columns])
    writer.writerows([clean(str(c)) for c in row] for row in table.rows)


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
