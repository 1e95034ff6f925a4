"""One report file of lawtext/gov: its front matter, opening lines, goals paragraph and review.

Nothing here guesses. A date, a speaker or a URL the file does not print is left out, and the
briefing says so in its source note.
"""

from __future__ import annotations

import hashlib
import re
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from libbuild.places import SPEAKERS

REPO = "lawtext/gov"
COMMIT = "fc1a2f67a589763dc905aaa90f2b1ba356bbccde"

_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_DATE = re.compile(
    r"([0-9]{4}|[〇一二三四五六七八九零]{4})年([0-9]{1,2}|[一二三四五六七八九十]{1,3})月"
    r"([0-9]{1,2}|[一二三四五六七八九十]{1,3})日\s*在"
)
_ROLE = r"(?:国务院总理|代理主席|代省长|代市长|省长|市长|主席)"
_SPEAKER = re.compile(
    rf"{_ROLE}[\s　*]*([\u4e00-\u9fff·][\u4e00-\u9fff·\s　]{{0,12}}[\u4e00-\u9fff])"
)
_BARE_NAME = re.compile(r"^[\s*]*([\u4e00-\u9fff](?:[\s　]?[\u4e00-\u9fff]){1,3})[\s*]*$")
_GOALS = re.compile(r"(?:主要预期目标|预期目标|主要目标)[^。：:]{0,12}[：:]")


@dataclass
class Report:
    """A report as read from lawtext/gov."""

    path: str  # inside lawtext/gov
    text: str  # the whole file, as stored
    sha256: str
    url: str | None
    title: str
    delivered: str | None
    speaker: str | None
    notes: list[str] = field(default_factory=list)

    def github_url(self) -> str:
        """The file in lawtext/gov at the export's commit: cited where no official URL is known."""
        quoted = urllib.parse.quote(self.path)
        return f"https://github.com/{REPO}/blob/{COMMIT}/{quoted}"


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if all(c in _CN_DIGITS for c in text):  # 二〇二五: digit by digit
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    tens, _, ones = text.partition("十")  # 二十八, 十二, 八
    if "十" not in text:
        return _CN_DIGITS[text]
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def _front_matter(text: str) -> tuple[dict[str, str | list[str]], str]:
    match = _FRONT.match(text)
    if match is None:
        return {}, text
    import yaml

    data = yaml.safe_load(match.group(1)) or {}
    return data, text[match.end() :]


def _delivered(head: str) -> str | None:
    match = _DATE.search(head)
    if match is None:
        return None
    y, m, d = (_number(g) for g in match.groups())
    return f"{y:04d}-{m:02d}-{d:02d}"


def _speaker(lines: list[str]) -> str | None:
    for line in lines:
        if line.startswith("<!--"):
            continue
        match = _SPEAKER.search(line)
        if match:
            return re.sub(r"[\s　*]", "", match.group(1))
    for line in lines:  # 宁夏 2025: only the photo caption names him (主席张雨浦作政府工作报告)
        match = re.search(r"(?:省长|主席|市长)([\u4e00-\u9fff·]{2,9}?)作政府工作报告", line)
        if match and match.group(1) in SPEAKERS:
            return match.group(1)
    for line in lines:  # 湖南: the name alone on its line (毛 伟 明)
        match = _BARE_NAME.match(line)
        if match and re.sub(r"[\s　]", "", match.group(1)) in SPEAKERS:
            return re.sub(r"[\s　]", "", match.group(1))
    return None


def read_report(gov: Path, path: str) -> Report:
    """Read ``path`` (inside lawtext/gov) into a Report with its SHA-256 and front matter."""
    raw = (gov / path).read_bytes()
    text = raw.decode("utf-8")
    front, body = _front_matter(text)
    source = front.get("source")
    url = source[0] if isinstance(source, list) and source else source or None
    head_lines = [ln.strip() for ln in body.split("\n") if ln.strip()][:8]
    head = "\n".join(head_lines)
    report = Report(
        path=path,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        url=str(url) if url else None,
        title=str(front.get("title") or "政府工作报告"),
        delivered=_delivered(head) or _delivered(str(front.get("title") or "")),
        speaker=_speaker(head_lines),
    )
    return report


def goals_span(text: str) -> tuple[int, int]:
    """Where the year's 主要预期目标 list sits: (start after the colon, end of its paragraph).

    A report for a new five-year plan states the five-year goals first (主要目标 … 年均增长):
    the year's list is the one that is not about 年均 rates or 今后五年/十五五 goals.
    """
    candidates = []
    for match in _GOALS.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[line_start : match.start()]
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        after = text[match.end() : end]
        near = re.split(r"[。！？]", before)[-1]  # this sentence's own words
        if "年均" in after[:60] or any(w in near for w in ("五年", "十五五", "时期")):
            continue
        candidates.append((match.end(), end))
    if not candidates:
        raise ValueError(f"no 主要预期目标 paragraph in {text[:80]!r}")
    return candidates[0]


def review_part(text: str, goals_start: int) -> str:
    """The report's review of the past year: everything before the goals paragraph's section."""
    heading = max(text.rfind("\n二、", 0, goals_start), text.rfind("\n**二、", 0, goals_start))
    return text[: heading if heading > 0 else goals_start]
