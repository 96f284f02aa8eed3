"""The validation names a compiled model will log, read before training (engine/metric_names.py)."""

from __future__ import annotations

import keras
import numpy as np

from textclf_tune.engine.metric_names import logged_names


def top_prob(y_true, y_pred):  # a plain function metric, as users write them
    return keras.ops.max(y_pred, axis=-1)


def _model(metrics: list) -> keras.Model:
    inputs = keras.Input((3,))
    model = keras.Model(inputs, keras.layers.Dense(2, activation="softmax")(inputs))
    model.compile("adam", "sparse_categorical_crossentropy", metrics=metrics)
    return model


def test_names_match_what_fit_logs_for_strings_functions_and_metric_objects() -> None:
    model = _model(
        [
            "accuracy",
            top_prob,
            keras.metrics.sparse_top_k_categorical_accuracy,  # Keras's own function metric
            keras.metrics.SparseCategoricalAccuracy(name="acc2"),
        ]
    )
    names = logged_names(model)
    x, y = np.zeros((4, 3)), np.zeros(4)
    history = model.fit(x, y, validation_data=(x, y), epochs=1, verbose=0)
    logged = {n for n in history.history if n.startswith("val_")}
    assert names is not None and set(names) == logged
    assert "val_top_prob" in names and "val_sparse_top_k_categorical_accuracy" in names


def test_an_unreadable_metric_entry_means_unknown_not_a_crash() -> None:
    model = _model(["accuracy"])
    model.get_compile_config = lambda: {"metrics": [{"class_name": "Odd", "config": 3}]}
    assert logged_names(model) is None
