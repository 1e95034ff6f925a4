"""The labelled development corpus of real plans: load the labels, find their texts, check them.

Each file in ``labels/`` describes one text and its labelled figures (see README.md here):

    text:     where the text is (``repo: lawtext/gov`` with ``path``, ``commit`` and ``sha256``,
              or ``repo: page`` with ``path`` under ``pages/``), its ``url``, ``kind``, ``script``
    labelled: ranges ``[start, end)`` of the decoded text in which every figure is labelled
    labels:   one per figure: ``start``, ``figure``, ``role``, ``comparator``, ``aspiration``,
              ``range_high``, ``metric``, ``clause``, and a ``reason`` for a non-figure

    python benchmarks/corpus/labels.py --corpus /path/to/lawtext-gov    # check every label

A lawtext/gov text is read from a local copy of that repository (``--corpus``); it is never
bundled. Page excerpts are short and live in ``pages/``, so they are checked without a corpus.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROLES = ("target", "reported", "none")
COMPARATORS = ("=", ">", "≥", "≈", "≤", "<")
KINDS = (
    "full-report",
    "plan-execution",
    "livelihood",
    "department",
    "interview",
    "five-year",
    "excerpt",
)


@dataclass
class Text:
    """One labelled text: where it is, its labels, and (once read) its decoded content."""

    name: str
    meta: dict[str, Any]
    labelled: list[tuple[int, int]]
    labels: list[dict[str, Any]]
    content: str | None = None


def decode(data: bytes) -> str:
    """Bytes as the labels count them: UTF-8, a leading byte-order mark dropped."""
    return data.decode("utf-8-sig")


def load_all(folder: Path = HERE / "labels") -> list[Text]:
    """Every label file, in name order."""
    out = []
    for path in sorted(folder.glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        ranges = [(int(a), int(b)) for a, b in raw.get("labelled", [])]
        out.append(Text(path.stem, raw["text"], ranges, raw.get("labels") or []))
    return out


def source_path(text: Text, corpus: Path | None) -> Path | None:
    """Where the text's bytes are: pages/ for a page, the corpus copy for lawtext/gov."""
    if text.meta.get("repo") == "page":
        return HERE / "pages" / text.meta["path"]
    return corpus / text.meta["path"] if corpus is not None else None


def read(text: Text, corpus: Path | None) -> str | None:
    """The decoded text, after checking its SHA-256; None when no copy is at hand."""
    path = source_path(text, corpus)
    if path is None or not path.exists():
        return None
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != text.meta.get("sha256"):
        raise ValueError(f"{text.name}: sha256 {digest} differs from the label file's")
    text.content = decode(data)
    return text.content


def problems(text: Text) -> list[str]:
    """Everything wrong with one text's labels (the text itself is checked when it was read)."""
    out: list[str] = []
    meta = text.meta
    for key in ("repo", "path", "url", "kind", "script", "sha256"):
        if not meta.get(key):
            out.append(f"{text.name}: text.{key} is missing")
    if meta.get("kind") not in KINDS:
        out.append(f"{text.name}: text.kind {meta.get('kind')!r} is not one of {KINDS}")
    if not text.labelled:
        out.append(f"{text.name}: no labelled ranges")
    last = -1
    for i, lab in enumerate(text.labels):
        where = f"{text.name}: labels[{i}] ({lab.get('figure')!r})"
        start, figure, clause = lab.get("start"), lab.get("figure"), lab.get("clause")
        if not isinstance(start, int) or not isinstance(figure, str) or not figure:
            out.append(f"{where}: start and figure are required")
            continue
        if start <= last:
            out.append(f"{where}: labels must be in text order, one per figure")
        last = start
        if not any(a <= start < b for a, b in text.labelled):
            out.append(f"{where}: start {start} lies outside every labelled range")
        if lab.get("role") not in ROLES:
            out.append(f"{where}: role must be one of {ROLES}")
        if lab.get("role") == "none" and not lab.get("reason"):
            out.append(f"{where}: a non-figure needs a reason")
        if lab.get("role") != "none" and lab.get("comparator") not in COMPARATORS:
            out.append(f"{where}: comparator must be one of {COMPARATORS}")
        if lab.get("role") == "target" and not lab.get("metric"):
            out.append(f"{where}: a target needs a metric")
        if not isinstance(clause, str) or figure not in clause:
            out.append(f"{where}: the clause must contain the figure")
            continue
        body = text.content
        if body is None:
            continue
        if body[start : start + len(figure)] != figure:
            out.append(f"{where}: the text at {start} is {body[start : start + len(figure)]!r}")
            continue
        at = clause.index(figure)
        if body[start - at : start - at + len(clause)] != clause:
            out.append(f"{where}: the clause is not the text around the figure")
    return out


def main(argv: list[str] | None = None) -> int:
    """Check every label file; exit 1 if anything is wrong."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="a local copy of lawtext/gov")
    args = parser.parse_args(argv)
    found: list[str] = []
    counts: dict[str, int] = {}
    texts = load_all()
    for text in texts:
        try:
            if read(text, args.corpus) is None:
                note = f"{text.name}: no copy of the text; checked the labels alone"
                print(note, file=sys.stderr)
        except ValueError as exc:
            found.append(str(exc))
        found += problems(text)
        for lab in text.labels:
            counts[lab.get("role", "?")] = counts.get(lab.get("role", "?"), 0) + 1
    for line in found:
        print(line)
    print(f"{len(texts)} texts, {sum(counts.values())} labels {counts}, {len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
