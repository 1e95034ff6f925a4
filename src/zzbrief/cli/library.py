"""Commands over the library: ``briefings`` and ``compare``. Thin, like the others."""

from typing import TYPE_CHECKING, Annotated

import typer

from zzbrief.cli.commands import command
from zzbrief.cli.options import FormatOpt, LangOpt, NoColorOpt, choice_check, emit
from zzbrief.library import LEVEL_CHOICES, SORTS

if TYPE_CHECKING:
    from zzbrief.briefing.model import Lang
    from zzbrief.render.doc import View


@command
def briefings(fmt: FormatOpt = None, lang: LangOpt = None, no_color: NoColorOpt = False) -> None:
    """The library: every plan installed, to pick with -b ID.

    \b
    Examples:
      zzbrief briefings
      zzbrief briefings --format json
    """
    from zzbrief.library.catalogue import table
    from zzbrief.views.catalogue import briefings_view

    emit(lambda lg: briefings_view(table().entries(), lg), fmt, lang, no_color)
    note_left_out()


def note_left_out() -> None:
    """A note on stderr naming the library briefings left out for their problems."""
    import sys

    from zzbrief.errors import plural
    from zzbrief.library.catalogue import table

    left = table().left_out()
    if left:
        names = ", ".join(left[:5]) + (f" and {len(left) - 5} more" if len(left) > 5 else "")
        sys.stderr.write(
            f"zzbrief: left out, with problems: {plural(len(left), 'library briefing')}:"
            f" {names} (see: zzbrief -b {left[0]} validate)\n"
        )


@command
def compare(
    what: Annotated[
        list[str],
        typer.Argument(
            metavar="INDICATOR | ID ID",
            help="An indicator key (gdp-growth, cpi …) across the library, or two briefing ids.",
        ),
    ],
    year: Annotated[
        int | None, typer.Option("--year", "-y", metavar="YEAR", help="Plans for this year.")
    ] = None,
    level: Annotated[
        str | None,
        typer.Option(
            "--level",
            metavar="LEVEL",
            callback=choice_check("level", LEVEL_CHOICES),
            help="nation, province, city or all [default: the nation and the provinces].",
        ),
    ] = None,
    sort: Annotated[
        str,
        typer.Option(
            "--sort",
            metavar="BY",
            callback=choice_check("sort", SORTS),
            help="target (default) or outcome: highest first.",
        ),
    ] = "target",
    fmt: FormatOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """One indicator across plans, or two editions side by side.

    With an indicator: a row per briefing with its target, outcome and verdict. With two
    briefing ids: each indicator or metric marked raised, lowered, same, new or dropped.

    \b
    Examples:
      zzbrief compare gdp-growth --year 2025
      zzbrief compare gdp-growth --level province --sort outcome
      zzbrief compare gdp-growth --level all
      zzbrief compare zhengzhou-2025 zhengzhou-2026
    """
    from zzbrief.errors import UsageProblem

    if len(what) == 2:
        from zzbrief.library.compare import compare_editions
        from zzbrief.views.compare import editions_view

        ids, changes = compare_editions(what[0], what[1])
        emit(lambda lg: editions_view(ids, changes, lg), fmt, lang, no_color)
        return
    if len(what) != 1:
        raise UsageProblem(
            "compare takes one indicator, or two briefing ids.",
            hint="Try: zzbrief compare gdp-growth, or zzbrief compare ID ID",
        )
    from zzbrief.library.compare import across
    from zzbrief.library.indicators import lookup
    from zzbrief.views.compare import across_view

    indicator = lookup(what[0])

    from zzbrief.library.catalogue import table
    from zzbrief.library.compare import left_out

    every = table().rows(indicator.key)

    def build(lg: "Lang") -> "View":
        from zzbrief.errors import NoMatch

        rows = across(every, year, level, sort)
        if not rows:
            raise NoMatch(f"no briefing has a {indicator.key} target for these filters.")
        return across_view(indicator, rows, lg)

    emit(build, fmt, lang, no_color)
    note_left_out()
    note_cities(left_out(every, year, level))


def note_cities(rows: list[dict[str, object]]) -> None:
    """A note on stderr naming the city plans a default comparison leaves out."""
    import sys

    from zzbrief.errors import plural

    if rows:
        ids = ", ".join(str(r["briefing"]) for r in rows)
        left = plural(len(rows), "city plan")
        sys.stderr.write(
            f"zzbrief: showing the nation and the provinces; {left} not shown ({ids}):"
            " add --level city or --level all\n"
        )
