"""Your own labelled texts, encoded like the built-in sets: one shared builder for tables, folders,
texts given in Python and loaders registered with :func:`register_dataset`.

What every form gets (the guarantees of IMDB and 20 Newsgroups):

* Classes are the sorted distinct labels (integers sorted as numbers), recorded by name in
  ``class_names``; labels become ids ``0..num_classes-1`` (``int64``), which fit
  ``sparse_categorical_*`` losses and, with two classes, ``binary_crossentropy``.
* Splits: the given test (and validation) texts, or a seeded, stratified ``test_fraction`` of all
  texts, then a ``val_fraction`` of the rest for validation; with ``groups``, whole groups are held
  out instead (near-duplicates stay on one side).
* Tokens: lower-case words of letters / digits with inner apostrophes. Ids: ``0`` padding, ``1``
  out-of-vocabulary (capped or unseen words), words ranked by frequency over the *training* split
  only from id ``2``. Recorded in ``meta["encoding"]``.
* Encoded arrays are cached, keyed by the content's SHA-256 and the options; ``meta["content"]``
  holds each part's SHA-256, row count and digests of blocks of rows, so that a resumed study
  refuses an edited file and says which rows changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from textclf_tune.data import cache
from textclf_tune.data.build import build_from_texts
from textclf_tune.data.checks import check_fraction, check_num_words, check_seed
from textclf_tune.data.dataset import Dataset
from textclf_tune.data.splits import grouped_split, rng_for, stratified_split
from textclf_tune.data.tokenize import imdb_tokens
from textclf_tune.data.vocab import IdRule
from textclf_tune.errors import DataError

PAD_ID, OOV_ID, FIRST_WORD_ID = 0, 1, 2
ENCODING = {
    "pad": PAD_ID,
    "oov": OOV_ID,
    "first_word_id": FIRST_WORD_ID,
    "capped_words": f"-> {OOV_ID}",
    "unseen_words": f"-> {OOV_ID}",
    "vocabulary": "ranked over the training split only",
    "tokens": "lower-case, letters/digits with inner apostrophes",
}
#: The most row blocks whose digests ``meta["content"]`` keeps per part (a few KB per study).
MAX_BLOCKS = 512
ROLES = ("train", "val", "test")
#: Part of every cache key here: bump it when the encoding or the record of own data changes.
FORMAT = 6  # 3: a quote left open is refused even where the merged row has its fields; 4: label variants;
# 6: meta["shared_groups"]


@dataclass
class Part:
    """The texts of one given part (``train``, ``val`` or ``test``) and where they came from."""

    texts: list[str]
    labels: list[Any]
    source: str  # a file name, or "texts" for Python data
    where: list[str] = field(default_factory=list)  # per row: "spam.csv line 12" (empty: "row i")
    groups: list[Any] | None = None
    unit: str = "row"  # what a row is, for messages: "row" (a table's data row), "line" (JSON lines), "file"
    names: list[str] = field(default_factory=list)  # per row, for unit "file": its path in the folder

    def place(self, i: int) -> str:
        return self.where[i] if self.where else f"{self.source} row {i + 1}"


def shared_groups(parts: dict[str, Part]) -> dict[str, list[int]]:
    """Per given test or validation file with a group column: ``[shared, total]``, how many of its
    texts belong to a group that the training file also has, of how many (a grouped split keeps
    groups on one side only where it carves the split itself). Only the files that share any."""
    train = parts["train"].groups
    if train is None:
        return {}
    seen = {str(g) for g in train}
    shared = {}
    for role in ("val", "test"):
        groups = parts[role].groups if role in parts else None
        n = sum(str(g) in seen for g in groups or [])
        if n and groups is not None:
            shared[role] = [n, len(groups)]
    return shared


def content_digest(part: Part) -> dict[str, Any]:
    """SHA-256 of a part's texts and labels, its row count and the digests of blocks of rows."""
    whole = hashlib.sha256()
    n = len(part.texts)
    block = max(1, -(-n // MAX_BLOCKS))
    digests: list[str] = []
    current = hashlib.sha256()
    for i, (text, label) in enumerate(zip(part.texts, part.labels)):
        row = json.dumps([text, str(label)], ensure_ascii=False).encode("utf-8") + b"\n"
        whole.update(row)
        current.update(row)
        if (i + 1) % block == 0 or i + 1 == n:
            digests.append(current.hexdigest()[:8])
            current = hashlib.sha256()
    out = {"file": part.source, "sha256": whole.hexdigest(), "rows": n, "block": block, "digests": digests}
    out["unit"] = part.unit
    if part.names:  # the first file of each block, so that a changed block is named by its files
        out["starts"] = part.names[::block]
    return out


def _class_order(labels: Iterable[Any]) -> list[Any]:
    distinct = set(labels)
    if all(_is_int_label(v) for v in distinct):
        return sorted(distinct, key=lambda v: int(v))
    return sorted(distinct, key=str)


def _is_int_label(v: Any) -> bool:
    if isinstance(v, (bool, np.bool_)):
        return False
    if isinstance(v, (int, np.integer)):
        return True
    return isinstance(v, str) and v.strip().lstrip("+-").isdigit()


def _label_key(v: Any) -> str:
    """Labels compare by their text, integers by value (``"1"``, ``1`` and ``np.int64(1)`` are one class)."""
    return str(int(v)) if _is_int_label(v) else str(v).strip()


def _variant_key(label: str) -> str:
    """One key for the spellings of a label that are nearly always one class: case (``Pos``,
    ``pos``), Unicode form (``é`` composed or as ``e`` + accent) and number format (``1``, ``1.0``,
    as a spreadsheet or pandas writes integer labels once a value is missing)."""
    key = unicodedata.normalize("NFKC", label).casefold().strip()
    try:
        number = float(key)
    except ValueError:
        return key
    return str(int(number)) if number.is_integer() else key


def _refuse_case_variants(train: Part, classes: list[Any]) -> None:
    """Labels that differ only in case, Unicode form or number format (see :func:`_variant_key`) are
    a slip far more often than different classes: refuse them, naming each spelling and how often it
    occurs."""
    spellings: dict[str, list[str]] = {}
    for c in classes:
        spellings.setdefault(_variant_key(str(c)), []).append(str(c))
    clashes = [v for v in spellings.values() if len(v) > 1]
    if not clashes:
        return
    counts: dict[str, int] = {}
    for v in train.labels:
        key = _label_key(v)
        counts[key] = counts.get(key, 0) + 1

    def n(s: str) -> str:
        return f"{counts.get(s, 0)} text{'' if counts.get(s, 0) == 1 else 's'}"

    def spelled(group: list[str]) -> list[str]:  # composed vs decomposed accents look alike: show the code points
        alike = len({unicodedata.normalize("NFC", s) for s in group}) < len(group)
        return [ascii(s) if alike else repr(s) for s in group]

    shown = "; ".join(", ".join(f"{w} ({n(s)})" for s, w in zip(group, spelled(group))) for group in clashes[:3])
    raise DataError(
        f"{train.source}: labels that differ only in case, Unicode form or number format would be separate "
        f"classes: {shown}. Write each class one way in the data (labels are compared as written; spaces around "
        "them are ignored, and whole numbers by value: 01 is 1)"
    )


def check_part(part: Part, role: str) -> None:
    """Every row has a non-empty text and a label; lengths agree."""
    if len(part.texts) != len(part.labels):
        raise DataError(
            f"{part.source}: {len(part.texts)} texts but {len(part.labels)} labels for the {role} split; "
            "pass one label per text"
        )
    if not part.texts:
        raise DataError(f"{part.source} holds no rows for the {role} split; pass a file or list with labelled texts")
    for i, (text, label) in enumerate(zip(part.texts, part.labels)):
        if not isinstance(text, str):
            raise DataError(
                f"{part.place(i)}: every text must be a string, but got {type(text).__name__} {text!r}; "
                "convert the texts with str() or drop that row"
            )
        if not text.strip():
            what = "file" if part.unit == "file" else "row"
            raise DataError(
                f"{part.place(i)}: the text is empty; every {what} needs a text to classify. Remove the {what} or "
                "fill it in"
            )
        if isinstance(label, (list, dict, tuple, set)):
            raise DataError(
                f"{part.place(i)}: the label is a {type(label).__name__} ({label!r}), but each text takes one label, "
                "a string or a number; give one label per text (multi-label data is not supported)"
            )
        if label is None or (isinstance(label, float) and label != label) or not str(label).strip():
            raise DataError(
                f"{part.place(i)}: the label is empty; every text needs a label. Remove the row or label it"
            )


def _rows_for(
    labels: np.ndarray,
    groups: np.ndarray | None,
    fraction: float,
    seed: int,
    stage: str,
    what: str,
    classes: list[Any],
    source: str,
) -> tuple[np.ndarray, np.ndarray]:
    if groups is not None:
        return grouped_split(labels, groups, fraction, rng_for(seed, stage), what)
    counts = np.bincount(labels, minlength=len(classes))
    rare = [str(classes[c]) for c in np.flatnonzero(counts == 1)]
    if rare:
        shown = ", ".join(repr(r[:40] + ("..." if len(r) > 40 else "")) for r in rare[:5])
        shown += f" and {len(rare) - 5} more" if len(rare) > 5 else ""
        if len(rare) > len(labels) / 2:  # most labels unique: the label column is likely the wrong one
            raise DataError(
                f"{source}: {len(rare)} of its {len(labels)} labels occur once ({shown}), so they are not classes; "
                "is label_column the right column (text_column and label_column swapped?)"
            )
        raise DataError(
            f"{source}: the classes {shown} have only one text each, so a stratified {what} split cannot put them "
            "on both sides; add texts of those classes, remove them, or pass your own test_path= / val_path="
        )
    return stratified_split(labels, fraction, rng_for(seed, stage), what)


def build_own(
    name: str,
    parts: dict[str, Part] | Callable[[], dict[str, Part]],
    *,
    num_words: int,
    test_fraction: float,
    val_fraction: float,
    seed: int,
    cache_dir: str | os.PathLike[str] | None,
    options: dict[str, Any],
    extra_meta: dict[str, Any] | None = None,
    file_sha256: dict[str, str] | None = None,
) -> Dataset:
    """Check, split, encode and cache ``parts`` (``train`` always; ``test`` / ``val`` when given).

    ``parts`` may be a function that reads them: with ``file_sha256`` (each part's file digest) a
    cached encoding is found without reading the files at all.
    """
    num_words = check_num_words(num_words, FIRST_WORD_ID + 1, "ids 0 and 1 are reserved for padding and oov")
    test_fraction = check_fraction("test_fraction", test_fraction)
    val_fraction = check_fraction("val_fraction", val_fraction)
    seed = check_seed(seed)
    settings = {"num_words": num_words, "test_fraction": test_fraction, "val_fraction": val_fraction, "seed": seed}
    folder = cache.resolve_cache_dir(cache_dir)

    def key_of(identity: dict[str, str]) -> str:
        return cache.cache_key({"dataset": name, "own": options, **settings, "content": identity, "format": FORMAT})

    if file_sha256 is not None:
        cached = cache.load(folder, name, key_of(file_sha256))
        if cached is not None:
            cached.meta.update(extra_meta or {})
            return cached
    if callable(parts):
        parts = parts()
    for role, part in parts.items():
        check_part(part, role)
    content = {role: content_digest(part) for role, part in parts.items()}
    if file_sha256 is not None:
        for role, digest in file_sha256.items():
            content[role]["sha256"] = digest
    key = key_of({r: c["sha256"] for r, c in content.items()})
    if file_sha256 is None or key != key_of(file_sha256):  # that key was looked up above
        cached = cache.load(folder, name, key)
        if cached is not None:  # the same content under other names: this study's names
            cached.meta.update(extra_meta or {}, source={role: part.source for role, part in parts.items()})
            return cached

    train = parts["train"]
    classes = _class_order(_label_key(v) for v in train.labels)
    if len(classes) < 2:
        raise DataError(
            f"{train.source}: every training text has the label {classes[0]!r}, but a classifier needs at least 2 "
            "classes; check the label column (or folder names) and pass data with two or more labels"
        )
    _refuse_case_variants(train, classes)
    index = {c: i for i, c in enumerate(classes)}
    for role in ("val", "test"):
        given = parts.get(role)
        if given is None:
            continue
        for i, v in enumerate(given.labels):
            if _label_key(v) not in index:
                raise DataError(
                    f"{given.place(i)}: label {_label_key(v)!r} of the {role} split never occurs in the training "
                    f"data {train.source} (its classes: {classes}); add training texts of that class or remove it "
                    f"from {given.source}"
                )

    texts: list[str] = []
    labels: list[int] = []
    offsets: dict[str, np.ndarray] = {}
    for role in ROLES:
        if role not in parts:
            continue
        offsets[role] = np.arange(len(texts), len(texts) + len(parts[role].texts))
        texts += parts[role].texts
        labels += [index[_label_key(v)] for v in parts[role].labels]
    y = np.asarray(labels, dtype=np.int64)
    groups = np.asarray([str(g) for g in train.groups]) if train.groups is not None else None
    rows, how = _split(parts, offsets, y, groups, test_fraction, val_fraction, seed, classes)
    meta = {
        "source": {role: part.source for role, part in parts.items()},
        "seed": seed,
        "options": {**options, **settings},
        "val_split": how,
        "class_names": [str(c) for c in classes],
        "content": content,
        "shared_groups": shared_groups(parts),
        "encoding": ENCODING,
        **(extra_meta or {}),
    }
    rule = IdRule(first_id=FIRST_WORD_ID, num_words=num_words, oov_id=OOV_ID, start_id=None, unseen_to_oov=True)
    dataset = build_from_texts(name, texts, imdb_tokens, y, rows, [str(c) for c in classes], rule, meta)
    cache.save(folder, dataset, key)
    return dataset


def _split(
    parts: dict[str, Part],
    offsets: dict[str, np.ndarray],
    y: np.ndarray,
    groups: np.ndarray | None,
    test_fraction: float,
    val_fraction: float,
    seed: int,
    classes: list[Any],
) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """Row indices of each split, and how validation and test were made."""
    train_rows = offsets["train"]
    source = parts["train"].source
    how: dict[str, Any] = {}
    if "test" in parts:
        test = offsets["test"]
        how["test"] = "given"
    else:
        g = groups
        kept, held = _rows_for(y[train_rows], g, test_fraction, seed, "test", "test_fraction", classes, source)
        test = train_rows[held]
        train_rows, groups = train_rows[kept], (None if g is None else g[kept])
        how["test"] = "group" if g is not None else "stratified"
    if "val" in parts:
        val = offsets["val"]
        how["kind"] = "given"
    else:
        kept, held = _rows_for(y[train_rows], groups, val_fraction, seed, "val", "val_fraction", classes, source)
        val, train_rows = train_rows[held], train_rows[kept]
        how["kind"] = "group" if groups is not None else "stratified"
    missing = sorted(set(np.unique(y[np.concatenate([val, test])]).tolist()) - set(np.unique(y[train_rows]).tolist()))
    if missing:
        names = [str(classes[c]) for c in missing]
        raise DataError(
            f"{parts['train'].source}: after holding out validation and test texts, the training split has no text "
            f"of the classes {names}; add texts of those classes or lower test_fraction / val_fraction"
        )
    return {"train": train_rows, "val": val, "test": test}, how


def resolve_paths(options: dict[str, Any], base: Path, keys: Sequence[str] = ("path", "test_path", "val_path")) -> None:
    """Relative file options that do not exist from the working folder are taken from ``base``
    (the sweep file's folder) when they exist there."""
    for k in keys:
        value = options.get(k)
        if isinstance(value, (str, os.PathLike)) and not Path(value).is_absolute() and not Path(value).exists():
            candidate = base / value
            if candidate.exists():
                options[k] = str(candidate)
