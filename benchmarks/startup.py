"""Start-up benchmark: every user-facing command as a fresh process, against two floors.

Run it with the Python of the environment zzbrief is installed in (not editable: an
installed package has its bytecode compiled, as a user's does):

    python benchmarks/startup.py            # N=20 runs per command after a warm-up
    python benchmarks/startup.py -n 40 --write docs/PERFORMANCE.md

Every round runs each command once, interleaved with the two floors, so that all figures
come from the same stretch of time on a shared machine: (a) ``python -c pass`` and (b) a
minimal one-command app on the same installed Typer. It prints the median wall time, the
peak RSS of each process and both ratios, checks them against the budgets of the
performance issue, and with ``--write`` puts the Markdown table into a document between
``<!-- startup:begin -->`` and ``<!-- startup:end -->``. Standard library only.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

FLOOR_B_APP = """\
import typer

app = typer.Typer()


@app.command()
def main(name: str = "x") -> None:
    print(name)


app()
"""

# (label, argv after "zzbrief", extra environment, budget class)
COMMANDS: list[tuple[str, list[str], dict[str, str], str]] = [
    ("pillars (plain, piped)", ["pillars"], {}, "machine"),
    ("pillars --format json", ["pillars", "--format", "json"], {}, "machine"),
    ("pillars --format table", ["pillars", "--format", "table"], {}, "table"),
    ("targets --sector ev (plain)", ["targets", "--sector", "ev"], {}, "machine"),
    (
        "targets --sector ev --format json",
        ["targets", "--sector", "ev", "--format", "json"],
        {},
        "machine",
    ),
    ("targets --format json", ["targets", "--format", "json"], {}, "machine"),
    ("targets --format table", ["targets", "--format", "table"], {}, "table"),
    ("scorecard --format json", ["scorecard", "--format", "json"], {}, "machine"),
    ("scorecard --format table", ["scorecard", "--format", "table"], {}, "table"),
    ("targets ev-output (one target)", ["targets", "ev-output"], {}, "machine"),
    ("sectors (plain)", ["sectors"], {}, "machine"),
    ("sectors --format json", ["sectors", "--format", "json"], {}, "machine"),
    ("search 量子 (plain)", ["search", "量子"], {}, "machine"),
    ("search 量子 --format json", ["search", "量子", "--format", "json"], {}, "machine"),
    ("search 量子 --format table", ["search", "量子", "--format", "table"], {}, "table"),
    ("search quantum (English)", ["search", "quantum"], {}, "machine"),
    ("search liangzi (pinyin)", ["search", "liangzi"], {}, "machine"),
    ("search 電子資訊 (traditional)", ["search", "電子資訊"], {}, "machine"),
    ("briefings (plain)", ["briefings"], {}, "machine"),
    (
        "compare gdp-growth --format json",
        ["compare", "gdp-growth", "--format", "json"],
        {},
        "library",
    ),
    (
        "compare gdp-growth --year 2025 (plain)",
        ["compare", "gdp-growth", "--year", "2025"],
        {},
        "library",
    ),
    (
        "-b zhengzhou-2025 scorecard --format json",
        ["-b", "zhengzhou-2025", "scorecard", "--format", "json"],
        {},
        "machine",
    ),
    ("--help", ["--help"], {}, "help"),
    ("targets --help", ["targets", "--help"], {}, "help"),
    (
        "completion: targets --sector <TAB>",
        [],
        {
            "_ZZBRIEF_COMPLETE": "complete_bash",
            "COMP_WORDS": "zzbrief targets --sector ",
            "COMP_CWORD": "3",
        },
        "completion",
    ),
    (
        "completion: pi<TAB>",
        [],
        {"_ZZBRIEF_COMPLETE": "complete_bash", "COMP_WORDS": "zzbrief pi", "COMP_CWORD": "1"},
        "completion",
    ),
]

# The performance issue's budgets: ratio to floor (b), ratio to floor (a) (None: no budget).
BUDGETS = {
    "machine": (1.15, 8.0),
    "table": (1.4, None),
    "help": (1.3, None),
    "completion": (1.2, None),
    "library": (1.5, None),  # compare over the whole library (issue 14)
}
RSS_BUDGET_MIB = 40.0
FLOOR_A = "floor (a): `python -c pass`"
FLOOR_B = "floor (b): one-command Typer app"


@dataclass
class Series:
    """Wall times (s) and peak RSS (KiB) of one command's runs."""

    times: list[float] = field(default_factory=list)
    rss: list[int] = field(default_factory=list)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.times) * 1000

    @property
    def peak_mib(self) -> float:
        return max(self.rss) / 1024


