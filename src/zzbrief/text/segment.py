"""Cutting Chinese text into sentences, keeping every character and every offset.

A sentence ends at 。！？；!?; and any closing quote or bracket that follows, exactly as
``zzbrief validate`` splits a briefing's sentences (``briefing/checks.py`` uses these), so a
draft's sentences pass ``validate``.
"""

from __future__ import annotations

import re

TERMINATORS = "。!?;！？；"
CLOSERS = "”’」』)"
_SPACE = " \t\u00a0\u3000\r\n\f"
_T, _C = re.escape(TERMINATORS), re.escape(CLOSERS)
#: A sentence: anything up to a terminator and the closers after it, or the rest.
_PIECE = re.compile(rf"[^{_T}]*[{_T}][{_C}]*|[^{_T}]+")


def cut_sentences(text: str) -> list[str]:
    """Cut text after each terminator (and any closing quote after it), keeping every
    character: the pieces join back to ``text``. Briefing checks use it as is."""
    return _PIECE.findall(text)


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """The ``[start, end)`` spans of the trimmed, non-empty sentences of ``text``, plus
    ``offset``: where each sentence of ``split_sentences`` lies in the text."""
    spans: list[tuple[int, int]] = []
    at = 0
    for piece in cut_sentences(text):
        start, end = at, at + len(piece)
        at = end
        while start < end and text[start] in _SPACE:
            start += 1
        while end > start and text[end - 1] in _SPACE:
            end -= 1
        if start < end:
            spans.append((offset + start, offset + end))
    return spans


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, trimmed, without empty ones."""
    return [text[a:b] for a, b in sentence_spans(text)]
