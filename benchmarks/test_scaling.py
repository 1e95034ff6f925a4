"""In-process scaling benchmarks (pytest-benchmark): load, filter and search on synthetic
briefings 1×, 10× and 100× the bundled size. Not part of the test run; use

    pytest benchmarks/test_scaling.py --benchmark-only --benchmark-columns=mean,median,rounds

A synthetic briefing repeats the bundled article, targets and glossary N times under new ids,
so the text per item (and so the cost per item) stays that of the real data.
"""

from __future__ import annotations

import copy
import marshal
from typing import Any

import pytest

from zzbrief.briefing import query, store
from zzbrief.briefing.model import Briefing
from zzbrief.briefing.raw import from_raw, to_raw
from zzbrief.search import engine as search
from zzbrief.search import index

SIZES = [1, 10, 100]


def synthetic(factor: int) -> dict[str, Any]:
    """The bundled briefing with its sections, targets and glossary repeated ``factor`` times."""
    base = to_raw(store.load().briefing)
    raw = copy.deepcopy(base)
    raw["article"]["sections"], raw["targets"], raw["glossary"] = [], [], []
    for k in range(factor):
        suffix = "" if k == 0 else f"-{k}"
        for section in copy.deepcopy(base["article"]["sections"]):
            section["id"] += suffix
            for paragraph in section["paragraphs"]:
                for sentence in paragraph["sentences"]:
                    sentence["id"] += suffix
            raw["article"]["sections"].append(section)
        for target in copy.deepcopy(base["targets"]):
            target["id"] += suffix
            for mention in target["mentions"]:
                mention["sentence"] += suffix
            raw["targets"].append(target)
        for entry in copy.deepcopy(base["glossary"]):
            entry["id"] += suffix
            entry["sentences"] = [s + suffix for s in entry["sentences"]]
            raw["glossary"].append(entry)
    return raw


@pytest.fixture(scope="module", params=SIZES, ids=[f"{n}x" for n in SIZES])
def sized(request: pytest.FixtureRequest) -> tuple[bytes, Briefing, index.SearchIndex]:
    """The compiled form (as the cache holds it), the briefing and its index, at one size."""
    raw = synthetic(request.param)
    briefing = from_raw(raw)
    parts = index.build(briefing)
    return marshal.dumps(raw), briefing, index.SearchIndex(parts.__getitem__)


def test_load(benchmark: Any, sized: tuple[bytes, Briefing, index.SearchIndex]) -> None:
    compiled, briefing, _ = sized

    def load() -> Briefing:
        with store.paused_gc():  # as store.load does
            return from_raw(marshal.loads(compiled))

    loaded = benchmark(load)
    assert len(loaded.targets) == len(briefing.targets)


def test_filter(benchmark: Any, sized: tuple[bytes, Briefing, index.SearchIndex]) -> None:
    _, briefing, _ = sized
    ev = query.lookup_sector(briefing, "ev")
    found = benchmark(query.filter_targets, briefing, ev)
    assert len(found) == 3 * len(briefing.targets) // 32


@pytest.mark.parametrize("words", [["量子"], ["quantum"], ["liangzi"], ["電子資訊"]])
def test_search(
    benchmark: Any, sized: tuple[bytes, Briefing, index.SearchIndex], words: list[str]
) -> None:
    _, briefing, idx = sized
    hits = benchmark(search.search, briefing, idx, words)
    assert hits
