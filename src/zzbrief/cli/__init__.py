"""The command line entry point: the Typer app, its root options, and error handling.

Domain errors become a message and an exit code in one place, ``ZzGroup.invoke``. The
commands live in ``cli/commands.py`` and are built lazily, one per run, by ``ZzGroup``.
"""

import os
import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from zzbrief import __version__
from zzbrief.cli import drafting, failures, files, library  # noqa: F401  (their commands)
from zzbrief.cli.commands import COMMANDS
from zzbrief.cli.options import (
    FormatOpt,
    LangOpt,
    NoColorOpt,
    briefing_names,
    choice_check,
    report,
    root_options,
    show,
    whole_numbers,
)
from zzbrief.errors import EXIT_FAILURE, EXIT_OK, ZzbriefError

CONTEXT = {"help_option_names": ["-h", "--help"]}
_built: dict[str, Any] = {}  # each command, built on first use


class ZzGroup(TyperGroup):
    """The root group: builds only the command being run, and handles errors in one place."""

    def list_commands(self, ctx: Any) -> list[str]:
        """Command names in help order, without building the commands."""
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """Build the one command asked for, through Typer as usual, once per process."""
        if cmd_name in _built:
            return _built[cmd_name]
        func = COMMANDS.get(cmd_name)
        if func is None:
            return None
        single = typer.Typer(rich_markup_mode=None, context_settings=CONTEXT, add_completion=False)
        single.command(cmd_name)(func)
        built = _built[cmd_name] = typer.main.get_command(single)
        whole_numbers(built)
        return built

    def own_options(self, cmd_name: str) -> list[str]:
        """The option names a command takes itself (for ``settings.hoist``)."""
        command = self.get_command(None, cmd_name)
        params = command.params if command is not None else []
        return [
            *CONTEXT["help_option_names"],
            *(n for p in params for n in failures.option_names(p)),
        ]

    def root_options(self) -> dict[str, bool]:
        """Every root option name, and whether it takes a value (for ``settings.hoist``)."""
        return {
            name: not (getattr(p, "is_flag", False) or getattr(p, "count", False))
            for p in self.params
            for name in failures.option_names(p)
        }

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """Resolve as click does; a mistyped command gets a "did you mean" from our list."""
        try:
            return super().resolve_command(ctx, args)
        except typer.BadParameter:
            raise
        except Exception as err:  # click's UsageError: suggest the closest command
            from zzbrief.errors import closest

            guess = closest(args[0], COMMANDS) if args else None
            message = getattr(err, "message", None)
            if guess and isinstance(message, str) and "Did you mean" not in message:
                err.message = f"{message.rstrip('.')}. Did you mean {guess!r}?"  # type: ignore[attr-defined]
            raise

    def main(  # type: ignore[override]
        self, args: Any = None, prog_name: Any = None, standalone_mode: bool = True, **extra: Any
    ) -> Any:
        """Parse and run; usage errors are written in our own style, not click's.

        Root options given after the command (``targets --data x``) are moved in front of
        it first (``settings.hoist``).
        """
        # Typer 0.28 vendors click as typer._click (pinned in pyproject.toml).
        from typer._click.exceptions import ClickException

        from zzbrief.cli.settings import hoist

        argv = list(sys.argv[1:] if args is None else args)
        argv = hoist(argv, self.root_options(), self.own_options)
        if os.environ.get("_ZZBRIEF_COMPLETE"):  # the shell asks for completions
            from typer._completion_classes import completion_init

            completion_init()  # registers the shells; add_completion=False skips it
        try:
            result = super().main(argv, prog_name, standalone_mode=False, **extra)
            code = result if isinstance(result, int) else 0
        except ClickException as err:
            failures.usage_error(err, argv, COMMANDS)
            code = err.exit_code
        except typer.Abort:
            sys.stderr.write("zzbrief: aborted\n")
            code = 1
        except OSError as err:
            # A write that failed, in any command or format, help included: standard output
            # (``> /dev/full``) or a file a command writes (``draft -o``). Reads turn their
            # own OSErrors into DataErrors, so what arrives here is a write.
            failures.write_failed(err)
            code = EXIT_FAILURE
        if standalone_mode:
            sys.exit(code)
        return code

    def invoke(self, ctx: Any) -> Any:
        """Run the command; domain errors and broken pipes end here, as exit codes.

        Output is flushed here, so that a closed pipe or a full disk met by the last
        buffered bytes is handled like one met mid-way (a full disk: see ``main``).
        """
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()
            return result
        except ZzbriefError as err:
            report(err)
            ctx.exit(err.exit_code)
        except BrokenPipeError:
            # The reader went away (``| head -1``): stop quietly, as cat does.
            failures.discard(sys.stdout)
            ctx.exit(EXIT_OK)
        return None


