"""KerasTuner code written for KerasTuner runs under tune run: the getting-started build_model and
a HyperModel with conditional_scope, name_scope, sampling="LOG" and a batch size tuned in fit."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path
from typing import Any

import optuna
import pytest

from textclf_tune import RunConfig, StudyError, load_sweep, run_study
from textclf_tune.engine.progress import Reporter
from textclf_tune.space.fingerprint import read_fingerprint
from textclf_tune.store.enqueue import enqueue
from textclf_tune.store.records import S
from textclf_tune.store.storage import open_storage

HEADER = """
import keras
import keras_tuner
from keras import layers
from textclf_tune import Data, Quick, Training

data = Data("imdb", num_words=300)  # the one line that differs from the KerasTuner original
training = Training(epochs=2, batch_size=16, maxlen=40, early_stopping=None)
quick = Quick(n_train=60, n_val=20, n_test=20, epochs=1, trials=2, max_maxlen=40)
"""

# KerasTuner's getting-started build_model, its hp calls verbatim; the input layers, the output
# layer and the loss are a text classifier's instead of MNIST's.
GETTING_STARTED = """
def build_model(hp):
    model = keras.Sequential()
    model.add(keras.Input((None,), dtype="int32"))
    model.add(layers.Embedding(300, 8))
    model.add(layers.GlobalAveragePooling1D())
    # Tune the number of layers.
    for i in range(hp.Int("num_layers", 1, 3)):
        model.add(
            layers.Dense(
                # Tune number of units separately.
                units=hp.Int(f"units_{i}", min_value=32, max_value=512, step=32),
                activation=hp.Choice("activation", ["relu", "tanh"]),
            )
        )
    if hp.Boolean("dropout"):
        model.add(layers.Dropout(rate=0.25))
    model.add(layers.Dense(1, activation="sigmoid"))
    learning_rate = hp.Float("lr", min_value=1e-4, max_value=1e-2, sampling="log")
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=learning_rate),
        loss="binary_crossentropy",
        metrics=["accuracy"],
    )
    return model
"""

HYPERMODEL = """
class TextHyperModel(keras_tuner.HyperModel):
    def build(self, hp):
        model = keras.Sequential([keras.Input((40,), dtype="int32"), layers.Embedding(300, 8)])
        pooling = hp.Choice("pooling", ["average", "dense"])
        with hp.conditional_scope("pooling", ["average"]):
            if pooling == "average":
                model.add(layers.GlobalAveragePooling1D())
        with hp.conditional_scope("pooling", ["dense"]):
            if pooling == "dense":
                model.add(layers.Flatten())
                for i in range(2):
                    with hp.name_scope(f"block_{i}"):
                        model.add(layers.Dense(hp.Int("units", 4, UNITS_MAX, step=4), activation="relu"))
        model.add(layers.Dense(1, activation="sigmoid"))
        lr = hp.Float("learning_rate", 1e-3, 1e-1, sampling="LOG")
        model.compile(keras.optimizers.Adam(lr), "binary_crossentropy", metrics=["accuracy"])
        return model

    def fit(self, hp, model, *args, **kwargs):
        return model.fit(*args, batch_size=hp.Choice("batch_size", [8, 16]), **kwargs)


