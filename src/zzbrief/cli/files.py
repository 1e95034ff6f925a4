"""Commands that check or write briefing files: validate and export.

Registered in ``commands.COMMANDS`` like the others; kept apart because they work on files
rather than show the loaded briefing.
"""

import sys
from typing import Annotated, Any

import typer

from zzbrief.cli.commands import command
from zzbrief.cli.options import FormatOpt, NoColorOpt, choice_check, emit, write_file


@command
def validate(
    path: Annotated[
        str | None,
        typer.Argument(
            metavar="[PATH]", help="A briefing file or folder (default: the one in use)."
        ),
    ] = None,
    against: Annotated[
        list[str] | None,
        typer.Option(
            "--against",
            metavar="FILE",
            help="Also check every quote verbatim in your copy of the source text, and its"
            " SHA-256 against the recorded one. Repeat for the next year's report.",
        ),
    ] = None,
    fmt: FormatOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Check a briefing and list every problem.

    Checks the schema and the provenance rules (quotes verbatim, figures = value + unit).

    Exits 0 when the briefing is clean and 1 when it is not. A draft (status: draft) may
    hold TODO markers: they are listed as warnings and it exits 0; in a final briefing
    they are problems.

    With --against FILE, a target quote not in the text is a problem; an outcome quote (from
    the next report) not in any text given is a warning.

    \b
    Examples:
      zzbrief validate
      zzbrief validate my-briefing/ --format json
      zzbrief -b henan-2025 validate --against 2025.md --against 2026.md
    """
    from zzbrief.briefing import store
    from zzbrief.briefing.compile import validate_path
    from zzbrief.cli.options import one_briefing
    from zzbrief.views.validation import validation_view

    one_briefing()
    where = path if path is not None else store.selected()
    if against:
        from zzbrief.briefing.against import validate_against

        found = validate_against(where, against)
    else:
        found = validate_path(where)
    view = validation_view(found.problems, found.summary, found.warnings)
    emit(lambda lg: view, fmt, None, no_color)
    if found.problems:
        from zzbrief.errors import plural

        sys.stderr.write(f"zzbrief: {plural(len(found.problems), 'problem')} found\n")
        if found.hint:
            sys.stderr.write(f"zzbrief: {found.hint}\n")
        raise typer.Exit(1)


EXPORT_FORMATS = ("yaml", "json")


@command
def export(
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            callback=choice_check("export format", EXPORT_FORMATS),
            metavar="FORMAT",
            help="yaml (default) or json; also taken from the root -f.",
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write to FILE instead of stdout."),
    ] = None,
) -> None:
    """Write the whole briefing, to edit and load with --data.

    The published schema, in YAML or JSON.

    \b
    Examples:
      zzbrief export -o briefing.yaml          (or: zzbrief export > briefing.yaml)
      zzbrief --data briefing.yaml export --format json
    """
    from zzbrief.briefing import store
    from zzbrief.briefing.raw import to_raw
    from zzbrief.cli.options import one_briefing, root_options

    one_briefing()
    fmt = fmt or root_options.get("fmt") or "yaml"
    if fmt not in EXPORT_FORMATS:  # `zzbrief -f csv export`: say so rather than ignore it
        from zzbrief.errors import unknown_choice

        raise unknown_choice("export format", fmt, EXPORT_FORMATS)
    text = _exported(to_raw(store.get()), fmt)
    if output is None:
        sys.stdout.write(text)
    else:
        write_file(output, text)


def _exported(data: dict[str, Any], fmt: str) -> str:
    """The briefing's raw data as export writes it: indented JSON, or our YAML."""
    if fmt == "json":
        import json

        from zzbrief.render.safe import escape_c1

        return escape_c1(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"
    from zzbrief.briefing.yamlio import dump

    return dump(data)
