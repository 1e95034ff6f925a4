"""A sentence or target ID as the query lists that record first, at rank 0."""

from __future__ import annotations

import json

import pytest

from conftest import run
from zzbrief.briefing import store
from zzbrief.briefing.model import Briefing
from zzbrief.search.engine import Hit, search


def hits(*words: str) -> list[Hit]:
    loaded = store.loaded()
    return search(loaded.briefing, loaded.index, list(words))


def test_every_sentence_and_target_id_finds_its_record_first(briefing: Briefing) -> None:
    named = [("sentence", s) for s in briefing.sentences] + [
        ("target", t.id) for t in briefing.targets
    ]
    for kind, record in named:
        first = hits(record)[0]
        assert (first.kind, first.id, first.rank) == (kind, record, 0)


@pytest.mark.parametrize("query", ["ev-output", "EV-OUTPUT", "p3.4", "P3.4"])
def test_ids_are_found_in_any_case(query: str) -> None:
    first = hits(query)[0]
    assert first.id == query.lower() and first.rank == 0


def test_the_named_record_comes_before_text_matches() -> None:
    # p3.4 is also mentioned in a glossary explanation; the sentence itself comes first.
    found = [(h.kind, h.id) for h in hits("p3.4")]
    assert found[0] == ("sentence", "p3.4") and len(found) > 1


def test_the_named_record_keeps_its_text() -> None:
    target = hits("ev-output")[0]
    assert target.zh == "新能源汽车产量 > 70万辆"  # the value with its comparator, as views show
    assert target.en == "New-energy vehicle output > 700,000 vehicles"


def test_cli_json_lists_the_target_first() -> None:
    data = json.loads(run("search", "ev-output", "--format", "json").stdout)
    assert (data[0]["kind"], data[0]["id"], data[0]["rank"]) == ("target", "ev-output", 0)


@pytest.mark.parametrize("query", ["rcep", "four-highlands", "depa"])
def test_other_ids_do_not_jump_the_queue(query: str) -> None:
    # Glossary IDs are words people search for as words: sentences stay first.
    kinds = [h.kind for h in hits(query)]
    assert kinds == sorted(kinds, key=["sentence", "target", "pillar", "glossary"].index)
