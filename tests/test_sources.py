"""The scorecard's sources: numbered under the table at every width, and what kind each is."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from conftest import run
from zzbrief.briefing.model import SourceRef
from zzbrief.briefing.verdicts import judge
from zzbrief.briefing.yamlio import dump

WIDTHS = (40, 60, 80, 100, 120, 170)
LANGS = ("zh", "en", "both")


def _unfolded(text: str) -> str:
    # A long address folds at a narrow width; its pieces continue on indented lines.
    return re.sub(r"\n {4}", "", text)


def _deciding(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for r in records:
        if r["baseline"]:
            out.append(r["baseline"]["source"])
        if r["verdict_outcome"] is not None:
            out.append(r["outcomes"][r["verdict_outcome"]]["source"])
    return out


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", WIDTHS)
def test_sources_are_numbered_under_the_table_at_every_width(width: int, lang: str) -> None:
    args = ("scorecard", "-l", lang)
    out = run(*args, "-f", "table", env={"COLUMNS": str(width)}).stdout
    sources = _deciding(json.loads(run(*args, "-f", "json").stdout))
    numbered: dict[str, int] = {}
    for s in sources:
        numbered.setdefault(s["url"] + s["date"], len(numbered) + 1)
    listed = _unfolded(out)
    for s in sources:
        n = numbered[s["url"] + s["date"]]
        line = next((x for x in listed.splitlines() if x.startswith(f"[{n}] ")), None)
        assert line is not None, (n, width, lang)
        assert s["publisher"][:4] in line and s["url"] in line, (line, width, lang)
        assert s["date"] in line.replace("\n", " ") or s["date"] in listed
    assert f"[{len(numbered)}] " in listed and f"[{len(numbered) + 1}] " not in listed
    # Each outcome in the table carries its source's number (a baseline's, where its column
    # is shown: it is the first to give way).
    body = out.split("\n[1] ")[0]
    records = json.loads(run(*args, "-f", "json").stdout)
    for s in _deciding([dict(r, baseline=None) for r in records]):
        assert f"[{numbered[s['url'] + s['date']]}]" in body, (s, width, lang)
    assert max(len(line) for line in out.splitlines()) <= width


def test_plain_rows_carry_the_full_source_and_the_list_goes_to_stderr() -> None:
    result = run("scorecard", "-p", "1")
    gdp = next(line for line in result.stdout.splitlines() if line.startswith("gdp-growth"))
    assert gdp.endswith("https://public.zhengzhou.gov.cn/D04X/9068118.jhtml")
    assert "[2] 郑州市人民政府 2025-02-08 https://public.zhengzhou.gov.cn/" in result.stderr
    assert not any(line.startswith("[") for line in result.stdout.splitlines())


@pytest.mark.parametrize(
    ("publisher", "url", "kind"),
    [("郑州市人民政府", "https://www.zhengzhou.gov.cn/a", "official"),
     ("郑州市统计局", "http://tjj.zhengzhou.gov.cn:8080/b", "official"),
     ("中国政府网", "https://gov.cn/x", "official"),
     ("郑州日报", "https://zzrb.zynews.cn/c", "press"),
     ("河南日报客户端（转载）", "https://www.zhengzhou.gov.cn/d", "repost"),
     ("某网站", "https://notgov.cn.example.com/e", "press"),
     ("某网站", "https://evilgov.cn/f", "press")],
)  # fmt: skip
def test_a_source_kind_is_derived_when_the_data_is_silent(
    publisher: str, url: str, kind: str
) -> None:
    assert SourceRef(publisher, "t", "2025", url).origin == kind
    assert SourceRef(publisher, "t", "2025", url, "official").origin == "official"  # stated


def _with_kind(raw: dict[str, Any], tmp_path: Path, kind: str | None) -> Path:
    gdp = next(t for t in raw["targets"] if t["id"] == "gdp-growth")
    if kind is not None:
        gdp["outcomes"][0]["source"]["kind"] = kind
    path = tmp_path / "mine.yaml"
    path.write_text(dump(raw), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("kind", "en", "zh"),
    [(None, "✗ missed (prelim.)", "✗ 未达成（初步）"),  # derived: the city's own site
     ("repost", "✗ missed (prelim., repost)", "✗ 未达成（初步，转载）"),
     ("press", "✗ missed (prelim., press)", "✗ 未达成（初步，媒体）"),
     ("official", "✗ missed (prelim.)", "✗ 未达成（初步）")],
)  # fmt: skip
def test_a_repost_or_unofficial_source_is_named_beside_the_verdict(
    raw: dict[str, Any], tmp_path: Path, kind: str | None, en: str, zh: str
) -> None:
    path = str(_with_kind(raw, tmp_path, kind))
    for lang, words in (("en", en), ("zh", zh)):
        for fmt in ("plain", "table"):
            out = run("--data", path, "scorecard", "-p", "1", "-l", lang, "-f", fmt,
                      env={"COLUMNS": "200"}).stdout  # fmt: skip
            gdp = next(line for line in out.splitlines() if "gdp-growth" in line)
            assert gdp.rstrip().endswith(words) or f"\t{words}\t" in gdp, (fmt, lang, gdp)
        overview = run("--data", path, "-l", lang, "-f", "plain").stdout
        assert words in overview
    record = json.loads(run("--data", path, "targets", "gdp-growth", "-f", "json").stdout)
    assert record["outcomes"][0]["source"]["kind"] == kind  # as stated: null when derived
    assert record["outcomes"][0]["source_kind"] == (kind or "official")


def test_the_bundled_gdp_verdict_rests_on_the_city_s_own_report(briefing: Any) -> None:
    gdp = next(t for t in briefing.targets if t.id == "gdp-growth")
    v = judge(gdp, 2024)
    assert v.outcome is not None and v.outcome.source.origin == "official"
    assert v.outcome.source.publisher == "郑州市人民政府"
    out = run("scorecard", "-p", "1", "-l", "both", "-f", "table", env={"COLUMNS": "40"}).stdout
    assert "未达成（初步）" in out and "missed (prelim.)" in out and "转载" not in out


def test_a_stated_kind_goes_out_and_back_in(raw: dict[str, Any], tmp_path: Path) -> None:
    path = _with_kind(raw, tmp_path, "press")
    exported = run("--data", str(path), "export").stdout
    assert exported.count("kind: press") == 1  # only where the data states it
    again = tmp_path / "again.yaml"
    again.write_text(exported, encoding="utf-8")
    assert run("--data", str(again), "export").stdout == exported


def test_an_unknown_source_kind_is_refused(raw: dict[str, Any], tmp_path: Path) -> None:
    result = run("validate", str(_with_kind(raw, tmp_path, "blog")))
    assert result.exit_code == 1 and "kind" in result.stdout, result.stdout
