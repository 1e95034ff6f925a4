"""Search across languages: exact expectations for each query form, ranking and no-match."""

from __future__ import annotations

import json
import re

import pytest

from conftest import run
from zzbrief.briefing import store
from zzbrief.briefing.model import Briefing
from zzbrief.errors import NoMatch, UsageProblem
from zzbrief.search.engine import Hit, search, split_query

QUANTUM = ["p3.6", "p3.7", "credits.2"]
ELECTRONICS = ["lead.3", "p3.2", "p3.3"]


def hits(*words: str, any_mode: bool = False) -> list[Hit]:
    loaded = store.loaded()
    return search(loaded.briefing, loaded.index, list(words), any_mode=any_mode)


def sentence_ids(*words: str, any_mode: bool = False) -> list[str]:
    return [h.id for h in hits(*words, any_mode=any_mode) if h.kind == "sentence"]


def all_ids(*words: str) -> list[tuple[str, str]]:
    return [(h.kind, h.id) for h in hits(*words)]


def test_chinese_substring_finds_every_mention(briefing: Briefing) -> None:
    expected = [s.id for s in briefing.sentences.values() if "量子" in s.zh]
    assert sentence_ids("量子") == expected == QUANTUM


@pytest.mark.parametrize(
    "query", ["quantum", "Quantum", "QUANTUM", "liangzi", "liàngzǐ", "liang4zi3"]
)
def test_english_and_pinyin_find_the_same_passages_as_chinese(query: str) -> None:
    assert all_ids(query) == all_ids("量子")


def test_pinyin_with_spaces_is_one_phrase() -> None:
    assert all_ids("liang", "zi") == all_ids("量子")
    assert all_ids("liang zi") == all_ids("量子")


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [("電子資訊", "电子信息"), ("氫能", "氢能"), ("東數西算", "东数西算")],
)
def test_traditional_and_taiwan_phrasing(traditional: str, simplified: str) -> None:
    assert all_ids(traditional) == all_ids(simplified)


def test_electronics_in_traditional_finds_the_three_sentences() -> None:
    assert sentence_ids("電子資訊") == ELECTRONICS


def test_taiwan_phrasing_highlights_the_simplified_text() -> None:
    first = hits("電子資訊")[0]
    start, end = first.zh_spans[0]
    assert first.zh[start:end] == "电子信息"


def test_english_word_forms() -> None:
    assert sentence_ids("vehicle") == ["p3.2", "p3.3", "p3.4"]  # finds "vehicles"
    assert sentence_ids("pipe") == ["p5.8"]  # finds "pipelines"
    assert "p4.4" in sentence_ids("Cambodia")
    assert sentence_ids("hydrogen") == sentence_ids("氢能") == ["p3.6", "p3.12"]


def test_stems_match_other_forms() -> None:
    # "universities" is not a prefix of "university", but they share a stem.
    assert "p2.4" in sentence_ids("universities")


def test_pinyin_syllables_line_up_with_characters(briefing: Briefing) -> None:
    # "an" must not match inside "quan" (全) or "jian" (建): only characters read "an".
    readings = store.loaded().index.readings
    found = hits("an")
    for h in found:
        for start, end in h.zh_spans:
            assert [readings[c] for c in h.zh[start:end]] == [("an",)], h.id
    assert "p5.1" in sentence_ids("an")  # 安全韧性
    assert not any(h.zh[s:e] == "全" for h in found for s, e in h.zh_spans)


def test_short_words_do_not_match_inside_longer_english_words() -> None:
    for h in hits("an"):
        for start, end in h.en_spans:
            assert h.en[start:end].lower() == "an"


def test_several_words_must_all_match() -> None:
    both = sentence_ids("量子", "人工智能")
    assert both == ["p3.6"]
    assert sentence_ids("hydrogen", "corridor") == ["p3.12"]


def test_ranking_phrase_first_then_all_words() -> None:
    ranked = [(h.id, h.rank) for h in hits("量子", "信息") if h.kind == "sentence"]
    assert ranked[0] == ("p3.6", 0)  # 量子信息: the exact phrase
    assert all(rank == 1 for _, rank in ranked[1:])


