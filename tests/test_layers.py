"""The package's shape: data flows load → model → query → render, and never back.

Every import in every module is read with ``ast`` (function-level imports too, since the
lazy ones are where circles hide), and checked against the stage rules in
docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "zzbrief"


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """The zzbrief modules a file imports, anywhere in it."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = _module_name(path)
    base = package if path.name == "__init__.py" else package.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("zzbrief"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = base.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                module = ".".join([*anchor, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            if not module.startswith("zzbrief"):
                continue
            for alias in node.names:  # `from zzbrief.views import fields` names a module
                candidate = f"{module}.{alias.name}"
                found.add(candidate if candidate in MODULES else module)
    return found


MODULES = {_module_name(p): p for p in SRC.rglob("*.py")}
GRAPH = {name: _imports(path) & set(MODULES) for name, path in MODULES.items()}


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 or (len(parts) == 2 and parts[1] in _FOLDERS) else "top"


_FOLDERS = {p.name for p in SRC.iterdir() if p.is_dir() and (p / "__init__.py").exists()}

# For each stage, the stages it must never import from.
FORBIDDEN = {
    # text/ is the bottom of the house: briefing/checks and draft/ both read Chinese text
    # with it, so a hand-made briefing and a drafted one are held to the same reading.
    "text": {"briefing", "search", "views", "render", "cli", "draft"},
    "briefing": {"views", "render", "cli", "draft"},
    "search": {"views", "render", "cli", "draft"},
    # library/ stands on briefing/ (and search/, for search -b all); views/ show it.
    "library": {"views", "render", "cli"},
    "views": {"cli"},
    "render": {"views", "search", "cli", "draft"},
    # draft/ writes briefings: it sits above briefing/ and may use it.
    "draft": {"search", "views", "render", "cli"},
}


def test_the_stages_are_the_folders() -> None:
    assert {"text", "briefing", "search", "views", "render", "cli", "draft"} <= _FOLDERS


def test_text_imports_nothing_of_zzbrief_but_the_file_reader() -> None:
    for module in (m for m in MODULES if _stage(m) == "text"):
        outside = {m for m in GRAPH[module] if not m.startswith("zzbrief.text")}
        assert outside <= {"zzbrief.files"}, (module, outside)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_import_goes_back_a_stage(module: str) -> None:
    banned = FORBIDDEN.get(_stage(module), set())
    wrong = sorted(m for m in GRAPH[module] if _stage(m) in banned)
    assert not wrong, f"{module} imports {wrong}"


def test_no_import_circles() -> None:
    # Depth-first search for a back edge; report the circle it closes.
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(GRAPH[node]):
            if nxt.startswith(node + "."):
                continue  # a package importing its own submodule is not a circle
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for module in sorted(GRAPH):
        if module not in state:
            circle = visit(module)
            assert circle is None, " → ".join(circle)


def test_the_checker_sees_imports() -> None:
    # Guard against a checker that passes because it reads nothing.
    assert "zzbrief.search.documents" in GRAPH["zzbrief.search.index"]
    assert "zzbrief.briefing.model" in GRAPH["zzbrief.views.listings"]


def test_module_names_do_not_shadow_each_other() -> None:
    # A reader should not have to open two files to tell `record` from `records`.
    stems = [name.rsplit(".", 1)[-1] for name in MODULES]
    for stem in stems:
        assert f"{stem}s" not in stems or stem in ("__init__",), stem