hypermodel = TextHyperModel()
"""


def _write(path: Path, body: str, units_max: int = 16) -> Path:
    path.write_text(HEADER + textwrap.dedent(body).replace("UNITS_MAX", str(units_max)))
    return path


class _Starts(Reporter):
    """Keeps the configuration each trial announces."""

    def __init__(self) -> None:
        self.started: list[dict[str, Any]] = []

    def trial_start(self, number: int, index: int, params: dict[str, Any], is_reference: bool) -> None:
        self.started.append(dict(params))


def _run(sweep: Path, db: Path, reporter: Reporter | None = None, **kw: object) -> optuna.Study:
    cfg = RunConfig(storage=f"sqlite:///{db}", quick=True, **kw)  # type: ignore[arg-type]
    return run_study(load_sweep(sweep), cfg, reporter or Reporter())


@pytest.fixture
def data_env(imdb_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TEXTCLF_DATA_DIR", str(imdb_dir))
    return imdb_dir


def test_getting_started_build_model_runs_and_its_whole_space_is_recorded(data_env: Path, tmp_path: Path) -> None:
    sweep = _write(tmp_path / "getting_started.py", GETTING_STARTED)
    study = _run(sweep, tmp_path / "s.db")
    assert [t.state.name for t in study.trials] == ["COMPLETE", "COMPLETE"]
    space = read_fingerprint(study, open_storage(f"sqlite:///{tmp_path / 's.db'}"))["space"]  # type: ignore[index]
    # num_layers defaults to 1; the walk built 3 layers too, so units_1 and units_2 are recorded
    assert {"num_layers", "units_0", "units_1", "units_2", "activation", "dropout", "lr"} <= set(space)
    assert space["lr"]["sampling"] == "log"
    assert study.metric_names == ["val_accuracy"]  # optuna-dashboard names the objective


class _Says(Reporter):
    def __init__(self) -> None:
        self.said: list[str] = []

    def message(self, text: str) -> None:
        self.said.append(text)


def test_a_pasted_hyperband_tuner_runs_and_its_unused_max_epochs_is_said(data_env: Path, tmp_path: Path) -> None:
    tuner = f"import keras_tuner as kt\ntuner = kt.Hyperband(build_model, objective='val_accuracy', max_epochs=3, directory={str(tmp_path / 'kt')!r})\n"
    sweep = _write(tmp_path / "hyperband.py", GETTING_STARTED + tuner)
    says = _Says()
    study = _run(sweep, tmp_path / "s.db", says)
    assert [t.state.name for t in study.trials] == ["COMPLETE", "COMPLETE"]
    notes = [m for m in says.said if "has max_epochs=3, which is not used" in m]
    assert len(notes) == 1 and notes[0].startswith(f"note: {sweep}: tuner = Hyperband(...)")


def test_hypermodel_with_scopes_and_fit_tuned_batch_size(data_env: Path, tmp_path: Path) -> None:
    sweep = _write(tmp_path / "hm.py", HYPERMODEL)
    db = tmp_path / "s.db"
    starts = _Starts()
    study = _run(sweep, db, starts, trials=3)
    space = read_fingerprint(study, open_storage(f"sqlite:///{db}"))["space"]  # type: ignore[index]
    dense_only = [{"parent": "pooling", "values": ["dense"]}]
    assert space["block_0/units"] == {
        "type": "Int",
        "min": 4,
        "max": 16,
        "step": 4,
        "sampling": "linear",
        "conditions": dense_only,
    }
    assert space["block_1/units"]["conditions"] == dense_only  # scoped names recorded separately
    assert space["batch_size"] == {"type": "Choice", "values": [8, 16]}  # tuned in HyperModel.fit
    assert space["learning_rate"]["sampling"] == "log"  # "LOG", lower-cased as KerasTuner does
    finished = [t for t in study.trials if t.state.name == "COMPLETE"]
    assert len(finished) == 3
    for t in finished:
        assert t.params["batch_size"] in (8, 16) and t.user_attrs["batch_size"] == t.params["batch_size"]
        assert starts.started[t.number]["batch_size"] == t.params["batch_size"]  # announced before training
        if t.params["pooling"] == "dense":
            assert {"block_0/units", "block_1/units"} <= set(t.params)
        else:
            assert not any(k.startswith("block_") for k in t.params)
    # tune enqueue accepts a hyperparameter of either branch
    queued = enqueue(study.study_name, ["pooling=dense", "block_1/units=12"], storage=f"sqlite:///{db}")
    assert queued.params == {"pooling": "dense", "block_1/units": 12}
    # the user attr people read holds the hash, not the 16,000-character record
    assert isinstance(study.user_attrs[S.FINGERPRINT], str) and len(study.user_attrs[S.FINGERPRINT]) == 16

    # widening a range inside a branch the defaults do not take is refused on resume, naming it
    _write(sweep, HYPERMODEL, units_max=32)
    with pytest.raises(
        StudyError, match=r"'block_0/units' changed: Int\(4..16, step=4\) when pooling in \['dense'\] -> Int\(4..32"
    ):
        _run(sweep, db, trials=3)


def test_a_hypermodel_class_is_refused_with_the_fix(tmp_path: Path) -> None:
    from textclf_tune import SweepError

    sweep = _write(
        tmp_path / "cls.py", HYPERMODEL.replace("hypermodel = TextHyperModel()", "hypermodel = TextHyperModel")
    )
    with pytest.raises(SweepError, match=r"give an instance, e.g. hypermodel = TextHyperModel\(\)"):
        load_sweep(sweep)


def test_a_hypermodels_bound_build_keeps_its_fit(tmp_path: Path) -> None:
    sweep = _write(
        tmp_path / "bound.py", HYPERMODEL.replace("hypermodel = TextHyperModel()", "build = TextHyperModel().build")
    )
    loaded = load_sweep(sweep)
    assert loaded.hypermodel is not None and loaded.hypermodel.build == loaded.build
    assert "keras_tuner" in sys.modules


# KerasTuner's "tune model training" custom fit scores validation itself: model.fit gets no
# validation_data, so no epoch reports the objective. Each way of leaving out what the engine needs
# is refused at start-up (nothing trained or written), naming the sweep, the class and the fix.
CUSTOM_FITS = {
    "no validation_data": (
        """
    def fit(self, hp, model, x, y, validation_data, **kwargs):
        model.fit(x, y, **kwargs)
        x_val, y_val = validation_data
        return float(((model.predict(x_val)[:, 0] > 0.5) == y_val).mean())
