"""How failures reach the user: click's usage errors in our style, writes that failed, and
closing the streams at exit. ``cli.ZzGroup`` calls these; nothing here runs on success.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable
from typing import Any

from zzbrief.cli.options import report


def option_names(param: Any) -> list[str]:
    """An option's names, --no-x forms included; none for an argument."""
    if getattr(param, "param_type_name", "") != "option":
        return []
    return [*param.opts, *param.secondary_opts]


def discard(stream: Any) -> None:
    """Point the stream's descriptor at /dev/null, so the flush at exit cannot fail again."""
    # A stream that is not a real file (a test's capture) has no descriptor to redirect.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())


def write_failed(err: OSError) -> None:
    """Report a write that failed (stdout, or a file a command writes) and stop writing."""
    from zzbrief.errors import write_failure

    discard(sys.stdout)  # what is still buffered cannot be written either
    report(write_failure(err))


def usage_error(err: Any, argv: list[str], commands: Iterable[str]) -> None:
    """One style for every usage error: "zzbrief: what went wrong", then how to get help."""
    from typer._click.exceptions import NoSuchOption

    from zzbrief.render.safe import clean

    ctx = getattr(err, "ctx", None)
    message = err.format_message().replace("\n", " ")
    if isinstance(err, NoSuchOption) and ctx is not None:
        # Click's own list ("Possible options: ...") becomes our did-you-mean.
        from zzbrief.errors import did_you_mean

        root = ctx.find_root()  # root options are accepted after the command too
        params = [*ctx.command.get_params(ctx), *root.command.get_params(root)]
        names = [n for p in params for n in option_names(p) if n.startswith("--")]
        message = f"unknown option {err.option_name!r}."
        hint = did_you_mean(err.option_name, names)
        message += f" {hint}" if hint else ""
    # Some of click's errors carry no context: name the command from the arguments.
    command = next((a for a in argv if a in set(commands)), None)
    path = ctx.command_path if ctx else f"zzbrief {command}" if command else "zzbrief"
    sys.stderr.write(f"zzbrief: {clean(message)}\nTry '{path} --help' for help.\n")


def flush_all() -> bool:
    """Flush both streams; False when stdout could not be written (a closed pipe is fine).

    Output written after a command (a usage error's, or help) meets a full disk only here.
    """
    written = True
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BrokenPipeError:
            discard(stream)
        except OSError as err:
            discard(stream)
            if stream is sys.stdout:
                from zzbrief.errors import write_failure

                with contextlib.suppress(OSError):
                    report(write_failure(err))
                    sys.stderr.flush()
                written = False
        except ValueError:
            pass
    return written
