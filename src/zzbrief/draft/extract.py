"""``extract``: a plan text → a Draft (title, sections, typed figures, and the non-figures)."""

from __future__ import annotations

import re
from typing import NamedTuple

from zzbrief.draft import periods, role
from zzbrief.draft.model import Draft, DraftError, Figure, Sentence
from zzbrief.draft.structure import read_structure
from zzbrief.text import scripts, units, wording
from zzbrief.text.scan import Found, find_figures

_ITEMS = re.compile(r"[和与及、]")
_SPLIT_UNITS = ("percent", "points", "ratio", "permille")
#: 城乡 names two things: a 分别 list over it gives one figure for each.
_PAIRS = {"城乡居民": ("城镇居民", "农村居民"), "城乡": ("城镇", "农村")}


def _base(value: float, factor: float) -> float:
    base = value * factor
    # 1.5 × 10000 is 15000.000000000002 in binary floating point: print it as 15000. Only
    # floating-point noise is rounded away: 1.1万亩 is 7333333.33 m², which validate checks.
    if abs(base - round(base)) < 1e-9 * max(1.0, abs(base)):
        return round(base)
    return base


def _kind(family: str, direction: str) -> str:
    if family in _SPLIT_UNITS:
        return "share" if direction == "level" else "growth"
    return "count" if family in units.COUNT_FAMILIES else "level"


def _subjects(text: str, left: int, f: Found) -> list[str] | None:
    # 电子信息和新能源汽车两个万亿级产业集群: one figure for each of the two things listed.
    if f.multiplicity < 2 or f.count_at < left:
        return None
    listed = wording.strip_leads(text[left : f.count_at])
    parts = [p for p in _ITEMS.split(listed) if p]
    return parts if len(parts) == f.multiplicity else None


def _metrics(text: str, left: int, right: int, f: Found) -> list[str]:
    after = text[f.end : right]
    names = _subjects(text, left, f)
    if names is not None:
        return [name + wording.after_noun(after) for name in names]
    cut = f.count_at if f.count_at >= left else f.start
    return [wording.metric(text[left:cut], after)]


#: Head nouns a list's items share from its last item (第一、第二、第三产业增加值).
_HEADS = ("产业", "增加值", "规模", "收入", "投资", "产量", "面积", "总额", "人口")


def _shared_tail(names: list[str]) -> list[str]:
    # 第一、第二、第三产业增加值 → 第一产业增加值, 第二产业增加值, 第三产业增加值.
    last = names[-1]
    at = min((i for h in _HEADS if (i := last.find(h)) > 0), default=-1)
    if len(names) < 2 or at < 0:
        return names
    tail = last[at:]
    return [n if any(h in n for h in _HEADS) else n + tail for n in names[:-1]] + [last]


class _List:
    """A 分别 list: ``A、B分别增长5%、6%`` — one figure per item, each with its own metric."""

    def __init__(self, text: str, left: int, f: Found) -> None:
        lead = text[left : f.start]
        at = lead.rfind("分别")
        subject = wording.strip_leads(lead[:at])
        self.verb = lead[at + 2 :]
        self.left = left
        pair = next((v for k, v in _PAIRS.items() if subject.startswith(k)), None)
        if pair is not None:
            key = next(k for k in _PAIRS if subject.startswith(k))
            self.names = [p + subject[len(key) :] for p in pair]
        else:
            self.names = _shared_tail([p for p in _ITEMS.split(subject) if p] or [subject])
        self.last_end = f.end
        self.count = 0

    def metric(self) -> str:
        name = self.names[self.count] if self.count < len(self.names) else self.names[-1]
        self.count += 1
        return wording.metric(name + self.verb, "")

    def continues(self, text: str, f: Found) -> bool:
        return text[self.last_end : f.start].strip() in ("、", "和", "及", "，", ",")


def _list_right(text: str, found: list[Found], i: int, spans: list[tuple[int, int]]) -> int:
    # The list runs to the clause end of its last item: 分别增长5.5%、6%左右.
    j = i
    while j + 1 < len(found) and text[found[j].end : found[j + 1].start].strip() in ("、", "和"):
        j += 1
    return wording.clause_bounds(text, found[j].start, found[j].end, spans)[1]


def _figures_in(sentence: Sentence, year: int | None, section: str) -> list[Figure]:
    text = sentence.reading or sentence.zh
    found = find_figures(text)
    spans = [(f.start, f.end) for f in found if f.reason is None]
    inside = {i for a, b in spans for i in range(a, b)}
    out: list[Figure] = []
    listing: _List | None = None
    for i, f in enumerate(found):
        left, right = wording.clause_bounds(text, f.start, f.end, spans, inside)
        if f.reason is None and listing is not None and listing.continues(text, f):
            left = listing.left
            listing.last_end = f.end
        elif f.reason is None and "分别" in text[left : f.start]:
            listing = _List(text, left, f)
        else:
            listing = None
        if listing is not None:
            right = max(right, _list_right(text, found, i, spans))
        done = sum(1 for g in out if g.role != "none")
        previous = next((g.role for g in reversed(out) if g.role != "none"), None)
        around = _Around(previous == "target", _is_scope(text, f, left, right, found))
        out.extend(
            _readings(sentence, text, f, (left, right), listing, year, section, done, around)
        )
    return out


