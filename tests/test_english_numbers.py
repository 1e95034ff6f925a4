"""English number style: one style in every English string of the bundled data.

The tables write counts with thousands separators from 1,000 up (``3,800``, ``15,000``), so
the English texts do too: "the 3,800 projects", never "the 3800 projects".

The rule, and its exceptions:

- A number of four or more digits in English text is written with separators (``1,000``).
- Except a year: a whole number from 1949 to 2100 with nothing after it but a word or
  punctuation (``in 2024``, ``the 2025 government work report``, ``2022-2024``). A count in
  that range written as digits would pass as a year; no English text in the data holds one,
  and the tables cover the counts (``targets.yaml``'s figures are checked as figures).
- Except a Chinese figure quoted as printed, which Chinese writes without separators: digits
  followed at once by a Chinese character (``(8000亿元)``).
- IDs, URLs, dates and file names are not English text: only fields named ``en`` or ending
  in ``_en`` are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "data"
#: The bundled briefing's parts, and the indicator vocabulary bundled beside them.
FILES = [*sorted(DATA.glob("*.yaml")), DATA / "library" / "indicators.yaml"]

# A run of digits (maybe with a decimal part) that no letter, digit or separator touches:
# "p3.4" and "PM2.5" are names, "15,000" is already separated.
_NUMBER = re.compile(r"(?<![\w.,])(\d+)(\.\d+)?(?![\d,]|\.\d)")
YEARS = range(1949, 2101)


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


def unseparated(text: str) -> list[str]:
    """The numbers of 1,000 or more in ``text`` written without separators, by the rule above."""
    bad = []
    for m in _NUMBER.finditer(text):
        digits, decimals = m.group(1), m.group(2)
        after = text[m.end() : m.end() + 1]
        if len(digits) < 4 or _is_cjk(after):
            continue
        if decimals is None and int(digits) in YEARS:
            continue
        bad.append(m.group())
    return bad


def english_strings(node: Any, path: str = "", english: bool = False) -> Iterator[tuple[str, str]]:
    """(path, text) for every string under a key ``en`` or ``*_en``."""
    if isinstance(node, dict):
        for key, value in node.items():
            name = str(key)
            is_english = name == "en" or name.endswith("_en")
            yield from english_strings(value, f"{path}.{name}", is_english)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from english_strings(value, f"{path}[{i}]", english)
    elif isinstance(node, str) and english:
        yield path, node


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("carry out the 3800 projects", ["3800"]),
        ("bring in 1000 talents beside 15,000 units", ["1000"]),
        ("a total of 8282.17 billion", ["8282.17"]),
        ("carry out the 3,800 projects", []),
        ("No published 2024 figure; the total for 2022-2024", []),
        ("800 billion yuan (8000亿元)", []),
        ("sentence p3.4, PM2.5 and 5G", []),
        ("999 firms and 2.8%", []),
    ],
)
def test_the_rule(text: str, flagged: list[str]) -> None:
    assert unseparated(text) == flagged


def test_the_data_holds_english_strings_to_check() -> None:
    found = [p for f in FILES for p, _ in english_strings(yaml.safe_load(f.read_text("utf-8")))]
    assert len(found) > 300  # every sentence, summary, metric, note and glossary entry


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_english_number_from_1000_has_separators(path: Path) -> None:
    data = yaml.safe_load(path.read_text("utf-8"))
    bad = [f"{at}: {n}" for at, text in english_strings(data) for n in unseparated(text)]
    assert bad == []