""",
        r"TextHyperModel\.fit\(hp, model, \.\.\.\) .*without validation_data.*validation_data=validation_data",
    ),
    "callbacks dropped": (
        """
    def fit(self, hp, model, x, y, validation_data, callbacks=None, **kwargs):
        return model.fit(x, y, validation_data=validation_data, **kwargs)
""",
        r"TextHyperModel\.fit\(hp, model, \.\.\.\) .*without the callbacks.*callbacks=callbacks",
    ),
    "custom loop": (
        """
    def fit(self, hp, model, x, y, **kwargs):
        return 0.5
""",
        r"TextHyperModel\.fit\(hp, model, \.\.\.\) .*never called model\.fit.*custom training loop",
    ),
    "own score returned": (  # trains properly, then returns a score that would be silently ignored
        """
    def fit(self, hp, model, *args, **kwargs):
        model.fit(*args, **kwargs)
        return {"val_accuracy": 0.5}
""",
        r"TextHyperModel\.fit\(hp, model, \.\.\.\) returned \{'val_accuracy': 0\.5\}, a score of its own.*model\.compile",
    ),
}


CUSTOM_FITS["preprocesses x"] = (  # KerasTuner's "tune data preprocessing": test and export would miss it
    """
    def fit(self, hp, model, x, y, validation_data, **kwargs):
        if hp.Boolean("reverse"):
            x, validation_data = x[:, ::-1], (validation_data[0][:, ::-1], validation_data[1])
        return model.fit(x, y, validation_data=validation_data, **kwargs)
""",
    r"TextHyperModel\.fit\(hp, model, x, y, \.\.\.\) passed model\.fit other validation inputs than it was "
    r"given.*build\(hp\)",
)


CUSTOM_FITS["one-hot labels"] = (  # test scores feed class ids as given
    """
    def fit(self, hp, model, x, y, validation_data, **kwargs):
        x_val, y_val = validation_data
        return model.fit(x, keras.utils.to_categorical(y, 2), validation_data=(x_val, y_val), **kwargs)
""",
    r"passed model\.fit y in another form than it was given \(shape \(2, 2\) for \(2,\)\).*sparse_categorical",
)


def test_a_fit_that_changes_only_training_rows_runs(data_env: Path, tmp_path: Path) -> None:
    """Oversampling, a subsample or a shuffle in fit: a refit runs the same fit, test and export need none."""
    body = HYPERMODEL.replace(
        """    def fit(self, hp, model, *args, **kwargs):
        return model.fit(*args, batch_size=hp.Choice("batch_size", [8, 16]), **kwargs)
""",
        """    def fit(self, hp, model, x, y, **kwargs):
        if hp.Boolean("oversample"):
            x, y = x[list(range(len(y))) * 2][::-1], y[list(range(len(y))) * 2][::-1]
        return model.fit(x, y, **kwargs)
""",
    )
    study = _run(_write(tmp_path / "oversample.py", body), tmp_path / "s.db", trials=2)
    assert [t.state.name for t in study.trials] == ["COMPLETE", "COMPLETE"]


CUSTOM_FITS["score read from the history"] = (  # KerasTuner's documented pattern, read before any trial
    """
    def fit(self, hp, model, *args, **kwargs):
        history = model.fit(*args, **kwargs)
        return {"val_accuracy": max(history.history["val_accuracy"])}
