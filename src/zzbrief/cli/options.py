"""What every command shares: the option aliases, declared once, and the show/emit path.

``--format``, ``--lang`` and ``--no-color`` are ``Annotated`` aliases reused by every
listing command. ``show`` loads the briefing, builds a view and writes it; nothing here
imports Rich, YAML or the data until a command runs.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any

import typer

from zzbrief.errors import ZzbriefError
from zzbrief.render import FORMATS  # small, and every command writes through it anyway

if TYPE_CHECKING:
    from zzbrief.briefing.model import Lang, Target
    from zzbrief.briefing.store import Loaded
    from zzbrief.render.doc import View
    from zzbrief.render.env import Env

LANGS = ("zh", "en", "both")


def report(err: ZzbriefError) -> None:
    """Print a domain error (and its hint) to stderr, escaped, never as markup."""
    from zzbrief.render.safe import clean

    lines = [f"zzbrief: {clean(err.message)}"]
    if err.hint:
        lines.append(clean(err.hint))
    sys.stderr.write("\n".join(lines) + "\n")


@contextmanager
def writing(target: str) -> Iterator[None]:
    """Writing the file or folder ``target``: a failure names it (``cannot write mine.yaml:
    No space left on device``), where the system error alone may name no file."""
    try:
        yield
    except OSError as err:
        from zzbrief.errors import write_failure

        raise write_failure(err, target) from None


def write_file(path: str, text: str) -> None:
    """Write ``text`` to the file at ``path`` as UTF-8; a failure is an error naming it."""
    with writing(path), open(path, "w", encoding="utf-8") as out:
        out.write(text)


def choice_check(kind: str, choices: tuple[str, ...]) -> Callable[[str | None], str | None]:
    """An option callback: lower-case a valid choice; refuse others (exit 2) with a suggestion."""

    def check(value: str | None) -> str | None:
        if value is None or value.lower() in choices:
            return value.lower() if value else value
        from zzbrief.errors import unknown_choice

        err = unknown_choice(kind, value, choices)
        raise typer.BadParameter(f"{err.message} {err.hint}")

    return check


def whole_numbers(command: Any) -> None:
    """Give every integer option of ``command`` our wording for a bad value.

    Click says ``'abc' is not a valid int range``; we say ``--limit takes a whole number,
    got 'abc'``. Applied to each command as it is built, so an option added later with a
    plain ``int`` annotation gets it too.
    """
    from typer._click.types import IntParamType  # Typer 0.28 vendors click

    for param in command.params:
        if isinstance(param.type, IntParamType) and not isinstance(param.type, WholeNumber):
            param.type = WholeNumber(getattr(param.type, "min", None))


def _whole_number_type() -> type:
    from typer._click.exceptions import UsageError
    from typer._click.types import ParamType

    class Whole(ParamType):
        """An integer option, with a plain message when the value is not one."""

        name = "integer"

        def __init__(self, minimum: int | None = None) -> None:
            self.minimum = minimum

        def convert(self, value: Any, param: Any, ctx: Any) -> int:
            option = param.opts[0] if param is not None and param.opts else "this option"
            try:  # int() reads full-width digits (１０) as well
                number = value if isinstance(value, int) else int(str(value).strip())
            except ValueError:
                raise UsageError(f"{option} takes a whole number, got {value!r}", ctx) from None
            if self.minimum is not None and number < self.minimum:
                least = f"a whole number of {self.minimum} or more"
                raise UsageError(f"{option} takes {least}, got {value!r}", ctx)
            return int(number)

    return Whole


WholeNumber: Any = _whole_number_type()


def _complete_from(choices: tuple[str, ...]) -> Callable[[str], list[str]]:
    return lambda incomplete: [c for c in choices if c.startswith(incomplete)]


FormatOpt = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        callback=choice_check("format", FORMATS),
        autocompletion=_complete_from(FORMATS),
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
        autocompletion=_complete_from(LANGS),
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

    one_briefing()
    emit(lambda lg: build(store.loaded(), lg), fmt, lang, no_color)


def one_briefing() -> None:
    """Refuse ``-b all`` for a command that shows one briefing (exit 2)."""
    if root_options.get("briefing") == "all":
        from zzbrief.errors import UsageProblem

        raise UsageProblem(
            "-b all works with search only; other commands show one briefing.",
            hint="Pick one: zzbrief -b ID … (see: zzbrief briefings)",
        )


def emit(build: Callable[[Lang], View], fmt: str | None, lang: str | None, no_color: bool) -> None:
    """Build a view in the chosen language and write it in the chosen format.

    Language: the option, ``ZZBRIEF_LANG`` (read by the option), the root option, the
    config file, then Chinese. Format: the option or root option, the config file's on a
    terminal only, then table on a terminal and plain when piped.
    """
    from zzbrief import render
    from zzbrief.cli.settings import setting
    from zzbrief.errors import NoMatch
    from zzbrief.render.env import detect

    color = root_options.get("color") or setting("color") or "auto"
    env = detect(no_color=no_color or bool(root_options.get("no_color")), color=color)
    chosen: Lang = lang or root_options.get("lang") or setting("lang") or "zh"  # type: ignore[assignment]
    configured = setting("format") if env.out_tty else None
    fmt = fmt or root_options.get("fmt") or _known_format(configured) or render.default_format(env)
    try:
        view = build(chosen)
    except NoMatch:
        if fmt == "json":  # a program reading JSON still gets JSON: no results
            env.out.write("[]\n")
        raise
    _write(view, fmt, env)


def _known_format(name: str | None) -> str | None:
    from zzbrief.render import FORMATS

    return name if name in FORMATS else None


def _write(view: View, fmt: str, env: Env) -> None:
    # Human formats on a terminal may go through a pager; everything else is written as is.
    from zzbrief import render

    pager = None
    if env.out_tty and fmt in ("table", "plain", "md"):
        from zzbrief.cli.settings import setting
        from zzbrief.render.pager import pager_command

        pager = pager_command(setting("pager"), bool(root_options.get("no_pager")))
    if pager is None:
        render.emit(view, fmt, env)
        return
    import io
    import shutil

    from zzbrief.render.env import Env
    from zzbrief.render.pager import page

    buffer = io.StringIO()
    width = env.width or shutil.get_terminal_size().columns
    render.emit(view, fmt, Env(buffer, env.err, True, env.err_tty, env.color, env.err_color, width))
    page(buffer.getvalue(), pager, env)


def pillar_names(incomplete: str) -> list[str]:
    """Shell completion for pillars: ids and slugs."""
    from zzbrief.briefing import store

    b = store.get()
    return [n for p in b.pillars for n in (str(p.id), p.slug) if n.startswith(incomplete)]


def sector_names(incomplete: str) -> list[str]:
    """Shell completion for sectors: the codes; the ~100 aliases only when no code fits."""
    from zzbrief.briefing import store

    sectors = store.get().sectors
    wanted = incomplete.lower()
    codes = [s.code for s in sectors if s.code.startswith(wanted)]
    return codes or [a for s in sectors for a in s.aliases if a.lower().startswith(wanted)]


def target_names(incomplete: str) -> list[str]:
    """Shell completion for target ids."""
    from zzbrief.briefing import store

    return [t.id for t in store.get().targets if t.id.startswith(incomplete)]


def briefing_names(incomplete: str) -> list[str]:
    """Shell completion for -b: the library's ids (a folder listing, no file opened), and all."""
    from zzbrief.library.catalogue import ids

    return [n for n in (*ids(), "all") if n.startswith(incomplete)]


