"""The package as a user installs it: every subpackage listed for the wheel, built-in sweeps by
name, and no import cycle between the package's modules."""

from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

import pytest

from textclf_tune.space.sweep import builtin_sweep, builtin_sweeps

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "textclf_tune"


def test_every_subpackage_is_listed_for_the_wheel() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in PKG.rglob("__init__.py")}
    assert found | {"textclf_tune.sweeps"} == listed


def test_builtin_sweeps_are_found_by_name() -> None:
    assert {"imdb_cnn", "imdb_lstm", "newsgroups_glove"} <= set(builtin_sweeps())
    path = builtin_sweep("imdb_cnn")
    assert path is not None and path.resolve() == (ROOT / "sweeps" / "imdb_cnn.py").resolve()
    assert builtin_sweep("sweeps/imdb_cnn.py") is None and builtin_sweep("nope") is None


def _module_imports() -> dict[str, set[str]]:
    """Module -> the package modules it imports at module level (lazy imports inside functions
    are how the package keeps Keras out of `tune leaderboard`, and are not edges here)."""
    names = {".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): p for p in PKG.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in names.items():
        deps: set[str] = set()
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("textclf_tune"):
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    deps.add(sub if sub in names else node.module)
            elif isinstance(node, ast.If):  # `if TYPE_CHECKING:` blocks are not runtime edges
                continue
        graph[name] = {d for d in deps if d in names and d != name}
    return graph


def test_no_import_cycle() -> None:
    graph = _module_imports()
    state: dict[str, int] = {}

    def visit(n: str, stack: list[str]) -> None:
        state[n] = 1
        for d in sorted(graph[n]):
            if state.get(d) == 1:
                pytest.fail("import cycle: " + " -> ".join([*stack[stack.index(d):], d]) if d in stack else d)
            if d not in state:
                visit(d, [*stack, d])
        state[n] = 2

    sys.setrecursionlimit(10000)
    for n in sorted(graph):
        if n not in state:
            visit(n, [n])
