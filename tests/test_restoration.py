"""The restored article uses every fragment of the damaged source exactly once."""

from __future__ import annotations

import re
from collections import Counter

from conftest import SEED, run
from zzbrief.briefing.model import Briefing


def source_fragments() -> Counter[str]:
    """The source file's non-empty lines, without their Markdown heading marks."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    return Counter(re.sub(r"^#+ ", "", line).strip() for line in lines if line.strip())


def restored_texts(b: Briefing) -> list[str]:
    """Title, headings and every paragraph of the restored article, as continuous text."""
    texts = [b.source.title, *(p.heading for p in b.pillars)]
    for section in b.sections:
        texts.extend("".join(s.zh for s in para) for para in section.paragraphs)
    return texts


def test_every_fragment_is_used_exactly_once(briefing: Briefing) -> None:
    pool = source_fragments()
    for text in restored_texts(briefing):
        rest = text
        while rest:
            starts = [f for f, n in pool.items() if n and rest.startswith(f)]
            assert starts, f"restored text has characters from no fragment: {rest[:30]!r}"
            fragment = max(starts, key=len)
            pool[fragment] -= 1
            rest = rest[len(fragment) :]
    assert +pool == Counter(), f"fragments never used: {list((+pool).elements())}"


def test_nothing_added_or_dropped(briefing: Briefing) -> None:
    # Character counts, joins aside: the restored text is a permutation of the fragments.
    source = "".join(source_fragments().elements())
    restored = "".join(restored_texts(briefing))
    assert Counter(source) == Counter(restored)
    assert len(source) == len(restored)


def test_pillar_sections_are_joined_from_cut_fragments(briefing: Briefing) -> None:
    # Each pillar's text crosses at least two cuts: it is longer than any single fragment.
    longest = max(len(f) for f in source_fragments())
    for section in briefing.sections:
        if section.pillar is not None:
            assert len("".join(s.zh for s in section.sentences)) > longest


def test_search_finds_phrases_that_span_a_cut() -> None:
    cases = {
        "生产总值增长7%": "p1.2",  # cut after 增
        "新能源电池工厂": "p1.4",  # cut after 工
        "健康消费": "p1.5",  # cut after 消
        "中国邮政航空第二基地": "p4.3",  # cut after 航
        "“一体化一张网”改革": "p5.8",  # cut after 一体化
    }
    for phrase, sentence_id in cases.items():
        result = run("search", phrase, "--format", "plain")
        assert result.exit_code == 0, (phrase, result.stderr)
        ids = [line.split("\t")[1] for line in result.stdout.splitlines()]
        assert ids[0] == sentence_id, (phrase, ids)
