"""Piped library output is records only, and its CSV has scalar columns, never JSON blobs."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from conftest import run

COMMANDS = [["compare", "gdp-growth"], ["compare", "north-2025", "north-2026"], ["briefings"]]


@pytest.mark.parametrize("args", COMMANDS)
def test_piped_plain_output_is_one_record_a_line(library: Path, args: list[str]) -> None:
    plain = run(*args, "--format", "plain", "--lang", "en")
    records = json.loads(run(*args, "--format", "json").stdout)
    assert plain.exit_code == 0, plain.stderr
    assert len(plain.stdout.splitlines()) == len(records)  # no title line among them
    assert all("\t" in line for line in plain.stdout.splitlines())


@pytest.mark.parametrize("args", COMMANDS)
def test_csv_cells_are_scalars_and_json_stays_nested(library: Path, args: list[str]) -> None:
    rows = list(csv.DictReader(io.StringIO(run(*args, "--format", "csv").stdout)))
    assert rows
    for row in rows:
        assert not any(cell.startswith(("{", "[")) for cell in row.values()), row
    records = json.loads(run(*args, "--format", "json").stdout)
    if "place" in records[0]:
        assert set(records[0]["place"]) == {"zh", "en"}  # JSON: the documented nested record
        assert rows[0]["place_zh"] == records[0]["place"]["zh"]
        assert rows[0]["place_en"] == records[0]["place"]["en"]


def test_compare_csv_spreads_target_and_outcome(library: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(run("compare", "gdp-growth", "-f", "csv").stdout)))
    records = json.loads(run("compare", "gdp-growth", "-f", "json").stdout)
    for row, record in zip(rows, records, strict=True):
        assert row["target_figure"] == (record["target"]["figure"] or "")
        assert row["target_comparator"] == (record["target"]["comparator"] or "")
        o = record["outcome"]
        assert row["outcome_figure"] == (o["figure"] if o else "")
        assert row["outcome_source_url"] == (o["source"]["url"] if o else "")
    assert any(r["outcome_figure"] for r in rows) and any(r["target_range_high"] for r in rows)
