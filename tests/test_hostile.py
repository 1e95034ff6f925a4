"""Untrusted briefings: every bad file gets a clear message, exit 1, no traceback, no output."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from conftest import run
from zzbrief.briefing import store
from zzbrief.briefing.load import MAX_BYTES
from zzbrief.briefing.raw import to_raw
from zzbrief.briefing.yamlio import MAX_ALIASES, dump

# "Billion laughs": twelve levels of nine aliases each would expand to 9**12 strings.
BOMB = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{k}: &{k} [{','.join([f'*{p}'] * 9)}]\n"
    for p, k in zip("abcdefghijkl", "bcdefghijklm", strict=True)
)
# A smaller bomb that stays under the alias limit but expands past the node limit.
QUIET_BOMB = (
    "a: &a ["
    + ",".join(["x"] * 90)
    + "]\n"
    + "".join(
        f"{k}: &{k} [{','.join([f'*{p}'] * 9)}]\n"
        for p, k in zip("abcdefg", "bcdefgh", strict=True)
    )
)


def check_refused(path: Path, *needles: str) -> None:
    """The CLI refuses ``path`` with exit 1, a message on stderr and nothing on stdout."""
    for args in (["--data", str(path), "targets"], ["validate", str(path)]):
        result = run(*args)
        assert result.exit_code == 1, (args, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr + result.stdout
        where = result.stderr if args[0] == "--data" else result.stdout
        for needle in needles:
            assert needle in where, (args, where)
        if args[0] == "--data":
            assert result.stdout == ""


def test_missing_path(tmp_path: Path) -> None:
    check_refused(tmp_path / "nope.yaml", "no such file or folder")


def test_folder_without_yaml(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    check_refused(tmp_path, "holds no .yaml or .yml files")


def test_unreadable_file(tmp_path: Path) -> None:
    link = tmp_path / "broken.yaml"
    link.symlink_to(tmp_path / "gone.yaml")  # root can read any mode; a dangling link fails
    check_refused(link, "no such file or folder")
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)  # opening must not wait for a writer
    check_refused(fifo, "not a regular file")


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "b.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    check_refused(path, "binary file")


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "gbk.yaml"
    path.write_bytes("source: 郑州".encode("gbk"))
    check_refused(path, "not UTF-8")


def test_malformed_yaml_with_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("source:\n  title: ok\n  speaker: [unclosed\n", encoding="utf-8")
    check_refused(path, f"{path}:4:1:")


def test_wrong_types_missing_fields_duplicate_ids(tmp_path: Path) -> None:
    raw = to_raw(store.load().briefing)
    raw["targets"][0]["value"] = "seven"
    del raw["targets"][1]["unit"]
    path = tmp_path / "typed.yaml"
    path.write_text(dump(raw), encoding="utf-8")
    check_refused(path, "targets[0].value", "'seven' is not of type 'number'", "targets[1]")
    raw = to_raw(store.load().briefing)
    raw["targets"][2]["id"] = raw["targets"][0]["id"]
    path.write_text(dump(raw), encoding="utf-8")
    check_refused(path, "targets[2].id", "duplicate target id 'gdp-growth'")


def test_python_tags_are_never_constructed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    path = tmp_path / "evil.yaml"
    path.write_text(f'source: !!python/object/apply:os.system ["touch {marker}"]\n')
    check_refused(path, "could not determine a constructor")
    assert not marker.exists()


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(BOMB)
    started = time.monotonic()
    check_refused(path, f"more than {MAX_ALIASES} YAML aliases")
    assert time.monotonic() - started < 30  # a generous bound: expanding it would never end


def test_expansion_bomb_under_the_alias_limit(tmp_path: Path) -> None:
    path = tmp_path / "quiet.yaml"
    path.write_text(QUIET_BOMB)
    check_refused(path, "expands to more than")


def test_huge_file_is_refused_by_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB, sparse: fast to make
    check_refused(path, f"larger than the {MAX_BYTES:,}-byte limit")


def test_huge_folder_is_refused_by_total_size(tmp_path: Path) -> None:
    chunk = b"# " + b"x" * (1024 * 1024) + b"\n"
    for i in range(5):
        (tmp_path / f"part{i}.yaml").write_bytes(chunk)
    check_refused(tmp_path, "limit for a briefing")


@pytest.mark.parametrize("top", ["[1, 2]", "just text", "42"])
def test_top_level_must_be_a_mapping(tmp_path: Path, top: str) -> None:
    path = tmp_path / "list.yaml"
    path.write_text(top + "\n")
    check_refused(path, "the top level must be a mapping")


def test_two_files_defining_the_same_section(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("sectors: []\n")
    (tmp_path / "b.yaml").write_text("sectors: []\n")
    check_refused(tmp_path, "section 'sectors' is already defined")
