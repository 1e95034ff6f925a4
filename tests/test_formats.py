"""The machine formats' contract: CSV headers are the JSON keys, JSON Lines, Excel, empties."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import run
from zzbrief.render.text import csv_value

# Every listing command, and the records its JSON holds (a list, or the list under a key).
COMMANDS = {
    "targets": (["targets"], None),
    "scorecard": (["scorecard"], None),
    "pillars": (["pillars"], None),
    "pillar": (["pillars", "3"], "targets"),
    "sectors": (["sectors"], None),
    "search": (["search", "量子"], None),
    "article": (["article"], None),
    "glossary": (["glossary"], None),
    "overview": ([], "headline"),
    "draft": (["draft", "data/source/000_db721301c3884bac.txt"], None),
}


def _records(args: list[str], key: str | None) -> list[dict[str, object]]:
    data = json.loads(run(*args, "--format", "json").stdout)
    return data if key is None else data[key]


@pytest.mark.parametrize("lang", ["zh", "en", "both"])
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_csv_headers_are_the_json_keys_in_every_language(name: str, lang: str) -> None:
    args, key = COMMANDS[name]
    records = _records(args, key)
    result = run(*args, "--format", "csv", "--lang", lang)
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == list(records[0].keys())  # snake_case, stable, language-independent
    assert all(k == k.lower() and " " not in k for k in rows[0])
    assert len(rows) - 1 == len(records)  # one row per record: no sentence dropped
    for row, record in zip(rows[1:], records, strict=True):
        assert row == [csv_value(record[k]) for k in rows[0]]


def test_targets_csv_carries_the_numbers() -> None:
    rows = list(csv.DictReader(io.StringIO(run("targets", "-f", "csv").stdout)))
    ev = next(r for r in rows if r["id"] == "ev-output")
    assert ev["value"] == "70" and ev["unit"] == "万辆" and ev["base_value"] == "700000"
    assert ev["base_unit"] == "vehicles" and ev["aspiration"] == "true" and ev["kind"] == "level"
    assert (
        ev["comparator"] == ">" and ev["verdict"] == "unknown"
    )  # no comparable outcome (issue 14)


def test_glossary_csv_has_explanations_and_a_real_background_column() -> None:
    rows = list(csv.DictReader(io.StringIO(run("glossary", "-f", "csv").stdout)))
    assert {r["background"] for r in rows} == {"true", "false"}
    assert all(r["explain_zh"] and r["explain_en"] for r in rows)


def test_search_kind_is_never_translated() -> None:
    rows = list(csv.DictReader(io.StringIO(run("search", "量子", "-f", "csv", "-l", "zh").stdout)))
    assert {r["kind"] for r in rows} <= {"sentence", "target", "pillar", "glossary"}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_json_lines_is_one_record_per_line(name: str) -> None:
    args, key = COMMANDS[name]
    lines = run(*args, "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == _records(args, key)


def test_excel_csv_starts_with_a_bom_and_uses_crlf() -> None:
    out = run("targets", "-s", "ev", "-f", "excel").stdout_bytes.decode()  # .stdout folds CRLF
    assert out.startswith("\ufeffid,pillar,") and "\r\n" in out
    assert (
        out.lstrip("\ufeff").replace("\r\n", "\n") == run("targets", "-s", "ev", "-f", "csv").stdout
    )


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["targets", "--sector", "consumption"], 0),  # a valid filter that matches nothing
        (["scorecard", "--pillar", "4"], 0),
        (["search", "zzzzzz"], 1),  # nothing matched, as grep
        (["glossary", "nosuchterm"], 1),
    ],
)
def test_empty_results_print_an_empty_json_list(args: list[str], code: int) -> None:
    result = run(*args, "--format", "json")
    assert result.exit_code == code
    assert json.loads(result.stdout) == []
    assert result.stderr  # the reason, for a person


def test_the_readme_documents_the_csv_contract() -> None:
    from conftest import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "CSV" in readme and "JSON Lines" in readme and "excel" in readme
