"""English never writes an amount in e-notation: every target and outcome of the library."""

from __future__ import annotations

import re

import pytest

from conftest import REPO, run
from zzbrief.briefing.amounts import english_amount, plain_number
from zzbrief.briefing.store import load
from zzbrief.views.amounts import outcome_text, with_comparator

LIBRARY = REPO / "data" / "library" / "briefings"
E_NOTATION = re.compile(r"\de[+-]\d", re.I)


@pytest.mark.parametrize(
    ("x", "text"),
    [(1.4e12, "1,400,000,000,000"), (1955.5, "1,955.5"), (0.00005, "0.00005"), (0, "0"),
     (164006000000.0, "164,006,000,000")],
)  # fmt: skip
def test_a_plain_number_has_separators_and_no_exponent(x: float, text: str) -> None:
    assert plain_number(x) == text


@pytest.mark.parametrize(
    ("value", "base", "unit", "text"),
    [(1.4, 1.4e12, "jin", "1.4 trillion jin"), (65000, 6.5e8, "tonnes", "650 million tonnes"),
     (507, 5.07e6, "tonnes", "5.07 million tonnes"), (12, 12, "items", "12")],
)  # fmt: skip
def test_english_amounts_name_big_numbers_in_words(
    value: float, base: float, unit: str, text: str
) -> None:
    assert english_amount(value, base, unit) == text


def test_no_library_target_or_outcome_reads_in_e_notation_in_english() -> None:
    seen = 0
    for path in sorted(LIBRARY.glob("*.yaml")):
        for t in load(str(path)).briefing.targets:
            texts = [with_comparator(t, "en")]
            texts += [outcome_text(o, t, "en") for o in t.outcomes]
            for text in texts:
                seen += 1
                assert not E_NOTATION.search(text), (path.name, t.id, text)
    assert seen > 1000


@pytest.mark.parametrize(
    "args",
    [["compare", "cn-2024", "cn-2025"], ["compare", "grain-output"],
     ["-b", "cn-2024", "scorecard"], ["-b", "hubei-2025", "targets"],
     ["search", "-b", "all", "粮食"]],
)  # fmt: skip
def test_library_commands_in_english_write_no_e_notation(args: list[str]) -> None:
    result = run(*args, "--lang", "en", "--format", "plain")
    assert result.exit_code == 0, result.stderr
    assert result.stdout and not E_NOTATION.search(result.stdout), result.stdout[:2000]


def test_land_in_mu_reads_in_mu_in_english() -> None:
    """9.7万亩 is "97,000 mu" in English, the unit reports on China keep, not 64.6667 million m²."""
    from zzbrief.briefing.model import Bi, Mention, Target
    from zzbrief.views.amounts import value_text

    farmland = Target("t", None, (), Bi("高标准农田", "High-standard farmland"), "9.7万亩", 9.7,
                      "万亩", "=", 9.7e4 * 2000 / 3, "m²", "level",
                      (Mention("plan.1", "建设高标准农田9.7万亩"),))  # fmt: skip
    assert value_text(farmland, "en") == "97,000 mu"
    assert value_text(farmland, "both") == "9.7万亩\n97,000 mu"
