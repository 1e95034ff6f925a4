"""A write that fails, on any command and format, is one line on stderr and exit 1.

Standard output that cannot be written (``> /dev/full``, or a stream whose write raises
ENOSPC) says ``zzbrief: cannot write output: <reason>``; a file or folder a command writes
(``export -o``, ``draft -o``) names itself. Never a traceback; a closed pipe stays quiet.
"""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, SEED, run
from zzbrief import cli
from zzbrief.render import FORMATS

FULL = os.strerror(errno.ENOSPC)  # "No space left on device"

#: Every command, each in a form that writes something on success.
COMMANDS = [
    [],
    ["pillars"],
    ["pillars", "3"],
    ["targets"],
    ["targets", "ev-output"],
    ["scorecard"],
    ["sectors"],
    ["search", "量子"],
    ["article", "--pillar", "1"],
    ["glossary"],
    ["glossary", "四高地"],
    ["draft", str(SEED)],
    ["validate", str(REPO / "README.md")],  # problems: a clean briefing has no CSV rows
    ["briefings"],
    ["compare", "gdp-growth"],
    ["compare", "zhengzhou-2025", "zhengzhou-2026"],
    ["-b", "zhengzhou-2025", "scorecard"],
]


class FullStream(io.StringIO):
    """A stdout on a full disk: every write fails as the system's would."""

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, FULL)

    def isatty(self) -> bool:
        return False


def run_full(args: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    """Run in-process with a stdout that cannot be written; return the exit code and stderr."""
    err = io.StringIO()
    monkeypatch.setattr(sys, "stdout", FullStream())
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setenv("COLUMNS", "100")
    code = cli.app(args, prog_name="zzbrief", standalone_mode=False)
    return code, err.getvalue()


def test_every_command_is_among_those_tried() -> None:
    from zzbrief.cli.commands import COMMANDS as REGISTERED

    tried = {args[0] for args in COMMANDS if args} | {"export"}
    assert set(REGISTERED) <= tried, "add the new command to COMMANDS above"


def all_cases() -> list[list[str]]:
    cases = [[*args, "--format", fmt] for args in COMMANDS for fmt in FORMATS]
    return [*cases, ["export"], ["export", "--format", "json"], ["--help"], ["targets", "-h"]]


@pytest.mark.parametrize("args", all_cases(), ids=" ".join)
def test_every_command_and_format_on_a_full_stdout(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, err = run_full(args, monkeypatch)
    assert code == 1
    assert err == f"zzbrief: cannot write output: {FULL}\n"


def _real(
    args: list[str], stdout: int | object, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "100", "ZZBRIEF_PAGER": ""}
    return subprocess.run(
        [sys.executable, "-m", "zzbrief", *args],
        stdout=stdout,  # type: ignore[arg-type]
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        check=False,
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
@pytest.mark.parametrize(
    "args",
    [["targets", "-f", fmt] for fmt in FORMATS]
    + [
        ["sectors", "-f", "json"],
        ["export"],
        ["--help"],
        ["validate", "-f", "json"],
        ["draft", str(SEED), "-f", "csv"],
    ],
    ids=" ".join,
)
def test_a_real_process_writing_into_dev_full(args: list[str]) -> None:
    # Small outputs ("sectors -f json") fail only when the buffer is flushed at exit.
    with open("/dev/full", "w") as full:
        done = _real(args, full)
    assert done.returncode == 1
    assert done.stderr == f"zzbrief: cannot write output: {FULL}\n"


def test_a_closed_pipe_stays_quiet() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "zzbrief", "article", "--format", "plain"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "ZZBRIEF_PAGER": ""},
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    assert proc.wait() == 0
    assert proc.stderr.read() == b""


UNWRITABLE = [
    ("/proc/zzbrief-test/out", "No such file or directory"),  # no such place, not creatable
    ("{tmp}/missing/out.yaml", "No such file or directory"),  # a missing parent (export)
    ("{tmp}/a-file/out", "Not a directory"),
]


@pytest.mark.parametrize(("where", "reason"), UNWRITABLE)
def test_export_to_an_unwritable_path(where: str, reason: str, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    target = where.format(tmp=tmp_path)
    result = run("export", "-o", target)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == f"zzbrief: cannot write {target}: {reason}\n"


@pytest.mark.parametrize(("where", "reason"), [UNWRITABLE[0], UNWRITABLE[2]])
def test_draft_to_an_unwritable_folder(where: str, reason: str, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    target = where.format(tmp=tmp_path)
    result = run("draft", str(SEED), "-o", target)
    assert result.exit_code == 1 and result.stdout == ""
    # The folder, or the first of its parents that could not be made, is named.
    named = result.stderr.removeprefix("zzbrief: cannot write ").removesuffix(f": {reason}\n")
    assert Path(named) in (Path(target), *Path(target).parents), result.stderr
    assert named.startswith(str(Path(target).parent))


def test_a_read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Permission bits do not stop root, so the refusal is injected where the file opens.
    import builtins

    real_open = builtins.open

    def refuse(file: object, mode: str = "r", *args: object, **kwargs: object) -> object:
        if "w" in mode:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(file))
        return real_open(file, mode, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", refuse)
    target = str(tmp_path / "ro" / "out.yaml")
    result = run("export", "-o", target)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == f"zzbrief: cannot write {target}: Permission denied\n"


def test_a_full_disk_under_a_written_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A full disk shows on write or close, where the system error names no file: the
    # message still names the file or folder being written.
    def full(self: Path, *args: object, **kwargs: object) -> int:
        raise OSError(errno.ENOSPC, FULL)

    monkeypatch.setattr(Path, "write_text", full)
    folder = tmp_path / "draft"
    result = run("draft", str(SEED), "-o", str(folder))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == f"zzbrief: cannot write {folder}: {FULL}\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
def test_export_into_dev_full_names_it() -> None:
    result = run("export", "-o", "/dev/full")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == f"zzbrief: cannot write /dev/full: {FULL}\n"


def test_export_to_a_file_writes_what_stdout_gets(tmp_path: Path) -> None:
    target = tmp_path / "mine.yaml"
    result = run("export", "-o", str(target))
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""
    assert target.read_text(encoding="utf-8") == run("export").stdout
