"""Texts held in Python (``Data.from_texts``) and loaders registered with ``register_dataset``:
both hand texts and labels to :func:`textclf_tune.data.owntexts.build_own`."""

from __future__ import annotations

import hashlib
import inspect
import json
import os
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import numpy as np

from textclf_tune.data.dataset import Dataset
from textclf_tune.data.owntexts import ROLES, Part, build_own, check_part, content_digest
from textclf_tune.errors import DataError

#: Texts handed over by ``Data.from_texts``, by the SHA-256 of their content (one process).
IN_MEMORY: dict[str, dict[str, Part]] = {}


def as_list(values: Any, what: str) -> list[Any]:
    """A list from a list, tuple, numpy array or pandas Series (``.tolist()``), or a DataError."""
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise DataError(
            f"{what} must be a sequence (list, numpy array, pandas column), but got {type(values).__name__}; "
            f"pass e.g. {what}=df['text']"
        )
    tolist = getattr(values, "tolist", None)
    out = tolist() if callable(tolist) else list(values)
    return [v.item() if isinstance(v, np.generic) else v for v in out]


def remember_texts(
    texts: Any, labels: Any, test: tuple[Any, Any] | None = None, val: tuple[Any, Any] | None = None
) -> str:
    """Keep texts given in Python for the ``texts`` loader; returns their content key."""
    parts = {"train": Part(as_list(texts, "texts"), as_list(labels, "labels"), "texts")}
    for role, given in (("test", test), ("val", val)):
        if given is None:
            continue
        if not isinstance(given, (tuple, list)) or len(given) != 2:
            raise DataError(
                f"{role} must be a (texts, labels) pair, but got {type(given).__name__}; "
                f"pass {role}=(test_texts, test_labels) or leave it out"
            )
        parts[role] = Part(as_list(given[0], f"{role} texts"), as_list(given[1], f"{role} labels"), f"{role} texts")
    for role, part in parts.items():
        check_part(part, role)
    digest = hashlib.sha256(
        json.dumps({r: content_digest(p)["sha256"] for r, p in parts.items()}, sort_keys=True).encode()
    ).hexdigest()
    IN_MEMORY[digest] = parts
    return digest


def load_texts(
    texts_sha256: str,
    num_words: int = 20000,
    test_fraction: float = 0.2,
    val_fraction: float = 0.2,
    seed: int = 1337,
    cache_dir: str | os.PathLike[str] | None = None,
    data_dir: str | os.PathLike[str] | None = None,
) -> Dataset:
    """Texts given with ``Data.from_texts`` in this process (``data_dir`` is ignored)."""
    parts = IN_MEMORY.get(texts_sha256)
    if parts is None:
        raise DataError(
            f"no texts with key {texts_sha256[:12]}... were given in this process; build the Data with "
            "Data.from_texts(texts, labels) in the sweep file (it runs again in every process that loads the sweep)"
        )
    return build_own(
        "texts",
        parts,
        num_words=num_words,
        test_fraction=test_fraction,
        val_fraction=val_fraction,
        seed=seed,
        cache_dir=cache_dir,
        options={},
    )


# ----------------------------------------------------------------------- registered loaders
#: Options that :func:`register_dataset` loaders accept besides their own (the split and vocabulary).
BUILD_OPTIONS = {"num_words": 20000, "test_fraction": 0.2, "val_fraction": 0.2, "seed": 1337, "cache_dir": None}


class RegisteredLoader:
    """A user's loader returning texts; the split, vocabulary, encoding and cache are ours."""

    def __init__(self, name: str, fn: Callable[..., Any]) -> None:
        self.name, self.fn = name, fn
        own = list(inspect.signature(fn).parameters)
        clash = sorted(set(own) & set(BUILD_OPTIONS))
        if clash:
            raise DataError(
                f"register_dataset({name!r}): {fn.__name__} takes {clash}, which textclf-tune itself reads "
                "(split and vocabulary options); rename those parameters"
            )
        self.accepted_options = [*own, *BUILD_OPTIONS, "data_dir"]

    def __call__(self, **options: Any) -> Dataset:
        build = {k: options.pop(k, v) for k, v in BUILD_OPTIONS.items()}
        options.pop("data_dir", None)
        result = self.fn(**options)
        parts = _parts_of(self.name, result)
        return build_own(self.name, parts, options=_jsonable(options), **build)


def _parts_of(name: str, result: Any) -> dict[str, Part]:
    how = (
        f"a loader registered as {name!r} must return (texts, labels) or a dict "
        "{'train': (texts, labels), 'test': (texts, labels)} (optional 'val')"
    )
    if isinstance(result, Mapping):
        unknown = sorted(set(result) - set(ROLES))
        if "train" not in result or unknown:
            raise DataError(f"{how}, but it returned a dict with keys {sorted(result)}")
        pairs = dict(result)
    elif isinstance(result, (tuple, list)) and len(result) == 2:
        pairs = {"train": result}
    else:
        raise DataError(f"{how}, but it returned {type(result).__name__}")
    parts = {}
    for role, pair in pairs.items():
        if not isinstance(pair, (tuple, list)) or len(pair) != 2:
            raise DataError(f"{how}, but its {role!r} entry is {type(pair).__name__}")
        source = f"{name} ({role})"
        parts[role] = Part(as_list(pair[0], f"{role} texts"), as_list(pair[1], f"{role} labels"), source)
    return parts


def _jsonable(options: dict[str, Any]) -> dict[str, Any]:
    return json.loads(json.dumps(options, sort_keys=True, default=str))