""",
    r"TextHyperModel\.fit\(hp, model, \.\.\.\) returned \{'val_accuracy': 0\.0\}, a score of its own",
)


def test_a_fit_that_reads_the_history_it_gets_runs(data_env: Path, tmp_path: Path) -> None:
    """The start-up checks run fit with a model that trains nothing; what it returns has every name
    the model logs, as a trial's History does, so code that reads it runs there too."""
    old_fit = 'return model.fit(*args, batch_size=hp.Choice("batch_size", [8, 16]), **kwargs)'
    new_fit = """history = model.fit(*args, **kwargs)
        best = {"loss": min(history.history["val_loss"]), "acc": max(history.history["accuracy"])}
        return history"""
    sweep = _write(tmp_path / "reads_history.py", HYPERMODEL.replace(old_fit, new_fit))
    study = _run(sweep, tmp_path / "s.db", trials=1)
    assert [t.state.name for t in study.trials] == ["COMPLETE"]


@pytest.mark.parametrize("case", sorted(CUSTOM_FITS))
def test_a_custom_fit_that_hides_validation_is_refused_before_any_trial(
    data_env: Path, tmp_path: Path, case: str
) -> None:
    from textclf_tune import SweepError

    body, pattern = CUSTOM_FITS[case]
    old_fit = """
    def fit(self, hp, model, *args, **kwargs):
        return model.fit(*args, batch_size=hp.Choice("batch_size", [8, 16]), **kwargs)
"""
    assert old_fit in HYPERMODEL
    sweep = _write(tmp_path / "custom_fit.py", HYPERMODEL.replace(old_fit, body))
    with pytest.raises(SweepError, match=pattern) as info:
        _run(sweep, tmp_path / "s.db")
    assert "\n" not in str(info.value) and "custom_fit.py" in str(info.value)
    assert optuna.get_all_study_names(f"sqlite:///{tmp_path / 's.db'}") == []


def test_a_fit_that_tunes_epochs_itself_runs_and_refit_says_why_it_cannot(data_env: Path, tmp_path: Path) -> None:
    """fit(..., epochs=hp.Int("epochs", ...), **kwargs), as under KerasTuner when search() gets no
    epochs: the trials train the tuned epochs; a refit, which must train the chosen count, refuses."""
    from textclf_tune import SweepError
    from textclf_tune.engine.retraining import open_for_retraining
    from textclf_tune.space.hp import HyperParameters

    old_fit = 'return model.fit(*args, batch_size=hp.Choice("batch_size", [8, 16]), **kwargs)'
    new_fit = 'return model.fit(*args, epochs=hp.Int("epochs", 1, 2), **kwargs)'
    sweep = _write(tmp_path / "epochs_fit.py", HYPERMODEL.replace(old_fit, new_fit))
    study = _run(sweep, tmp_path / "s.db", trials=2)
    done = [t for t in study.trials if t.state.name == "COMPLETE"]
    assert len(done) == 2
    for t in done:
        assert t.user_attrs["epochs_run"] == t.params["epochs"]  # the tuned count, not Training(epochs=2)
    rt = open_for_retraining(study.study_name, f"sqlite:///{tmp_path / 's.db'}", sweep_path=str(sweep))
    hp = HyperParameters(values=dict(done[0].params), where="test")
    with pytest.raises(SweepError, match=r"passes its own epochs= to model\.fit, so a refit"):
        rt.trainer.refit(hp, seed=0, epochs=1)


def test_confirm_refit_refuses_such_a_fit_before_training_or_opening_the_test(
    data_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textclf_tune import SweepError
    from textclf_tune.engine import confirm as confirm_module
    from textclf_tune.engine.confirm import confirm
    from textclf_tune.store.records import S

    old_fit = 'return model.fit(*args, batch_size=hp.Choice("batch_size", [8, 16]), **kwargs)'
    new_fit = 'return model.fit(*args, epochs=hp.Int("epochs", 1, 2), **kwargs)'
    sweep = _write(tmp_path / "epochs_fit.py", HYPERMODEL.replace(old_fit, new_fit))
    url = f"sqlite:///{tmp_path / 's.db'}"
    study = _run(sweep, tmp_path / "s.db", trials=2)
    trained: list[Any] = []
    monkeypatch.setattr(confirm_module, "train_run", lambda *a, **k: trained.append(a))
    with pytest.raises(SweepError, match=r"passes its own epochs="):
        confirm(study.study_name, storage=url, sweep_path=str(sweep), top=1, seeds=2, refit=True)
    assert trained == []  # refused up front: no validation run trained
    again = optuna.load_study(study_name=study.study_name, storage=url)
    assert not again.user_attrs.get(S.TEST_OPENINGS)  # and the test split stays sealed
