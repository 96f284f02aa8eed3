"""A KerasTuner script read as a sweep file: the search it would start, and the folder it leaves.

A KerasTuner script ends with ``tuner.search(...)``, then ``get_best_hyperparameters()`` and
``results_summary()``. Read as a sweep, ``tune run`` runs the search, so reading the file stops at
``search``: what the file defined before it is the sweep, the lines after it do not run, and the
sweep's notes say so (a guard ``if __name__ == "__main__":`` keeps them for KerasTuner itself).
A tuner's constructor makes its project folder (``./untitled_project`` without ``directory=``);
an empty one made while the file was read is removed again.
"""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class SearchReached(BaseException):
    """Raised by a tuner's ``search`` while a sweep file is read (a BaseException, so that the
    file's own ``except Exception`` cannot swallow it)."""


@dataclass
class ScriptRead:
    """What reading the file met: the line of its ``search`` call (None when it has none)."""

    path: Path
    started: float
    search_line: int | None = None

    def note(self) -> str:
        if self.search_line is None:
            return ""
        return (
            f"{self.path} line {self.search_line}: tuner.search(...) and the lines after it were not run (tune run "
            'runs the search); to run the file under KerasTuner as well, put them under if __name__ == "__main__":'
        )

    def stopped(self, exc: SearchReached) -> None:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if Path(f.filename).resolve() == self.path]
        self.search_line = frames[-1].lineno if frames else 0


def _tuner_classes(kt: Any) -> list[type]:
    found, todo = [], [kt.engine.base_tuner.BaseTuner]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo += cls.__subclasses__()
    return [c for c in found if "search" in c.__dict__]


@contextmanager
def reading(path: Path, source: str) -> Iterator[ScriptRead]:
    """While a sweep file is imported, a KerasTuner ``search`` raises :class:`SearchReached`
    (the caller catches it: :meth:`ScriptRead.stopped`). KerasTuner is imported only for a file that
    names it."""
    read = ScriptRead(path.resolve(), time.time())
    if "keras_tuner" not in source and "kerastuner" not in source:
        yield read
        return
    import keras_tuner as kt

    def search(self: Any, *args: Any, **kwargs: Any) -> None:
        raise SearchReached()

    patched = {cls: cls.__dict__["search"] for cls in _tuner_classes(kt)}
    for cls in patched:
        cls.search = search  # type: ignore[attr-defined]
    try:
        yield read
    finally:
        for cls, original in patched.items():
            cls.search = original  # type: ignore[attr-defined]


def remove_new_empty_folders(module: Any, since: float) -> None:
    """Remove each tuner's project folder (and its ``directory``) that the file's reading made and
    left empty: ``Tuner(...)`` makes them, a sweep never writes into them."""
    kt = sys.modules.get("keras_tuner")
    if kt is None:
        return
    for value in list(vars(module).values()):
        if not isinstance(value, kt.engine.base_tuner.BaseTuner):
            continue
        project = Path(str(getattr(value, "project_dir", "")))
        for folder in (project, project.parent):
            try:
                if folder != Path.cwd() and folder.stat().st_ctime >= since - 1 and not any(folder.iterdir()):
                    folder.rmdir()
            except OSError:
                continue
