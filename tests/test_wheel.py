"""The built wheel carries the data: installed in a fresh venv, it runs from any folder."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from conftest import REPO


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv with the freshly built wheel installed (not editable); returns its bin folder."""
    root = tmp_path_factory.mktemp("wheel")
    dist = root / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist)],
        cwd=REPO, check=True, capture_output=True,
    )  # fmt: skip
    wheel = next(dist.glob("zzbrief-*.whl"))
    env_dir = root / "venv"
    venv.create(env_dir, with_pip=False)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / "python"
    # Borrow this environment's dependencies (typer, rich, ...) instead of downloading them.
    target = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    ours = {sysconfig.get_paths()["purelib"], *site.getsitepackages()}
    Path(target, "_borrowed_deps.pth").write_text("\n".join(sorted(ours)) + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", "--force-reinstall", "-q", str(wheel)],
        check=True, capture_output=True,
    )  # fmt: skip
    return bindir


def test_wheel_ships_the_yaml_data(installed: Path) -> None:
    import zipfile

    wheel = next((installed.parent.parent / "dist").glob("zzbrief-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for name in ("targets", "article", "pillars", "sectors", "source", "units"):
        assert f"zzbrief/data/{name}.yaml" in names


@pytest.mark.parametrize(
    ("args", "lines"),
    [(["pillars"], 5), (["targets", "--sector", "ev"], 3), (["search", "量子"], None)],
)
def test_installed_console_script_runs_from_another_folder(
    installed: Path, tmp_path: Path, args: list[str], lines: int | None
) -> None:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),  # a new user: an empty cache
        "NO_COLOR": "1",
    }
    result = subprocess.run(
        [str(installed / "zzbrief"), *args], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    out = result.stdout.splitlines()
    assert len(out) == lines if lines is not None else len(out) >= 3


def test_python_dash_m(installed: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(installed / "python"), "-m", "zzbrief", "sectors"],
        cwd=tmp_path, env={"HOME": str(tmp_path)}, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("economy\t")
