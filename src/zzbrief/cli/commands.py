"""The commands: thin adapters that parse arguments, call the core and show the result.

Each is registered in ``COMMANDS`` (in help order) rather than on the Typer app, so that
``cli.ZzGroup`` builds only the command being run: building all of them cost several
milliseconds of every start. For the same reason this module does not use
``from __future__ import annotations``: Typer would have to evaluate every string annotation.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

import typer

from zzbrief.cli.options import (
    FormatOpt,
    LangOpt,
    NoColorOpt,
    PillarOpt,
    SectorOpt,
    glossary_names,
    pillar_names,
    selected_targets,
    show,
    show_list,
    target_names,
)

if TYPE_CHECKING:
    pass

COMMANDS: dict[str, Callable[..., Any]] = {}


def command(func: Callable[..., Any]) -> Callable[..., Any]:
    """Register a command function under its own name."""
    COMMANDS[func.__name__] = func
    return func


@command
def pillars(
    pillar: Annotated[
        str | None,
        typer.Argument(
            metavar="[PILLAR]",
            autocompletion=pillar_names,
            help="Show one pillar in full: its id (1-5), slug, heading or a word of it.",
        ),
    ] = None,
    fmt: FormatOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """The plan's five pillars, or one pillar in full.

    \b
    Examples:
      zzbrief pillars
      zzbrief pillars 3 --lang en
    """
    from zzbrief.briefing import query
    from zzbrief.views import listings as views

    if pillar is None:
        show_list("pillars", lambda d, lg: views.pillars_view(d.briefing, lg), fmt, lang, no_color)
    else:
        show(
            lambda d, lg: views.pillar_view(
                d.briefing, query.lookup_pillar(d.briefing, pillar), lg
            ),
            fmt,
            lang,
            no_color,
        )


@command
def targets(
    target: Annotated[
        str | None,
        typer.Argument(
            metavar="[TARGET]",
            autocompletion=target_names,
            help="Show one target in full: its id, e.g. ev-output.",
        ),
    ] = None,
    sector: SectorOpt = None,
    pillar: PillarOpt = None,
    fmt: FormatOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Every numeric target with its figure, or one target in full.

    \b
    Examples:
      zzbrief targets --sector ev
      zzbrief targets ev-output --lang en
      zzbrief targets --pillar 5 --format json
    """
    from zzbrief.views import listings as views

    if target is not None:
        from zzbrief.briefing.query import lookup_target
        from zzbrief.views.target import target_view

        show(lambda d, lg: target_view(d.briefing, lookup_target(d.briefing, target), lg),
             fmt, lang, no_color)  # fmt: skip
        return
    show(
        lambda d, lg: views.targets_view(d.briefing, selected_targets(d, sector, pillar), lg),
        fmt,
        lang,
        no_color,
    )


@command
def scorecard(
    sector: SectorOpt = None,
    pillar: PillarOpt = None,
    fmt: FormatOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Did they deliver? Each target, its outcome and a verdict.

    Beside each target: the year before's actual (baseline), what was published for the
    plan year, and a verdict computed from the comparator.

    \b
    Examples:
      zzbrief scorecard
      zzbrief scorecard --sector ev --lang en
    """
    from zzbrief.views.scorecard import scorecard_view

    show(
        lambda d, lg: scorecard_view(d.briefing, selected_targets(d, sector, pillar), lg),
        fmt,
        lang,
        no_color,
    )


@command
def sectors(fmt: FormatOpt = None, lang: LangOpt = None, no_color: NoColorOpt = False) -> None:
    """Sector codes, names, aliases and how many targets each has.

    \b
    Examples:
      zzbrief sectors
      zzbrief sectors --lang en --format csv
    """
    from zzbrief.views import listings as views

    show_list("sectors", lambda d, lg: views.sectors_view(d.briefing, lg), fmt, lang, no_color)


@command
def search(
    words: Annotated[
        list[str], typer.Argument(metavar="QUERY...", help="Words to find (all of them).")
    ],
    any_mode: Annotated[bool, typer.Option("--any", help="Match any word instead of all.")] = False,
    limit: Annotated[
        int | None,
        typer.Option("--limit", "-n", min=1, metavar="N", help="Show at most N results."),
    ] = None,
    fmt: FormatOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """What the plan says about a topic, in any language or script.

    Chinese, English, pinyin or traditional characters; numbers match figures by value.

    \b
    Examples:
      zzbrief search 量子
      zzbrief search quantum        (or: liangzi, 電子資訊, "hydrogen energy")
      zzbrief search -b all 新质生产力   every briefing in the library
    """
    from zzbrief.cli.options import root_options

    if root_options.get("briefing") == "all":
        from zzbrief.cli.options import emit
        from zzbrief.library.search_all import search_all
        from zzbrief.views.catalogue import search_all_view

        def compiling(left: int) -> None:
            import sys

            # A cold cache compiles every briefing once (seconds each on a slow machine):
            # say so, rather than sit silent on the first run
            if left:
                sys.stderr.write(
                    f"zzbrief: compiling the library for search, once ({left + 1} briefings)…\n"
                )
                sys.stderr.flush()

        emit(
            lambda lg: search_all_view(search_all(words, any_mode, compiling), lg, limit),
            fmt,
            lang,
            no_color,
        )
        return
    from zzbrief.search.engine import search as run_search
    from zzbrief.views import listings as views

    # Every hit is found, then cut to --limit, so the view can say "3 of 39".
    show(
        lambda d, lg: views.search_view(
            d.briefing, run_search(d.briefing, d.index, words, any_mode), lg, limit
        ),
        fmt,
        lang,
        no_color,
    )


@command
def article(
    pillar: PillarOpt = None,
    fmt: FormatOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """The article, restored to reading order.

    \b
    Examples:
      zzbrief article --pillar 3
      zzbrief article --lang both
    """
    from zzbrief.briefing import query
    from zzbrief.views import listings as views

    show(
        lambda d, lg: views.article_view(
            d.briefing, query.sections_for_pillars(d.briefing, pillar or ()), lg
        ),
        fmt,
        lang,
        no_color,
    )


@command
def glossary(
    term: Annotated[
        str | None,
        typer.Argument(
            metavar="[TERM]",
            autocompletion=glossary_names,
            help="A term in Chinese, English, pinyin or traditional.",
        ),
    ] = None,
    fmt: FormatOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """The slogans, programmes and names the article uses, explained.

    \b
    Examples:
      zzbrief glossary
      zzbrief glossary 四高地       (or: "four highlands", sigaodi)
    """
    from zzbrief.search.engine import find_glossary
    from zzbrief.views import glossary as glossary_views

    if term is None:
        show_list(
            "glossary",
            lambda d, lg: glossary_views.glossary_list_view(d.briefing.glossary, lg),
            fmt,
            lang,
            no_color,
        )
    else:
        show(
            lambda d, lg: glossary_views.glossary_entry_view(
                d.briefing, find_glossary(d.briefing, d.index, term), lg
            ),
            fmt,
            lang,
            no_color,
        )
