"""Build the library briefings (data/library/briefings/<id>.yaml) from a local copy of lawtext/gov.

    python scripts/build_library.py [--gov /work/gov] [--only cn-2025 henan-2025] [--review]

Repeatable and offline. For each report: the 主要预期目标 paragraph, cut into clauses and read
with zzbrief's own figure reader; an indicator key for each (data/library/indicators.yaml,
longest alias); the outcome from the same government's next report (and, for the nation, the
NBS communiqué); then the lead's review from scripts/library/overrides/<id>.yaml. Every quote
is checked verbatim against its file, whose SHA-256 is recorded. ``--review`` prints a compact
table of each briefing for checking by eye. docs/LIBRARY.md is written from the result.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from libbuild import places
from libbuild.clauses import Clause, _read, goal_sentences, read_clause, split_clauses
from libbuild.handmade import EARLY, hand_outcome, no_outcome_note, ordered
from libbuild.outcomes import find
from libbuild.plan import read_plan_part
from libbuild.report import COMMIT, REPO, Report, goals_span, read_report, review_part
from libbuild.units import base, unit_info

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "library" / "briefings"
OVERRIDES = Path(__file__).resolve().parent / "library" / "overrides"
INDICATORS = ROOT / "data" / "library" / "indicators.yaml"
NBS = "国家统计局年度统计"
SCHEMA = [ROOT / "src" / "zzbrief" / "briefing.schema.json"]  # --schema replaces it
_LEADS = ("今年", "全年", "全省", "全市", "全区", "我区", "实现", "确保", "力争", "争取", "努力")
_LEADS += ("建议", "其中", "经济社会发展的", "按照国家要求", "按照", "坚决")


def load_indicators() -> list[dict[str, Any]]:
    """The shared vocabulary."""
    return list(yaml.safe_load(INDICATORS.read_text(encoding="utf-8"))["indicators"])


def indicator_for(text: str, indicators: list[dict[str, Any]]) -> str | None:
    """The key whose alias is the longest found in ``text``."""
    best: tuple[int, str] | None = None
    for ind in indicators:
        for alias in ind["aliases_zh"]:
            if alias in text and (best is None or len(alias) > best[0]):
                best = (len(alias), ind["key"])
    return best[1] if best else None


def metric_zh(subject: str) -> str:
    """The subject without leading words of scope or effort."""
    changed = True
    while changed:
        changed = False
        for lead in _LEADS:
            if subject.startswith(lead) and len(subject) > len(lead):
                subject, changed = subject[len(lead) :], True
    subject = subject.replace("分别", "").strip() or subject
    if subject in _LEADS:
        return ""
    for tail in ("达到", "控制在", "保持在", "稳定在", "为", "在"):
        if subject.endswith(tail) and len(subject) > len(tail) + 1:
            return subject[: -len(tail)]
    return subject


#: English for targets with no indicator key, by the words they contain (written by us; first
#: match wins). A target none of these fits keeps an empty English name and is listed in
#: docs/LIBRARY.md for the review.
GLOSS = (
    ("水质", "Water quality of the main rivers: hold the stated class"),
    ("空气质量", "Air quality: keep it among the best"),
    ("约束性指标", "Binding targets: meet those set by the state"),
    ("预期性指标", "Indicators of the shift to new growth: grow faster than the economy"),
    ("能源", "Energy, water and similar indicators: meet the state's requirements"),
    ("水资源", "Water resources: meet the state's requirements"),
    ("碳排放", "Carbon emissions: meet the state's requirements"),
    ("污染物", "Major pollutant emissions: meet the targets set by the state"),
    (
        "累计降低",
        "Cumulative cut in energy use per unit of GDP since 2021 (the 14th five-year period)",
    ),
    ("资源能源消耗", "Resource and energy use: meet the targets set by the state"),
    ("播种面积", "Grain sown area: meet the targets set by the state"),
    ("粮食综合生产能力", "Grain production capacity"),
    ("糖料蔗", "Sugar-cane planting area"),
    ("劳动力转移就业", "Rural labour moved into work (farming and herding areas)"),
    ("人才资源总量", "Total pool of skilled people"),
    ("低保标准", "Rural minimum living allowance standard"),
    ("基础养老金", "Residents' basic pension: raise it"),
    ("新能源产业产值", "Output of new-energy industries"),
    ("装备制造业增加值", "Value added of equipment manufacturing"),
    ("高技术制造业增加值", "Value added of high-tech manufacturing"),
    ("战略性新兴产业产值", "Output of strategic emerging industries"),
    ("制造业投资", "Manufacturing and private investment as a share of all investment"),
    ("投资增速", "Project investment growth (excluding real estate) against all investment"),
    ("产业投资占比", "Investment in industries as a share of all investment"),
    ("全员劳动生产率增速", "Labour productivity growth against GDP growth"),
    ("外贸外资", "Foreign trade and investment: steady, with better quality"),
    ("3815", "The “3815” strategic goals: complete the three-year step-up"),
)


def gloss(zh: str) -> str:
    """Our English for a target with no indicator key, or ''."""
    for word, en in GLOSS:
        if word in zh:
            return en
    return ""


def source_block(report: Report, place: places.Place, year: int) -> dict[str, Any]:
    """The briefing's source: place, level, year, title, speaker, date delivered, URL, file."""
    notes_zh, notes_en = [], []
    url = report.url
    if url is None:
        url = report.github_url()
        notes_zh.append(
            f"该文件未注明官方网址，未能找到官方页面；引用 {REPO} 中的文件（提交 {COMMIT[:12]}）。"
        )
        notes_en.append(
            f"The file names no official URL and we could not find the official page; the file in"
            f" {REPO} at commit {COMMIT[:12]} is cited instead."
        )
    if report.speaker is None:
        notes_zh.append(
            "文件未载报告人姓名；报告系代表人民政府所作（“我代表省人民政府”），故以政府为报告人。"
        )
        notes_en.append(
            "The file does not print the speaker's name; the report is given on behalf of the"
            " government (我代表…人民政府), which is named as the speaker."
        )
    if report.delivered is None:
        notes_zh.append("文件未载报告日期。")
        notes_en.append("The file does not print the date the report was delivered.")
    src: dict[str, Any] = {
        "title": report.title,
        "place": {"zh": place.zh, "en": place.en},
        "level": place.level,
        "year": year,
        "publisher": place.publisher,
    }
    if report.speaker:
        src["speaker"] = {"zh": report.speaker, "en": places.SPEAKERS.get(report.speaker, "")}
    else:
        src["speaker"] = {"zh": place.publisher, "en": f"People's Government of {place.en}"}
    if report.delivered:
        src["delivered"] = report.delivered
    src["url"] = url
    src["file"] = {"repo": REPO, "commit": COMMIT, "path": report.path, "sha256": report.sha256}
    if notes_zh:
        src["note"] = {"zh": "".join(notes_zh), "en": " ".join(notes_en)}
    return src


