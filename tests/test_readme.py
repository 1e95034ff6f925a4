"""The README stays true to the code: its Python example runs, its JSON fields exist."""

from __future__ import annotations

import json
import re

import pytest

from conftest import REPO, run

README = (REPO / "README.md").read_text(encoding="utf-8")


def documented_fields(kind: str) -> set[str]:
    """The backticked names in the README's bullet for one JSON record kind."""
    match = re.search(rf"^- \*\*{kind}\*\*.*?(?=^- \*\*|^\n)", README, re.M | re.S)
    assert match, kind
    return set(re.findall(r"`([a-z_]+)`", match.group()))


def test_python_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    code = re.search(r"```python\n(.*?)```", README, re.S)
    assert code is not None
    exec(compile(code.group(1), "README.md", "exec"), {})
    assert "70万辆" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("kind", "args"),
    [("target", ["targets"]), ("pillar", ["pillars"]), ("sector", ["sectors"]),
     ("hit", ["search", "量子"]), ("sentence", ["article"]), ("glossary", ["glossary"])],
)  # fmt: skip
def test_every_json_field_is_documented(kind: str, args: list[str]) -> None:
    records = json.loads(run(*args, "--format", "json").stdout)
    keys = set().union(*(r.keys() for r in records))
    assert keys <= documented_fields(kind)


def test_the_two_set_up_commands_are_marked() -> None:
    for marker in ("install-command", "test-command"):
        block = re.search(rf"<!-- {marker} -->\n```sh\n(.+)\n```\n<!-- /{marker} -->", README)
        assert block is not None and block.group(1).startswith("python3 -m venv .venv")
