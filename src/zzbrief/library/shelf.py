"""Where the library lives: the indicator vocabulary and the folder of library briefings.

Both sit beside the bundled briefing (``data/library/``), so an installed wheel finds them
in ``zzbrief/data/library`` and a source checkout in the repository's ``data/library``.
``ZZBRIEF_LIBRARY`` points at another folder of briefings (the scale benchmark uses it).
"""

from __future__ import annotations

import os
from pathlib import Path

from zzbrief.briefing.load import bundled_dir


def library_dir() -> Path:
    """The bundled library folder (``data/library``)."""
    return bundled_dir() / "library"


def indicators_file() -> Path:
    """The indicator vocabulary."""
    return library_dir() / "indicators.yaml"


def briefings_dir() -> Path:
    """The folder of library briefings, one ``<id>.yaml`` each: ZZBRIEF_LIBRARY or the bundle."""
    explicit = os.environ.get("ZZBRIEF_LIBRARY")
    return Path(explicit) if explicit else library_dir() / "briefings"
