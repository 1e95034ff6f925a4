"""The bundled data: every figure backed verbatim by the restored article."""

from __future__ import annotations

import math
import re
from pathlib import Path

import yaml

from conftest import REPO
from zzbrief.briefing.checks import TERMINATORS, parse_figure, provenance, split_sentences
from zzbrief.briefing.model import Briefing

# A figure in the article: Arabic digits with the unit that follows, or a scale word.
FIGURE = re.compile(
    r"\d+(?:\.\d+)?(?:亿元|万辆|万名|名|个|家|项|%|公里|万平方米|万套\(间\)|套)|[万百]亿级"
)
REQUIRED_SECTORS = {
    "economy", "investment", "industry", "electronics", "ev", "future", "innovation",
    "talent", "opening", "consumption", "urban", "housing", "utilities",
}  # fmt: skip


def test_sizes(briefing: Briefing) -> None:
    assert len(briefing.pillars) == 5
    assert [p.id for p in briefing.pillars] == [1, 2, 3, 4, 5]
    assert len(briefing.targets) == 32
    assert len(briefing.sentences) == 54
    assert [s.id for s in briefing.sections] == [
        "lead", "p1", "p2", "p3", "p4", "p5", "closing", "credits",
    ]  # fmt: skip


def test_no_provenance_problems(briefing: Briefing) -> None:
    assert provenance(briefing) == []


def test_every_quote_is_verbatim_in_the_restored_article(briefing: Briefing) -> None:
    article = "".join(s.zh for s in briefing.sentences.values())
    for t in briefing.targets:
        for m in t.mentions:
            assert m.quote in briefing.sentences[m.sentence].zh, (t.id, m.sentence)
            assert m.quote in article


def test_every_printed_number_is_in_its_quote(briefing: Briefing) -> None:
    for t in briefing.targets:
        value, unit = parse_figure(t.figure)
        assert math.isclose(value, t.value) and unit == t.unit, t.id
        digits = re.sub(r"\.0$", "", f"{t.value:g}")
        for m in t.mentions:
            assert t.figure in m.quote, t.id
            if t.figure[0].isdigit():
                assert digits in m.quote, t.id


def test_base_value_is_value_times_unit_factor(briefing: Briefing) -> None:
    for t in briefing.targets:
        unit = briefing.unit(t.unit)
        assert unit is not None, t.id
        assert math.isclose(t.base_value, t.value * unit.factor), t.id
        assert t.base_unit == unit.base_unit, t.id


def test_examples_from_the_issue(briefing: Briefing) -> None:
    by_id = {t.id: t for t in briefing.targets}
    assert by_id["signed-projects"].base_value == 8e11
    assert by_id["signed-projects"].base_unit == "yuan"
    assert by_id["ev-output"].base_value == 700_000
    assert by_id["ev-output"].base_unit == "vehicles"


def test_ids_are_unique(briefing: Briefing) -> None:
    for ids in (
        [t.id for t in briefing.targets],
        list(briefing.sentences),
        [s.code for s in briefing.sectors],
        [p.slug for p in briefing.pillars],
    ):
        assert len(ids) == len(set(ids))
    sentence_ids = [s.id for sec in briefing.sections for s in sec.sentences]
    assert len(sentence_ids) == len(set(sentence_ids))


def test_every_sector_code_used_is_defined(briefing: Briefing) -> None:
    codes = {s.code for s in briefing.sectors}
    assert codes >= REQUIRED_SECTORS
    for t in briefing.targets:
        assert set(t.sectors) <= codes, t.id


def test_every_target_pillar_matches_its_section(briefing: Briefing) -> None:
    for t in briefing.targets:
        sections = [briefing.sentences[m.sentence].section for m in t.mentions]
        pillar_sections = [s for s in sections if s.startswith("p")]
        assert pillar_sections == [f"p{t.pillar}"], t.id
        assert set(sections) - {f"p{t.pillar}"} <= {"lead"}, t.id


def test_every_figure_in_the_article_is_a_target(briefing: Briefing) -> None:
    # Completeness: no number in the article is left out of the targets.
    claimed = {(m.sentence, t.figure) for t in briefing.targets for m in t.mentions}
    for sid, sentence in briefing.sentences.items():
        for figure in FIGURE.findall(sentence.zh):
            assert (sid, figure) in claimed, (sid, figure)


def test_figures_stated_twice_are_one_target(briefing: Briefing) -> None:
    repeated = {t.id for t in briefing.targets if len(t.mentions) > 1}
    assert repeated == {
        "signed-projects",
        "doctoral-talent",
        "graduates-retained",
        "electronics-output",
    }


def test_sentences_end_where_the_rule_says(briefing: Briefing) -> None:
    for section in briefing.sections:
        for para in section.paragraphs:
            assert split_sentences("".join(s.zh for s in para)) == [s.zh for s in para]
            for s in para[:-1]:
                assert s.zh.rstrip("”’」』)")[-1] in TERMINATORS, s.id


def test_comparators_follow_the_wording(briefing: Briefing) -> None:
    by_id = {t.id: t for t in briefing.targets}
    assert by_id["signed-projects"].comparator == ">"  # 突破
    assert by_id["ev-output"].comparator == ">"  # 超
    assert by_id["tech-firms-registered"].comparator == "≥"  # 以上
    assert by_id["innovation-platforms"].comparator == "="  # 省级以上 is not about the number
    assert by_id["doctoral-talent"].comparator == "="  # 博士及以上 is not about the number
    assert by_id["signed-projects"].aspiration  # 力争
    assert not by_id["high-tech-firms"].aspiration


def test_pillar_summaries_only_use_figures_of_their_targets(briefing: Briefing) -> None:
    for p in briefing.pillars:
        figures = {f"{t.value:g}" for t in briefing.targets if t.pillar == p.id}
        for number in re.findall(r"\d+(?:\.\d+)?", p.summary.zh):
            assert number in figures, (p.id, number)


def test_the_data_files_are_human_editable_yaml() -> None:
    for path in sorted((REPO / "data").glob("*.yaml")):
        text = Path(path).read_text(encoding="utf-8")
        assert text.startswith("#"), f"{path.name} should open with a comment saying what it holds"
        assert isinstance(yaml.safe_load(text), dict)


def test_figures_quoted_in_our_own_prose_match_the_targets(briefing: Briefing) -> None:
    # Summaries and explanations drawn from the article may repeat a target's figure, never
    # alter it. (Background entries state outside facts, such as RCEP's 15 members.)
    figures = {t.figure for t in briefing.targets}
    prose = [p.summary.zh for p in briefing.pillars] + [p.summary.en for p in briefing.pillars]
    own = [g for g in briefing.glossary if not g.background]
    prose += [g.explain.zh for g in own] + [g.explain.en for g in own]
    found = [f for text in prose for f in FIGURE.findall(text)]
    assert found, "the check must see some figures to mean anything"
    assert set(found) <= figures
