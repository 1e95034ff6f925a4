"""Untrusted text made safe for a terminal: control characters shown, never obeyed."""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, and C1 controls (ESC, BEL, CSI, OSC, ...).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# DEL and C1 controls, which JSON may hold raw.
_C1 = re.compile("[\x7f-\x9f]")


def _escape(match: re.Match[str]) -> str:
    return f"\\x{ord(match.group()):02x}"


def clean(text: str) -> str:
    """Replace control characters with visible escapes (ESC becomes ``\\x1b``)."""
    return _CONTROL.sub(_escape, text)


def one_line(text: str) -> str:
    """Clean text for a single tab-separated field: no tabs or newlines inside.

    A newline separates the two languages of a ``--lang both`` cell; on one line they are
    joined with " · ".
    """
    return clean(text).replace("\t", " ").replace("\r", " ").replace("\n", " · ")


def escape_c1(text: str) -> str:
    """Escape DEL and C1 controls (U+007F-U+009F), which JSON allows raw but a terminal may
    obey (U+009B is CSI). The JSON still decodes to the same strings."""
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
