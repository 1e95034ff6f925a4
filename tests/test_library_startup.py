"""With a library installed, a command on one briefing opens and imports only that briefing;
``compare`` and ``briefings`` read the compiled table and open no briefing at all.

Pinned deterministically, as tests/test_startup.py does: the files a fresh process opens
(an audit hook) and the modules it imports. Timings are for benchmarks/.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from libfixtures import sample_library

PROBE = """\
import json, os, sys
opened = []
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, os.PathLike)):
        opened.append(os.fspath(args[0]))
sys.addaudithook(hook)
from zzbrief import cli
code = cli.app(sys.argv[1:], prog_name="zzbrief", standalone_mode=False)
sys.stdout.flush()
sys.stderr.write("\\nPROBE" + json.dumps({"code": code, "opened": opened,
                 "modules": sorted(sys.modules)}))
"""
HEAVY = {"rich", "yaml", "jsonschema", "pypinyin", "opencc", "snowballstemmer"}


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    base = tmp_path_factory.mktemp("libstart")
    folder = sample_library(base / "briefings")
    env = {**os.environ, "ZZBRIEF_LIBRARY": str(folder), "ZZBRIEF_CACHE_DIR": str(base / "c")}
    for warm in (["compare", "gdp-growth"], ["-b", "north-2025", "targets"], ["targets"],
                 ["search", "-b", "all", "就业"]):  # fmt: skip
        subprocess.run([sys.executable, "-m", "zzbrief", *warm], env=env, capture_output=True,
                       timeout=120, check=False)  # fmt: skip
    return env


def probe(env: dict[str, str], *args: str) -> dict[str, object]:
    """What a fresh ``zzbrief ARGS`` opened and imported."""
    result = subprocess.run([sys.executable, "-c", PROBE, *args], env=env, capture_output=True,
                            text=True, timeout=120, check=False)  # fmt: skip
    found: dict[str, object] = json.loads(result.stderr.rsplit("\nPROBE", 1)[1])
    assert found["code"] == 0, result.stderr[-2000:]
    return found


def _library_files(found: dict[str, object], env: dict[str, str]) -> list[str]:
    folder = env["ZZBRIEF_LIBRARY"]
    return [p for p in found["opened"] if str(p).startswith(folder)]  # type: ignore[attr-defined]


def test_one_library_briefing_opens_only_its_file(env: dict[str, str]) -> None:
    found = probe(env, "-b", "north-2025", "targets", "--format", "json")
    assert [Path(p).name for p in _library_files(found, env)] == ["north-2025.yaml"]
    modules = set(found["modules"])  # type: ignore[call-overload]
    assert not modules & HEAVY
    assert not modules & {"zzbrief.library.rows", "zzbrief.library.compare",
                          "zzbrief.library.search_all", "zzbrief.library.indicators"}  # fmt: skip


def test_the_default_briefing_touches_no_library(env: dict[str, str]) -> None:
    found = probe(env, "targets", "--format", "json")
    assert _library_files(found, env) == []
    assert not {m for m in found["modules"] if str(m).startswith("zzbrief.library.")}  # type: ignore[attr-defined]


@pytest.mark.parametrize("args", [["compare", "gdp-growth", "--format", "json"],
                                  ["briefings", "--format", "json"],
                                  ["compare", "gdp-growth", "--format", "plain"]])  # fmt: skip
def test_compare_and_briefings_read_the_table_not_the_briefings(
    env: dict[str, str], args: list[str]
) -> None:
    found = probe(env, *args)
    assert _library_files(found, env) == []  # the folder is listed, no file is opened
    modules = set(found["modules"])  # type: ignore[call-overload]
    assert not modules & HEAVY
    assert "zzbrief.library.rows" not in modules  # nothing was built: the table was read


def test_b_completes_the_library_ids_without_opening_them(env: dict[str, str]) -> None:
    complete = {"_ZZBRIEF_COMPLETE": "complete_bash", "COMP_WORDS": "zzbrief -b north",
                "COMP_CWORD": "2"}  # fmt: skip
    result = subprocess.run([sys.executable, "-m", "zzbrief"], env={**env, **complete},
                            capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert result.stdout.split() == ["north-2025", "north-2026"]
