"""JSON → YAML: a record copied from JSON output into a briefing goes back in.

For every record kind with computed fields (target, outcome, baseline): take
``zzbrief targets ID -f json``, put it into a copy of the bundled briefing, and it validates
with warnings only and loads to the same values.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, run
from zzbrief.briefing import echoes
from zzbrief.briefing.schema import schema
from zzbrief.briefing.yamlio import dump


def _json(*args: str) -> Any:
    result = run(*args, "-f", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def records() -> dict[str, dict[str, Any]]:
    """Every target in full, as ``zzbrief targets ID -f json`` writes it."""
    ids = [t["id"] for t in _json("targets")]
    return {i: _json("targets", i) for i in ids}


def _copy_with(tmp_path: Path, targets: list[dict[str, Any]]) -> Path:
    """A copy of the bundled briefing whose targets.yaml holds ``targets``."""
    folder = tmp_path / "briefing"
    shutil.copytree(REPO / "data", folder, ignore=shutil.ignore_patterns("source", "library"))
    (folder / "targets.yaml").write_text(dump({"targets": targets}), encoding="utf-8")
    return folder


def _schema_fields(kind: str) -> set[str]:
    if kind == "outcome":
        return set(schema()["$defs"]["outcome"]["properties"])
    section = {v: k for k, v in echoes.SECTIONS.items()}[kind]
    return set(schema()["properties"][section]["items"]["properties"])


@pytest.fixture(scope="module")
def others() -> dict[str, list[dict[str, Any]]]:
    """Pillars (in full, as ``pillars N``), sectors and glossary entries as JSON writes them."""
    pillars = [_json("pillars", str(p["id"])) for p in _json("pillars")]
    return {"pillar": pillars, "sector": _json("sectors"), "glossary": _json("glossary")}


def _outcome_records(records: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    return [o for r in records.values() for o in [*r["outcomes"], r["baseline"]] if o]


def test_every_json_field_is_in_the_schema_or_declared_output_only(
    records: dict[str, dict[str, Any]], others: dict[str, list[dict[str, Any]]]
) -> None:
    # A field added to the JSON output must be said to be data or output-only: otherwise
    # a record copied back would be refused, which is the bug this file pins.
    kinds = {"target": list(records.values()), "outcome": _outcome_records(records), **others}
    assert set(kinds) == {*echoes.SECTIONS.values(), "outcome"}
    for kind, items in kinds.items():
        assert items
        spelled = {k for pair in echoes.SPELLED.get(kind, {}).values() for k in pair}
        declared = set(echoes.OUTPUT_ONLY.get(kind, ())) | spelled
        keys = {k for item in items for k in item}
        assert keys - _schema_fields(kind) - declared == set(), kind
        assert declared <= keys, f"{kind}: declared but never written: {declared - keys}"
        assert not set(echoes.OUTPUT_ONLY.get(kind, ())) & _schema_fields(kind)


def test_whole_target_records_from_json_validate_and_load_the_same(
    records: dict[str, dict[str, Any]], tmp_path: Path
) -> None:
    folder = _copy_with(tmp_path, list(records.values()))
    checked = run("validate", str(folder), "-f", "json")
    assert checked.exit_code == 0, checked.stdout
    report = json.loads(checked.stdout)
    assert report["ok"] and report["problems"] == []
    paths = {w["path"] for w in report["warnings"]}
    assert {f"targets[{i}]" for i in range(len(records))} <= paths  # one warning per record
    assert all(w["message"].startswith("output-only, ignored: ") for w in report["warnings"])
    assert all(w["line"] for w in report["warnings"])
    for target_id, before in records.items():
        assert _json("--data", str(folder), "targets", target_id) == before, target_id
    assert run("--data", str(folder), "export").stdout == run("export").stdout


def test_outcome_and_baseline_records_from_json_go_back_in(
    records: dict[str, dict[str, Any]], raw: dict[str, Any], tmp_path: Path
) -> None:
    # The finding as reported: an outcome copied from `targets ev-output -f json` into the
    # briefing's own YAML (which holds no computed fields) was refused ('full_year').
    targets = raw["targets"]
    pasted = 0
    for target in targets:
        shown = records[target["id"]]
        if target.get("baseline"):
            target["baseline"] = shown["baseline"]
            pasted += 1
        target["outcomes"] = shown["outcomes"]
        pasted += len(shown["outcomes"])
    assert pasted >= 5 and any("full_year" in o for t in targets for o in t["outcomes"])
    folder = _copy_with(tmp_path, targets)
    checked = json.loads(run("validate", str(folder), "-f", "json").stdout)
    assert checked["ok"] and checked["problems"] == []
    assert len(checked["warnings"]) == pasted
    assert all(re.fullmatch(r"targets\[\d+\]\.(baseline|outcomes\[\d+\])", w["path"])
               for w in checked["warnings"])  # fmt: skip
    for target_id, before in records.items():
        assert _json("--data", str(folder), "targets", target_id) == before, target_id


def test_a_loaded_briefing_with_json_fields_is_quiet(
    records: dict[str, dict[str, Any]], tmp_path: Path
) -> None:
    folder = _copy_with(tmp_path, list(records.values()))
    result = run("--data", str(folder), "targets")
    assert result.exit_code == 0 and result.stderr == ""


def test_the_briefing_spelling_wins_over_a_json_spelling() -> None:
    raw = {"targets": [{"id": "x", "metric": {"zh": "甲", "en": "A"}, "metric_zh": "乙",
                        "metric_en": "B", "baseline": None, "gap": 1}]}  # fmt: skip
    out, warnings = echoes.read_back(raw)
    assert out["targets"][0] == {"id": "x", "metric": {"zh": "甲", "en": "A"}}
    assert raw["targets"][0]["metric_zh"] == "乙"  # the input is not changed
    assert [w.message for w in warnings] == ["output-only, ignored: gap, metric_zh, metric_en"]


def test_a_wrong_field_is_still_a_problem(raw: dict[str, Any], tmp_path: Path) -> None:
    raw["targets"][0]["outcomes"][0]["fullyear"] = True  # not JSON's: a typo stays an error
    folder = _copy_with(tmp_path, raw["targets"])
    result = run("validate", str(folder), "-f", "json")
    assert result.exit_code == 1
    assert "'fullyear' was unexpected" in result.stdout


def test_the_readme_lists_every_output_only_field() -> None:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("### JSON fields", 1)[1].split("\n## ", 1)[0]
    listed = section.split("**Output-only fields.**", 1)[1].split("\n\n", 1)[0]
    for kind, names in echoes.OUTPUT_ONLY.items():
        for name in names:
            assert f"`{name}`" in listed, (kind, name)
    for kind, pairs in echoes.SPELLED.items():
        for field, (zh, _en) in pairs.items():
            assert f"`{zh}`" in listed and f"`{field}`" in listed, (kind, field)


def test_pillar_sector_and_glossary_records_from_json_go_back_in(
    others: dict[str, list[dict[str, Any]]], tmp_path: Path
) -> None:
    folder = _copy_with(tmp_path, _json("export")["targets"])
    for kind, items in others.items():
        section = {v: k for k, v in echoes.SECTIONS.items()}[kind]
        (folder / f"{section}.yaml").write_text(dump({section: items}), encoding="utf-8")
    checked = json.loads(run("validate", str(folder), "-f", "json").stdout)
    assert checked["ok"] and checked["problems"] == []
    sections = {w["path"].split("[")[0] for w in checked["warnings"]}
    assert sections == {"pillars", "sectors", "glossary"}
    for args in (["pillars"], ["pillars", "3"], ["sectors"], ["glossary"], ["glossary", "四高地"]):
        assert _json("--data", str(folder), *args) == _json(*args), args
