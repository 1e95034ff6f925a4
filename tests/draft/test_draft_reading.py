"""Reading plan bytes: encodings, and every kind of hostile input as a clear DraftError."""

from __future__ import annotations

import os
import random
import re
from pathlib import Path

import pytest

from zzbrief.draft import DraftError, extract, read_plan, read_plan_path

MIB4 = 4 * 1024 * 1024
PLAN = "# 2024年计划\n力争地区生产总值增长7%,新建改造供水管网85公里。\n"


@pytest.mark.parametrize(
    "data",
    [
        PLAN.encode("utf-8"),
        b"\xef\xbb\xbf" + PLAN.encode("utf-8"),  # a BOM
        PLAN.encode("gbk"),  # GBK, which is invalid as UTF-8 ("mislabelled")
        PLAN.encode("gb18030"),
        PLAN.replace("\n", "\r\n").encode("utf-8"),
    ],
)
def test_supported_encodings_read_exactly(data: bytes) -> None:
    assert read_plan(data, MIB4) == PLAN


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b" \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (PLAN.encode("utf-16"), "UTF-16"),
        (PLAN.encode("utf-8") + b"\x1b[31m", "control character U+001B on line 3"),
        ("中文\x85".encode(), "control character U+0085"),
        (PLAN.encode("utf-8")[:-5] + b"\xff\xfe\xfd" + b"\xe5\x8d", "not valid UTF-8"),
        ("Le café est très bon".encode("latin-1"), "neither UTF-8 nor GB18030"),
        (b"x" * (MIB4 + 1), "larger than the 4,194,304-byte limit"),
    ],
)
def test_hostile_bytes_are_refused_clearly(data: bytes, message: str) -> None:
    with pytest.raises(DraftError, match=re.escape(message)):
        read_plan(data, MIB4)


def test_random_bytes_are_refused() -> None:
    rng = random.Random(9)
    for _ in range(50):
        data = bytes(rng.randrange(256) for _ in range(400))
        with pytest.raises(DraftError):
            read_plan(data, MIB4)


def test_gb18030_text_that_is_not_chinese_is_refused() -> None:
    # Valid GB18030, but Korean and Cyrillic: a wrong guess, not a Chinese plan.
    with pytest.raises(DraftError, match="does not look like Chinese"):
        read_plan("한국어 텍스트 Привет мир".encode("gb18030"), MIB4)


def test_a_10_mb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(10 * 1024 * 1024)  # sparse: reading it all would be slow and wasteful
    with pytest.raises(DraftError, match="10,485,760 bytes is larger"):
        read_plan_path(big, MIB4)


def test_path_helper_reads_gbk_and_refuses_folders_and_missing_files(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_bytes(PLAN.encode("gbk"))
    assert read_plan_path(plan, MIB4) == PLAN
    with pytest.raises(DraftError, match="not a regular file"):
        read_plan_path(tmp_path, MIB4)
    with pytest.raises(DraftError, match="cannot read"):
        read_plan_path(tmp_path / "missing.txt", MIB4)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(DraftError, match="not a regular file"):
        read_plan_path(fifo, MIB4)


def test_a_text_without_figures_is_refused() -> None:
    with pytest.raises(DraftError, match="no figures"):
        extract("# 标题\n郑州将持续深化改革,扩大开放。\n")
