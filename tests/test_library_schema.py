"""A library briefing in the briefing schema: no pillars, soft targets, ranges, indicators."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from conftest import run
from libfixtures import gdp_briefing, write
from zzbrief.briefing import store
from zzbrief.briefing.compile import validate_path
from zzbrief.briefing.raw import to_raw


def _one(tmp_path: Path, **changes: object) -> Path:
    doc = gdp_briefing(("北样省", "Northland"), "province", 2025, 5, 5.5, result=5.4)
    for path, value in changes.items():
        *parents, last = path.split("__")
        node = doc
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[last] = value
    write(tmp_path, {"north-2025": doc})
    return tmp_path / "north-2025.yaml"


def test_a_library_briefing_validates_and_loads(tmp_path: Path) -> None:
    path = _one(tmp_path)
    found = validate_path(str(path))
    assert found.problems == [], found.problems
    b = store.load(str(path)).briefing
    assert b.pillars == () and b.glossary == ()
    assert b.source.place.en == "Northland" and b.source.level == "province"
    gdp, income, _ = b.targets
    assert gdp.pillar is None and gdp.indicator == "gdp-growth" and gdp.range_high == 5.5
    assert income.soft and income.value is None and income.figure is None
    assert gdp.outcomes[0].quote == "地区生产总值增长5.4%"


def test_export_round_trips_a_library_briefing(tmp_path: Path) -> None:
    path = _one(tmp_path)
    first = run("--data", str(path), "export")
    assert first.exit_code == 0, first.stderr
    again = tmp_path / "again.yaml"
    again.write_text(first.stdout, encoding="utf-8")
    second = run("--data", str(again), "export")
    assert second.stdout == first.stdout
    exported = yaml.safe_load(first.stdout)
    assert "pillar" not in exported["targets"][0]
    assert exported["targets"][1]["value"] is None
    assert exported["source"]["url"].startswith("https://example.gov.cn/")


def test_the_bundled_source_keeps_validating_with_its_place() -> None:
    b = store.load().briefing
    assert b.source.place.zh == "郑州" and b.source.level == "city" and b.source.year == 2024
    assert to_raw(b)["source"]["city"] == {"zh": "郑州", "en": "Zhengzhou"}


def test_an_unknown_indicator_is_a_problem_with_a_suggestion(tmp_path: Path) -> None:
    path = _one(tmp_path, targets__0__indicator="gdp-grwth")
    messages = [p.message for p in validate_path(str(path)).problems]
    assert any("'gdp-grwth' is not in" in m and "'gdp-growth'" in m for m in messages), messages


def test_half_a_soft_target_is_a_problem(tmp_path: Path) -> None:
    path = _one(tmp_path, targets__1__unit="%")
    messages = [p.message for p in validate_path(str(path)).problems]
    assert any("value null has no unit" in m for m in messages), messages


def test_a_range_must_rise(tmp_path: Path) -> None:
    path = _one(tmp_path, targets__0__range_high=4)
    messages = [p.message for p in validate_path(str(path)).problems]
    assert any("range_high 4 is not above value 5" in m for m in messages), messages


def test_a_target_without_pillar_in_a_briefing_with_pillars_is_a_problem(raw_data: dict) -> None:
    import copy

    from zzbrief.briefing import checks
    from zzbrief.briefing.raw import from_raw

    data = copy.deepcopy(raw_data)
    data["targets"][0]["pillar"] = None
    messages = [p.message for p in checks.provenance(from_raw(data))]
    assert any("a briefing with pillars files every target" in m for m in messages)


def test_every_view_copes_with_no_pillars_and_soft_targets(tmp_path: Path) -> None:
    path = str(_one(tmp_path))
    commands = (["pillars"], ["targets"], ["scorecard"], ["sectors"], ["article"], ["glossary"],
                [], ["targets", "income"], ["targets", "gdp"], ["search", "就业"])  # fmt: skip
    for args in commands:
        for fmt in ("plain", "json", "table"):
            result = run("--data", path, *args, "--format", fmt)
            assert result.exit_code == 0, (args, fmt, result.stderr)
    overview = json.loads(run("--data", path, "--format", "json").stdout)
    assert overview["pillars"] == [] and overview["headline"][0]["id"] == "gdp"
    cards = run("--data", path, "scorecard", "--format", "plain", "--lang", "en").stdout
    assert "no number" in cards
    soft = json.loads(run("--data", path, "targets", "income", "--format", "json").stdout)
    assert soft["verdict"] == "unknown" and soft["value"] is None
    met = json.loads(run("--data", path, "targets", "gdp", "--format", "json").stdout)
    assert met["verdict"] == "met" and met["range_high"] == 5.5
