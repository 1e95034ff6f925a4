"""Taiwan and Hong Kong phrasing: words that differ, not only characters (人工智慧 = 人工智能).

人工智慧 is written with characters the briefing already uses, so it does not look
traditional; a Chinese term that finds nothing is looked for again in the precomputed
phrase-level renderings (OpenCC s2twp), and only then converted with OpenCC.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_startup import HEAVY, imported, warm  # noqa: F401  (warm is a fixture)
from zzbrief.briefing import store
from zzbrief.search.engine import Hit, search


def hits(*words: str, any_mode: bool = False) -> list[Hit]:
    loaded = store.loaded()
    return search(loaded.briefing, loaded.index, list(words), any_mode=any_mode)


def sentence_ids(*words: str, any_mode: bool = False) -> list[str]:
    return [h.id for h in hits(*words, any_mode=any_mode) if h.kind == "sentence"]


PAIRS = [
    ("人工智慧", "人工智能"),  # Taiwan word, every character also simplified
    ("智慧化", "智能化"),
    ("高階化", "高端化"),
    ("支援", "支持"),
    ("專案", "项目"),
    ("雷射", "激光"),
    ("產業叢集", "产业集群"),
    ("智慧感測器", "智能传感器"),
    ("網路", "网络"),
    ("電子資訊", "电子信息"),
    ("資訊", "信息"),
]


@pytest.mark.parametrize(("taiwan", "simplified"), PAIRS)
def test_taiwan_words_find_the_same_sentences(taiwan: str, simplified: str) -> None:
    assert sentence_ids(taiwan) == sentence_ids(simplified) != []


@pytest.mark.parametrize(("taiwan", "simplified"), PAIRS)
def test_taiwan_words_highlight_the_simplified_text(taiwan: str, simplified: str) -> None:
    for h in hits(taiwan):
        assert all(h.zh[s:e] == simplified for s, e in h.zh_spans), (h.id, taiwan)


def test_a_taiwan_word_among_simplified_words() -> None:
    assert sentence_ids("人工智慧", "量子") == sentence_ids("人工智能", "量子") == ["p3.6"]
    # With --any, the Taiwan word still counts: p3.8 names AI but not quantum.
    assert "p3.8" in sentence_ids("量子", "人工智慧", any_mode=True)


def test_mixed_scripts_are_converted_with_opencc() -> None:
    # 电子 simplified + 資訊 Taiwan: no precomputed rendering holds it; OpenCC does.
    assert sentence_ids("电子資訊") == sentence_ids("电子信息")


def test_a_taiwan_word_reads_the_renderings_but_not_pinyin() -> None:
    store.reset()
    loaded = store.loaded()
    search(loaded.briefing, loaded.index, ["人工智慧"])
    assert loaded.index.loaded_parts == {"chars", "variants", "synonyms"}


@pytest.mark.parametrize("query", ["人工智慧", "70万", "700000", "ev-output"])
def test_new_query_paths_import_nothing_heavy(warm: Path, query: str) -> None:  # noqa: F811
    modules, out = imported(["search", query, "--format", "plain"], warm)
    assert out and not modules & set(HEAVY), sorted(modules & set(HEAVY))
