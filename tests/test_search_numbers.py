"""Numbers in a query match figures by value, and only whole figures."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import run
from zzbrief.briefing import store
from zzbrief.briefing.model import Briefing
from zzbrief.errors import NoMatch
from zzbrief.search.engine import Hit, search
from zzbrief.search.numbers import UnitTable, figures, parse


def hits(*words: str) -> list[Hit]:
    loaded = store.loaded()
    return search(loaded.briefing, loaded.index, list(words))


def units() -> UnitTable:
    return UnitTable(store.get().units)


def highlighted(h: Hit) -> tuple[list[str], list[str]]:
    return [h.zh[s:e] for s, e in h.zh_spans], [h.en[s:e] for s, e in h.en_spans]


EV = ["700000", "700,000", "70万", "70万辆", "700,000 vehicles", "７０万"]


@pytest.mark.parametrize("query", EV)
def test_every_way_of_writing_700000_finds_the_ev_target_and_its_sentence(query: str) -> None:
    found = {h.id: h for h in hits(query)}
    assert "ev-output" in found and "p3.4" in found
    assert highlighted(found["ev-output"])[0] == ["70万辆"]
    zh, en = highlighted(found["p3.4"])
    assert zh == ["70万辆"] and "700,000" in en
    assert found["p3.4"].rank == 0


@pytest.mark.parametrize("query", EV)
def test_700000_never_finds_7000_yi(query: str) -> None:
    ids = {h.id for h in hits(query)}
    assert not ids & {"lead.3", "p3.3", "electronics-output"}


def test_every_target_is_found_by_its_figure_and_by_its_base_value(briefing: Briefing) -> None:
    # 万亿级 and 百亿级 have no digits: they are words, found as words.
    for target in (t for t in briefing.targets if re.search(r"\d", t.figure)):
        plain = f"{target.base_value:f}".rstrip("0").rstrip(".")  # 520000000000, not 5.2e+11
        for query in (target.figure, plain):
            found = {h.id: h for h in hits(query)}
            assert target.id in found, (target.id, query)
            for mention in target.mentions:
                zh, _ = highlighted(found[mention.sentence])
                assert target.figure in zh, (target.id, query, zh)


@pytest.mark.parametrize(
    ("query", "sentence", "zh", "en"),
    [
        ("700000", "p3.4", "70万辆", "700,000"),
        ("8000亿元", "lead.1", "8000亿元", "800 billion"),
        ("800 billion", "lead.1", "8000亿元", "800 billion"),
        ("200000", "lead.2", "20万名", "200,000"),
        ("1.5万", "p5.5", "1.5万套(间)", "15,000"),
        ("4000000", "p5.8", "400万平方米", "4 million"),
        ("2.8%", "p2.6", "2.8%", "2.8%"),
        ("31.5公里", "p5.8", "31.5公里", "31.5"),
    ],
)
def test_the_same_figure_is_highlighted_in_both_languages(
    query: str, sentence: str, zh: str, en: str
) -> None:
    found = next(h for h in hits(query) if h.id == sentence)
    zh_parts, en_parts = highlighted(found)
    assert zh in zh_parts and en in en_parts


def _number_boundaries_ok(text: str, start: int, end: int) -> bool:
    before, after = text[start - 1 : start], text[end : end + 1]
    glued_before = before.isdigit() or (before in ".," and text[start - 2 : start - 1].isdigit())
    glued_after = after.isdigit() or (after in ".," and text[end + 1 : end + 2].isdigit())
    return not glued_before and not glued_after


def _digit_runs(b: Briefing) -> set[str]:
    """Every number printed in the briefing, and every piece of one (7000 → 700, 000, 70 …)."""
    runs = {m for s in b.sentences.values() for m in re.findall(r"\d+", s.zh + " " + s.en)}
    return {r[i:j] for r in runs for i in range(len(r)) for j in range(i + 1, len(r) + 1)}


def _assert_whole_figures(query: str, found: list[Hit]) -> None:
    # Every highlight is a whole figure, whose printed number or value is the query's.
    for h in found:
        for text, spans in ((h.zh, h.zh_spans), (h.en, h.en_spans)):
            for start, end in spans:
                assert _number_boundaries_ok(text, start, end), (query, h.id, text[start:end])
                figure = next(figures(text[start:end], units()))
                assert float(query) in (figure.number, figure.value), (query, text[start:end])


def test_a_number_never_matches_inside_a_longer_number(briefing: Briefing) -> None:
    for query in sorted(_digit_runs(briefing)):
        try:
            _assert_whole_figures(query, hits(query))
        except NoMatch:
            continue


@pytest.mark.parametrize(
    "query",
    [
        "80",  # not inside 8000亿元 or 8000家
        "31",  # not inside 31.5 (a bare "5" now finds the outcome note "5 February")
        "8",  # not inside 2.8%
        "4%",  # 4项 is four tasks, not four percent
        "70000",  # not 70万 (700000), not 7000
    ],
)
def test_pieces_of_figures_find_nothing(query: str) -> None:
    with pytest.raises(NoMatch):
        hits(query)


def test_700_finds_700_billion_but_not_700000_or_7000() -> None:
    found = {h.id: h for h in hits("700")}
    assert highlighted(found["p3.3"]) == ([], ["700 billion"])
    # The target's English value reads "> 700 billion yuan", as the sentence's does.
    assert highlighted(found["electronics-output"]) == ([], ["700 billion"])
    assert "p3.4" not in found and "ev-output" not in found


def test_7000_finds_7000_yi_by_its_printed_number() -> None:
    found = {h.id: h for h in hits("7000")}
    assert {"lead.3", "p3.3", "electronics-output"} <= set(found)
    assert not {"p3.4", "ev-output"} & set(found)  # 7000 is not inside 700000
    assert highlighted(found["p3.3"])[0] == ["7000亿元"]


def test_a_percentage_only_matches_percentages() -> None:
    ids = {h.id for h in hits("60%")}
    assert ids == {"p3.4", "auto-output-growth"}  # not 60个 (p2.10), nor "60 projects"
    assert {"p3.4", "p2.10"} <= {h.id for h in hits("60")}  # a bare 60 is any printed 60


def test_a_bare_number_equals_the_printed_number_and_the_value() -> None:
    assert "gdp-growth" in {h.id for h in hits("7")}  # 7%
    assert "rental-housing" in {h.id for h in hits("15000")}  # 1.5万套(间) = 15000


def test_no_match_for_a_number_explains_value_matching() -> None:
    with pytest.raises(NoMatch) as caught:
        hits("80")
    assert caught.value.hint is not None and "by value" in caught.value.hint


def test_a_number_next_to_words_still_matches_by_value() -> None:
    found = {h.id: h for h in hits("新能源汽车", "70万")}
    assert found["p3.4"].rank == 1 and "70万辆" in highlighted(found["p3.4"])[0]


@pytest.mark.parametrize(
    ("text", "number", "value", "base"),
    [
        ("70万辆", 70, 700000, "vehicles"),
        ("8000亿元", 8000, 8e11, "yuan"),
        ("1.5万套(间)", 1.5, 15000, "dwellings"),
        ("70万", 70, 700000, None),
        ("3万亿", 3, 3e12, None),
        ("700,000 vehicles", 700000, 700000, "vehicles"),
        ("800 billion yuan", 800, 8e11, "yuan"),
        ("2.8%", 2.8, 2.8, "percent"),
        ("85 km", 85, 85, "km"),
        ("2024", 2024, 2024, None),
    ],
)
def test_parse_reads_number_multiplier_and_unit(
    text: str, number: float, value: float, base: str | None
) -> None:
    figure = parse(text, units())
    assert figure is not None
    assert (figure.number, figure.value, figure.base) == (number, value, base)


@pytest.mark.parametrize(
    "text", ["p3.4", "5G", "2024年", "70万辆 新能源", "ev-output", "7.", "1,2"]
)
def test_parse_refuses_what_is_not_one_figure(text: str) -> None:
    assert parse(text, units()) is None


def test_figures_are_read_whole() -> None:
    text = "超70万辆,增长2.8%,共70000个,7000亿元 (p3.4, 5G, 700,000 vehicles)"
    found = [(text[f.start : f.end], f.value) for f in figures(text, units())]
    assert found == [
        ("70万辆", 700000),
        ("2.8%", 2.8),
        ("70000个", 70000),
        ("7000亿元", 7e11),
        ("700,000", 700000),
    ]


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=10**9))
def test_any_number_highlights_only_whole_figures(n: int) -> None:
    try:
        _assert_whole_figures(str(n), hits(str(n)))
    except NoMatch:
        return


def test_cli_json_highlights_the_figure() -> None:
    data = json.loads(run("search", "700000", "--format", "json").stdout)
    first = data[0]
    assert first["id"] == "p3.4"
    assert [first["zh"][s:e] for s, e in first["zh_matches"]] == ["70万辆"]
