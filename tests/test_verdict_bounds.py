"""An outcome stated as a bound (超143万人, 控制在5.5%以内) decides a verdict only when the bound
alone settles it; an approximation (左右) or a bound on the unhelpful side never does."""

from __future__ import annotations

import pytest

from zzbrief.briefing.model import Bi, Mention, Outcome, SourceRef, Target
from zzbrief.briefing.verdicts import judge
from zzbrief.views.amounts import outcome_text

SOURCE = SourceRef("某省人民政府", "政府工作报告", "2025-01-20", "https://www.example.gov.cn/r")


def _target(comparator: str, value: float, outcome: float, bound: str | None,
            indicator: str | None = "new-urban-jobs", unit: str = "万人", factor: float = 1e4,
            base_unit: str = "people", comparable: bool = False) -> Target:  # fmt: skip
    got = Outcome("2024", f"{outcome:g}{unit}", outcome, unit, outcome * factor, False, SOURCE,
                  quote=f"城镇新增就业超{outcome:g}{unit}", comparable=comparable,
                  bound=bound)  # fmt: skip
    return Target("t", None, (), Bi("城镇新增就业", "New urban jobs"), f"{value:g}{unit}", value,
                  unit, comparator, value * factor, base_unit, "count",
                  (Mention("goals.1", f"城镇新增就业{value:g}{unit}以上"),), outcomes=(got,),
                  indicator=indicator)  # fmt: skip


@pytest.mark.parametrize(
    ("comparator", "value", "outcome", "bound", "verdict"),
    [
        ("≥", 110, 143, "≥", "met"),  # 超143万人 against 110万人以上: met, whatever the figure
        ("≥", 110, 100, "≥", "unknown"),  # more than 100万 says nothing about 110万
        ("≥", 110, 100, "≤", "missed"),  # at most 100万 against at least 110万
        ("≥", 110, 120, "≤", "unknown"),  # at most 120万 may be under 110万 or not
        ("≥", 110, 143, "≈", "unknown"),  # about 143万: an approximation is never judged
        ("≥", 110, 143, None, "unknown"),  # not comparable, no bound: another measure
        ("=", 60, 60, "≥", "met"),  # 60万人以上 against 60万人
    ],
)  # fmt: skip
def test_a_floor_target_against_a_bound(
    comparator: str, value: float, outcome: float, bound: str | None, verdict: str
) -> None:
    assert judge(_target(comparator, value, outcome, bound), 2024).verdict == verdict


@pytest.mark.parametrize(
    ("comparator", "outcome", "bound", "verdict"),
    [("≈", 5.5, "≤", "met"), ("≤", 5, "≤", "met"), ("≤", 4, "≥", "unknown"),
     ("≤", 6, "≥", "missed"), ("≈", 5.0, "≈", "unknown")],
)  # fmt: skip
def test_a_ceiling_against_a_bound(
    comparator: str, outcome: float, bound: str, verdict: str
) -> None:
    t = _target(comparator, 5.5 if comparator == "≈" else 5, outcome, bound,
                indicator="unemployment-rate", unit="%", factor=1, base_unit="percent")  # fmt: skip
    assert judge(t, 2024).verdict == verdict


def test_a_settled_bound_gives_no_gap_and_reads_as_a_bound() -> None:
    t = _target("≥", 110, 143, "≥")
    v = judge(t, 2024)
    assert v.outcome is t.outcomes[0] and v.gap is None and v.share is None
    assert outcome_text(t.outcomes[0], t, "zh").startswith("≥ 143万")
    assert outcome_text(t.outcomes[0], t, "en") == "≥ 1.43 million people (143万人)"


def test_a_bound_on_another_measure_settles_nothing() -> None:
    rate = _target("≥", 50, 98, "≥", indicator=None, unit="%", factor=1, base_unit="percent")
    level = Target("t", None, (), Bi("产量", "Output"), "50万辆", 50, "万辆", "≥", 500000,
                   "vehicles", "count", (Mention("goals.1", "产量50万辆"),),
                   outcomes=rate.outcomes)  # fmt: skip
    assert judge(level, 2024).verdict == "unknown"


def test_a_figure_that_settles_nothing_is_shown_unjudged_not_as_missing() -> None:
    about = judge(_target("≥", 110, 143, "≈"), 2024)
    other = judge(_target("≥", 110, 143, None), 2024)
    for v in (about, other):
        assert v.verdict == "unknown" and v.unjudged and v.outcome is not None
    exact = _target("≥", 110, 143, None, comparable=True)
    assert not judge(exact, 2024).unjudged and judge(exact, 2024).verdict == "met"
    later = _target("≥", 110, 143, None)
    v = judge(later, 2023)  # a figure for another year than the one due is not shown
    assert v.verdict == "unknown" and not v.unjudged and v.outcome is None
