"""The English rendering and the glossary: complete, aligned, and faithful to the figures."""

from __future__ import annotations

import json
import re

import pytest

from conftest import run
from zzbrief.briefing.model import Briefing

NUMBER = re.compile(r"\d+(?:\.\d+)?")


def numbers(text: str) -> set[str]:
    # "15,000" is the number 15000 written with a separator.
    return set(NUMBER.findall(re.sub(r"(?<=\d),(?=\d{3})", "", text)))


def test_every_sentence_has_both_languages(briefing: Briefing) -> None:
    for sentence in briefing.sentences.values():
        assert sentence.zh.strip() and sentence.en.strip(), sentence.id


def test_every_arabic_number_in_chinese_appears_in_english(briefing: Briefing) -> None:
    for sentence in briefing.sentences.values():
        missing = numbers(sentence.zh) - numbers(sentence.en)
        assert not missing, (sentence.id, missing)


@pytest.mark.parametrize(
    "name",
    [
        "Songshan Laboratory",
        "Zhongyuan Science and Technology City",
        "Zhongyuan Quantum Valley",
        "China-Europe Railway Express",
    ],
)
def test_proper_names_are_kept_recognisable(briefing: Briefing, name: str) -> None:
    assert any(name in s.en for s in briefing.sentences.values())


def test_article_in_english_is_complete_and_in_order(briefing: Briefing) -> None:
    out = run("article", "--lang", "en").stdout
    position = -1
    for sentence in briefing.sentences.values():
        at = out.find(sentence.en)
        assert at > position, sentence.id
        position = at
    assert "以更" not in out  # headings in English too


def test_article_both_pairs_each_sentence(briefing: Briefing) -> None:
    lines = run("article", "--pillar", "1", "--lang", "both").stdout.splitlines()
    section = briefing.section("p1")
    assert section is not None
    body = lines[1:]
    assert body == [x for s in section.sentences for x in (s.zh, s.en)]


def test_glossary_four_highlands_explains_all_four() -> None:
    out = run("glossary", "四高地").stdout
    for highland in ("国家创新高地", "国家先进制造业高地", "国家开放高地", "国家人才高地"):
        assert highland in out
    english = run("glossary", "四高地", "--lang", "en").stdout
    for part in ("innovation", "advanced manufacturing", "opening-up", "talent"):
        assert part in english


@pytest.mark.parametrize("term", ["四高地", "four highlands", "sigaodi", "四個高地"])
def test_glossary_lookup_in_any_language(term: str) -> None:
    data = json.loads(run("glossary", term, "--format", "json").stdout)
    assert [e["id"] for e in data] == ["four-highlands"]


def test_glossary_list(briefing: Briefing) -> None:
    rows = run("glossary").stdout.splitlines()
    assert len(rows) == len(briefing.glossary) >= 30
    assert len({e.id for e in briefing.glossary}) == len(briefing.glossary)


def test_glossary_entries_are_bilingual_and_point_into_the_article(briefing: Briefing) -> None:
    for entry in briefing.glossary:
        assert entry.term.zh and entry.term.en and entry.explain.zh and entry.explain.en
        assert entry.sentences, entry.id
        assert all(s in briefing.sentences for s in entry.sentences)


def test_glossary_sentence_lists_are_complete(briefing: Briefing) -> None:
    # Search points hits to entries through these lists, so none may be missing.
    for entry in briefing.glossary:
        found = [s.id for s in briefing.sentences.values() if entry.term.zh in s.zh]
        assert set(found) <= set(entry.sentences), entry.id


def test_background_is_marked(briefing: Briefing) -> None:
    east = next(g for g in briefing.glossary if g.id == "east-data-west-computing")
    assert east.background
    out = run("glossary", "东数西算", "--lang", "en").stdout
    assert "(background: beyond the article)" in out
    four = next(g for g in briefing.glossary if g.id == "four-highlands")
    assert not four.background and "p1.1" in four.explain.en


def test_glossary_unknown_term_exits_1_with_suggestion() -> None:
    result = run("glossary", "hub to hubb")
    assert result.exit_code == 1 and result.stdout == ""
    assert "hub-to-hub" in result.stderr
