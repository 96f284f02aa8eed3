"""Keras's own ``imdb.npz`` (``keras.datasets.imdb``), read with numpy only.

The file stores each review as a list of raw frequency ranks (1 = most frequent word, ranked
by Keras over the full official train set). ``keras.datasets.imdb.load_data`` then applies
``start_char=1, oov_char=2, index_from=3``: id = rank + 3, a leading 1, ids ``>= num_words``
-> 2. This module applies exactly those rules, so sequences equal Keras's. The ragged arrays
are pickled object arrays; they are unpickled with a restricted unpickler that only rebuilds
numpy arrays (as Keras itself does), never arbitrary objects. ``imdb_word_index.json`` beside
the npz (Keras's ``get_word_index`` file: word -> rank) fills ``Dataset.words`` when present.
"""

from __future__ import annotations

import io
import json
import pickle
import zipfile
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np

from textclf_tune.data.build import dataset_meta
from textclf_tune.data.dataset import Dataset, Split
from textclf_tune.data.sequences import Sequences
from textclf_tune.data.splits import rng_for, stratified_split
from textclf_tune.errors import DataError

IMDB_NPZ_URL = "https://storage.googleapis.com/tensorflow/tf-keras-datasets/imdb.npz"
WORD_INDEX_FILE = "imdb_word_index.json"
PAD_ID, START_ID, OOV_ID, INDEX_FROM = 0, 1, 2, 3
ARRAYS = ("x_train", "y_train", "x_test", "y_test")
ENCODING = {
    "pad": PAD_ID,
    "start": START_ID,
    "oov": OOV_ID,
    "index_from": INDEX_FROM,
    "vocabulary": "Keras's fixed ranking in imdb.npz (over the full official train set)",
}

_ALLOWED = frozenset(
    {
        ("numpy", "ndarray"),
        ("numpy", "dtype"),
        ("numpy.core.multiarray", "_reconstruct"),
        ("numpy._core.multiarray", "_reconstruct"),
    }
)


class _ArrayOnlyUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"refusing to unpickle {module}.{name}")


def _read_member(raw: bytes) -> np.ndarray:
    buffer = io.BytesIO(raw)
    try:
        return np.lib.format.read_array(buffer, allow_pickle=False)
    except ValueError:
        buffer.seek(0)
        major, _minor = np.lib.format.read_magic(buffer)
        if major == 1:
            np.lib.format.read_array_header_1_0(buffer)
        else:
            np.lib.format.read_array_header_2_0(buffer)
        return np.asarray(_ArrayOnlyUnpickler(buffer).load())


def read_npz(path: Path) -> dict[str, np.ndarray]:
    """The arrays of Keras's ``imdb.npz``; DataError if corrupt or if an array is missing."""
    try:
        with zipfile.ZipFile(path) as archive:
            arrays = {
                name[: -len(".npy")]: _read_member(archive.read(name))
                for name in archive.namelist()
                if name.endswith(".npy")
            }
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, pickle.UnpicklingError) as exc:
        raise DataError(
            f"{path} is not a readable imdb.npz ({type(exc).__name__}: {exc}); delete it and "
            f"download it again from {IMDB_NPZ_URL}"
        ) from exc
    missing = [a for a in ARRAYS if a not in arrays]
    if missing:
        raise DataError(
            f"{path} lacks the arrays {missing}; Keras's imdb.npz holds {list(ARRAYS)}. Delete it "
            f"and download it again from {IMDB_NPZ_URL}"
        )
    return arrays


def _ragged(rows: np.ndarray) -> Sequences:
    lengths = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
    flat = np.fromiter(chain.from_iterable(rows), dtype=np.int64, count=int(lengths.sum()))
    return Sequences.from_lengths(flat.astype(np.int32), lengths)


def keras_ids(raw: Sequences, num_words: int) -> Sequences:
    """``keras.datasets.imdb.load_data`` id rules: 1 first, rank + 3, ids >= num_words -> 2."""
    ids = raw.flat.astype(np.int64) + INDEX_FROM
    ids[ids >= num_words] = OOV_ID
    return Sequences(ids.astype(np.int32), raw.offsets).prepend(START_ID)


def word_index_identity(npz_path: Path) -> list[int] | None:
    """Size and mtime of ``imdb_word_index.json`` beside the npz (part of the cache key)."""
    try:
        stat = (npz_path.parent / WORD_INDEX_FILE).stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns]


def read_words(npz_path: Path, num_words: int, max_rank: int) -> tuple[list[str], str | None]:
    """``words`` from ``imdb_word_index.json`` beside the npz, or all ``""`` without it."""
    size = min(num_words, max_rank + INDEX_FROM + 1)
    words = [""] * size
    path = npz_path.parent / WORD_INDEX_FILE
    if not path.is_file():
        return words, None
    try:
        index = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(
            f"{path} is not valid JSON ({exc}); delete it and download it again from "
            f"{IMDB_NPZ_URL.replace('imdb.npz', WORD_INDEX_FILE)}"
        ) from exc
    for word, rank in index.items():
        i = int(rank) + INDEX_FROM
        if INDEX_FROM < i < size:
            words[i] = word
    return words, str(path)


def encode_keras_imdb(
    path: Path,
    num_words: int,
    val_fraction: float,
    seed: int,
    meta: dict[str, object],
    class_names: list[str],
) -> Dataset:
    """IMDB from ``imdb.npz``: Keras's ids, our seeded stratified validation split."""
    arrays = read_npz(path)
    raw_train, raw_test = _ragged(arrays["x_train"]), _ragged(arrays["x_test"])
    y_train = np.asarray(arrays["y_train"], dtype=np.int64)
    y_test = np.asarray(arrays["y_test"], dtype=np.int64)
    for name, y, x in (("train", y_train, raw_train), ("test", y_test, raw_test)):
        if len(y) != len(x) or (y.size and (y.min() < 0 or y.max() > 1)):
            raise DataError(
                f"{path}: y_{name} must hold one 0/1 label per review, but got {len(y)} labels "
                f"with values in [{y.min() if y.size else '-'}, {y.max() if y.size else '-'}] "
                f"for {len(x)} reviews; download imdb.npz again from {IMDB_NPZ_URL}"
            )
    kept, held = stratified_split(y_train, val_fraction, rng_for(seed, "val"), "val_fraction")
    test_order = rng_for(seed, "order").permutation(len(y_test))
    train_ids, test_ids = keras_ids(raw_train, num_words), keras_ids(raw_test, num_words)
    parts = {
        "train": Split(train_ids[kept], y_train[kept]),
        "val": Split(train_ids[held], y_train[held]),
        "test": Split(test_ids[test_order], y_test[test_order]),
    }
    max_rank = int(raw_train.flat.max()) if raw_train.flat.size else 0
    words, index_path = read_words(path, num_words, max_rank)
    extra = {**meta, "encoding": ENCODING, "word_index": index_path, "vocab_size": max_rank}
    return Dataset(
        name="imdb",
        train=parts["train"],
        val=parts["val"],
        test=parts["test"],
        num_words=num_words,
        num_classes=len(class_names),
        class_names=list(class_names),
        words=words,
        meta=dataset_meta("imdb", parts, len(class_names), extra),
    )
