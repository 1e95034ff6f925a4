"""A labelling aid: list every numeric span of a text with a first guess, then build labels.

    python benchmarks/corpus/spans.py list TEXT.md PLAN.txt        # spans with guesses
    python benchmarks/corpus/spans.py build TEXT.md PLAN.txt OUT.yaml

PLAN.txt names the parts and the labeller's decisions, one per line (``#`` starts a comment):

    meta url https://…                 # any text.* field: url, kind, script, note, path
    review 1200 5400                   # a part [start, end): guesses default to reported
    plan 5400 17000                    # a part: guesses default to target
    12345 T ≈ a rh=6 | 城镇新增就业      # decide the span at 12345: target, ≈, 力争, range to 6
    12400 R >                          # reported, >
    12500 N meeting                    # none, with its reason
    12600 x                            # not a figure: no label
    12700+3 T = | 高标准农田            # a span the lister missed, 3 characters long

A span without a decision keeps the guess, so every guess must be read before ``build``; the
guesses are only a start (role from the part and the words near the figure, comparator from
以上/左右/超过…, a metric from the words before the figure). Clauses are cut from the text.
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

COMMIT = "fc1a2f67a589763dc905aaa90f2b1ba356bbccde"
UNIT_WORDS = """% ％ ‰ 个百分点 百分点 倍 元 万元 亿元 万亿元 美元 亿美元 万亿美元
    人 万人 人次 万人次 亿人次
    户 万户 个 家 项 件 所 座 条 公里 千米 平方公里 万平方公里 平方千米 万平方千米 平方米 万平方米
    亿平方米 亩 万亩 公顷 万公顷 吨 万吨 亿吨 亿吨标准煤 万吨标准煤 千瓦 万千瓦 亿千瓦 千瓦时
    万千瓦时 亿千瓦时 度 斤 亿斤 万亿斤 公斤 千克 立方米 万立方米 亿立方米 万立方米/日 微克/立方米
    张 套 万套 间 盏 部 台 万台 辆 万辆 架 艘 列 次 批 场 届 年 岁 天 小时 分钟 个月 周 处 块 栋 幢
    支 名 位 种 类 款 只 头 株 棵 标箱 万标箱 GW 吉瓦 兆瓦 千伏 床 张床 万张 层 轮 期 宗 片 根
    万个 万家 万件 万名 万张 万间 万平方 万株 万棵 亿件 亿元级 万亿级 千亿级 百亿级 亿级 级 强
    大 中 米 分 段 对 组 门 所 站 园 区 县 镇 村 口 笔 份 篇 册 集 星 代 G
    场次 万场次 立方米/秒 成 周年 年度 批次 万批次 辆次 万辆次 艘次 万吨/日 吨/日"""
UNITS = sorted(UNIT_WORDS.split(), key=len, reverse=True)
CN_DIGITS = "〇零一二两三四五六七八九十百千万亿"
NUMBER = re.compile(
    r"[A-Z]*\d+(?:,\d{3})*(?:\.\d+)?(?:/\d+)?(?:%?\s*[—–\-~～至到]\s*\d+(?:\.\d+)?)?[多余]?"
    r"(?:千万|百万|千亿|万亿|万|亿)?[多余]?(?:" + "|".join(re.escape(u) for u in UNITS) + ")?"
)
CN_NUMBER = re.compile(
    "[" + CN_DIGITS + r"]+[多余]?(?:" + "|".join(re.escape(u) for u in UNITS) + ")"
)
SKIP_CN = re.compile(r"^(零|一[批些步体流直定般样切起线揽网码张项轮年大]|万[一物]|千方|百姓|十分)")
DELIM = "，。；：\n！？（）"
PAST = re.compile(r"已|累计|预计|去年|上年|过去|近年|现有|20[12]\d年(?!.*(?:力争|目标))")
MEETING = re.compile(r"^(届|次会议|次全会|次全体会议|中全会|大[^力幅]|次党代会)")


@dataclass
class Span:
    """One numeric span and the decision about it."""

    start: int
    figure: str
    role: str = "?"
    comparator: str = "="
    aspiration: bool = False
    range_high: float | None = None
    metric: str = ""
    reason: str = ""
    notes: list[str] = field(default_factory=list)


def decode(path: Path) -> str:
    """The text as the labels count it."""
    return path.read_bytes().decode("utf-8-sig")


def find_spans(text: str, start: int, end: int) -> list[Span]:
    """Every Arabic figure and every Chinese numeral with a unit in [start, end)."""
    out: dict[int, Span] = {}
    for m in NUMBER.finditer(text, start, end):
        fig = m.group(0).rstrip()
        after = text[m.end() : m.end() + 2]
        if re.fullmatch(r"(19|20)\d\d", fig) and after[:1] in "年—-～至、）)":
            continue
        if re.fullmatch(r"\d{1,2}", fig) and after[:1] in "月日号时":
            continue
        if fig[-1:] == "年" and re.fullmatch(r"(19|20)\d\d年", fig):
            continue
        if re.fullmatch(r"\d{1,2}[月日]", fig) or (after[:1] in "月日" and len(fig) <= 2):
            continue
        out[m.start()] = Span(m.start(), fig)
    covered = {i for s in out.values() for i in range(s.start, s.start + len(s.figure))}
    for m in CN_NUMBER.finditer(text, start, end):
        if m.start() in covered or SKIP_CN.match(m.group(0)):
            continue
        if text[m.start() - 1 : m.start()] in "统唯之进第" and m.group(0)[0] == "一":
            continue
        out[m.start()] = Span(m.start(), m.group(0))
    return [out[k] for k in sorted(out)]


def sentence(text: str, at: int) -> tuple[int, int]:
    """The bounds of the sentence (to 。；\\n) around an offset."""
    left = max(text.rfind(c, 0, at) for c in "。；\n") + 1
    rights = [i for i in (text.find(c, at) for c in "。；\n") if i != -1]
    return left, min(rights) if rights else len(text)


def clause(text: str, span: Span, width: int = 40) -> str:
    """A short verbatim clause around the figure, in which the figure first occurs at itself."""
    left = span.start
    while left > 0 and text[left - 1] not in "，。；：\n！？" and span.start - left < 18:
        left -= 1
    end = span.start + len(span.figure)
    right = end
    while right < len(text) and text[right] not in DELIM and right - left < width:
        right += 1
    if right < len(text) and text[right] in "）)" and right - left < width:
        right += 1
    piece = text[left:right]
    while piece.index(span.figure) != span.start - left:
        left += piece.index(span.figure) + len(span.figure)
        piece = text[left:right]
    return piece.lstrip("、，")


def guess(text: str, span: Span, part: str) -> None:
    """Fill a first guess of role, comparator, aspiration, metric and reason."""
    before = text[max(0, span.start - 8) : span.start]
    after = text[span.start + len(span.figure) : span.start + len(span.figure) + 6]
    s0, s1 = sentence(text, span.start)
    sent = text[s0:s1]
    fig = span.figure
    span.role = "target" if part == "plan" else "reported"
    if part == "plan" and PAST.search(text[s0 : span.start + len(fig)]):
        span.role = "reported"
    if MEETING.match(text[span.start + len(fig) - 1 :]) or MEETING.match(after):
        span.role, span.reason = "none", "meeting"
    elif re.match("[A-Z]", fig) or fig.endswith("G"):
        span.role, span.reason = "none", "code"
    elif before.endswith("第"):
        span.role, span.reason = "none", "ordinal"
    elif re.match(r"以上[^，。；、）”\n的]", after) or fig.endswith(("千伏", "级")):
        span.role, span.reason = "none", "threshold"
    elif before.endswith("“") or re.match(r"^十[一二三四五]五", text[span.start :]):
        span.role, span.reason = "none", "name"
    m = re.search(r"\d+(?:\.\d+)?%?\s*[—–\-~～至到]\s*(\d+(?:\.\d+)?)", fig)
    if m:
        span.comparator, span.range_high = "≥", float(m.group(1))
    elif after.startswith(("以上", "及以上")) or before.endswith(("不低于", "不少于")):
        span.comparator = "≥"
    elif after.startswith("左右") or before.endswith(("约", "近", "大约")):
        span.comparator = "≈"
    elif before.endswith(("超过", "突破", "超", "逾", "高于")) or fig[-2:-1] in "多余":
        span.comparator = ">"
    elif after.startswith(("以内", "以下")) or before.endswith(("不超过", "不高于", "控制在")):
        span.comparator = "≤"
    elif before.endswith("低于"):
        span.comparator = "<"
    span.aspiration = bool(re.search("力争|争取|努力", text[s0 : span.start]))
    head = text[s0 : span.start]
    head = re.split("[，：、（]", head)[-1]
    head = re.sub(r"^(力争|争取|努力|全年|今年|全省|全市|全国|确保|实现)+", "", head)
    head = re.sub(r"(提升|提高|增|降)[至到]$|(达到|达|为|超过|突破|不低于|不少于)$", "", head)
    head = re.sub(r"(控制|保持|稳定)在$|(约|近|超)$", "", head)
    span.metric = head.strip() or sent[:10]


def read_plan(path: Path) -> tuple[dict[str, str], list[tuple[str, int, int]], dict[int, str]]:
    """The meta fields, the parts and the decisions of a plan file."""
    meta: dict[str, str] = {}
    parts: list[tuple[str, int, int]] = []
    decisions: dict[int, str] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("  #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        word, _, rest = line.partition(" ")
        if word == "meta":
            key, _, value = rest.partition(" ")
            meta[key] = value
        elif word in ("review", "plan"):
            a, b = rest.split()
            parts.append((word, int(a), int(b)))
        else:
            decisions[int(word.split("+")[0])] = line
    return meta, parts, decisions


def apply(text: str, span: Span, line: str) -> Span | None:
    """A decision line applied to a span; None for a non-figure."""
    head, _, metric = line.partition("|")
    words = head.split()
    if "+" in words[0]:
        span.figure = text[span.start : span.start + int(words[0].split("+")[1])]
    code = words[1]
    if code == "x":
        return None
    span.role = {"T": "target", "R": "reported", "N": "none"}[code]
    if code == "N":
        span.reason = words[2]
        return span
    span.reason = ""
    for w in words[2:]:
        if w in ("=", ">", "≥", "≈", "≤", "<"):
            span.comparator = w
        elif w == "a":
            span.aspiration = True
        elif w == "-a":
            span.aspiration = False
        elif w.startswith("rh="):
            span.range_high = float(w[3:]) if w[3:] != "none" else None
    if metric.strip():
        span.metric = metric.strip()
    return span


def collect(text_path: Path, plan_path: Path) -> tuple[dict[str, str], list[Any], list[Span]]:
    """Parts, decided spans (with guesses where undecided)."""
    text = decode(text_path)
    meta, parts, decisions = read_plan(plan_path)
    spans: list[Span] = []
    for part, a, b in parts:
        found = {s.start: s for s in find_spans(text, a, b)}
        for at, line in decisions.items():
            if a <= at < b and at not in found:
                n = int(line.split()[0].partition("+")[2] or 0)
                if not n:
                    raise SystemExit(f"{at}: no span starts here; give its length as {at}+N")
                found[at] = Span(at, text[at : at + n])
        for at in sorted(found):
            s = found[at]
            guess(text, s, part)
            decided = apply(text, s, decisions[at]) if at in decisions else s
            if decided is not None:
                spans.append(decided)
    return meta, parts, spans


def listing(text_path: Path, plan_path: Path) -> None:
    """Print every span with its guess and context."""
    text = decode(text_path)
    _, _, spans = collect(text_path, plan_path)
    for s in spans:
        code = {"target": "T", "reported": "R", "none": "N"}[s.role]
        extra = f" {s.reason}" if s.role == "none" else f" {s.comparator}"
        if s.aspiration and s.role != "none":
            extra += " a"
        if s.range_high is not None:
            extra += f" rh={s.range_high:g}"
        metric = f" | {s.metric}" if s.role == "target" else ""
        ctx = text[max(0, s.start - 30) : s.start + len(s.figure) + 12].replace("\n", "⏎")
        print(f"{s.start} {code}{extra}{metric}\t«{s.figure}»\t{ctx}")


def build(text_path: Path, plan_path: Path, out: Path) -> None:
    """Write the label file."""
    text = decode(text_path)
    meta, parts, spans = collect(text_path, plan_path)
    labels: list[dict[str, Any]] = []
    for s in spans:
        lab: dict[str, Any] = {"start": s.start, "figure": s.figure, "role": s.role}
        if s.role == "none":
            lab["reason"] = s.reason
        else:
            lab["comparator"] = s.comparator
            lab["aspiration"] = s.aspiration
            lab["range_high"] = s.range_high
            if s.role == "target":
                lab["metric"] = s.metric
        lab["clause"] = clause(text, s)
        labels.append(lab)
    ranges = sorted([a, b] for _, a, b in parts)
    merged: list[list[int]] = []
    for a, b in ranges:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    head = {
        "repo": "lawtext/gov",
        "path": meta["path"],
        "commit": COMMIT,
        "sha256": hashlib.sha256(text_path.read_bytes()).hexdigest(),
        "url": meta["url"],
        "kind": meta.get("kind", "full-report"),
        "script": meta.get("script", "simplified"),
        "note": meta.get("note", ""),
    }
    dump = {"allow_unicode": True, "sort_keys": False, "width": 1000}
    body = yaml.safe_dump({"text": head}, **dump)  # type: ignore[call-overload]
    body += "labelled:\n" + "".join(f"  - [{a}, {b}]\n" for a, b in merged)
    body += yaml.safe_dump({"labels": labels}, **dump)  # type: ignore[call-overload]
    out.write_text(body, encoding="utf-8")


def main(argv: list[str]) -> int:
    """list TEXT PLAN | build TEXT PLAN OUT."""
    if len(argv) < 3 or argv[0] not in ("list", "build"):
        print(__doc__, file=sys.stderr)
        return 2
    if argv[0] == "list":
        listing(Path(argv[1]), Path(argv[2]))
    else:
        build(Path(argv[1]), Path(argv[2]), Path(argv[3]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
