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
import tempfile
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


def _file(slot: str, key: str) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"{_PREFIX}{slot}-{key}.marshal"


def read(slot: str, key: str) -> dict[str, Any] | None:
    """The compiled payload for ``key`` in ``slot`` (one slot per data location), or None."""
    path = _file(slot, key)
    if path is None:
        return None
    try:
        payload = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return payload if isinstance(payload, dict) else None


def write(slot: str, key: str, payload: dict[str, Any]) -> None:
    """Store a compiled payload atomically, dropping the slot's stale entries; never raises."""
    path = _file(slot, key)
    if path is None:
        return
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(marshal.dumps(payload))
        os.replace(tmp, path)  # readers see the old file or the new one, never half of one
        tmp = None
        for stale in path.parent.glob(f"{_PREFIX}{slot}-*.marshal"):
            if stale != path:  # the same data location, compiled from older content
                stale.unlink(missing_ok=True)
    except (OSError, ValueError):
        return
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
