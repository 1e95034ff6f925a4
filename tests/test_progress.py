"""Rates judged in points, ceilings as headroom, and a bar that never looks fuller than it is."""

from __future__ import annotations

import json
import math
import re

import pytest
from rich.console import Console

from conftest import run
from zzbrief.briefing.model import Bi, Mention, Outcome, SourceRef, Target
from zzbrief.briefing.verdicts import is_rate, judge
from zzbrief.render.doc import Meter
from zzbrief.render.layout import BAR_CELLS, lines
from zzbrief.render.meter import meter_text
from zzbrief.views.progress import NICE_STEPS, SHARE_SCALE, gap_words, meter_cell, nice_top


def _target(comparator: str, value: float, unit: str, base_unit: str, kind: str,
            *outcomes: float) -> Target:  # fmt: skip
    factor = 10000 if unit == "万辆" else 1
    figure = f"{value:g}{unit}"
    return Target("t", 1, ("economy",), Bi("指标", "metric"), figure, value, unit, comparator,
                  value * factor, base_unit, kind, (Mention("p1.2", figure),),
                  outcomes=tuple(Outcome("2024", f"{o:g}{unit}", o, unit, o * factor, True,
                                         SourceRef("统计局", "公报", "2025-03",
                                                   "https://tjj.zhengzhou.gov.cn/x"))
                                 for o in outcomes))  # fmt: skip


def _words(t: Target, lang: str = "en") -> str:
    return gap_words(t, judge(t, 2024), lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("unit", "base_unit", "kind", "rate"),
    [("%", "percent", "growth", True), ("%", "percent", "share", True),
     ("个百分点", "percentage-points", "growth", True), ("%", "percent", "level", False),
     ("万辆", "vehicles", "level", False), ("万辆", "vehicles", "growth", False)],
)  # fmt: skip
def test_a_rate_is_a_percentage_or_points_of_growth_or_a_share(
    unit: str, base_unit: str, kind: str, rate: bool
) -> None:
    assert is_rate(_target("=", 7, unit, base_unit, kind)) is rate


@pytest.mark.parametrize(
    ("comparator", "target", "outcome", "en", "zh"),
    [("=", 7, 5.7, "-1.3 pt", "-1.3个百分点"), (">", 2.8, 2.85, "+0.05 pt", "+0.05个百分点"),
     ("≥", 20, 20, "0 pt", "0个百分点"), ("≈", 6, 5.8, "-0.2 pt", "-0.2个百分点"),
     ("≤", 5.5, 5.1, "0.4 pt under", "低于上限0.4个百分点"),
     ("<", 3, 3.5, "0.5 pt over", "超出上限0.5个百分点")],
)  # fmt: skip
def test_a_rate_is_judged_in_points_never_as_a_share_of_its_target(
    comparator: str, target: float, outcome: float, en: str, zh: str
) -> None:
    t = _target(comparator, target, "%", "percent", "growth", outcome)
    assert (_words(t, "en"), _words(t, "zh")) == (en, zh)
    v = judge(t, 2024)
    assert v.gap_unit == "pt" and v.gap == pytest.approx(outcome - target)
    assert "%" not in en  # no share of the target anywhere in the words


@pytest.mark.parametrize(
    ("comparator", "outcome", "en", "zh"),
    [("≤", 64.4, "8% under", "低于上限8%"), ("<", 69.3, "1% under", "低于上限1%"),
     ("≤", 77, "10% over", "超出上限10%"), (">", 62.6, "89%", "89%")],
)  # fmt: skip
def test_a_level_ceiling_says_how_far_under_it_stayed(
    comparator: str, outcome: float, en: str, zh: str
) -> None:
    t = _target(comparator, 70, "万辆", "vehicles", "level", outcome)
    assert (_words(t, "en"), _words(t, "zh")) == (en, zh)
    assert judge(t, 2024).gap_unit == "万辆"


def _bar(m: Meter) -> str:
    return meter_text(m).plain.split(" ")[0]


@pytest.mark.parametrize("share", [0.9, 0.95, 0.97, 0.99, 0.999])
def test_a_bar_short_of_its_target_never_reaches_the_mark(share: float) -> None:
    bar = _bar(Meter(share / SHARE_SCALE, "", mark=1 / SHARE_SCALE))
    before = bar.split("|")[0]
    assert len(before) == 10 and before.endswith("-"), bar  # 97% is visibly one cell short


