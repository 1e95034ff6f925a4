"""Horizons: when each target is due, and ``pending`` ("not due") for the rest."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, run
from zzbrief.briefing.model import LONG_RANGE, Bi, Briefing, Mention, Outcome, SourceRef, Target
from zzbrief.briefing.verdicts import judge
from zzbrief.briefing.yamlio import dump

PLAN_YEAR = 2024


def _target(horizon: int | str | None, *outcomes: Outcome) -> Target:
    return Target("t", 3, ("ev",), Bi("集群", "cluster"), "万亿级", 1, "万亿级", "≥",
                  1e12, "yuan", "level", (Mention("p3.3", "万亿级"),), outcomes=outcomes,
                  horizon=horizon)  # fmt: skip


def _outcome(period: str, yuan: float) -> Outcome:
    return Outcome(period, f"{yuan / 1e8:g}亿元", yuan / 1e8, "亿元", yuan, True,
                   SourceRef("统计局", "公报", "2025-03", "https://example.invalid/x"))  # fmt: skip


def test_every_bundled_horizon_is_the_plan_year_a_later_year_or_long_range(
    briefing: Briefing,
) -> None:
    for t in briefing.targets:
        assert t.horizon is not None, t.id  # the bundled data states every one
        h = t.horizon
        assert h == LONG_RANGE or (isinstance(h, int) and h >= briefing.source.year), (t.id, h)


def test_every_bundled_horizon_follows_the_wording_rule(briefing: Briefing) -> None:
    # The rule written in targets.yaml: a 瞄准/打造 …级 aim with no year is long-range; a
    # target with no stated year in a sentence about this year's work is for the plan year.
    for t in briefing.targets:
        sentences = [briefing.sentences[m.sentence].zh for m in t.mentions]
        years = {int(y) for s in sentences for y in re.findall(r"(20\d\d)年", s)} - {PLAN_YEAR}
        aim = t.unit.endswith("级") and any(re.search("瞄准|打造", s) for s in sentences)
        want = LONG_RANGE if aim else (min(years) if years else PLAN_YEAR)
        assert t.horizon == want, (t.id, t.horizon, want)


def test_horizon_sits_right_after_comparator_in_the_bundled_yaml() -> None:
    text = (REPO / "data" / "targets.yaml").read_text(encoding="utf-8")
    blocks = re.split(r"\n  - id: ", text)[1:]
    assert len(blocks) == 32
    for block in blocks:
        assert re.search(r"\n    comparator: [^\n]+\n    horizon: [^\n]+\n", block), block[:40]


def test_a_long_range_aim_with_a_plan_year_figure_is_pending_never_missed() -> None:
    v = judge(_target(LONG_RANGE, _outcome("2024", 6e11)), PLAN_YEAR)  # 6000亿, short of 万亿
    assert v.verdict == "pending" and v.outcome is None and v.gap is None
    assert judge(_target(LONG_RANGE), PLAN_YEAR).verdict == "pending"


def test_a_later_year_target_is_pending_until_its_own_year_is_published() -> None:
    assert judge(_target(2026, _outcome("2024", 6e11)), PLAN_YEAR).verdict == "pending"
    assert judge(_target(2026), PLAN_YEAR).verdict == "pending"
    v = judge(_target(2026, _outcome("2024", 6e11), _outcome("2026", 1.1e12)), PLAN_YEAR)
    assert v.verdict == "met" and v.outcome is not None and v.outcome.period == "2026"
    assert judge(_target(2026, _outcome("2026-01/2026-06", 1.1e12)), PLAN_YEAR).verdict == "partial"


@pytest.mark.parametrize("horizon", [None, PLAN_YEAR])
def test_plan_year_targets_are_judged_as_before(horizon: int | None) -> None:
    assert judge(_target(horizon, _outcome("2024", 6e11)), PLAN_YEAR).verdict == "missed"
    assert judge(_target(horizon, _outcome("2024", 1.2e12)), PLAN_YEAR).verdict == "met"
    assert judge(_target(horizon), PLAN_YEAR).verdict == "unknown"
    assert judge(_target(horizon, _outcome("2025", 1.2e12)), PLAN_YEAR).verdict == "unknown"


def test_the_bundled_long_range_aims_are_not_due(briefing: Briefing) -> None:
    records = json.loads(run("scorecard", "-f", "json").stdout)
    by_id = {r["id"]: r for r in records}
    for t in briefing.targets:
        assert by_id[t.id]["horizon"] == t.horizon
        if t.horizon == LONG_RANGE:
            assert by_id[t.id]["verdict"] == "pending", t.id
    assert by_id["ev-cluster"]["verdict"] == "pending"


@pytest.mark.parametrize(
    ("lang", "words"), [("zh", "⧖ 未到期"), ("en", "⧖ not due"), ("both", "⧖ 未到期\nnot due")]
)
def test_pending_is_shown_as_not_due_with_its_own_symbol_and_count(lang: str, words: str) -> None:
    plain = run("scorecard", "--sector", "ev", "-l", lang)
    row = next(line for line in plain.stdout.splitlines() if line.startswith("ev-cluster"))
    assert words.replace("\n", " · ") in row
    assert words.replace("\n", " / ") + " 1" in plain.stderr  # the summary line counts it
    table = run("scorecard", "--sector", "ev", "-l", lang, "-f", "table", "--color", "always")
    assert "\x1b[36m⧖" in table.stdout  # cyan: a colour of its own (partial is yellow)
    assert "\x1b[36m◔" not in table.stdout and "\x1b[33m⧖" not in table.stdout


def _with_horizon(raw: dict[str, Any], tmp_path: Path, horizon: Any) -> Path:
    target = next(t for t in raw["targets"] if t["id"] == "ev-cluster")
    target["horizon"] = horizon
    path = tmp_path / "mine.yaml"
    path.write_text(dump(raw), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("horizon", "needle"),
    [("soon", "horizon"), (2023, "before the plan year"), (True, "horizon"), (20240, "horizon")],
)
def test_a_bad_horizon_is_refused_with_its_path(
    raw: dict[str, Any], tmp_path: Path, horizon: Any, needle: str
) -> None:
    result = run("validate", str(_with_horizon(raw, tmp_path, horizon)))
    assert result.exit_code == 1 and "Traceback" not in result.stdout + result.stderr
    assert "horizon" in result.stdout and needle in result.stdout, result.stdout


def test_a_horizon_goes_out_and_back_in(raw: dict[str, Any], tmp_path: Path) -> None:
    path = _with_horizon(raw, tmp_path, 2027)
    exported = run("--data", str(path), "export").stdout
    assert re.search(r"\n  comparator: \S+\n  horizon: 2027\n", exported)
    again = tmp_path / "again.yaml"
    again.write_text(exported, encoding="utf-8")
    assert run("--data", str(again), "export").stdout == exported
    record = next(
        r for r in json.loads(run("--data", str(again), "targets", "-f", "json").stdout)
        if r["id"] == "ev-cluster"
    )  # fmt: skip
    assert record["horizon"] == 2027 and record["verdict"] == "pending"


def test_a_briefing_without_horizons_is_due_in_its_plan_year(
    raw: dict[str, Any], tmp_path: Path
) -> None:
    for t in raw["targets"]:
        t.pop("horizon", None)
    path = tmp_path / "old.yaml"
    path.write_text(dump(raw), encoding="utf-8")
    assert run("validate", str(path)).exit_code == 0
    records = json.loads(run("--data", str(path), "scorecard", "-f", "json").stdout)
    assert {r["horizon"] for r in records} == {PLAN_YEAR}
    assert "horizon" not in run("--data", str(path), "export").stdout


@pytest.mark.parametrize(
    ("target", "lang", "words"),
    [("ev-cluster", "en", "long-range (no year set)"), ("ev-cluster", "zh", "长期目标（未定年份）"),
     ("ev-output", "en", "2024")],
)  # fmt: skip
def test_the_target_view_says_when_it_is_due(target: str, lang: str, words: str) -> None:
    out = run("targets", target, "-l", lang, "-f", "table", env={"COLUMNS": "100"}).stdout
    row = next(line for line in out.splitlines() if "Horizon" in line or "期限" in line)
    assert words in row
    assert "e+" not in out  # base values in full: 1,000,000,000,000 yuan


def test_a_null_horizon_is_the_plan_year(raw: dict[str, Any], tmp_path: Path) -> None:
    # A draft that could not tell writes null, as it does for range_high.
    path = _with_horizon(raw, tmp_path, None)
    assert run("validate", str(path)).exit_code == 0
    record = next(
        r for r in json.loads(run("--data", str(path), "targets", "-f", "json").stdout)
        if r["id"] == "ev-cluster"
    )  # fmt: skip
    assert record["horizon"] == PLAN_YEAR and record["verdict"] == "unknown"
