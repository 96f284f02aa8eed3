"""tune export: stored weights are used without training, the folder classifies raw text exactly as
the dataset encoded it, and a trial without stored weights is retrained."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import numpy as np
import optuna
import pytest

from textclf_tune import RunConfig, load_exported, load_sweep, run_study
from textclf_tune.cli.main import main
from textclf_tune.data import load_imdb
from textclf_tune.data.imdb import read_reviews, resolve_source
from textclf_tune.engine import training
from textclf_tune.engine.setup import load_data
from textclf_tune.errors import TuneError
from textclf_tune.export.check import check
from textclf_tune.export.writer import FILES, export
from textclf_tune.report.fmt import exact
from textclf_tune.testing.fake_studies import make_study


@pytest.fixture
def quick_study(tiny_sweep: Path, tmp_path: Path) -> tuple[str, Path]:
    url = f"sqlite:///{tmp_path / 's.db'}"
    # --score-test: the trial's own test accuracy is what the export must reproduce
    run_study(load_sweep(tiny_sweep), RunConfig(storage=url, quick=True, trials=2, score_test=True))
    return url, tiny_sweep


def _raw_test_texts() -> tuple[list[str], np.ndarray]:
    """Every official test review of the archive in TEXTCLF_DATA_DIR, with its label."""
    reviews = read_reviews(resolve_source("auto", None))
    rows = np.flatnonzero(reviews.is_test)
    return [reviews.texts[i] for i in rows], reviews.labels[rows]


def test_export_uses_stored_weights_and_predicts_raw_text_exactly(
    quick_study: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, sweep_path = quick_study

    def no_training(*args: object, **kwargs: object) -> None:
        raise AssertionError("export trained although the trial's weights are stored")

    monkeypatch.setattr(training.Trainer, "fit", no_training)
    out = tmp_path / "exported"
    cfg = export("tiny-quick", out, storage=url, serving=False)
    for name in FILES:
        assert (out / name).is_file(), name
    best = optuna.load_study(study_name="tiny-quick", storage=url).best_trial
    assert cfg["weights"]["source"] == "stored" and cfg["trial"] == best.number
    assert cfg["validation"]["exported"] == pytest.approx(best.value, abs=1e-6)
    assert json.loads((out / "config.json").read_text())["params"] == best.params

    model = load_exported(out)
    assert model.class_names == ["neg", "pos"] and model.maxlen == best.user_attrs["maxlen"]
    # Raw test reviews encode to exactly the dataset's ids (compared as multisets: order-free).
    texts, labels = _raw_test_texts()
    full = load_imdb(num_words=300)
    ours = sorted(map(tuple, model.pipeline.ids(texts).to_lists()))
    assert ours == sorted(map(tuple, full.test.x.to_lists()))
    # ... so the predictor's accuracy on raw text is the stored weights' accuracy on the encoded split.
    pred = model.predict(texts)
    raw_correct = int(np.sum(np.array(pred.labels) == np.array(model.class_names)[labels]))
    encoded = model.model.evaluate(full.test.x.pad(model.maxlen), full.test.y, verbose=0, return_dict=True)
    assert raw_correct == round(encoded["accuracy"] * len(labels))  # Keras reports a float32 mean
    assert pred.probabilities.shape == (len(texts), 2)
    assert np.allclose(pred.probabilities.sum(axis=1), 1.0, atol=1e-6)

    # The same check, as users run it (python -m textclf_tune.export.check DIR).
    result = check(out, csv_out=str(tmp_path / "test.csv"))
    assert result["ids_identical"] and result["accuracy_equal"] and result["raw_correct"] == raw_correct
    assert (tmp_path / "test.csv").read_text().count("\n") >= len(texts) + 1

    card = (out / "MODEL.md").read_text()
    assert f"trial {best.number}" in card and "no training" in card
    assert all(f"| {k} | {exact(v)} |" in card for k, v in best.params.items())
    prep = json.loads((out / "preprocessing.json").read_text())
    assert prep["id_rule"] == {"first_id": 4, "oov_id": 2, "start_id": 1, "num_words": 300}
    assert (out / "tokenize.py").read_text() == (
        Path(training.__file__).parents[1] / "data" / "tokenize.py"
    ).read_text()


def test_export_retrains_when_no_weights_are_stored(tiny_sweep: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    run_study(load_sweep(tiny_sweep), RunConfig(storage=url, quick=True, trials=2, keep_weights=0))
    assert not (tmp_path / "s.artifacts").exists()
    out = tmp_path / "exported"
    cfg = export("tiny-quick", out, storage=url, serving=False)
    assert cfg["weights"]["source"] == "retrained" and "no artifact folder" in cfg["weights"]["why"]
    # Same seed, data and preset as the trial: the retrained weights land on its validation figure.
    dataset = load_data(load_sweep(tiny_sweep), quick=True)
    assert cfg["validation"]["exported"] == pytest.approx(
        cfg["validation"]["recorded"], abs=1 / len(dataset.val.y) + 1e-6
    )
    # RETRAIN.txt: one line that exports this very trial again.
    argv = shlex.split((out / "RETRAIN.txt").read_text().strip())
    assert argv[:3] == ["tune", "export", "tiny-quick"] and argv[argv.index("--trial") + 1] == str(cfg["trial"])
    again = tmp_path / "again"
    argv[argv.index("--out") + 1] = str(again)
    assert main([*argv[1:], "--quiet"]) == 0
    assert json.loads((again / "config.json").read_text())["params"] == cfg["params"]


def test_serving_model_matches_the_predictor(quick_study: tuple[str, Path], tmp_path: Path) -> None:
    pytest.importorskip("tensorflow")
    from textclf_tune.engine.runtime import backend_name
    from textclf_tune.export.serving import predict_serving

    if backend_name() != "tensorflow":
        pytest.skip("the serving model is written on the TensorFlow backend")
    url, _ = quick_study
    out = tmp_path / "exported"
    cfg = export("tiny-quick", out, storage=url)
    assert cfg["serving"]["agree"] == cfg["serving"]["checked"] > 0
    texts, _ = _raw_test_texts()
    texts = texts[:40] + [
        "A WONDERFUL film!!<br />I loved it; don't miss it's ending.",
        "'quoted' words, rock'n'roll, ''double'' and trailing' apostrophes",
        "awful_boring waste... naïve café 42",
        "unseenword only",
    ]
    model = load_exported(out)
    expected = model.predict(texts)
    got = predict_serving(out / "serving", texts)
    assert np.abs(got - expected.probabilities).max() < 1e-5
    assert [model.class_names[i] for i in got.argmax(axis=1)] == expected.labels


def test_export_user_errors(tmp_path: Path) -> None:
    url = f"journal://{tmp_path / 's.log'}"
    make_study(url, name="fake", n=8)  # trial 3 is pruned, trial 5 failed
    with pytest.raises(TuneError, match="--trial must name a complete trial, but trial 3 is PRUNED"):
        export("fake", tmp_path / "x", storage=url, trial=3)
    with pytest.raises(TuneError, match="--trial must name a trial of study 'fake'"):
        export("fake", tmp_path / "x", storage=url, trial=42)
    (tmp_path / "file").write_text("")
    with pytest.raises(TuneError, match="--out must be a folder"):
        export("fake", tmp_path / "file", storage=url)
    mine = tmp_path / "mine"  # a folder of the user's: its serving/ would have been replaced
    (mine / "serving").mkdir(parents=True)
    (mine / "serving" / "notes.txt").write_text("keep me")
    with pytest.raises(TuneError, match=r"--out .*mine holds other files \(serving\) and no earlier export"):
        export("fake", mine, storage=url)
    assert (mine / "serving" / "notes.txt").read_text() == "keep me"
    assert main(["export", "fake", "--storage", url, "--trial", "3", "--out", str(tmp_path / "y")]) == 2


def test_a_warm_start_copy_has_no_stored_weights_and_says_why(tiny_sweep: Path, tmp_path: Path) -> None:
    from textclf_tune.export.writer import stored_model

    url = f"sqlite:///{tmp_path / 's.db'}"
    run_study(load_sweep(tiny_sweep), RunConfig(storage=url, quick=True, trials=1))
    run_study(
        load_sweep(tiny_sweep), RunConfig(storage=url, quick=True, trials=1, study_name="new", warm_start="tiny-quick")
    )
    new = optuna.load_study(study_name="new", storage=url)
    store, found, why = stored_model(new, new.trials[0], url, None)
    assert found is None and "copied from trial 0 of 'tiny-quick' by a warm start, which copies no weights" in why


def test_the_output_of_a_subclassed_model_is_read_by_calling_it() -> None:
    """tune export crashed on a subclassed keras.Model ('TextModel' object has no attribute
    'outputs'), which trains like any other; one whose shape depends on the length is called at
    the trial's maxlen."""
    import keras

    from textclf_tune.export.writer import output_kind

    class TextModel(keras.Model):
        def __init__(self, units: int) -> None:
            super().__init__()
            self.emb, self.flat = keras.layers.Embedding(50, 4), keras.layers.Flatten()
            self.head = keras.layers.Dense(units, activation="sigmoid" if units == 1 else "softmax")

        def call(self, x: object) -> object:
            return self.head(self.flat(self.emb(x)))

    built = TextModel(1)
    built(np.ones((1, 12), dtype="int32"))  # trained at maxlen 12: Dense takes 48 inputs
    assert output_kind(built, 2, maxlen=12) == "sigmoid" and output_kind(TextModel(3), 3) == "probabilities"
    with pytest.raises(TuneError, match="the model has 3 output units but the dataset 4 classes"):
        output_kind(TextModel(3), 4)


def test_own_layers_are_found_wrapped_and_nested_and_a_layer_keras_cannot_rebuild_is_named(tmp_path: Path) -> None:
    import keras

    from textclf_tune.export.predictor import load_keras_model, own_layers

    class Scale(keras.layers.Layer):  # as keras.io writes layers: no **kwargs, no get_config
        def __init__(self, factor: float) -> None:
            super().__init__()
            self.factor = factor

        def call(self, x: object) -> object:
            return x * self.factor

    inputs = keras.Input((None,), dtype="int32")
    x = keras.Sequential([Scale(2.0)])(keras.layers.Embedding(10, 4)(inputs))  # nested in a sub-model
    model = keras.Model(inputs, keras.layers.Dense(1, activation="sigmoid")(keras.layers.GlobalAveragePooling1D()(x)))
    assert own_layers(model) == ["Scale"]
    model.save(tmp_path / "m.keras")
    with pytest.raises(TuneError, match=r"cannot rebuild layer 'Scale' from its saved config .*get_config\(\)"):
        load_keras_model(tmp_path / "m.keras", {"Scale": Scale})
