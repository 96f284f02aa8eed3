"""engine/model_checks.py and the space walk: what build(hp) returns is checked before any trial
trains: models written as many Keras and KerasTuner examples write them (no keras.Input, a
TextVectorization inside), and spaces whose names or ranges the engine cannot take. Each is
refused in one line, before a study exists. (A HyperModel fit's checks: test_keras_tuner.py.)"""

from __future__ import annotations

import textwrap
from pathlib import Path

import optuna
import pytest

from textclf_tune import RunConfig, SweepError, load_sweep, run_study
from textclf_tune.engine.progress import Reporter

HEADER = """
import keras
from keras import layers
from textclf_tune import Data, Quick, Training

data = Data("imdb", num_words=300)
training = Training(epochs=2, batch_size=16, maxlen=40, early_stopping=None)
quick = Quick(n_train=60, n_val=20, n_test=20, epochs=1, trials=2, max_maxlen=40)
"""

NO_INPUT = """
def build(hp):  # no keras.Input: the model is built by its first call
    model = keras.Sequential([layers.Embedding(300, hp.Choice("dim", [4, 8])), layers.GlobalAveragePooling1D(),
                              layers.Dense(UNITS, activation="softmax")])
    model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
"""

STRINGS = """
def build(hp):  # Keras's text classification example: the model tokenizes raw strings
    vectorize = layers.TextVectorization(max_tokens=300, output_sequence_length=40)
    vectorize.adapt(["a few words", "some more words"])
    inputs = keras.Input((1,), dtype="string")
    x = layers.Embedding(300, hp.Choice("dim", [4, 8]))(vectorize(inputs))
    outputs = layers.Dense(1, activation="sigmoid")(layers.GlobalAveragePooling1D()(x))
    model = keras.Model(inputs, outputs)
    model.compile("adam", "binary_crossentropy", metrics=["accuracy"])
    return model
"""

PLAIN = """
def build(hp):
    model = keras.Sequential([keras.Input((None,), dtype="int32"), layers.Embedding(300, 4),
                              layers.GlobalAveragePooling1D(), layers.Dense(1, activation="sigmoid")])
    SPACE
    model.compile("adam", "binary_crossentropy", metrics=["accuracy"])
    return model
"""


def _run(tmp_path: Path, body: str) -> optuna.Study:
    sweep = tmp_path / "sweep.py"
    sweep.write_text(HEADER + textwrap.dedent(body))
    return run_study(load_sweep(sweep), RunConfig(storage=f"sqlite:///{tmp_path / 's.db'}", quick=True), Reporter())


