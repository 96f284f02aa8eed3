"""Dataset / Split containers and stratified, seeded subsampling."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from textclf_tune.data import Dataset, Sequences, Split, load_newsgroups
from textclf_tune.errors import DataError
from textclf_tune.testing.synthetic import isolated_env, write_news20_archive


@pytest.fixture
def ds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Dataset:
    for key, value in isolated_env(tmp_path).items():
        monkeypatch.setenv(key, value)
    write_news20_archive(tmp_path / "data", n_groups=3, n_per_group=30)
    return load_newsgroups(num_words=300)


def test_split_length_mismatch_is_rejected() -> None:
    with pytest.raises(ValueError, match="2 sequences but 1 labels"):
        Split(Sequences.from_lists([[1], [2]]), np.array([0]))


def test_ids_below_num_words_and_labels_in_range(ds: Dataset) -> None:
    for split in ds.splits().values():
        assert split.y.dtype == np.int64 and set(split.y.tolist()) <= {0, 1, 2}
        assert split.x.flat.dtype == np.int32 and split.x.flat.max() < ds.num_words
    assert len(ds.words) <= ds.num_words and ds.words[0] == ""
    json.dumps(ds.meta)


def test_subsample_is_stratified_deterministic_and_recorded(ds: Dataset) -> None:
    small = ds.subsample(n_train=12, n_val=None, n_test=6, seed=4)
    again = ds.subsample(n_train=12, n_val=None, n_test=6, seed=4)
    other = ds.subsample(n_train=12, n_val=None, n_test=6, seed=5)
    assert len(small.train) == 12 and len(small.test) == 6 and small.val is ds.val
    assert np.bincount(small.train.y).tolist() == [4, 4, 4]
    assert np.bincount(small.test.y).tolist() == [2, 2, 2]
    assert small.train.x.to_lists() == again.train.x.to_lists()
    assert small.train.x.to_lists() != other.train.x.to_lists()
    train_rows = {tuple(r) for r in ds.train.x.to_lists()}
    assert {tuple(r) for r in small.train.x.to_lists()} <= train_rows
    assert small.meta["subsample"] == {"n_train": 12, "n_val": None, "n_test": 6, "seed": 4}
    assert small.meta["sizes"] == {"train": 12, "val": len(ds.val), "test": 6}
    assert small.meta["class_counts"]["train"] == [4, 4, 4]
    assert "subsample" not in ds.meta  # the original is untouched
    assert small.words is ds.words and small.num_words == ds.num_words


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"n_train": 0, "n_val": None, "n_test": None}, "n_train must be None or an integer between 1 and"),
        ({"n_train": None, "n_val": 10_000, "n_test": None}, "n_val=10000"),
        ({"n_train": None, "n_val": None, "n_test": 2.5}, "n_test=2.5"),
        ({"n_train": 5, "n_val": None, "n_test": None, "seed": -1}, "seed=-1"),
    ],
)
def test_subsample_errors(ds: Dataset, kwargs: dict, message: str) -> None:
    with pytest.raises(DataError) as info:
        ds.subsample(**kwargs)
    assert message in str(info.value)