def _target(
    c: Clause, key: str | None, year: int, inds: dict[str, dict[str, Any]], sentence: str
) -> dict[str, Any]:
    zh = metric_zh(c.subject) or metric_zh(c.quote)
    t: dict[str, Any] = {
        "id": "",
        "metric": {"zh": zh, "en": inds[key]["en"] if key else gloss(zh)},
        "indicator": key,
        "figure": c.figure,
        "value": c.value,
        "unit": c.unit,
        "comparator": c.comparator,
        "horizon": year,
        "range_high": c.range_high,
    }
    if c.value is not None and c.unit is not None:
        t["base_value"] = base(c.value, c.unit)
        t["base_unit"] = unit_info(c.unit)[1]
        t["kind"] = c.kind
    else:
        t["base_value"] = t["base_unit"] = None
        t["kind"] = inds[key]["kind"] if key else "level"
    t["aspiration"] = c.aspiration
    t["quote"] = c.quote
    t["sentence"] = sentence
    return t


def _parts(clauses: list[str]) -> list[str]:
    """Clauses cut again at 、 where every part states its own figure (城镇新增就业47万人以上、
    城镇调查失业率控制在5.5%以内); a 分别 list or a list of names keeps its 、."""

    out: list[str] = []
    for clause in clauses:
        parts = clause.split("、")
        if "分别" not in clause and len(parts) > 1 and all(_read(p) for p in parts):
            out.extend(parts)
        else:
            out.append(clause)
    return out


