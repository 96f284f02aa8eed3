"""What counts as a changed study: the sweep's fingerprint, and the dataset record under it."""

from __future__ import annotations

from pathlib import Path

import optuna

from textclf_tune.space.fingerprint import (
    data_differences,
    differences,
    fingerprint,
    fingerprint_hash,
    read_fingerprint,
    same_as_legacy,
    write_fingerprint,
)

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


SETTINGS = {"objective": "val_accuracy", "direction": "maximize", "training": {"epochs": 2}}
ACTIVE = {
    "pooling": {"type": "Choice", "values": ["average", "dense"]},
    "lr": {"type": "Float", "min": 0.001, "max": 0.1, "step": None, "sampling": "log"},
}
BRANCH = {
    "type": "Int",
    "min": 4,
    "max": 16,
    "step": 4,
    "sampling": "linear",
    "conditions": [{"parent": "pooling", "values": ["dense"]}],
}


def _legacy(space: dict, settings: dict) -> dict:
    """A version-1 record: what the probe of the reference config alone stored (no version key)."""
    record = fingerprint(space, settings)
    del record["version"]
    return record


def test_the_hash_of_an_unconditional_space_is_what_version_1_stored() -> None:
    # the built-in sweeps' studies in results/studies.db resume: an unchanged space keeps its hash
    assert fingerprint(ACTIVE, SETTINGS)["hash"] == _legacy(ACTIVE, SETTINGS)["hash"]
    assert "version" not in differences(_legacy(ACTIVE, SETTINGS), fingerprint(ACTIVE, SETTINGS))


def test_a_version_1_record_of_the_same_sweep_is_accepted_and_a_changed_one_is_not() -> None:
    old = _legacy(ACTIVE, SETTINGS)  # the reference config took the "average" branch: no block_0/units
    new = fingerprint({**ACTIVE, "block_0/units": BRANCH}, SETTINGS)
    assert new["hash"] != old["hash"] and same_as_legacy(old, new)
    widened = fingerprint({**ACTIVE, "lr": {**ACTIVE["lr"], "max": 0.5}, "block_0/units": BRANCH}, SETTINGS)
    assert not same_as_legacy(old, widened)
    unconditional = fingerprint({**ACTIVE, "extra": {"type": "Boolean"}}, SETTINGS)  # a real addition
    assert not same_as_legacy(old, unconditional)
    assert not same_as_legacy(
        old, fingerprint({**ACTIVE, "block_0/units": BRANCH}, {**SETTINGS, "direction": "minimize"})
    )
    assert not same_as_legacy(new, new)  # only version-1 records are read this way


def test_the_user_attr_holds_the_hash_and_the_record_is_a_system_attr() -> None:
    storage = optuna.storages.InMemoryStorage()
    study = optuna.create_study(storage=storage, study_name="s")
    fp = fingerprint({**ACTIVE, "block_0/units": BRANCH}, SETTINGS)
    write_fingerprint(study, storage, fp)
    assert study.user_attrs == {"fingerprint": fp["hash"]}
    assert read_fingerprint(study, storage) == fp
    assert fingerprint_hash(study.user_attrs) == fp["hash"]
    old = optuna.create_study(storage=storage, study_name="old")
    old.set_user_attr("fingerprint", _legacy(ACTIVE, SETTINGS))  # as studies created before held it
    assert read_fingerprint(old, storage)["space"] == ACTIVE  # type: ignore[index]
    assert read_fingerprint(old, None) == _legacy(ACTIVE, SETTINGS)
    assert fingerprint_hash(old.user_attrs) == _legacy(ACTIVE, SETTINGS)["hash"]


def test_the_restore_hint_names_only_the_data_files_that_changed() -> None:
    from textclf_tune.space.fingerprint import restore_hint

    recorded = {"content": {"train": {"file": "train.csv", "sha256": "a"}, "test": {"file": "test.csv", "sha256": "b"}}}
    loaded = {"content": {"train": {"file": "train.csv", "sha256": "a"}, "test": {"file": "test.csv", "sha256": "c"}}}
    assert restore_hint(recorded, loaded).startswith("restore test.csv as the study read it")
    assert restore_hint(recorded).startswith("restore test.csv, train.csv as the study read them")


def test_a_mismatch_names_the_sweep_file_that_made_the_study(tmp_path: Path) -> None:
    """Another sweep file run with --study-name never made the study: restoring it is no remedy."""
    from types import SimpleNamespace

    from textclf_tune.engine.opening import _restore

    main, moved = tmp_path / "main.py", tmp_path / "main_moved.py"
    main.write_text("")
    moved.write_text("")
    study = SimpleNamespace(user_attrs={"sweep_file": str(main)})
    assert _restore(study, SimpleNamespace(path=moved)) == f"run the sweep file that made it ({main}) as it was"
    assert _restore(study, SimpleNamespace(path=main)) == f"restore {main} as it was"
    # recorded relative to another working folder: not found from here, so not named as another file
    elsewhere = SimpleNamespace(user_attrs={"sweep_file": "sweeps/main.py"})
    assert _restore(elsewhere, SimpleNamespace(path=main)) == f"restore {main} as it was"
