"""Small library briefings built by the tests: made-up places and figures, never real ones.

Each briefing is one YAML file in the briefing schema, as the library's are: a work report's
source, its target sentences as the article, no pillars, no glossary.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

UNITS = [
    {"unit": "%", "factor": 1, "base_unit": "percent"},
    {"unit": "万人", "factor": 10000, "base_unit": "people"},
    {"unit": "亿元", "factor": 100000000, "base_unit": "yuan"},
]
FACTORS = {u["unit"]: u["factor"] for u in UNITS}


def target(
    tid: str,
    sentence: str,
    quote: str,
    metric: str,
    figure: str | None,
    value: float | None,
    unit: str | None,
    comparator: str | None = "=",
    indicator: str | None = None,
    range_high: float | None = None,
    outcome: tuple[str, float, str] | None = None,
    year: int = 2025,
) -> dict[str, Any]:
    """A target record; ``outcome`` is (figure, value, quote) for the plan year, if any."""
    t: dict[str, Any] = {
        "id": tid,
        "sectors": ["economy"],
        "metric": {"zh": metric, "en": f"{tid} (test)"},
    }
    if indicator:
        t["indicator"] = indicator
    base = None if value is None or unit is None else value * FACTORS[unit]
    t |= {"figure": figure, "value": value, "unit": unit, "comparator": comparator}
    if range_high is not None:
        t["range_high"] = range_high
    base_unit = None if unit is None else next(u["base_unit"] for u in UNITS if u["unit"] == unit)
    t |= {
        "base_value": base,
        "base_unit": base_unit,
        "kind": "growth",
        "mentions": [{"sentence": sentence, "quote": quote}],
    }
    if outcome is not None:
        fig, val, said = outcome
        t["outcomes"] = [
            {
                "period": str(year),
                "figure": fig,
                "value": val,
                "unit": unit,
                "base_value": val * FACTORS[str(unit)],
                "final": False,
                "quote": said,
                "source": {
                    "publisher": "样例省人民政府",
                    "title": f"{year + 1}年政府工作报告",
                    "date": f"{year + 1}-01",
                    "url": f"https://example.gov.cn/{year + 1}.html",
                },
            }
        ]
    return t


def briefing(
    place: tuple[str, str],
    level: str,
    year: int,
    sentences: list[str],
    targets: list[dict[str, Any]],
) -> dict[str, Any]:
    """A whole library briefing: the source, the target sentences as the article, targets."""
    return {
        "schema_version": 1,
        "source": {
            "title": f"{year}年{place[0]}政府工作报告",
            "title_en": f"{place[1]} government work report {year}",
            "speaker": {"zh": "样例", "en": "Yang Li"},
            "date": f"{year}-01",
            "place": {"zh": place[0], "en": place[1]},
            "level": level,
            "year": year,
            "delivered": f"{year}-01-15",
            "url": f"https://example.gov.cn/{place[1].lower()}/{year}.html",
        },
        "article": {
            "sections": [
                {
                    "id": "goals",
                    "kind": "lead",
                    "paragraphs": [
                        {
                            "sentences": [
                                {"id": f"s{i + 1}", "zh": zh} for i, zh in enumerate(sentences)
                            ]
                        }
                    ],
                }
            ]
        },
        "pillars": [],
        "targets": targets,
        "sectors": [{"code": "economy", "zh": "经济", "en": "Economy", "aliases": []}],
        "units": UNITS,
    }


def gdp_briefing(
    place: tuple[str, str],
    level: str,
    year: int,
    low: float,
    high: float | None = None,
    result: float | None = None,
    jobs: float | None = 50,
) -> dict[str, Any]:
    """A briefing with a GDP growth target (a range when ``high``), jobs and a soft target."""
    figure = f"{low:g}%" if high is None else f"{low:g}%—{high:g}%"
    # A range reads as "at least" its lower bound (the drafting rules); a single figure "about".
    said, cmp = (
        (f"地区生产总值增长{figure}左右", "≈")
        if high is None
        else (f"地区生产总值增长{figure}", "≥")
    )
    sentences = [f"{said}。", "居民收入增长和经济增长同步。"]
    outcome = None
    if result is not None:
        outcome = (f"{result:g}%", result, f"地区生产总值增长{result:g}%")
    targets = [
        target(
            "gdp",
            "s1",
            said,
            "地区生产总值增长",
            figure,
            low,
            "%",
            cmp,
            "gdp-growth",
            high,
            outcome,
            year,
        ),
        target(
            "income",
            "s2",
            "居民收入增长和经济增长同步",
            "居民收入增长",
            None,
            None,
            None,
            None,
            "income-growth",
        ),
    ]
    if jobs is not None:
        sentences.append(f"城镇新增就业{jobs:g}万人以上。")
        targets.append(
            target(
                "jobs",
                "s3",
                f"城镇新增就业{jobs:g}万人以上",
                "城镇新增就业",
                f"{jobs:g}万人",
                jobs,
                "万人",
                "≥",
                "new-urban-jobs",
            )
        )
    return briefing(place, level, year, sentences, targets)


def write(folder: Path, docs: dict[str, dict[str, Any]]) -> Path:
    """Write each briefing as ``<id>.yaml`` in ``folder``; returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for bid, doc in docs.items():
        text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
        (folder / f"{bid}.yaml").write_text(text, encoding="utf-8")
    return folder


def sample_library(folder: Path) -> Path:
    """Four briefings: two provinces in 2025 (one met, one missed), one edition pair."""
    return write(
        folder,
        {
            "north-2025": gdp_briefing(("北样省", "Northland"), "province", 2025, 5, result=5.4),
            "south-2025": gdp_briefing(
                ("南样省", "Southland"), "province", 2025, 6, 6.5, result=5.0
            ),
            "north-2026": gdp_briefing(
                ("北样省", "Northland"), "province", 2026, 4.5, 5, jobs=None
            ),
            "metro-2025": gdp_briefing(
                ("样城", "Sampleton"), "city", 2025, 7, result=None, jobs=60
            ),
        },
    )
