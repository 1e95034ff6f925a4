"""Reading an untrusted file's bytes, never more than a limit, never waiting on a FIFO.

Shared by the briefing loader and the plan drafter, which word their own messages from
``FileProblem``: a briefing's limit is for all its files together, a plan's for one file.
"""

from __future__ import annotations

import os
import stat


class FileProblem(Exception):
    """Why a file was not read: ``unreadable`` (``detail`` says why), ``not-regular``, or
    ``too-large`` (``size`` in bytes when stat knew it, None when the file grew)."""

    def __init__(self, kind: str, detail: str = "", size: int | None = None) -> None:
        super().__init__(kind)
        self.kind = kind
        self.detail = detail
        self.size = size


def read_limited(path: str, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; FileProblem otherwise."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise FileProblem("unreadable", str(exc.strerror or exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileProblem("not-regular")
        if info.st_size > limit:
            raise FileProblem("too-large", size=info.st_size)
        data = os.read(fd, limit + 1)  # never trust stat alone: the file may have grown
        while len(data) <= limit and (more := os.read(fd, limit + 1 - len(data))):
            data += more
    except OSError as exc:
        raise FileProblem("unreadable", str(exc.strerror or exc)) from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise FileProblem("too-large")
    return data
