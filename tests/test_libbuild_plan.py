"""The library build's reviewed plan-part targets (scripts/libbuild/plan.py), on a made-up report.

The build itself needs a local copy of lawtext/gov; these tests give it a small report of our
own, so that what the review format promises (everything read from the quote, every quote
found once in the plan part, every draft proposal reviewed) is checked offline.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from libbuild.plan import read_plan_part, sentence_span
from libbuild.units import base

REPORT = """# 政府工作报告

一、2024年工作回顾

地区生产总值增长5.1%，新增市场主体8万户。

二、2025年工作安排

今年主要预期目标是：地区生产总值增长6%左右。

新增市场主体10万户以上。开展直播电商行动，打造直播电商基地10个，培育销售额1000万元以上商家50个。全力稳增长，地区生产总值增长6%左右。
"""
NEXT = "一、2025年工作回顾\n\n新增市场主体12万户，直播电商基地建成11个。\n"
SOURCE = {"publisher": "某市人民政府", "title": "政府工作报告", "date": "2026-02-01", "url": "u"}
GDP = {"id": "gdp-growth", "figure": "6%", "quote": "地区生产总值增长6%左右"}
PLAN_FROM = REPORT.index("二、")


def _entry(**extra: Any) -> dict[str, Any]:
    entry = {
        "id": "new-entities",
        "quote": "新增市场主体10万户以上",
        "figure": "10万户",
        "metric": {"zh": "新增市场主体", "en": "New market entities"},
    }
    return {**entry, **extra}


def _read(spec: dict[str, Any], nxt: bool = True) -> Any:
    goals = [dict(GDP)]
    return read_plan_part(
        "t-2025", spec, REPORT, PLAN_FROM, 2025, {}, goals, (NEXT, SOURCE) if nxt else None
    )


def test_value_unit_and_comparator_are_read_from_the_quote() -> None:
    part = _read({"plan_targets": [_entry()]})
    (t,) = part.targets
    assert (t["value"], t["unit"], t["comparator"], t["base_value"]) == (10, "万户", "≥", 100000)
    assert t["horizon"] == 2025 and t["aspiration"] is False
    sid, zh = part.sentences[0]
    assert t["sentence"] == sid and t["quote"] in zh and zh in REPORT


def test_an_outcome_is_read_from_the_next_report_with_the_default_note() -> None:
    outcome = {"quote": "新增市场主体12万户", "figure": "12万户"}
    (t,) = _read({"plan_targets": [_entry(outcomes=[outcome])]}).targets
    (o,) = t["outcomes"]
    assert (o["period"], o["value"], o["base_value"], o["final"]) == ("2025", 12, 120000, False)
    assert "快报数" in o["note"]["zh"] and o["source"]["publisher"] == "某市人民政府"


def test_a_target_without_an_outcome_says_whether_the_next_report_exists() -> None:
    (published,) = _read({"plan_targets": [_entry()]}).targets
    (pending,) = _read({"plan_targets": [_entry()]}, nxt=False).targets
    assert "未见" in published["outcome_note"]["zh"]
    assert "尚未发布" in pending["outcome_note"]["zh"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"quote": "新增市场主体"}, "times, not once"),  # in the review as well
        ({"quote": "新增市场主体8万户", "figure": "8万户"}, "before the plan part"),
        ({"figure": "11万户"}, "not in its quote"),
        ({"metric": {"zh": "市场主体总量", "en": "x"}}, "neither the metric"),
        ({"metric": {"zh": "新增市场主体", "en": ""}}, "needs zh and en"),
        ({"indicator": "no-such-key"}, "not in data/library/indicators.yaml"),
        ({"id": "gdp-growth"}, "used twice"),
        ({"outcomes": [{"quote": "建成11个", "figure": "12万户"}]}, "is not read from"),
        (
            {
                "outcomes": [
                    {"quote": "新增市场主体12万户", "figure": "12万户", "comparable": False}
                ]
            },
            "without a note",
        ),
    ],
)
def test_a_review_entry_that_does_not_hold_stops_the_build(
    change: dict[str, Any], message: str
) -> None:
    with pytest.raises(SystemExit, match=message):
        _read({"plan_targets": [_entry(**change)]})


def test_every_draft_proposal_must_be_reviewed() -> None:
    part = _read({"plan_targets": [_entry()]})
    unreviewed = " ".join(part.unreviewed)
    assert "10个" in unreviewed and "10万户" not in unreviewed
    rejected = {"quote": "销售额1000万元以上商家50个", "figure": "1000万元", "why": "threshold"}
    base = {"id": "bases", "quote": "打造直播电商基地10个", "figure": "10个"}
    bases = {**base, "metric": {"zh": "直播电商基地", "en": "Live-streaming bases"}}
    shops = {"id": "shops", "quote": "商家50个", "figure": "50个"}
    shops["metric"] = {"zh": "商家", "en": "Merchants"}  # type: ignore[assignment]
    mention = {"of": "gdp-growth", "quote": "全力稳增长，地区生产总值增长6%左右", "figure": "6%"}
    spec = {
        "plan_targets": [_entry(), bases, shops],
        "not_targets": [rejected],
        "mentions": [mention],
    }
    assert _read(spec).unreviewed == []


def test_a_mention_joins_its_target_and_must_print_its_figure() -> None:
    goals = [dict(GDP)]
    mention = {"of": "gdp-growth", "quote": "全力稳增长，地区生产总值增长6%左右", "figure": "6%"}
    read_plan_part("t", {"mentions": [mention]}, REPORT, PLAN_FROM, 2025, {}, goals, None)
    (more,) = goals[0]["more_mentions"]
    assert more["quote"] == mention["quote"] and more["sentence"] == "plan.1"
    with pytest.raises(SystemExit, match="must print its figure"):
        wrong = {**mention, "figure": "5.1%"}
        read_plan_part("t", {"mentions": [wrong]}, REPORT, PLAN_FROM, 2025, {}, [dict(GDP)], None)


def test_a_long_sentence_is_narrowed_to_its_clauses_around_the_quote() -> None:
    text = "序。" + "，".join(f"第{i}项工作要做好做实做细" for i in range(20)) + "，目标达到9个。"
    at = text.index("目标达到9个")
    lo, hi = sentence_span(text, at, at + len("目标达到9个"))
    assert text[lo:hi] == "目标达到9个。"
    short = "序。打造基地10个。"
    at = short.index("基地10个")
    assert short[slice(*sentence_span(short, at, at + 5))] == "打造基地10个。"


def test_a_sentence_ending_at_a_semicolon_keeps_it() -> None:
    # validate wants every article sentence but a paragraph's last to end at 。!?；
    text = "序。新增海外仓20万平方米以上；实施计划。\n"
    at = text.index("新增")
    assert text[slice(*sentence_span(text, at, at + 5))] == "新增海外仓20万平方米以上；"


def test_a_base_value_is_made_whole_only_for_float_noise() -> None:
    assert base(1.2, "万户") == 12000 and isinstance(base(1.2, "万户"), int)
    # 9.7万亩 is 64666666.67 m²: rounding it to 64666667 would fail validate (rel_tol 1e-9)
    assert math.isclose(base(9.7, "万亩"), 9.7 * 1e4 * 2000 / 3, rel_tol=1e-12)


def test_an_outcome_must_come_from_the_next_report_s_review() -> None:
    nxt = NEXT + "\n二、2026年工作安排\n\n主要预期目标是：新增市场主体13万户以上。\n"
    planned = {"quote": "新增市场主体13万户以上", "figure": "13万户"}
    spec = {"plan_targets": [_entry(outcomes=[planned])]}
    with pytest.raises(SystemExit, match="after the next report's review"):
        read_plan_part("t-2025", spec, REPORT, PLAN_FROM, 2025, {}, [dict(GDP)], (nxt, SOURCE))
    reviewed = {
        "plan_targets": [_entry(outcomes=[{"quote": "新增市场主体12万户", "figure": "12万户"}])]
    }
    part = read_plan_part(
        "t-2025", reviewed, REPORT, PLAN_FROM, 2025, {}, [dict(GDP)], (nxt, SOURCE)
    )
    assert part.targets[0]["outcomes"][0]["value"] == 12
