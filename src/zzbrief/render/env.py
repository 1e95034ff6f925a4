"""The terminal environment, detected once and injected, so tests can swap in a fake."""

from __future__ import annotations

import contextlib
import os
import sys
from typing import TextIO

from zzbrief.slots import Record


class Env(Record):
    """Where output goes, and what the streams can do."""

    __slots__ = ("color", "err", "err_color", "err_tty", "out", "out_tty", "width")

    out: TextIO
    err: TextIO
    out_tty: bool
    err_tty: bool
    color: bool
    err_color: bool
    width: int | None

    def __init__(
        self,
        out: TextIO,
        err: TextIO,
        out_tty: bool,
        err_tty: bool,
        color: bool,
        err_color: bool,
        width: int | None = None,
    ) -> None:
        self.out = out
        self.err = err
        self.out_tty = out_tty
        self.err_tty = err_tty
        self.color = color
        self.err_color = err_color
        self.width = width


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def colour_allowed(no_color: bool = False) -> bool:
    """False under NO_COLOR (set and not empty), TERM=dumb or --no-color."""
    return not (no_color or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb")


def colour_choice(no_color: bool = False, color: str = "auto") -> bool | None:
    """True to colour, False never to, None to colour only a terminal.

    The command line wins (``--no-color``, ``--color never|always``); then NO_COLOR and
    TERM=dumb; then FORCE_COLOR (set, and not "0"); then ``auto``.
    """
    if no_color or color == "never":
        return False
    if color == "always":
        return True
    if not colour_allowed():
        return False
    force = os.environ.get("FORCE_COLOR")
    return True if force and force != "0" else None


def _width() -> int | None:
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        return None
    return max(20, min(columns, 1000))  # a silly COLUMNS must not break layout


def detect(
    no_color: bool = False,
    out: TextIO | None = None,
    err: TextIO | None = None,
    color: str = "auto",
) -> Env:
    """The real environment: the process's streams, checked separately for TTY and colour."""
    out = out or sys.stdout
    err = err or sys.stderr
    for stream in (out, err):
        # An ASCII-only stream (PYTHONIOENCODING=ascii) shows \u escapes instead of crashing.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")
    choice = colour_choice(no_color, color)
    out_tty, err_tty = _isatty(out), _isatty(err)
    out_colour = out_tty if choice is None else choice
    err_colour = err_tty if choice is None else choice
    return Env(out, err, out_tty, err_tty, out_colour, err_colour, _width())
