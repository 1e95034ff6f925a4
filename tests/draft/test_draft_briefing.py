"""A draft briefing: records, files, and loading it with zzbrief itself."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, run
from zzbrief.draft import DraftError, briefing_parts, extract, figure_records, write_folder
from zzbrief.text.units import UNITS

PLAN = """# 郑州市2024年工作计划

过去一年,全市地区生产总值增长7.4%,初步核算达到1.36万亿元。

## 一、扩大有效投资

力争完成投资5200亿元,新开工超100亿元项目4个以上。
新建改造供水管网85公里、燃气管网102公里。

## 二、建设量子之城

建成百亿级量子产业集群;地区生产总值增长6%左右。

## 结语

让我们携手奋进。
"""
CONTRACT = {"figure", "value", "unit", "base_value", "base_unit", "comparator", "direction"}
CONTRACT |= {"aspiration", "kind", "metric", "quote", "sentence", "role"}


def test_records_have_the_contract_keys() -> None:
    records = figure_records(extract(PLAN))
    assert records and all(set(r) >= CONTRACT for r in records)
    assert {r["role"] for r in records} <= {"reported", "target", "none"}
    assert {"reported", "target"} <= {r["role"] for r in records}
    assert all((r["reason"] is None) == (r["role"] != "none") for r in records)
    json.dumps(records, ensure_ascii=False)  # plain JSON values only


def test_parts_are_a_draft_in_the_schema() -> None:
    parts = briefing_parts(extract(PLAN), "plan.md")
    assert set(parts) == {f"{n}.yaml" for n in ("source", "article", "pillars", "targets")} | {
        "sectors.yaml",
        "units.yaml",
    }
    assert parts["source.yaml"]["status"] == "draft"
    assert parts["source.yaml"]["source"]["year"] == 2024
    sections = parts["article.yaml"]["article"]["sections"]
    assert [(s["id"], s["kind"]) for s in sections] == [
        ("lead", "lead"),
        ("p1", "pillar"),
        ("p2", "pillar"),
        ("closing", "closing"),
    ]
    targets = parts["targets.yaml"]["targets"]
    assert all(t["metric"]["en"].startswith("TODO") for t in targets)
    assert "1.36万亿元" not in {t["figure"] for t in targets}  # reported, not a target
    assert {u["unit"] for u in parts["units.yaml"]["units"]} == {t["unit"] for t in targets}


def test_written_draft_loads_validates_and_searches(tmp_path: Path) -> None:
    folder = tmp_path / "draft"
    write_folder(briefing_parts(extract(PLAN), "plan.md"), folder)
    result = run("--data", str(folder), "targets", "--format", "json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {r["figure"] for r in rows} >= {"5200亿元", "4个", "85公里", "百亿级", "6%"}
    assert run("--data", str(folder), "search", "量子").exit_code == 0
    assert run("validate", str(folder)).exit_code == 0


def test_the_bundled_article_drafts_into_a_valid_briefing(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from extraction import article_text

    folder = tmp_path / "bundled"
    write_folder(briefing_parts(extract(article_text()), "article.md"), folder)
    done = subprocess.run(
        [sys.executable, "-m", "zzbrief", "--data", str(folder), "targets", "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 32


def test_write_folder_refuses_to_overwrite(tmp_path: Path) -> None:
    parts = briefing_parts(extract(PLAN), "plan.md")
    write_folder(parts, tmp_path / "d")
    with pytest.raises(DraftError, match="not empty"):
        write_folder(parts, tmp_path / "d")
    assert len(write_folder(parts, tmp_path / "d", force=True)) == 6


def test_units_table_is_documented() -> None:
    doc = (REPO / "docs" / "EXTRACTION.md").read_text(encoding="utf-8")
    for unit in UNITS:
        assert f"| {unit} |" in doc, unit


def test_import_is_light_and_self_contained() -> None:
    code = (
        "import sys, zzbrief.draft;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('yaml', 'rich', 'typer')"
        " or (m.startswith('zzbrief.') and not m.startswith('zzbrief.draft'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # zzbrief.files is the shared bounded file reader; zzbrief.text the Chinese-text layer
    # it stands on. Both use the standard library only.
    loaded = done.stdout.strip().strip("[]").replace("'", "").split(", ")
    assert "zzbrief.files" in loaded and "zzbrief.text.scan" in loaded
    assert all(m == "zzbrief.files" or m.startswith("zzbrief.text") for m in loaded), loaded
