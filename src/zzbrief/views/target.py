"""``zzbrief targets ID``: one target in full, from its figure to its sources."""

from __future__ import annotations

from zzbrief.briefing.model import LONG_RANGE, Briefing, Lang, Outcome, Target
from zzbrief.briefing.verdicts import Verdict, judge
from zzbrief.render.doc import Column, Heading, Marked, Para, Table, Toned, View
from zzbrief.search.documents import glossary_refs
from zzbrief.views import fields
from zzbrief.views.amounts import with_comparator
from zzbrief.views.labels import label
from zzbrief.views.progress import gap_words
from zzbrief.views.scorecard import figure_cell, verdict_cell

# What each comparator means, for a reader who does not know the Chinese wording.
_MEANING = {
    "=": ("按原文数字", "the figure as stated"),
    ">": ("超过（突破/超）", "more than (突破/超: break through, exceed)"),
    "≥": ("不少于（以上/级）", "at least (以上, or a 级 scale)"),
    "≈": ("左右", "about (左右)"),
    "≤": ("不超过（以内）", "at most (以内)"),
    "<": ("低于", "less than"),
}


def _horizon(t: Target, year: int, lang: Lang) -> str:
    # When it is due: a scorecard judges it only on figures for that year.
    due = t.due(year)
    if due == LONG_RANGE:
        return {"zh": "长期目标（未定年份）", "en": "long-range (no year set)",
                "both": "长期目标（未定年份）\nlong-range (no year set)"}[lang]  # fmt: skip
    return str(due)


def _facts(b: Briefing, t: Target, lang: Lang) -> Table:
    cmp = t.comparator or ""
    zh_meaning, en_meaning = _MEANING.get(cmp, (cmp, cmp))
    meaning = zh_meaning if lang == "zh" else en_meaning
    pillar = b.pillar(t.pillar) if t.pillar is not None else None
    sectors = ", ".join(f"{s.code} ({s.name.pick(lang)})" for s in b.sectors if s.code in t.sectors)
    if t.aspiration:
        aspiration = "是（力争/争取）" if lang == "zh" else "yes: 力争/争取, strive for"
    else:
        aspiration = "否" if lang == "zh" else "no"
    rows = (
        (label("metric", lang), f"{t.metric.zh}\n{t.metric.en}"),
        (label("value", lang), with_comparator(t, "both")),
        (
            label("base_value", lang),
            "" if t.base_value is None else f"{t.base_value:,.15g} {t.base_unit}",
        ),
        (label("comparator", lang), f"{cmp}  {meaning}".strip()),
        (label("horizon", lang), _horizon(t, b.source.year, lang)),
        (label("aspiration", lang), aspiration),
        (label("sectors", lang), sectors),
        (
            label("pillar", lang),
            f"{t.pillar} {pillar.title.pick(lang)}" if pillar else str(t.pillar or ""),
        ),
    )
    columns = (Column(label("field", lang), nowrap=True), Column(label("detail", lang), ratio=1))
    return Table(columns, rows)


def _mention_blocks(
    b: Briefing, t: Target, named: list[str], lang: Lang
) -> list[Heading | Para | Table]:
    blocks: list[Heading | Para | Table] = [Heading(label("mentions", lang))]
    for m in t.mentions:
        sentence = b.sentences.get(m.sentence)
        if sentence is None:
            continue
        at = sentence.zh.find(m.quote)
        spans = ((at, at + len(m.quote)),) if at >= 0 else ()
        blocks.append(Para(f"{m.sentence} · {label('quote', lang)}: “{m.quote}”", dim=True))
        blocks.append(Para(Marked(sentence.zh, spans)))
        if sentence.en and lang != "zh":
            blocks.append(Para(sentence.en, dim=True))
    entries = [g for g in b.glossary if g.id in named]
    if entries:
        rows = tuple((g.id, g.term.pick(lang)) for g in entries)
        columns = (Column(label("id", lang), nowrap=True), Column(label("term", lang), ratio=1))
        blocks.append(Table(columns, rows, title=label("glossary", lang)))
    return blocks


def _outcome_paras(o: Outcome, t: Target, lang: Lang, what: str) -> list[Para]:
    # A card per figure: the figure, then its source and address on lines of their own, so
    # an address is never cut by a table cell and can be copied whole.
    # Indented as paragraphs, not with leading spaces, so a wrapped line keeps the indent.
    s = o.source
    kind = label(s.origin, lang).replace("\n", " / ")
    paras = [
        Para(
            f"{what.replace(chr(10), ' / ')} · {figure_cell(o, t, lang).replace(chr(10), ' ')}",
            hang=2,
        ),
        Para(f"{s.publisher} · {s.title} · {s.date} · {kind}", dim=True, indent=2),
        Para(s.url, dim=True, indent=2),
    ]
    if o.note:
        paras.append(Para(o.note.zh if lang == "zh" else o.note.en, dim=True, indent=2))
    return paras


def _outcome_blocks(t: Target, v: Verdict, lang: Lang) -> list[Heading | Para | Table]:
    blocks: list[Heading | Para | Table] = [Heading(label("delivery", lang))]
    verdict = verdict_cell(v, lang)
    gap = gap_words(
        t, v, lang, alone=True
    )  # -1.3 pt, 8% under, 89%: as the scorecard's bar says it
    text = verdict.text.replace("\n", " / ") + (f" · {gap}" if gap else "")
    blocks.append(Para(Toned(text, verdict.tone), hang=2))
    if t.baseline:
        blocks.extend(_outcome_paras(t.baseline, t, lang, label("baseline", lang)))
    for o in t.outcomes:
        blocks.extend(_outcome_paras(o, t, lang, label("outcome", lang)))
    if t.outcome_note:
        blocks.append(Para(t.outcome_note.pick(lang), dim=True))
    return blocks


def target_view(b: Briefing, t: Target, lang: Lang) -> View:
    """Everything about one target: figure, wording, sentences, glossary and outcomes."""
    blocks: list[Heading | Para | Table] = [Heading(f"{t.id} · {t.metric.pick(lang)}")]
    blocks.append(_facts(b, t, lang))
    refs = glossary_refs(b)
    named = list(dict.fromkeys(g for m in t.mentions for g in refs.get(m.sentence, ())))
    verdict = judge(t, b.source.year)
    blocks.extend(_mention_blocks(b, t, named, lang))
    blocks.extend(_outcome_blocks(t, verdict, lang))
    data = fields.target(t, b.source.year, verdict) | {
        "sentences": [fields.sentence(b.sentences[m.sentence]) for m in t.mentions
                      if m.sentence in b.sentences],
        "glossary": named,
    }  # fmt: skip
    return View(tuple(blocks), data)
