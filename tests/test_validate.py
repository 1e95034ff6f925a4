"""``zzbrief validate``: every problem in one run, no knock-ons, in file order, drafts' TODOs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import run
from zzbrief.briefing.compile import InvalidBriefing, Located, by_place, check
from zzbrief.briefing.load import bundled_dir, read_sources
from zzbrief.draft import briefing_parts, extract, write_folder

PLAN = """# 郑州市2024年工作计划

过去一年,全市地区生产总值增长7.4%。

## 一、扩大有效投资

力争完成投资5200亿元,新开工超100亿元项目4个以上。

## 结语

让我们携手奋进。
"""


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A private copy of the bundled briefing's folder, one file per part."""
    folder = tmp_path / "data"
    folder.mkdir()
    for file in bundled_dir().glob("*.yaml"):
        shutil.copy(file, folder / file.name)
    return folder


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    """A draft briefing as ``zzbrief draft`` writes it: status draft, TODO markers."""
    folder = tmp_path / "draft"
    write_folder(briefing_parts(extract(PLAN), "plan.md"), folder)
    return folder


def edit(path: Path, old: str, new: str) -> int:
    """Replace the first ``old`` in the file; return its 1-based line."""
    text = path.read_text(encoding="utf-8")
    at = text.index(old)
    path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    return text.count("\n", 0, at) + 1


def report(*args: str) -> tuple[int, dict[str, Any]]:
    result = run("validate", *args, "--format", "json")
    return result.exit_code, json.loads(result.stdout)


def places(found: dict[str, Any], key: str = "problems") -> list[tuple[str, int | None, str]]:
    return [(Path(p["file"]).name, p["line"], p["path"]) for p in found[key]]


def messages(found: dict[str, Any]) -> list[str]:
    return [p["message"] for p in found["problems"]]


# 1. Every problem in one run


def test_schema_problems_do_not_hide_provenance_problems(data: Path) -> None:
    slug = edit(data / "pillars.yaml", "slug: innovation", "slug: Bad Slug")
    value = edit(data / "targets.yaml", "value: 70\n", "value: 71\n")
    code, found = report(str(data))
    assert code == 1 and found["ok"] is False
    assert ("pillars.yaml", slug, "pillars[1].slug") in places(found)
    assert ("targets.yaml", value - 1, "targets[18].figure") in places(found)
    lines = (data / "targets.yaml").read_text(encoding="utf-8").splitlines()
    base = next(i for i in range(value, len(lines)) if "base_value: 700000" in lines[i]) + 1
    assert ("targets.yaml", base, "targets[18].base_value") in places(found)
    assert len(found["problems"]) == 3  # nothing refers to pillar 2 "dangling"


def test_positions_after_a_dropped_record_are_the_original_ones(data: Path) -> None:
    ids = [t["id"] for t in yaml.safe_load((data / "targets.yaml").read_text())["targets"]]
    edit(data / "targets.yaml", "kind: growth", "kind: grwth")  # targets[0] is left out
    edit(data / "targets.yaml", "id: rd-intensity", "id: again")
    line = edit(data / "targets.yaml", "id: ev-output", "id: again")
    code, found = report(str(data))
    assert code == 1
    assert [(p["path"], p["line"], p["message"]) for p in found["problems"]][1:] == [
        (
            f"targets[{ids.index('ev-output')}].id",
            line,
            f"duplicate target id 'again' (first at targets[{ids.index('rd-intensity')}].id)",
        )
    ]


def test_a_damaged_source_still_lets_the_targets_be_checked(data: Path) -> None:
    edit(data / "source.yaml", "date: ", "date: March #")
    edit(data / "targets.yaml", 'period: "2023"', 'period: "2025"')  # a baseline after the plan
    code, found = report(str(data))
    assert code == 1
    assert [p for _, _, p in places(found)] == ["source.date", "targets[0].baseline.period"]


