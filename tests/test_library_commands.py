"""The library: briefings, -b, compare (across and editions), search -b all.

Tested on small made-up briefings (``libfixtures``), so these tests hold whatever the
bundled library holds.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run
from libfixtures import gdp_briefing, target, write
from zzbrief.library.indicators import vocabulary

FORMATS = ("table", "plain", "json", "jsonl", "csv", "excel", "md")


@pytest.fixture
def own_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A library folder of the test's own, empty, in use through ZZBRIEF_LIBRARY."""
    folder = tmp_path / "briefings"
    folder.mkdir()
    monkeypatch.setenv("ZZBRIEF_LIBRARY", str(folder))
    return folder


def _json(*args: str) -> object:
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_briefings_lists_the_library_in_catalogue_order(library: Path) -> None:
    records = _json("briefings")
    assert isinstance(records, list)
    assert [r["id"] for r in records] == ["north-2025", "north-2026", "south-2025", "metro-2025"]
    first = records[0]
    assert first == {
        "id": "north-2025", "place": {"zh": "北样省", "en": "Northland"}, "level": "province",
        "year": 2025, "title": "2025年北样省政府工作报告",
        "source": "https://example.gov.cn/northland/2025.html", "targets": 3, "outcomes": 1,
    }  # fmt: skip


@pytest.mark.parametrize("fmt", FORMATS)
def test_briefings_and_compare_write_every_format(library: Path, fmt: str) -> None:
    for args in (["briefings"], ["compare", "gdp-growth"], ["compare", "north-2025", "north-2026"],
                 ["search", "-b", "all", "就业"]):  # fmt: skip
        result = run(*args, "--format", fmt)
        assert result.exit_code == 0, (args, result.stderr)
        assert result.stdout.strip(), args


def test_a_new_briefing_is_listed_on_the_next_run(own_library: Path) -> None:
    write(own_library, {"east-2025": gdp_briefing(("东样省", "Eastland"), "province", 2025, 6)})
    assert len(_json("briefings")) == 1  # type: ignore[arg-type]
    from zzbrief.library import catalogue

    catalogue.reset()  # the next run is a new process, which lists the folder again
    write(own_library, {"west-2025": gdp_briefing(("西样省", "Westland"), "province", 2025, 8)})
    assert "west-2025" in [r["id"] for r in _json("briefings")]  # type: ignore[attr-defined]


def test_compare_sorts_by_target_then_outcome_and_filters(library: Path) -> None:
    rows = _json("compare", "gdp-growth", "--level", "all")
    assert isinstance(rows, list)
    assert [(r["briefing"], r["target"]["value"]) for r in rows] == [
        ("metro-2025", 7), ("south-2025", 6), ("north-2025", 5), ("north-2026", 4.5)]  # fmt: skip
    by_outcome = _json(
        "compare", "gdp-growth", "--sort", "outcome", "--year", "2025", "--level", "all"
    )
    assert [r["briefing"] for r in by_outcome] == ["north-2025", "south-2025", "metro-2025"]  # type: ignore[index]
    cities = _json("compare", "gdp-growth", "--level", "city")
    assert [r["briefing"] for r in cities] == ["metro-2025"]  # type: ignore[index]


def test_compare_shows_the_nation_and_provinces_and_names_the_cities_it_leaves_out(
    library: Path,
) -> None:
    default = run("compare", "gdp-growth", "--format", "json")
    assert [r["briefing"] for r in json.loads(default.stdout)] == [
        "south-2025", "north-2025", "north-2026"]  # fmt: skip
    assert "1 city plan not shown (metro-2025): add --level city or --level all" in (default.stderr)
    every = run("compare", "gdp-growth", "--level", "all", "--format", "json")
    assert len(json.loads(every.stdout)) == 4 and "not shown" not in every.stderr


