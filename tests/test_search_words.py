"""Stop words and punctuation: dropped from a query, refused as a whole query (exit 2)."""

from __future__ import annotations

import pytest

from conftest import run
from zzbrief.briefing import store
from zzbrief.errors import UsageProblem
from zzbrief.search.engine import Hit, search
from zzbrief.search.matching import segment
from zzbrief.search.words import ENGLISH_STOP_WORDS, content_terms, is_noise


def hits(*words: str, any_mode: bool = False) -> list[Hit]:
    loaded = store.loaded()
    return search(loaded.briefing, loaded.index, list(words), any_mode=any_mode)


def ids(*words: str, any_mode: bool = False) -> list[tuple[str, str]]:
    return [(h.kind, h.id) for h in hits(*words, any_mode=any_mode)]


NOISE = ["the", "The", ",", "和", "的", "。", "……", "-", "%", "the of", "of , the"]


@pytest.mark.parametrize("query", NOISE)
def test_a_query_of_only_stop_words_or_punctuation_is_refused(query: str) -> None:
    with pytest.raises(UsageProblem) as caught:
        hits(*query.split())
    assert caught.value.hint is not None and "zzbrief search" in caught.value.hint


@pytest.mark.parametrize("query", ["the", ",", "和", "的"])
def test_cli_refuses_with_exit_2_and_a_hint(query: str) -> None:
    result = run("search", query)
    assert result.exit_code == 2 and result.stdout == ""
    assert "common words or punctuation" in result.stderr and "zzbrief search" in result.stderr


@pytest.mark.parametrize(
    ("noisy", "clean"),
    [
        (["the", "hydrogen"], ["hydrogen"]),
        (["hydrogen", "and", "corridor"], ["hydrogen", "corridor"]),
        (["量子", "和", "人工智能"], ["量子", "人工智能"]),
        (["量子", ",", "信息"], ["量子", "信息"]),
        (["of", "quantum", "the"], ["quantum"]),
    ],
)
def test_stop_words_among_real_words_are_ignored(noisy: list[str], clean: list[str]) -> None:
    # Same records; a stop word never makes an AND query fail, nor --any match everything.
    assert {i for i in ids(*noisy)} == {i for i in ids(*clean)}
    assert len(ids(*noisy, any_mode=True)) == len(ids(*clean, any_mode=True))


def test_stop_words_still_count_in_the_exact_phrase() -> None:
    ranked = {h.id: h.rank for h in hits("city", "of", "new-energy", "vehicles")}
    assert ranked["p3.4"] == 0  # "city of new-energy vehicles", as printed
    assert ranked["nev-city"] == 0


def test_a_quoted_phrase_made_of_stop_words_and_words_is_one_term() -> None:
    assert content_terms(["the four highlands"]) == ["the four highlands"]
    assert "lead.3" in {i for _, i in ids('"the four highlands"')}


def test_stop_words_are_not_pinyin_of_the_briefing() -> None:
    # "an", "he", "de" are searches for 安, 何/和, 的: the list must never swallow pinyin.
    syllables = store.loaded().index.syllables
    assert not [w for w in ENGLISH_STOP_WORDS if segment(w, syllables)]


def test_chinese_stop_words_only_as_a_whole_term() -> None:
    assert is_noise("的") and not is_noise("目的") and not is_noise("和平")
    assert not is_noise("\x07")  # control characters are searched for (and find nothing)


def test_pinyin_an_is_not_a_stop_word() -> None:
    assert "p5.1" in {i for _, i in ids("an")}
