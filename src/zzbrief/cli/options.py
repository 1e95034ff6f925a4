"""What every command shares: the option aliases, declared once, and the show/emit path.

``--format``, ``--lang`` and ``--no-color`` are ``Annotated`` aliases reused by every
listing command. ``show`` loads the briefing, builds a view and writes it; nothing here
imports Rich, YAML or the data until a command runs.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

import typer

from zzbrief.errors import ZzbriefError
from zzbrief.render import FORMATS  # small, and every command writes through it anyway

if TYPE_CHECKING:
    from zzbrief.briefing.model import Lang, Target
    from zzbrief.briefing.store import Loaded
    from zzbrief.render.doc import View

LANGS = ("zh", "en", "both")


def report(err: ZzbriefError) -> None:
    """Print a domain error (and its hint) to stderr, escaped, never as markup."""
    from zzbrief.render.safe import clean

    lines = [f"zzbrief: {clean(err.message)}"]
    if err.hint:
        lines.append(clean(err.hint))
    sys.stderr.write("\n".join(lines) + "\n")


def choice_check(kind: str, choices: tuple[str, ...]) -> Callable[[str | None], str | None]:
    """An option callback: lower-case a valid choice; refuse others (exit 2) with a suggestion."""

    def check(value: str | None) -> str | None:
        if value is None or value.lower() in choices:
            return value.lower() if value else value
        from zzbrief.errors import unknown_choice

        err = unknown_choice(kind, value, choices)
        raise typer.BadParameter(f"{err.message} {err.hint}")

    return check


FormatOpt = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        callback=choice_check("format", FORMATS),
        metavar="FORMAT",
        help="table, plain, json, jsonl, csv, excel (CSV for Excel), yaml or md."
        " Default: table on a terminal, plain when piped.",
    ),
]
LangOpt = Annotated[
    str | None,
    typer.Option(
        "--lang",
        "-l",
        envvar="ZZBRIEF_LANG",
        callback=choice_check("language", LANGS),
        metavar="LANG",
        help="zh (default), en, or both. Also read from ZZBRIEF_LANG.",
    ),
]
NoColorOpt = Annotated[
    bool, typer.Option("--no-color", help="No colour (also NO_COLOR=1, TERM=dumb).")
]

#: --format, --lang and --no-color given before the command (``zzbrief -f json targets``).
root_options: dict[str, Any] = {}


def show(
    build: Callable[[Loaded, Lang], View], fmt: str | None, lang: str | None, no_color: bool
) -> None:
    """Load the briefing, build a view in the chosen language and write it in the chosen format."""
    from zzbrief.briefing import store

    emit(lambda lg: build(store.loaded(), lg), fmt, lang, no_color)


def emit(build: Callable[[Lang], View], fmt: str | None, lang: str | None, no_color: bool) -> None:
    """Build a view in the chosen language and write it in the chosen format."""
    from zzbrief import render
    from zzbrief.errors import NoMatch
    from zzbrief.render.env import detect

    env = detect(no_color=no_color or bool(root_options.get("no_color")))
    chosen: Lang = lang or root_options.get("lang") or "zh"  # type: ignore[assignment]
    fmt = fmt or root_options.get("fmt") or render.default_format(env)
    try:
        view = build(chosen)
    except NoMatch:
        if fmt == "json":  # a program reading JSON still gets JSON: no results
            env.out.write("[]\n")
        raise
    render.emit(view, fmt, env)


def pillar_names(incomplete: str) -> list[str]:
    """Shell completion for pillars: ids and slugs."""
    from zzbrief.briefing import store

    b = store.get()
    return [n for p in b.pillars for n in (str(p.id), p.slug) if n.startswith(incomplete)]


def sector_names(incomplete: str) -> list[str]:
    """Shell completion for sectors: codes and aliases."""
    from zzbrief.briefing import store

    names = [n for s in store.get().sectors for n in (s.code, *s.aliases)]
    return [n for n in names if n.lower().startswith(incomplete.lower())]


SectorOpt = Annotated[
    str | None,
    typer.Option(
        "--sector",
        "-s",
        metavar="SECTOR",
        autocompletion=sector_names,
        help="A sector code or alias, e.g. ev, nev, 新能源汽车 (see: zzbrief sectors).",
    ),
]
PillarOpt = Annotated[
    str | None,
    typer.Option(
        "--pillar",
        "-p",
        metavar="N",
        autocompletion=pillar_names,
        help="A pillar id (1-5) or slug.",
    ),
]


def selected_targets(d: Loaded, sector: str | None, pillar: str | None) -> list[Target]:
    """The targets ``--sector`` and ``--pillar`` ask for; a note on stderr when none match."""
    from zzbrief.briefing import query

    found = query.select_targets(d.briefing, sector, pillar)
    if not found:
        sys.stderr.write("zzbrief: no targets match these filters\n")
    return found
