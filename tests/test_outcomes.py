"""Did they deliver? Verdicts, the bundled outcomes, the scorecard, and hostile outcome data."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from conftest import run
from zzbrief.briefing.checks import parse_figure
from zzbrief.briefing.model import Bi, Briefing, Outcome, SourceRef, Target
from zzbrief.briefing.verdicts import ABOUT_TOLERANCE, judge, meets, tally
from zzbrief.briefing.yamlio import dump

# Each comparator against an outcome below, equal to and above a target of 100.
VERDICT_TABLE = [
    ("=", 99, False), ("=", 100, True), ("=", 101, True),
    ("≥", 99, False), ("≥", 100, True), ("≥", 101, True),
    (">", 99, False), (">", 100, False), (">", 101, True),
    ("≈", 94.9, False), ("≈", 95, True), ("≈", 99, True), ("≈", 100, True), ("≈", 120, True),
    ("≤", 99, True), ("≤", 100, True), ("≤", 101, False),
    ("<", 99, True), ("<", 100, False), ("<", 101, False),
]  # fmt: skip


@pytest.mark.parametrize(("comparator", "outcome", "met"), VERDICT_TABLE)
def test_verdict_table(comparator: str, outcome: float, met: bool) -> None:
    assert meets(comparator, outcome, 100) is met


def test_about_tolerance_is_five_percent() -> None:
    assert ABOUT_TOLERANCE == 0.05
    assert meets("≈", 6 * 0.95, 6) and not meets("≈", 6 * 0.94, 6)


def _target(comparator: str = ">", *outcomes: Outcome) -> Target:
    from zzbrief.briefing.model import Mention

    return Target("t", 1, ("ev",), Bi("新能源汽车产量", "NEV output"), "70万辆", 70, "万辆",
                  comparator, 700000, "vehicles", "level", (Mention("p3.4", "70万辆"),),
                  outcomes=outcomes)  # fmt: skip


def _outcome(period: str, value: float, final: bool = True, date: str = "2025-03") -> Outcome:
    return Outcome(period, f"{value:g}万辆", value, "万辆", value * 10000, final,
                   SourceRef("统计局", "公报", date, "https://example.invalid/x"))  # fmt: skip


def test_a_full_year_figure_decides_and_the_gap_is_in_the_target_unit() -> None:
    v = judge(_target(">", _outcome("2024", 62.6)), 2024)
    assert v.verdict == "missed" and v.gap == pytest.approx(-7.4) and v.share == 0.894286
    assert judge(_target(">", _outcome("2024", 71)), 2024).verdict == "met"


def test_an_outcome_of_another_measure_is_kept_but_judges_nothing() -> None:
    other = Outcome("2024", "98%", 98, "%", 98, False,
                    SourceRef("郑州市人民政府", "政府工作报告", "2025-02-08", "https://example.invalid/r"),
                    comparable=False)  # fmt: skip
    assert judge(_target(">", other), 2024).verdict == "unknown"
    assert judge(_target(">", other, _outcome("2024", 71)), 2024).verdict == "met"


def test_a_part_year_figure_is_partial_never_met() -> None:
    v = judge(_target(">", _outcome("2024-01/2024-11", 90)), 2024)  # already past the target
    assert v.verdict == "partial" and v.share == pytest.approx(90 / 70, abs=1e-6)


def test_january_to_december_is_a_full_year() -> None:
    assert judge(_target(">", _outcome("2024-01/2024-12", 71)), 2024).verdict == "met"
    assert judge(_target(">", _outcome("2024-02/2024-12", 71)), 2024).verdict == "partial"


def test_a_verdict_on_a_preliminary_figure_says_so() -> None:
    from zzbrief.views.scorecard import verdict_cell

    prelim = judge(_target(">", _outcome("2024", 60, final=False)), 2024)
    final = judge(_target(">", _outcome("2024", 60, final=True)), 2024)
    # The test source is at example.invalid: a press source, which the verdict names too.
    assert verdict_cell(prelim, "en").text == "✗ missed (prelim., press)"
    assert verdict_cell(final, "en").text == "✗ missed (press)"
    assert verdict_cell(prelim, "zh").text == "✗ 未达成（初步，媒体）"


def test_final_beats_preliminary_and_later_beats_earlier() -> None:
    prelim, final = _outcome("2024", 75, final=False), _outcome("2024", 65, final=True)
    assert judge(_target(">", prelim, final), 2024).outcome == final
    early, late = _outcome("2024", 65, False, "2025-01"), _outcome("2024", 75, False, "2025-02")
    assert judge(_target(">", late, early), 2024).outcome == late


def test_other_years_and_absurd_numbers_judge_nothing() -> None:
    assert judge(_target(">", _outcome("2025", 99)), 2024).verdict == "unknown"
    assert judge(_target(">"), 2024).verdict == "unknown"
    absurd = _outcome("2024", math.inf)
    assert judge(_target(">", absurd), 2024).verdict == "unknown"


def test_tally_counts_every_verdict() -> None:
    verdicts = [judge(_target(">", _outcome("2024", x)), 2024) for x in (80, 60)]
    assert tally(verdicts) == {"met": 1, "missed": 1, "partial": 0, "pending": 0, "unknown": 0}


def _published(briefing: Briefing) -> list[tuple[Target, Outcome]]:
    return [
        (t, o)
        for t in briefing.targets
        for o in (*t.outcomes, *([t.baseline] if t.baseline else []))
    ]


def test_every_bundled_outcome_ties_value_unit_and_base_value_to_its_figure(
    briefing: Briefing,
) -> None:
    published = _published(briefing)
    assert len(published) >= 10
    for t, o in published:
        assert parse_figure(o.figure) == (o.value, o.unit), (t.id, o.figure)
        unit = briefing.unit(o.unit)
        assert unit is not None, (t.id, o.unit)
        # another measure (comparable: false) may count something else: it judges nothing
        assert unit.base_unit == t.base_unit or not o.comparable, (t.id, o.unit)
        assert math.isclose(o.value * unit.factor, o.base_value), (t.id, o.figure)


def test_every_bundled_outcome_has_a_source_url_date_and_period(briefing: Briefing) -> None:
    for t, o in _published(briefing):
        assert o.source.url.startswith(("http://", "https://")), t.id
        assert o.source.date[:4].isdigit() and o.source.publisher and o.source.title, t.id
        is_baseline = o is t.baseline
        assert (o.year < 2024) if is_baseline else (o.year >= 2024), (t.id, o.period)


def test_every_target_without_an_outcome_says_why(briefing: Briefing) -> None:
    for t in briefing.targets:
        if not any(o.full_year and o.year == 2024 for o in t.outcomes):
            assert t.outcome_note is not None and t.outcome_note.en, t.id


def test_the_bundled_verdicts(briefing: Briefing) -> None:
    verdicts = {t.id: judge(t, 2024).verdict for t in briefing.targets}
    assert verdicts["gdp-growth"] == "missed"  # 5.7% against 7%
    assert verdicts["signed-projects"] == "met"  # 8282亿元 (the city's 2025 report) > 8000亿元
    # NEV output: the report gives growth (98%), the press vehicles off the line: no verdict
    assert verdicts["ev-output"] == "unknown"
    ev = next(t for t in briefing.targets if t.id == "ev-output")
    assert ev.outcomes and not any(o.comparable for o in ev.outcomes)
    assert tally([judge(t, 2024) for t in briefing.targets])["partial"] == 0


@pytest.mark.parametrize("fmt", ["table", "plain", "json", "jsonl", "csv", "yaml", "md"])
@pytest.mark.parametrize("lang", ["zh", "en", "both"])
def test_scorecard_in_every_format_and_language(fmt: str, lang: str) -> None:
    result = run("scorecard", "--format", fmt, "--lang", lang)
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr and result.stdout.strip()
    if fmt == "table":
        assert "|" in result.stdout and "✓" in result.stdout and "✗" in result.stdout


def test_scorecard_json_contract(briefing: Briefing) -> None:
    records = json.loads(run("scorecard", "--format", "json").stdout)
    assert [r["id"] for r in records] == [t.id for t in briefing.targets]
    assert {r["verdict"] for r in records} <= {"met", "missed", "partial", "pending", "unknown"}
    signed = next(r for r in records if r["id"] == "signed-projects")
    outcome = signed["outcomes"][signed["verdict_outcome"]]
    assert outcome["source"]["publisher"] == "郑州市人民政府"  # the city's own 2025 report
    ev = next(r for r in records if r["id"] == "ev-output")
    # other measures judge nothing: the figure is shown (verdict_outcome), the verdict unknown
    shown = ev["outcomes"][ev["verdict_outcome"]]
    assert ev["verdict"] == "unknown" and shown["comparable"] is False
    assert {"period", "figure", "value", "unit", "base_value", "final", "source"} <= outcome.keys()
    assert {"url", "publisher", "title", "date"} <= outcome["source"].keys()
    gdp = next(r for r in records if r["id"] == "gdp-growth")
    assert gdp["baseline"]["figure"] == "7.4%" and gdp["baseline"]["period"] == "2023"
    assert json.loads(run("targets", "-f", "json").stdout) == records  # the same fields


def test_scorecard_summary_line_and_filters() -> None:
    result = run("scorecard", "--sector", "ev", "--lang", "en")
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == [
        "ev-cluster", "ev-output", "auto-output-growth"]  # fmt: skip
    summary = (
        "✓ met 0 · ✗ missed 0 · ◔ partial year 0 · ⧖ not due 1 · ? no published figure 0"
        " · ? not comparable 2"
    )
    # ev-cluster is a long-range aim: not due; ev-output's figures count vehicles off the
    # line or growth, another measure (comparable: false), so none decides a verdict, and
    # auto-output-growth's only figure is a number of vehicles: both are "not comparable".
    assert summary in result.stderr
    table = run("scorecard", "-p", "1", "-f", "table", env={"COLUMNS": "160"}).stdout
    assert "达成 1" in table and "未达成 2" in table
    assert run("scorecard", "--sector", "nope").exit_code == 2


def test_scorecard_reads_without_colour() -> None:
    result = run("scorecard", "-f", "table", "-l", "en", env={"NO_COLOR": "1", "COLUMNS": "170"})
    assert "\x1b[" not in result.stdout
    assert "✗ missed" in result.stdout and "##########|" in result.stdout  # the 100% mark


def test_outcome_notes_are_searchable() -> None:
    hits = json.loads(run("search", "实际下线", "-f", "json").stdout)
    assert "ev-output" in [h["id"] for h in hits if h["kind"] == "target"]


def _with_outcome(raw: dict[str, Any], tmp_path: Path, **changes: Any) -> Path:
    target = next(t for t in raw["targets"] if t["id"] == "high-tech-firms")
    outcome = {"period": "2024", "figure": "1200家", "value": 1200, "unit": "家",
               "base_value": 1200, "final": True,
               "source": {"publisher": "某统计局", "title": "公报", "date": "2025-03-20",
                          "url": "https://example.invalid/bulletin"}}  # fmt: skip
    outcome.update(changes)
    target["outcomes"] = [outcome]
    path = tmp_path / "mine.yaml"
    path.write_text(dump(raw), encoding="utf-8")
    return path


def test_an_analyst_keeps_the_scorecard_current(raw: dict[str, Any], tmp_path: Path) -> None:
    path = _with_outcome(raw, tmp_path)
    records = json.loads(run("--data", str(path), "scorecard", "-f", "json").stdout)
    mine = next(r for r in records if r["id"] == "high-tech-firms")
    assert mine["verdict"] == "met" and mine["gap"] == 200 and mine["share"] == 1.2
    exported = run("--data", str(path), "export").stdout
    again = tmp_path / "again.yaml"
    again.write_text(exported, encoding="utf-8")
    assert run("--data", str(again), "export").stdout == exported  # byte for byte
    assert "1200家" in exported


@pytest.mark.parametrize(
    ("changes", "needle"),
    [
        ({"source": {"publisher": "x", "title": "y", "date": "2025"}}, "url"),
        ({"source": {"publisher": "x", "title": "y", "url": "https://a.invalid", "date": ""}},
         "date"),
        ({"figure": "1200个"}, "is not"),
        ({"unit": "亿元", "figure": "1200亿元", "base_value": 120000000000}, "counts"),
        ({"period": "2023"}, "before the plan year"),
        ({"value": 1e308, "base_value": float("inf")}, "finite"),
        ({"period": "2024-13/2024-14"}, "period"),
    ],
)  # fmt: skip
def test_bad_outcomes_are_refused_with_a_path(
    raw: dict[str, Any], tmp_path: Path, changes: dict[str, Any], needle: str
) -> None:
    path = _with_outcome(raw, tmp_path, **changes)
    result = run("validate", str(path))
    assert result.exit_code == 1 and "Traceback" not in result.stdout + result.stderr
    assert "outcomes" in result.stdout and needle in result.stdout, result.stdout


def test_two_final_figures_for_one_year_are_refused(raw: dict[str, Any], tmp_path: Path) -> None:
    path = _with_outcome(raw, tmp_path)
    target = next(t for t in raw["targets"] if t["id"] == "high-tech-firms")
    target["outcomes"].append(dict(target["outcomes"][0], figure="1100家", value=1100,
                                   base_value=1100))  # fmt: skip
    path.write_text(dump(raw), encoding="utf-8")
    result = run("validate", str(path))
    assert result.exit_code == 1 and "two final figures" in result.stdout


def test_hostile_text_in_outcome_notes_is_shown_never_obeyed(
    raw: dict[str, Any], tmp_path: Path
) -> None:
    evil = "[bold red]x[/] :smile: \x1b]52;c;aGk=\x07 \x9b31m"
    path = _with_outcome(raw, tmp_path, note={"zh": evil, "en": evil},
                         source={"publisher": evil, "title": evil, "date": "2025",
                                 "url": "https://example.invalid/x"})  # fmt: skip
    for fmt in ("table", "plain", "md", "csv"):
        out = run("--data", str(path), "scorecard", "-f", fmt, env={"COLUMNS": "200"}).stdout
        assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out, fmt
        shown = "\\u001b" if fmt == "csv" else "\\x1b"  # CSV nests outcomes as JSON
        assert shown in out and "bold red" in out, fmt  # Markdown escapes the brackets
    data = json.loads(run("--data", str(path), "scorecard", "-f", "json").stdout)
    mine = next(r for r in data if r["id"] == "high-tech-firms")
    assert mine["outcomes"][0]["note_en"] == evil  # JSON keeps the original string
