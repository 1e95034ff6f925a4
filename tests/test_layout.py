"""Layout on a terminal, at a sweep of widths: nothing cut, nothing dropped, nothing trailing."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len

from conftest import REPO, run
from zzbrief.briefing.model import Briefing
from zzbrief.briefing.yamlio import dump
from zzbrief.views.listings import next_steps

WIDTHS = (40, 50, 60, 70, 80, 100, 120, 170)
LANGS = ("zh", "en", "both")
ANSI = re.compile(r"\x1b\[[0-9;]*m")
VIEWS = (
    [], ["targets"], ["scorecard"], ["pillars"], ["pillars", "3"], ["sectors"], ["glossary"],
    ["targets", "ev-output"], ["search", "量子"], ["article", "-p", "1"], ["glossary", "rcep"],
)  # fmt: skip


def _table(*args: str, width: int, colour: bool = False) -> str:
    extra = ["--color", "always"] if colour else ["-f", "table"]
    result = run(*args, *extra, env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", WIDTHS)
def test_go_deeper_never_breaks_inside_a_command(briefing: Briefing, width: int, lang: str) -> None:
    out = _table("-l", lang, width=width)
    block = out[out.rindex("深入了解" if lang != "en" else "Go deeper") :]
    flat = [line.strip(" ·") for line in block.splitlines()]
    for step in next_steps(briefing, "en" if lang == "en" else "zh"):
        assert any(step in line for line in flat), (step, width, lang, block)
    assert all(line.startswith("  ") for line in block.splitlines()[1:]), block


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", WIDTHS)
def test_overview_tables_keep_their_headings_at_every_width(width: int, lang: str) -> None:
    out = _table("-l", lang, width=width)
    for zh, en in (("五个方面", "The five pillars"), ("主要目标", "Headline figures")):
        assert (zh if lang == "zh" else en) in out, (width, lang)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", WIDTHS)
def test_a_pillars_targets_table_has_a_heading(width: int, lang: str) -> None:
    out = " ".join(_table("pillars", "3", "-l", lang, width=width).split())  # wrapped or not
    heading = {"zh": "本方面的数字目标", "en": "Targets in this pillar"}[
        "zh" if lang == "zh" else "en"
    ]
    assert heading in out
    assert "electronics-cluster" in out[out.index(heading) :]  # the heading is over the targets


@pytest.mark.parametrize("width", WIDTHS)
def test_source_lines_keep_their_indent_when_they_wrap(width: int) -> None:
    from zzbrief.briefing import store

    out = _table("targets", "ev-output", "-l", "en", width=width)
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Did they deliver?"))
    note = next(t.outcome_note for t in store.load().briefing.targets if t.id == "ev-output")
    note_start = note.en.split()[0] if note else "The sources"  # the target's closing note
    for line in lines[start + 2 :]:
        if not line.startswith(("Outcome · ", "Baseline · ", "(", note_start)):
            # A figure's header line opens each card; everything under it is its source.
            assert line.startswith("  ") or not line.strip() or _continues(line, lines), line


def _continues(line: str, lines: list[str]) -> bool:
    # The closing note of the target and a figure's header may wrap; both are unindented.
    i = lines.index(line)
    return not lines[i - 1].startswith("  ")


@pytest.mark.parametrize("width", (40, 50, 60, 80, 100))
@pytest.mark.parametrize("view", ([], ["scorecard", "-p", "1"], ["targets", "gdp-growth"]))
def test_both_languages_keep_every_verdict_whole(width: int, view: list[str]) -> None:
    out = _table(*view, "-l", "both", width=width)
    flat = " ".join(out.split())  # a verdict may wrap, at a space, but keeps every word
    assert "未达成（初步" in flat and "missed (prelim." in flat, out
    for line in out.splitlines():
        assert not re.match(r"(missed|met|not due|no figure)\b", line), (line, width)


@pytest.mark.parametrize("colour", [False, True])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", (40, 80, 120))
@pytest.mark.parametrize("view", VIEWS)
def test_no_line_ends_with_a_space(view: list[str], width: int, lang: str, colour: bool) -> None:
    out = _table(*view, "-l", lang, width=width, colour=colour)
    for line in ANSI.sub("", out).splitlines():
        assert line == line.rstrip(), (view, width, lang, repr(line))


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", (80, 100, 120))
def test_the_overview_fits_an_80_by_40_screen(width: int, lang: str) -> None:
    # 39 lines leave the last row of a 40-line terminal for the next prompt.
    out = _table("-l", lang, width=width)
    assert len(out.splitlines()) <= 39, len(out.splitlines())
    assert max(cell_len(line) for line in out.splitlines()) <= width


def test_the_readme_says_what_fits_on_one_screen() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "In Chinese or English it fits an 80×40 terminal" in readme
    assert "one screen" not in readme  # what fits is said exactly, and tested above


def test_the_overview_names_a_figures_period_only_when_it_is_not_the_whole_year(
    raw: dict[str, Any], tmp_path: Path
) -> None:
    whole = run("-l", "en", "-f", "plain").stdout
    gdp = next(line for line in whole.splitlines() if line.startswith("Annual growth"))
    assert "\t5.7%\t" in gdp  # the header says 2024 and the verdict says prelim.
    target = next(t for t in raw["targets"] if t["id"] == "gdp-growth")
    target["outcomes"] = [o for o in target["outcomes"] if "/" in o["period"]]
    path = tmp_path / "part.yaml"
    path.write_text(dump(raw), encoding="utf-8")
    part = run("--data", str(path), "-l", "en", "-f", "plain").stdout
    gdp = next(line for line in part.splitlines() if line.startswith("Annual growth"))
    assert "5.5% · (Jan-Sep 2024, prelim.)" in gdp and "◔ partial year" in gdp
