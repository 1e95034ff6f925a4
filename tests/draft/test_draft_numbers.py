"""The number parser: every spelling we print comes back as the same number."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from zzbrief.briefing import checks
from zzbrief.text import numbers, segment
from zzbrief.text.scan import split_figure

FULL_WIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")


@given(st.integers(min_value=0, max_value=10**15))
def test_arabic_integers_round_trip(n: int) -> None:
    assert numbers.parse_arabic(str(n)) == n
    assert numbers.parse_arabic(f"{n:,}") == n
    assert numbers.parse_arabic(str(n).translate(FULL_WIDTH)) == n


@given(st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False))
def test_arabic_decimals_round_trip(d: Decimal) -> None:
    assert numbers.parse_arabic(f"{d:f}") == float(d)
    assert numbers.parse_arabic(f"{d:,f}") == float(d)


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_chinese_integers_round_trip(n: int) -> None:
    assert numbers.parse_chinese(numbers.chinese_numeral(n)) == n


@given(st.integers(min_value=1, max_value=10**8), st.sampled_from(["个", "亿元", "万套(间)", "%"]))
def test_a_printed_figure_splits_into_value_and_unit(n: int, unit: str) -> None:
    for spelled in (str(n), f"{n:,}", f"{n} "):
        assert split_figure(spelled + unit) == (n, unit)


def test_known_spellings() -> None:
    assert numbers.chinese_numeral(15000) == "一万五千"
    assert numbers.chinese_numeral(100001000) == "一亿零一千"
    assert numbers.parse_chinese("两千") == 2000
    assert numbers.parse_chinese("二〇二四") is None  # a year read digit by digit
    assert numbers.parse_chinese("十四五") is None  # a plan's name, not a number
    assert numbers.parse_arabic("1,20") is None


def test_sentence_rules_match_validate() -> None:
    assert segment.TERMINATORS == checks.TERMINATORS
    assert segment.CLOSERS == checks.CLOSERS
