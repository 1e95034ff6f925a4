"""Loading a user's briefing, exporting it, and validating it: every problem, with its line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from conftest import run
from zzbrief.briefing import store
from zzbrief.briefing.raw import to_raw
from zzbrief.briefing.yamlio import dump


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    """The bundled briefing exported to one YAML file."""
    path = tmp_path / "briefing.yaml"
    path.write_text(dump(to_raw(store.load().briefing)), encoding="utf-8")
    return path


def test_export_round_trips_to_the_same_bytes(tmp_path: Path) -> None:
    first = run("export")
    assert first.exit_code == 0 and first.stderr == ""
    path = tmp_path / "one.yaml"
    path.write_text(first.stdout, encoding="utf-8")
    second = run("--data", str(path), "export")
    assert second.exit_code == 0, second.stderr
    assert second.stdout == first.stdout


def test_export_json_round_trips(tmp_path: Path) -> None:
    first = run("export", "--format", "json")
    path = tmp_path / "one.json.yaml"  # JSON is YAML; the loader reads .yaml/.yml files
    path.write_text(first.stdout, encoding="utf-8")
    second = run("--data", str(path), "export", "--format", "json")
    assert second.stdout == first.stdout
    assert json.loads(first.stdout)["schema_version"] == 1


def test_export_rejects_other_formats() -> None:
    result = run("export", "--format", "csv")
    assert result.exit_code == 2 and "yaml, json" in result.stderr


@pytest.mark.parametrize(
    "args",
    [["pillars"], ["pillars", "3"], ["targets", "--sector", "ev"], ["sectors"],
     ["search", "量子"], ["article"], ["glossary", "四高地"], ["validate"], []],
)  # fmt: skip
def test_every_command_works_on_a_users_file(exported: Path, args: list[str]) -> None:
    bundled = run(*args)
    mine = run("--data", str(exported), *args)
    assert mine.exit_code == 0, mine.stderr
    if args != ["validate"]:
        assert mine.stdout == bundled.stdout


def test_data_from_the_environment(exported: Path) -> None:
    result = run("targets", "--sector", "ev", env={"ZZBRIEF_DATA": str(exported)})
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 3


def test_a_folder_of_files(tmp_path: Path, exported: Path) -> None:
    data = yaml.safe_load(exported.read_text(encoding="utf-8"))
    for key, value in data.items():
        (tmp_path / f"{key}.yml").write_text(dump({key: value}), encoding="utf-8")
    exported.unlink()
    result = run("--data", str(tmp_path), "targets", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)) == 32


def test_a_corrected_figure_takes_effect_on_the_next_run(exported: Path) -> None:
    before = run("--data", str(exported), "targets", "--sector", "ev")
    assert "70万辆" in before.stdout
    text = exported.read_text(encoding="utf-8")
    assert text.count("zh: 新能源汽车产量\n") == 1  # the metric, not the article text
    text = text.replace("zh: 新能源汽车产量\n", "zh: 新能源汽车年产量\n")
    exported.write_text(text, encoding="utf-8")
    store.reset()
    after = run("--data", str(exported), "targets", "--sector", "ev")
    assert "新能源汽车年产量" in after.stdout


def test_validate_bundled_is_clean() -> None:
    result = run("validate")
    assert result.exit_code == 0
    assert result.stdout.startswith("ok: the bundled briefing: 32 targets, 54 sentences")


def test_validate_reports_every_problem_with_file_line_and_path(exported: Path) -> None:
    text = exported.read_text(encoding="utf-8")
    lines = text.splitlines()
    value_line = next(i for i, line in enumerate(lines) if line.strip() == "value: 70")
    lines[value_line] = lines[value_line].replace("70", "71")  # base_value and figure disagree
    slug_line = next(i for i, line in enumerate(lines) if "slug: innovation" in line)
    lines[slug_line] = lines[slug_line].replace("innovation", "Bad Slug")  # schema
    exported.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("validate", str(exported), "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False
    # One run lists the schema problem and the provenance problems, in the file's order.
    figure_line = next(i for i, line in enumerate(lines) if line.strip() == "figure: 70万辆")
    base_line = next(i for i, line in enumerate(lines[value_line:]) if "base_value" in line)
    assert [(p["path"], p["line"]) for p in report["problems"]] == [
        ("pillars[1].slug", slug_line + 1),
        ("targets[18].figure", figure_line + 1),
        ("targets[18].base_value", value_line + base_line + 1),
    ]
    assert all(p["file"] == str(exported) for p in report["problems"])
    assert report["warnings"] == []


def test_validate_plain_lists_problems_on_stdout_and_counts_on_stderr(exported: Path) -> None:
    text = exported.read_text(encoding="utf-8").replace("comparator: '>'", "comparator: '='", 2)
    exported.write_text(text, encoding="utf-8")
    result = run("validate", str(exported))
    assert result.exit_code == 1
    assert result.stdout.count("the wording implies '>', not '='") == 2
    assert result.stderr == "zzbrief: 2 problems found\n"
