"""The cache of probed spaces: an unchanged sweep skips the probe's builds; any change that could
change the space (the sweep file, a helper beside it, a global computed at import) probes again."""

from __future__ import annotations

import json
import os
import sys
import textwrap
from pathlib import Path
from typing import Any

import optuna
import pytest
from conftest import write_sweep

from textclf_tune import RunConfig, StudyError, load_sweep, run_study
from textclf_tune.engine import training
from textclf_tune.engine.setup import load_data, make_trainer, probe_space, walk_space
from textclf_tune.space import space_cache
from textclf_tune.space.sweep import Data, Sweep, Training


@pytest.fixture
def builds(tmp_path: Path, imdb_dir: Path, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A fresh cache folder for this test, the cache on, and a count of the models built."""
    monkeypatch.setenv("TEXTCLF_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("TEXTCLF_DATA_DIR", str(imdb_dir))
    monkeypatch.delenv(space_cache.ENV_SPACE_CACHE, raising=False)
    # Each probe here stands for a new process, started after the files it reads were written
    # (test_a_file_edited_while_the_process_runs_is_not_cached checks the rule itself).
    monkeypatch.setattr(space_cache, "_edited_since_start", lambda files: False)
    count = [0]
    real = training.Trainer.build

    def counted(self: Any, hp: Any, seed: int, clear: bool = True) -> Any:
        count[0] += 1
        return real(self, hp, seed, clear)

    monkeypatch.setattr(training.Trainer, "build", counted)
    return count


def _probe(path: Path) -> dict[str, Any]:
    sweep = load_sweep(path)
    trainer = make_trainer(sweep, load_data(sweep, False), False)
    return probe_space(sweep, trainer)


def _entries(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache" / space_cache.SUBDIR).glob("*.json"))


def test_an_unchanged_sweep_is_not_probed_again(tmp_path: Path, builds: list[int]) -> None:
    path = write_sweep(tmp_path / "tiny.py")
    first = _probe(path)
    assert builds[0] >= 3  # the reference config, then both ends of maxlen and of embedding_dim
    assert len(_entries(tmp_path)) == 1
    builds[0] = 0
    second = _probe(path)
    assert builds[0] == 0
    assert second == first
    sweep = load_sweep(path)
    assert walk_space(sweep, make_trainer(sweep, load_data(sweep, False), False)) == first


def test_a_second_run_builds_no_model_for_its_space(tmp_path: Path, builds: list[int]) -> None:
    path, db = write_sweep(tmp_path / "tiny.py", epochs=1), tmp_path / "s.db"
    run_study(load_sweep(path), RunConfig(storage=f"sqlite:///{db}", trials=1))
    assert builds[0] > 1
    builds[0] = 0
    study = run_study(load_sweep(path), RunConfig(storage=f"sqlite:///{db}", trials=1))  # nothing left to train
    assert builds[0] == 0
    assert len(study.trials) == 1


def test_an_edited_sweep_file_is_probed_again(tmp_path: Path, builds: list[int]) -> None:
    path = write_sweep(tmp_path / "tiny.py")
    first = _probe(path)
    path.write_text(path.read_text() + "\n# a comment changes no space, but the file is not the same\n")
    builds[0] = 0
    assert _probe(path) == first
    assert builds[0] > 0
    assert len(_entries(tmp_path)) == 2


UNITS_REF = 'reference_config = {**reference_config, "units": 2}'
HELPER = """
def extra(hp):
    hp.Int("units", 1, {high})
"""


def test_an_edited_helper_beside_the_sweep_is_probed_again(
    tmp_path: Path, builds: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"space_helpers_{tmp_path.name}"  # a module name no other test imports
    helper = tmp_path / f"{name}.py"
    helper.write_text(HELPER.format(high=4))
    path = write_sweep(tmp_path / "tiny.py", extra=f"from {name} import extra\n{UNITS_REF}", build_extra="extra(hp)")
    assert _probe(path)["units"]["max"] == 4
    helper.write_text(HELPER.format(high=1024))  # another size: no stale bytecode
    monkeypatch.delitem(sys.modules, name)  # as a new process would, the sweep imports the new helper
    builds[0] = 0
    assert _probe(path)["units"]["max"] == 1024
    assert builds[0] > 0
    sys.modules.pop(name, None)


def test_a_helper_imported_inside_build_is_never_cached(
    tmp_path: Path, builds: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(tmp_path))  # a folder of the user's code on the path
    name = f"space_lazy_helpers_{tmp_path.name}"
    (tmp_path / f"{name}.py").write_text(HELPER.format(high=4))
    path = write_sweep(tmp_path / "tiny.py", extra=UNITS_REF, build_extra=f"__import__({name!r}).extra(hp)")
    try:
        assert _probe(path)["units"]["max"] == 4  # the key taken before the walk could not see the helper
        assert _entries(tmp_path) == []
    finally:
        sys.modules.pop(name, None)


def test_a_global_computed_at_import_is_part_of_the_key(
    tmp_path: Path, builds: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = f'import os\nWIDTH = int(os.environ.get("SPACE_CACHE_TEST_WIDTH", "4"))\n{UNITS_REF}'
    path = write_sweep(tmp_path / "tiny.py", extra=extra, build_extra='hp.Int("units", 1, WIDTH)')
    assert _probe(path)["units"]["max"] == 4
    monkeypatch.setenv("SPACE_CACHE_TEST_WIDTH", "8")
    builds[0] = 0
    assert _probe(path)["units"]["max"] == 8
    assert builds[0] > 0
    builds[0] = 0
    assert _probe(path)["units"]["max"] == 8  # and that space is cached in turn
    assert builds[0] == 0


def test_a_corrupt_entry_is_ignored_and_replaced(tmp_path: Path, builds: list[int]) -> None:
    path = write_sweep(tmp_path / "tiny.py")
    first = _probe(path)
    (entry,) = _entries(tmp_path)
    entry.write_text('{"format": 1, "key": "trunc')
    builds[0] = 0
    assert _probe(path) == first
    assert builds[0] > 0
    assert json.loads(entry.read_text())["space"] == first
    builds[0] = 0
    assert _probe(path) == first
    assert builds[0] == 0


def test_an_entry_under_another_key_is_not_trusted(tmp_path: Path, builds: list[int]) -> None:
    path = write_sweep(tmp_path / "tiny.py")
    first = _probe(path)
    (entry,) = _entries(tmp_path)
    record = json.loads(entry.read_text())
    record["key"] = "0" * 64  # a file renamed or copied from elsewhere
    entry.write_text(json.dumps(record))
    builds[0] = 0
    assert _probe(path) == first
    assert builds[0] > 0


def test_the_environment_variable_turns_the_cache_off(
    tmp_path: Path, builds: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(space_cache.ENV_SPACE_CACHE, "0")
    path = write_sweep(tmp_path / "tiny.py")
    first = _probe(path)
    n = builds[0]
    assert _probe(path) == first
    assert builds[0] == 2 * n > 0
    assert _entries(tmp_path) == []


def test_a_cache_folder_that_cannot_be_written_is_not_an_error(
    tmp_path: Path, builds: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_sweep(tmp_path / "tiny.py")
    sweep = load_sweep(path)
    trainer = make_trainer(sweep, load_data(sweep, False), False)  # the data cache as usual
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("TEXTCLF_CACHE_DIR", str(blocker / "cache"))  # no folder can be made under a file
    first = probe_space(sweep, trainer)
    n = builds[0]
    assert probe_space(sweep, trainer) == first
    assert builds[0] == 2 * n > 0


def test_a_resumed_study_whose_sweep_changed_is_still_refused(
    tmp_path: Path, builds: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = f'import os\nWIDTH = int(os.environ.get("SPACE_CACHE_TEST_WIDTH", "4"))\n{UNITS_REF}'
    path = write_sweep(tmp_path / "tiny.py", epochs=1, extra=extra, build_extra='hp.Int("units", 1, WIDTH)')
    db = tmp_path / "s.db"
    run_study(load_sweep(path), RunConfig(storage=f"sqlite:///{db}", trials=1))
    monkeypatch.setenv("SPACE_CACHE_TEST_WIDTH", "8")  # the file is the same; its space is not
    with pytest.raises(StudyError, match=r"hyperparameter 'units' changed: Int\(1..4\) -> Int\(1..8\)"):
        run_study(load_sweep(path), RunConfig(storage=f"sqlite:///{db}", trials=2))
    write_sweep(path, epochs=1, extra=extra, build_extra='hp.Int("units", 2, WIDTH)')
    monkeypatch.delenv("SPACE_CACHE_TEST_WIDTH")
    with pytest.raises(StudyError, match=r"hyperparameter 'units' changed: Int\(1..4\) -> Int\(2..4\)"):
        run_study(load_sweep(path), RunConfig(storage=f"sqlite:///{db}", trials=2))
    assert len(optuna.load_study(study_name="tiny", storage=f"sqlite:///{db}").trials) == 1


def _inline_build(hp: Any) -> Any:
    raise AssertionError("never built")


def test_no_key_for_a_sweep_without_a_file_or_whose_model_was_replaced(tmp_path: Path, builds: list[int]) -> None:
    path = write_sweep(tmp_path / "tiny.py")
    sweep = load_sweep(path)
    trainer = make_trainer(sweep, load_data(sweep, False), False)
    key = space_cache.space_key(sweep, trainer)
    assert key is not None and key == space_cache.space_key(load_sweep(path), trainer)
    inline = Sweep(
        path=tmp_path / "inline.py", build=_inline_build, data=Data("imdb", num_words=300), training=Training()
    )
    assert space_cache.space_key(inline, trainer) is None
    other = load_sweep(path)
    other.build = _inline_build  # the file, but another model: never the file's entry
    assert space_cache.space_key(other, trainer) not in (None, key)


HYPERMODEL = """
import keras
import keras_tuner
from textclf_tune import Data, Training

data = Data("imdb", num_words=300)
training = Training(epochs=1, batch_size=16, maxlen=40, early_stopping=None)


class Tiny(keras_tuner.HyperModel):
    def build(self, hp):
        model = keras.Sequential([keras.Input((None,), dtype="int32"), keras.layers.Embedding(300, 4),
                                  keras.layers.GlobalAveragePooling1D(), keras.layers.Dense(1, activation="sigmoid")])
        model.compile(keras.optimizers.Adam(hp.Float("lr", 1e-3, 1e-1, sampling="log")), "binary_crossentropy", metrics=["accuracy"])
        return model

    def fit(self, hp, model, *args, **kwargs):
        return model.fit(*args, batch_size=hp.Choice("batch_size", {sizes}), **kwargs)


hypermodel = Tiny()
"""


def test_a_hypermodel_in_the_sweep_file_is_cached_with_what_its_fit_defines(tmp_path: Path, builds: list[int]) -> None:
    path = tmp_path / "hm.py"
    path.write_text(textwrap.dedent(HYPERMODEL.format(sizes=[8, 16])))
    first = _probe(path)
    assert first["batch_size"]["values"] == [8, 16]
    builds[0] = 0
    assert _probe(path) == first and builds[0] == 0
    path.write_text(textwrap.dedent(HYPERMODEL.format(sizes=[8, 32])))  # only fit changed
    assert _probe(path)["batch_size"]["values"] == [8, 32]
    assert builds[0] > 0


def test_a_file_edited_while_the_process_runs_is_not_cached(
    tmp_path: Path, imdb_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEXTCLF_DATA_DIR", str(imdb_dir))
    path = write_sweep(tmp_path / "tiny.py")  # written now: after this process started
    sweep = load_sweep(path)
    trainer = make_trainer(sweep, load_data(sweep, False), False)
    target, checked = os.path.abspath(path), []
    real = space_cache._edited_since_start

    def sweep_file_only(files: Any) -> bool:  # other tests' files, also written after the start, aside
        checked.extend(files)
        return real([f for f in checked if f == target])

    monkeypatch.setattr(space_cache, "_edited_since_start", sweep_file_only)
    assert space_cache.space_key(sweep, trainer) is None  # its module may hold other code than the file
    assert target in checked and any(f.endswith(os.path.join("engine", "setup.py")) for f in checked)
    before = space_cache._process_start() - 60
    os.utime(path, (before, before))  # as if written before the process started
    assert space_cache.space_key(sweep, trainer) is not None
    path.touch()
    assert space_cache.space_key(sweep, trainer) is None
