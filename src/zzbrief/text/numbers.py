"""Numbers as Chinese plans print them: Arabic, full-width and Chinese numerals.

``parse_number`` reads one number written any of these ways; ``chinese_numeral`` writes an
integer in Chinese numerals (the inverse, used by the property tests and the docs).
Trailing 万/亿 are deliberately *not* part of a number: ``十万辆`` is 10 of the unit 万辆,
like ``10万辆``, so both spellings get the same unit and factor.
"""

from __future__ import annotations

import re

#: An Arabic number: digits (ASCII or full-width), optional thousands commas, decimals.
ARABIC = r"(?:[0-9０-９]{1,3}(?:,[0-9０-９]{3})+(?![0-9０-９])|[0-9０-９]+)(?:[.．][0-9０-９]+)?"
_CN_DIGIT_CHARS = "零〇一二两三四五六七八九"
_CN_SMALL_CHARS = "十百千"
#: A Chinese numeral: digits and 十百千, with 万/亿 only *inside* (一万五千), never last.
CHINESE = (
    rf"[{_CN_DIGIT_CHARS}{_CN_SMALL_CHARS}]+"
    rf"(?:[万亿][{_CN_DIGIT_CHARS}{_CN_SMALL_CHARS}]+)*"
    rf"(?:点[{_CN_DIGIT_CHARS}]+)?"  # 一点四 (1.4), as traditional pages print decimals
)
NUMBER = rf"(?:{ARABIC}|{CHINESE})"

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_ARABIC_RE = re.compile(ARABIC)
# Parsing accepts a trailing 万/亿 (一万); scanning leaves it to the unit (一万人 = 1 万人).
_CHINESE_RE = re.compile(
    rf"[{_CN_DIGIT_CHARS}{_CN_SMALL_CHARS}]+(?:[万亿][{_CN_DIGIT_CHARS}{_CN_SMALL_CHARS}]*)*"
)


def _tidy(value: float) -> float:
    # An integer stays an int so that figures print as "3800", not "3800.0".
    return int(value) if float(value).is_integer() else value


def parse_arabic(text: str) -> float | None:
    """``"1,200"`` → 1200, ``"７"`` → 7, ``"31.5"`` → 31.5; None if not exactly a number."""
    if _ARABIC_RE.fullmatch(text) is None:
        return None
    return _tidy(float(text.translate(_FULL_WIDTH).replace(",", "")))


def parse_chinese(text: str) -> int | None:
    """``"三千"`` → 3000, ``"一万五千"`` → 15000, ``"两"`` → 2; None if not a numeral.

    Digit-by-digit strings (``二〇二四``, a year) and runs such as ``三五`` (meaning "three or
    five") have no single value and give None. 零 only marks a gap (一千零五).
    """
    if not text or _CHINESE_RE.fullmatch(text) is None:
        return None
    total = group = section = 0
    number: int | None = None
    for ch in text:
        if ch in "零〇":
            if number is not None:
                return None  # 二〇二四: digits read one by one
        elif ch in _CN_DIGITS:
            if number is not None:
                return None  # two digits in a row: not a counting numeral
            number = _CN_DIGITS[ch]
        elif ch in _CN_SMALL:
            section += (1 if number is None else number) * _CN_SMALL[ch]
            number = None
        elif ch == "万":
            group = (section + (number or 0)) * 10_000
            section, number = 0, None
        else:  # 亿
            total = (total + group + section + (number or 0)) * 100_000_000
            group = section = 0
            number = None
    return total + group + section + (number or 0)


def parse_number(text: str) -> float | None:
    """One number in any supported spelling, or None."""
    arabic = parse_arabic(text)
    if arabic is not None:
        return arabic
    return parse_chinese_decimal(text) if "点" in text else parse_chinese(text)


def _below_10000(n: int) -> str:
    digits = "零一二三四五六七八九"
    out = ""
    zero = False
    for power, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // power % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += digits[d] + name
    return out


def chinese_numeral(n: int) -> str:
    """Write an integer from 0 to 10¹²−1 in Chinese numerals: 15000 → ``一万五千``."""
    if not 0 <= n < 10**12:
        raise ValueError(f"{n} is outside 0 … 10^12-1")
    if n == 0:
        return "零"
    out = ""
    gap = False
    for chunk, name in ((n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, "")):
        if chunk == 0:
            gap = bool(out)
            continue
        if out and (gap or chunk < 1000):
            out += "零"  # 一亿零一千: a gap inside the number is read aloud as 零
        out += _below_10000(chunk) + name
        gap = False
    if out.startswith("一十"):
        out = out[1:]  # 十五, not 一十五
    return out


#: A Chinese-numeral decimal as a percentage prints it (百分之四点五): digits after 点.
CHINESE_DECIMAL = rf"[{_CN_DIGIT_CHARS}{_CN_SMALL_CHARS}]+(?:点[{_CN_DIGIT_CHARS}]+)?"


def parse_chinese_decimal(text: str) -> float | None:
    """``"四点五"`` → 4.5, ``"三"`` → 3; None if not a numeral (digits after 点 one by one)."""
    whole, _, fraction = text.partition("点")
    number = parse_chinese(whole)
    if number is None or (fraction and any(c not in _CN_DIGITS for c in fraction)):
        return None
    if not fraction:
        return number
    return _tidy(float(f"{number}." + "".join(str(_CN_DIGITS[c]) for c in fraction)))
