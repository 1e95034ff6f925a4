"""Each provenance rule and the schema catch a damaged briefing, and say where."""

from __future__ import annotations

from typing import Any

import pytest

from zzbrief.briefing.checks import Problem, expected_comparator, parse_figure, provenance
from zzbrief.briefing.markers import is_final, todo_markers
from zzbrief.briefing.raw import from_raw
from zzbrief.briefing.schema import schema_problems
from zzbrief.briefing.triage import Triage


def problems(raw: dict[str, Any]) -> list[str]:
    return [f"{p.dotted}: {p.message}" for p in provenance(from_raw(raw))]


def target(raw: dict[str, Any], target_id: str) -> dict[str, Any]:
    return next(t for t in raw["targets"] if t["id"] == target_id)


def test_clean_data_has_no_problems(raw: dict[str, Any]) -> None:
    assert problems(raw) == []
    assert schema_problems(raw) == []


def test_wrong_base_value(raw: dict[str, Any]) -> None:
    target(raw, "ev-output")["base_value"] = 70000
    index = raw["targets"].index(target(raw, "ev-output"))
    assert problems(raw) == [
        f"targets[{index}].base_value: ev-output: base_value 70000 ≠ 70 × 10000 = 700000"
    ]


def test_quote_not_verbatim(raw: dict[str, Any]) -> None:
    target(raw, "gdp-growth")["mentions"][0]["quote"] = "地区生产总值增长8%"
    assert any("gdp-growth: quote is not verbatim" in p for p in problems(raw))


def test_figure_not_in_quote(raw: dict[str, Any]) -> None:
    t = target(raw, "gdp-growth")
    t["figure"], t["value"], t["base_value"] = "8%", 8, 8
    assert any("the figure '8%' is not in its quote" in p for p in problems(raw))


def test_figure_disagrees_with_value(raw: dict[str, Any]) -> None:
    target(raw, "gdp-growth")["value"] = 6
    assert any("figure '7%' is not value 6" in p for p in problems(raw))


def test_duplicate_target_id(raw: dict[str, Any]) -> None:
    raw["targets"][1]["id"] = raw["targets"][0]["id"]
    assert any(p.startswith("targets[1].id: duplicate target id") for p in problems(raw))


def test_duplicate_sentence_id(raw: dict[str, Any]) -> None:
    sentences = raw["article"]["sections"][1]["paragraphs"][0]["sentences"]
    sentences[1]["id"] = sentences[0]["id"]
    assert any("duplicate sentence id 'p1.1'" in p for p in problems(raw))


def test_unknown_sector(raw: dict[str, Any]) -> None:
    target(raw, "gdp-growth")["sectors"] = ["economy", "space"]
    assert any("gdp-growth: unknown sector 'space'" in p for p in problems(raw))


def test_alias_shared_by_two_sectors(raw: dict[str, Any]) -> None:
    raw["sectors"][0]["aliases"].append("NEV")
    assert any("duplicate sector code or alias 'nev'" in p for p in problems(raw))


def test_target_filed_under_the_wrong_pillar(raw: dict[str, Any]) -> None:
    target(raw, "gdp-growth")["pillar"] = 2
    found = problems(raw)
    assert any("quoted from pillar 1's section, but filed under pillar 2" in p for p in found)


def test_wrong_comparator(raw: dict[str, Any]) -> None:
    target(raw, "ev-output")["comparator"] = "="
    assert any("ev-output: the wording implies '>', not '='" in p for p in problems(raw))


def test_two_sentences_in_one(raw: dict[str, Any]) -> None:
    sentences = raw["article"]["sections"][1]["paragraphs"][0]["sentences"]
    sentences[0]["zh"] += sentences.pop(1)["zh"]
    assert any("sentence p1.1 holds more than one sentence" in p for p in problems(raw))


def test_schema_reports_every_problem_with_a_path(raw: dict[str, Any]) -> None:
    raw["targets"][3]["value"] = "many"
    del raw["targets"][5]["unit"]
    raw["pillars"][0]["slug"] = "Has Spaces"
    found = {(p.dotted, p.message.split(" is ")[0]) for p in schema_problems(raw)}
    assert ("targets[3].value", "'many'") in found
    assert any(path == "targets[5]" for path, _ in found)
    assert any(path == "pillars[0].slug" for path, _ in found)


def test_cross_references_name_what_they_looked_for(raw: dict[str, Any]) -> None:
    t = target(raw, "gdp-growth")
    t["sectors"], t["unit"] = ["economy", "space"], "台"
    t["mentions"][0]["sentence"] = "p9.9"
    found = {p.message: p.ref for p in provenance(from_raw(raw))}
    assert found == {
        "gdp-growth: unknown sector 'space'": ("sectors", "space"),
        "gdp-growth: figure '7%' is not value 7 + unit '台'": None,
        "gdp-growth: unit '台' is not in units": ("units", "台"),
        "gdp-growth: no sentence 'p9.9'": ("article", "p9.9"),
    }  # and no "no mention sits in pillar 1's section": where p9.9 sits is unknown


