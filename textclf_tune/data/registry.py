"""``load_dataset(name, **options)``: the loaders by name, with option checking; and
:func:`register_dataset`, which adds a loader of one's own."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, TypeVar

from textclf_tune.data.dataset import Dataset
from textclf_tune.data.folders import load_folder
from textclf_tune.data.imdb import load_imdb
from textclf_tune.data.newsgroups import load_newsgroups
from textclf_tune.data.pytexts import RegisteredLoader, load_texts
from textclf_tune.data.tables import load_csv
from textclf_tune.errors import DataError

BUILTIN: dict[str, Callable[..., Dataset]] = {
    "imdb": load_imdb,
    "newsgroups": load_newsgroups,
    "csv": load_csv,
    "folder": load_folder,
    "texts": load_texts,
}
LOADERS: dict[str, Callable[..., Dataset]] = dict(BUILTIN)

F = TypeVar("F", bound=Callable[..., Any])


def dataset_names() -> list[str]:
    """Valid dataset names (the built-in ones and those registered in this process)."""
    return sorted(LOADERS)


def register_dataset(name: str) -> Callable[[F], F]:
    """Register a loader of your own under ``name``, for ``Data(name, **options)``.

    The decorated function takes its own keyword options and returns ``(texts, labels)`` or
    ``{"train": (texts, labels), "test": (texts, labels)}`` (``"val"`` optional). Splitting,
    vocabulary, encoding, caching and the data record are done as for every other dataset; the
    options ``num_words``, ``test_fraction``, ``val_fraction``, ``seed`` and ``cache_dir`` are
    read by textclf-tune. Registering a name again replaces the loader (a sweep loaded twice).

    Example (in a sweep file, or in a module beside it that the sweep imports)::

        from textclf_tune import Data, register_dataset

        @register_dataset("tickets")
        def load_tickets(year=2024):
            rows = my_database_query(year)
            return [r.subject for r in rows], [r.team for r in rows]

        data = Data("tickets", year=2025, num_words=5000)
    """
    if not isinstance(name, str) or not name.isidentifier():
        raise DataError(f"register_dataset needs a name like 'tickets' (letters, digits, _), but got {name!r}")
    if name in BUILTIN:
        raise DataError(
            f"register_dataset({name!r}): {name!r} is a built-in dataset; register your loader under another name"
        )

    def decorate(fn: F) -> F:
        if not callable(fn):
            raise DataError(f"register_dataset({name!r}) decorates a function, but got {fn!r}")
        LOADERS[name] = RegisteredLoader(name, fn)
        return fn

    return decorate


def _accepted(loader: Callable[..., Dataset]) -> list[str]:
    accepted = getattr(loader, "accepted_options", None)
    return list(accepted) if accepted is not None else list(inspect.signature(loader).parameters)


def load_dataset(name: str, **options: object) -> Dataset:
    """Load dataset ``name`` (see :func:`dataset_names`) with the loader's ``options``."""
    loader = LOADERS.get(name) if isinstance(name, str) else None
    if loader is None:
        kind = str(name).lower().lstrip(".")
        hint = (
            f'; a {kind.upper()} file is read by the csv loader: Data("csv", path="texts.{kind}")'
            if kind in ("jsonl", "ndjson", "tsv", "tab")
            else " (or register a loader of your own with @register_dataset)"
        )
        raise DataError(f"dataset must be one of {dataset_names()}, but got {name!r}; pass one of those names{hint}")
    accepted = _accepted(loader)
    unknown = sorted(set(options) - set(accepted))
    if unknown:
        raise DataError(
            f"dataset {name!r} does not take the options {unknown}; it accepts {accepted}. "
            "Remove or rename those options"
        )
    return loader(**options)
