"""Terminal manners: hostile strings shown, never obeyed; pipes, encodings, colour, widths."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import run
from zzbrief.briefing import store
from zzbrief.briefing.raw import to_raw
from zzbrief.briefing.yamlio import dump

HOSTILE = [
    "[bold]loud[/bold]",
    "[/oops",
    "[link=http://x]t[/link]",
    ":smile:",
    "\x1b[2Jcleared",
    "\x1b]8;;http://x\x07link\x1b]8;;\x07",
    "\x1b]52;c;cGF5bG9hZA==\x07",
    "bell\x07",
    "c1\x9bcsi\x85nel",
    "nul\x00del\x7f",
]
SGR = re.compile(r"\x1b\[[0-9;]*m")


def python_zzbrief(*args: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    """Run the installed package as a fresh process."""
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "zzbrief", *args], capture_output=True, timeout=60, **kwargs
    )


@pytest.fixture
def hostile_data(tmp_path: Path) -> Path:
    """A valid briefing whose free-text fields carry markup, emoji codes and control bytes."""
    raw = to_raw(store.load().briefing)
    for i, text in enumerate(HOSTILE):
        raw["targets"][i]["metric"]["zh"] = f"指标{text}"
        raw["targets"][i]["metric"]["en"] = f"metric {text}"
    raw["pillars"][0]["title_en"] = HOSTILE[0] + HOSTILE[4]
    raw["pillars"][0]["initiatives"][0]["en"] = HOSTILE[5]
    raw["sectors"][0]["en"] = HOSTILE[3] + HOSTILE[6]
    raw["article"]["sections"][1]["paragraphs"][0]["sentences"][0]["en"] = "量子" + HOSTILE[4]
    raw["glossary"][0]["explain"]["en"] = HOSTILE[7] + HOSTILE[8]
    path = tmp_path / "hostile.yaml"
    path.write_text(dump(raw), encoding="utf-8")
    return path


COMMANDS = [["targets"], ["pillars"], ["pillars", "1"], ["sectors"], ["article", "--pillar", "1"],
            ["glossary"], ["glossary", "两会"], ["search", "metric"], []]  # fmt: skip


@pytest.mark.parametrize("fmt", ["table", "plain", "csv", "md"])
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a) or "overview")
def test_hostile_data_never_reaches_the_terminal(
    hostile_data: Path, args: list[str], fmt: str
) -> None:
    result = run("--data", str(hostile_data), *args, "--format", fmt, "--lang", "both")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for byte in ("\x1b", "\x07", "\x9b", "\x00", "\x7f"):
        assert byte not in out, (byte, out[:200])
    assert "😄" not in out


def test_markup_prints_literally(hostile_data: Path) -> None:
    table = run("--data", str(hostile_data), "targets", "--format", "table", "--lang", "en").stdout
    assert "[bold]loud[/bold]" in table and "[/oops" in table and ":smile:" in table
    assert "\\x1b[2Jcleared" in table  # visibly escaped


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_hostile_strings_stay_intact_in_json_and_yaml(hostile_data: Path, fmt: str) -> None:
    result = run("--data", str(hostile_data), "targets", "--format", fmt)
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\x9b" not in result.stdout
    data = json.loads(result.stdout) if fmt == "json" else yaml.safe_load(result.stdout)
    assert [t["metric_en"] for t in data[: len(HOSTILE)]] == [f"metric {h}" for h in HOSTILE]


@pytest.mark.parametrize("query", ["\x1b[2J量子", "[bold]x", ":smile:", "\x07\x9b"])
def test_hostile_queries(query: str) -> None:
    result = run("search", query, "--format", "table")
    assert result.exit_code in (0, 1)
    for stream in (result.stdout, result.stderr):
        assert "\x1b" not in stream and "\x07" not in stream and "\x9b" not in stream
        assert "Traceback" not in stream


@pytest.mark.parametrize("args", [["targets"], ["export"], ["article", "--format", "json"]])
def test_broken_pipe_is_quiet(args: list[str]) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "zzbrief", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # as `head -1` does
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 0
    assert first.strip() and err == b""


@pytest.mark.parametrize("fmt", ["table", "plain", "json"])
def test_a_reader_gone_before_the_first_write_is_quiet(fmt: str) -> None:
    # The read end is closed before zzbrief writes, so the write itself fails (EPIPE), in
    # Rich's console too: exit 0 and nothing on stderr, whatever the format.
    read, write = os.pipe()
    os.close(read)
    proc = subprocess.run([sys.executable, "-m", "zzbrief", "scorecard", "-f", fmt],
                          stdout=write, stderr=subprocess.PIPE, timeout=60)  # fmt: skip
    os.close(write)
    assert proc.returncode == 0 and proc.stderr == b""


def test_head_dash_1_in_a_shell() -> None:
    shell = f"{sys.executable} -m zzbrief export | head -1; exit ${{PIPESTATUS[0]}}"
    result = subprocess.run(["bash", "-c", shell], capture_output=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout.count(b"\n") == 1 and result.stderr == b""


@pytest.mark.parametrize(
    "env", [{"PYTHONIOENCODING": "ascii"}, {"LANG": "C", "LC_ALL": "C"}], ids=["ascii", "C"]
)
@pytest.mark.parametrize(
    "args", [["pillars"], ["pillars", "--format", "table"], ["search", "量子"]]
)
def test_poor_encodings_degrade_readably(env: dict[str, str], args: list[str]) -> None:
    result = python_zzbrief(*args, env={**os.environ, **env})
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    out = result.stdout.decode("utf-8")
    assert "以更" in out or "\\u4ee5\\u66f4" in out  # 以更, shown or escaped


def run_in_pty(args: list[str], env: dict[str, str]) -> str:
    """Run zzbrief on a pseudo-terminal, as a person would, and return what it printed."""
    master, slave = pty.openpty()
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "zzbrief", *args],
        stdout=slave, stderr=slave, stdin=slave, env={"TERM": "xterm-256color", **full_env, **env},
    )  # fmt: skip
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=30)
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


def test_colour_on_a_terminal_by_default() -> None:
    assert SGR.search(run_in_pty(["search", "量子"], {}))  # the control case


@pytest.mark.parametrize(
    ("args", "env"),
    [(["search", "量子"], {"NO_COLOR": "1"}), (["search", "量子"], {"TERM": "dumb"}),
     (["search", "量子", "--no-color"], {}), (["--no-color", "pillars"], {})],
)  # fmt: skip
def test_no_colour_when_asked(args: list[str], env: dict[str, str]) -> None:
    out = run_in_pty(args, env)
    assert "量子" in out or "以更高站位" in out
    assert not SGR.search(out)


@pytest.mark.parametrize("columns", [20, 21, 33, 60, 80, 120, 200, 300])
@pytest.mark.parametrize("args", [["targets"], ["search", "量子"], ["pillars", "3"], []])
def test_any_width_works(columns: int, args: list[str]) -> None:
    result = run(*args, "--format", "table", env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    from rich.cells import cell_len

    assert max(cell_len(line) for line in result.stdout.splitlines()) <= max(columns, 20)


SNAPSHOTS = Path(__file__).parent / "snapshots"


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize(
    "args", [["pillars"], ["targets", "--sector", "ev"], ["sectors", "--lang", "en"]]
)
def test_table_snapshots(width: int, args: list[str]) -> None:
    result = run(*args, "--format", "table", env={"COLUMNS": str(width)})
    name = "_".join(a.strip("-") for a in args) + f"_{width}.txt"
    expected = SNAPSHOTS / name
    if os.environ.get("ZZBRIEF_UPDATE_SNAPSHOTS"):
        expected.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == expected.read_text(encoding="utf-8")


@pytest.mark.parametrize("width", [80, 120])
def test_cjk_columns_line_up(width: int) -> None:
    from rich.cells import cell_len

    lines = run("pillars", "--format", "table", env={"COLUMNS": str(width)}).stdout.splitlines()
    rows = [line for line in lines if re.match(r"\s+[1-5]\s", line)]
    assert len(rows) == 5
    # The English title starts in the same terminal column on every row.
    starts = {cell_len(row[: row.index(title)]) for row, title in zip(
        rows, ["Serve", "Build", "Develop", "Raise", "Strengthen"], strict=True)}  # fmt: skip
    assert len(starts) == 1
