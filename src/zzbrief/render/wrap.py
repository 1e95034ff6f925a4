"""Line breaking for Chinese text: between characters, never inside a number or a word.

Rich wraps at spaces and folds anything longer cell by cell, so in Chinese, which has no
spaces, it cut numbers in two (`本文是20` / `24年`) and English words too. Here a run of
Latin letters, digits and the signs inside figures (2024, 7000亿元's 7000, 5.7%, R&D) is one
unit; every other character may start a line, as in Chinese typesetting. Text without wide
characters is left to Rich's own wrapping.
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from zzbrief.render.doc import Para

# Inside a word: a run of letters and digits with the signs that sit inside figures, or one
# character; punctuation that may not start a line is glued to what comes before it.
_UNIT = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,:%/&'’+\-]*|.", re.S)
# A highlight written without colour ([70万辆]) is one unit from its "[" to its "]": the
# marks never sit apart from what they frame (`超[70万辆` / `]`), nor is a short match cut.
_NO_LINE_START = "，。、；：！？）》」』”’,.;:!?)%"


def _units(word: str, at: int) -> list[tuple[int, str]]:
    units: list[tuple[int, str]] = []
    for match in _UNIT.finditer(word):
        text = match.group()
        if units and (text[0] in _NO_LINE_START or _open(units[-1][1])):
            start, before = units[-1]
            units[-1] = (start, before + text)
        else:
            units.append((at + match.start(), text))
    return units


def _open(unit: str) -> bool:
    # Inside a bracketed highlight: an opened "[" not yet closed.
    return unit.rfind("[") > unit.rfind("]")


def _breaks(line: str, width: int) -> list[int]:
    # Offsets where new lines start. Words (between spaces) move whole to the next line when
    # they fit on one; only a word longer than a line (Chinese prose has no spaces) is broken,
    # between its units.
    offsets: list[int] = []
    used = 0
    for match in re.finditer(r"\S+|\s+", line):
        token, size = match.group(), cell_len(match.group())
        if token.isspace() or used + size <= width:
            used += size
            continue
        if size <= width:
            offsets.append(match.start())
            used = size
            continue
        for start, unit in _units(token, match.start()):
            unit_size = cell_len(unit)
            if used + unit_size > width and used:
                offsets.append(start)
                used = 0
            if unit_size > width:  # a unit wider than a line: fold it, as Rich would
                for i, char in enumerate(unit):
                    if used + cell_len(char) > width and used:
                        offsets.append(start + i)
                        used = 0
                    used += cell_len(char)
                continue
            used += unit_size
    return offsets


def wrap(text: Text, width: int, console: Console) -> list[Text]:
    """``text`` broken into lines of at most ``width`` cells, keeping its styles."""
    plain = text.plain
    if cell_len(plain) == len(plain):  # no wide characters: Rich's word wrapping is right
        return list(text.wrap(console, width, overflow="fold"))
    lines: list[Text] = []
    for part in text.split("\n", allow_blank=True):
        offsets = _breaks(part.plain, max(width, 2))
        pieces = part.divide(offsets) if offsets else [part]
        for piece in pieces:
            piece.rstrip()
            lines.append(piece)
    return lines


def indented(text: Text, console: Console, indent: int = 2, hang: int = 0) -> Text:
    """``text`` wrapped to the window, ``indent`` cells in from the left and lines after the
    first ``hang`` more, with no trailing spaces: every line is laid out once, here."""
    plain = text.plain
    if "\n" not in plain and cell_len(plain) + indent <= console.width:
        line = Text(" " * indent).append_text(text) if indent else text  # most lines fit
        line.rstrip()
        return line
    lines = wrap(text, max(console.width - indent - hang, 1), console)
    out = [Text(" " * (indent + (hang if n else 0))).append_text(x) for n, x in enumerate(lines)]
    for line in out:
        line.rstrip()
    return Text("\n").join(out)


def pieces(text: Text, block: Para, console: Console) -> Text:
    """A paragraph broken only at its ``sep``, so no piece (a command in a list of them) is
    cut in two; a piece wider than the window still folds."""
    sep, line, at = block.sep, Text(), 0
    lines: list[Text] = []
    for n, piece in enumerate(text.plain.split(sep)):
        part = text[at : at + len(piece)]
        at += len(piece) + len(sep)
        room = console.width - block.indent - (block.hang if lines else 0)
        if line.plain and cell_len(line.plain + sep + piece) > room:
            lines.append(line)  # a line break separates pieces as well as the separator
            line = Text()
        line = line.append(sep).append_text(part) if n and line.plain else part
    lines.append(line)
    out = [indented(x, console, block.indent + (block.hang if n else 0))
           for n, x in enumerate(lines)]  # fmt: skip
    return Text("\n").join(out)
