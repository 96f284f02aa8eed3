"""What counts as a changed study: the sweep's fingerprint, and the dataset record under it."""

from __future__ import annotations

from textclf_tune.space.fingerprint import data_differences, differences, fingerprint

META = {
    "options": {"num_words": 100, "val_split": "movie", "data_dir": "/a"},
    "val_split": {"kind": "movie", "val_movies": 3},
    "sizes": {"train": 80, "val": 20},
    "class_counts": {"train": [40, 40]},
    "vocab_size": 50,
    "code_version": "1",
    "cache": {"path": "/x", "hit": True},
    "source": {"path": "/a/aclImdb_v1.tar.gz"},
}


def test_same_data_elsewhere_is_the_same_data() -> None:
    moved = {
        **META,
        "options": {**META["options"], "data_dir": "/b"},
        "cache": {"path": "/y", "hit": False},
        "source": {"path": "/b/aclImdb"},
    }
    assert data_differences(META, moved) == []


def test_each_data_change_is_named() -> None:
    new = {
        **META,
        "val_split": {"kind": "random"},
        "sizes": {"train": 75, "val": 25},
        "code_version": "2",
        "options": {**META["options"], "num_words": 200},
    }
    lines = data_differences(META, new)
    assert "data option num_words: 100 -> 200" in lines
    assert 'data val_split: "movie" -> "random"' in lines
    assert 'data sizes: {"train": 80, "val": 20} -> {"train": 75, "val": 25}' in lines
    assert 'data code_version: "1" -> "2"' in lines


def test_a_record_from_an_older_version_is_compared_on_what_it_has() -> None:
    old = {"options": {"num_words": 100}, "sizes": {"train": 80, "val": 20}}  # no val_split, no code_version
    assert data_differences(old, META) == []
    assert data_differences(old, {**META, "sizes": {"train": 79, "val": 21}}) != []  # a silent split change shows


def test_fingerprint_hash_and_named_space_change() -> None:
    space = {"units": {"type": "Int", "min": 4, "max": 16, "step": 4, "sampling": "linear"}}
    a = fingerprint(space, {"training": {"epochs": 2}})
    b = fingerprint({"units": {**space["units"], "max": 32}}, {"training": {"epochs": 2}})
    assert a["hash"] != b["hash"] and a == fingerprint(space, {"training": {"epochs": 2}})
    assert differences(a, b) == ["hyperparameter 'units' changed: Int(4..16, step=4) -> Int(4..32, step=4)"]
