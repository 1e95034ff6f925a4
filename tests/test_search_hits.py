"""Every hit shows what it matched: a highlight, or where it was found (``via``).

Checked on what a reader sees: the table format with colour (highlight style) and without
(``[brackets]``), in every ``--lang``, for queries in every form search accepts.
"""

from __future__ import annotations

import io
import json
import re

import pytest
from rich.cells import cell_len

from conftest import run
from zzbrief import render
from zzbrief.briefing import store
from zzbrief.render.env import Env
from zzbrief.search.engine import Hit, search
from zzbrief.views.listings import search_view

QUERIES = [
    "量子", "新能源汽车", "数字经济",  # Chinese
    "quantum", "hydrogen", "Cambodia", "vehicle",  # English
    "liangzi", "qingneng",  # pinyin
    "電子資訊", "人工智慧",  # traditional, Taiwan phrasing
    "700000", "70万辆", "7000", "2.8%", "62.6万辆",  # numbers, a published outcome
    "GDP", "EV", "新能源车", "实际下线", "RCEP", "Singapore",  # synonyms, notes, glossary
]  # fmt: skip
LANGS = ["zh", "en", "both"]
SGR_HIGHLIGHT = re.compile(r"\x1b\[(?:[0-9;]*;)?43(?:;[0-9;]*)?m")  # on yellow: HIGHLIGHT


def hits(query: str) -> list[Hit]:
    loaded = store.loaded()
    return search(loaded.briefing, loaded.index, [query])


_found: dict[str, list[Hit]] = {}


def cached(query: str) -> list[Hit]:
    """The hits of one query, searched once for the whole width sweep."""
    if query not in _found:
        _found[query] = hits(query)
    return _found[query]


def rendered(query: str, lang: str, color: bool, width: int = 100) -> list[str]:
    """The table output, one string per card (cards are separated by blank lines)."""
    out = io.StringIO()
    env = Env(out, io.StringIO(), True, False, color, False, width)
    loaded = store.loaded()
    render.emit(search_view(loaded.briefing, cached(query), lang), "table", env)  # type: ignore[arg-type]
    cards = re.split(r"\n[ \t]*(?:\x1b\[0m)?\n", out.getvalue().strip("\n"))
    return [c for c in cards if c.strip()]


def _shows_why(card: str, color: bool) -> bool:
    # The heading lines (two with --lang both) come before the indented body.
    head = "\n".join(re.split(r"\n(?=  )", card, maxsplit=1)[:1])
    via = re.search(r"(?:via|见) ?\S", head)
    if color:
        return bool(via) or SGR_HIGHLIGHT.search(card) is not None
    return bool(via) or re.search(r"\[[^\]\n]+", card) is not None


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("color", [False, True], ids=["brackets", "colour"])
def test_every_hit_shows_a_highlight_or_a_via(query: str, lang: str, color: bool) -> None:
    cards = rendered(query, lang, color)
    assert len(cards) == len(hits(query))
    for card in cards:
        assert _shows_why(card, color), card


@pytest.mark.parametrize("query", QUERIES)
def test_every_hit_record_has_a_match_or_says_where(query: str) -> None:
    for h in hits(query):
        assert h.zh_spans or h.en_spans or h.via, (h.kind, h.id)
        assert h.via is None or h.via in store.loaded().briefing.sentences


@pytest.mark.parametrize("query", ["700000", "70万辆"])
def test_a_pillar_and_an_entry_found_through_a_sentence_say_which(query: str) -> None:
    data = json.loads(run("search", query, "-f", "json").stdout)
    by = {(h["kind"], h["id"]): h for h in data}
    assert by[("pillar", "3")]["via"] == "p3.4"
    assert by[("glossary", "nev-city")]["via"] == "p3.4"
    assert ("sentence", "p3.4") in by  # the sentence named is itself a hit, highlighted
    assert by[("sentence", "p3.4")]["zh_matches"]


def test_a_hit_found_only_in_a_note_shows_the_note() -> None:
    h = next(h for h in hits("实际下线") if h.id == "ev-output")
    assert h.passage == "outcome" and h.via is None
    assert [h.zh[s:e] for s, e in h.zh_spans] == ["实际下线"]
    shown = run("search", "实际下线", "-f", "table", "-l", "en", env={"COLUMNS": "100"}).stdout
    assert "via outcome" in shown and "[实际下线]" in shown


def test_the_other_language_line_keeps_its_highlight() -> None:
    # 量子 --lang en: the English line comes first, the Chinese line holds the match.
    card = rendered("量子", "en", False)[0]
    assert card.splitlines()[1].strip().startswith("It will")
    assert "[量子]" in card


# --- bracket marks never leave their match --------------------------------------------------

SWEEP = ["70万辆", "700000", "量子", "GDP", "EV", "電子資訊", "7000"]


@pytest.mark.parametrize("width", range(40, 121))
def test_no_bracket_is_split_from_its_match(width: int) -> None:
    for query in SWEEP:
        for lang in LANGS:
            for card in rendered(query, lang, False, width):
                lines = card.splitlines()
                for line in lines:
                    assert not line.rstrip().endswith("["), (query, lang, line)
                    assert not line.lstrip().startswith("]"), (query, lang, line)
                # A match of one word that fits on a line is never cut (超[70万 / 辆]);
                # several words may wrap at a space, as words do ("[quantum" / "city]").
                for m in re.finditer(r"\[[^\[\]]*\]", card):
                    between_words = re.search(r"[A-Za-z0-9,] *\n\s*[A-Za-z0-9]", m.group())
                    if "\n" in m.group() and not between_words:
                        whole = re.sub(r"\n\s*", "", m.group())
                        assert cell_len(whole) > width - 2, (query, lang, m.group())
