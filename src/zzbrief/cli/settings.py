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
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

from zzbrief.render import FORMATS

#: The keys the file may set, and the values each accepts (None: any text).
KEYS: dict[str, tuple[str, ...] | None] = {
    "lang": ("zh", "en", "both"),
    "format": FORMATS,
    "color": ("auto", "always", "never"),
    "pager": None,
    "briefing": None,  # a library briefing id (zzbrief briefings); --data wins over it
}
SECTION = "defaults"

_cache: dict[str, str] | None = None


def config_path() -> Path:
    """Where the config file is looked for."""
    explicit = os.environ.get("ZZBRIEF_CONFIG")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "zzbrief" / "config"


def _warn(path: Path, text: str, start: str | None, message: str) -> None:
    # "zzbrief: ignoring ... in the config file FILE, line N: why". configparser keeps no
    # line for a key or section, so the first line starting with ``start`` is found again.
    line = None
    if start is not None:
        import re

        pattern = re.compile(rf"\s*{re.escape(start)}(\s*[=:\]]|$)", re.IGNORECASE)
        line = next((n for n, t in enumerate(text.splitlines(), 1) if pattern.match(t)), None)
    where = f"the config file {path}" + (f", line {line}" if line else "")
    sys.stderr.write(f"zzbrief: ignoring {message.format(where=where)}\n")


def _broken(exc: Exception, text: str) -> str:
    """Our wording for a file configparser cannot read, with the line where it broke."""
    import configparser as cp

    line = getattr(exc, "lineno", None)
    if isinstance(exc, cp.MissingSectionHeaderError):
        why = f"a setting outside any section; start the file with [{SECTION}]"
    elif isinstance(exc, cp.DuplicateSectionError):
        why = f"[{exc.section}] appears twice"
    elif isinstance(exc, cp.DuplicateOptionError):
        why = f"{exc.option} is set twice in [{exc.section}]"
    elif isinstance(exc, cp.ParsingError) and exc.errors:
        line = exc.errors[0][0]
        why = f"not a 'key = value' line: {text.splitlines()[line - 1].strip()!r}"
    else:
        why = "not a config file in git's style ([defaults], then key = value lines)"
    return f"line {line}: {why}" if line else why


def _read(path: Path) -> dict[str, str]:
    import configparser  # only when the file exists

    from zzbrief.errors import did_you_mean

    parser = configparser.ConfigParser(inline_comment_prefixes=("#", ";"), interpolation=None)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        sys.stderr.write(f"zzbrief: ignoring the config file {path}: {exc.strerror or exc}\n")
        return {}
    except UnicodeDecodeError:
        sys.stderr.write(f"zzbrief: ignoring the config file {path}: not UTF-8 text\n")
        return {}
    try:
        parser.read_string(text)
    except configparser.Error as exc:
        sys.stderr.write(f"zzbrief: ignoring the config file {path}, {_broken(exc, text)}\n")
        return {}
    for name in parser.sections():
        if name != SECTION:
            hint = did_you_mean(name, [SECTION]) or f"Settings go under [{SECTION}]."
            _warn(path, text, f"[{name}", f"[{name}] in {{where}}: unknown section. {hint}")
    return _settings(path, text, parser[SECTION] if parser.has_section(SECTION) else {})


def _settings(path: Path, text: str, section: Any) -> dict[str, str]:
    """The known keys with accepted values; each other one reported, with a suggestion."""
    from zzbrief.errors import did_you_mean

    out = {}
    for key, value in section.items():
        if key not in KEYS:
            hint = did_you_mean(key, KEYS) or ""
            known = f"Settings: {', '.join(KEYS)}"
            _warn(path, text, key, f"{key!r} in {{where}}: unknown setting. {hint} {known}")
            continue
        allowed = KEYS[key]
        if allowed and value.lower() not in allowed:
            hint = did_you_mean(value, allowed) or ""
            accepted = f"Accepted: {', '.join(allowed)}"
            _warn(
                path,
                text,
                key,
                f"{key} = {value} in {{where}}: not a valid {key}. {hint} {accepted}",
            )
            continue
        out[key] = value.lower() if allowed else value
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


def hoist(
    args: list[str], root: dict[str, bool], own: Callable[[str], Collection[str]]
) -> list[str]:
    """Move root options given after the command (``validate --lang en``) to the front.

    ``root`` maps each root option's names (``--data``, ``-f``) to whether it takes a
    value; ``own(command)`` gives the option names the command itself takes, which stay
    where they are (``export -f json`` is export's own ``-f``). Both come from the parsed
    declarations, so an option added to the root callback is accepted after every
    command without a list to update. Nothing after ``--`` is touched: ``zzbrief search
    -- --data`` searches for "--data".
    """
    i = 0
    while i < len(args) and args[i].startswith("-") and args[i] != "--":
        i += 2 if root.get(args[i], False) else 1  # a root option before the command
    if i >= len(args) or args[i] == "--":
        return args
    front, rest = args[:i], [args[i]]
    mine = set(own(args[i]))
    j = i + 1
    while j < len(args):
        arg = args[j]
        if arg == "--":
            rest.extend(args[j:])
            break
        name = _option_name(arg, root)
        if name is None or name in mine:
            rest.append(arg)
            j += 1
            continue
        takes_next = root[name] and arg == name and j + 1 < len(args)
        front.extend(args[j : j + 1 + takes_next])
        j += 1 + takes_next
    return front + rest


def _option_name(arg: str, root: dict[str, bool]) -> str | None:
    # "--data", "--data=x", "-f" and "-fjson" all name a root option; anything else None.
    if not arg.startswith("-"):
        return None
    name = arg.split("=", 1)[0] if arg.startswith("--") else arg[:2]
    if name not in root or (not arg.startswith("--") and len(arg) > 2 and not root[name]):
        return None
    return name