def read_targets(
    report: Report, year: int, inds: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Every target of the goals paragraph, in the report's order."""
    start, end = goals_span(report.text)
    out: list[dict[str, Any]] = []
    vocab = list(inds.values())
    previous: str | None = None
    for n, sentence in enumerate(goal_sentences(report.text[start:end]), 1):
        for clause in _parts(split_clauses(sentence)):
            for c in read_clause(clause):
                named = re.split(r"[与和]经济增长", c.subject)[0]  # X与经济增长同步: X's key
                key = indicator_for(named, vocab) or (
                    previous if c.figure and not metric_zh(c.subject).strip("达到为") else None
                )
                if key is None:
                    key = indicator_for(clause, vocab) if not c.subject.strip() else None
                t = _target(c, key, year, inds, f"goals.{n}")
                stretch = t["metric"]["zh"] in ("达到", "达", "为", "力争", "争取")
                if out and stretch and key == previous and key is not None:
                    # 增长7%以上、力争达到8%: a stretch goal for the same measure. It keeps no
                    # indicator key (compare shows one row per plan: the main target) and is
                    # judged on the main target's outcomes.
                    main = out[-1]
                    t["metric"] = {
                        "zh": main["metric"]["zh"] + "（力争）",
                        "en": main["metric"]["en"] + " (stretch goal)",
                    }
                    t["indicator"], t["follows"], t["kind"] = None, main, main["kind"]
                out.append(t)
                previous = key
    seen: dict[str, int] = {}
    for i, t in enumerate(out, 1):
        follows = t.get("follows")
        base = f"{follows['indicator']}-stretch" if follows else t["indicator"] or f"target-{i}"
        seen[base] = seen.get(base, 0) + 1
        t["id"] = base if seen[base] == 1 else f"{base}-{seen[base]}"
    return out


def _outcome(found: Any, year: int, src: dict[str, Any], report_kind: str) -> dict[str, Any]:
    o: dict[str, Any] = {
        "period": str(year),
        "figure": found.figure,
        "value": found.value,
        "unit": found.unit,
        "base_value": base(found.value, found.unit),
        "final": report_kind == "nbs" and not found.preliminary,
        "quote": found.quote,
        "source": src,
    }
    notes_zh, notes_en = [], []
    if report_kind == "report":
        notes_zh.append(EARLY["zh"])
        notes_en.append(EARLY["en"])
    elif found.preliminary:
        notes_zh.append("统计公报中的初步核算数。")
        notes_en.append("A preliminary estimate (初步核算) in the statistical communiqué.")
    if "实际增长" in found.quote:
        notes_zh.append("实际增长，即扣除价格因素。")
        notes_en.append("Real growth, i.e. after inflation.")
    elif report_kind == "nbs" and "收入" in found.quote:
        notes_zh.append("名义增长；公报随后给出扣除价格因素的实际增速。")
        notes_en.append("Nominal growth; the communiqué gives the real rate right after it.")
    if found.bound:  # 6%左右, 5%以内, 超过3%: shown as such; only a bound that settles it alone
        o["comparable"] = False  # decides a verdict (超143万人 against at least 110万)
        o["bound"] = found.bound
        notes_zh.append(
            "原文以界限或约数表述（如“超过”“以内”“左右”），非确切数字：照原样列出，"
            "仅当界限本身足以断定时据以判断是否达成。"
        )
        notes_en.append(
            "The text states a bound or an approximate figure (超过, 以内, 左右 …), not an exact"
            " one: shown as such, and judged only when the bound alone settles it."
        )
    if notes_zh:
        o["note"] = {"zh": "".join(notes_zh), "en": " ".join(notes_en)}
    return ordered(o)


def _report_source(report: Report, publisher: str) -> dict[str, Any]:
    return {
        "publisher": publisher,
        "title": report.title,
        "date": report.delivered or report.path.rsplit("/", 1)[-1][:4],
        "url": report.url or report.github_url(),
        "kind": "official",
        "file": report.path,
        "sha256": report.sha256,
    }


def add_outcomes(
    targets: list[dict[str, Any]],
    place: places.Place,
    year: int,
    gov: Path,
    inds: dict[str, Any],
    nxt_report: Report | None,
) -> None:
    """Outcomes from the next report's review (and the NBS communiqué for the nation)."""
    if nxt_report is None:
        for t in targets:
            t["outcome_note"] = no_outcome_note(year, published=False)
        return
    review = review_part(nxt_report.text, goals_span(nxt_report.text)[0])
    sources = [("report", review, _report_source(nxt_report, place.publisher))]
    if place.level == "nation" and (gov / NBS / f"{year}.md").exists():
        nbs = read_report(gov, f"{NBS}/{year}.md")
        nbs_src = _report_source(nbs, "国家统计局")
        # the communiqué prints its release day under its title (2026年2月28日)
        day = re.search(r"([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日", nbs.text[:600])
        if day:
            nbs_src["date"] = "{}-{:02d}-{:02d}".format(*(int(g) for g in day.groups()))
        else:
            del nbs_src["date"]  # no date printed: the build stops rather than guess one
        sources.append(("nbs", nbs.text, nbs_src))
    for t in targets:
        if not t["indicator"] or (t["unit"] is None and t["value"] is not None):
            continue
        aliases = inds[t["indicator"]]["aliases_zh"]
        unit = t["unit"] or inds[t["indicator"]]["unit"]
        if unit == "—":
            continue  # an indicator plans state without a number: no figure to find
        outcomes = []
        for kind, text, src in sources:
            found = find(text, aliases, unit, year, place.level == "nation")
            if found is None:
                continue
            if (found.fall and inds[t["indicator"]]["direction"] != "up") or (
                found.fall and not t["indicator"].endswith("intensity")
            ):
                # 固定资产投资下降3.3%: the printed figure is unsigned; we do not sign it ourselves
                t["outcome_note"] = {
                    "zh": f"{src['publisher']}报告称：“{found.quote}”（下降），"
                    "未作为带符号数字录入。",
                    "en": f"The {src['publisher']} report states a fall ({found.quote}); it is not"
                    " recorded as a signed figure.",
                }
                continue
            outcomes.append(_outcome(found, year, src, kind))
        if outcomes:
            t["outcomes"] = outcomes
    for t in targets:
        if t.get("follows") and t["follows"].get("outcomes"):
            t["outcomes"] = [dict(o) for o in t["follows"]["outcomes"]]
    for t in targets:
        if not t.get("outcomes") and "outcome_note" not in t:
            t["outcome_note"] = no_outcome_note(year, published=True)


def load_overrides(bid: str) -> dict[str, Any]:
    """The lead's review of one briefing (an empty one when it has no overrides file)."""
    path = OVERRIDES / f"{bid}.yaml"
    if not path.exists():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def apply_overrides(bid: str, briefing: dict[str, Any], nxt: dict[str, Any] | None = None) -> None:
    """The lead's review: per-target corrections, dropped targets and outcomes, added notes."""
    spec = load_overrides(bid)
    targets = briefing["targets"]
    for tid in spec.get("drop", []):
        targets[:] = [t for t in targets if t["id"] != tid]
    for tid, fix in (spec.get("targets") or {}).items():
        match = [t for t in targets if t["id"] == tid]
        if not match:
            raise SystemExit(f"{bid}: override names no target {tid!r}")
        t = match[0]
        for field, value in fix.items():
            if field == "metric_en":
                t["metric"]["en"] = value
            elif field == "metric_zh":
                t["metric"]["zh"] = value
            elif field == "outcome_notes":  # {publisher: {zh, en}}: our note on that outcome
                for o in t.get("outcomes", []):
                    if o["source"]["publisher"] in value:
                        o["note"] = value[o["source"]["publisher"]]
            elif field == "add_outcomes":  # [{quote, figure, note}] from the next report
                t.setdefault("outcomes", []).extend(hand_outcome(bid, o, nxt) for o in value)
                t.pop("outcome_note", None)
            elif field == "drop_outcomes":
                kept = [o for o in t.get("outcomes", []) if o["source"]["publisher"] not in value]
                t["outcomes"] = kept
                if not kept:
                    t.pop("outcomes")
            else:
                t[field] = value
    for t in targets:
        if not t.get("outcomes"):
            t.pop("outcomes", None)
    if spec.get("source_note"):
        briefing["source"]["note"] = spec["source_note"]


def verify(briefing: dict[str, Any], gov: Path, sentences: list[str]) -> None:
    """Every quote verbatim in its file (the report for targets, the source for outcomes)."""
    own = (gov / briefing["source"]["file"]["path"]).read_text(encoding="utf-8")
    for z in sentences:
        if z not in own:
            raise SystemExit(f"{briefing['id']}: goals sentence not verbatim: {z[:30]}")
    for t in briefing["targets"]:
        for quote in [t["quote"], *(m["quote"] for m in t.get("more_mentions", []))]:
            if quote not in own:
                raise SystemExit(f"{briefing['id']}: target {t['id']}: quote not verbatim")
        for o in t.get("outcomes", []):
            text = (gov / o["source"]["file"]).read_text(encoding="utf-8")
            if o["quote"] not in text:
                raise SystemExit(f"{briefing['id']}: {t['id']}: outcome quote not verbatim")


def _schema_fields() -> tuple[set[str], set[str], set[str], set[str]]:
    """The fields the briefing schema in this tree knows (source, target, outcome, its source).

    The library is emitted in whatever the schema accepts, so a field another engineer has not
    added yet (``horizon``) is left out rather than failing validation.
    """
    import json

    schema = json.loads(SCHEMA[0].read_text("utf-8"))
    props = schema["properties"]
    outcome = schema["$defs"]["outcome"]["properties"]
    return (
        set(props["source"]["properties"]),
        set(props["targets"]["items"]["properties"]),
        set(outcome),
        set(outcome["source"]["properties"]),
    )


def _shape(b: dict[str, Any], sentences: list[str], plan: list[tuple[str, str]]) -> dict[str, Any]:
    """The briefing in the schema's shape: goals sentences as the article, mentions, fields."""
    src_f, tgt_f, out_f, osrc_f = _schema_fields()
    source = {k: v for k, v in b["source"].items() if k in src_f}
    source.setdefault("date", source.get("delivered") or str(source["year"]))
    targets = []
    for t in b["targets"]:
        row: dict[str, Any] = {}
        for k, v in t.items():
            if k in ("quote", "sentence"):
                continue
            if k == "outcomes":
                v = [
                    {
                        **{ok: ov for ok, ov in o.items() if ok in out_f and ok != "source"},
                        "source": {sk: sv for sk, sv in o["source"].items() if sk in osrc_f},
                    }
                    for o in v
                ]
            if k in tgt_f and not (v is None and k in ("indicator", "range_high")):
                row[k] = v
            if k == "kind":
                first = {"sentence": t["sentence"], "quote": t["quote"]}
                row["mentions"] = [first, *t.get("more_mentions", [])]
        # outcomes after mentions, as in data/targets.yaml
        for k in ("outcomes", "outcome_note"):
            if k in row:
                row[k] = row.pop(k)
        targets.append(row)
    order = ["schema_version", "status", "source", "article", "pillars", "targets", "sectors"]
    out = {
        "schema_version": 1,
        "status": "final",
        "source": source,
        "article": {
            "sections": [
                {
                    "id": "goals",
                    "kind": "lead",
                    "paragraphs": [
                        {
                            "sentences": [
                                {"id": f"goals.{i}", "zh": z} for i, z in enumerate(sentences, 1)
                            ]
                        }
                    ],
                },
                *_plan_section(plan),
            ]
        },
        "pillars": [],
        "targets": targets,
        "sectors": [],
        "units": b["units"],
    }
    return {k: out[k] for k in [*order, "units"]}


def _plan_section(plan: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """The plan part's sentences that reviewed targets are quoted from (none: no section)."""
    if not plan:
        return []
    from zzbrief.text.segment import CLOSERS, TERMINATORS

    # A sentence narrowed at ， (libbuild.plan.sentence_span) ends without 。, which validate
    # allows only as the last of its paragraph: a new paragraph starts after each one.
    runs: list[list[dict[str, str]]] = [[]]
    for sid, zh in plan:
        runs[-1].append({"id": sid, "zh": zh})
        if zh[-1] not in TERMINATORS + CLOSERS:
            runs.append([])
    paragraphs = [{"sentences": run} for run in runs if run]
    return [{"id": "plan", "kind": "lead", "paragraphs": paragraphs}]


def build(place: places.Place, year: int, gov: Path, inds: dict[str, Any]) -> dict[str, Any]:
    """One library briefing, overrides applied and quotes verified."""
    bid = place.briefing_id(year)
    report = read_report(gov, place.file(year))
    start, end = goals_span(report.text)
    sentences = goal_sentences(report.text[start:end])
    targets = read_targets(report, year, inds)
    nxt_path = place.file(year + 1)
    nxt_report = read_report(gov, nxt_path) if (gov / nxt_path).exists() else None
    add_outcomes(targets, place, year, gov, inds, nxt_report)
    briefing: dict[str, Any] = {
        "schema_version": 1,
        "id": bid,
        "source": source_block(report, place, year),
        "targets": targets,
    }
    nxt_src = None
    if nxt_report is not None:
        nxt_src = _report_source(nxt_report, place.publisher)
        briefing["source"]["outcomes_from"] = {
            k: v for k, v in nxt_src.items() if k in ("publisher", "title", "date", "url")
        }
    spec = load_overrides(bid)
    plan_sentences: list[tuple[str, str]] = []
    if spec.get("plan_targets"):
        part = read_plan_part(
            bid,
            spec,
            report.text,
            len(review_part(report.text, start)),
            year,
            inds,
            targets,
            (nxt_report.text, nxt_src) if nxt_report is not None and nxt_src else None,
        )
        targets.extend(part.targets)
        plan_sentences = part.sentences
        for line in part.unreviewed:
            print(f"{bid}: UNREVIEWED draft target at {line}", file=sys.stderr)
    apply_overrides(bid, briefing, nxt_src)
    verify(briefing, gov, sentences + [zh for _, zh in plan_sentences])
    used = {t["unit"] for t in targets if t["unit"]}
    used |= {o["unit"] for t in targets for o in t.get("outcomes", [])}
    briefing["units"] = [
        {"unit": u, "factor": unit_info(u)[0], "base_unit": unit_info(u)[1]} for u in sorted(used)
    ]
    briefing["shaped"] = _shape(briefing, sentences, plan_sentences)
    return briefing


def review(b: dict[str, Any]) -> None:
    """A compact table of one briefing, for checking it against the text by eye."""
    s = b["source"]
    print(f"== {b['id']}  {s['place']['zh']} {s['year']}  {s.get('delivered')}  {s['url']}")
    for t in b["targets"]:
        fig = t["figure"] or "—"
        comp = t["comparator"] or ""
        print(f"  {t['id']:<34} {comp:1} {fig:<10} {t['metric']['zh']}  «{t['quote']}»")
        for o in t.get("outcomes", []):
            who = o["source"]["publisher"]
            print(f"      → {o['figure']:<8} final={o['final']!s:<5} {who}  «{o['quote']}»")


def dump(b: dict[str, Any]) -> str:
    """The briefing as YAML, in a stable order, Chinese kept as is."""
    header = (
        f"# Library briefing {b['id']}: built by scripts/build_library.py from {REPO}"
        f" ({COMMIT[:12]}); do not edit by hand, edit scripts/library/overrides/{b['id']}.yaml.\n"
    )
    return header + yaml.safe_dump(b["shaped"], allow_unicode=True, sort_keys=False, width=100)


def main(argv: list[str] | None = None) -> int:
    """Build the library (or the briefings named by --only)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gov", type=Path, default=Path("/work/gov"))
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--review", action="store_true")
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--schema", type=Path, default=None, help="shape to this schema file")
    args = parser.parse_args(argv)
    if args.schema:
        SCHEMA[0] = args.schema
    inds = {i["key"]: i for i in load_indicators()}
    OUT.mkdir(parents=True, exist_ok=True)
    built: list[dict[str, Any]] = []
    failed: list[str] = []
    for place, year in places.every_briefing():
        bid = place.briefing_id(year)
        if args.only and bid not in args.only:
            continue
        try:
            b = build(place, year, args.gov, inds)
        except (ValueError, SystemExit) as e:
            print(f"{bid}: FAILED: {e}", file=sys.stderr)
            failed.append(bid)
            continue
        built.append(b)
        if args.review:
            review(b)
        if not args.dry_run:
            (OUT / f"{bid}.yaml").write_text(dump(b), encoding="utf-8")
    if not args.only and not args.dry_run and not failed:  # a partial library: no notes
        from libbuild.notes import write_notes

        write_notes(built, ROOT / "docs" / "LIBRARY.md")
    print(f"built {len(built)} briefings", file=sys.stderr)
    if failed:
        print(f"{len(failed)} failed: {' '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
