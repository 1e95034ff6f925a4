"""Two details of the library build that validate holds it to (scripts/build_library.py).

- base values: a product that is not a whole number (9.7万亩 in square metres) is kept as it
  is, since validate compares base_value with rel_tol 1e-9;
- the plan section: a sentence narrowed at ， ends without 。, which validate allows only as
  the last of its paragraph.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from build_library import _plan_section
from libbuild.units import base, unit_info


def test_a_base_value_is_rounded_only_when_it_is_whole_to_validates_precision() -> None:
    factor, _ = unit_info("万亩")
    got = base(9.7, "万亩")
    assert math.isclose(got, 9.7 * factor, rel_tol=1e-9)
    assert got != round(got)
    assert base(1.2, "万个") == 12000 and isinstance(base(1.2, "万个"), int)


def test_a_narrowed_sentence_closes_its_paragraph() -> None:
    plan = [
        ("plan.1", "新增市场主体10万户以上。"),
        ("plan.2", "创建智能终端国家先进制造业集群，产业规模突破9000亿元"),
        ("plan.3", "新建绿地面积160万平方米。"),
        ("plan.4", "推进乡村振兴。"),
    ]
    (section,) = _plan_section(plan)
    runs = [[s["id"] for s in p["sentences"]] for p in section["paragraphs"]]
    assert runs == [["plan.1", "plan.2"], ["plan.3", "plan.4"]]
    assert _plan_section([]) == []