def test_compare_shows_cities_when_only_cities_have_the_indicator(own_library: Path) -> None:
    write(own_library, {"metro-2025": gdp_briefing(("样城市", "Metro"), "city", 2025, 7)})
    result = run("compare", "gdp-growth", "--format", "json")
    assert [r["briefing"] for r in json.loads(result.stdout)] == ["metro-2025"]
    assert "not shown" not in result.stderr


def test_compare_records_carry_target_outcome_and_verdict(library: Path) -> None:
    every = _json("compare", "gdp-growth", "--year", "2025", "--level", "all")
    rows = {r["briefing"]: r for r in every}  # type: ignore[union-attr]
    south, north, metro = rows["south-2025"], rows["north-2025"], rows["metro-2025"]
    assert set(south) == {"briefing", "place", "level", "year", "indicator", "target",
                          "outcome", "verdict"}  # fmt: skip
    assert south["target"] == {"id": "gdp", "figure": "6%—6.5%", "value": 6, "unit": "%",
                               "comparator": "≥", "range_high": 6.5,
                               "quote": "地区生产总值增长6%—6.5%"}  # fmt: skip
    assert south["verdict"] == "missed" and south["outcome"]["figure"] == "5%"
    assert north["verdict"] == "met" and north["outcome"]["quote"] == "地区生产总值增长5.4%"
    assert metro["verdict"] == "unknown" and metro["outcome"] is None


def test_compare_soft_targets_read_no_number(library: Path) -> None:
    result = run("compare", "income-growth", "--format", "plain", "--lang", "en")
    assert result.exit_code == 0
    assert all("no number" in line for line in result.stdout.splitlines()[1:])
    assert json.loads(run("compare", "income", "--format", "json").stdout)[0]["verdict"] == (
        "unknown"
    )


def test_compare_table_draws_bars_for_target_and_outcome(library: Path) -> None:
    out = run("compare", "gdp-growth", "--year", "2025", "--format", "table", "--lang", "en")
    line = next(x for x in out.stdout.splitlines() if "Northland" in x)
    assert line.count("|") == 2 and "≈ 5%" in line and "5.4%" in line and "✓ met" in line


def test_compare_errors(library: Path) -> None:
    typo = run("compare", "gdp-grwth")
    assert typo.exit_code == 2 and "Did you mean 'gdp-growth'?" in typo.stderr
    assert typo.stdout == ""
    none = run("compare", "cpi", "--format", "json")
    assert none.exit_code == 1 and none.stdout == "[]\n" and "no briefing has a cpi" in none.stderr
    bad = run("compare", "gdp-growth", "--level", "county")
    assert bad.exit_code == 2 and "unknown level 'county'" in bad.stderr
    three = run("compare", "a", "b", "c")
    assert three.exit_code == 2 and three.stderr.startswith("zzbrief: compare takes one")
    twice = run("compare", "north-2025", "north-2025")
    assert twice.exit_code == 2


def test_editions_mark_each_indicator(library: Path) -> None:
    changes = {c["indicator"]: c for c in _json("compare", "north-2025", "north-2026")}  # type: ignore[union-attr]
    assert changes["gdp-growth"]["mark"] == "lowered"  # about 5% → 4.5%—5%
    assert changes["income-growth"]["mark"] == "same"  # both soft
    assert changes["new-urban-jobs"]["mark"] == "dropped"
    assert changes["new-urban-jobs"]["after"] is None
    assert changes["gdp-growth"]["before"]["briefing"] == "north-2025"
    assert not any(c["guess"] for c in changes.values())


def _pair(tmp: Path, old: dict, new: dict) -> list[dict]:  # type: ignore[type-arg]
    a = gdp_briefing(("东样省", "Eastland"), "province", 2025, 5, jobs=None)
    b = gdp_briefing(("东样省", "Eastland"), "province", 2026, 5, jobs=None)
    a["targets"].append(old)
    b["targets"].append(new)
    a["article"]["sections"][0]["paragraphs"][0]["sentences"].append(
        {"id": "s9", "zh": old["mentions"][0]["quote"] + "。"}
    )
    b["article"]["sections"][0]["paragraphs"][0]["sentences"].append(
        {"id": "s9", "zh": new["mentions"][0]["quote"] + "。"}
    )
    write(tmp, {"east-2025": a, "east-2026": b})
    return _json("compare", "east-2025", "east-2026")  # type: ignore[return-value]