def glossary_names(incomplete: str) -> list[str]:
    """Shell completion for glossary terms: ids, then Chinese terms."""
    from zzbrief.briefing import store

    entries = store.get().glossary
    return [n for g in entries for n in (g.id, g.term.zh) if n.startswith(incomplete)]


SectorOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--sector",
        "-s",
        metavar="SECTOR",
        autocompletion=sector_names,
        help="A sector code or alias, e.g. ev, nev, 新能源汽车 (see: zzbrief sectors)."
        " Repeat for several: targets in any of them.",
    ),
]
PillarOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--pillar",
        "-p",
        metavar="N",
        autocompletion=pillar_names,
        help="A pillar: id (1-5), slug, heading or a word of it. Repeat for several.",
    ),
]


def selected_targets(
    d: Loaded, sectors: list[str] | None, pillars: list[str] | None
) -> list[Target]:
    """The targets ``--sector`` and ``--pillar`` ask for; a note on stderr when there are none:
    none that match the filters given, or none at all in the briefing."""
    from zzbrief.briefing import query

    found = query.select_targets(d.briefing, sectors or (), pillars or ())
    if found:
        return found
    given = [f"--sector {s}" for s in sectors or ()] + [f"--pillar {p}" for p in pillars or ()]
    if given:
        from zzbrief.render.safe import clean

        note = f"no targets match {clean(' '.join(given))}"
    elif d.briefing.status == "draft":
        note = "this draft has no targets: its text states no figure as a target"
    else:
        note = "this briefing has no targets"
    sys.stderr.write(f"zzbrief: {note}\n")
    return found
