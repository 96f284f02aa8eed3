"""``num_words`` as an engine hyperparameter: each trial's inputs are the loaded vocabulary cut to its
value (recorded per trial), and an export of such a trial encodes raw text with the cut vocabulary."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import optuna
import pytest

from textclf_tune import RunConfig, load_exported, load_sweep, run_study
from textclf_tune.data import load_imdb
from textclf_tune.data.imdb import read_reviews, resolve_source
from textclf_tune.errors import SweepError
from textclf_tune.export.writer import export
from textclf_tune.store.records import T

SWEEP = """
import keras
from textclf_tune import Data, Quick, Training

data = Data("imdb", num_words=300)
training = Training(epochs=1, batch_size=16, maxlen=40, early_stopping=None)
budget = 3
reference_config = {{"num_words": 20, "learning_rate": 0.01}}
quick = Quick(n_train=60, n_val=20, n_test=20, epochs=1, trials=3, max_maxlen=40)


def build(hp):
    n = hp.Choice("num_words", {values}, default=20)
    model = keras.Sequential([
        keras.Input((None,), dtype="int32"),
        keras.layers.Embedding(n, 8),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(keras.optimizers.Adam(hp.Float("learning_rate", 1e-3, 1e-1, sampling="log")),
                  "binary_crossentropy", metrics=["accuracy"])
    return model
"""


@pytest.fixture
def vocab_sweep(tmp_path: Path, imdb_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TEXTCLF_DATA_DIR", str(imdb_dir))
    path = tmp_path / "vocab.py"
    path.write_text(SWEEP.format(values=[20, 300]))
    return path


def test_each_trial_trains_on_its_cut_vocabulary_and_exports_it(vocab_sweep: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    study = run_study(load_sweep(vocab_sweep), RunConfig(storage=url, quick=True, trials=3, score_test=True))
    trials = study.get_trials()
    # An Embedding(20) reading ids up to 299 fails on TensorFlow's CPU: trial 0 completes only if cut.
    assert trials[0].state == optuna.trial.TrialState.COMPLETE and trials[0].params["num_words"] == 20
    assert all(t.user_attrs[T.NUM_WORDS] == t.params["num_words"] for t in trials)

    out = tmp_path / "exported"
    cfg = export("vocab-quick", out, storage=url, trial=0, serving=False)
    assert cfg["weights"]["source"] == "stored"
    assert cfg["validation"]["exported"] == pytest.approx(trials[0].value, abs=1e-6)  # the trial's own model
    vocab = json.loads((out / "vocab.json").read_text())
    cut = load_imdb(num_words=20)
    assert vocab["words"] == cut.words and vocab["capped_words"] == cut.capped_words
    model = load_exported(out)
    reviews = read_reviews(resolve_source("auto", None))
    rows = np.flatnonzero(reviews.is_test)
    texts, labels = [reviews.texts[i] for i in rows], reviews.labels[rows]
    assert sorted(map(tuple, model.pipeline.ids(texts).to_lists())) == sorted(map(tuple, cut.test.x.to_lists()))
    raw_correct = int(np.sum(np.array(model.predict(texts).labels) == np.array(model.class_names)[labels]))
    encoded = model.model.evaluate(cut.test.x.pad(model.maxlen), cut.test.y, verbose=0, return_dict=True)
    assert raw_correct == round(encoded["accuracy"] * len(labels))
    # ... and on the trial's own test rows it scores what the trial scored.
    small = cut.subsample(60, 20, 20, seed=0)
    got = model.model.evaluate(small.test.x.pad(model.maxlen), small.test.y, verbose=0, return_dict=True)
    assert got["accuracy"] == pytest.approx(trials[0].user_attrs[T.TEST_ACCURACY], abs=1e-6)


def test_num_words_beyond_the_loaded_vocabulary_is_one_clear_error(vocab_sweep: Path, tmp_path: Path) -> None:
    from textclf_tune.engine.training import Trainer
    from textclf_tune.space.hp import HyperParameters

    vocab_sweep.write_text(SWEEP.format(values=[20, 500]))
    sweep = load_sweep(vocab_sweep)
    trainer = Trainer(sweep, load_imdb(num_words=300))
    with pytest.raises(SweepError, match=r"'num_words' must be a whole number from 1 to the 300 ids.*num_words=500"):
        trainer.fit(HyperParameters(values={"num_words": 500, "learning_rate": 0.01}), seed=0)
