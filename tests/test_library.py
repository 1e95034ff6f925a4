"""The library briefings (data/library/briefings): offline checks of every target and outcome.

These read only the bundled YAML, never lawtext/gov: the build script checks quotes against
the texts; here each target is held to zzbrief's own figure reader and to its own quote.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from zzbrief.briefing.checks import expected_comparator, parse_figure

LIBRARY = Path(__file__).resolve().parent.parent / "data" / "library"
FILES = sorted((LIBRARY / "briefings").glob("*.yaml"))


def _load(path: Path) -> dict[str, Any]:
    return dict(yaml.safe_load(path.read_text(encoding="utf-8")))


def _aliases() -> dict[str, list[str]]:
    raw = yaml.safe_load((LIBRARY / "indicators.yaml").read_text(encoding="utf-8"))
    return {i["key"]: list(i["aliases_zh"]) for i in raw["indicators"]}


def _read_list(quote: str) -> list[str]:
    """A 分别 list read item by item: 城镇、农村居民…分别增长 → 城镇居民…增长, 农村居民…增长."""
    head, sep, rest = quote.partition("分别")
    if not sep:
        return [quote]
    pairs = {"城乡居民": ["城镇居民", "农村居民"], "城乡常住居民": ["城镇常住居民", "农村常住居民"]}
    for k, parts in pairs.items():
        if k in head:
            return [head.replace(k, p) + rest for p in parts]
    items = [i for i in re.split(r"[、和与及]", re.sub(r"^其中", "", head)) if i]
    items = (
        ["一产", "二产", "三产增加值"]
        if head.endswith(("一二三产增加值", "一、二、三产增加值"))
        else items
    )
    *first, last = items
    tail = last[len(first[0]) :] if first and len(last) > len(first[0]) else ""
    return [i + tail + rest for i in first] + [last + rest]


def test_the_catalogue_holds_99_briefings() -> None:
    ids = {p.stem for p in FILES}
    assert len(ids) == 99
    assert {"cn-2024", "cn-2025", "cn-2026", "henan-2025", "beijing-2024", "zhengzhou-2026"} <= ids


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_each_target_reads_as_printed(path: Path) -> None:
    b = _load(path)
    aliases = _aliases()
    sentences = {
        s["id"]: s["zh"]
        for sec in b["article"]["sections"]
        for p in sec["paragraphs"]
        for s in p["sentences"]
    }
    assert b["targets"], path.stem
    previous: dict[str, Any] | None = None
    for t in b["targets"]:
        quote = t["mentions"][0]["quote"]
        assert quote in sentences[t["mentions"][0]["sentence"]]
        if t["value"] is not None:
            value, unit = parse_figure(t["figure"])
            assert (value, unit) == (t["value"], t["unit"]), t["id"]
            assert t["figure"] in quote, t["id"]
            implied = expected_comparator(quote, t["figure"])
            # 分别增长6%、8%、5%左右: the last figure's 左右 is read as every item's
            assert t["comparator"] == implied or "分别" in quote, t["id"]
        readings = [quote, *_read_list(quote)]
        sentence = sentences[t["mentions"][0]["sentence"]]
        # 6%左右, quoted from itself on in a 分别 list: the list's clause names the measure
        lists = [c for c in re.split("[，；,;]", sentence) if quote in c and "分别" in c]
        if lists and "分别" not in quote:
            readings += _read_list(lists[0])
        named = [t["metric"]["zh"], *aliases.get(t.get("indicator") or "", [])]
        plain = [r.replace("分别", "") for r in readings]
        if not any(n in r for n in named for r in plain):
            # 增长6%左右，力争达到6%以上: an aspiration that goes on from the target before it,
            # whose quote names the measure (and which was itself checked just before)
            assert quote.startswith(("力争", "争取", "努力")), (path.stem, t["id"])
            assert previous is not None and t["metric"]["zh"] == previous["metric"] + "（力争）"
        previous = {"metric": t["metric"]["zh"]}


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_outcomes_come_only_from_a_later_report(path: Path) -> None:
    b = _load(path)
    year = b["source"]["year"]
    for t in b["targets"]:
        for o in t.get("outcomes", []):
            assert o["period"] == str(year)
            published = int(str(o["source"]["date"])[:4])
            assert published > year, (path.stem, t["id"])
            value, unit = parse_figure(o["figure"])
            assert (value, unit) == (o["value"], o["unit"])
        if year == 2026:
            assert not t.get("outcomes") and t.get("outcome_note"), (path.stem, t["id"])


_BOUND_BEFORE = re.compile(r"(超过|超|突破|约)$")
_BOUND_AFTER = re.compile(r"^(以上|以内|以下|左右)")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_a_bound_or_approximate_outcome_is_marked_as_one(path: Path) -> None:
    """增长6%左右, 控制在5%以内, 超过3%: comparable false, with a note and the bound it states
    (≥ at least, ≤ at most, ≈ about), so that it is shown as such and judged only when the
    bound alone settles the verdict."""
    for t in _load(path)["targets"]:
        for o in t.get("outcomes", []):
            at = o["quote"].find(o["figure"])
            before, after = o["quote"][:at], o["quote"][at + len(o["figure"]) :]
            if _BOUND_BEFORE.search(before) or _BOUND_AFTER.search(after):
                assert o.get("comparable") is False and o.get("note"), (path.stem, t["id"])
                expected = "≤" if after.startswith(("以内", "以下")) else "≥"
                if before.endswith("约") or after.startswith("左右"):
                    expected = "≈"
                assert o.get("bound", expected) == expected, (path.stem, t["id"])


def test_every_library_briefing_validates() -> None:
    """What ``zzbrief validate <file>`` checks: the schema, then every provenance rule."""
    from zzbrief.briefing.compile import validate_path

    problems = {}
    for path in FILES:
        result = validate_path(str(path))
        if result.problems or result.warnings:
            problems[path.stem] = [p.message for p in result.problems[:2]]
    assert not problems, problems
