"""``zzbrief draft``: a Chinese plan text becomes a draft briefing, or a list of its figures.

The work is done by ``zzbrief.draft``, a library that knows nothing of the command line;
this module reads the input, turns the library's DraftError into our exit codes, and
writes the result.
"""

import sys
from typing import Annotated

import typer

from zzbrief.cli.commands import command
from zzbrief.cli.options import FormatOpt, LangOpt, NoColorOpt, emit, writing


@command
def draft(
    path: Annotated[
        str,
        typer.Argument(
            metavar="PATH", help="A plan as plain text or Markdown (UTF-8 or GBK); - reads stdin."
        ),
    ],
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", metavar="DIR", help="Write a draft briefing folder here."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Write into a folder that already holds files.")
    ] = False,
    fmt: FormatOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Turn a Chinese plan text into a draft briefing.

    Lists every figure found, for review; with -o, writes a draft briefing to edit.

    \b
    Examples:
      zzbrief draft report.txt                 the figures, for review
      zzbrief draft report.txt -o mydraft      then: zzbrief --data mydraft targets
    """
    from zzbrief import draft as drafting
    from zzbrief.briefing.load import MAX_BYTES
    from zzbrief.errors import DataError

    try:
        if path == "-":
            text = drafting.read_plan_stream(sys.stdin.buffer, MAX_BYTES)
        else:
            text = drafting.read_plan_path(path, MAX_BYTES)
        plan = drafting.extract(text)
        if output is None:
            from zzbrief.views.draft import draft_view

            emit(lambda lg: draft_view(plan, lg), fmt, lang, no_color)
            return
        name = "stdin" if path == "-" else path
        parts = drafting.briefing_parts(plan, name)
        with writing(output):
            written = drafting.write_folder(parts, output, force=force)
    except drafting.DraftError as err:
        where = "" if path == "-" or err.message.startswith(path) else f"{path}: "
        raise DataError(where + err.message) from None
    sys.stdout.write("".join(f"{p}\n" for p in written))
    sys.stderr.write(
        f"zzbrief: wrote a draft briefing to {output}. Next: zzbrief validate {output}"
        f" (lists the TODOs), then zzbrief --data {output} targets\n"
    )