def test_metrics_without_a_key_are_paired_by_wording_as_a_guess(own_library: Path) -> None:
    old = target("trade", "s9", "外贸进出口额达到100亿元", "外贸进出口额", "100亿元", 100, "亿元")
    new = target(
        "trade2", "s9", "外贸进出口总额达到120亿元", "外贸进出口总额", "120亿元", 120, "亿元"
    )
    changes = _pair(own_library, old, new)
    guessed = [c for c in changes if c["guess"]]
    assert len(guessed) == 1 and guessed[0]["mark"] == "raised"
    assert guessed[0]["before"]["target"] == "trade" and guessed[0]["after"]["target"] == "trade2"
    gdp = next(c for c in changes if c["indicator"] == "gdp-growth")
    assert gdp["mark"] == "same"
    plain = run("compare", "east-2025", "east-2026", "--format", "plain", "--lang", "en")
    assert "raised (guess)" in plain.stdout and "paired by the wording" in plain.stderr


def test_unlike_metrics_are_new_and_dropped(own_library: Path) -> None:
    old = target("parks", "s9", "公园建设投资10亿元", "公园建设投资", "10亿元", 10, "亿元")
    new = target("roads", "s9", "新建道路30亿元", "道路投资", "30亿元", 30, "亿元")
    marks = {c["metric_zh"]: c["mark"] for c in _pair(own_library, old, new)}
    assert marks["公园建设投资"] == "dropped" and marks["道路投资"] == "new"


@pytest.mark.parametrize(
    "args",
    [["targets"], ["scorecard"], ["pillars"], ["sectors"], ["article"], ["glossary"], [],
     ["targets", "gdp"], ["search", "地区生产总值"], ["export"], ["validate"]],
)  # fmt: skip
def test_b_picks_a_briefing_for_every_command(library: Path, args: list[str]) -> None:
    picked = run("-b", "south-2025", *args, "--format", "json")
    assert picked.exit_code == 0, picked.stderr
    assert picked.stdout != run(*args, "--format", "json").stdout  # not the bundled one
    if args[:1] not in (["pillars"], ["sectors"], ["glossary"]):  # the same in both
        assert picked.stdout != run("-b", "north-2025", *args, "--format", "json").stdout
    after = run(*args, "-b", "south-2025", "--format", "json")  # after the command, too
    assert after.stdout == picked.stdout


