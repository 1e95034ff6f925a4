"""Long output on a terminal goes through a pager, as git does.

The pager is ``$ZZBRIEF_PAGER``, else the config file's ``pager``, else ``$PAGER``, else
``less -FRX`` (quit if one screen, keep colours, leave the text on screen). It runs only
when stdout is a terminal and the text is taller than the window. ``--no-pager``,
``ZZBRIEF_PAGER=`` (empty), ``pager = never`` or ``PAGER=cat`` turn it off.
"""

from __future__ import annotations

import os
import shutil

from zzbrief.render.env import Env

DEFAULT = "less -FRX"


def pager_command(configured: str | None, disabled: bool) -> list[str] | None:
    """The pager to run as an argument list, or None for no pager."""
    if disabled:
        return None
    command = os.environ.get("ZZBRIEF_PAGER")
    if command is None:
        command = configured or os.environ.get("PAGER") or DEFAULT
    if command.strip() in ("", "never", "cat"):
        return None
    import shlex

    return shlex.split(command)


def window_height() -> int:
    """The terminal's height in lines."""
    return shutil.get_terminal_size(fallback=(80, 24)).lines


def page(text: str, command: list[str], env: Env) -> None:
    """Show ``text`` through ``command`` when it is taller than the window, else directly."""
    if text.count("\n") < window_height() or shutil.which(command[0]) is None:
        env.out.write(text)
        return
    import subprocess

    env.out.flush()
    try:
        with subprocess.Popen(command, stdin=subprocess.PIPE, encoding="utf-8") as proc:
            assert proc.stdin is not None
            try:
                proc.stdin.write(text)
                proc.stdin.close()
            except BrokenPipeError:
                pass  # the reader quit the pager early: nothing is wrong
    except OSError:
        env.out.write(text)  # the pager could not start; the text still reaches the user
