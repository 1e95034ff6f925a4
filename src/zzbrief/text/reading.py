"""Reading a plan's bytes into text: size limit, encoding detection, hostile input.

Encodings: UTF-8 (with or without a BOM) and GB18030, which covers GBK and GB2312. No
detection library is used: a strict UTF-8 decode, then a strict GB18030 decode whose
result must look like Chinese text, decides every case we accept, and costs nothing to
import. charset-normalizer would guess among dozens of encodings we do not want to accept
(and then we would still have to refuse them), so it would not earn its place.

A file that is *mostly* valid UTF-8 with a few broken bytes is refused rather than read as
GB18030, because that would silently turn every character into mojibake.
"""

from __future__ import annotations

import os
import unicodedata
from typing import BinaryIO

from zzbrief.files import FileProblem, read_limited

#: At least this share of a GB18030 reading's non-ASCII characters must be common CJK
#: ideographs or CJK punctuation; random bytes and mis-decoded text fall far below it.
MIN_CJK_SHARE = 0.9
_ALLOWED_CONTROLS = "\t\n\r\f"


class TextError(Exception):
    """A text that cannot be read or drafted: empty, binary, too large, or not decodable.

    ``message`` is written for the person who gave the file, without a traceback.
    (``zzbrief.draft.DraftError`` is this class.)
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF  # unified ideographs
        or 0x3000 <= code <= 0x303F  # CJK punctuation
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
        or 0x2010 <= code <= 0x206F  # general punctuation: “ ” … —
        or code in (0xB7, 0xD7)  # · ×
    )


def _check_controls(text: str) -> None:
    for at, ch in enumerate(text):
        if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc":
            line = text.count("\n", 0, at) + 1
            raise TextError(
                f"control character U+{ord(ch):04X} on line {line}: this is not plain text"
            )


def _looks_like_broken_utf8(data: bytes) -> bool:
    # GBK bytes read as UTF-8 are almost all replacement characters; UTF-8 with a few
    # damaged bytes is mostly real characters. Only the second is "broken UTF-8".
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    return good > 4 * bad


def _gb18030(data: bytes) -> str:
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise TextError(
            f"neither UTF-8 nor GB18030/GBK text (undecodable byte 0x{data[exc.start]:02x}"
            f" at offset {exc.start}); save the file as UTF-8"
        ) from None
    wide = [ch for ch in text if ord(ch) > 0x7F]
    if wide and sum(map(_is_cjk, wide)) < MIN_CJK_SHARE * len(wide):
        raise TextError(
            "the text is not UTF-8, and read as GB18030/GBK it does not look like Chinese;"
            " save the file as UTF-8"
        )
    return text


def decode_plan(data: bytes) -> str:
    """Decode UTF-8 (BOM or not) or GB18030/GBK bytes; raise TextError for anything else."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise TextError("UTF-16 text is not supported; save the file as UTF-8")
    if b"\x00" in data:
        raise TextError("this is a binary file (it contains NUL bytes), not a plan text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if _looks_like_broken_utf8(data):
            raise TextError(
                f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} breaks"
                " an otherwise UTF-8 text; repair or re-save the file as UTF-8"
            ) from None
    return _gb18030(data)


def read_plan(data: bytes, max_bytes: int) -> str:
    """The text of a plan given as bytes, with line ends normalised to ``\\n``.

    Raises TextError when the input is larger than ``max_bytes``, empty or blank, binary,
    in an unsupported encoding, or holds control characters.
    """
    if len(data) > max_bytes:
        raise TextError(f"the text is larger than the {max_bytes:,}-byte limit")
    if not data.strip():
        raise TextError("the text is empty")
    text = decode_plan(data).replace("\r\n", "\n").replace("\r", "\n")
    _check_controls(text)
    if not text.strip():
        raise TextError("the text is empty")
    return text


def read_plan_stream(stream: BinaryIO, max_bytes: int) -> str:
    """Read a plan from a binary stream (standard input), never more than max_bytes + 1."""
    data = stream.read(max_bytes + 1)
    return read_plan(data, max_bytes)


def read_plan_path(path: str | os.PathLike[str], max_bytes: int) -> str:
    """Read a plan file, refusing non-regular files and oversized ones before reading them."""
    name = os.fspath(path)
    try:
        data = read_limited(name, max_bytes)
    except FileProblem as problem:
        if problem.kind == "not-regular":
            raise TextError(f"{name}: not a regular file") from None
        if problem.kind == "too-large":
            size = "the text is" if problem.size is None else f"{problem.size:,} bytes is"
            raise TextError(f"{name}: {size} larger than the {max_bytes:,}-byte limit") from None
        raise TextError(f"{name}: cannot read: {problem.detail}") from None
    try:
        return read_plan(data, max_bytes)
    except TextError as err:
        raise TextError(f"{name}: {err.message}") from None
