"""Reading any script as simplified Chinese, for reading only, with a map back to the text.

Plans reach us in traditional characters (a Taiwan or Hong Kong page, a repost), with pinyin
inserted by mirror sites (``報(bào)告``, ``1.36萬(wàn)套``) and with stray spaces
(``1,200 萬人``). The rules of this package are written for simplified text, so a text is
first *read* into a simplified form without those insertions. Quotes and offsets must
still refer to the text as given, so the reading keeps, for every character it holds, the
offset of the character of the input it came from.

- Traditional characters: converted with OpenCC (``t2s``), imported only when the text
  has traditional characters (it costs about 30 ms). OpenCC's t2s conversion keeps the
  length of a line; a line where it would not is converted character by character.
- 兆 is 万亿 (10¹²) in Taiwan's usage, but a million in mainland units (兆瓦): it is read
  as 万亿 only in a traditional-script text, and only right after a number.
- Pinyin in brackets after a character, with at least one tone mark, is dropped.
- Spaces and tabs between a number or a Chinese character and a Chinese character (or
  between a Chinese character and a number) are dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

#: Characters that occur only in traditional script and are common in plans. A text in
#: which they make up at least TRADITIONAL_SHARE of the Chinese characters is traditional.
TRADITIONAL_ONLY = frozenset(
    "萬億個條兩與為發經濟國際實現設區們這於產業農傳會議時間從場過來還進開關長門問題見說讀書學習"
    "體價縣鄉鎮鐵網絡電話車輛機運輸環護營養醫療衛藥優層級總計劃規報導強調點項數據統資處幾權應當"
    "務須團結響達準備貨幣銀錢財稅費勞動齊頭長態勢邊區積極選舉創術歲廣東屬雙億萬"
)
TRADITIONAL_SHARE = 0.02
_IDEOGRAPH = re.compile("[\u4e00-\u9fff]")
_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
#: 報(bào): a bracketed syllable with a tone mark, right after a Chinese character.
_PINYIN = re.compile(
    rf"(?<=[\u4e00-\u9fff])[（(]\s*[a-zü{_TONES}]*[{_TONES}][a-zü{_TONES}]*\s*[）)]"
)
_CJK = r"\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e"
#: A run of spaces between two characters that would never be spaced in print.
_SPACES = re.compile(
    rf"(?<=[{_CJK}0-9%])[ \t\u00a0\u3000]+(?=[\u4e00-\u9fff])"
    rf"|(?<=[\u4e00-\u9fff])[ \t\u00a0\u3000]+(?=[0-9０-９])"
)
_TRILLION = re.compile(
    r"(?:(?<=[0-9０-９零〇一二两三四五六七八九十百千万])|(?<=[0-9０-９][ \u00a0]))"
    r"兆(?!瓦|赫|帕|字节|焦)"
)


@dataclass(frozen=True, slots=True)
class Reading:
    """A text as read (``text``), and where each of its characters came from.

    ``origin[i]`` is the offset in the input of the character ``text[i]`` came from;
    None means the reading is the input itself, character for character.
    """

    text: str
    source_length: int
    origin: tuple[int, ...] | None = None
    traditional: bool = False

    def start_of(self, i: int) -> int:
        """The input offset where the reading's character ``i`` begins."""
        if self.origin is None:
            return i
        return self.origin[i] if i < len(self.origin) else self.source_length

    def end_of(self, j: int) -> int:
        """The input offset just past the reading's character ``j - 1`` (a span's end)."""
        if self.origin is None:
            return j
        return self.origin[j - 1] + 1 if j > 0 else 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A span ``[start, end)`` of the reading as a span of the input."""
        if start >= end:
            at = self.start_of(start)
            return at, at
        return self.start_of(start), self.end_of(end)

    def index_of(self, source_offset: int) -> int:
        """The first reading character that comes from the input at or after an offset."""
        if self.origin is None:
            return source_offset
        return bisect_right(self.origin, source_offset - 1)


def is_traditional(text: str) -> bool:
    """True when traditional-only characters are at least 2% of the Chinese characters."""
    cjk = len(_IDEOGRAPH.findall(text))
    if not cjk:
        return False
    marked = sum(text.count(ch) for ch in TRADITIONAL_ONLY)
    return marked >= 2 and marked >= TRADITIONAL_SHARE * cjk


def _to_simplified(text: str) -> str:
    from opencc import OpenCC  # heavy: only for a text in traditional script

    converter = OpenCC("t2s")
    lines = text.split("\n")
    out = []
    for line in lines:
        converted = converter.convert(line)
        if len(converted) != len(line):  # keep the offsets: one character at a time
            converted = "".join(converter.convert(ch) or ch for ch in line)
            if len(converted) != len(line):
                converted = line
        out.append(converted)
    return "\n".join(out)


def read(text: str) -> Reading:
    """The text read as simplified Chinese without pinyin or stray spaces (see above)."""
    traditional = is_traditional(text)
    base = _to_simplified(text) if traditional else text
    edits: list[tuple[int, int, str]] = [(m.start(), m.end(), "") for m in _PINYIN.finditer(base)]
    edits += [(m.start(), m.end(), "") for m in _SPACES.finditer(base)]
    if traditional:
        edits += [(m.start(), m.end(), "万亿") for m in _TRILLION.finditer(base)]
    if not edits:
        return Reading(base, len(text), None, traditional)
    edits.sort()
    pieces: list[str] = []
    origin: list[int] = []
    at = 0
    for start, end, replacement in edits:
        if start < at:
            continue  # overlapping edits: the first one wins
        pieces.append(base[at:start])
        origin.extend(range(at, start))
        pieces.append(replacement)
        origin.extend([start] * len(replacement))
        at = end
    pieces.append(base[at:])
    origin.extend(range(at, len(base)))
    return Reading("".join(pieces), len(text), tuple(origin), traditional)


def ambiguous_trillion(text: str) -> list[int]:
    """Offsets of 兆 right after a number in a text that is not clearly traditional.

    In a mainland text 兆 after a number is a unit prefix (兆瓦) or a Taiwan-style 万亿
    quoted from elsewhere; a reader of the figure cannot tell which (``validate`` warns).
    """
    if is_traditional(text):
        return []
    return [m.start() for m in _TRILLION.finditer(text)]
