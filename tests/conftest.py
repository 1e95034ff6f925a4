"""Shared fixtures: an isolated cache, a clean store, and a CLI runner at a fixed width."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from zzbrief import cli
from zzbrief.briefing import store
from zzbrief.briefing.load import bundled_dir, read_sources
from zzbrief.briefing.model import Briefing
from zzbrief.cli import settings
from zzbrief.library import catalogue

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "data" / "source" / "000_db721301c3884bac.txt"
WIDTH = 100


@pytest.fixture(autouse=True)
def isolated(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Every test gets a private cache folder shared by the session, and a clean store."""
    monkeypatch.setenv("ZZBRIEF_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    for var in ("ZZBRIEF_LANG", "ZZBRIEF_DATA", "ZZBRIEF_NO_CACHE", "NO_COLOR", "TERM", "COLUMNS",
                "FORCE_COLOR", "PAGER"):  # fmt: skip
        monkeypatch.delenv(var, raising=False)
    # No pager and no personal config file: tests on a pseudo-terminal must not wait on less.
    monkeypatch.setenv("ZZBRIEF_PAGER", "")
    monkeypatch.setenv("ZZBRIEF_CONFIG", str(tmp_path_factory.getbasetemp() / "no-config"))
    settings.reset()
    store.reset()
    catalogue.reset()
    cli.root_options.clear()
    yield
    store.reset()
    catalogue.reset()


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    """Invoke the CLI in-process at a fixed width, with stdout and stderr kept apart."""
    runner = CliRunner()
    return runner.invoke(cli.app, list(args), env={"COLUMNS": str(WIDTH), **(env or {})})


@pytest.fixture(scope="session")
def briefing() -> Briefing:
    """The bundled briefing."""
    return store.load().briefing


@pytest.fixture(scope="session")
def raw_data() -> dict[str, Any]:
    """The bundled briefing as parsed YAML, before typing (for tests that break it)."""
    from zzbrief.briefing.compile import parse_sources

    return parse_sources(read_sources(bundled_dir()))


@pytest.fixture
def raw(raw_data: dict[str, Any]) -> dict[str, Any]:
    """A private deep copy of the raw data that a test may damage."""
    return copy.deepcopy(raw_data)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The made-up sample library (``libfixtures``), written once per test module."""
    from libfixtures import sample_library

    return sample_library(tmp_path_factory.mktemp("library") / "briefings")


@pytest.fixture
def library(shared: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The sample library, in use through ZZBRIEF_LIBRARY (not to be written to)."""
    monkeypatch.setenv("ZZBRIEF_LIBRARY", str(shared))
    return shared


def readings_in(head: str, clause: str) -> list[tuple[str, str, str | None]]:
    """``(figure, role, reason)`` of each figure draft finds in ``clause`` placed after
    ``head`` (a heading that sets the part), every figure's offsets checked on the way."""
    from zzbrief.draft import extract

    # A figure after the clause, so that a clause of non-figures still makes a draft.
    text = head + clause + "\n\n新增就业1万人。\n"
    figures = extract(text).figures
    for f in figures:
        assert text[f.start : f.end] == f.figure
    inside = range(len(head), len(head) + len(clause))
    return [(f.figure, f.role, f.reason) for f in figures if f.start in inside]
