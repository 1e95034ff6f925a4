"""Library scale benchmark: ``compare`` and ``search -b all`` over 100 and 3,000 briefings.

The library is made of synthetic copies of the bundled library briefings (those that
validate), written to a temporary folder and used through ZZBRIEF_LIBRARY. Each copy has
the bytes of its template, so the per-briefing compiled caches are made once per template
and copied under each copy's cache slot (compiling 3,000 search indexes would take most of
an hour and measure nothing new). The catalogue's table is then built by a real run, timed.

It also measures the storage alternative the issue names, SQLite (standard library), for
the two reads that grow with the library: one indicator's rows (``compare``) and every
briefing's compiled data (``search -b all``), each in a fresh process.

    python benchmarks/library_scale.py                 # sizes 100 and 3000, 5 runs each
    python benchmarks/library_scale.py --write docs/PERFORMANCE.md

Prints a Markdown table; ``--write`` puts it between ``<!-- library:begin -->`` and
``<!-- library:end -->``.
"""

from __future__ import annotations

import argparse
import json
import marshal
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import FLOOR_B_APP, find_zzbrief

SQLITE_ROWS = """\
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
rows = [r[0] for r in con.execute("select data from rows where indicator = ?", ("gdp-growth",))]
import marshal
rows = [marshal.loads(r) for r in rows]
print(len(rows))
"""
MARSHAL_ROWS = """\
import marshal, sys
rows = marshal.loads(open(sys.argv[1], "rb").read())["rows"]
print(len(rows))
"""
SQLITE_ALL = """\
import marshal, sqlite3, sys
con = sqlite3.connect(sys.argv[1])
print(sum(1 for (blob,) in con.execute("select data from briefings") if marshal.loads(blob)))
"""
MARSHAL_ALL = """\
import marshal, sys
paths = open(sys.argv[1]).read().split()
print(sum(1 for p in paths if marshal.loads(open(p, "rb").read())))
"""


def run(argv: list[str], env: dict[str, str]) -> float:
    """One fresh process; its wall time in seconds."""
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if done.returncode not in (0, 1):
        raise SystemExit(f"benchmark: {argv} exited {done.returncode}: {done.stderr[-500:]!r}")
    return time.perf_counter() - start


def templates(zz: str, env: dict[str, str]) -> list[Path]:
    """The bundled library briefings that validate (the others are left out of the table)."""
    out = subprocess.run([zz, "briefings", "--format", "json"], env=env, capture_output=True,
                         text=True, check=True)  # fmt: skip
    return [Path(e["path"]) for e in _entries(out.stdout, zz, env)]


def _entries(listing: str, zz: str, env: dict[str, str]) -> list[dict[str, str]]:
    from zzbrief.library.shelf import briefings_dir

    ids = [e["id"] for e in json.loads(listing)]
    return [{"path": str(briefings_dir() / f"{i}.yaml")} for i in ids]


def make_library(folder: Path, size: int, sources: list[Path], cache: Path) -> None:
    """``size`` copies of the templates, with the per-briefing caches copied per slot."""
    from zzbrief.briefing import store
    from zzbrief.briefing.cache import _PREFIX

    folder.mkdir(parents=True)
    os.environ["ZZBRIEF_CACHE_DIR"] = str(cache)
    firsts: dict[Path, tuple[str, str]] = {}
    for i in range(size):
        template = sources[i % len(sources)]
        copy = folder / f"{template.stem}-c{i:04d}.yaml"
        shutil.copyfile(template, copy)
        if template not in firsts:
            loaded = store.load(str(copy))
            loaded.index.chars  # noqa: B018  (compiles and caches every part)
            firsts[template] = (store._slot(str(copy)), loaded.key)
            continue
        slot, key = firsts[template]
        mine = store._slot(str(copy))
        for part in cache.glob(f"{_PREFIX}{slot}-{key}.*"):
            shutil.copyfile(part, cache / part.name.replace(f"-{slot}-", f"-{mine}-", 1))


