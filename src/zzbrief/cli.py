"""The command line: parse, call the core, render, exit. Nothing else lives here.

Options shared by commands (--format, --lang, --no-color) are declared once as
``Annotated`` aliases. Domain errors become a message and an exit code in ``ZzGroup``.
Heavy modules are imported inside commands, so ``--help`` and completion stay fast.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from zzbrief import __version__
from zzbrief.errors import EXIT_OK, ZzbriefError

if TYPE_CHECKING:
    from zzbrief.model import Lang
    from zzbrief.render.doc import View
    from zzbrief.store import Loaded

FORMATS = ("table", "plain", "json", "csv", "yaml", "md")  # render.FORMATS, without importing it
LANGS = ("zh", "en", "both")


class ZzGroup(TyperGroup):
    """Turns domain errors and broken pipes into quiet exits, in one place."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except ZzbriefError as err:
            report(err)
            ctx.exit(err.exit_code)
        except BrokenPipeError:
            # The reader went away (``| head -1``): stop quietly, as cat does.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(EXIT_OK)
        return None


def report(err: ZzbriefError) -> None:
    """Print a domain error (and its hint) to stderr, escaped, never as markup."""
    from zzbrief.render.safe import clean

    lines = [f"zzbrief: {clean(err.message)}"]
    if err.hint:
        lines.append(clean(err.hint))
    sys.stderr.write("\n".join(lines) + "\n")


def _choice(kind: str, choices: tuple[str, ...]) -> Callable[[str | None], str | None]:
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
        callback=_choice("format", FORMATS),
        metavar="FORMAT",
        help="table, plain, json, csv, yaml or md. Default: table on a terminal, plain when piped.",
    ),
]
LangOpt = Annotated[
    str | None,
    typer.Option(
        "--lang",
        "-l",
        envvar="ZZBRIEF_LANG",
        callback=_choice("language", LANGS),
        metavar="LANG",
        help="zh (default), en, or both. Also read from ZZBRIEF_LANG.",
    ),
]
NoColorOpt = Annotated[
    bool, typer.Option("--no-color", help="No colour (also NO_COLOR=1, TERM=dumb).")
]

app = typer.Typer(
    cls=ZzGroup,
    name="zzbrief",
    rich_markup_mode=None,  # plain click help: Rich would cost ~25 ms on every --help
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=False,
)


#: --format, --lang and --no-color given before the command (``zzbrief -f json targets``).
_root_options: dict[str, Any] = {}


def show(
    build: Callable[[Loaded, Lang], View], fmt: str | None, lang: str | None, no_color: bool
) -> None:
    """Load the briefing, build a view in the chosen language and write it in the chosen format."""
    from zzbrief import store

    emit(lambda lg: build(store.loaded(), lg), fmt, lang, no_color)


def emit(build: Callable[[Lang], View], fmt: str | None, lang: str | None, no_color: bool) -> None:
    """Build a view in the chosen language and write it in the chosen format."""
    from zzbrief import render
    from zzbrief.render.env import detect

    env = detect(no_color=no_color or bool(_root_options.get("no_color")))
    chosen: Lang = lang or _root_options.get("lang") or "zh"  # type: ignore[assignment]
    fmt = fmt or _root_options.get("fmt") or render.default_format(env)
    render.emit(build(chosen), fmt, env)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"zzbrief {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    data: Annotated[
        str | None,
        typer.Option(
            "--data",
            envvar="ZZBRIEF_DATA",
            metavar="PATH",
            help="Use this briefing (a YAML file or folder) instead of the bundled one.",
        ),
    ] = None,
    fmt: FormatOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Zhengzhou's 2024 development plan, as the mayor set it out at the 2024 "two sessions".

    \b
    Examples:
      zzbrief                      the one-screen briefing
      zzbrief pillars              the plan's five pillars
      zzbrief targets --sector ev  new-energy vehicle targets
      zzbrief search 量子           what the plan says about quantum
    """
    from zzbrief import store

    store.use(data)
    _root_options.update(fmt=fmt, lang=lang, no_color=no_color)
    if ctx.invoked_subcommand is None:
        from zzbrief.views import overview_view

        show(lambda d, lg: overview_view(d.briefing, lg), fmt, lang, no_color)


def _pillar_names(incomplete: str) -> list[str]:
    from zzbrief import store

    b = store.get()
    return [n for p in b.pillars for n in (str(p.id), p.slug) if n.startswith(incomplete)]


def _sector_names(incomplete: str) -> list[str]:
    from zzbrief import store

    names = [n for s in store.get().sectors for n in (s.code, *s.aliases)]
    return [n for n in names if n.lower().startswith(incomplete.lower())]


PillarOpt = Annotated[
    str | None,
    typer.Option(
        "--pillar",
        "-p",
        metavar="N",
        autocompletion=_pillar_names,
        help="A pillar id (1-5) or slug.",
    ),
]


@app.command()
def pillars(
    pillar: Annotated[
        str | None,
        typer.Argument(
            metavar="[PILLAR]",
            autocompletion=_pillar_names,
            help="Show one pillar in full: its id (1-5) or slug.",
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
    from zzbrief import query, views

    if pillar is None:
        show(lambda d, lg: views.pillars_view(d.briefing, lg), fmt, lang, no_color)
    else:
        show(
            lambda d, lg: views.pillar_view(
                d.briefing, query.lookup_pillar(d.briefing, pillar), lg
            ),
            fmt,
            lang,
            no_color,
        )


@app.command()
def targets(
    sector: Annotated[
        str | None,
        typer.Option(
            "--sector",
            "-s",
            metavar="SECTOR",
            autocompletion=_sector_names,
            help="A sector code or alias, e.g. ev, nev, 新能源汽车 (see: zzbrief sectors).",
        ),
    ] = None,
    pillar: PillarOpt = None,
    fmt: FormatOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Every numeric target, with its figure as printed.

    \b
    Examples:
      zzbrief targets --sector ev
      zzbrief targets --pillar 5 --format json
    """
    from zzbrief import query, views

    def build(d: Loaded, lg: Lang) -> View:
        wanted = query.lookup_sector(d.briefing, sector) if sector is not None else None
        where = query.lookup_pillar(d.briefing, pillar) if pillar is not None else None
        found = query.filter_targets(d.briefing, wanted, where)
        if not found:
            sys.stderr.write("zzbrief: no targets match these filters\n")
        return views.targets_view(found, lg)

    show(build, fmt, lang, no_color)


