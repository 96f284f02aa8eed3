"""The built-in sweeps' opened knobs: each reference config still builds the original script's model
(same layers, same initial weights for the same seed), and every new knob builds and trains, with
its vocabulary cut to ``num_words``, on tiny generated data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keras
import numpy as np
import pytest

from textclf_tune import load_sweep
from textclf_tune.data import glove, load_dataset
from textclf_tune.engine.training import Trainer
from textclf_tune.space.hp import HyperParameters
from textclf_tune.testing.synthetic import write_glove_zip, write_imdb_archive, write_news20_archive

SWEEPS = Path(__file__).resolve().parents[2] / "sweeps"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("knobs_data")
    write_imdb_archive(d, n_per_class=40, seed=2)
    write_news20_archive(d, n_groups=3, n_per_group=40)
    words = [f"w{i}" for i in range(50)] + ["movie", "the", "good", "bad", "great", "awful", "film", "and"]
    write_glove_zip(d / "glove.6B.zip", words, dims=(50,))
    return d


@pytest.fixture(autouse=True)
def _env(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEXTCLF_DATA_DIR", str(data_dir))
    monkeypatch.setattr(glove, "kumo_data_dir", lambda: None)  # the generated GloVe, not the installed one


def _original(name: str, data: Any) -> keras.Model:
    """The original Keras example of each built-in sweep, as its reference config describes it."""
    layers = keras.layers
    if name == "imdb_cnn":
        body = [
            layers.Embedding(20000, 128),
            layers.Dropout(0.25),
            layers.Conv1D(64, 5, padding="valid", activation="relu", strides=1),
            layers.MaxPooling1D(pool_size=4),
            layers.LSTM(70),
            layers.Dense(1, activation="sigmoid"),
        ]
    elif name == "imdb_lstm":
        body = [
            layers.Embedding(20000, 128),
            layers.LSTM(128, dropout=0.2, recurrent_dropout=0.2),
            layers.Dense(1, activation="sigmoid"),
        ]
    else:
        matrix, _ = data.with_num_words(20000).glove_matrix(50)
        body = [
            layers.Embedding(20000, 50, trainable=False, embeddings_initializer=keras.initializers.Constant(matrix))
        ]
        for i in range(3):
            body += [layers.Conv1D(128, 5, activation="relu"), layers.MaxPooling1D(5) if i < 2 else None]
        body = [b for b in body if b is not None] + [
            layers.GlobalMaxPooling1D(),
            layers.Dense(128, activation="relu"),
            layers.Dropout(0.0),
            layers.Dense(data.num_classes, activation="softmax"),
        ]
    return keras.Sequential([keras.Input(shape=(None,), dtype="int32"), *body])


def _weights_layers(model: keras.Model) -> tuple[list[str], list[np.ndarray]]:
    kinds = [type(layer).__name__ for layer in model.layers if not isinstance(layer, keras.layers.InputLayer)]
    return kinds, model.get_weights()


@pytest.mark.parametrize("name", ["imdb_cnn", "imdb_lstm", "newsgroups_glove"])
def test_reference_config_builds_the_original_model(name: str) -> None:
    sweep = load_sweep(SWEEPS / f"{name}.py")
    data = load_dataset(sweep.data.name, **sweep.data.options)
    assert data.num_words == sweep.data.options["num_words"] > 20000  # the largest vocabulary, loaded once
    hp = HyperParameters(values=dict(sweep.reference_config), where=name)
    keras.utils.set_random_seed(7)
    ours = sweep.call_build(hp, data)
    assert set(hp.values) == set(sweep.reference_config)  # every value it asks for is in the reference config
    keras.utils.set_random_seed(7)
    original = _original(name, data)
    kinds, weights = _weights_layers(ours)
    original_kinds, original_weights = _weights_layers(original)
    if name == "newsgroups_glove":  # the original's GlobalMaxPooling1D ends its third block
        original_kinds.remove("GlobalMaxPooling1D")
        original_kinds.insert(original_kinds.index("Dense"), "GlobalMaxPooling1D")
    assert kinds == original_kinds
    assert [w.shape for w in weights] == [w.shape for w in original_weights]
    for a, b in zip(weights, original_weights, strict=True):
        np.testing.assert_array_equal(a, b)
    opt = ours.optimizer
    assert type(opt).__name__ == ("RMSprop" if name == "newsgroups_glove" else "Adam")
    assert float(opt.learning_rate) == pytest.approx(1e-3)


KNOBS = {
    "imdb_cnn": {
        "maxlen": 100, "num_words": 40000, "glove": True, "glove_trainable": True, "dropout": 0.2,
        "spatial_dropout": True, "filters": 32, "kernel_size": 3, "pool_size": 2, "lstm_units": 10,
        "bidirectional": True, "head": "lstm+max+avg", "optimizer": "adamw", "weight_decay": 0.01,
        "lr_schedule": "cosine", "learning_rate": 3e-3, "batch_size": 64,
    },
    "imdb_lstm": {
        "maxlen": 80, "num_words": 40000, "glove": False, "embedding_dim": 32, "spatial_dropout": 0.2,
        "lstm_units": 16, "dropout": 0.1, "recurrent_dropout": 0.0, "bidirectional": True, "head": "lstm+max",
        "optimizer": "adamw", "weight_decay": 0.01, "lr_schedule": "cosine", "learning_rate": 3e-3,
        "batch_size": 32,
    },
    "newsgroups_glove": {
        "maxlen": 400, "batch_size": 32, "epochs": 10, "num_words": 40000, "glove_dim": 50, "filters": 64,
        "kernel_sizes": "3,4,5", "pool_size": 2, "conv_blocks": 1, "dense_units": 0, "dropout": 0.5,
        "trainable_embedding": True, "optimizer": "adamw", "weight_decay": 0.01, "lr_schedule": "cosine",
        "learning_rate": 3e-3,
    },
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(KNOBS))
def test_every_new_knob_builds_and_trains_on_a_cut_vocabulary(name: str) -> None:
    sweep = load_sweep(SWEEPS / f"{name}.py")
    data = load_dataset(sweep.data.name, **sweep.data.options)
    trainer = Trainer(sweep, data, epochs=1)
    hp = HyperParameters(values=dict(KNOBS[name]), where=name)
    result = trainer.fit(hp, seed=0)
    assert set(hp.values) == set(KNOBS[name])
    model = result.model
    embedding = next(layer for layer in model.layers if isinstance(layer, keras.layers.Embedding))
    assert embedding.input_dim == 40000
    cut = trainer.data_for(hp)
    assert cut.num_words == 40000 and trainer.data_for(hp) is cut  # cut once, then reused
    kinds = {type(layer).__name__ for layer in model.layers}
    assert "Concatenate" in kinds and type(model.optimizer).__name__ == "AdamW"
    assert isinstance(model.optimizer.get_config()["learning_rate"], dict)  # a schedule, serialised
    assert 0 < float(model.optimizer.learning_rate) < 3e-3  # cosine decay has begun
    assert np.isfinite(result.best_value)