def test_a_damaged_article_skips_what_needs_it(data: Path) -> None:
    edit(data / "article.yaml", "id: p1.2", "id: p1 2")
    edit(data / "targets.yaml", "value: 70\n", "value: 71\n")
    code, found = report(str(data))
    assert code == 1
    assert [p for _, _, p in places(found)] == [
        "article.sections[1].paragraphs[0].sentences[1].id",
        "targets[18].figure",
        "targets[18].base_value",
    ]  # no "no sentence", "no mention in its pillar" or "pillar has 0 sections"


# 2. One cause, one problem


def test_a_rejected_unit_is_not_also_missing_for_every_target(data: Path) -> None:
    edit(data / "units.yaml", "factor: 100000000,", "factor: -1,")
    code, found = report(str(data))
    assert code == 1 and places(found) == [("units.yaml", 4, "units[0].factor")]


def test_a_section_that_fails_the_schema_hides_no_dangling_references(data: Path) -> None:
    (data / "pillars.yaml").write_text("pillars: five\n", encoding="utf-8")
    (data / "sectors.yaml").write_text("sectors: {}\n", encoding="utf-8")
    code, found = report(str(data))
    assert code == 1
    assert places(found) == [("pillars.yaml", 1, "pillars"), ("sectors.yaml", 1, "sectors")]


def test_a_pillar_whose_id_is_broken_silences_references_to_pillars(data: Path) -> None:
    edit(data / "pillars.yaml", "id: 3", "id: three")
    code, found = report(str(data))
    assert code == 1 and [p for _, _, p in places(found)] == ["pillars[2].id"]


def test_a_dropped_target_reports_only_its_schema_problem(data: Path) -> None:
    edit(data / "targets.yaml", "sentence: p1.2", "sentence: p9.9")
    edit(data / "targets.yaml", "kind: growth", "kind: grwth")  # the same target, targets[0]
    code, found = report(str(data))
    assert code == 1 and [p for _, _, p in places(found)] == ["targets[0].kind"]


def test_a_missing_sentence_is_reported_once_per_target(data: Path) -> None:
    edit(data / "targets.yaml", "sentence: p1.2", "sentence: p9.9")
    code, found = report(str(data))
    assert code == 1
    assert messages(found) == ["gdp-growth: no sentence 'p9.9'"]  # not "no mention in pillar 1"


# 3. Order


def test_problems_are_sorted_by_file_line_and_path(data: Path) -> None:
    edit(data / "units.yaml", "factor: 100000000,", "factor: -1,")
    edit(data / "targets.yaml", "value: 70\n", "value: 71\n")
    edit(data / "targets.yaml", "kind: growth", "kind: grwth")
    edit(data / "article.yaml", "id: p1.2", "id: p1 2")
    code, found = report(str(data))
    keys = [(p["file"], p["line"]) for p in found["problems"]]
    assert code == 1 and keys == sorted(keys) and len({f for f, _ in keys}) == 3


def test_paths_sort_by_number_not_by_text() -> None:
    items = [Located("a", None, f"targets[{i}]", "x") for i in (10, 2, 1)]
    items.append(Located("a", 3, "", "x"))
    assert [p.path for p in by_place(items)] == ["targets[1]", "targets[2]", "targets[10]", ""]


# 4. YAML syntax errors


def test_a_syntax_error_fills_the_line_and_the_other_files_are_checked(data: Path) -> None:
    line = edit(data / "glossary.yaml", "glossary:\n", "glossary:\n  - [unclosed\n") + 1
    edit(data / "targets.yaml", "value: 70\n", "value: 71\n")
    code, found = report(str(data))
    assert code == 1
    glossary = found["problems"][0]
    assert (Path(glossary["file"]).name, glossary["line"], glossary["path"]) == (
        "glossary.yaml",
        line + 1,  # PyYAML points at where it gave up: the line after the unclosed list
        "",
    )
    assert "did not find expected ',' or ']'" in glossary["message"]
    assert [p for _, _, p in places(found)][1:] == ["targets[18].figure", "targets[18].base_value"]


def test_a_file_that_does_not_parse_hides_no_missing_sections(data: Path) -> None:
    (data / "targets.yaml").write_text("targets: [\n", encoding="utf-8")
    code, found = report(str(data))
    assert code == 1 and len(found["problems"]) == 1 and found["problems"][0]["line"] == 2


