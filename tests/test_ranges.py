"""A range shows its two ends and no comparator sign, in every human view and language."""

from __future__ import annotations

import json
import re

import pytest

from conftest import REPO, run
from zzbrief.briefing.amounts import range_english, with_cmp
from zzbrief.briefing.store import load
from zzbrief.views.amounts import with_comparator

LIBRARY = REPO / "data" / "library" / "briefings"
SIGNS = ("≥", "≤", "≈", ">", "<")
RANGE = re.compile(r"\d%?[–—-]\d")  # 4.5-5%, 5.0%—5.5%, 4.5–5%
SIGNED_RANGE = re.compile(r"[≥≤≈><] [\d.]+%?[–—-]\d")


def test_a_range_is_its_two_ends() -> None:
    assert range_english(4.5, 5, 4.5, "percent") == "4.5–5%"
    assert range_english(100, 120, 1e10, "yuan") == "10 billion yuan–12 billion yuan"
    assert with_cmp("≥", "4.5–5%", ranged=True) == "4.5–5%"
    assert with_cmp("≥", "5%") == "≥ 5%"


def test_no_library_range_is_shown_with_a_sign() -> None:
    ranges = 0
    for path in sorted(LIBRARY.glob("*.yaml")):
        for t in load(str(path)).briefing.targets:
            if t.range_high is None:
                continue
            ranges += 1
            for lang in ("zh", "en", "both"):
                text = with_comparator(t, lang)  # type: ignore[arg-type]
                assert not any(s in text for s in SIGNS), (path.name, t.id, text)
    assert ranges >= 5


@pytest.mark.parametrize(
    "args",
    [["-b", "heilongjiang-2026", "targets"], ["-b", "fujian-2025", "scorecard"],
     ["compare", "gdp-growth", "--year", "2025"], ["compare", "fujian-2024", "fujian-2025"]],
)  # fmt: skip
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_ranged_rows_carry_no_sign_and_json_keeps_it(args: list[str], lang: str) -> None:
    plain = run(*args, "--format", "plain", "--lang", lang)
    assert plain.exit_code == 0, plain.stderr
    ranged = [line for line in plain.stdout.splitlines() if RANGE.search(line)]
    assert ranged, plain.stdout[:1000]
    for line in ranged:
        assert not SIGNED_RANGE.search(line), line


def test_json_keeps_the_comparator_and_range_high() -> None:
    record = json.loads(
        run("-b", "heilongjiang-2026", "targets", "gdp-growth", "-f", "json").stdout
    )
    assert record["comparator"] == "≥" and record["range_high"] == 5
