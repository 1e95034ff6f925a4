"""Domain errors, each with the exit code ``zzbrief.cli`` turns it into, in one place."""

from __future__ import annotations

from collections.abc import Iterable

#: Exit codes, as documented in the README.
EXIT_OK = 0
EXIT_FAILURE = 1  # a data problem, or nothing matched
EXIT_USAGE = 2  # the user asked for something that does not exist


class ZzbriefError(Exception):
    """Base class: a message for the user and the exit code that goes with it."""

    exit_code = EXIT_FAILURE

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class DataError(ZzbriefError):
    """The briefing data could not be read or is not valid."""


class NoMatch(ZzbriefError):
    """A search found nothing (exit 1, as grep does)."""


class UsageProblem(ZzbriefError):
    """The user named something that does not exist, or gave an empty query."""

    exit_code = EXIT_USAGE


def closest(word: str, choices: Iterable[str]) -> str | None:
    """Return the choice closest to ``word``, or None when nothing is close enough."""
    import difflib  # only on the error path

    options = list(choices)
    lowered = {c.lower(): c for c in options}
    hits = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.5)
    return lowered[hits[0]] if hits else None


def unknown_choice(
    kind: str, given: str, choices: Iterable[str], names: Iterable[str] | None = None
) -> UsageProblem:
    """Build the exit-2 error for an unknown sector, pillar or format, with a suggestion.

    ``choices`` are listed as the valid ones; the suggestion is the closest of ``names``
    (other accepted spellings, such as aliases), or of ``choices`` when none are given.
    """
    options = list(choices)
    guess = closest(given, options if names is None else names)
    message = f"unknown {kind} {given!r}."
    if guess is not None:
        message += f" Did you mean {guess!r}?"
    return UsageProblem(message, hint=f"Valid {kind}s: {', '.join(options)}")
