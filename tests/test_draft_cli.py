"""``zzbrief draft`` from the command line: listing, writing a briefing, hostile input."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED, run

PLAN = """# 某市2025年政府工作报告

过去一年，全市地区生产总值增长5.8%，完成了年度目标。

## 一、2025年主要目标

地区生产总值增长6%左右;力争新能源汽车产量突破100万辆;城镇调查失业率5.5%以内。

## 二、重点工作

新建改造供水管网120公里,筹集保障性租赁住房1.2 万套。
"""


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.md"
    path.write_text(PLAN, encoding="utf-8")
    return path


def test_json_lists_every_figure_with_the_documented_fields(plan: Path) -> None:
    result = run("draft", str(plan), "--format", "json")
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    keys = {"figure", "value", "unit", "base_value", "base_unit", "comparator", "direction",
            "aspiration", "kind", "metric", "quote", "sentence", "role"}  # fmt: skip
    assert all(keys <= r.keys() for r in records)
    by_figure = {r["figure"]: r for r in records}
    assert by_figure["5.8%"]["role"] == "reported"
    assert by_figure["6%"]["comparator"] == "≈" and by_figure["6%"]["role"] == "target"
    assert by_figure["100万辆"]["comparator"] == ">" and by_figure["100万辆"]["aspiration"]
    assert by_figure["100万辆"]["base_value"] == 1_000_000
    assert by_figure["5.5%"]["comparator"] == "≤"
    assert by_figure["1.2 万套"]["base_value"] == 12_000


def test_plain_lists_one_figure_per_line_and_the_summary_on_stderr(plan: Path) -> None:
    result = run("draft", str(plan))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == len(json.loads(run("draft", str(plan), "-f", "json").stdout))
    assert all(len(line.split("\t")) == 5 for line in lines)
    assert "个数字" in result.stderr  # the summary, in the chosen language


def test_a_written_draft_loads_searches_and_validates(plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "mydraft"
    result = run("draft", str(plan), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert {Path(p).name for p in result.stdout.split()} >= {"targets.yaml", "source.yaml"}
    assert "zzbrief --data" in result.stderr
    targets = json.loads(run("--data", str(out), "targets", "-f", "json").stdout)
    assert {t["figure"] for t in targets} >= {"6%", "100万辆", "120公里"}
    assert all(t["figure"] != "5.8%" for t in targets)  # a reported result is no target
    assert run("--data", str(out), "search", "xinnengyuan").exit_code == 0  # pinyin
    assert run("--data", str(out), "search", "新能源汽車").exit_code == 0  # traditional
    assert run("validate", str(out)).exit_code == 0
    again = run("draft", str(plan), "-o", str(out))
    assert again.exit_code == 1 and "force" in again.stderr  # never overwrites silently
    assert run("draft", str(plan), "-o", str(out), "--force").exit_code == 0


def test_the_bundled_seed_text_drafts() -> None:
    result = run("draft", str(SEED), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)) >= 32


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary\xff\xfe" * 10, "binary"),
        ("地区生产总值增长7%。".encode("utf-16"), ""),
        (b"\xff\xfe\xfd\xfc" * 50, ""),
        ("没有任何数字的文本。".encode(), "figure"),
        ("含控制字符\x1b[31m增长7%。".encode(), "control"),
    ],
)
def test_hostile_input_gets_a_clear_message_and_exit_1(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("draft", str(path))
    assert result.exit_code == 1, result.stdout
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert result.stderr.startswith("zzbrief: ") and message in result.stderr.lower()


def test_a_gbk_file_reads_as_gbk(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("力争新能源汽车产量突破100万辆。".encode("gbk"))
    records = json.loads(run("draft", str(path), "-f", "json").stdout)
    assert records[0]["metric"] == "新能源汽车产量"


def test_a_ten_megabyte_file_is_refused_by_size(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(("增长7%。" * 800_000).encode())
    result = run("draft", str(path))
    assert result.exit_code == 1 and "limit" in result.stderr


def test_missing_file_and_stdin(plan: Path) -> None:
    missing = run("draft", "no/such/file.txt")
    assert missing.exit_code == 1 and "cannot read" in missing.stderr
    piped = subprocess.run(
        [sys.executable, "-m", "zzbrief", "draft", "-", "-f", "json"],
        input=plan.read_bytes(), capture_output=True, timeout=60,
    )  # fmt: skip
    assert piped.returncode == 0 and json.loads(piped.stdout)


def _zzbrief_modules(*args: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "zzbrief", *args],
        capture_output=True, text=True, timeout=120, env={**os.environ},
    )  # fmt: skip
    return set(re.findall(r"\|\s+(zzbrief\.\S+)", result.stderr))


def test_other_commands_never_import_the_extractor() -> None:
    _zzbrief_modules("targets")  # compile once: checking figures uses the extractor's rules
    for args in (["targets", "-f", "json"], ["scorecard", "-f", "json"], ["--help"]):
        assert not {m for m in _zzbrief_modules(*args) if m.startswith("zzbrief.draft")}, args
    assert "zzbrief.draft.extract" in _zzbrief_modules("draft", str(SEED), "-f", "json")
