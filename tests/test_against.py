"""``validate --against FILE``: quotes verbatim in a reader's copy, and its SHA-256."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from conftest import SEED, run
from libfixtures import gdp_briefing, write
from zzbrief.briefing.model import Briefing

REPORT = (
    "今年主要预期目标是：地区生产总值增长5%左右；居民收入增长和经济增长同步；\n"
    "城镇新增就业50万人以上。"
)
NEXT = "过去一年，地区生产总值增长5.4%。"


def _briefing(tmp_path: Path, sha256: str | None = None) -> str:
    doc = gdp_briefing(("北样省", "Northland"), "province", 2025, 5, result=5.4)
    if sha256:
        doc["source"]["file"] = {"repo": "example/reports", "path": "2025.md",
                                 "commit": "0" * 40, "sha256": sha256}  # fmt: skip
    write(tmp_path, {"north-2025": doc})
    return str(tmp_path / "north-2025.yaml")


def _text(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_every_quote_found_and_the_hash_reported(tmp_path: Path) -> None:
    report = _text(tmp_path, "2025.md", REPORT)
    nxt = _text(tmp_path, "2026.md", NEXT)
    result = run("validate", _briefing(tmp_path), "--against", report, "--against", nxt,
                 "--format", "json")  # fmt: skip
    assert result.exit_code == 0, result.stdout
    data = json.loads(result.stdout)
    assert data["ok"] and data["warnings"] == []
    digest = hashlib.sha256(REPORT.encode()).hexdigest()
    assert "3 of 3 target quotes and 1 of 1 outcome quotes verbatim" in data["summary"]
    assert f"{report}: SHA-256 {digest} (the briefing records none)" in data["summary"]


def test_the_recorded_hash_is_compared(tmp_path: Path) -> None:
    report = _text(tmp_path, "2025.md", REPORT)
    digest = hashlib.sha256(REPORT.encode()).hexdigest()
    same = run("validate", _briefing(tmp_path, digest), "--against", report, "--format", "json")
    assert f"SHA-256 {digest}, the one recorded" in json.loads(same.stdout)["summary"]
    other = run("validate", _briefing(tmp_path, "f" * 64), "--against", report)
    assert f"not the recorded {'f' * 64}" in other.stdout + other.stderr  # beside warnings


def test_a_missing_target_quote_is_a_problem_and_an_outcome_quote_a_warning(
    tmp_path: Path,
) -> None:
    report = _text(tmp_path, "2025.md", REPORT.replace("50万人以上", "40万人以上"))
    result = run("validate", _briefing(tmp_path), "--against", report, "--format", "json")
    assert result.exit_code == 1 and "1 problem found" in result.stderr
    data = json.loads(result.stdout)
    assert [p["path"] for p in data["problems"]] == ["targets[2].mentions[0].quote"]
    assert data["problems"][0]["line"] is not None
    assert [w["path"] for w in data["warnings"]] == ["targets[0].outcomes[0].quote"]


def test_an_unreadable_text_is_one_problem(tmp_path: Path) -> None:
    result = run("validate", _briefing(tmp_path), "--against", str(tmp_path / "missing.md"))
    assert result.exit_code == 1 and "cannot read" in result.stdout
    assert "Traceback" not in result.stderr


def test_the_bundled_interview_against_its_seed_names_the_restored_quotes(
    briefing: Briefing,
) -> None:
    # The seed file is the article as it was found, broken across its sections; four quotes
    # were joined from pieces when the article was restored, and say so here.
    result = run("validate", "--against", str(SEED), "--format", "json")
    data = json.loads(result.stdout)
    missing = sorted(p["message"].split(":")[0] for p in data["problems"])
    assert missing == ["electronics-cluster", "ev-cluster", "gdp-growth", "industrial-projects"]
    quotes = sum(len(t.mentions) for t in briefing.targets)
    assert f"{quotes - 4} of {quotes} target quotes" in data["summary"]


def test_a_later_report_beside_the_report_is_not_called_a_mismatch(tmp_path: Path) -> None:
    report = _text(tmp_path, "2025.md", REPORT)
    nxt = _text(tmp_path, "2026.md", NEXT)
    digest = hashlib.sha256(REPORT.encode()).hexdigest()
    later = hashlib.sha256(NEXT.encode()).hexdigest()
    result = run("validate", _briefing(tmp_path, digest), "--against", report, "--against", nxt,
                 "--format", "json")  # fmt: skip
    summary = json.loads(result.stdout)["summary"]
    assert f"{nxt}: SHA-256 {later}" in summary and "not the recorded" not in summary