@pytest.mark.parametrize("share", [1.0, 1.001, 1.05, 1.2])
def test_a_bar_that_meets_its_target_reaches_the_mark(share: float) -> None:
    bar = _bar(Meter(share / SHARE_SCALE, "", mark=1 / SHARE_SCALE))
    assert bar.split("|")[0] == "#" * 10, bar


def test_a_bar_shows_when_it_runs_off_its_scale() -> None:
    assert _bar(Meter(2.0 / SHARE_SCALE, "", mark=1 / SHARE_SCALE)).endswith(">")
    assert _bar(Meter(-0.1, "", mark=0.5)).startswith("<")


@pytest.mark.parametrize("largest", [0.3, 2.85, 7, 9.5, 20, 60, 130])
def test_a_rate_scale_ends_at_a_round_number_above_both_figures(largest: float) -> None:
    top = nice_top(largest)
    mantissa = top / 10 ** math.floor(math.log10(top) + 1e-12)
    assert top >= largest * 1.1 and any(abs(mantissa - s) < 1e-9 for s in NICE_STEPS), top


def test_a_rate_is_drawn_on_its_own_scale_with_the_target_marked() -> None:
    t = _target("=", 7, "%", "percent", "growth", 5.7)
    m = meter_cell(t, judge(t, 2024), "bad", "en")
    assert m.scale == "(0-10%)" and m.mark == pytest.approx(0.7) and m.fill == pytest.approx(0.57)
    bar = _bar(m)
    assert bar.index("|") == round(0.7 * BAR_CELLS)  # the 7% mark on a 0-10% scale
    assert bar.count("#") == 6  # 5.7% of 10%, rounded down
    assert lines(m) == ["#" * (BAR_CELLS + 1) + " -1.3 pt (0-10%)"]  # what the layout measures
    assert meter_text(m).plain == bar + " -1.3 pt (0-10%)"


@pytest.mark.parametrize("lang", ["zh", "en", "both"])
@pytest.mark.parametrize("fmt", ["plain", "table"])
def test_the_bundled_rates_show_points_not_shares(lang: str, fmt: str) -> None:
    out = run("scorecard", "-p", "1", "-l", lang, "-f", fmt, env={"COLUMNS": "200"}).stdout
    gdp = next(line for line in out.splitlines() if "gdp-growth" in line)
    assert "81%" not in gdp  # 5.7% growth against 7%: 1.3 points short, not "81%"
    assert ("-1.3 pt" if lang == "en" else "-1.3个百分点") in gdp


def test_json_keeps_gap_and_share_and_names_the_gap_unit() -> None:
    records = {r["id"]: r for r in json.loads(run("scorecard", "-f", "json").stdout)}
    gdp, signed = records["gdp-growth"], records["signed-projects"]
    assert gdp["gap"] == pytest.approx(-1.3) and gdp["gap_unit"] == "pt" and gdp["share"]
    assert signed["gap"] == pytest.approx(282) and signed["gap_unit"] == "亿元"
    assert records["planned-projects"]["gap_unit"] is None  # no outcome, no gap
    for r in records.values():
        if r["gap"] is not None:
            assert re.fullmatch(r"pt|\S+", r["gap_unit"]), r["id"]


def test_the_bar_is_drawn_in_colour_and_reads_without_it() -> None:
    t = _target(">", 70, "万辆", "vehicles", "level", 68)
    m = meter_cell(t, judge(t, 2024), "bad", "en")
    console = Console(width=80, color_system="truecolor", force_terminal=True)
    with console.capture() as got:
        console.print(meter_text(m))
    assert "\x1b[" in got.get() and "97%" in got.get()
    assert _bar(m).split("|")[0].endswith("-")


@pytest.mark.parametrize(
    ("target", "lang", "words"),
    [("gdp-growth", "en", "✗ missed (prelim.) · -1.3 pt"),
     ("gdp-growth", "zh", "✗ 未达成（初步） · -1.3个百分点"),
     ("signed-projects", "en", "✓ met (prelim.) · 104% of the target"),
     ("signed-projects", "zh", "✓ 达成（初步） · 为目标的104%")],
)  # fmt: skip
def test_the_target_view_says_how_far_the_outcome_got(target: str, lang: str, words: str) -> None:
    out = run("targets", target, "-l", lang, "-f", "table", env={"COLUMNS": "120"}).stdout
    assert words in out.splitlines()