# 5. One part of a folder


def test_one_part_names_the_missing_sections_once(data: Path) -> None:
    edit(data / "targets.yaml", "kind: growth", "kind: grwth")
    edit(data / "targets.yaml", "value: 70\n", "value: 71\n")
    code, found = report(str(data / "targets.yaml"))
    assert code == 1
    first = found["problems"][0]
    assert first["message"].startswith(
        "missing sections: article, pillars, sectors, source, units — validate the folder"
    )
    assert first["line"] is None and first["file"] == str(data / "targets.yaml")
    # What the part alone can show: its schema problems and its own figures; no knock-ons.
    assert [p for _, _, p in places(found)][1:] == ["targets[0].kind", "targets[18].figure"]


def test_a_folder_lacking_parts_names_them_once(data: Path) -> None:
    (data / "units.yaml").unlink()
    (data / "pillars.yaml").unlink()
    code, found = report(str(data))
    assert code == 1
    assert messages(found) == [
        "missing sections: pillars, units — add the files that hold them to the folder"
    ]


# 6. Drafts and their TODO markers


def test_a_draft_with_only_markers_is_ok_with_warnings(draft: Path) -> None:
    result = run("validate", str(draft))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    marked = ("still marked TODO: ", "still to review (todo): ")
    assert lines and all(any(m in line for m in marked) for line in lines)
    assert result.stderr.startswith("ok (draft): ")
    code, found = report(str(draft))
    assert code == 0 and found["ok"] is True and found["problems"] == []
    count = len(found["warnings"])
    assert found["summary"].startswith(f"ok (draft): {count} warnings: ")
    assert set(found["warnings"][0]) == {"file", "line", "path", "message"}
    assert all(w["line"] for w in found["warnings"])
    where = {(Path(w["file"]).name, w["path"]): w["message"] for w in found["warnings"]}
    assert where["targets.yaml", "targets[0].metric.en"] == "still marked TODO: 'TODO: translate'"
    assert where["targets.yaml", "targets[0].todo"].startswith("still to review (todo): metric.zh")
    assert ("source.yaml", "source.outlet.zh") in where


@pytest.mark.parametrize("status", ["status: final", ""])
def test_a_final_briefing_with_markers_fails_validate_and_load(draft: Path, status: str) -> None:
    edit(draft / "source.yaml", "status: draft", status)
    code, found = report(str(draft))
    assert code == 1 and found["warnings"] == []
    assert all(m.startswith(("still marked TODO", "still to review")) for m in messages(found))
    result = run("validate", str(draft))
    assert result.stderr.splitlines()[-1].endswith("mark one under review `status: draft`.")
    loaded = run("--data", str(draft), "targets")
    assert loaded.exit_code == 1 and loaded.stdout == ""
    assert f"the briefing has {len(found['problems'])} problems" in loaded.stderr
    with pytest.raises(InvalidBriefing) as err:
        check(read_sources(draft))
    assert [(p.file, p.line, p.path, p.message) for p in err.value.problems] == [
        (p["file"], p["line"], p["path"], p["message"]) for p in found["problems"]
    ]


def test_a_draft_loads_despite_its_markers(draft: Path) -> None:
    assert run("--data", str(draft), "targets").exit_code == 0


def test_a_draft_part_alone_keeps_its_markers_as_warnings(draft: Path) -> None:
    code, found = report(str(draft / "targets.yaml"))
    assert code == 1 and messages(found)[0].startswith("missing sections:")
    assert len(found["problems"]) == 1 and found["warnings"]  # the status is in source.yaml


def test_a_misspelt_status_is_one_problem(draft: Path) -> None:
    edit(draft / "source.yaml", "status: draft", "status: drafft")
    code, found = report(str(draft))
    assert code == 1 and places(found) == [("source.yaml", 4, "status")]
    assert found["warnings"]


def test_a_clean_briefing_keeps_its_summary_and_json_shape() -> None:
    code, found = report()
    assert code == 0 and found["problems"] == [] and found["warnings"] == []
    assert found["summary"].startswith("ok: the bundled briefing: 32 targets")
