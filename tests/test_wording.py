"""The wording of every class of error: what went wrong, in plain words, with a suggestion.

Each test pins one class: a bad number, a file that is not a briefing, a did-you-mean,
the config file, root options after a command, the size limit, an empty draft, plurals.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer

from conftest import REPO, run
from zzbrief import cli
from zzbrief.cli import settings
from zzbrief.cli.commands import COMMANDS

#: The least each command needs to run (a required argument).
REQUIRED = {
    "search": ["量子"],
    "draft": [str(REPO / "data" / "source" / "000_db721301c3884bac.txt")],
}


@pytest.fixture
def group() -> Any:
    return typer.main.get_command(cli.app)


# --- numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "message"),
    [("abc", "--limit takes a whole number, got 'abc'"),
     ("2.5", "--limit takes a whole number, got '2.5'"),
     ("0", "--limit takes a whole number of 1 or more, got '0'")],
)  # fmt: skip
def test_a_bad_number_is_said_plainly(value: str, message: str) -> None:
    result = run("search", "量子", "--limit", value)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == f"zzbrief: {message}\nTry 'zzbrief search --help' for help.\n"


def test_every_integer_option_of_every_command_gets_the_plain_wording(group: Any) -> None:
    from typer._click.types import IntParamType

    from zzbrief.cli.options import WholeNumber

    ints = [
        (name, p)
        for name in COMMANDS
        for p in group.get_command(None, name).params
        if isinstance(p.type, IntParamType | WholeNumber)
    ]
    assert ints, "search --limit at least"
    assert all(isinstance(p.type, WholeNumber) for _, p in ints)


# --- root options after any command ------------------------------------------------------


def _root_cases(group: Any) -> Iterator[tuple[str, str, bool]]:
    for command in COMMANDS:
        own = set(group.own_options(command))
        for option, takes in group.root_options().items():
            yield command, option, takes and option not in own


def test_every_root_option_is_accepted_after_every_command(group: Any) -> None:
    root = group.root_options()
    assert {"--data", "-f", "--lang", "-l", "--color", "--no-pager", "--no-color"} <= set(root)
    for command, option, _ in _root_cases(group):
        args = [command, *REQUIRED.get(command, []), option]
        if root[option]:
            args.append("VALUE")
        hoisted = settings.hoist(args, root, group.own_options)
        if option in group.own_options(command):
            assert hoisted == args  # the command's own option (export -f) stays its own
        else:
            assert hoisted[: 1 + root[option]] == [option, "VALUE"][: 1 + root[option]]
            assert hoisted[1 + root[option]] == command


def test_a_root_option_added_later_is_accepted_after_any_command(
    group: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.core import TyperOption

    monkeypatch.setattr(
        group, "params", [*group.params, TyperOption(param_decls=["-b", "--briefing"])]
    )
    root = group.root_options()
    assert root["-b"] is True
    for command in COMMANDS:
        args = [command, "--briefing", "cn-2025"]
        assert settings.hoist(args, root, group.own_options)[:3] == [
            "--briefing",
            "cn-2025",
            command,
        ]
        assert settings.hoist([command, "-bcn-2025"], root, group.own_options)[0] == "-bcn-2025"


@pytest.mark.parametrize(
    "args",
    [["validate", "--lang", "en"], ["validate", "--data", "data", "--no-pager"],
     ["export", "--lang", "en", "--color", "never"], ["sectors", "--color=never"],
     ["draft", *REQUIRED["draft"], "--data", "data", "-f", "json"]],
)  # fmt: skip
def test_root_options_after_a_command_run(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    assert "No such option" not in result.stderr


# --- a file that is not a briefing -------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [("README.md", None,
      "README.md:5:27: not a briefing: not valid YAML: mapping values are not allowed"),
     ("list.yaml", "- 1\n- 2\n",
      "list.yaml: not a briefing: the top level must be a mapping of sections, and is a list"),
     ("words.yaml", "just words\n",
      "words.yaml: not a briefing: the top level must be a mapping of sections, and is text"),
     ("other.yaml", "name: x\nport: 8080\n",
      "other.yaml: not a briefing: it holds name, port, and none of a briefing's parts ("),
     ("empty.yaml", "", "empty.yaml: not a briefing: it is empty")],
)  # fmt: skip
def test_a_file_that_is_not_a_briefing_says_so(
    name: str, text: str | None, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO if text is None else tmp_path)
    if text is not None:
        (tmp_path / name).write_text(text, encoding="utf-8")
    loaded = run("--data", name, "targets")
    assert loaded.exit_code == 1 and loaded.stdout == ""
    assert loaded.stderr.startswith(f"zzbrief: {message}")
    assert loaded.stderr.count("\n") == 1  # one line: no "the briefing has 1 problem:" list
    checked = run("validate", name, "-f", "json")
    assert checked.exit_code == 1
    assert json.loads(checked.stdout)["problems"][0]["message"].startswith(message)


def test_a_broken_part_of_a_folder_is_a_broken_part(tmp_path: Path) -> None:
    for src in (REPO / "data").glob("*.yaml"):
        (tmp_path / src.name).write_bytes(src.read_bytes())
    (tmp_path / "sectors.yaml").write_text("sectors: [\n", encoding="utf-8")
    result = run("--data", str(tmp_path), "targets")
    assert result.exit_code == 1
    assert f"{tmp_path / 'sectors.yaml'}:2:1: not valid YAML: " in result.stderr
    assert "not a briefing" not in result.stderr


# --- did you mean --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "needle"),
    [(["targets", "gdp"], "unknown target 'gdp'. Did you mean 'gdp-growth'?"),
     (["targets", "ev-outptu"], "Did you mean 'ev-output'?"),
     (["targets", "ev"], "Did you mean 'ev-cluster' or 'ev-output'?"),
     (["targets", "--sector", "elec"], "Did you mean 'electronics'"),
     (["targets", "--sector", "evv"], "Did you mean 'ev'?"),
     (["pillars", "innovaton"], "Did you mean 'innovation'?"),
     (["pillars", "productivty"], "Did you mean 'productivity'?"),
     (["targ"], "No such command 'targ'. Did you mean 'targets'?"),
     (["score"], "Did you mean 'scorecard'?"),
     (["targets", "-f", "jso"], "Did you mean 'json' or 'jsonl'?"),
     (["glossary", "四高"], None),  # found as part of a name: no error at all
     (["glossary", "quantm-city"], "Did you mean 'quantum city'?"),
     (["export", "-f", "yml"], "Did you mean 'yaml'?"),
     (["targets", "--lan", "en"], "unknown option '--lan'. Did you mean '--lang'?"),
     (["targets", "--dta", "x"], "unknown option '--dta'. Did you mean '--data'?"),
     (["--verison"], "unknown option '--verison'. Did you mean '--version'?")],
)  # fmt: skip
def test_did_you_mean_offers_prefixes_substrings_and_spellings(
    args: list[str], needle: str | None
) -> None:
    result = run(*args)
    if needle is None:
        assert result.exit_code == 0, result.stderr
        return
    assert result.exit_code in (1, 2) and result.stdout == ""
    assert result.stderr.startswith("zzbrief: ") and needle in result.stderr, result.stderr


def test_suggestions_rank_prefix_then_substring_then_spelling() -> None:
    from zzbrief.errors import did_you_mean, suggestions

    names = ["gdp-growth", "ev-output", "electronics-output", "ev-cluster", "rd-intensity"]
    assert suggestions("gdp", names) == ["gdp-growth"]
    assert suggestions("output", names) == ["ev-output", "electronics-output"]
    assert suggestions("EV", names) == ["ev-output", "ev-cluster"]
    assert suggestions("ｇｄｐ", names) == ["gdp-growth"]  # full-width, as a phone types it
    assert suggestions("rd-intensty", names) == ["rd-intensity"]
    assert suggestions("zzz", names) == [] and did_you_mean("zzz", names) is None
    assert suggestions("GDP", ["DEPA", "RCEP"]) == []  # two letters of three: chance, not a hint
    assert suggestions("e", names) == [
        "ev-output",
        "electronics-output",
        "ev-cluster",
    ]  # prefix only


# --- the config file -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [("[defaults]\ncolour = never\n",
      "ignoring 'colour' in the config file {path}, line 2: unknown setting."
      " Did you mean 'color'? Settings: lang, format, color, pager, briefing"),
     ("[defaults]\nlang = en\nformat = jsonn\n",
      "ignoring format = jsonn in the config file {path}, line 3: not a valid format."
      " Did you mean 'json'? Accepted: table, plain, json, jsonl, csv, excel, yaml, md"),
     ("[defaults]\nlang = english\n",
      "ignoring lang = english in the config file {path}, line 2: not a valid lang."
      " Did you mean 'en'? Accepted: zh, en, both"),
     ("[default]\nlang = en\n",
      "ignoring [default] in the config file {path}, line 1: unknown section."
      " Did you mean 'defaults'?"),
     ("lang = en\n",
      "ignoring the config file {path}, line 1: a setting outside any section;"
      " start the file with [defaults]"),
     ("[defaults]\nlang\n",
      "ignoring the config file {path}, line 2: not a 'key = value' line: 'lang'"),
     ("[defaults]\nlang = en\nlang = zh\n",
      "ignoring the config file {path}, line 3: lang is set twice in [defaults]"),
     ("[defaults]\n[defaults]\n",
      "ignoring the config file {path}, line 2: [defaults] appears twice"),
     (b"\xff\xfe", "ignoring the config file {path}: not UTF-8 text")],
)  # fmt: skip
def test_config_file_problems_are_reported_in_our_words(
    text: str | bytes, message: str, tmp_path: Path
) -> None:
    config = tmp_path / "config"
    if isinstance(text, bytes):
        config.write_bytes(text)
    else:
        config.write_text(text, encoding="utf-8")
    settings.reset()
    result = run("sectors", "-f", "json", env={"ZZBRIEF_CONFIG": str(config)})
    assert result.exit_code == 0
    assert json.loads(result.stdout)  # ignored: the command still runs
    assert result.stderr == f"zzbrief: {message.format(path=config)}\n"
    assert "configparser" not in result.stderr and "<string>" not in result.stderr


def test_a_good_setting_beside_a_bad_one_still_applies(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.write_text("[defaults]\nlang = EN\ncolour = never\n", encoding="utf-8")
    settings.reset()
    result = run("sectors", env={"ZZBRIEF_CONFIG": str(config)})
    assert "New-energy vehicles" in result.stdout and "'colour'" in result.stderr


# --- the size limit --------------------------------------------------------------------------


def test_the_size_limit_names_the_folder_total(tmp_path: Path) -> None:
    from zzbrief.briefing.load import MAX_BYTES

    chunk = b"# " + b"x" * (1024 * 1024) + b"\n"
    for i in range(5):
        (tmp_path / f"part{i}.yaml").write_bytes(chunk)
    total = 5 * len(chunk)
    result = run("--data", str(tmp_path), "targets")
    assert result.exit_code == 1
    assert result.stderr == (
        f"zzbrief: {tmp_path}: its 5 YAML files hold {total:,} bytes together, more than the"
        f" {MAX_BYTES:,}-byte limit for a briefing\n"
    )


def test_the_size_limit_of_one_file_names_that_file(tmp_path: Path) -> None:
    from zzbrief.briefing.load import MAX_BYTES

    path = tmp_path / "big.yaml"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 10)
    result = run("--data", str(path), "targets")
    assert result.stderr == (
        f"zzbrief: {path}: {MAX_BYTES + 10:,} bytes is larger than the {MAX_BYTES:,}-byte"
        " limit for a briefing\n"
    )


# --- no targets ------------------------------------------------------------------------------


@pytest.fixture
def empty_draft(tmp_path: Path) -> Path:
    text = tmp_path / "plan.txt"
    text.write_text(
        "郑州市政府工作报告\n\n去年全市地区生产总值增长5.7%。今年要努力工作。\n", encoding="utf-8"
    )
    folder = tmp_path / "draft"
    assert run("draft", str(text), "-o", str(folder)).exit_code == 0
    return folder


@pytest.mark.parametrize("command", ["targets", "scorecard"])
def test_a_draft_without_targets_says_so_not_that_filters_failed(
    command: str, empty_draft: Path
) -> None:
    result = run("--data", str(empty_draft), command, "-f", "json")
    assert result.exit_code == 0 and result.stdout == "[]\n"
    assert (
        result.stderr
        == "zzbrief: this draft has no targets: its text states no figure as a target\n"
    )


def test_filters_that_match_nothing_are_named() -> None:
    result = run("targets", "--sector", "ev", "--pillar", "1")
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == "zzbrief: no targets match --sector ev --pillar 1\n"


# --- plurals ---------------------------------------------------------------------------------


def test_counts_take_the_right_number(empty_draft: Path) -> None:
    from zzbrief.errors import plural

    assert [plural(n, "pillar") for n in (0, 1, 2)] == ["0 pillars", "1 pillar", "2 pillars"]
    assert plural(1, "glossary entry", "glossary entries") == "1 glossary entry"
    summary = run("validate", str(empty_draft), "-f", "json")
    assert "1 pillar," in json.loads(summary.stdout)["summary"]
    assert "0 targets" in json.loads(summary.stdout)["summary"]
    assert "1 pillars" not in summary.stdout


def test_no_count_phrase_in_the_source_is_left_to_an_s() -> None:
    # Every English count phrase goes through errors.plural: an f-string that writes a
    # number before a plural noun ("{n} pillars") is the bug this pins.
    import re

    verbs = r"(?!(is|was|has|does)\b)"
    pattern = re.compile(rf"\{{(len\([^)]*\)|[a-z_]*count[a-z_]*|n)\}}\s+{verbs}[a-z]+s\b")
    found = [
        f"{path.relative_to(REPO)}:{n}: {line.strip()}"
        for path in (REPO / "src" / "zzbrief").rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert found == []


def test_an_option_without_its_value_points_to_the_command_help() -> None:
    result = run("search", "--limit")
    assert result.exit_code == 2
    assert result.stderr == (
        "zzbrief: Option '--limit' requires an argument.\nTry 'zzbrief search --help' for help.\n"
    )