def sqlite_copy(work: Path, cache: Path, library: Path) -> tuple[Path, Path, Path, Path]:
    """The same data in SQLite: one indicator's rows, and every briefing's compiled data."""
    from zzbrief.briefing import store
    from zzbrief.briefing.cache import _PREFIX
    from zzbrief.library.catalogue import table

    os.environ["ZZBRIEF_LIBRARY"] = str(library)
    t = table()
    rows = t.rows("gdp-growth")
    db = work / f"library{len(rows)}-{library.name}.sqlite"
    con = sqlite3.connect(db)
    con.execute("create table rows (indicator text, briefing text, data blob)")
    con.execute("create index by_indicator on rows (indicator)")
    con.executemany("insert into rows values (?, ?, ?)",
                    [(r["indicator"], r["briefing"], marshal.dumps(r)) for r in rows])  # fmt: skip
    con.execute("create table briefings (id text primary key, data blob)")
    paths = []
    for e in t.entries():
        path = cache / f"{_PREFIX}{store._slot(e.path)}-{e.key}.data.marshal"
        paths.append(str(path))
        con.execute("insert into briefings values (?, ?)", (e.id, path.read_bytes()))
    con.commit()
    con.close()
    part = next(cache.glob(f"*{t._slot}-{t._key}.ind:gdp-growth.marshal"))
    listing = work / f"paths-{library.name}.txt"
    listing.write_text("\n".join(paths))
    return db, part, listing, db


def median(argv: list[str], env: dict[str, str], rounds: int) -> float:
    run(argv, env)  # warm-up
    return statistics.median(run(argv, env) for _ in range(rounds)) * 1000


def measure(size: int, rounds: int, work: Path, sources: list[Path], zz: str) -> list[str]:
    library, cache = work / f"lib{size}", work / f"cache{size}"
    made = time.perf_counter()
    make_library(library, size, sources, cache)
    env = {**os.environ, "ZZBRIEF_LIBRARY": str(library), "ZZBRIEF_CACHE_DIR": str(cache)}
    print(f"{size}: copies and caches made in {time.perf_counter() - made:.1f} s", file=sys.stderr)
    build = run([zz, "briefings"], env) * 1000  # builds the table
    floor = work / "floor_b.py"
    floor.write_text(FLOOR_B_APP)
    times = {
        "floor (b): one-command Typer app": median([sys.executable, str(floor)], env, rounds),
        "briefings --format json": median([zz, "briefings", "-f", "json"], env, rounds),
        "compare gdp-growth --format json": median(
            [zz, "compare", "gdp-growth", "-f", "json"], env, rounds
        ),
        "search -b all 就业 --format json": median(
            [zz, "search", "-b", "all", "就业", "-f", "json"], env, max(1, rounds // 2)
        ),
    }
    db, part, listing, _ = sqlite_copy(work, cache, library)
    py = sys.executable
    times |= {
        "read gdp-growth rows: marshal part": median(
            [py, "-c", MARSHAL_ROWS, str(part)], env, rounds
        ),
        "read gdp-growth rows: SQLite": median([py, "-c", SQLITE_ROWS, str(db)], env, rounds),
        "read every briefing's data: marshal files": median(
            [py, "-c", MARSHAL_ALL, str(listing)], env, rounds
        ),
        "read every briefing's data: SQLite blobs": median(
            [py, "-c", SQLITE_ALL, str(db)], env, rounds
        ),
    }
    base = times["floor (b): one-command Typer app"]
    lines = [f"| {size} | table built (first run, caches warm) | {build:.0f} | |"]
    lines += [f"| {size} | {label} | {ms:.0f} | {ms / base:.2f} |" for label, ms in times.items()]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 3000])
    parser.add_argument("-n", "--rounds", type=int, default=5)
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()
    zz = find_zzbrief()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {**os.environ, "ZZBRIEF_CACHE_DIR": str(work / "bundled-cache")}
        env.pop("ZZBRIEF_LIBRARY", None)
        sources = templates(zz, env)
        lines = ["| briefings | what | median ms | × floor (b) |", "| ---: | --- | ---: | ---: |"]
        for size in args.sizes:
            lines += measure(size, args.rounds, work, sources, zz)
    table = (f"{len(sources)} templates; median of {args.rounds} fresh runs after a warm-up"
             " (search -b all: half as many).\n\n" + "\n".join(lines) + "\n")  # fmt: skip
    print(table)
    if args.write:
        text = args.write.read_text(encoding="utf-8")
        begin, end = "<!-- library:begin -->", "<!-- library:end -->"
        head, rest = text.split(begin, 1)
        tail = rest.split(end, 1)[1]
        args.write.write_text(f"{head}{begin}\n{table}{end}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
