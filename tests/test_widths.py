"""Every table view at every width and language: IDs whole, columns readable, sane lengths."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len

from conftest import run
from zzbrief.briefing.model import Briefing
from zzbrief.render.doc import Table
from zzbrief.render.layout import READABLE, measure, plan

WIDTHS = (40, 60, 80, 100, 120)
LANGS = ("zh", "en", "both")
VIEWS = {
    "targets": ["targets"],
    "scorecard": ["scorecard"],
    "pillars": ["pillars"],
    "sectors": ["sectors"],
    "glossary": ["glossary"],
    "overview": [],
    "pillar": ["pillars", "3"],
    "target": ["targets", "ev-output"],
    "search": ["search", "量子"],
}


def _ids(briefing: Briefing, view: str) -> list[str]:
    return {
        "targets": [t.id for t in briefing.targets],
        "scorecard": [t.id for t in briefing.targets],
        "sectors": [s.code for s in briefing.sectors],
        "glossary": [g.id for g in briefing.glossary],
        "pillar": [t.id for t in briefing.targets if t.pillar == 3],
        "search": ["p3.6", "p3.7", "quantum-cluster"],
    }.get(view, [])


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("view", sorted(VIEWS))
def test_every_view_at_every_width(briefing: Briefing, view: str, width: int, lang: str) -> None:
    result = run(*VIEWS[view], "--format", "table", "--lang", lang, env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(cell_len(line) for line in lines) <= width
    words = {w for line in lines for w in re.split(r"[\s·,]+", line)}
    for ident in _ids(briefing, view):
        assert ident in words, (ident, view, width, lang)  # never split across lines
    # Views that print the article's text (a pillar, a target) grow with it, not with rows.
    rows = 20 if view in ("pillar", "target") else max(len(_ids(briefing, view)), 6)
    assert len(lines) <= 14 * rows + 40, (view, width, lang, len(lines))


def _tables(args: list[str], lang: str) -> list[Table]:
    from zzbrief.briefing import store
    from zzbrief.cli import commands  # noqa: F401  (the views are built as the commands do)
    from zzbrief.views import listings, scorecard
    from zzbrief.views.glossary import glossary_list_view

    b = store.get()
    view = {
        "targets": lambda: listings.targets_view(b, b.targets, lang),  # type: ignore[arg-type]
        "scorecard": lambda: scorecard.scorecard_view(b, b.targets, lang),  # type: ignore[arg-type]
        "pillars": lambda: listings.pillars_view(b, lang),  # type: ignore[arg-type]
        "sectors": lambda: listings.sectors_view(b, lang),  # type: ignore[arg-type]
        "glossary": lambda: glossary_list_view(b.glossary, lang),  # type: ignore[arg-type]
    }[args[0]]()
    return [block for block in view.blocks if isinstance(block, Table)]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", ["targets", "scorecard", "pillars", "sectors", "glossary"])
def test_no_column_is_squeezed_below_a_readable_width(name: str, width: int, lang: str) -> None:
    for table in _tables([name], lang):
        layout = plan(table, width)
        if layout is None:
            continue  # shown as cards: each cell gets the whole width
        assert sum(layout.widths) + 3 * len(layout.widths) + 1 <= width
        for i, got in zip(layout.shown, layout.widths, strict=True):
            floor, natural = measure(table, i)
            assert got >= floor, (name, table.columns[i].header, got, floor)
            assert got >= min(READABLE, natural)
        # Only columns declared droppable ever give way, and IDs never do.
        for i in layout.dropped:
            assert table.columns[i].drop is not None


def test_both_languages_share_one_cell_not_more_columns() -> None:
    zh = run("targets", "-f", "table", env={"COLUMNS": "120"}).stdout.splitlines()[1]
    both = run("targets", "-f", "table", "-l", "both", env={"COLUMNS": "120"}).stdout
    assert "编号" in both and "ID" in both.splitlines()[2]  # headers on two lines
    assert len(zh.split()) == 5
    assert "> 70万辆" in both and "> 700,000 vehicles" in both


def test_targets_both_at_80_columns_stays_short(briefing: Briefing) -> None:
    lines = run("targets", "-f", "table", "-l", "both", env={"COLUMNS": "80"}).stdout
    assert len(lines.splitlines()) < 4 * len(briefing.targets) + 10  # was ~780 lines


def test_too_narrow_falls_back_to_cards() -> None:
    out = run("glossary", "-f", "table", env={"COLUMNS": "40"}).stdout
    assert "new-quality-productive-forces" in out and " -----" not in out


@pytest.mark.parametrize("width", [8, 12, 20, 33])
def test_chinese_breaks_between_characters_never_inside_a_number(width: int) -> None:
    from rich.console import Console
    from rich.text import Text

    from zzbrief.render.wrap import wrap

    text = "本文是2024年全国两会期间的采访，电子信息产业突破7000亿元，增长5.7%。R&D强度2.85%。"
    lines = [line.plain for line in wrap(Text(text), width, Console(width=width))]
    assert "".join(lines) == text  # nothing added or lost
    assert all(cell_len(line) <= width for line in lines)
    for number in ("2024", "7000", "5.7%", "2.85%", "R&D"):
        assert any(number in line for line in lines), (number, lines)
    assert not any(line[0] in "，。、；" for line in lines)  # no line opens with a comma


def test_highlights_survive_chinese_wrapping() -> None:
    from rich.console import Console
    from rich.text import Text

    from zzbrief.render.wrap import wrap

    text = Text("抢滩布局量子信息、人工智能、元宇宙等前沿产业")
    text.stylize("bold", 4, 6)  # 量子
    lines = wrap(text, 10, Console(width=10))
    styled = "".join(line.plain[s.start : s.end] for line in lines for s in line.spans)
    assert styled == "量子"  # the highlight follows its characters across the break
