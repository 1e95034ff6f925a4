"""A soft target's published figure is shown; the verdict stays "no number", counted apart."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run
from libfixtures import gdp_briefing, write


def _soft_with_outcome(tmp_path: Path) -> str:
    doc = gdp_briefing(("北样省", "Northland"), "province", 2025, 5, result=5.4)
    doc["targets"][1]["outcomes"] = [{
        "period": "2025", "figure": "5.2%", "value": 5.2, "unit": "%", "base_value": 5.2,
        "final": False, "quote": "居民人均可支配收入增长5.2%",
        "source": {"publisher": "北样省人民政府", "title": "2026年政府工作报告",
                   "date": "2026-01", "url": "https://example.gov.cn/2026.html"},
    }]  # fmt: skip
    write(tmp_path, {"north-2025": doc})
    return str(tmp_path / "north-2025.yaml")


def test_a_soft_targets_outcome_is_shown_and_not_judged(tmp_path: Path) -> None:
    path = _soft_with_outcome(tmp_path)
    cards = run("--data", path, "scorecard", "--format", "plain", "--lang", "en")
    assert cards.exit_code == 0, cards.stderr
    income = next(line for line in cards.stdout.splitlines() if line.startswith("income"))
    assert "5.2%" in income and "no number" in income
    record = json.loads(run("--data", path, "targets", "income", "--format", "json").stdout)
    assert record["verdict"] == "unknown" and record["value"] is None
    summary = cards.stderr.strip().splitlines()[-1]
    # jobs has no figure; the soft income target is counted apart, not as unpublished
    assert "no published figure 1 " in summary and "no number 1" in summary, summary


def test_without_soft_targets_the_summary_has_no_no_number_count(tmp_path: Path) -> None:
    doc = gdp_briefing(("北样省", "Northland"), "province", 2025, 5, result=5.4)
    del doc["targets"][1]
    write(tmp_path, {"north-2025": doc})
    cards = run("--data", str(tmp_path / "north-2025.yaml"), "scorecard", "--lang", "en",
                "--format", "plain")  # fmt: skip
    assert cards.exit_code == 0 and "no number" not in cards.stderr, cards.stderr
