"""``load_dataset(name, **options)``: the loaders by name, with option checking."""

from __future__ import annotations

import inspect
from collections.abc import Callable

from textclf_tune.data.dataset import Dataset
from textclf_tune.data.imdb import load_imdb
from textclf_tune.data.newsgroups import load_newsgroups
from textclf_tune.errors import DataError

LOADERS: dict[str, Callable[..., Dataset]] = {"imdb": load_imdb, "newsgroups": load_newsgroups}


def dataset_names() -> list[str]:
    """Valid dataset names."""
    return sorted(LOADERS)


def load_dataset(name: str, **options: object) -> Dataset:
    """Load dataset ``name`` (``"imdb"`` or ``"newsgroups"``) with the loader's ``options``."""
    loader = LOADERS.get(name) if isinstance(name, str) else None
    if loader is None:
        raise DataError(f"dataset must be one of {dataset_names()}, but got {name!r}; pass one of those names")
    accepted = list(inspect.signature(loader).parameters)
    unknown = sorted(set(options) - set(accepted))
    if unknown:
        raise DataError(
            f"dataset {name!r} does not take the options {unknown}; it accepts {accepted}. "
            "Remove or rename those options"
        )
    return loader(**options)
