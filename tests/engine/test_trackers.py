"""Trackers: Keras callbacks through Training(callbacks=...), Optuna callbacks through
RunConfig(callbacks=...) and tune run --callback MODULE:ATTR."""

from __future__ import annotations

import warnings
from pathlib import Path

import optuna
import pytest
from conftest import write_sweep

from textclf_tune import RunConfig, SweepError, Training, TuneError, load_sweep, run_study
from textclf_tune.engine.progress import Reporter
from textclf_tune.engine.trackers import load_callback

TENSORBOARD = """
import keras as _keras
training = Training(epochs=2, batch_size=16, maxlen=40, early_stopping=None,
                    callbacks=[_keras.callbacks.TensorBoard(log_dir=r"{logs}")])
"""


def test_tensorboard_folders_per_trial_and_an_mlflow_run_per_trial(
    tiny_sweep: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logs = tmp_path / "tensorboard"
    write_sweep(tiny_sweep, extra=TENSORBOARD.format(logs=logs))
    callbacks = []
    mlflow_uri = None
    try:
        import mlflow
        from optuna_integration.mlflow import MLflowCallback

        (tmp_path / "mlruns").mkdir()
        mlflow_uri = f"sqlite:///{tmp_path / 'mlruns' / 'mlflow.db'}"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)  # deprecated in optuna-integration 4.9, still works
            callbacks.append(MLflowCallback(tracking_uri=mlflow_uri, metric_name="val_accuracy"))
    except ImportError:
        pass  # MLflow is optional (the [trackers] extra): checked below when installed
    cfg = RunConfig(storage=f"sqlite:///{tmp_path / 's.db'}", quick=True, callbacks=callbacks)
    study = run_study(load_sweep(tiny_sweep), cfg, Reporter())
    assert [t.state.name for t in study.trials] == ["COMPLETE", "COMPLETE"]
    for n in (0, 1):  # KerasTuner's layout: one folder per trial, event files under train/ and validation/
        assert list((logs / f"trial_{n}" / "train").glob("events.out.tfevents.*"))
        assert list((logs / f"trial_{n}" / "validation").glob("events.out.tfevents.*"))
    if mlflow_uri is None:
        pytest.skip("mlflow / optuna-integration not installed (pip install 'textclf-tune[trackers]')")
    mlflow.set_tracking_uri(mlflow_uri)
    experiment = mlflow.get_experiment_by_name(study.study_name)
    runs = mlflow.search_runs([experiment.experiment_id], output_format="list")
    assert len(runs) == 2
    assert sorted(r.data.metrics["val_accuracy"] for r in runs) == sorted(t.value for t in study.trials)


def test_training_callbacks_are_not_part_of_the_fingerprint_and_a_factory_is_called_per_trial() -> None:
    made: list[int] = []

    def factory(n: int) -> object:
        made.append(n)
        return object()

    t = Training(callbacks=[factory])
    assert "callbacks" not in t.to_dict() and t.to_dict() == Training().to_dict()
    t.callbacks_for(7)
    assert made == [7]
    with pytest.raises(SweepError, match="takes Keras callbacks"):
        Training(callbacks=[3])


