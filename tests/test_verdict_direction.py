"""Lower is better: a ceiling or `down` indicator's target is met at or under it, not over."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO
from zzbrief.briefing.model import Bi, Mention, Outcome, SourceRef, Target
from zzbrief.briefing.store import load
from zzbrief.briefing.verdicts import direction, judge
from zzbrief.views.progress import gap_words

LIBRARY = REPO / "data" / "library" / "briefings"


def _target(indicator: str | None, comparator: str, value: float, outcome: float,
            unit: str = "%", base_unit: str = "percent",
            metric: str = "指标") -> Target:  # fmt: skip
    figure = f"{value:g}{unit}"
    source = SourceRef("统计局", "公报", "2025-03", "https://www.stats.gov.cn/x")
    return Target("t", 1, ("economy",), Bi(metric, "metric"), figure, value, unit, comparator,
                  value, base_unit, "share", (Mention("p1.2", metric + figure),),
                  outcomes=(Outcome("2024", f"{outcome:g}{unit}", outcome, unit, outcome, True,
                                    source),), indicator=indicator)  # fmt: skip


@pytest.mark.parametrize(
    ("indicator", "comparator", "value", "outcome", "verdict"),
    [("unemployment-rate", "≈", 5.5, 5.1, "met"), ("unemployment-rate", "≈", 5.5, 5.2, "met"),
     ("unemployment-rate", "≈", 5.5, 5.775, "met"), ("unemployment-rate", "≈", 5.5, 5.9, "missed"),
     ("cpi", "≈", 3, 0.2, "met"), ("cpi", "=", 3, 3.1, "missed"), ("cpi", "=", 3, 3, "met"),
     ("fiscal-deficit", "≤", 3, 2.9, "met"), ("gdp-growth", "≈", 5, 4.6, "missed"),
     (None, "≈", 5.5, 5.1, "missed")],
)  # fmt: skip
def test_a_ceiling_indicator_is_met_at_or_under_its_target(
    indicator: str | None, comparator: str, value: float, outcome: float, verdict: str
) -> None:
    assert judge(_target(indicator, comparator, value, outcome), 2024).verdict == verdict


def test_a_ceilings_gap_reads_as_headroom() -> None:
    t = _target("unemployment-rate", "≈", 5.5, 5.1)
    v = judge(t, 2024)
    assert (gap_words(t, v, "en"), gap_words(t, v, "zh")) == ("0.4 pt under", "低于上限0.4个百分点")


def test_a_reduction_of_a_down_level_is_more_is_better_and_unclear_wording_unknown() -> None:
    cut = _target("pm25", "≈", 5, 6, metric="细颗粒物浓度下降")
    assert judge(cut, 2024).verdict == "met"  # cut 6% against about 5%: more than asked
    assert judge(_target("pm25", "≈", 5, 3, metric="细颗粒物浓度下降"), 2024).verdict == "missed"
    unclear = _target("pm25", "≈", 5, 3, metric="细颗粒物浓度")
    assert judge(unclear, 2024).verdict == "unknown"
    level = _target("pm25", "≤", 30, 28, "微克/立方米", "micrograms-per-cubic-metre")
    assert judge(level, 2024).verdict == "met"


def _library() -> list[Path]:
    return sorted(LIBRARY.glob("*.yaml"))


def test_no_library_ceiling_target_is_missed_at_or_under_its_target() -> None:
    checked = 0
    for path in _library():
        b = load(str(path)).briefing
        for t in b.targets:
            if direction(t) not in ("ceiling", "down") or t.base_value is None:
                continue
            v = judge(t, b.source.year)
            if v.outcome is not None and v.outcome.base_value <= t.base_value:
                checked += 1
                assert v.verdict != "missed", (path.name, t.id, t.figure, v.outcome.figure)
    assert checked >= 20  # unemployment and CPI in many of the 99 briefings
