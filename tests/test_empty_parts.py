"""A library briefing without pillars, glossary or sectors says so on stderr, not an empty table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run
from libfixtures import gdp_briefing, write


@pytest.fixture
def bare(tmp_path: Path) -> str:
    """A library briefing with no pillars, no glossary and no sectors."""
    doc = gdp_briefing(("北样省", "Northland"), "province", 2025, 5, result=5.4)
    doc["sectors"] = []
    for t in doc["targets"]:
        del t["sectors"]  # as the library's targets, which have no sectors
    write(tmp_path, {"north-2025": doc})
    return str(tmp_path / "north-2025.yaml")


@pytest.mark.parametrize("part", ["pillars", "glossary", "sectors"])
def test_a_missing_part_is_a_note_on_stderr_and_exit_0(bare: str, part: str) -> None:
    for fmt in ("plain", "table", "csv"):
        result = run("--data", bare, part, "--format", fmt)
        assert result.exit_code == 0, result.stderr
        assert result.stdout == ""
        assert f"this briefing has no {part}" in result.stderr and "targets" in result.stderr
    as_json = run("--data", bare, part, "--format", "json")
    assert as_json.exit_code == 0 and json.loads(as_json.stdout) == []


def test_a_sector_of_a_briefing_without_sectors_says_there_are_none(bare: str) -> None:
    result = run("--data", bare, "targets", "--sector", "ev")
    assert result.exit_code == 2
    assert "defines no sectors" in result.stderr and "Valid sectors: \n" not in result.stderr


def test_the_bundled_briefing_still_lists_its_parts() -> None:
    for part in ("pillars", "glossary", "sectors"):
        result = run(part, "--format", "plain")
        assert result.exit_code == 0 and result.stdout.strip(), part
