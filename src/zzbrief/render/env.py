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


def _width() -> int | None:
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        return None
    return max(20, min(columns, 1000))  # a silly COLUMNS must not break layout


def detect(no_color: bool = False, out: TextIO | None = None, err: TextIO | None = None) -> Env:
    """The real environment: the process's streams, checked separately for TTY and colour."""
    out = out or sys.stdout
    err = err or sys.stderr
    for stream in (out, err):
        # An ASCII-only stream (PYTHONIOENCODING=ascii) shows \u escapes instead of crashing.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")
    allowed = colour_allowed(no_color)
    out_tty, err_tty = _isatty(out), _isatty(err)
    return Env(out, err, out_tty, err_tty, allowed and out_tty, allowed and err_tty, _width())
