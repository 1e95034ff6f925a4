"""``validate --against FILE``: a briefing's quotes checked against a reader's own copy of
its source text, and the copy's SHA-256 against the one the briefing records.

The library does not ship the reports' full text, only short quotes. Anyone holding the
text (from the official page, or ``lawtext/gov``) can confirm every quote is verbatim in it.
A target's quote must be in one of the texts given: a missing one is a problem. An outcome's
quote comes from a later report, which may not be among them: a missing one is a warning.
Line breaks are ignored (a copy saved from a web page wraps lines where the file did not).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from zzbrief.briefing.checks import Path, Problem
from zzbrief.briefing.model import Briefing
from zzbrief.errors import DataError
from zzbrief.slots import Record

if TYPE_CHECKING:
    from zzbrief.briefing.compile import Validation

#: A report in the library is well under this; the limit keeps a wrong file from filling memory.
MAX_TEXT_BYTES = 16 * 1024 * 1024
_SPACE = re.compile(r"\s+")


class Text(Record):
    """A reader's copy of a source: its name, SHA-256 and text without line breaks."""

    __slots__ = ("flat", "name", "sha256")

    name: str
    sha256: str
    flat: str

    def __init__(self, name: str, sha256: str, flat: str) -> None:
        self.name = name
        self.sha256 = sha256
        self.flat = flat


def read_text(path: str) -> Text:
    """Read a source text (UTF-8 or GB18030) and hash its bytes; DataError when unreadable."""
    import hashlib

    from zzbrief.files import FileProblem, read_limited
    from zzbrief.text.reading import TextError, read_plan

    try:
        data = read_limited(path, MAX_TEXT_BYTES)
    except FileProblem as problem:
        raise DataError(f"{path}: cannot read: {problem.detail or problem.kind}") from None
    try:
        text = read_plan(data, MAX_TEXT_BYTES)
    except TextError as err:
        raise DataError(f"{path}: {err}") from None
    return Text(path, hashlib.sha256(data).hexdigest(), _SPACE.sub("", text))


def _found(quote: str, texts: Sequence[Text]) -> bool:
    flat = _SPACE.sub("", quote)
    return any(flat in t.flat for t in texts)


def check_quotes(b: Briefing, texts: Sequence[Text]) -> tuple[list[Problem], list[Problem], str]:
    """Problems (target quotes not found), warnings (outcome quotes not found) and a summary."""
    problems: list[Problem] = []
    warnings: list[Problem] = []
    targets = outcomes = found_t = found_o = 0
    for i, t in enumerate(b.targets):
        for j, m in enumerate(t.mentions):
            targets += 1
            if _found(m.quote, texts):
                found_t += 1
            else:
                at: Path = ("targets", i, "mentions", j, "quote")
                problems.append(Problem(at, f"{t.id}: quote not verbatim in the text: {m.quote}"))
        for j, o in enumerate(t.outcomes):
            if not o.quote:
                continue
            outcomes += 1
            if _found(o.quote, texts):
                found_o += 1
            else:
                at = ("targets", i, "outcomes", j, "quote")
                message = f"{t.id}: outcome {o.period}: quote not in the text: {o.quote}"
                warnings.append(Problem(at, message))
    summary = f"{found_t} of {targets} target quotes"
    if outcomes:
        summary += f" and {found_o} of {outcomes} outcome quotes"
    return problems, warnings, f"{summary} verbatim; {_hashes(b, texts)}"


def _hashes(b: Briefing, texts: Sequence[Text]) -> str:
    # The briefing records its own report's hash; a later report given for the outcomes
    # has none to compare, once the report itself is among the texts.
    recorded = b.source.text.sha256 if b.source.text else None
    matched = any(t.sha256 == recorded for t in texts)
    said = []
    for t in texts:
        if recorded is None:
            said.append(f"{t.name}: SHA-256 {t.sha256} (the briefing records none)")
        elif t.sha256 == recorded:
            said.append(f"{t.name}: SHA-256 {t.sha256}, the one recorded")
        elif matched:
            said.append(f"{t.name}: SHA-256 {t.sha256}")
        else:
            said.append(f"{t.name}: SHA-256 {t.sha256}, not the recorded {recorded}")
    return "; ".join(said)


def validate_against(path: str | None, files: Sequence[str]) -> Validation:
    """Validate a briefing (None: the bundled one), then check its quotes against ``files``.

    A briefing with problems of its own is reported as ``validate`` reports it; a text
    that cannot be read is one problem.
    """
    from zzbrief.briefing import store
    from zzbrief.briefing.compile import Located, Validation, describe, validate_path
    from zzbrief.briefing.load import read_sources

    found = validate_path(path)
    if found.problems:
        return found
    briefing = store.load(path).briefing  # valid, so compiled (and cached) by now
    try:
        texts = [read_text(f) for f in files]
    except DataError as err:
        return Validation([Located(str(files[0]), None, "", err.message)], [], err.message)
    sources = read_sources(path)
    problems, warnings, summary = check_quotes(briefing, texts)
    where = path or "the bundled briefing"
    return Validation(describe(sources, problems), describe(sources, warnings),
                      f"{where}: {summary}")  # fmt: skip
