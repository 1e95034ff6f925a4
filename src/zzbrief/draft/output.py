"""Writing a draft briefing's files to a folder."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from zzbrief.draft.model import DraftError

if TYPE_CHECKING:  # pathlib costs a few ms to import; only writing needs it
    from pathlib import Path

_HEADERS = {
    "source.yaml": (
        "# A draft briefing written by `zzbrief draft`. Review every TODO before publishing.\n"
        "# TODO review (guessed or unknown): date, year, outlet, speaker, role, occasion, city,"
        " title_en.\n"
    ),
}
_HEADER = "# Drafted by `zzbrief draft`: review every TODO and each record's `todo` list.\n"


def write_folder(
    parts: dict[str, dict[str, Any]], directory: str | os.PathLike[str], force: bool = False
) -> list[Path]:
    """Write each part as ``directory/<name>`` and return the paths written.

    The folder is created if needed. A folder that exists and is not empty is refused
    (DraftError) unless ``force`` is true, so a draft never overwrites someone's edits.
    """
    from pathlib import Path

    import yaml  # only here: drafting and listing figures do not need PyYAML

    # An unwritable place or a full disk raises OSError: the command line names the path
    # and exits 1 (cli/failures.py), as for every command that writes.
    return _write(parts, Path(directory), force, yaml)


def _write(parts: dict[str, dict[str, Any]], folder: Path, force: bool, yaml: Any) -> list[Path]:
    if folder.exists() and not folder.is_dir():
        raise DraftError(f"{folder}: exists and is not a folder")
    if folder.is_dir() and any(folder.iterdir()) and not force:
        raise DraftError(f"{folder}: the folder is not empty (write into it anyway with --force)")
    from zzbrief.briefing.load import MAX_BYTES  # the loader's limit, for all files together

    bodies = {
        name: _HEADERS.get(name, _HEADER)
        + yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100)
        for name, document in parts.items()
    }
    size = sum(len(body.encode("utf-8")) for body in bodies.values())
    if size > MAX_BYTES:
        raise DraftError(
            f"the draft briefing would be {size:,} bytes, more than the {MAX_BYTES:,} bytes"
            " a briefing may hold; draft a part of the text at a time"
        )
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, body in bodies.items():
        path = folder / name
        path.write_text(body, encoding="utf-8")
        written.append(path)
    return written