def test_b_from_the_config_file_and_data_wins(library: Path, tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.write_text("[defaults]\nbriefing = north-2025\n", encoding="utf-8")
    env = {"ZZBRIEF_CONFIG": str(config)}
    from zzbrief.cli import settings

    settings.reset()
    picked = json.loads(run("targets", "--format", "json", env=env).stdout)
    assert [t["id"] for t in picked] == ["gdp", "income", "jobs"]
    settings.reset()
    own = json.loads(run("--data", str(library / "north-2026.yaml"), "-b", "south-2025",
                         "targets", "--format", "json", env=env).stdout)  # fmt: skip
    assert own[0]["figure"] == "4.5%—5%"
    settings.reset()


def test_the_default_stays_the_bundled_interview(library: Path) -> None:
    overview = _json()
    assert overview["source"]["speaker_zh"] == "何雄"  # type: ignore[index]


def test_an_unknown_briefing_gets_a_suggestion(library: Path) -> None:
    result = run("-b", "nrth-2025", "targets")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("zzbrief: unknown briefing 'nrth-2025'. Did you mean")
    assert "zzbrief briefings" in result.stderr


def test_search_all_names_each_hit_s_briefing(library: Path) -> None:
    hits = _json("search", "-b", "all", "就业")
    assert isinstance(hits, list)
    assert {h["briefing"] for h in hits} == {"north-2025", "south-2025", "metro-2025"}
    assert all(set(h) >= {"briefing", "kind", "id", "zh_matches"} for h in hits)
    limited = run("search", "-b", "all", "就业", "--limit", "2", "--format", "plain")
    assert len(limited.stdout.splitlines()) == 2 and "of 6" not in limited.stdout
    assert "2 条" in limited.stderr or "前 2 条" in limited.stderr
    none = run("search", "-b", "all", "量子")
    assert none.exit_code == 1 and "in 4 briefings" in none.stderr


def test_search_all_says_once_that_a_cold_cache_compiles_the_library(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ZZBRIEF_CACHE_DIR", str(tmp_path / "cold"))
    first = run("search", "-b", "all", "就业", "--format", "json")
    assert first.exit_code == 0
    assert first.stderr.count("compiling the library for search, once (4 briefings)") == 1
    from zzbrief.briefing import store

    store.reset()  # the next run is a new process, which finds every briefing compiled
    again = run("search", "-b", "all", "就业", "--format", "json")
    assert "compiling" not in again.stderr and again.stdout == first.stdout


def test_b_all_is_for_search_only(library: Path) -> None:
    result = run("-b", "all", "targets")
    assert result.exit_code == 2 and "-b all works with search only" in result.stderr


def test_vocabulary_matches_the_longest_alias() -> None:
    v = vocabulary()
    assert v.match("城镇居民人均可支配收入增长5%") == "urban-income-growth"
    assert v.match("居民人均可支配收入增长5%") == "income-growth"
    assert v.match("全市生产总值增长6%") == "gdp-growth"
    assert v.match("Urban unemployment rate") == "unemployment-rate"
    assert v.match("新签约项目总额") is None
    assert v.lookup("GDP").key == "gdp-growth"


def test_the_bundled_targets_carry_the_keys_that_fit(briefing: object) -> None:
    from zzbrief.briefing.model import Briefing

    assert isinstance(briefing, Briefing)
    keyed = {t.id: t.indicator for t in briefing.targets if t.indicator}
    assert keyed == {"gdp-growth": "gdp-growth", "rd-intensity": "rd-intensity"}
    v = vocabulary()
    for t in briefing.targets:
        if t.indicator:  # the key's wording is in the quote, as the library's must be
            assert any(v.match(m.quote) == t.indicator for m in t.mentions), t.id


@pytest.mark.parametrize(
    ("kind", "args"),
    [("briefing", ["briefings"]), ("comparison", ["compare", "gdp-growth"]),
     ("edition", ["compare", "north-2025", "north-2026"])],
)  # fmt: skip
def test_the_library_json_fields_are_documented(library: Path, kind: str, args: list[str]) -> None:
    from test_readme import documented_fields

    records = _json(*args)
    assert isinstance(records, list) and records
    nested = {k for r in records for v in r.values() if isinstance(v, dict) for k in v}
    assert set().union(*(r.keys() for r in records)) | nested <= documented_fields(kind)


def test_compare_marks_an_approximate_outcome_not_comparable(own_library: Path) -> None:
    doc = gdp_briefing(("东样省", "Eastland"), "province", 2025, 6, result=5.2)
    outcome = doc["targets"][0]["outcomes"][0]
    outcome["quote"] = outcome["quote"] + "左右"
    outcome.update(comparable=False, bound="≈", note={"zh": "约数。", "en": "About."})
    write(own_library, {"east-2025": doc})
    result = run("compare", "gdp-growth", "--format", "plain", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert "≈ 5.2%" in result.stdout and "? not comparable" in result.stdout
    record = json.loads(run("compare", "gdp-growth", "--format", "json").stdout)[0]
    assert record["verdict"] == "unknown" and record["outcome"]["figure"] == "5.2%"