app = typer.Typer(
    cls=ZzGroup,
    name="zzbrief",
    rich_markup_mode=None,  # plain click help: Rich would cost ~25 ms on every --help
    pretty_exceptions_show_locals=False,
    context_settings=CONTEXT,
    no_args_is_help=False,
    add_completion=False,  # our own --show-completion SHELL and --install-completion SHELL
)


def _completion(install: bool) -> Any:
    def callback(ctx: typer.Context, value: str | None) -> None:
        if value is None or ctx.resilient_parsing:
            return
        from typer import _completion_shared as completion

        shell = value
        if shell not in ("bash", "zsh", "fish", "powershell", "pwsh"):
            raise typer.BadParameter(f"unknown shell {shell!r}; use bash, zsh, fish or pwsh")
        if install:
            shell, where = completion.install(shell=shell, prog_name="zzbrief")
            sys.stderr.write(f"zzbrief: {shell} completion installed in {where}\n")
        else:
            var = "_ZZBRIEF_COMPLETE"
            typer.echo(completion.get_completion_script(prog_name="zzbrief", complete_var=var,
                                                        shell=shell))  # fmt: skip
        raise typer.Exit()

    return callback


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
    briefing: Annotated[
        str | None,
        typer.Option(
            "--briefing",
            "-b",
            envvar="ZZBRIEF_BRIEFING",
            metavar="ID",
            autocompletion=briefing_names,
            help="Use this library briefing (see: zzbrief briefings); `all` with search."
            " --data wins over it.",
        ),
    ] = None,
    fmt: FormatOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
    color: Annotated[
        str | None,
        typer.Option(
            "--color",
            metavar="WHEN",
            callback=choice_check("color setting", ("auto", "always", "never")),
            help="auto (default), always or never. FORCE_COLOR=1 means always.",
        ),
    ] = None,
    no_pager: Annotated[
        bool, typer.Option("--no-pager", help="Never send long output through a pager.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
    show_completion: Annotated[
        str | None,
        typer.Option(
            "--show-completion",
            metavar="SHELL",
            is_eager=True,
            expose_value=False,
            callback=_completion(install=False),
            help="Print the completion script for SHELL: bash, zsh, fish or pwsh.",
        ),
    ] = None,
    install_completion: Annotated[
        str | None,
        typer.Option(
            "--install-completion",
            metavar="SHELL",
            is_eager=True,
            expose_value=False,
            callback=_completion(install=True),
            help="Install completion for SHELL: bash, zsh, fish or pwsh.",
        ),
    ] = None,
) -> None:
    """Zhengzhou's 2024 development plan, as the mayor set it out at the 2024 "two sessions".

    \b
    Examples:
      zzbrief                      the one-screen briefing
      zzbrief pillars              the plan's five pillars
      zzbrief targets --sector ev  new-energy vehicle targets
      zzbrief scorecard            did they deliver?
      zzbrief search 量子          what the plan says about quantum
    """
    from zzbrief.briefing import store

    store.use(data)
    root_options.update(fmt=fmt, lang=lang, no_color=no_color, color=color, no_pager=no_pager)
    if data is None:
        _pick_briefing(briefing)
    if ctx.invoked_subcommand is None:
        from zzbrief.views.listings import overview_view

        show(lambda d, lg: overview_view(d.briefing, lg), fmt, lang, no_color)


def _pick_briefing(briefing: str | None) -> None:
    # -b ID is the library file <ID>.yaml: a stat, never the library itself. `all` is for
    # the commands that work across briefings (search), which read it from root_options.
    from zzbrief.cli.settings import setting

    chosen = briefing or setting("briefing")
    if not chosen:
        return
    if chosen.strip().lower() == "all":
        root_options["briefing"] = "all"
        return
    from zzbrief.briefing import store
    from zzbrief.library.catalogue import path_of

    store.use(path_of(chosen))
    root_options["briefing"] = chosen


def _exit_code(code: object) -> int:
    # What sys.exit(code) would make of it: None is 0; a message is printed and means 1.
    if code is None or isinstance(code, int):
        return code or 0
    sys.stderr.write(f"{code}\n")
    return 1


def main() -> None:
    """Console-script entry point.

    After a command has finished, the process ends with ``os._exit`` once stdout and stderr
    are flushed: tearing down the interpreter (every module, every object) cost about 10 ms
    on each run, a fifth of a whole start (docs/PERFORMANCE.md). zzbrief registers no atexit
    work and holds no open files by then. A crash is left to the normal path, traceback and all.
    """
    try:
        app(prog_name="zzbrief")  # also under `python -m zzbrief`, for help and completion
        code = 0
    except SystemExit as done:
        code = _exit_code(done.code)
    if not failures.flush_all():
        code = code or EXIT_FAILURE
    os._exit(code)
