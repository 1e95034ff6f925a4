"""Safe YAML reading with positions, for the compile step and ``zzbrief validate``.

Only PyYAML's safe loader is ever used: a tag such as ``!!python/object/apply`` is an error,
never a call. Anchors and aliases are limited, because a few lines of aliases can expand
into billions of nodes ("billion laughs") once the document is walked.
"""

from __future__ import annotations

from typing import Any

import yaml

from zzbrief.briefing.load import SourceFile, decode
from zzbrief.errors import DataError

try:  # the C loader is much faster, where PyYAML was built with libyaml
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

#: More aliases than any hand-written briefing needs; a bomb needs far more.
MAX_ALIASES = 100
#: The largest number of nodes a document may expand to once aliases are followed.
MAX_NODES = 500_000

Path = tuple[str | int, ...]


def _count_aliases(text: str, name: str) -> None:
    aliases = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise DataError(
                    f"{name}: more than {MAX_ALIASES} YAML aliases; refusing a possible alias bomb"
                )


def _check_expansion(doc: Any, name: str) -> None:
    # Walk with a budget: shared (aliased) subtrees count every time they are reached.
    budget = MAX_NODES
    stack = [doc]
    while stack:
        node = stack.pop()
        budget -= 1
        if budget < 0:
            raise DataError(f"{name}: the document expands to more than {MAX_NODES:,} nodes")
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


class YamlSyntaxError(DataError):
    """Malformed YAML; ``line`` (1-based, or None when PyYAML gives no position) for validate."""

    def __init__(self, file: str, line: int | None, column: int | None, problem: str) -> None:
        where = file if line is None else f"{file}:{line}:{column}"
        super().__init__(f"{where}: {problem}")
        self.file, self.line, self.column, self.problem = file, line, column, problem


def _syntax_error(name: str, exc: yaml.MarkedYAMLError) -> YamlSyntaxError:
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or "invalid YAML"
    if mark is None:
        return YamlSyntaxError(name, None, None, problem)
    return YamlSyntaxError(name, mark.line + 1, mark.column + 1, problem)


def parse(src: SourceFile) -> Any:
    """Parse one file safely; every failure becomes a DataError naming file, line and column."""
    text = decode(src)
    try:
        if "*" in text:  # only documents that could hold aliases pay for the event scan
            _count_aliases(text, src.name)
        doc = yaml.load(text, Loader=_Loader)  # _Loader is a safe loader
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(src.name, exc) from None
    except yaml.YAMLError as exc:
        raise DataError(f"{src.name}: invalid YAML: {exc}") from None
    except RecursionError:
        raise DataError(f"{src.name}: the YAML is nested too deeply") from None
    _check_expansion(doc, src.name)
    return doc


def line_map(src: SourceFile) -> dict[Path, int]:
    """Map each path in the document (``("targets", 4, "value")``) to its 1-based line."""
    lines: dict[Path, int] = {}
    try:
        root = yaml.compose(decode(src), Loader=_Loader)
    except (yaml.YAMLError, DataError, RecursionError):
        return lines
    stack: list[tuple[Path, yaml.Node]] = [((), root)] if root is not None else []
    while stack:
        path, node = stack.pop()
        lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                child = (*path, str(key.value))
                lines.setdefault(child, key.start_mark.line + 1)
                stack.append((child, value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(((*path, i), item) for i, item in enumerate(node.value))
    return lines


class _Dumper(yaml.SafeDumper):
    """SafeDumper that keeps every string intact through a round trip."""


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    # PyYAML writes NEL, LS and PS raw in plain and single-quoted scalars, where a reader
    # folds them into spaces; double quotes escape them (\N, \L, \P).
    style = '"' if any(c in data for c in "\x85\u2028\u2029") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _represent_str)


def dump(data: Any) -> str:
    """YAML text for export and ``--format yaml``: block style, Chinese kept readable."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)
