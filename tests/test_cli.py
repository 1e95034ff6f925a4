"""Every command in every format: exit code, stdout and stderr checked separately."""

from __future__ import annotations

import csv
import io
import json

import pytest
import yaml

from conftest import run
from zzbrief.briefing.model import Briefing

LISTINGS = [
    ["pillars"],
    ["pillars", "3"],
    ["targets"],
    ["targets", "--sector", "ev"],
    ["sectors"],
    ["search", "量子"],
    ["article", "--pillar", "2"],
    [],
]
FORMATS = ["table", "plain", "json", "csv", "yaml", "md"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("args", LISTINGS, ids=lambda a: " ".join(a) or "overview")
def test_every_command_in_every_format(args: list[str], fmt: str) -> None:
    result = run(*args, "--format", fmt) if args else run("--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    out = result.stdout
    assert out.strip()
    assert "\x1b[" not in out  # not a terminal: no colour codes
    if fmt == "json":
        assert isinstance(json.loads(out), (list, dict))
        assert "\\u" not in out  # Chinese stays readable
    elif fmt == "yaml":
        assert isinstance(yaml.safe_load(out), (list, dict))
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert rows and all(rows)
    elif fmt == "plain":
        assert "─" not in out and "-----" not in out  # no box drawing
    elif fmt == "md":
        assert out.lstrip().startswith(("|", "##", "**"))


def test_card_pillars_plain(briefing: Briefing) -> None:
    result = run("pillars")
    assert result.exit_code == 0 and result.stderr == ""
    lines = result.stdout.splitlines()
    assert [line.split("\t")[:2] for line in lines] == [
        [str(p.id), p.heading] for p in briefing.pillars
    ]
    counts = [int(line.split("\t")[4]) for line in lines]
    assert counts == [7, 8, 6, 0, 11] and sum(counts) == len(briefing.targets)


def test_card_targets_sector_ev_is_exactly_the_nev_targets() -> None:
    result = run("targets", "--sector", "ev")
    assert result.exit_code == 0 and result.stderr == ""
    ids = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert ids == ["ev-cluster", "ev-output", "auto-output-growth"]


@pytest.mark.parametrize("alias", ["ev", "EV", "nev", "新能源汽车", "汽车", " Nev "])
def test_sector_aliases(alias: str) -> None:
    result = run("targets", "--sector", alias, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert [t["id"] for t in json.loads(result.stdout)] == [
        "ev-cluster", "ev-output", "auto-output-growth",
    ]  # fmt: skip


def test_card_search_quantum_finds_every_mention(briefing: Briefing) -> None:
    result = run("search", "量子")
    assert result.exit_code == 0 and result.stderr == ""
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    sentence_ids = [r[1] for r in rows if r[0] == "句子"]
    assert sentence_ids == [s.id for s in briefing.sentences.values() if "量子" in s.zh]
    assert sentence_ids == ["p3.6", "p3.7", "credits.2"]
    assert ["目标", "quantum-cluster"] in [r[:2] for r in rows]


def test_targets_pillar_filter(briefing: Briefing) -> None:
    result = run("targets", "--pillar", "5", "--format", "json")
    got = [t["id"] for t in json.loads(result.stdout)]
    assert got == [t.id for t in briefing.targets if t.pillar == 5]
    assert run("targets", "--pillar", "governance", "--format", "json").stdout == result.stdout


def test_targets_json_fields() -> None:
    record = json.loads(run("targets", "--format", "json").stdout)[6]
    outcome_fields = ("baseline", "outcomes", "outcome_note_zh", "outcome_note_en", "verdict",
                      "verdict_outcome", "gap", "gap_unit", "share")  # fmt: skip
    added = {k: record.pop(k) for k in outcome_fields}
    assert added["verdict"] == "met" and added["verdict_outcome"] == 0
    assert added["outcomes"][0]["figure"] == "8282亿元" and added["baseline"] is None
    assert added["gap"] == 282 and added["share"] == 1.03525 and added["gap_unit"] == "亿元"
    assert record == {
        "id": "signed-projects",
        "pillar": 1,
        "sectors": ["investment"],
        "metric_zh": "新签约项目总额",
        "metric_en": "Value of newly signed projects",
        "indicator": None,
        "figure": "8000亿元",
        "value": 8000,
        "unit": "亿元",
        "comparator": ">",
        "range_high": None,
        "horizon": 2024,
        "aspiration": True,
        "base_value": 800000000000,
        "base_unit": "yuan",
        "kind": "level",
        "mentions": [
            {"sentence": "lead.1", "quote": "力争新签约项目总额突破8000亿元"},
            {"sentence": "p1.7", "quote": "力争新签约项目总额突破8000亿元"},
        ],
    }


def test_pillar_detail_has_summary_initiatives_targets_and_text(briefing: Briefing) -> None:
    data = json.loads(run("pillars", "3", "--format", "json").stdout)
    assert data["heading"] == "以更大力度发展新质生产力"
    assert {t["id"] for t in data["targets"]} == {t.id for t in briefing.targets if t.pillar == 3}
    assert [s["id"] for s in data["sentences"]][:2] == ["p3.1", "p3.2"]
    plain = run("pillars", "productivity").stdout
    assert "中原量子谷\tZhongyuan Quantum Valley" in plain
    assert "ev-output\t新能源汽车产量\t> 70万辆\tev, industry\t3" in plain


def test_sectors_counts(briefing: Briefing) -> None:
    data = json.loads(run("sectors", "--format", "json").stdout)
    counts = {s["code"]: s["target_count"] for s in data}
    for code, n in counts.items():
        assert n == sum(code in t.sectors for t in briefing.targets)
    assert counts["ev"] == 3 and counts["opening"] == 0


def test_lang_en_switches_headers_and_names() -> None:
    zh = run("targets", "--sector", "ev", "--format", "table").stdout.splitlines()
    en = run("targets", "--sector", "ev", "--format", "table", "--lang", "en").stdout
    assert zh[1].split() == ["编号", "指标", "目标值", "领域", "方面"]
    assert en.splitlines()[1].split() == ["ID", "Metric", "Value", "Sectors", "Pillar"]
    assert "New-energy vehicle output" in en and "新能源汽车产量" in "\n".join(zh)
    via_env = run("targets", "--sector", "ev", "--format", "table", env={"ZZBRIEF_LANG": "en"})
    assert via_env.stdout == en


def test_root_options_apply_to_the_command() -> None:
    assert run("--format", "json", "sectors").stdout == run("sectors", "--format", "json").stdout


def test_article_is_in_reading_order(briefing: Briefing) -> None:
    out = run("article").stdout.splitlines()
    assert out[0] == briefing.source.title
    assert out[1] == "导语"
    assert "以更高站位矢志当好国家队" in out
    assert out.index("以更高站位矢志当好国家队") < out.index("以更优治理增强城市承载力")
    one = run("article", "--pillar", "1").stdout.splitlines()
    assert one[0] == "以更高站位矢志当好国家队"
    assert "紧盯年度地区生产总值增长7%预期目标" in one[1]


def test_overview_has_source_pillars_headline_and_next_steps() -> None:
    out = run().stdout
    assert "何雄" in out and "2024" in out
    for heading in ("以更高站位矢志当好国家队", "以更优治理增强城市承载力"):
        assert heading in out
    assert ">\t8000亿元" not in out  # headline values read as one cell
    assert "> 8000亿元" in out
    assert "zzbrief targets --sector ev" in out


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["targets", "--sector", "evv"], "Did you mean 'ev'?"),
        (["targets", "--sector", "quantun"], "Did you mean 'quantum'?"),
        (["targets", "--pillar", "9"], "Valid pillars: 1, 2, 3, 4, 5"),
        (["pillars", "productivty"], "Did you mean 'productivity'?"),
        (["article", "--pillar", "0"], "unknown pillar '0'"),
    ],
)
def test_unknown_choices_exit_2_with_a_suggestion(args: list[str], needle: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert needle in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_format_exits_2_with_choices() -> None:
    result = run("targets", "--format", "jsn")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Did you mean 'json'?" in result.stderr
    assert "table, plain, json, jsonl, csv, excel, yaml, md" in result.stderr


def test_mistyped_command_gets_a_suggestion() -> None:
    result = run("piilars")
    assert result.exit_code == 2
    assert "pillars" in result.stderr and result.stdout == ""


def test_search_without_match_exits_1() -> None:
    result = run("search", "火星基地")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "no match for '火星基地'" in result.stderr


def test_empty_query_is_a_usage_error() -> None:
    result = run("search", " ")
    assert result.exit_code == 2 and result.stdout == ""
    assert "the query is empty" in result.stderr


@pytest.mark.parametrize(
    "args", [[], ["pillars"], ["targets"], ["sectors"], ["search"], ["article"]]
)
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_help_opens_with_examples(args: list[str], flag: str) -> None:
    result = run(*args, flag)
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert "zzbrief" in result.stdout.split("Examples:")[1].splitlines()[1]


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.startswith("zzbrief ")


@pytest.mark.parametrize(
    ("target", "zh", "en", "both"),
    [
        ("signed-projects", "> 8000亿元", "> 800 billion yuan",
         "> 8000亿元 · > 800 billion yuan"),
        ("ev-output", "> 70万辆", "> 700,000 vehicles", "> 70万辆 · > 700,000 vehicles"),
        ("rental-housing", "1.5万套(间)", "15,000 dwellings", "1.5万套(间) · 15,000 dwellings"),
        ("central-heating-area", "400万平方米", "4 million m²", "400万平方米 · 4 million m²"),
        ("electronics-cluster", "≥ 万亿级", "≥ 1 trillion yuan", "≥ 万亿级 · ≥ 1 trillion yuan"),
        ("rd-intensity", "> 2.8%", "> 2.8%", "> 2.8%"),
        ("planned-projects", "3800个", "3,800", "3800个 · 3,800"),
    ],
)  # fmt: skip
def test_values_read_as_printed_in_chinese_and_in_base_units_in_english(
    target: str, zh: str, en: str, both: str
) -> None:
    for lang, expected in (("zh", zh), ("en", en), ("both", both)):
        rows = run("targets", "--lang", lang).stdout.splitlines()
        row = next(r.split("\t") for r in rows if r.startswith(target + "\t"))
        assert row[2] == expected, (lang, row)