@app.command()
def sectors(fmt: FormatOpt = None, lang: LangOpt = None, no_color: NoColorOpt = False) -> None:
    """Sector codes, names, aliases and how many targets each has.

    \b
    Examples:
      zzbrief sectors
      zzbrief sectors --lang en --format csv
    """
    from zzbrief import views

    show(lambda d, lg: views.sectors_view(d.briefing, lg), fmt, lang, no_color)


@app.command()
def search(
    words: Annotated[
        list[str], typer.Argument(metavar="QUERY...", help="Words to find (all of them).")
    ],
    any_mode: Annotated[bool, typer.Option("--any", help="Match any word instead of all.")] = False,
    limit: Annotated[
        int | None, typer.Option("--limit", "-n", min=1, help="Show at most N results.")
    ] = None,
    fmt: FormatOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """What the plan says about a topic, in Chinese, English, pinyin or traditional characters.

    \b
    Examples:
      zzbrief search 量子
      zzbrief search quantum        (or: liangzi, 電子資訊, "hydrogen energy")
    """
    from zzbrief import views
    from zzbrief.search import search as run_search

    show(
        lambda d, lg: views.search_view(
            d.briefing, run_search(d.briefing, d.index, words, any_mode, limit), lg
        ),
        fmt,
        lang,
        no_color,
    )


@app.command()
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
    from zzbrief import query, views

    def build(d: Loaded, lg: Lang) -> View:
        where = query.lookup_pillar(d.briefing, pillar) if pillar is not None else None
        return views.article_view(d.briefing, query.sections_for(d.briefing, where), lg)

    show(build, fmt, lang, no_color)


@app.command()
def glossary(
    term: Annotated[
        str | None,
        typer.Argument(metavar="[TERM]", help="A term in Chinese, English, pinyin or traditional."),
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
    from zzbrief import views_more
    from zzbrief.search import find_glossary

    if term is None:
        show(
            lambda d, lg: views_more.glossary_list_view(d.briefing.glossary, lg),
            fmt,
            lang,
            no_color,
        )
    else:
        show(
            lambda d, lg: views_more.glossary_entry_view(
                d.briefing, find_glossary(d.briefing, d.index, term), lg
            ),
            fmt,
            lang,
            no_color,
        )


@app.command()
def validate(
    path: Annotated[
        str | None,
        typer.Argument(
            metavar="[PATH]", help="A briefing file or folder (default: the one in use)."
        ),
    ] = None,
    fmt: FormatOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Check a briefing against the schema and the provenance rules; list every problem.

    Exits 0 when the briefing is clean and 1 when it is not.

    \b
    Examples:
      zzbrief validate
      zzbrief validate my-briefing/ --format json
    """
    from zzbrief import store, views_more
    from zzbrief.compile import validate_path

    problems, summary = validate_path(path if path is not None else store.selected())
    emit(lambda lg: views_more.validation_view(problems, summary), fmt, None, no_color)
    if problems:
        noun = "problem" if len(problems) == 1 else "problems"
        sys.stderr.write(f"zzbrief: {len(problems)} {noun} found\n")
        raise typer.Exit(1)


@app.command()
def export(
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            callback=_choice("export format", ("yaml", "json")),
            metavar="FORMAT",
            help="yaml (default) or json.",
        ),
    ] = "yaml",
) -> None:
    """Write the whole briefing in the published schema, to load again with --data.

    \b
    Examples:
      zzbrief export > briefing.yaml
      zzbrief --data briefing.yaml export --format json
    """
    from zzbrief import store
    from zzbrief.model import to_raw

    data = to_raw(store.get())
    if fmt == "json":
        import json

        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        from zzbrief.yamlio import dump

        sys.stdout.write(dump(data))


def main() -> None:
    """Console-script entry point."""
    app()
