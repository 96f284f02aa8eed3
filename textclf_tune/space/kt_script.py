"""A KerasTuner script read as a sweep file: the search it would start, and the folders it makes.

A KerasTuner script ends with ``tuner.search(...)``, then ``get_best_hyperparameters()`` and
``results_summary()``. Read as a sweep, ``tune run`` runs the search, so reading the file stops at
``search``: what the file defined before it is the sweep, the lines after it do not run, and the
sweep's notes say so (a guard ``if __name__ == "__main__":`` keeps them for KerasTuner itself).

While a file is read, every tuner made (whatever its class, even one overriding ``search``) gets a
``search`` that stops the reading, and ``overwrite=True`` is read as False: reading a sweep never
deletes a tuner's results. The folders a tuner's constructor made (``./untitled_project`` without
``directory=``) are removed again when they stayed empty; a folder that existed before is kept.
A tuner made in a module the sweep imports is covered when the sweep file names Keras (as one
that builds a model does) or KerasTuner is imported already.
"""

from __future__ import annotations

import inspect
import sys
import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Readings patch KerasTuner's ``BaseTuner.__init__`` one at a time (a sweep read inside a sweep
#: read, in the same thread, nests).
_LOCK = threading.RLock()


class SearchReached(BaseException):
    """Raised by a tuner's ``search`` while a sweep file is read (a BaseException, so that the
    file's own ``except Exception`` cannot swallow it)."""


@dataclass
class ScriptRead:
    """What reading the file met: the line of its ``search`` call (None when it has none; 0 when
    the call came from another module) and the folders tuners made."""

    path: Path
    search_line: int | None = None
    made: list[Path] = field(default_factory=list)

    def note(self) -> str:
        if self.search_line is None:
            return ""
        where = f"{self.path} line {self.search_line}" if self.search_line else f"{self.path} (in a module it imports)"
        return (
            f"{where}: tuner.search(...) and the lines after it were not run (tune run runs the search); to "
            'run the file under KerasTuner as well, put them under if __name__ == "__main__":'
        )

    def stopped(self, exc: SearchReached) -> None:
        """Record where the file's reading reached a search: its outermost line in the file."""
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if Path(f.filename).resolve() == self.path]
        self.search_line = (frames[0].lineno or 0) if frames else 0

    def remove_made_folders(self) -> None:
        """Remove the folders a tuner made while the file was read, where they stayed empty."""
        for folder in reversed(self.made):  # the project folder before its directory
            try:
                if folder.is_dir() and not any(folder.iterdir()):
                    folder.rmdir()
            except OSError:
                continue


def _stop(*args: Any, **kwargs: Any) -> None:
    raise SearchReached()


@contextmanager
def reading(path: Path, source: str) -> Iterator[ScriptRead]:
    """While a sweep file is imported, each KerasTuner tuner made gets a ``search`` that raises
    :class:`SearchReached` (the caller catches it: :meth:`ScriptRead.stopped`) and the folders its
    constructor makes are recorded. KerasTuner is imported only for a file that names Keras."""
    read = ScriptRead(path.resolve())
    if "keras" not in source and "keras_tuner" not in sys.modules:
        yield read
        return
    import keras_tuner as kt

    base = kt.engine.base_tuner.BaseTuner
    with _LOCK:
        original = base.__dict__["__init__"]
        signature = inspect.signature(original)

        def init(self: Any, *args: Any, **kwargs: Any) -> None:
            try:
                bound = signature.bind(self, *args, **kwargs)
            except TypeError:  # KerasTuner says what is wrong
                original(self, *args, **kwargs)
                return
            bound.arguments["overwrite"] = False  # reading a sweep never deletes a tuner's results
            directory = Path(bound.arguments.get("directory") or ".")
            project = directory / (bound.arguments.get("project_name") or "untitled_project")
            made = [folder for folder in (directory, project) if not folder.exists()]
            try:
                original(*bound.args, **bound.kwargs)
            finally:
                read.made += [folder.resolve() for folder in made if folder.exists()]
            self.search = _stop

        base.__init__ = init
        try:
            yield read
        finally:
            base.__init__ = original
