"""Traditional script, pinyin and stray spaces read as simplified, offsets kept to the input."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from zzbrief.draft import extract
from zzbrief.text import scripts


def _targets(text: str) -> list[tuple[str, float, str]]:
    return [
        (f.figure, f.base_value, f.base_unit) for f in extract(text).figures if f.role != "none"
    ]


def test_traditional_script_reads_as_simplified_and_quotes_as_given() -> None:
    text = "今年目標：新增就業12萬人，建設保障性住房1.5萬套，兩個項目。\n"
    draft = extract(text)
    found = [f for f in draft.figures if f.role != "none"]
    assert [(f.figure, f.base_value) for f in found] == [
        ("12萬人", 120000),
        ("1.5萬套", 15000),
        ("兩個", 2),
    ]
    for f in found:
        assert text[f.start : f.end] == f.figure
        assert f.quote in text and f.figure in f.quote


def test_zhao_is_a_trillion_only_in_traditional_script() -> None:
    taiwan = "今年經濟成長目標：總產值達到3兆元，國內投資增加，產業發展與國際接軌。\n"
    assert _targets(taiwan) == [("3兆元", 3e12, "yuan")]
    assert scripts.ambiguous_trillion("规划建设3兆元项目。") == [5]
    assert scripts.ambiguous_trillion(taiwan) == []


def test_pinyin_annotations_and_stray_spaces_are_read_past() -> None:
    text = "新建保障房1.36萬(wàn)套，新增就业1,200 万人，報(bào)告完成。\n"
    assert [t[:2] for t in _targets(text)] == [("1.36萬(wàn)套", 13600), ("1,200 万人", 12000000)]


def test_a_simplified_text_does_not_load_opencc() -> None:
    code = (
        "import sys; from zzbrief.text import scripts;"
        "scripts.read('全市新增就业12万人，兆瓦级储能。');"
        "print('opencc' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@given(
    st.lists(st.sampled_from([*"萬億個條兩发展报告 1.5万人，。\n", "(wàn)", "3兆元"]), max_size=30)
)
def test_every_reading_character_maps_back_into_the_input(pieces: list[str]) -> None:
    text = "".join(pieces)
    reading = scripts.read(text)
    for i in range(len(reading.text)):
        a, b = reading.span(i, i + 1)
        assert 0 <= a < b <= len(text)
    assert reading.span(0, len(reading.text))[1] <= len(text)
