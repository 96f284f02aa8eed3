"""Keras's imdb.npz: same ids as keras.datasets.imdb.load_data, restricted unpickling."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from textclf_tune.data import load_imdb
from textclf_tune.data.keras_npz import keras_ids, read_npz
from textclf_tune.data.sequences import Sequences
from textclf_tune.errors import DataError
from textclf_tune.testing.synthetic import record_sha256, write_imdb_npz

pytestmark = pytest.mark.usefixtures("data_env")


def _write_npz(folder: Path, x_train: list, y_train: list, x_test: list, y_test: list) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    arrays = {}
    for name, rows in (("x_train", x_train), ("x_test", x_test)):
        obj = np.empty(len(rows), dtype=object)
        obj[:] = rows
        arrays[name] = obj
    path = folder / "imdb.npz"
    np.savez(
        path,
        x_train=arrays["x_train"],
        y_train=np.array(y_train),
        x_test=arrays["x_test"],
        y_test=np.array(y_test),
    )
    record_sha256(path)
    return path


def test_keras_ids_rule() -> None:
    raw = Sequences.from_lists([[1, 2, 30], []])
    # keras.datasets.imdb.load_data(num_words=10): [1] + [w + 3], then ids >= 10 -> 2
    assert keras_ids(raw, 10).to_lists() == [[1, 4, 5, 2], [1]]


def test_load_from_npz_applies_keras_rules(tmp_path: Path) -> None:
    x_train = [[1, 2, 3], [1, 1, 4], [2, 5], [3, 3, 3, 9], [1], [4, 4]]
    _write_npz(tmp_path / "data", x_train, [0, 1, 0, 1, 0, 1], [[1, 7], [2]], [1, 0])
    index = {"the": 1, "and": 2, "a": 3, "of": 4, "zebra": 9}
    (tmp_path / "data" / "imdb_word_index.json").write_text(json.dumps(index))
    ds = load_imdb(num_words=7, val_fraction=0.34, source="keras")
    assert ds.meta["source"]["kind"] == "npz" and ds.meta["source"]["verified"] is True
    assert sorted(ds.test.x.to_lists()) == [[1, 4, 2], [1, 5]]
    assert ds.words == ["", "", "", "", "the", "and", "a"]
    every = sorted(ds.train.x.to_lists() + ds.val.x.to_lists())
    assert every == sorted([[1] + [w + 3 if w + 3 < 7 else 2 for w in row] for row in x_train])
    assert len(ds.val) == 2 and np.bincount(ds.val.y).tolist() == [1, 1]


def test_auto_uses_npz_when_no_archive(tmp_path: Path) -> None:
    write_imdb_npz(tmp_path / "data", n_per_class=6)
    ds = load_imdb(num_words=50)
    assert ds.meta["source"]["kind"] == "npz"
    assert ds.meta["sizes"] == {"train": 10, "val": 2, "test": 12}
    assert ds.words[4] != "" and ds.meta["word_index"].endswith("imdb_word_index.json")


def test_without_word_index_words_are_blank(tmp_path: Path) -> None:
    write_imdb_npz(tmp_path / "data", n_per_class=4, word_index=False)
    ds = load_imdb(num_words=20)
    assert set(ds.words) == {""} and ds.meta["word_index"] is None


def test_malicious_pickle_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    class Evil:
        def __reduce__(self):  # type: ignore[no-untyped-def]
            return (print, ("pwned",))

    obj = np.empty(1, dtype=object)
    obj[0] = Evil()
    path = tmp_path / "data" / "imdb.npz"
    path.parent.mkdir()
    np.savez(path, x_train=obj, y_train=np.array([0]), x_test=obj, y_test=np.array([0]))
    with pytest.raises(DataError) as info:
        read_npz(path)
    assert "is not a readable imdb.npz" in str(info.value) and "refusing to unpickle" in str(info.value)
    assert "pwned" not in capsys.readouterr().out


def test_missing_arrays_and_corrupt_file(tmp_path: Path) -> None:
    path = tmp_path / "imdb.npz"
    np.savez(path, x_train=np.zeros(3))
    with pytest.raises(DataError, match=r"lacks the arrays \['y_train', 'x_test', 'y_test'\]"):
        read_npz(path)
    path.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(DataError, match="delete it and download it again from https://storage.googleapis.com"):
        read_npz(path)


def test_npz_checksum_is_verified(tmp_path: Path) -> None:
    path = write_imdb_npz(tmp_path / "data", n_per_class=3)
    (path.parent / "SHA256SUMS").unlink()
    with pytest.raises(DataError) as info:
        load_imdb(source="keras")
    assert "69664113be75683a8fe16e3ed0ab59fda8886cb3cd7ada244f7d9544e4676b9f" in str(info.value)


def test_adding_the_word_index_invalidates_the_cache(tmp_path: Path) -> None:
    write_imdb_npz(tmp_path / "data", n_per_class=4, word_index=False)
    assert set(load_imdb(num_words=20).words) == {""}
    write_imdb_npz(tmp_path / "other", n_per_class=4, word_index=True)
    (tmp_path / "other" / "imdb_word_index.json").rename(tmp_path / "data" / "imdb_word_index.json")
    ds = load_imdb(num_words=20)
    assert ds.meta["cache"]["hit"] is False and ds.words[4] != ""
