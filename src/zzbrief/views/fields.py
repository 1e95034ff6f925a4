"""The JSON/YAML records of each kind, with field names documented in the README.

These names are a public interface: add fields freely, never rename or remove one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from zzbrief.briefing.model import (
    Briefing,
    GlossaryEntry,
    Outcome,
    Pillar,
    Sector,
    Sentence,
    Target,
)
from zzbrief.briefing.verdicts import Verdict, judge

if TYPE_CHECKING:
    from zzbrief.search.engine import Hit


def outcome(o: Outcome) -> dict[str, Any]:
    """A published figure (outcome or baseline) as JSON, with its source."""
    s = o.source
    return {
        "period": o.period,
        "full_year": o.full_year,
        "figure": o.figure,
        "value": o.value,
        "unit": o.unit,
        "base_value": o.base_value,
        "final": o.final,
        "comparable": o.comparable,
        "bound": o.bound,
        "quote": o.quote,
        "source": {
            "url": s.url,
            "publisher": s.publisher,
            "title": s.title,
            "date": s.date,
            "kind": s.kind,  # as the data states it (null: derived), so it loads back the same
        },
        "source_kind": s.origin,
        "note_zh": o.note.zh if o.note else "",
        "note_en": o.note.en if o.note else "",
    }


def target(t: Target, year: int, verdict: Verdict | None = None) -> dict[str, Any]:
    """A target as JSON, with its outcomes and the verdict on them for a plan of ``year``
    (``verdict``, when the caller has already judged it)."""
    v = verdict or judge(t, year)
    return {
        "id": t.id,
        "pillar": t.pillar,
        "sectors": list(t.sectors),
        "metric_zh": t.metric.zh,
        "metric_en": t.metric.en,
        "indicator": t.indicator,
        "figure": t.figure,
        "value": t.value,
        "unit": t.unit,
        "comparator": t.comparator,
        "range_high": t.range_high,
        "horizon": t.due(year),
        "aspiration": t.aspiration,
        "base_value": t.base_value,
        "base_unit": t.base_unit,
        "kind": t.kind,
        "mentions": [{"sentence": m.sentence, "quote": m.quote} for m in t.mentions],
        "baseline": outcome(t.baseline) if t.baseline else None,
        "outcomes": [outcome(o) for o in t.outcomes],
        "outcome_note_zh": t.outcome_note.zh if t.outcome_note else "",
        "outcome_note_en": t.outcome_note.en if t.outcome_note else "",
        "verdict": v.verdict,
        "verdict_outcome": t.outcomes.index(v.outcome) if v.outcome else None,
        "gap": v.gap,
        "gap_unit": v.gap_unit,
        "share": v.share,
    }


def pillar(p: Pillar, target_count: int) -> dict[str, Any]:
    """A pillar as JSON."""
    return {
        "id": p.id,
        "slug": p.slug,
        "heading": p.heading,
        "title_en": p.title_en,
        "summary_zh": p.summary.zh,
        "summary_en": p.summary.en,
        "initiatives": [{"zh": i.zh, "en": i.en} for i in p.initiatives],
        "target_count": target_count,
    }


def sector(s: Sector, target_count: int) -> dict[str, Any]:
    """A sector as JSON."""
    return {
        "code": s.code,
        "zh": s.name.zh,
        "en": s.name.en,
        "aliases": list(s.aliases),
        "target_count": target_count,
    }


def sentence(s: Sentence) -> dict[str, Any]:
    """A sentence of the restored article as JSON."""
    return {"id": s.id, "section": s.section, "zh": s.zh, "en": s.en}


def glossary(g: GlossaryEntry) -> dict[str, Any]:
    """A glossary entry as JSON."""
    return {
        "id": g.id,
        "zh": g.term.zh,
        "en": g.term.en,
        "explain_zh": g.explain.zh,
        "explain_en": g.explain.en,
        "background": g.background,
        "aliases": list(g.aliases),
        "sentences": list(g.sentences),
    }


def hit(h: Hit) -> dict[str, Any]:
    """A search hit as JSON; match offsets are [start, end) in characters."""
    return {
        "kind": h.kind,
        "id": h.id,
        "section": h.section,
        "rank": h.rank,
        "zh": h.zh,
        "en": h.en,
        "zh_matches": [list(s) for s in h.zh_spans],
        "en_matches": [list(s) for s in h.en_spans],
        "glossary": list(h.glossary),
        "via": h.via,
        "passage": h.passage,
    }


def source(b: Briefing) -> dict[str, Any]:
    """The source metadata as JSON."""
    s = b.source
    text = s.text
    return {
        "title": s.title,
        "title_en": s.title_en,
        "outlet_zh": s.outlet.zh if s.outlet else "",
        "outlet_en": s.outlet.en if s.outlet else "",
        "reporters": [r.zh for r in s.reporters],
        "speaker_zh": s.speaker.zh,
        "speaker_en": s.speaker.en,
        "role_zh": s.role.zh if s.role else "",
        "role_en": s.role.en if s.role else "",
        "occasion_zh": s.occasion.zh if s.occasion else "",
        "occasion_en": s.occasion.en if s.occasion else "",
        "date": s.date,
        "file": s.file,
        "place": {"zh": s.place.zh, "en": s.place.en},
        "level": s.level,
        "year": s.year,
        "delivered": s.delivered,
        "url": s.url,
        "text": text
        and {"repo": text.repo, "path": text.path, "commit": text.commit, "sha256": text.sha256},
    }
