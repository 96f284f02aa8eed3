"""tune export / predict on your own data (a CSV, a folder): the export classifies raw text with the
ids the table's loader gave it, words never seen in training included (they are out-of-vocabulary)."""

from __future__ import annotations

import csv
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from textclf_tune import RunConfig, load_exported, load_sweep, run_study
from textclf_tune.cli.main import main
from textclf_tune.data import load_dataset
from textclf_tune.engine import training
from textclf_tune.export.serving import predict_serving
from textclf_tune.export.writer import export

TOPICS = {
    "food": "pizza bread cheese recipe oven soup".split(),
    "sport": "goal match team score coach league".split(),
    "tech": "laptop code chip phone battery server".split(),
}
FILLER = "the a is was and very today my we it".split()

SWEEP = """
import keras
from textclf_tune import Data, Quick, Training

data = Data("csv", path="topics.csv", num_words=40)
training = Training(epochs=1, batch_size=16, maxlen=12, early_stopping=None)
quick = Quick(epochs=1, trials=1)


def build(hp, data):
    m = keras.Sequential([
        keras.Input((None,), dtype="int32"),
        keras.layers.Embedding(data.num_words, hp.Int("dim", 4, 8, step=4)),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(data.num_classes, activation="softmax"),
    ])
    m.compile(keras.optimizers.Adam(0.05), "sparse_categorical_crossentropy", metrics=["accuracy"])
    return m
"""


def _texts(n_per_class: int = 30) -> list[tuple[str, str]]:
    rng = random.Random(3)
    rows = []
    for label, words in TOPICS.items():
        for i in range(n_per_class):
            # a word of its own per text: many words of val/test never occur in training
            rows.append((" ".join([*rng.choices(words + FILLER, k=6), f"w{label}{i}"]), label))
    rng.shuffle(rows)
    return rows


@pytest.fixture
def own_study(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, Path, list[tuple[str, str]]]:
    monkeypatch.chdir(tmp_path)
    sweep = tmp_path / "topics_sweep.py"
    return _one_trial_study(sweep, SWEEP), sweep, _texts()


