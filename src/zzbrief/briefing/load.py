"""Read a briefing from disk: the bundled data or a user's file or folder.

Reading YAML is the slow part of a start (PyYAML, validation, pinyin readings), so the
result is compiled once per content and cached per user (see ``cache.py``). An ordinary run
reads the YAML bytes only to hash them, then loads the compiled form with ``marshal``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from zzbrief import __version__
from zzbrief.errors import DataError, plural
from zzbrief.files import FileProblem, read_limited
from zzbrief.slots import Record

#: The largest briefing we read, all files together. The bundled one is under 100 KB;
#: 4 MiB leaves room for many years of plans while keeping a hostile file from
#: tying up memory and time (PyYAML builds the whole document in memory).
MAX_BYTES = 4 * 1024 * 1024
YAML_SUFFIXES = (".yaml", ".yml")
#: Bump when the compiled form changes shape, so old caches are not read.
COMPILED_FORMAT = 11


class SourceFile(Record):
    """One data file: the name to show in messages, and its bytes."""

    __slots__ = ("data", "name")

    name: str
    data: bytes

    def __init__(self, name: str, data: bytes) -> None:
        self.name = name
        self.data = data


def _package_dir() -> Path:
    # What importlib.resources.files("zzbrief") returns for a package on disk, without the
    # millisecond or two importlib.resources costs at start-up; it remains the fallback.
    import zzbrief

    locations = list(getattr(zzbrief, "__path__", []))
    if locations and Path(locations[0]).is_dir():
        return Path(locations[0])
    from importlib import resources

    return Path(str(resources.files("zzbrief")))


def bundled_dir() -> Path:
    """The folder holding the bundled briefing's YAML files.

    In an installed wheel it is ``zzbrief/data``. In a source checkout installed in
    editable mode the package has no copy, so the repository's ``data/`` is used.
    """
    packaged = _package_dir() / "data"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / "data"
    if checkout.is_dir():
        return checkout
    raise DataError("the bundled briefing is missing from this installation")


def vocabulary_source() -> SourceFile | None:
    """The indicator vocabulary bundled beside the briefing (``data/library/indicators.yaml``),
    or None when it is missing. Every briefing's search reads its synonyms, so it is part of
    what a compiled briefing depends on (``content_key``)."""
    path = bundled_dir() / "library" / "indicators.yaml"
    try:
        return SourceFile(str(path), read_limited(str(path), MAX_BYTES))
    except FileProblem:
        return None


def _read(path: str, budget: int) -> bytes:
    try:
        return read_limited(path, budget)
    except FileProblem as problem:
        if problem.kind == "not-regular":
            raise DataError(f"{path}: not a regular file") from None
        if problem.kind == "too-large":
            size = "" if problem.size is None else f"{problem.size:,} bytes is "
            raise DataError(
                f"{path}: {size}larger than the {MAX_BYTES:,}-byte limit for a briefing"
            ) from None
        raise DataError(f"{path}: cannot read: {problem.detail}") from None


def read_sources(path: str | os.PathLike[str] | None = None) -> list[SourceFile]:
    """Read the YAML files of a briefing: a file, a folder of files, or the bundled one."""
    if path is None:
        root = bundled_dir()
    else:
        root = Path(path).expanduser()
        if not root.exists():
            raise DataError(f"{root}: no such file or folder")
    if root.is_dir():
        try:
            with os.scandir(root) as entries:
                files = sorted(
                    e.path for e in entries if e.name.endswith(YAML_SUFFIXES) and e.is_file()
                )
        except OSError as exc:
            raise DataError(f"{root}: cannot list: {exc.strerror or exc}") from None
        if not files:
            raise DataError(f"{root}: the folder holds no .yaml or .yml files")
    else:
        files = [str(root)]
    out: list[SourceFile] = []
    budget = MAX_BYTES
    for file in files:
        try:
            data = _read(file, budget)
        except DataError:
            if len(files) > 1 and budget < MAX_BYTES:
                _over_limit(root, files)  # the folder is over, not this file alone
            raise
        budget -= len(data)
        out.append(SourceFile(file, data))
    return out


def _over_limit(root: Path, files: list[str]) -> None:
    """Raise the error for a folder whose files together are over the limit, if they are."""
    total = 0
    for file in files:
        try:
            total += os.stat(file).st_size
        except OSError:
            return  # gone meanwhile: the file's own error says what happened
    if total > MAX_BYTES:
        raise DataError(
            f"{root}: its {plural(len(files), 'YAML file')} hold {total:,} bytes together,"
            f" more than the {MAX_BYTES:,}-byte limit for a briefing"
        ) from None


def content_key(sources: list[SourceFile]) -> str:
    """A hash of everything the compiled form depends on: the bytes and our own version."""
    try:  # the built-in module: hashlib would also load OpenSSL, for no gain here
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - other Python implementations
        from hashlib import blake2b
    digest = blake2b(f"{COMPILED_FORMAT}:{__version__}".encode(), digest_size=32)
    for src in sources:
        digest.update(len(src.data).to_bytes(8, "big"))
        digest.update(src.data)
    return digest.hexdigest()


def decode(src: SourceFile) -> str:
    """The file's text, refusing binary files and anything that is not UTF-8."""
    if b"\x00" in src.data:
        raise DataError(f"{src.name}: this is a binary file, not YAML text")
    try:
        return src.data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(
            f"{src.name}: not UTF-8 text (byte 0x{src.data[exc.start]:02x} at offset {exc.start})"
        ) from None


def merge(documents: list[tuple[str, Any]]) -> dict[str, Any]:
    """Merge the top-level mappings of several files; a key may come from one file only."""
    merged: dict[str, Any] = {}
    origin: dict[str, str] = {}
    for name, doc in documents:
        if doc is None:
            continue
        if not isinstance(doc, dict):
            raise DataError(f"{name}: the top level must be a mapping of sections")
        for key, value in doc.items():
            if key in merged:
                raise DataError(f"{name}: section {key!r} is already defined in {origin[key]}")
            merged[str(key)] = value
            origin[str(key)] = name
    return merged
