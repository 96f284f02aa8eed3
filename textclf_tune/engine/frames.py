"""Whose code an exception came from: the user's (a sweep file, a module it imports), a library's
(Keras, TensorFlow, the standard library) or textclf-tune's own. Errors name the user's line."""

from __future__ import annotations

import sysconfig
import traceback
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def _libraries() -> set[Path]:
    paths = sysconfig.get_paths()
    return {Path(paths[k]).resolve() for k in ("stdlib", "platstdlib", "purelib", "platlib") if k in paths}


def _owner(filename: str, libraries: set[Path]) -> str:
    """``"ours"``, ``"library"`` or ``"user"`` for a traceback frame's file."""
    if filename.startswith("<"):  # <frozen importlib._bootstrap>, <string>
        return "library"
    path = Path(filename).resolve()
    if path.is_relative_to(_PACKAGE):
        return "ours"
    return "library" if any(path.is_relative_to(lib) for lib in libraries) else "user"


def raised_by_us(exc: BaseException) -> bool:
    """Whether ``exc`` came from textclf-tune's own code after the user's code returned: the
    innermost frame that is neither a library's nor Python's lies in this package."""
    libraries = _libraries()
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        owner = _owner(frame.filename, libraries)
        if owner != "library":
            return owner == "ours"
    return False


def where_raised(exc: BaseException) -> str:
    """``"file:line"`` of the innermost frame in the user's code, else of the innermost frame; ``""``
    without a traceback."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return ""
    libraries = _libraries()
    user = [f for f in frames if _owner(f.filename, libraries) == "user"]
    frame = (user or frames)[-1]
    return f"{frame.filename}:{frame.lineno}"