def _one_trial_study(sweep: Path, text: str) -> str:
    """``topics.csv`` in the working folder, the sweep ``text`` at ``sweep``, and one quick trial of
    it stored beside it; the storage URL."""
    with open("topics.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([("text", "label"), *_texts()])
    sweep.write_text(text)
    url = f"sqlite:///{sweep.parent / 's.db'}"
    run_study(load_sweep(sweep), RunConfig(storage=url, quick=True, trials=1, pruner="none"))
    return url


def test_export_of_a_csv_study_encodes_raw_text_as_the_loader_did(
    own_study: tuple[str, Path, list[tuple[str, str]]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, _, rows = own_study

    def no_training(*args: object, **kwargs: object) -> None:
        raise AssertionError("export trained although the trial's weights are stored")

    monkeypatch.setattr(training.Trainer, "fit", no_training)
    out = tmp_path / "exported"
    cfg = export("topics_sweep-quick", out, storage=url, serving=False)
    assert cfg["weights"]["source"] == "stored"
    model = load_exported(out)
    assert model.class_names == ["food", "sport", "tech"]
    # Every raw text encodes to the dataset's own ids (as multisets: the splits reorder rows),
    # unseen words to the out-of-vocabulary id 1 as the loader maps them.
    full = load_dataset("csv", path="topics.csv", num_words=40)
    ours = sorted(map(tuple, model.pipeline.ids([t for t, _ in rows]).to_lists()))
    theirs = sorted(map(tuple, [r for s in (full.train, full.val, full.test) for r in s.x.to_lists()]))
    assert ours == theirs
    assert model.pipeline.ids(["pizza zzzunseen"]).to_lists() == [[full.words.index("pizza"), 1]]
    pred = model.predict(["pizza cheese oven", "goal match team"])
    assert pred.probabilities.shape == (2, 3)
    # The card names the file the model learned from by its digest, as the study recorded it.
    digest = hashlib.sha256(Path("topics.csv").read_bytes()).hexdigest()
    assert cfg["dataset"]["content_sha256"]["train"] == {"file": "topics.csv", "sha256": digest, "rows": len(rows)}
    assert digest in (out / "MODEL.md").read_text(encoding="utf-8")
    # Exporting into a folder that holds another study's export replaces it, and says whose it was.
    assert "replaced" not in export("topics_sweep-quick", out, storage=url, serving=False)  # its own: nothing
    card = json.loads((out / "config.json").read_text(encoding="utf-8"))
    (out / "config.json").write_text(json.dumps({**card, "study": "someone_else", "trial": 7}), encoding="utf-8")
    again = export("topics_sweep-quick", out, storage=url, serving=False)
    assert again["replaced"] == {"study": "someone_else", "trial": 7}


def test_cli_export_and_predict_of_a_csv_study(
    own_study: tuple[str, Path, list[tuple[str, str]]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, _, _ = own_study
    out = tmp_path / "cli_export"
    assert main(["export", "topics_sweep-quick", "--storage", url, "--out", str(out), "-q"]) == 0
    capsys.readouterr()
    assert main(["predict", str(out), "--text", "pizza and soup", "--format", "json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert len(got) == 1 and got[0]["label"] in ("food", "sport", "tech")
    probs = np.array([got[0]["probabilities"][c] for c in ("food", "sport", "tech")])
    assert probs.sum() == pytest.approx(1.0, abs=1e-5)
    # The serving model maps unseen words to oov too: the same probabilities as load_exported.
    texts = ["pizza zzzunseen qqqnever", "goal match", "zzzunseen"]
    expected = load_exported(out).predict(texts).probabilities
    assert np.abs(predict_serving(out / "serving", texts) - expected).max() < 1e-5


METRIC_SWEEP = SWEEP.replace('metrics=["accuracy"]', 'metrics=["accuracy", MacroF1(3), Mine()]').replace(
    "from textclf_tune import Data, Quick, Training\n",
    """from textclf_tune import Data, Quick, Training
from textclf_tune.metrics import MacroF1


@keras.saving.register_keras_serializable(package="mine")
class Mine(keras.metrics.Mean):  # a metric of the user's own, importable only with this sweep
    def update_state(self, y_true, y_pred, sample_weight=None):
        return super().update_state(keras.ops.max(y_pred, axis=-1))
""",
)


def test_an_export_compiled_with_our_metrics_and_the_users_own_predicts_in_a_new_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Loading in the exporting process proves nothing: F1/MacroF1 and the sweep's classes are
    # registered there. A fresh `tune predict` must load it all the same.
    monkeypatch.chdir(tmp_path)
    url = _one_trial_study(tmp_path / "metric_sweep.py", METRIC_SWEEP)
    out = tmp_path / "exported"
    export("metric_sweep-quick", out, storage=url, serving=False)
    proc = subprocess.run(
        [sys.executable, "-m", "textclf_tune", "predict", str(out), "--text", "pizza and soup", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path.parent,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout)[0]["label"] in ("food", "sport", "tech")


UNREGISTERED_SWEEP = SWEEP.replace('metrics=["accuracy"]', 'metrics=["accuracy", TopProb()]').replace(
    "from textclf_tune import Data, Quick, Training\n",
    """from textclf_tune import Data, Quick, Training


class TopProb(keras.metrics.Mean):  # the user's own metric, not registered with Keras
    def update_state(self, y_true, y_pred, sample_weight=None):
        return super().update_state(keras.ops.max(y_pred, axis=-1))
""",
)


def test_export_in_a_new_process_finds_a_metric_class_defined_in_the_sweep(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The trial saved its model naming the sweep module; `tune export` is another process.
    monkeypatch.chdir(tmp_path)
    url = _one_trial_study(tmp_path / "mine.py", UNREGISTERED_SWEEP)
    out = tmp_path / "exported"
    proc = subprocess.run(
        [sys.executable, "-m", "textclf_tune", "export", "mine-quick", "--out", str(out), "--storage", url],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert load_exported(out).predict(["pizza and soup"]).labels[0] in ("food", "sport", "tech")


LAYER_SWEEP = SWEEP.replace("keras.layers.GlobalAveragePooling1D(),", "MeanOverTime(),").replace(
    "from textclf_tune import Data, Quick, Training\n",
    """from textclf_tune import Data, Quick, Training


class MeanOverTime(keras.layers.Layer):  # the user's own layer, as in the keras.io examples (not registered)
    def call(self, x):
        return keras.ops.mean(x, axis=1)
""",
)


def test_an_export_with_a_layer_of_the_users_own_predicts_given_its_sweep(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """tune predict could not load a model with a custom layer, and its error was cut before the
    class's name with the remedy 'export the model again'. Now the error names the layer and
    --sweep FILE, which loads it (a new process: the exporting one knows the class)."""
    monkeypatch.chdir(tmp_path)
    url = _one_trial_study(tmp_path / "layered.py", LAYER_SWEEP)
    out = tmp_path / "exported"
    cfg = export("layered-quick", out, storage=url, serving=False)
    assert cfg["own_layers"] == ["MeanOverTime"]
    assert f"tune predict {out} --sweep {tmp_path / 'layered.py'} --text" in (out / "MODEL.md").read_text()

    def predict(*extra: str) -> subprocess.CompletedProcess[str]:
        cmd = [sys.executable, "-m", "textclf_tune", "predict", str(out), "--text", "pizza and soup", *extra]
        return subprocess.run([*cmd, "--format", "json"], capture_output=True, text=True, timeout=300, cwd=tmp_path)

    refused = predict()
    assert refused.returncode == 2
    assert "uses 'MeanOverTime', a class" in refused.stderr, refused.stderr[-800:]
    assert f"--sweep {tmp_path / 'layered.py'}" in refused.stderr  # the sweep it was trained with
    loaded = predict("--sweep", "layered.py")
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    assert json.loads(loaded.stdout)[0]["label"] in ("food", "sport", "tech")
