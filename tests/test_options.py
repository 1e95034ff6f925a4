"""Options are never dropped silently; names users see resolve; errors share one style;
sticky preferences, colour choices, the pager and completion."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from conftest import run
from zzbrief import cli
from zzbrief.cli import settings
from zzbrief.render.env import colour_choice
from zzbrief.render.pager import pager_command


def _ids(*args: str) -> list[str]:
    return [t["id"] for t in json.loads(run(*args, "-f", "json").stdout)]


def test_repeated_sector_and_pillar_take_the_union() -> None:
    ev, talent = _ids("targets", "-s", "ev"), _ids("targets", "-s", "talent")
    both = _ids("targets", "-s", "ev", "-s", "talent")
    assert set(both) == set(ev) | set(talent) and len(both) == len(set(both))
    p1, p5 = _ids("targets", "-p", "1"), _ids("targets", "-p", "5")
    assert set(_ids("targets", "-p", "1", "-p", "5")) == set(p1) | set(p5)
    # Different options narrow each other.
    assert _ids("targets", "-s", "ev", "-s", "talent", "-p", "2") == [
        i for i in talent if i in _ids("targets", "-p", "2")]  # fmt: skip
    assert run("targets", "-s", "ev", "-s", "nope").exit_code == 2  # a bad one is not dropped


def test_article_takes_several_pillars() -> None:
    sections = {
        s["section"] for s in json.loads(run("article", "-p", "3", "-p", "4", "-f", "json").stdout)
    }
    assert sections == {"p3", "p4"}


def test_root_format_reaches_export() -> None:
    out = run("-f", "json", "export").stdout
    assert json.loads(out)["schema_version"] == 1
    bad = run("-f", "csv", "export")
    assert bad.exit_code == 2 and "export format" in bad.stderr


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_show_completion_prints_the_shell_asked_for(shell: str) -> None:
    out = run("--show-completion", shell).stdout
    marker = {"bash": "COMPREPLY", "zsh": "#compdef zzbrief", "fish": "complete --command"}[shell]
    assert marker in out
    assert run("--show-completion", "tcsh").exit_code == 2


@pytest.mark.parametrize(
    "args",
    [["targets", "--data", "data", "-s", "ev"], ["targets", "-s", "ev", "--data=data"],
     ["--data", "data", "targets", "-s", "ev"]],
)  # fmt: skip
def test_data_is_accepted_after_the_command_too(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 3


def test_hoisting_leaves_words_after_a_double_dash_alone() -> None:
    group = typer.main.get_command(cli.app)
    root, own = group.root_options(), group.own_options  # type: ignore[attr-defined]
    assert settings.hoist(["search", "--", "--data"], root, own) == ["search", "--", "--data"]
    assert settings.hoist(["targets", "--data", "x", "-s", "ev"], root, own) == [
        "--data", "x", "targets", "-s", "ev"]  # fmt: skip


@pytest.mark.parametrize(
    "key",
    ["以更大力度发展新质生产力", "新质生产力", "new quality", "３", "Productivity",
     "Develop new quality productive forces"],
)  # fmt: skip
def test_pillars_by_the_names_users_see(key: str) -> None:
    result = run("pillars", key, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["id"] == 3


def test_an_ambiguous_or_unknown_pillar_is_a_usage_error_with_help() -> None:
    ambiguous = run("pillars", "以更")
    assert ambiguous.exit_code == 2 and "could be any of" in ambiguous.stderr
    unknown = run("pillars", "productivty")
    assert unknown.exit_code == 2 and "Did you mean 'productivity'?" in unknown.stderr


def test_the_pillars_table_shows_the_slugs() -> None:
    out = run("pillars", "-f", "table", env={"COLUMNS": "120"}).stdout
    assert all(slug in out for slug in ("national-team", "productivity", "governance"))


def test_one_target_in_full() -> None:
    result = run("targets", "ev-output", "-l", "both")
    assert result.exit_code == 0
    out = result.stdout
    for piece in ("新能源汽车产量", "New-energy vehicle output", "700,000 vehicles", "力争",
                  "p3.4", "nev-city", "62.6万辆", "rongxingtoys.com"):  # fmt: skip
        assert piece in out, piece
    data = json.loads(run("targets", "ev-output", "-f", "json").stdout)
    assert data["id"] == "ev-output" and data["sentences"][0]["id"] == "p3.4"
    assert "nev-city" in data["glossary"] and data["verdict"] == "missed"
    wrong = run("targets", "ev-outptu")
    assert wrong.exit_code == 2 and "Did you mean 'ev-output'?" in wrong.stderr


@pytest.mark.parametrize(
    ("args", "needle"),
    [(["targets", "-f", "jsn"], "Did you mean 'json'?"),
     (["targtes"], "Did you mean 'targets'?"),
     (["targets", "--dta", "x"], "unknown option '--dta'. Did you mean '--data'?"),
     (["targets", "-s", "evv"], "Did you mean 'ev'?")],
)  # fmt: skip
def test_every_usage_error_has_one_style(args: list[str], needle: str) -> None:
    result = run(*args)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("zzbrief: ") and needle in result.stderr
    assert "Usage:" not in result.stderr and "Error:" not in result.stderr


def test_help_descriptions_are_whole_and_examples_align() -> None:
    from rich.cells import cell_len

    out = run("--help").stdout
    commands = out.split("Commands:")[1]
    assert "..." not in commands
    examples = [line for line in out.splitlines() if line.startswith("    zzbrief")]
    # Where each example's description starts, in terminal cells (量子 is four cells wide).
    columns = {
        cell_len(line) - cell_len(re.split(r"\s{2,}", line.strip())[-1]) for line in examples
    }
    assert len(examples) >= 4 and len(columns) == 1, examples


def test_config_file_is_sticky_and_the_environment_wins(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.write_text("[defaults]\nlang = en\ncolor = never\nbogus = 1\n", encoding="utf-8")
    env = {"ZZBRIEF_CONFIG": str(config)}
    settings.reset()
    english = run("sectors", env=env)
    assert "New-energy vehicles" in english.stdout and "ignoring 'bogus'" in english.stderr
    settings.reset()
    assert "新能源汽车" in run("sectors", env={**env, "ZZBRIEF_LANG": "zh"}).stdout
    settings.reset()
    assert "新能源汽车" in run("sectors", "--lang", "zh", env=env).stdout


def test_a_broken_config_file_is_ignored_with_a_message(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.write_bytes(b"\xff\xfe not a config")
    settings.reset()
    result = run("sectors", env={"ZZBRIEF_CONFIG": str(config)})
    assert result.exit_code == 0 and "ignoring" in result.stderr


@pytest.mark.parametrize(
    ("no_color", "color", "env", "expected"),
    [
        (False, "auto", {}, None),
        (True, "always", {}, False),
        (False, "never", {"FORCE_COLOR": "1"}, False),
        (False, "always", {"NO_COLOR": "1"}, True),
        (False, "auto", {"FORCE_COLOR": "1"}, True),
        (False, "auto", {"FORCE_COLOR": "0"}, None),
        (False, "auto", {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),
        (False, "auto", {"TERM": "dumb"}, False),
    ],
)
def test_colour_choice_precedence(
    monkeypatch: pytest.MonkeyPatch, no_color: bool, color: str, env: dict[str, str],
    expected: bool | None,
) -> None:  # fmt: skip
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert colour_choice(no_color, color) is expected


def test_color_always_colours_a_pipe() -> None:
    out = run("--color", "always", "pillars", "-f", "table").stdout
    assert "\x1b[" in out
    assert "\x1b[" not in run("pillars", "-f", "table").stdout
    # Forced colour without a format asks for the terminal look: a table, coloured.
    assert "\x1b[" in run("pillars", "--color", "always").stdout
    assert "\x1b[" in run("pillars", env={"FORCE_COLOR": "1"}).stdout
    assert "\t" in run("pillars").stdout  # otherwise piped output stays plain


def test_no_pager_and_single_records_in_machine_formats() -> None:
    assert run("targets", "ev-output", "--no-pager", "-f", "json").exit_code == 0
    rows = run("targets", "ev-output", "-f", "csv").stdout.splitlines()
    assert len(rows) == 2 and rows[1].startswith("ev-output,")
    assert len(run("targets", "ev-output", "-f", "jsonl").stdout.splitlines()) == 1


def test_next_steps_work_on_any_briefing(tmp_path: Path) -> None:
    from conftest import SEED

    out = tmp_path / "mydraft"
    assert run("draft", str(SEED), "-o", str(out)).exit_code == 0
    hints = run("--data", str(out)).stdout.splitlines()[-1]
    for step in hints.split(": ", 1)[1].split(" · "):
        args = step.split()[1:]
        if args and args[0] != "--help":
            assert run("--data", str(out), *args).exit_code == 0, step


def test_pager_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ZZBRIEF_PAGER", raising=False)
    monkeypatch.delenv("PAGER", raising=False)
    assert pager_command(None, False) == ["less", "-FRX"]
    assert pager_command("most", False) == ["most"]
    assert pager_command(None, True) is None
    monkeypatch.setenv("PAGER", "cat")
    assert pager_command(None, False) is None
    monkeypatch.setenv("ZZBRIEF_PAGER", "")
    assert pager_command("less", False) is None


def test_long_output_on_a_terminal_goes_through_the_pager(tmp_path: Path) -> None:
    # A pseudo-terminal, and a "pager" that records what it was given.
    import pty

    record = tmp_path / "paged.txt"
    pager = f"{sys.executable} -c \"import sys; open('{record}', 'w').write(sys.stdin.read())\""
    master, slave = pty.openpty()
    env = {**os.environ, "ZZBRIEF_PAGER": pager, "COLUMNS": "100", "LINES": "10"}
    proc = subprocess.run([sys.executable, "-m", "zzbrief", "targets"], stdin=slave,
                          stdout=slave, stderr=slave, env=env, timeout=60)  # fmt: skip
    os.close(slave)
    os.close(master)
    assert proc.returncode == 0 and "ev-output" in record.read_text(encoding="utf-8")
    env["ZZBRIEF_PAGER"] = ""
    record.unlink()
    master, slave = pty.openpty()
    subprocess.run([sys.executable, "-m", "zzbrief", "--no-pager", "targets"], stdin=slave,
                   stdout=slave, stderr=slave, env=env, timeout=60)  # fmt: skip
    os.close(slave)
    os.close(master)
    assert not record.exists()


def _complete(words: str) -> list[str]:
    env = {**os.environ, "_ZZBRIEF_COMPLETE": "complete_bash", "COMP_WORDS": words,
           "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1))}  # fmt: skip
    result = subprocess.run([sys.executable, "-m", "zzbrief"], capture_output=True, text=True,
                            env=env, timeout=60)  # fmt: skip
    return result.stdout.split()


def test_completion_for_formats_languages_pillars_terms_and_sectors() -> None:
    assert _complete("zzbrief targets -f j") == ["json", "jsonl"]
    assert _complete("zzbrief targets -l b") == ["both"]
    assert "productivity" in _complete("zzbrief pillars p")
    assert "quantum-city" in _complete("zzbrief glossary quantum")
    assert _complete("zzbrief targets --sector e") == ["economy", "electronics", "ev"]
    assert "汽车" in _complete("zzbrief targets --sector 汽")  # aliases when no code fits
    assert "ev-output" in _complete("zzbrief targets ev-")
