"""A digest of a sweep's model code: the functions and classes of its file, so that a resumed
study notices an edited ``build`` (a new layer) that leaves the search space as it was. Comments,
blank lines and module-level settings (``budget``, ``data``) do not change it."""

from __future__ import annotations

import ast
import hashlib
import inspect
import textwrap
from pathlib import Path
from typing import Any


def code_digest(path: Path | str | None, build: Any = None) -> str | None:
    """16 hex digits of the AST of the file's top-level functions and classes (or, without a
    readable file, of ``build``'s own source); ``None`` when no source can be read."""
    source = None
    nodes: list[ast.AST]
    if path is not None:
        try:
            source = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            source = None
    try:
        if source is not None:
            tree = ast.parse(source)
            nodes = [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
        elif build is not None:
            nodes = [ast.parse(textwrap.dedent(inspect.getsource(build)))]
        else:
            return None
    except (OSError, TypeError, SyntaxError):
        return None
    for node in nodes:  # a docstring is prose, not code
        for n in ast.walk(node):
            body = getattr(n, "body", None)
            if (
                isinstance(body, list)
                and body
                and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)
            ):
                n.body = body[1:] or [ast.Pass()]  # type: ignore[attr-defined]
    text = "\n".join(ast.dump(n, include_attributes=False) for n in nodes)
    return hashlib.sha256(text.encode()).hexdigest()[:16]
