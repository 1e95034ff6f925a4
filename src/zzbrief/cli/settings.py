"""Sticky preferences: a small config file, and the root options a user may give anywhere.

The file is ``$ZZBRIEF_CONFIG``, else ``$XDG_CONFIG_HOME/zzbrief/config``, else
``~/.config/zzbrief/config``, in git's INI style::

    [defaults]
    lang = en          # zh, en or both
    format = table     # used on a terminal only: piped output stays plain for scripts
    color = auto       # auto, always or never
    pager = less -FRX  # or "never"
    briefing = cn-2025 # a library briefing to use by default (zzbrief briefings)

Precedence, strongest first: the command line, environment variables (ZZBRIEF_LANG,
NO_COLOR, FORCE_COLOR, ZZBRIEF_PAGER), this file, built-in defaults. A missing file costs
one stat; a broken one is reported on stderr and ignored, never a reason to fail.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: The keys the file may set, and the values each accepts (None: any text).
KEYS: dict[str, tuple[str, ...] | None] = {
    "lang": ("zh", "en", "both"),
    "format": None,  # checked against render.FORMATS by the caller
    "color": ("auto", "always", "never"),
    "pager": None,
    "briefing": None,  # a library briefing id (zzbrief briefings); --data wins over it
}
#: Root options that are accepted after the command too (``zzbrief targets --data x``):
#: they are moved in front of it before parsing. Each takes a value, except the flags.
HOISTED = ("--data", "--color", "--briefing", "-b")
HOISTED_FLAGS = ("--no-pager",)

_cache: dict[str, str] | None = None


def config_path() -> Path:
    """Where the config file is looked for."""
    explicit = os.environ.get("ZZBRIEF_CONFIG")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "zzbrief" / "config"


def _read(path: Path) -> dict[str, str]:
    import configparser  # only when the file exists

    parser = configparser.ConfigParser(inline_comment_prefixes=("#", ";"))
    try:
        parser.read_string(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, configparser.Error) as exc:
        sys.stderr.write(f"zzbrief: ignoring {path}: {exc}\n")
        return {}
    section = parser["defaults"] if parser.has_section("defaults") else {}
    out = {}
    for key, value in section.items():
        allowed = KEYS.get(key, ())
        if key not in KEYS or (allowed and value not in allowed):
            sys.stderr.write(f"zzbrief: ignoring {key} = {value} in {path}\n")
            continue
        out[key] = value
    return out


def setting(key: str) -> str | None:
    """A value from the config file, or None; the file is read once per process."""
    global _cache
    if _cache is None:
        path = config_path()
        _cache = _read(path) if path.is_file() else {}
    return _cache.get(key)


def reset() -> None:
    """Forget the config file read so far (for tests)."""
    global _cache
    _cache = None


def hoist(args: list[str]) -> list[str]:
    """Move root options given after the command (``targets --data x``) to the front.

    Nothing after ``--`` is touched: ``zzbrief search -- --data`` searches for "--data".
    """
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest.extend(args[i:])
            break
        name = arg.split("=", 1)[0]
        if arg in HOISTED_FLAGS and i > 0:
            front.append(arg)
            i += 1
            continue
        if name in HOISTED and i > 0:
            takes_next = "=" not in arg and i + 1 < len(args)
            front.extend(args[i : i + 1 + takes_next])
            i += 1 + takes_next
            continue
        rest.append(arg)
        i += 1
    return front + rest
