"""Trainer details: cuDNN notes, compiled-model rule, best-epoch weights."""

from __future__ import annotations

from pathlib import Path

import keras
import pytest
from conftest import write_sweep

from textclf_tune import HyperParameters, SweepError, load_sweep
from textclf_tune.engine.setup import load_data, make_trainer, walk_space
from textclf_tune.engine.training import recurrent_notes


def test_recurrent_dropout_is_noted_also_inside_bidirectional() -> None:
    model = keras.Sequential(
        [
            keras.Input((None,), dtype="int32"),
            keras.layers.Embedding(50, 4),
            keras.layers.Bidirectional(keras.layers.LSTM(3, recurrent_dropout=0.2, return_sequences=True)),
            keras.layers.GRU(3),  # no recurrent dropout: no note
        ]
    )
    notes = recurrent_notes(model)
    assert len(notes) == 1 and "recurrent_dropout=0.2 keeps cuDNN off" in notes[0]


def test_uncompiled_model_is_a_clear_error(tiny_sweep: Path) -> None:
    text = tiny_sweep.read_text().replace("    model.compile(", "    return model\n    model.compile(", 1)
    tiny_sweep.write_text(text)
    sweep = load_sweep(tiny_sweep)
    trainer = make_trainer(sweep, load_data(sweep, quick=True), quick=True)
    with pytest.raises(SweepError, match="uncompiled model; call model.compile"):
        trainer.build(HyperParameters(values=sweep.reference_config), seed=0)


def test_fit_keeps_the_best_epoch_weights_and_leaves_test_sealed(tiny_sweep: Path) -> None:
    sweep = load_sweep(write_sweep(tiny_sweep, epochs=4))
    trainer = make_trainer(sweep, load_data(sweep, quick=False), quick=False)
    result = trainer.fit(HyperParameters(values=sweep.reference_config), seed=3)
    vals = result.history["val_accuracy"]
    assert result.best_value == max(vals) and vals[result.best_epoch - 1] == max(vals)
    _, x_val, _ = trainer.padded(result.maxlen)
    again = result.model.evaluate(x_val, trainer.dataset.val.y, verbose=0, return_dict=True)["accuracy"]
    assert again == pytest.approx(max(vals), abs=1e-6)  # the model holds the best epoch's weights
    assert result.test_accuracy is None and result.test_metrics == {}  # sealed unless asked
    scored = trainer.evaluate_test(result.model, result.maxlen, result.batch_size)
    assert 0.0 <= scored["accuracy"] <= 1.0


def test_epochs_hyperparameter_sets_each_configs_epochs_within_the_cap(tiny_sweep: Path) -> None:
    sweep = load_sweep(write_sweep(tiny_sweep, epochs=4, build_extra='hp.Int("epochs", 1, 4)'))
    trainer = make_trainer(sweep, load_data(sweep, quick=False), quick=False)
    config = {**sweep.reference_config, "epochs": 2}
    result = trainer.fit(HyperParameters(values=config), seed=3)
    assert len(result.history["loss"]) == 2  # not Training(epochs=4): the config's own count
    quick = make_trainer(sweep, load_data(sweep, quick=True), quick=True)  # quick preset: 1 epoch
    hp = HyperParameters(values={**config, "epochs": 3})
    quick.build(hp, seed=0)  # build(hp) defines the values
    assert hp.values["epochs"] == 3 and quick.epochs_for(hp) == 1 and trainer.epochs_for(hp) == 3
    wide = load_sweep(write_sweep(tiny_sweep, epochs=4, build_extra='hp.Int("epochs", 1, 9)'))
    wide_trainer = make_trainer(wide, load_data(wide, quick=False), quick=False)
    hp = HyperParameters(values={**config, "epochs": 9})
    wide_trainer.build(hp, seed=0)
    with pytest.raises(
        SweepError, match=r"'epochs' must take whole numbers from 1 to Training\(epochs=4\).* got epochs=9;"
    ):
        wide_trainer.epochs_for(hp)


FUNCTION_METRIC = """
objective = "val_top_prob"
direction = "maximize"  # a name KerasTuner does not know: the file says which way

def top_prob(y_true, y_pred):  # a plain function metric: Keras logs it as val_top_prob
    return keras.ops.mean(y_pred)
"""


def test_a_function_metric_can_be_the_objective(tiny_sweep: Path) -> None:
    path = write_sweep(tiny_sweep, extra=FUNCTION_METRIC)
    path.write_text(path.read_text().replace('metrics=["accuracy"]', 'metrics=["accuracy", top_prob]'))
    sweep = load_sweep(path)
    trainer = make_trainer(sweep, load_data(sweep, quick=True), quick=True)
    space = walk_space(sweep, trainer)
    assert set(space) == {"maxlen", "embedding_dim", "learning_rate"}