def run_once(argv: list[str], env: dict[str, str], cwd: str) -> tuple[float, int]:
    """Run a command once; return its wall time and peak resident set size (KiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=cwd
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"benchmark: {argv} exited {proc.returncode}")
    return elapsed, usage.ru_maxrss


def find_zzbrief() -> str:
    """The zzbrief script beside this Python, else the one on PATH."""
    beside = Path(sys.executable).with_name("zzbrief")
    found = str(beside) if beside.exists() else shutil.which("zzbrief")
    if not found:
        raise SystemExit("benchmark: install zzbrief first (pip install .)")
    return found


def machine() -> str:
    """One line describing where the figures were measured."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import typer

    return (
        f"{os.cpu_count()} cores, {cpu}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; Typer {typer.__version__}"
    )


def measure(rounds: int, work: str) -> dict[str, Series]:
    """Warm up, then run every command and both floors once per round, interleaved."""
    zzbrief = find_zzbrief()
    app = Path(work) / "floor_b.py"
    app.write_text(FLOOR_B_APP)
    base = {k: v for k, v in os.environ.items() if not k.startswith(("_ZZBRIEF", "COMP_"))}
    base["ZZBRIEF_CACHE_DIR"] = str(Path(work) / "cache")  # a private, warmed cache
    jobs: list[tuple[str, list[str], dict[str, str]]] = [
        (FLOOR_A, [sys.executable, "-c", "pass"], base),
        (FLOOR_B, [sys.executable, str(app)], base),
    ]
    jobs += [(label, [zzbrief, *argv], {**base, **env}) for label, argv, env, _ in COMMANDS]
    results = {label: Series() for label, _, _ in jobs}
    for _ in range(2):  # warm-up: fill the data cache and the OS page cache
        for _, argv, env in jobs:
            run_once(argv, env, work)
    for _ in range(rounds):
        for label, argv, env in jobs:
            elapsed, rss = run_once(argv, env, work)
            results[label].times.append(elapsed)
            results[label].rss.append(rss)
    return results


def report(results: dict[str, Series], rounds: int) -> tuple[str, bool]:
    """The Markdown table, and whether every budget was met."""
    a, b = results[FLOOR_A], results[FLOOR_B]
    floor_a, floor_b = a.median_ms, b.median_ms
    lines = [
        f"Measured on {machine()}; median of {rounds} runs after a warm-up,"
        " all interleaved in one run.",
        "",
        "| command | median ms | peak RSS MiB | × floor (b) | × floor (a) | budget | met |",
        "| --- | ---: | ---: | ---: | ---: | --- | :---: |",
        f"| {FLOOR_A} | {floor_a:.1f} | {a.peak_mib:.1f} | | 1.00 | | |",
        f"| {FLOOR_B} | {floor_b:.1f} | {b.peak_mib:.1f} | 1.00 | {floor_b / floor_a:.2f} | | |",
    ]
    all_met = True
    for label, _, _, kind in COMMANDS:
        series = results[label]
        rb, ra = series.median_ms / floor_b, series.median_ms / floor_a
        max_b, max_a = BUDGETS[kind]
        met = rb <= max_b and (max_a is None or ra <= max_a) and series.peak_mib <= RSS_BUDGET_MIB
        all_met &= met
        budget = (
            f"≤ {max_b:g}× (b)"
            + (f", ≤ {max_a:g}× (a)" if max_a else "")
            + f", ≤ {RSS_BUDGET_MIB:g} MiB"
        )
        lines.append(
            f"| `zzbrief {label}` | {series.median_ms:.1f} | {series.peak_mib:.1f}"
            f" | {rb:.2f} | {ra:.2f} | {budget} | {'yes' if met else '**no**'} |"
        )
    return "\n".join(lines) + "\n", all_met


def write_into(document: Path, table: str) -> None:
    """Replace the text between the startup markers of ``document`` with ``table``."""
    begin, end = "<!-- startup:begin -->", "<!-- startup:end -->"
    text = document.read_text(encoding="utf-8")
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    document.write_text(f"{head}{begin}\n{table}{end}{tail}", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "-n", "--rounds", type=int, default=20, help="runs per command (default 20)"
    )
    parser.add_argument("--write", type=Path, help="put the table into this Markdown file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        results = measure(args.rounds, work)
    table, all_met = report(results, args.rounds)
    print(table)
    if args.write:
        write_into(args.write, table)
    print("every budget met" if all_met else "some budgets NOT met", file=sys.stderr)
    sys.exit(0 if all_met else 1)


if __name__ == "__main__":
    main()
