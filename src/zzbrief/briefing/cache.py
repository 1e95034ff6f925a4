"""The per-user cache of compiled briefings, keyed by content hash.

Location: ``$ZZBRIEF_CACHE_DIR``, else ``$XDG_CACHE_HOME/zzbrief``, else ``~/.cache/zzbrief``.
Invalidation: the key hashes the data files' bytes with the package version, so an edited
file or a new release simply misses and is compiled again. ``ZZBRIEF_NO_CACHE=1`` turns
the cache off. A cache that cannot be read or written is ignored: it only costs speed.
"""

from __future__ import annotations

import marshal
import os
import sys
from pathlib import Path
from typing import Any

_PREFIX = f"py{sys.version_info[0]}{sys.version_info[1]}-"


def cache_dir() -> Path | None:
    """Where compiled briefings are kept, or None when caching is off."""
    if os.environ.get("ZZBRIEF_NO_CACHE"):
        return None
    explicit = os.environ.get("ZZBRIEF_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "zzbrief"


def _file(slot: str, key: str, part: str) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"{_PREFIX}{slot}-{key}.{part}.marshal"


def read(slot: str, key: str, part: str) -> dict[str, Any] | None:
    """One part (``data`` or ``index``) of the compiled briefing ``key`` in ``slot``, or None.

    A slot is one data location; parts are stored apart so a command that does not search
    never reads the search index.
    """
    path = _file(slot, key, part)
    if path is None:
        return None
    try:
        payload = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return payload if isinstance(payload, dict) else None


def write(slot: str, key: str, parts: dict[str, dict[str, Any]]) -> None:
    """Store each part atomically and drop the slot's stale entries; never raises."""
    import tempfile  # only when writing, which a warm start never does

    written = set()
    for part, payload in parts.items():
        path = _file(slot, key, part)
        if path is None:
            return
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as handle:
                handle.write(marshal.dumps(payload))
            os.replace(tmp, path)  # readers see the old file or the new one, never half
            tmp = None
            written.add(path)
        except (OSError, ValueError):
            return
        finally:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
    for stale in next(iter(written)).parent.glob(f"{_PREFIX}{slot}-*.marshal") if written else ():
        if stale not in written:  # the same data location, compiled from older content
            stale.unlink(missing_ok=True)
