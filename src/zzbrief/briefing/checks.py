"""Provenance rules: what makes a briefing trustworthy beyond its shape.

Each rule returns problems with a data path (``("targets", 4, "value")``) so that
``zzbrief validate`` can point at the file and line. The schema (``schema.py``) checks types;
these check that every figure is backed by the article, word for word.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from zzbrief.briefing.model import Briefing, Outcome, Target

# One reading of where a sentence ends, shared with the drafting extractor.
from zzbrief.text.segment import CLOSERS as CLOSERS
from zzbrief.text.segment import TERMINATORS as TERMINATORS
from zzbrief.text.segment import cut_sentences as split_sentences

Path = tuple[str | int, ...]
_FIGURE = re.compile(r"^(\d+(?:\.\d+)?)(.+)$")


def dotted(path: Path) -> str:
    """A data path written as ``targets[4].value``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a briefing, and where.

    ``ref`` names what a cross-reference looked for and did not find, as (section, key):
    ``("units", "亿元")``, or (section, None) for a finding that needs the whole section.
    ``validate`` uses it to drop knock-ons of a record the schema already rejected.
    ``first`` is the earlier record a duplicate repeats (its path is in the message too).
    """

    path: Path
    message: str
    ref: tuple[str, str | None] | None = None
    first: Path | None = None

    @property
    def dotted(self) -> str:
        """The path written as ``targets[4].value``."""
        return dotted(self.path)


def parse_figure(figure: str) -> tuple[float, str]:
    """Split a printed figure into number and unit: ``"1.5万套(间)"`` → ``(1.5, "万套(间)")``.

    A scale word with no digits (``"万亿级"``) has an implied value of 1. Figures as drafts
    print them (``1,200个``, ``1.2 万套``, ``三千亿元``, a range ``5%—6%`` read as its lower
    bound) are read by the drafting extractor's own parser, so the two always agree.
    """
    from zzbrief.text.scan import split_figure  # stdlib-only; loaded when checking

    known = split_figure(figure)
    if known is not None:
        return known
    match = _FIGURE.match(figure)
    if match is None:
        return 1, figure
    number = float(match.group(1))
    return (int(number) if number.is_integer() else number), match.group(2)


def expected_comparator(quote: str, figure: str) -> str:
    """The comparator the wording implies: 突破/超 → '>', 以上/级 → '≥', 左右/约 → '≈' …

    The rules are the drafting extractor's (``zzbrief.text.wording.comparator``), so a
    hand-made briefing and a drafted one are held to the same reading.
    """
    from zzbrief.text.wording import comparator

    at = quote.find(figure)
    return comparator(quote[:at], figure, quote[at + len(figure) :])


def _list_comparator(quote: str, figure: str) -> str | None:
    """The comparator a 分别 list's closing word gives an earlier item: in 分别控制在5%和3%以内
    the 以内 bounds the 5% too (None when the quote is no such list)."""
    if "分别" not in quote or figure not in quote:
        return None
    numbers = list(re.finditer(r"[0-9]+(?:\.[0-9]+)?", quote))
    if len(numbers) < 2:
        return None
    unit = re.sub(r"^[0-9.]+", "", figure)
    tail = quote[numbers[-1].end() :]
    if not tail.startswith(unit):
        return None
    return expected_comparator(quote[: quote.find(figure)] + figure + tail[len(unit) :], figure)


def _duplicates(items: Iterable[tuple[Path, str]], what: str) -> Iterator[Problem]:
    seen: dict[str, Path] = {}
    for path, key in items:
        if key in seen:
            first = seen[key]
            yield Problem(path, f"duplicate {what} {key!r} (first at {dotted(first)})", first=first)
        else:
            seen[key] = path


def _unique_ids(b: Briefing) -> Iterator[Problem]:
    secs = [(("article", "sections", i, "id"), s.id) for i, s in enumerate(b.sections)]
    yield from _duplicates(secs, "section id")
    sents = [
        (("article", "sections", i, "paragraphs", j, "sentences", k, "id"), s.id)
        for i, sec in enumerate(b.sections)
        for j, para in enumerate(sec.paragraphs)
        for k, s in enumerate(para)
    ]
    yield from _duplicates(sents, "sentence id")
    yield from _duplicates(
        ((("pillars", i, "id"), str(p.id)) for i, p in enumerate(b.pillars)), "pillar id"
    )
    yield from _duplicates(
        ((("pillars", i, "slug"), p.slug) for i, p in enumerate(b.pillars)), "pillar slug"
    )
    yield from _duplicates(
        ((("targets", i, "id"), t.id) for i, t in enumerate(b.targets)), "target id"
    )
    yield from _duplicates(((("units", i, "unit"), u.unit) for i, u in enumerate(b.units)), "unit")
    yield from _duplicates(
        ((("glossary", i, "id"), g.id) for i, g in enumerate(b.glossary)), "glossary id"
    )
    names: list[tuple[Path, str]] = [
        (("sectors", i, "code"), s.code.lower()) for i, s in enumerate(b.sectors)
    ]
    names += [
        (("sectors", i, "aliases", j), a.lower())
        for i, s in enumerate(b.sectors)
        for j, a in enumerate(s.aliases)
    ]
    yield from _duplicates(names, "sector code or alias")


def _sentences(b: Briefing) -> Iterator[Problem]:
    for i, sec in enumerate(b.sections):
        if sec.pillar is not None and b.pillar(sec.pillar) is None:
            at: Path = ("article", "sections", i, "pillar")
            yield Problem(at, f"no pillar {sec.pillar}", ("pillars", str(sec.pillar)))
        for j, para in enumerate(sec.paragraphs):
            for k, s in enumerate(para):
                path: Path = ("article", "sections", i, "paragraphs", j, "sentences", k, "zh")
                pieces = split_sentences(s.zh)
                last = k == len(para) - 1
                if len(pieces) > 1:
                    yield Problem(path, f"sentence {s.id} holds more than one sentence")
                elif not last and s.zh[-1] not in TERMINATORS + CLOSERS:
                    yield Problem(
                        path, f"sentence {s.id} does not end at 。!?; and is not the last"
                    )
    for i, p in enumerate(b.pillars):
        count = sum(1 for sec in b.sections if sec.pillar == p.id)
        if count != 1:
            message = f"pillar {p.id} has {count} article sections, not 1"
            yield Problem(("pillars", i, "id"), message, ("article", None))


_NUMBER_FIELDS = ("figure", "value", "unit", "comparator", "base_value", "base_unit")


def _soft(at: Path, t: Target) -> Iterator[Problem]:
    # A soft target has no number at all; half a number is a mistake, not a soft target.
    given = [f for f in _NUMBER_FIELDS if getattr(t, f) is not None]
    if given:
        yield Problem(
            (*at, given[0]),
            f"{t.id}: a target with value null has no {', '.join(given)} either (null)",
        )
    if t.range_high is not None:
        yield Problem((*at, "range_high"), f"{t.id}: a target with value null has no range")


def _indicator(at: Path, t: Target, known: frozenset[str] | None) -> Iterator[Problem]:
    if t.indicator is not None and known is not None and t.indicator not in known:
        from zzbrief.errors import closest

        guess = closest(t.indicator, known)
        also = f"; did you mean {guess!r}?" if guess else ""
        message = f"{t.id}: indicator {t.indicator!r} is not in data/library/indicators.yaml{also}"
        yield Problem((*at, "indicator"), message)


def _target(b: Briefing, i: int, t: Target, vocab: frozenset[str] | None) -> Iterator[Problem]:
    at: Path = ("targets", i)
    if t.pillar is not None and b.pillar(t.pillar) is None:
        yield Problem((*at, "pillar"), f"{t.id}: no pillar {t.pillar}", ("pillars", str(t.pillar)))
    if t.pillar is None and b.pillars:
        yield Problem((*at, "pillar"), f"{t.id}: a briefing with pillars files every target")
    codes = {s.code for s in b.sectors}
    for j, code in enumerate(t.sectors):
        if code not in codes:
            yield Problem(
                (*at, "sectors", j), f"{t.id}: unknown sector {code!r}", ("sectors", code)
            )
    yield from _indicator(at, t, vocab)
    if t.value is None:
        yield from _soft(at, t)
        yield from _mentions(b, at, t)
        return
    missing = [f for f in _NUMBER_FIELDS if getattr(t, f) is None]
    if missing or t.figure is None or t.unit is None or t.base_value is None:
        where = missing[0] if missing else "figure"
        yield Problem((*at, where), f"{t.id}: a target with a value needs {', '.join(missing)}")
        return
    if t.range_high is not None and not t.range_high > t.value:
        message = f"{t.id}: range_high {t.range_high:g} is not above value {t.value:g}"
        yield Problem((*at, "range_high"), message)
    value, unit = parse_figure(t.figure)
    if not math.isclose(value, t.value) or unit != t.unit:
        yield Problem(
            (*at, "figure"), f"{t.id}: figure {t.figure!r} is not value {t.value} + unit {t.unit!r}"
        )
    known = b.unit(t.unit)
    if known is None:
        yield Problem((*at, "unit"), f"{t.id}: unit {t.unit!r} is not in units", ("units", t.unit))
    else:
        if not math.isclose(t.value * known.factor, t.base_value, rel_tol=1e-9):
            want = t.value * known.factor
            yield Problem(
                (*at, "base_value"),
                f"{t.id}: base_value {t.base_value} ≠ {t.value} × {known.factor:g} = {want:g}",
            )
        if known.base_unit != t.base_unit:
            yield Problem(
                (*at, "base_unit"), f"{t.id}: base_unit {t.base_unit!r} ≠ {known.base_unit!r}"
            )
    if isinstance(t.horizon, int) and t.horizon < b.source.year:
        message = f"{t.id}: horizon {t.horizon} is before the plan year {b.source.year}"
        yield Problem((*at, "horizon"), message, ("source", "year"))
    yield from _mentions(b, at, t)


def _mentions(b: Briefing, at: Path, t: Target) -> Iterator[Problem]:
    in_pillar = unplaced = wrong_comparator = False
    for j, m in enumerate(t.mentions):
        mp: Path = (*at, "mentions", j)
        sentence = b.sentences.get(m.sentence)
        if sentence is None:
            unplaced = True  # where it sits is unknown: no "no mention in the pillar" too
            yield Problem(
                (*mp, "sentence"), f"{t.id}: no sentence {m.sentence!r}", ("article", m.sentence)
            )
            continue
        section = b.section(sentence.section)
        if section is not None and section.pillar is not None:
            if section.pillar != t.pillar:
                yield Problem(
                    (*mp, "sentence"),
                    f"{t.id}: quoted from pillar {section.pillar}'s section,"
                    f" but filed under pillar {t.pillar}",
                )
            in_pillar = True
        if m.quote not in sentence.zh:
            yield Problem((*mp, "quote"), f"{t.id}: quote is not verbatim in sentence {m.sentence}")
        elif t.figure is None or t.comparator is None:
            continue  # a soft target: its quote states no figure
        elif t.figure not in m.quote:
            yield Problem((*mp, "quote"), f"{t.id}: the figure {t.figure!r} is not in its quote")
        elif not wrong_comparator:  # once per target, however many mentions agree
            implied = expected_comparator(m.quote, t.figure)
            if implied != t.comparator and t.comparator == _list_comparator(m.quote, t.figure):
                implied = t.comparator
            if implied != t.comparator:
                wrong_comparator = True
                message = f"{t.id}: the wording implies {implied!r}, not {t.comparator!r}"
                yield Problem((*at, "comparator"), message)
    if t.pillar is None:
        return  # a briefing without pillars: nothing to sit in
    if not (in_pillar or unplaced) and "pillar" not in t.todo:  # a draft leaves it to a person
        message = f"{t.id}: no mention sits in pillar {t.pillar}'s section"
        yield Problem((*at, "mentions"), message, ("article", None))


def _outcome(b: Briefing, t: Target, at: Path, o: Outcome, baseline: bool) -> Iterator[Problem]:
    what = "baseline" if baseline else f"outcome {o.period}"
    if not (math.isfinite(o.value) and math.isfinite(o.base_value)):
        yield Problem(
            (*at, "value"), f"{t.id}: {what}: value and base_value must be finite numbers"
        )
        return
    if not o.source.url.strip() or not o.source.date.strip():
        yield Problem((*at, "source"), f"{t.id}: {what}: the source needs a URL and a date")
    value, unit = parse_figure(o.figure)
    if not math.isclose(value, o.value) or unit != o.unit:
        yield Problem(
            (*at, "figure"), f"{t.id}: {what}: figure {o.figure!r} is not {o.value} + {o.unit!r}"
        )
    known = b.unit(o.unit)
    if known is None:
        message = f"{t.id}: {what}: unit {o.unit!r} is not in units"
        yield Problem((*at, "unit"), message, ("units", o.unit))
    elif t.base_unit is not None and known.base_unit != t.base_unit and o.comparable:
        yield Problem(
            (*at, "unit"),
            f"{t.id}: {what}: unit {o.unit!r} counts {known.base_unit}, the target {t.base_unit}",
        )
    elif not math.isclose(o.value * known.factor, o.base_value, rel_tol=1e-9):
        yield Problem(
            (*at, "base_value"),
            f"{t.id}: {what}: base_value {o.base_value:g} ≠ {o.value:g} × {known.factor:g}",
        )
    if o.bound is not None and o.comparable:
        yield Problem(
            (*at, "comparable"),
            f"{t.id}: {what}: a figure stated as a bound ({o.bound}) needs comparable: false",
        )
    plan, year = b.source.year, ("source", "year")
    if baseline and o.year >= plan:
        yield Problem(
            (*at, "period"), f"{t.id}: a baseline comes before the plan year {plan}", year
        )
    if not baseline and o.year < plan:
        yield Problem((*at, "period"), f"{t.id}: {what} is before the plan year {plan}", year)


def _outcomes(b: Briefing, i: int, t: Target) -> Iterator[Problem]:
    if t.baseline is not None:
        yield from _outcome(b, t, ("targets", i, "baseline"), t.baseline, baseline=True)
    finals: dict[str, int] = {}
    for j, o in enumerate(t.outcomes):
        at: Path = ("targets", i, "outcomes", j)
        yield from _outcome(b, t, at, o, baseline=False)
        if o.final and o.full_year:
            if o.period in finals:
                yield Problem(
                    (*at, "final"),
                    f"{t.id}: two final figures for {o.period}"
                    f" (outcomes {finals[o.period]} and {j}); mark one preliminary",
                )
            finals.setdefault(o.period, j)


def _glossary(b: Briefing) -> Iterator[Problem]:
    for i, g in enumerate(b.glossary):
        forms = (g.term.zh, *g.aliases)
        for j, sid in enumerate(g.sentences):
            sentence = b.sentences.get(sid)
            if sentence is None:
                at = ("glossary", i, "sentences", j)
                yield Problem(at, f"{g.id}: no sentence {sid!r}", ("article", sid))
            elif not any(f in sentence.zh for f in forms):
                yield Problem(
                    ("glossary", i, "sentences", j), f"{g.id}: {sid} does not contain {g.term.zh!r}"
                )


def provenance(b: Briefing, indicators: frozenset[str] | None = None) -> list[Problem]:
    """Every provenance problem in a briefing that has passed the schema.

    ``indicators`` are the vocabulary's keys, which a target's ``indicator`` must be one of
    (None: not checked).
    """
    problems = [*_unique_ids(b), *_sentences(b), *_glossary(b)]
    for i, t in enumerate(b.targets):
        problems.extend(_target(b, i, t, indicators))
        problems.extend(_outcomes(b, i, t))
    return problems