def test_a_fault_of_our_own_checks_is_not_blamed_on_build(tiny_sweep: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import textclf_tune.engine.training as training

    # A check that fails as if it were code of this package (its frame's file lies in the package).
    code = "def broken(model):\n    raise AttributeError(\"'str' object has no attribute 'get'\")\n"
    scope: dict = {}
    exec(compile(code, str(Path(training.__file__).with_name("metric_names.py")), "exec"), scope)
    monkeypatch.setattr(training, "logged_names", scope["broken"])
    sweep = load_sweep(tiny_sweep)
    trainer = make_trainer(sweep, load_data(sweep, quick=True), quick=True)
    with pytest.raises(AttributeError, match="no attribute 'get'"):  # a bug report's traceback, not "fix build(hp)"
        walk_space(sweep, trainer)


def test_an_error_in_build_still_names_the_sweep_line(tiny_sweep: Path) -> None:
    tiny_sweep.write_text(
        tiny_sweep.read_text().replace("    model = keras.Sequential(", "    1 / 0\n    model = keras.Sequential(", 1)
    )
    sweep = load_sweep(tiny_sweep)
    trainer = make_trainer(sweep, load_data(sweep, quick=True), quick=True)
    with pytest.raises(SweepError, match=r"tiny.py, line \d+: build\(hp\) raised ZeroDivisionError"):
        walk_space(sweep, trainer)


def test_a_branch_that_fails_to_build_is_noted_before_any_trial(
    tiny_sweep: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The walk built every branch, caught a branch's failure and said nothing: its trials failed
    one by one. Each cause is noted once, naming the branch and the line; a cached probe (no
    build) notes it too, with the path the sweep is read by now."""
    import os

    from textclf_tune.engine import training
    from textclf_tune.engine.setup import probe_space
    from textclf_tune.space import space_cache

    monkeypatch.setenv("TEXTCLF_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(space_cache, "_edited_since_start", lambda files: False)  # as in a new process
    bad = 'if hp.Choice("head", ["avg", "flat", "flat2"], default="avg") != "avg":\n        raise ValueError("shapes")'
    path = write_sweep(tiny_sweep, build_extra=bad)
    line = path.read_text().splitlines().index('        raise ValueError("shapes")') + 1
    sweep = load_sweep(path)
    trainer = make_trainer(sweep, load_data(sweep, quick=True), quick=True)
    said: list[str] = []
    space = probe_space(sweep, trainer, say=said.append)
    assert set(space) == {"maxlen", "embedding_dim", "learning_rate", "head"}
    (note,) = said  # head='flat2' fails the same way: one note per cause
    assert note.startswith(f"note: {path}, line {line}: the branch head='flat' fails to build (ValueError: shapes)")
    builds = [0]
    monkeypatch.setattr(training.Trainer, "build", lambda *a, **k: builds.__setitem__(0, builds[0] + 1))
    monkeypatch.chdir(path.parent)
    again: list[str] = []
    relative = load_sweep(os.path.relpath(path))
    assert probe_space(relative, trainer, say=again.append) == space and builds == [0]  # from the cache
    assert again == [note.replace(str(path), os.path.relpath(path))]


def test_a_trial_records_its_unordered_choices(tiny_sweep: Path, tmp_path: Path) -> None:
    import optuna

    from textclf_tune import RunConfig, run_study
    from textclf_tune.store.records import T

    path = write_sweep(tiny_sweep, build_extra='hp.Choice("kernel", [3, 7, 5], ordered=False, default=3)')
    url = f"sqlite:///{tmp_path / 's.db'}"
    run_study(load_sweep(path), RunConfig(storage=url, quick=True, trials=1))
    (trial,) = optuna.load_study(study_name="tiny-quick", storage=url).trials
    assert trial.user_attrs[T.UNORDERED] == ["kernel"]


def test_test_scores_carry_accuracy_when_the_model_does_not_log_it(tiny_sweep: Path) -> None:
    """A model compiled with metrics=[AUC] (objective val_auc) gave test figures without accuracy,
    and tune confirm crashed after opening the test split. Accuracy is counted from the outputs as
    Keras counts it; a model logging "acc" gives that."""
    import numpy as np

    from textclf_tune.analysis.stats import accuracy_of

    text = tiny_sweep.read_text().replace('metrics=["accuracy"]', 'metrics=[keras.metrics.AUC(name="auc")]')
    tiny_sweep.write_text(text + '\nobjective = "val_auc"\n')
    sweep = load_sweep(tiny_sweep)
    trainer = make_trainer(sweep, load_data(sweep, quick=True), quick=True)
    model = trainer.build(HyperParameters(values=sweep.reference_config, where="t"), seed=0)
    scores = trainer.evaluate_test(model, 40, 16)
    x, y = trainer.dataset.test.x.pad(40), trainer.dataset.test.y
    keras_says = keras.metrics.BinaryAccuracy()(y.reshape(-1, 1), model.predict(x, verbose=0))
    assert "auc" in scores and scores["accuracy"] == pytest.approx(float(keras_says))
    assert accuracy_of(np.array([[0.2, 0.8], [0.9, 0.1], [0.3, 0.7]]), np.array([1, 0, 0])) == pytest.approx(2 / 3)
    assert accuracy_of(np.array([[0.51], [0.5], [0.1]]), np.array([1, 1, 0])) == pytest.approx(2 / 3)  # > 0.5 is 1
