"""A draft's TODO markers: what ``zzbrief draft`` left for a person to write or review.

A draft (``status: draft``) writes text it cannot know as a string starting with ``TODO``
and names the fields a person must check in a record's ``todo`` list. ``validate`` reports
each marker; they are warnings in a draft and errors in a final briefing (``status: final``,
or no status), which must hold none. The wording, shown by ``zzbrief validate``:

- ``still marked TODO: 'TODO: translate'``: a string value that starts with ``TODO``;
- ``still to review (todo): metric.zh, sectors``: a non-empty ``todo`` list.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from zzbrief.briefing.checks import Path, Problem

MARKER = "TODO"
_SHOWN = 60  # characters of a marked value to quote: enough to recognise it


def is_final(raw: Mapping[str, Any]) -> bool:
    """True when the briefing must hold no markers: ``status: final``, or no status.

    A status the schema rejects is not final: the schema problem is reported, and its
    markers stay warnings rather than a second problem for each.
    """
    return bool(raw.get("status", "final") == "final")


def _quoted(text: str) -> str:
    return repr(text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…")


def todo_markers(raw: Mapping[str, Any]) -> list[Problem]:
    """Every TODO marker in the raw data, each with its path, in document order."""
    found: list[Problem] = []
    stack: list[tuple[Path, Any, bool]] = [((), raw, False)]
    while stack:  # iterative: a deep document must not hit the recursion limit
        path, node, todo = stack.pop()
        if todo:  # the list names fields; its items are not markers themselves
            if node:
                found.append(Problem(path, f"still to review (todo): {', '.join(map(str, node))}"))
        elif isinstance(node, str) and node.startswith(MARKER):
            found.append(Problem(path, f"still marked TODO: {_quoted(node)}"))
        elif isinstance(node, Mapping):
            for key, value in reversed(list(node.items())):
                todo = key == "todo" and isinstance(value, list)
                stack.append(((*path, str(key)), value, todo))
        elif isinstance(node, list):
            stack.extend(((*path, i), item, False) for i, item in reversed(list(enumerate(node))))
    return found
