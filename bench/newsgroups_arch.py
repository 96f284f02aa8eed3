"""Which model families can reach the 20 Newsgroups bar? A validation-only probe.

The newsgroups_glove sweep's space is the reference architecture (three conv+pool blocks); its best
trials read ~0.75 validation accuracy against a 0.80 test bar. This trains a few candidate families
once each, on the sweep's own data and validation split (the test split is not read), and records
the best validation accuracy per family, to decide what the search space should contain.

    TEXTCLF_DATA_DIR=/path/to/archives python -m bench.newsgroups_arch [--only NAME ...]

Writes results/bench/newsgroups_arch.json (one record per family, appended as each finishes).
"""

from __future__ import annotations

import argparse
import json
import time

import keras
import numpy as np

from bench.common import REPO, machine
from textclf_tune.data import load_dataset

OUT = REPO / "results" / "bench" / "newsgroups_arch.json"
SEED = 0
MAXLEN = 1000
EPOCHS = 20
PATIENCE = 3


def _embedding(num_words: int, matrix: np.ndarray) -> keras.layers.Layer:
    return keras.layers.Embedding(
        num_words, matrix.shape[1], embeddings_initializer=keras.initializers.Constant(matrix)
    )


def reference_blocks(num_words: int, matrix: np.ndarray, n_classes: int) -> keras.Model:
    """The sweep's best trial so far (trial 10): 3x[Conv1D(256,5)+MaxPool(3)], trainable GloVe."""
    layers = [keras.Input(shape=(None,), dtype="int32"), _embedding(num_words, matrix)]
    for i in range(3):
        layers.append(keras.layers.Conv1D(256, 5, activation="relu"))
        layers.append(keras.layers.MaxPooling1D(3) if i < 2 else keras.layers.GlobalMaxPooling1D())
    layers += [
        keras.layers.Dense(192, activation="relu"),
        keras.layers.Dropout(0.3),
        keras.layers.Dense(n_classes, activation="softmax"),
    ]
    return keras.Sequential(layers)


def one_block(num_words: int, matrix: np.ndarray, n_classes: int) -> keras.Model:
    """Kim-style: one Conv1D(256,5) over the sequence, global max pool, dropout, softmax."""
    return keras.Sequential(
        [
            keras.Input(shape=(None,), dtype="int32"),
            _embedding(num_words, matrix),
            keras.layers.Conv1D(256, 5, activation="relu"),
            keras.layers.GlobalMaxPooling1D(),
            keras.layers.Dropout(0.5),
            keras.layers.Dense(n_classes, activation="softmax"),
        ]
    )


def bag_of_embeddings(num_words: int, matrix: np.ndarray, n_classes: int) -> keras.Model:
    """fastText-style: average of (trainable) word vectors, softmax."""
    return keras.Sequential(
        [
            keras.Input(shape=(None,), dtype="int32"),
            _embedding(num_words, matrix),
            keras.layers.GlobalAveragePooling1D(),
            keras.layers.Dense(n_classes, activation="softmax"),
        ]
    )


FAMILIES = {  # name -> (builder, num_words, batch_size, learning_rate)
    "reference_blocks": (reference_blocks, 20000, 32, 1.2e-3),
    "one_block": (one_block, 20000, 32, 1e-3),
    "one_block_50k": (one_block, 50000, 32, 1e-3),
    "bag_of_embeddings": (bag_of_embeddings, 20000, 32, 3e-3),
    "bag_of_embeddings_50k": (bag_of_embeddings, 50000, 32, 3e-3),
}


def run(name: str) -> dict:
    builder, num_words, batch_size, lr = FAMILIES[name]
    data = load_dataset("newsgroups", num_words=num_words)
    matrix, coverage = data.glove_matrix(50)
    keras.utils.set_random_seed(SEED)
    model = builder(num_words, matrix, data.num_classes)
    model.compile(optimizer=keras.optimizers.Adam(lr), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    x_train, x_val = data.train.x.pad(MAXLEN), data.val.x.pad(MAXLEN)
    stop = keras.callbacks.EarlyStopping(monitor="val_accuracy", mode="max", patience=PATIENCE)
    t0 = time.perf_counter()
    hist = model.fit(
        x_train,
        data.train.y,
        batch_size=batch_size,
        epochs=EPOCHS,
        validation_data=(x_val, data.val.y),
        callbacks=[stop],
        verbose=0,
    )
    val = [float(v) for v in hist.history["val_accuracy"]]
    return {
        "family": name,
        "num_words": num_words,
        "batch_size": batch_size,
        "learning_rate": lr,
        "maxlen": MAXLEN,
        "glove_dim": 50,
        "glove_coverage": round(coverage, 4),
        "seed": SEED,
        "best_val_accuracy": max(val),
        "best_epoch": int(np.argmax(val)) + 1,
        "val_accuracy": val,
        "params": int(model.count_params()),
        "seconds": round(time.perf_counter() - t0, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", choices=sorted(FAMILIES), help="families to run (default: all)")
    args = ap.parse_args()
    records = json.loads(OUT.read_text())["families"] if OUT.exists() else []
    for name in args.only or list(FAMILIES):
        rec = run(name)
        print(json.dumps({k: v for k, v in rec.items() if k != "val_accuracy"}), flush=True)
        records = [r for r in records if r["family"] != name] + [rec]
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(
            json.dumps(
                {"machine": machine(), "command": "python -m bench.newsgroups_arch", "families": records}, indent=1
            )
            + "\n"
        )


if __name__ == "__main__":
    main()