@pytest.fixture
def data_env(imdb_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TEXTCLF_DATA_DIR", str(imdb_dir))
    monkeypatch.setenv("TEXTCLF_SPACE_CACHE", "0")
    return imdb_dir


def _refused(tmp_path: Path, body: str, pattern: str) -> None:
    with pytest.raises(SweepError, match=pattern) as info:
        _run(tmp_path, body)
    assert "\n" not in str(info.value) and "sweep.py" in str(info.value)
    assert optuna.get_all_study_names(f"sqlite:///{tmp_path / 's.db'}") == []


def test_a_model_without_an_input_layer_has_its_output_units_checked_too(data_env: Path, tmp_path: Path) -> None:
    # IMDB has 2 classes: Dense(4) trained the whole study and failed only at tune export.
    _refused(tmp_path, NO_INPUT.replace("UNITS", "4"), r"returns a model with 4 output units, but the data has 2")


def test_a_model_without_an_input_layer_and_the_right_head_trains(data_env: Path, tmp_path: Path) -> None:
    study = _run(tmp_path, NO_INPUT.replace("UNITS", "2"))
    assert [t.state.name for t in study.trials] == ["COMPLETE", "COMPLETE"]


METRIC = """
objective = "OBJECTIVE"
def build(hp):
    model = keras.Sequential([keras.Input((None,), dtype="int32"), layers.Embedding(300, hp.Choice("dim", [4, 8])),
                              layers.GlobalAveragePooling1D(), layers.Dense(UNITS, activation="ACTIVATION")])
    model.compile("adam", "LOSS", metrics=["accuracy", METRIC])
    return model
"""


def _metric_sweep(units: int, metric: str, objective: str) -> str:
    loss, activation = (
        ("binary_crossentropy", "sigmoid") if units == 1 else ("sparse_categorical_crossentropy", "softmax")
    )
    return (
        METRIC.replace("UNITS", str(units))
        .replace("ACTIVATION", activation)
        .replace("LOSS", loss)
        .replace("METRIC", metric)
        .replace("OBJECTIVE", objective)
    )


@pytest.mark.parametrize(
    ("units", "metric", "objective"),
    [
        (2, 'keras.metrics.AUC(name="auc")', "val_auc"),  # a softmax head: every trial failed at its first batch
        (2, 'keras.metrics.Precision(name="precision")', "val_precision"),
        (1, 'keras.metrics.F1Score(name="f1")', "val_f1"),  # wants one-hot labels, whatever the head
    ],
)
def test_a_keras_metric_that_cannot_take_class_ids_is_refused(
    data_env: Path, tmp_path: Path, units: int, metric: str, objective: str
) -> None:
    kind = metric.split("(")[0].split(".")[-1]
    _refused(tmp_path, _metric_sweep(units, metric, objective), rf"metric keras\.metrics\.{kind} .* class ids.*MacroF1")


def test_a_class_weight_naming_a_class_the_data_lacks_is_refused_before_the_study(
    data_env: Path, tmp_path: Path
) -> None:
    # it failed the reference trial, leaving a study of one failed trial on the leaderboard
    body = 'training = Training(epochs=2, batch_size=16, maxlen=40, class_weight={"postive": 4.0})\n'
    _refused(tmp_path, body + PLAIN.replace("SPACE", 'hp.Choice("d", [4, 8])'), r"names class 'postive'.*classes are")


def test_auc_on_one_sigmoid_unit_trains(data_env: Path, tmp_path: Path) -> None:
    study = _run(tmp_path, _metric_sweep(1, 'keras.metrics.AUC(name="auc")', "val_auc"))
    assert [t.state.name for t in study.trials] == ["COMPLETE", "COMPLETE"]


def test_a_model_that_takes_raw_strings_is_refused_with_the_fix(data_env: Path, tmp_path: Path) -> None:
    _refused(tmp_path, STRINGS, r"takes raw strings.*keras\.Input\(shape=\(None,\), dtype='int32'\)")


@pytest.mark.parametrize(
    ("space", "pattern"),
    [
        # sampled only now and then, 'epochs' above Training(epochs=2) used to fail that trial and stop the run
        ('hp.Int("epochs", 1, 5)', r"'epochs' must take whole numbers from 1 to Training\(epochs=2\).*reaches 5"),
        (
            'hp.Choice("epochs", [1, 2, 3])',
            r"'epochs' must take whole numbers from 1 to Training\(epochs=2\).*reaches 3",
        ),
        # the name Optuna holds a continuous reverse_log range under
        (
            'hp.Float("m", 0.5, 0.99, sampling="reverse_log"); hp.Float("m.mirror", 0.0, 1.0)',
            r"'m\.mirror' ends in '\.mirror'.*rename it",
        ),
        # one name, two ranges, in two branches: "units=4 lies outside Int(32..64)" said to widen the space
        (
            'kind = hp.Choice("kind", ["small", "big"])\n'
            '    with hp.conditional_scope("kind", ["small"]):\n'
            '        if kind == "small": hp.Int("units", 4, 8, step=4)\n'
            '    with hp.conditional_scope("kind", ["big"]):\n'
            '        if kind == "big": hp.Int("units", 32, 64, step=32)',
            r"'units' is defined in two builds with different ranges.*give each its own name",
        ),
    ],
)
def test_a_space_the_engine_cannot_take_is_refused_before_any_trial(
    data_env: Path, tmp_path: Path, space: str, pattern: str
) -> None:
    _refused(tmp_path, PLAIN.replace("SPACE", space), pattern)


def test_ranges_and_fixed_values_that_follow_another_hyperparameter_run(data_env: Path, tmp_path: Path) -> None:
    """KerasTuner takes a range or hp.Fixed computed from another value; one build's range differing
    from another's is not one name defined twice."""
    space = 'dim = hp.Choice("dim", [4, 8]); hp.Int("units", 4, 4 * dim, step=4); hp.Fixed("wide", dim * 2)'
    study = _run(tmp_path, PLAIN.replace("SPACE", space))
    assert [t.state.name for t in study.trials] == ["COMPLETE", "COMPLETE"]


FUNCTIONAL = """
def build(hp):
    inputs = keras.Input(INPUT, dtype="int32")
    x = layers.GlobalAveragePooling1D()(layers.Embedding(300, hp.Choice("dim", [4, 8]))(inputs))
    outputs = OUTPUTS
    model = keras.Model(inputs, outputs)
    model.compile("adam", LOSS, metrics=["accuracy"])
    return model
"""


@pytest.mark.parametrize(
    ("shape", "outputs", "loss", "pattern"),
    [
        (
            "(80,)",
            'layers.Dense(1, activation="sigmoid")(x)',
            '"binary_crossentropy"',
            r"fixed length of 80 tokens.*maxlen 40",
        ),
        (
            "(None,)",
            'layers.Dense(2, activation="softmax")(x)',
            '"categorical_crossentropy"',
            r"one-hot.*'sparse_categorical_crossentropy'",
        ),
        (
            "(None,)",
            'layers.Dense(2, activation="softmax")(x)',
            "keras.losses.CategoricalCrossentropy()",
            r"loss 'CategoricalCrossentropy'",
        ),
        (
            "(None,)",
            '[layers.Dense(1, activation="sigmoid")(x), layers.Dense(1)(x)]',
            '["binary_crossentropy", "mse"]',
            r"with 2 outputs",
        ),
    ],
)
def test_a_model_that_cannot_take_a_trials_batch_is_refused_before_any_trial(
    data_env: Path, tmp_path: Path, shape: str, outputs: str, loss: str, pattern: str
) -> None:
    """Each of these failed five trials in a row, the error pointing into Keras: a keras.io example's
    fixed Input(shape=(80,)) beside maxlen 40, a one-hot loss on class ids, two outputs."""
    body = FUNCTIONAL.replace("INPUT", shape).replace("OUTPUTS", outputs).replace("LOSS", loss)
    _refused(tmp_path, body, pattern)


def test_an_input_fixed_at_maxlen_trains(data_env: Path, tmp_path: Path) -> None:
    body = FUNCTIONAL.replace("INPUT", "(40,)").replace("OUTPUTS", 'layers.Dense(1, activation="sigmoid")(x)')
    study = _run(tmp_path, body.replace("LOSS", '"binary_crossentropy"'))
    assert [t.state.name for t in study.trials] == ["COMPLETE", "COMPLETE"]


def test_a_fixed_input_cut_by_the_quick_preset_names_the_preset(data_env: Path, tmp_path: Path) -> None:
    """Input(shape=(maxlen,)) trains in a full run; the quick preset pads to Quick(max_maxlen)."""
    body = FUNCTIONAL.replace("INPUT", '(hp.Choice("maxlen", [80]),)').replace("LOSS", '"binary_crossentropy"')
    _refused(tmp_path, body.replace("OUTPUTS", 'layers.Dense(1, activation="sigmoid")(x)'), r"Quick\(max_maxlen=40\)")


def test_a_loss_of_the_users_own_named_like_a_one_hot_loss_trains(data_env: Path, tmp_path: Path) -> None:
    own = """
class CategoricalCrossentropy(keras.losses.Loss):  # the user's own, on class ids
    def call(self, y_true, y_pred):
        return keras.losses.sparse_categorical_crossentropy(y_true, y_pred)
"""
    body = FUNCTIONAL.replace("INPUT", "(None,)").replace("OUTPUTS", 'layers.Dense(2, activation="softmax")(x)')
    study = _run(tmp_path, own + body.replace("LOSS", "CategoricalCrossentropy()"))
    assert [t.state.name for t in study.trials] == ["COMPLETE", "COMPLETE"]