def test_triage_leaves_out_rejected_records_and_maps_back(raw: dict[str, Any]) -> None:
    raw["units"][0]["factor"] = -1  # 亿元, used by several targets
    raw["targets"][0]["kind"] = "grwth"
    sorted_out = Triage(raw, schema_problems(raw), [])
    assert len(sorted_out.pruned["targets"]) == len(raw["targets"]) - 1
    assert sorted_out.lost == {"units": {"亿元"}, "targets": set()}
    assert sorted_out.knock_on(Problem(("targets", 3), "x", ("units", "亿元")))
    assert not sorted_out.knock_on(Problem(("targets", 3), "x", ("units", "万辆")))
    moved = sorted_out.restore(Problem(("targets", 2, "id"), "dup (first at targets[0].id)",
                                       first=("targets", 0, "id")))  # fmt: skip
    assert (moved.path, moved.message) == (("targets", 3, "id"), "dup (first at targets[1].id)")


def test_triage_of_a_missing_or_rejected_section(raw: dict[str, Any]) -> None:
    raw["article"]["sections"][0]["kind"] = "preface"
    del raw["pillars"]
    sorted_out = Triage(raw, schema_problems(raw), ["pillars"])
    assert sorted_out.pruned["article"] == {"sections": []} and sorted_out.pruned["pillars"] == []
    assert sorted_out.knock_on(Problem(("targets", 0), "x", ("article", None)))
    assert sorted_out.knock_on(Problem(("targets", 0), "x", ("pillars", "1")))
    found = [p for p in provenance(from_raw(sorted_out.pruned)) if not sorted_out.knock_on(p)]
    assert found == []  # the bundled targets are otherwise sound


def test_todo_markers_in_document_order() -> None:
    raw = {
        "status": "draft",
        "source": {"title": "TODO", "title_en": "Plan TODO"},
        "targets": [{"metric": {"en": "TODO: translate"}, "todo": ["metric.en"]}, {"todo": []}],
    }
    assert [(p.dotted, p.message) for p in todo_markers(raw)] == [
        ("source.title", "still marked TODO: 'TODO'"),
        ("targets[0].metric.en", "still marked TODO: 'TODO: translate'"),
        ("targets[0].todo", "still to review (todo): metric.en"),
    ]
    assert not is_final(raw) and is_final({}) and is_final({"status": "final"})
    assert not is_final({"status": "drafft"})  # the schema reports it; markers stay warnings


@pytest.mark.parametrize(
    ("figure", "expected"),
    [("8000亿元", (8000, "亿元")), ("1.5万套(间)", (1.5, "万套(间)")), ("万亿级", (1, "万亿级"))],
)
def test_parse_figure(figure: str, expected: tuple[float, str]) -> None:
    assert parse_figure(figure) == expected


@pytest.mark.parametrize(
    ("quote", "figure", "expected"),
    [
        ("力争新签约项目总额突破8000亿元", "8000亿元", ">"),
        ("力争新能源汽车产量超70万辆", "70万辆", ">"),
        ("入库国家科技型企业8000家以上", "8000家", "≥"),
        ("建成百亿级量子产业集群", "百亿级", "≥"),
        ("新认定高企1000家", "1000家", "="),
    ],
)
def test_expected_comparator(quote: str, figure: str, expected: str) -> None:
    assert expected_comparator(quote, figure) == expected


def test_a_lists_closing_bound_applies_to_its_earlier_items() -> None:
    from zzbrief.briefing.checks import _list_comparator

    quote = "城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内"
    assert expected_comparator(quote, "5%") == "="  # the word reads the last figure only
    assert _list_comparator(quote, "5%") == "≤"
    assert _list_comparator("地区生产总值增长5%左右", "5%") is None


def test_a_bound_outcome_must_be_marked_not_comparable(raw: dict[str, Any]) -> None:
    with_outcome = next(t for t in raw["targets"] if t.get("outcomes"))
    outcome = with_outcome["outcomes"][0]
    outcome["bound"] = "≥"
    outcome.pop("comparable", None)
    assert any("stated as a bound (≥) needs comparable: false" in p for p in problems(raw))
    outcome["comparable"] = False
    assert not any("stated as a bound" in p for p in problems(raw))
    outcome["bound"] = "about"
    assert schema_problems(raw)  # ≥, ≤ or ≈ only