class _Around(NamedTuple):
    """What the figures around a figure say about its role."""

    follows_target: bool  # the figure before it in its sentence is a target
    scope: bool  # a count opening its clause, measured by the next figure (see _is_scope)


#: Words that may open a clause before the count of what it measures (全市310条河流…).
_SCOPE_LEADS = ("", "全市", "全省", "全区", "全县", "全国", "其中")


def _is_scope(text: str, f: Found, left: int, right: int, found: list[Found]) -> bool:
    # 310条河流按河长计算优良水体比例保持80%以上: a count that opens its clause and is
    # measured by a later figure of the clause names the set measured (as it is now); the
    # goal is the later figure.
    info = units.UNITS[f.unit]
    if info.family not in units.COUNT_FAMILIES or text[left : f.start].strip() not in _SCOPE_LEADS:
        return False
    # the next figure measures it (a share or level), it is not the next item of a list
    # (200个阵地、200支队伍及400个站点; 16所三级医院、27所二级医院对口帮扶7所县级医院)
    later = next((g for g in found if g.reason is None and f.end < g.start < right), None)
    if later is None or re.search(r"[和及与、]", text[f.end : later.start]):
        return False
    return units.UNITS[later.unit].family not in units.COUNT_FAMILIES


def _readings(
    sentence: Sentence,
    text: str,
    f: Found,
    bounds: tuple[int, int],
    listing: _List | None,
    year: int | None,
    section: str,
    base: int,
    around: _Around,
) -> list[Figure]:
    left, right = bounds
    reading = scripts.Reading(text, len(sentence.zh), sentence.origin)
    qa, qb = reading.span(left, right)
    quote = sentence.zh[qa:qb].strip()
    fa, fb = reading.span(f.start, f.end)
    before = text[left : f.start]
    info = units.UNITS[f.unit]  # the scanner only matches units of the table
    comp = wording.comparator(before, f.figure, text[f.end : right])
    if listing is not None and comp == "=":
        # 分别增长5%、6%以上: a closing bound (以上, 以内) holds for every item of the list;
        # 左右 stays with the last, as the labelled reports read it
        ending = text[:right].rstrip()
        bound = next((c for w, c in wording.AFTER if ending.endswith(w) and c != "≈"), None)
        comp = bound or comp
    direction = wording.direction(listing.verb if listing else before)
    clause = text[left:right]
    if f.reason is not None:
        kind, names = "none", ["TODO"]
    else:
        lead, after = text[left : f.start], text[f.end : right]
        kind = role.role(clause, text[:left], sentence.part, year, lead, after, around[0])
        kind = "reported" if kind == "target" and around.scope else kind
        names = [listing.metric()] if listing else _metrics(text, left, right, f)
    horizon = periods.horizon(text[: f.start], year) if kind == "target" else None
    out: list[Figure] = []
    for name in names:
        number = f"{base + len(out) + 1}" if f.reason is None else f"n{f.start}"
        out.append(
            Figure(
                id=f"{sentence.id}-{number}",
                figure=sentence.zh[fa:fb],
                value=f.value,
                unit=f.unit,
                base_value=_base(f.value, info.factor),
                base_unit=info.base,
                comparator=">" if f.approx and comp == "=" else comp,
                direction=direction,
                aspiration=_aspires(text, left, right),
                kind=_kind(info.family, direction),
                metric=name,
                quote=quote,
                sentence=sentence.id,
                section=section,
                role=kind,
                range_high=f.range_high,
                start=sentence.start + fa,
                end=sentence.start + fb,
                reason=f.reason,
                horizon=horizon,
            )
        )
    return out


_COMMA = re.compile(r"[,，;；。:：!?！？]")
#: Clauses that open by elaborating the one before (其中…, 一个是…): its effort word holds.
_ELABORATES = ("其中", "一个是", "另一个是", "一是", "二是", "三是", "包括")


def _aspires(text: str, left: int, right: int) -> bool:
    # 力争拉动消费1000亿元以上、实现网络零售额突破1.4万亿元: the effort governs every item of
    # its 、 list, and a clause that elaborates it (力争引进重大项目380个以上，其中30亿元以上
    # 项目80个以上; 争取…达到两个百亿，一个是GDP超过百亿), not the clauses after a comma
    # (the labels differ there; the clause is the safer reading).
    cuts = [0] + [m.end() for m in _COMMA.finditer(text, 0, left)]
    at = len(cuts) - 1
    while at > 0 and text.startswith(_ELABORATES, cuts[at]) and text[cuts[at] - 1] in ",，":
        at -= 1
    return any(w in text[cuts[at] : right] for w in wording.ASPIRATION)


def extract(text: str) -> Draft:
    """Read a plan text into a Draft: its title, sections of sentences, and every figure.

    ``text`` is already decoded (see ``read_plan``). Figures come in reading order, each
    typed (value, unit, base value, comparator, direction, aspiration, kind, role) and
    tied to the verbatim clause, the sentence and the offsets it was read from; numbers
    that are not figures come too, with ``role: none`` and a ``reason``. A text without a
    single figure raises DraftError: it is not a plan this tool can draft.
    """
    found = read_structure(text)
    figures: list[Figure] = []
    for section in found.sections:
        for sentence in section.sentences():
            figures.extend(_figures_in(sentence, found.year, section.id))
    if not any(f.role != "none" for f in figures):
        raise DraftError("no figures found in the text: nothing to draft")
    return Draft(found.title, found.year, found.sections, tuple(figures), found.url)
