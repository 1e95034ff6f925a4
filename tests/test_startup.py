"""Start-up hygiene, pinned deterministically: which modules each path imports, and the cache.

Timings are not asserted here (they drift on shared machines); benchmarks/startup.py
measures them. These tests pin the causes instead: what gets imported, and what gets parsed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

HEAVY = ("rich", "yaml", "pypinyin", "opencc", "jieba", "pydantic", "jsonschema", "snowballstemmer")
LANGUAGE = ("pypinyin", "opencc", "jieba", "snowballstemmer")


def imported(args: list[str], cache: Path, **env: str) -> tuple[set[str], str]:
    """Top-level packages a fresh ``zzbrief ARGS`` imports (from -X importtime), and stdout."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "zzbrief", *args],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "ZZBRIEF_CACHE_DIR": str(cache), **env},
    )  # fmt: skip
    assert result.returncode in (0, 1), result.stderr[-2000:]
    names = re.findall(r"^import time:\s+\d+ \|\s+\d+ \|\s+(\S+)", result.stderr, re.M)
    return {n.split(".")[0] for n in names}, result.stdout


@pytest.fixture(scope="module")
def warm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder holding the compiled bundled briefing."""
    cache = tmp_path_factory.mktemp("cache")
    subprocess.run(
        [sys.executable, "-m", "zzbrief", "search", "warm"],
        env={**os.environ, "ZZBRIEF_CACHE_DIR": str(cache)}, capture_output=True, timeout=120,
    )  # fmt: skip
    assert any(cache.iterdir())
    return cache


@pytest.mark.parametrize(
    "args",
    [["targets", "--format", "json"], ["search", "量子", "--format", "plain"], ["pillars"],
     ["sectors", "--format", "csv"], ["search", "quantum"], ["search", "liangzi"],
     ["search", "電子資訊"], ["--help"]],
)  # fmt: skip
def test_plain_and_json_paths_import_nothing_heavy(warm: Path, args: list[str]) -> None:
    modules, _ = imported(args, warm)
    assert "zzbrief" in modules
    assert not modules & set(HEAVY), sorted(modules & set(HEAVY))


def test_a_table_imports_rich_and_nothing_language_specific(warm: Path) -> None:
    modules, _ = imported(["search", "量子", "--format", "table"], warm)
    assert "rich" in modules
    assert not modules & {*LANGUAGE, "yaml", "jsonschema"}


def test_completion_imports_nothing_heavy(warm: Path) -> None:
    env = {"_ZZBRIEF_COMPLETE": "complete_bash", "COMP_WORDS": "zzbrief targets --sector e",
           "COMP_CWORD": "3"}  # fmt: skip
    modules, out = imported([], warm, **env)
    assert "ev" in out.split() and "economy" in out.split()
    assert not modules & set(HEAVY)


def test_editing_a_yaml_file_takes_effect_on_the_next_run(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data, ignore=shutil.ignore_patterns("source"))
    cache = tmp_path / "cache"
    args = ["--data", str(data), "targets", "--sector", "ev"]
    first, out = imported(args, cache)
    assert "yaml" in first  # a cold cache compiles the YAML
    second, out_again = imported(args, cache)
    assert "yaml" not in second and out_again == out  # a warm one does not
    targets = data / "targets.yaml"
    targets.write_text(
        targets.read_text(encoding="utf-8").replace(
            'zh: "新能源汽车产量"', 'zh: "新能源汽车年产量"'
        ),
        encoding="utf-8",
    )
    third, edited = imported(args, cache)
    assert "yaml" in third  # the content changed, so the key did
    assert "新能源汽车年产量" in edited and "新能源汽车年产量" not in out
    # Only the current compiled form is kept for this data location.
    compiled = {p.name.split(".")[0] for p in cache.iterdir() if "-indicators-" not in p.name}
    assert len(compiled) == 1


def test_no_cache_still_works(tmp_path: Path) -> None:
    modules, out = imported(["targets", "--sector", "ev"], tmp_path, ZZBRIEF_NO_CACHE="1")
    assert "yaml" in modules and len(out.splitlines()) == 3
    assert not any(tmp_path.iterdir())


def test_an_unwritable_cache_only_costs_speed(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    _, out = imported(["targets", "--sector", "ev"], blocker / "cache")
    assert len(out.splitlines()) == 3


def test_a_corrupt_cache_entry_is_recompiled(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _, out = imported(["targets", "--sector", "ev"], cache)
    for entry in cache.iterdir():
        entry.write_bytes(b"\x00garbage")
    modules, again = imported(["targets", "--sector", "ev"], cache)
    assert again == out and "yaml" in modules


def test_a_cache_entry_of_the_wrong_shape_is_recompiled(tmp_path: Path) -> None:
    import marshal

    cache = tmp_path / "cache"
    _, out = imported(["search", "量子"], cache)
    for entry in cache.iterdir():
        entry.write_bytes(marshal.dumps({"unexpected": 1}))  # valid marshal, wrong content
    modules, again = imported(["search", "量子"], cache)
    assert again == out and "yaml" in modules