def test_any_mode_adds_partial_matches_last() -> None:
    ranked = [(h.id, h.rank) for h in hits("氢能", "量子", any_mode=True) if h.kind == "sentence"]
    assert ranked[0] == ("p3.6", 1)  # both words
    assert {i for i, r in ranked if r == 2} == {"p3.7", "p3.12", "credits.2"}


def test_quoted_phrase_stays_a_phrase() -> None:
    assert split_query(['"hydrogen energy" corridor']) == ["hydrogen energy", "corridor"]
    assert sentence_ids('"hydrogen energy"') == ["p3.6", "p3.12"]
    with pytest.raises(NoMatch):
        hits('"energy hydrogen"')


def test_results_list_sentences_then_targets_pillars_glossary() -> None:
    kinds = [h.kind for h in hits("量子")]
    assert kinds == sorted(kinds, key=["sentence", "target", "pillar", "glossary"].index)
    assert ("target", "quantum-cluster") in all_ids("量子")
    assert ("glossary", "quantum-city") in all_ids("量子")


def test_sentence_hits_point_to_glossary_entries() -> None:
    by_id = {h.id: h for h in hits("四高地")}
    assert "four-highlands" in by_id["lead.3"].glossary


def test_no_match_raises_with_a_suggestion() -> None:
    with pytest.raises(NoMatch) as caught:
        hits("liangzi", "huoxing")
    assert caught.value.hint is not None and "liangzi = 量子" in caught.value.hint


def test_no_match_suggests_the_closest_glossary_term() -> None:
    with pytest.raises(NoMatch) as caught:
        hits("hub to hubb")
    assert caught.value.hint is not None and "hub-to-hub" in caught.value.hint


def test_empty_query_is_a_usage_problem() -> None:
    with pytest.raises(UsageProblem):
        hits("  ")


def test_cli_limit_and_other_language() -> None:
    result = run("search", "hydrogen", "--limit", "1", "--format", "json")
    data = json.loads(result.stdout)
    assert len(data) == 1 and data[0]["id"] == "p3.6"
    start, end = data[0]["en_matches"][0]
    assert data[0]["en"][start:end] == "hydrogen"
    assert "氢能" in data[0]["zh"]


def test_cli_plain_row_shows_match_and_the_other_language() -> None:
    row = run("search", "Cambodia").stdout.splitlines()[0].split("\t")
    assert row[:2] == ["句子", "p4.4"]
    assert "Cambodia" in row[3] and "柬埔寨" in row[4]


def test_cli_no_match_exit_1_with_hint() -> None:
    result = run("search", "liangzi", "huoxing")
    assert result.exit_code == 1 and result.stdout == ""
    assert "liangzi = 量子" in result.stderr


def test_table_highlights_matches_on_a_terminal() -> None:
    import io

    from zzbrief import render
    from zzbrief.render.env import Env
    from zzbrief.views.listings import search_view

    out = io.StringIO()
    env = Env(out, io.StringIO(), True, False, True, False, 120)
    loaded = store.loaded()
    view = search_view(loaded.briefing, hits("量子"), "zh")
    render.emit(view, "table", env)
    assert re.search(r"\x1b\[[0-9;]*m量子", out.getvalue())


@pytest.mark.parametrize(
    ("query", "parts"),
    [
        # Every word reads the synonyms (small); a number is matched by value, with no index.
        ("量子", {"chars", "synonyms", "stems"}),  # its glossary name "quantum city" too
        ("氢能", {"chars", "synonyms"}),
        ("quantum", {"chars", "stems", "synonyms"}),
        ("liangzi", {"chars", "pinyin", "stems", "synonyms"}),
        ("電子資訊", {"chars", "variants", "synonyms"}),
        ("人工智慧", {"chars", "variants", "synonyms"}),  # found only in the renderings
        ("70万", set()),
    ],
)
def test_a_query_reads_only_the_index_parts_its_language_needs(query: str, parts: set[str]) -> None:
    store.reset()
    loaded = store.loaded()
    search(loaded.briefing, loaded.index, [query])
    assert loaded.index.loaded_parts == parts


def test_traditional_query_highlights_target_text_too() -> None:
    # The index covers exactly what search shows, so a target's shown text has renderings.
    target = next(h for h in hits("電子資訊") if h.id == "electronics-output")
    start, end = target.zh_spans[0]
    assert target.zh[start:end] == "电子信息"
