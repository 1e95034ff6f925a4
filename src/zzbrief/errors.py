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


def suggestions(word: str, choices: Iterable[str], limit: int = 3) -> list[str]:
    """The choices a user may have meant by ``word``, best first, at most ``limit``.

    A choice that equals or starts with the word (``gdp`` → ``gdp-growth``) comes first, then one
    that contains it (``output`` → ``ev-output``), then one the word starts with (``jsonn``
    → ``json``); when none does, the one closest by spelling
    (``evv`` → ``ev``). Case and full-width forms are ignored.
    """
    import difflib  # only on the error path
    import unicodedata

    def fold(text: str) -> str:
        return unicodedata.normalize("NFKC", text).strip().lower()

    folded: dict[str, str] = {}
    for choice in choices:
        folded.setdefault(fold(choice), choice)
    wanted = fold(word)
    if not wanted:
        return []
    ranked = [c for c in folded if c.startswith(wanted)]
    if len(wanted) >= 2:  # one letter is inside too many names to be a hint
        ranked += [c for c in folded if wanted in c]
        # A name with more typed after it (jsonn → json, english → en), longest first.
        ranked += sorted((c for c in folded if len(c) >= 2 and wanted.startswith(c)), key=len)[::-1]
    if not ranked:  # a typo: the one closest spelling, as a guess rather than a list
        # 0.6: below it short words meet by chance (GDP and DEPA share two letters of three).
        ranked = difflib.get_close_matches(wanted, list(folded), n=1, cutoff=0.6)
    return [folded[c] for c in dict.fromkeys(ranked)][:limit]


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice the user most likely meant by ``word`` (see ``suggestions``), or None."""
    found = suggestions(word, choices, limit=1)
    return found[0] if found else None


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """``Did you mean 'a'?``, or ``'a', 'b' or 'c'`` for several; None when nothing is close."""
    found = [repr(s) for s in suggestions(word, choices)]
    if not found:
        return None
    listed = found[0] if len(found) == 1 else f"{', '.join(found[:-1])} or {found[-1]}"
    return f"Did you mean {listed}?"


def plural(count: int, noun: str, many: str | None = None) -> str:
    """``1 pillar``, ``5 pillars``: a count with its noun in the right number, in English.

    ``many`` is the plural where adding ``s`` is wrong (``entry`` → ``entries``).
    """
    return f"{count} {noun if count == 1 else many or noun + 's'}"


def write_failure(err: OSError, target: str | None = None) -> ZzbriefError:
    """The error for output that could not be written: the file named by the system error,
    else ``target`` (a file or folder being written), else standard output."""
    where = err.filename or target
    reason = err.strerror or str(err) or type(err).__name__
    return ZzbriefError(f"cannot write {where or 'output'}: {reason}")


def unknown_choice(
    kind: str, given: str, choices: Iterable[str], names: Iterable[str] | None = None
) -> UsageProblem:
    """Build the exit-2 error for an unknown sector, pillar or format, with a suggestion.

    ``choices`` are listed as the valid ones; the suggestion is the closest of ``names``
    (other accepted spellings, such as aliases), or of ``choices`` when none are given.
    """
    options = list(choices)
    guess = did_you_mean(given, options if names is None else names)
    message = f"unknown {kind} {given!r}."
    if guess is not None:
        message += f" {guess}"
    return UsageProblem(message, hint=f"Valid {kind}s: {', '.join(options)}")