def test_callback_option_loads_module_attr_file_and_factory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "my_trackers.py").write_text(
        "calls = []\n"
        "def log_trial(study, trial):\n    calls.append(trial.number)\n"
        "class Tracker:\n    def __call__(self, study, trial):\n        pass\n"
        "def make():\n    return log_trial\n"
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    assert load_callback("my_trackers:log_trial").__name__ == "log_trial"
    assert type(load_callback("my_trackers:Tracker")).__name__ == "Tracker"  # a class is instantiated
    assert load_callback("my_trackers:make").__name__ == "log_trial"  # a factory is called
    assert load_callback(f"{tmp_path / 'my_trackers.py'}:log_trial").__name__ == "log_trial"
    with pytest.raises(SweepError, match="is not MODULE:ATTR"):
        load_callback("my_trackers")
    with pytest.raises(SweepError, match="has no attribute 'nope'"):
        load_callback("my_trackers:nope")
    with pytest.raises(SweepError, match="cannot import 'no_such_module'"):
        load_callback("no_such_module:x")
    (tmp_path / "needs_pkg.py").write_text(
        "def make():\n    import not_installed_tracker_pkg\n    return not_installed_tracker_pkg.Callback()\n"
    )
    with pytest.raises(SweepError, match=r"needs the package 'not_installed_tracker_pkg'.*textclf-tune\[trackers\]"):
        load_callback("needs_pkg:make")  # a tracker factory whose package is missing: what to install


def test_workers_launcher_refuses_a_bad_callback_before_starting_workers(
    tiny_sweep: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from textclf_tune.cli.main import main

    url = f"sqlite:///{tmp_path / 's.db'}"
    assert main(["run", str(tiny_sweep), "--workers", "2", "--callback", "nosuch:x", "--storage", url, "-q"]) == 2
    err = capsys.readouterr().err
    assert "--callback 'nosuch:x': cannot import 'nosuch'" in err and "started worker" not in err
    assert not (tmp_path / "s.db").exists()  # refused before any worker started or storage was made


def test_a_callback_that_stops_the_study_ends_the_run(
    tiny_sweep: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """study.stop() in a callback and Optuna's MaxTrialsCallback end tune run, as in study.optimize."""
    from optuna.study import MaxTrialsCallback
    from optuna.trial import TrialState

    db = tmp_path / "s.db"
    said: list[str] = []

    class Says(Reporter):
        def message(self, text: str) -> None:
            said.append(text)

    cap = MaxTrialsCallback(2, states=(TrialState.COMPLETE,))
    study = run_study(load_sweep(tiny_sweep), RunConfig(storage=f"sqlite:///{db}", trials=4, callbacks=[cap]), Says())
    assert len(study.trials) == 2 and any("study.stop() called by callback MaxTrialsCallback" in m for m in said)

    def stop_now(study: optuna.Study, trial: optuna.trial.FrozenTrial) -> None:
        assert study.study_name == "tiny"  # the callback sees the study's attributes
        study.stop()

    study = run_study(load_sweep(tiny_sweep), RunConfig(storage=f"sqlite:///{db}", trials=4, callbacks=[stop_now]))
    assert len(study.trials) == 3  # one more trial, then stopped; the same command goes on later


def test_a_callback_that_raises_stops_the_run_and_says_so_its_trial_kept(tiny_sweep: Path, tmp_path: Path) -> None:
    from textclf_tune.errors import CallbackError

    def boom(study: optuna.Study, trial: optuna.trial.FrozenTrial) -> None:
        raise ValueError("callback exploded")

    url = f"sqlite:///{tmp_path / 's.db'}"
    with pytest.raises(CallbackError, match=r"callback boom raised ValueError: callback exploded after trial 0"):
        run_study(load_sweep(tiny_sweep), RunConfig(storage=url, trials=3, callbacks=[boom]))
    trials = optuna.load_study(study_name="tiny", storage=url).get_trials()
    assert [t.state.name for t in trials] == ["COMPLETE"]  # the trial itself stays recorded, not failed


def test_the_python_api_takes_the_storage_variable_and_refuses_bad_schedulers_up_front(
    tiny_sweep: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'env.db'}"
    monkeypatch.setenv("TEXTCLF_STORAGE", url)
    assert RunConfig().storage == url
    with pytest.raises(TuneError, match=r"pruner=HyperbandPruner is the class: pass an instance"):
        run_study(load_sweep(tiny_sweep), RunConfig(pruner=optuna.pruners.HyperbandPruner))  # type: ignore[arg-type]
    with pytest.raises(TuneError, match=r"unknown sampler 'tpee'"):
        run_study(load_sweep(tiny_sweep), RunConfig(sampler="tpee"))
    assert not (tmp_path / "env.db").exists()  # nothing created before the refusal
    study = run_study(load_sweep(tiny_sweep), RunConfig(trials=1, sampler="TPE", pruner="None"))
    assert len(study.trials) == 1 and (tmp_path / "env.db").exists()
