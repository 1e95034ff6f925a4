"""glossary TERM highlights the entry's name (or an alias) in each sentence using it."""

from __future__ import annotations

import io
import re

import pytest

from zzbrief import render
from zzbrief.briefing.model import Briefing, GlossaryEntry, Lang
from zzbrief.render.doc import Marked, Table
from zzbrief.render.env import Env
from zzbrief.search.glossary import name_spans, names
from zzbrief.views.glossary import glossary_entry_view


def sentence_cells(b: Briefing, g: GlossaryEntry, lang: Lang) -> list[tuple[str, Marked]]:
    view = glossary_entry_view(b, [g], lang)
    tables = [block for block in view.blocks if isinstance(block, Table)]
    cells = [(str(row[0]), row[1]) for t in tables for row in t.rows]
    assert all(isinstance(cell, Marked) for _, cell in cells)
    return cells  # type: ignore[return-value]


def test_every_chinese_sentence_highlights_a_name_of_its_entry(briefing: Briefing) -> None:
    for g in briefing.glossary:
        zh_names = {n for n in names(g) if not n.isascii()} | {g.term.zh}
        cells = sentence_cells(briefing, g, "zh")
        assert [sid for sid, _ in cells] == list(g.sentences)
        for sid, cell in cells:
            assert cell.text == briefing.sentences[sid].zh
            assert cell.spans, (g.id, sid)
            for start, end in cell.spans:
                # A highlight is a name, or names that overlap (四高地 inside 四个高地 …).
                assert any(n in cell.text[start:end] for n in zh_names), (g.id, sid)


@pytest.mark.parametrize(
    ("entry", "sentence", "expected"),
    [
        ("two-sessions", "lead.3", ["two sessions"]),  # 'the "two sessions"' as printed
        ("chain-leader", "p3.5", ["chain-leader enterprises"]),  # a plural
        ("four-highlands", "p1.1", ["highland"] * 4),  # the alias, singular
        ("satellite-plus", "p3.6", ["satellites"]),
        ("rcep", "p4.2", ["RCEP", "RCEP"]),
    ],
)
def test_english_sentences_highlight_the_english_name(
    briefing: Briefing, entry: str, sentence: str, expected: list[str]
) -> None:
    g = next(x for x in briefing.glossary if x.id == entry)
    cell = dict(sentence_cells(briefing, g, "en"))[sentence]
    assert [cell.text[s:e] for s, e in cell.spans] == expected


def test_overlapping_names_are_merged() -> None:
    assert name_spans("聚焦四个高地建设", ["四个高地", "高地"]) == ((2, 6),)


def test_latin_names_match_whole_words_only() -> None:
    assert name_spans("the hubs and a hub", ["hub"]) == ((4, 8), (15, 18))  # a plural too
    assert name_spans("hubris", ["hub"]) == name_spans("RCEPX", ["RCEP"]) == ()


def test_the_table_shows_the_highlight_on_a_terminal(briefing: Briefing) -> None:
    out = io.StringIO()
    env = Env(out, io.StringIO(), True, False, True, False, 120)
    g = next(x for x in briefing.glossary if x.id == "four-highlands")
    render.emit(glossary_entry_view(briefing, [g], "zh"), "table", env)
    assert re.search(r"\x1b\[[0-9;]*m四高地", out.getvalue())
