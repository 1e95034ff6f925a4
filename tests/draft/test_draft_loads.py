"""A draft always loads: any plan text draft accepts writes a folder that validate passes."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zzbrief.briefing.compile import check
from zzbrief.briefing.load import read_sources
from zzbrief.draft import DraftError, briefing_parts, extract, write_folder
from zzbrief.text.units import SCALES, UNITS

_UNITS = sorted(u for u in UNITS if u not in SCALES)
_HEADINGS = [
    "## 一、2024年工作回顾",
    "## 二、2025年主要目标",
    "**（一）扩大有效投资**",
    "2025年重点工作",
    "",
]
_LEADS = [
    "力争",
    "新增",
    "建设",
    "城镇新增就业",
    "地区生产总值增长",
    "累计完成",
    "比上年增加",
    "约",
    "突破",
]
_TAILS = ["", "以上", "左右", "以内", "的项目", "级产业集群"]
_NUMBERS = st.one_of(
    st.integers(min_value=1, max_value=99999).map(str),
    st.decimals(min_value=0, max_value=9999, places=2, allow_nan=False).map(str),
    st.sampled_from(["三千", "两", "十", "一万五千", "百分之四点五", "1,200", "5—6", "1/3"]),
)


@st.composite
def clauses(draw: st.DrawFn) -> str:
    number = draw(_NUMBERS)
    unit = draw(st.sampled_from(_UNITS + sorted(SCALES)))
    figure = unit if unit in SCALES else ("" if number.startswith("百分之") else number) + unit
    if number.startswith("百分之"):
        figure = number
    return draw(st.sampled_from(_LEADS)) + figure + draw(st.sampled_from(_TAILS))


@st.composite
def plans(draw: st.DrawFn) -> str:
    front = draw(st.sampled_from(["", "---\nsource: https://example.gov.cn/a\ntitle: 报告\n---\n"]))
    lines = [
        front + draw(st.sampled_from(["# 某市2025年政府工作报告", "政府工作报告", "各位代表："])),
        "",
    ]
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        lines += [draw(st.sampled_from(_HEADINGS)), ""]
        body = draw(st.lists(clauses(), min_size=1, max_size=4))
        lines += ["，".join(body) + draw(st.sampled_from(["。", "；", ""])), ""]
    return "\n".join(lines)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_every_draft_validates_with_warnings_only(text: str) -> None:
    try:
        draft = extract(text)
    except DraftError:
        return  # refused with a message: nothing is written
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "draft"
        write_folder(briefing_parts(draft, "plan.md"), folder)
        check(read_sources(folder))  # raises InvalidBriefing on any problem but a TODO


def test_a_text_without_stops_still_validates(tmp_path: Path) -> None:
    # 25,000 characters without a sentence end: cut below the schema's 20,000 per sentence.
    text = "# 2025年计划\n\n" + "推进高质量发展，" * 3200 + "新增就业1万人\n"
    folder = tmp_path / "long"
    write_folder(briefing_parts(extract(text), "plan.md"), folder)
    check(read_sources(folder))


def test_a_draft_larger_than_the_loader_accepts_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The loader's limit is for all files together; a smaller one stands in for 4 MiB here.
    import zzbrief.briefing.load as load

    monkeypatch.setattr(load, "MAX_BYTES", 20_000)
    text = "# 2025年计划\n\n" + "新增就业1万人，建设保障房500套。\n" * 200
    with pytest.raises(DraftError, match="bytes a briefing may hold"):
        write_folder(briefing_parts(extract(text), "plan.md"), tmp_path / "big")
    assert not (tmp_path / "big").exists()


def test_validate_warns_where_zhao_is_ambiguous(tmp_path: Path) -> None:
    import yaml

    from zzbrief.briefing.compile import validate_path

    text = "# 2025年计划\n\n## 一、目标\n\n新增专项债券3兆元。\n"
    folder = tmp_path / "zhao"
    # 兆元 is not a unit draft knows: write the target by hand, as a person would.
    write_folder(
        briefing_parts(extract("# 2025年计划\n\n## 一、目标\n\n新增就业3万人。\n"), "p"), folder
    )
    targets = yaml.safe_load((folder / "targets.yaml").read_text(encoding="utf-8"))
    t = targets["targets"][0]
    t.update(figure="3兆元", unit="兆元", base_value=3e12, base_unit="yuan")
    t["mentions"] = [{"sentence": "p1.1", "quote": "新增专项债券3兆元"}]
    (folder / "targets.yaml").write_text(yaml.safe_dump(targets, allow_unicode=True), "utf-8")
    units = {"units": [{"unit": "兆元", "factor": 1e12, "base_unit": "yuan"}]}
    (folder / "units.yaml").write_text(yaml.safe_dump(units, allow_unicode=True), "utf-8")
    article = yaml.safe_load((folder / "article.yaml").read_text(encoding="utf-8"))
    article["article"]["sections"][0]["paragraphs"][0]["sentences"][0]["zh"] = text.split("\n")[-2]
    (folder / "article.yaml").write_text(yaml.safe_dump(article, allow_unicode=True), "utf-8")
    found = validate_path(str(folder))
    assert [w.message for w in found.warnings if "兆" in w.message] == [
        "兆 in '3兆元' may be 万亿 (10^12, Taiwan usage) or a million (mainland units such as"
        " 兆瓦): check the unit's factor"
    ]
