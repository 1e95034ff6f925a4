"""Synonyms: the words a journalist types find their targets, in both languages, any case.

The synonyms come from the glossary, the sectors and the indicator vocabulary
(data/library/indicators.yaml), compiled into the search index (search/synonyms.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from zzbrief.briefing import store
from zzbrief.briefing.model import Briefing
from zzbrief.errors import NoMatch
from zzbrief.search.engine import Hit, search

VOCABULARY = Path(__file__).resolve().parents[1] / "data" / "library" / "indicators.yaml"


def hits(*words: str) -> list[Hit]:
    loaded = store.loaded()
    return search(loaded.briefing, loaded.index, list(words))


def ids(kind: str, found: list[Hit]) -> set[str]:
    return {h.id for h in found if h.kind == kind}


def highlighted(h: Hit) -> list[str]:
    return [h.zh[s:e] for s, e in h.zh_spans] + [h.en[s:e] for s, e in h.en_spans]


#: What a journalist types, and the targets and sentences it must find (at least these).
JOURNALIST = [
    ("GDP", {"gdp-growth"}, {"p1.2"}),
    ("gdp", {"gdp-growth"}, {"p1.2"}),
    ("GRP", {"gdp-growth"}, {"p1.2"}),
    ("gdp growth", {"gdp-growth"}, {"p1.2"}),
    ("GDP增长", {"gdp-growth"}, {"p1.2"}),
    ("经济增长", {"gdp-growth"}, {"p1.2"}),
    ("gross domestic product", {"gdp-growth"}, {"p1.2"}),
    ("EV", {"ev-output", "ev-cluster"}, {"p3.3", "p3.4"}),
    ("evs", {"ev-output", "ev-cluster"}, {"p3.3", "p3.4"}),
    ("electric vehicles", {"ev-output", "ev-cluster"}, {"p3.3", "p3.4"}),
    ("Electric-Vehicle", {"ev-output", "ev-cluster"}, {"p3.3", "p3.4"}),
    ("新能源车", {"ev-output", "ev-cluster"}, {"p3.3", "p3.4"}),
    ("新能源車", {"ev-output", "ev-cluster"}, {"p3.3", "p3.4"}),  # traditional
    ("NEV", {"ev-output", "ev-cluster"}, {"p3.3", "p3.4"}),
    ("R&D", {"rd-intensity"}, {"p2.6"}),
    ("研发", {"rd-intensity"}, {"p2.6"}),
    ("research and development", {"rd-intensity"}, {"p2.6"}),
    ("研发经费投入强度", {"rd-intensity"}, {"p2.6"}),
    ("utilities", {"water-pipelines", "gas-pipelines", "heating-pipelines"}, set()),
]


@pytest.mark.parametrize(("query", "targets", "sentences"), JOURNALIST)
def test_journalist_queries_find_their_targets(
    query: str, targets: set[str], sentences: set[str]
) -> None:
    found = hits(query)
    assert targets <= ids("target", found)
    assert sentences <= ids("sentence", found)


@pytest.mark.parametrize(("query", "targets", "sentences"), JOURNALIST)
def test_a_synonym_hit_shows_what_it_matched(
    query: str, targets: set[str], sentences: set[str]
) -> None:
    for h in hits(query):
        assert highlighted(h) or h.via, (h.kind, h.id)


@pytest.mark.parametrize(
    ("query", "sentence", "zh", "en"),
    [
        ("GDP", "p1.2", "地区生产总值增长", "gross regional product"),
        ("EV", "p3.4", "新能源汽车", "new-energy vehicle"),
        ("research and development", "p2.6", "全社会研发投入强度", "R&D"),
    ],
)
def test_the_highlight_is_the_wording_the_synonym_stands_for(
    query: str, sentence: str, zh: str, en: str
) -> None:
    hit = next(h for h in hits(query) if h.id == sentence)
    assert zh in [hit.zh[s:e] for s, e in hit.zh_spans]
    assert en in [hit.en[s:e] for s, e in hit.en_spans]


def test_a_known_indicator_the_briefing_lacks_finds_nothing() -> None:
    # CPI is in the vocabulary, but Zhengzhou's 2024 plan sets no price target.
    with pytest.raises(NoMatch):
        hits("CPI")


def test_a_member_of_a_sector_is_taken_as_typed() -> None:
    # hydrogen is one of the future industries (a sector alias), not their name.
    for h in hits("hydrogen"):
        assert all(w.lower().startswith("hydrogen") or w == "氢能" for w in highlighted(h))


# --- every alias that names something in the briefing finds it ---------------------------


@pytest.mark.parametrize("index", range(39))
def test_every_glossary_name_finds_its_entry_highlighted(briefing: Briefing, index: int) -> None:
    if index >= len(briefing.glossary):
        pytest.skip("fewer glossary entries")
    entry = briefing.glossary[index]
    for name in (entry.term.zh, entry.term.en, *entry.aliases):
        hit = next((h for h in hits(name) if (h.kind, h.id) == ("glossary", entry.id)), None)
        assert hit is not None, name
        assert highlighted(hit), name  # the entry's own name, not a hidden alias


def _measured(briefing: Briefing) -> dict[str, list[str]]:
    """Which targets measure which indicator: those whose metric or quote uses one of its
    Chinese wordings (the vocabulary's own rule for reading a plan)."""
    out: dict[str, list[str]] = {}
    for entry in yaml.safe_load(VOCABULARY.read_text("utf-8"))["indicators"]:
        wordings = [entry["zh"], *entry.get("aliases_zh", [])]
        for t in briefing.targets:
            texts = [t.metric.zh, *(m.quote for m in t.mentions)]
            if any(w in text for w in wordings for text in texts):
                out.setdefault(entry["key"], []).append(t.id)
    return out


def test_the_briefing_measures_some_indicators(briefing: Briefing) -> None:
    assert {"gdp-growth", "rd-intensity"} <= set(_measured(briefing))


def test_every_indicator_alias_finds_the_targets_that_measure_it(briefing: Briefing) -> None:
    measured = _measured(briefing)
    missing = []
    for entry in yaml.safe_load(VOCABULARY.read_text("utf-8"))["indicators"]:
        if entry["key"] not in measured:
            continue  # names nothing in this briefing
        for name in [entry["zh"], entry["en"], *entry["aliases_zh"], *entry["aliases_en"]]:
            found = ids("target", hits(name))
            if not set(measured[entry["key"]]) <= found:
                missing.append((entry["key"], name))
    assert missing == []


def test_every_sector_name_finds_its_targets_or_itself(briefing: Briefing) -> None:
    """A sector's code, names and aliases find its targets, as ``--sector`` does; a member
    word (hydrogen, 人工智能) that the text holds is taken as typed and found highlighted."""
    failures = []
    for sector in briefing.sectors:
        own = {t.id for t in briefing.targets if sector.code in t.sectors}
        if not own:
            continue  # names nothing in this briefing
        for name in (sector.code, sector.name.zh, sector.name.en, *sector.aliases):
            found = hits(name)
            words = [w.casefold() for h in found for w in highlighted(h)]
            as_typed = any(name.casefold()[:4] in w for w in words)
            if not (own & ids("target", found) or as_typed):
                failures.append((sector.code, name))
    assert failures == []
