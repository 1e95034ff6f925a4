"""Property-based tests: random arguments and queries never crash; random briefings round-trip."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from conftest import run
from zzbrief.briefing import store
from zzbrief.briefing.compile import check
from zzbrief.briefing.load import read_sources
from zzbrief.briefing.raw import to_raw
from zzbrief.briefing.yamlio import dump

WORDS = [
    "pillars", "targets", "sectors", "search", "article", "glossary", "validate", "export",
    "--sector", "--pillar", "--format", "--lang", "--any", "--limit", "--no-color", "--data",
    "-f", "-l", "-p", "-s", "-n", "-h", "--help", "--version", "json", "table", "plain", "csv",
    "yaml", "md", "zh", "en", "both", "ev", "nev", "3", "0", "-1", "量子", "quantum", "liangzi",
    "電子資訊", "[bold]", ":smile:", "\x1b[2J", "",
]  # fmt: skip
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
ARG = st.one_of(st.sampled_from(WORDS), ANY_TEXT)
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def safe_args(args: list[str]) -> bool:
    # Installing completion would edit the shell's start-up files; nothing else is off limits.
    return not any(a.startswith("--install") or a.startswith("--show-c") for a in args)


@SETTINGS
@given(st.lists(ARG, max_size=6))
def test_random_argv_never_crashes(args: list[str]) -> None:
    assume(safe_args(args))
    result = run(*args)
    assert result.exit_code in (0, 1, 2), (args, result.exit_code, result.stderr)
    assert result.exception is None or isinstance(result.exception, SystemExit), args
    assert "Traceback" not in result.stdout + result.stderr


@SETTINGS
@given(st.lists(ANY_TEXT, min_size=1, max_size=4), st.sampled_from(["table", "plain", "json"]))
def test_random_queries_never_crash_or_leak_control_bytes(words: list[str], fmt: str) -> None:
    result = run("search", *words, "--format", fmt)
    assert result.exit_code in (0, 1, 2), (words, result.stderr)
    assert result.exception is None or isinstance(result.exception, SystemExit), words
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout


def _no_todo(text: str) -> bool:
    return not text.startswith("TODO")  # a final briefing holds no TODO markers


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40).filter(
    _no_todo
)
OPTIONAL = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40).filter(_no_todo)


@st.composite
def briefings(draw: st.DrawFn) -> dict[str, Any]:
    """A valid briefing: the bundled one with its free-text fields replaced at random."""
    raw = copy.deepcopy(BASE)
    for target in raw["targets"]:
        if draw(st.booleans()):
            target["metric"] = {"zh": draw(TEXT), "en": draw(OPTIONAL)}
    for pillar in raw["pillars"]:
        pillar["title_en"] = draw(TEXT)
        pillar["summary"] = {"zh": draw(TEXT), "en": draw(OPTIONAL)}
        initiative = st.builds(lambda z, e: {"zh": z, "en": e}, TEXT, OPTIONAL)
        pillar["initiatives"] = draw(st.lists(initiative, min_size=1, max_size=3))
    for sector in raw["sectors"]:
        sector["en"] = draw(TEXT)
    for section in raw["article"]["sections"]:
        for paragraph in section["paragraphs"]:
            for sentence in paragraph["sentences"]:
                if draw(st.integers(0, 9)) == 0:
                    sentence["en"] = draw(TEXT)
    for entry in raw["glossary"]:
        if draw(st.booleans()):
            entry["explain"] = {"zh": draw(TEXT), "en": draw(OPTIONAL)}
    raw["source"]["title_en"] = draw(TEXT)
    return raw


BASE = to_raw(store.load().briefing)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(briefings())
def test_random_valid_briefings_round_trip(tmp_path: Path, raw: dict[str, Any]) -> None:
    text = dump(raw)
    path = tmp_path / "random.yaml"
    path.write_text(text, encoding="utf-8")
    _, briefing = check(read_sources(path))
    assert to_raw(briefing) == raw
    assert dump(to_raw(briefing)) == text  # export after --data gives the same bytes


@settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(briefings())
def test_random_briefings_round_trip_through_the_cli(tmp_path: Path, raw: dict[str, Any]) -> None:
    path = tmp_path / "random.yaml"
    path.write_text(dump(raw), encoding="utf-8")
    store.reset()
    first = run("--data", str(path), "export")
    assert first.exit_code == 0, first.stderr
    again = tmp_path / "again.yaml"
    again.write_text(first.stdout, encoding="utf-8")
    store.reset()
    second = run("--data", str(again), "export")
    assert second.stdout == first.stdout == path.read_text(encoding="utf-8")
