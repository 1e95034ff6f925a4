"""A labelling helper: list every numeric span of a text range, then turn judgements into YAML.

    python benchmarks/corpus/spans.py list FILE START END        # numbered spans with context
    python benchmarks/corpus/spans.py build FILE JUDGEMENTS      # label YAML (labels: only)

A judgement file has one line per span to keep, by the offset ``list`` printed::

    10412 t ≈ 地区生产总值增长            # target, comparator, metric
    10420 t ≥ a h=6 城镇新增就业          # aspiration (力争), range_high 6
    10480 r = 规上工业增加值增长          # reported
    10500 n agenda                        # none, with its reason
    10530 f=5%—6% t ≥ h=6 增长            # the figure as printed, when the span list's is wrong

Spans not named in the judgement file are left out (dates, years). The clause is cut from the
text around the figure (at most 40 characters, within its clause punctuation), so it is
verbatim by construction; ``labels.py`` checks it again.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

CN = "零〇一二两三四五六七八九十百千万亿萬億兩"
_UNIT_WORDS = """
% ‰ 个百分点 百分点 万亿元 千亿元 百亿元 亿元 万元 千元 元 万亿 千亿 亿
万 千 个 件 项 家 条 座 所 套 户 人次 人 名 处 公里 千米 平方公里
平方千米 平方米 米 亩 吨 千瓦时 千瓦 兆瓦 度 张 辆 台 架 艘 部 间 盏 块
栋 幢 片 类 只 头 株 棵 本 场 次 期 届 轮 倍 岁 天 小时 分钟 秒 个月
周 微克/立方米 立方米 标箱 标准箱 TEU 斤 公斤 千克 克 毫米 千伏 兆 GW
MW 吉瓦 宗 笔 份 单 剂 床 位 支 层 级 星 强 大 区 县 镇 村 园 港
站 校 馆 院 列 班 批 对 种 口 年 月 日 号 步 方面 链 群 网 圈 城
美元 港元 澳门元 公顷 分 万人 千人 余 多 萬億元 億元 萬元 萬億 萬 億 個
條 項 張 輛 臺 間 場 處 戶 噸 畝 萬人 個百分點 百分點 兆元 餘 例 门
户次 场次 瓦 周岁 万千瓦 万人次
"""
UNITS = sorted(_UNIT_WORDS.split(), key=len, reverse=True)
NUM = re.compile(
    r"(?<![0-9０-９.A-Za-z])(?:[0-9０-９]+(?:[,，][0-9]{3})*(?:[.．][0-9]+)?"
    rf"(?:\s?[万亿千百兆萬億]+)?|[{CN}]+)"
)
_SKIP_CN = ("一体", "一流", "一批", "一些", "一步", "一切", "一般", "一起", "一线", "一定")


def _unit(text: str, end: int) -> str:
    rest = text[end : end + 8].lstrip(" ")
    pad = len(text[end : end + 8]) - len(rest)
    for u in UNITS:
        if rest.startswith(u):
            return text[end : end + pad + len(u)]
    return ""


def spans(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Every number in [start, end) with the unit after it; Chinese numerals only with a unit."""
    out = []
    for m in NUM.finditer(text, start, end):
        raw = m.group(0)
        chinese = raw[0] in CN
        unit = _unit(text, m.end())
        if chinese:
            if not unit or raw == "一" or text[m.start() : m.start() + 2] in _SKIP_CN:
                continue
            if raw in ("千", "百", "万", "亿", "十"):
                continue
        dated = unit.strip() in ("月", "日", "号") or (
            unit.strip() == "年" and raw.isdigit() and len(raw) == 4
        )
        if dated and not chinese:
            continue
        out.append((m.start(), raw + unit))
    return out


def context(text: str, at: int, figure: str, before: int = 30, after: int = 14) -> str:
    left = text[max(0, at - before) : at].replace("\n", "⏎")
    right = text[at + len(figure) : at + len(figure) + after].replace("\n", "⏎")
    return f"{left}【{figure}】{right}"


_STOP = set("，。；：！？,;!?\n、（）()")


def clause(text: str, at: int, figure: str, limit: int = 40) -> str:
    """A verbatim clause around the figure; the figure's first occurrence in it is this one."""
    a = at
    while a > 0 and text[a - 1] not in _STOP - {"、"} and at - a < 22:
        a -= 1
    b = at + len(figure)
    while b < len(text) and text[b] not in _STOP and b - a < limit:
        b += 1
    while b - a > limit:
        a += 1
    c = text[a:b]
    while c.find(figure) != at - a:
        a = c.find(figure) + a + 1
        c = text[a:b]
    return c


def build(text: str, lines: list[str]) -> str:
    import yaml  # only this path needs it

    labels = []
    for line in lines:
        line = line.split("  #")[0].strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        at = int(parts.pop(0))
        figure = None
        if parts[0].startswith("f="):
            figure = parts.pop(0)[2:].replace("␣", " ")  # ␣ stands for a space
        if figure is None:
            found = [f for s, f in spans(text, at, at + 12) if s == at]
            if not found:
                raise SystemExit(f"no span at {at}: {context(text, at, text[at : at + 4])}")
            figure = found[0]
        if text[at : at + len(figure)] != figure:
            raise SystemExit(f"{at}: text is {text[at : at + len(figure)]!r}, not {figure!r}")
        role = {"t": "target", "r": "reported", "n": "none"}[parts.pop(0)]
        lab: dict[str, object] = {"start": at, "figure": figure.strip(), "role": role}
        if role == "none":
            lab["reason"] = parts[0] if parts else "other"
        else:
            lab["comparator"] = parts.pop(0)
            asp, high = False, None
            while parts and (parts[0] == "a" or parts[0].startswith("h=")):
                p = parts.pop(0)
                if p == "a":
                    asp = True
                else:
                    high = float(p[2:]) if "." in p[2:] else int(p[2:])
            lab["aspiration"] = asp
            lab["range_high"] = high
            if parts:
                lab["metric"] = " ".join(parts)
        lab["clause"] = clause(text, at, figure.strip())
        labels.append(lab)
    labels.sort(key=lambda d: int(d["start"]))  # type: ignore[call-overload]
    return yaml.safe_dump({"labels": labels}, allow_unicode=True, sort_keys=False, width=200)


def main(argv: list[str]) -> int:
    cmd, path = argv[0], Path(argv[1])
    text = path.read_bytes().decode("utf-8-sig")
    if cmd == "list":
        start, end = int(argv[2]), int(argv[3])
        for at, figure in spans(text, start, end):
            print(f"{at} {figure}\t{context(text, at, figure)}")
    elif cmd == "build":
        print(build(text, Path(argv[2]).read_text(encoding="utf-8").splitlines()), end="")
    elif cmd == "find":
        for m in re.finditer(re.escape(argv[2]), text):
            print(m.start(), context(text, m.start(), argv[2], 40, 40))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
