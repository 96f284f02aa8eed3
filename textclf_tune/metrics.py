"""F1 metrics that take the labels textclf-tune feeds: 1-D integer class ids.

``keras.metrics.F1Score`` wants one-hot (or ``(n, 1)`` float) labels and fails on the 1-D ids
every dataset here has. These two work with them, on any Keras backend::

    from textclf_tune.metrics import F1, MacroF1

    # binary: Dense(1, activation="sigmoid") + binary_crossentropy
    model.compile(..., metrics=["accuracy", F1()])              # objective = "val_f1"
    # multi-class: Dense(k, activation="softmax") + sparse_categorical_crossentropy
    model.compile(..., metrics=["accuracy", MacroF1(k)])        # objective = "val_macro_f1"

Both accumulate true / false positives and false negatives over the epoch (not a mean of batch
F1s), so ``val_f1`` is the F1 of the whole validation split. Importing this module imports Keras.
"""

from __future__ import annotations

from typing import Any

import keras
from keras import ops


@keras.saving.register_keras_serializable(package="textclf_tune")
class F1(keras.metrics.Metric):
    """Binary F1 of class 1: ``2 tp / (2 tp + fp + fn)``, predicting 1 where the probability is
    ``>= threshold``. ``y_true``: 0/1 ids of shape ``(n,)`` or ``(n, 1)``; ``y_pred``: sigmoid
    probabilities ``(n,)`` / ``(n, 1)``, or a 2-way softmax ``(n, 2)`` (its second column)."""

    def __init__(self, threshold: float = 0.5, name: str = "f1", **kwargs: Any) -> None:
        super().__init__(name=name, **kwargs)
        self.threshold = float(threshold)
        self.tp = self.add_variable(shape=(), initializer="zeros", name="tp")
        self.fp = self.add_variable(shape=(), initializer="zeros", name="fp")
        self.fn = self.add_variable(shape=(), initializer="zeros", name="fn")

    def update_state(self, y_true: Any, y_pred: Any, sample_weight: Any = None) -> None:
        if len(y_pred.shape) >= 2 and y_pred.shape[-1] == 2:
            y_pred = y_pred[..., 1]
        truth = ops.reshape(ops.cast(y_true, "float32"), (-1,))
        pred = ops.cast(ops.reshape(y_pred, (-1,)) >= self.threshold, "float32")
        w = ops.ones_like(truth) if sample_weight is None else ops.reshape(ops.cast(sample_weight, "float32"), (-1,))
        self.tp.assign_add(ops.sum(w * pred * truth))
        self.fp.assign_add(ops.sum(w * pred * (1.0 - truth)))
        self.fn.assign_add(ops.sum(w * (1.0 - pred) * truth))

    def result(self) -> Any:
        return ops.divide_no_nan(2.0 * self.tp, 2.0 * self.tp + self.fp + self.fn)

    def reset_state(self) -> None:
        for v in (self.tp, self.fp, self.fn):
            v.assign(0.0)

    def get_config(self) -> dict[str, Any]:
        return {**super().get_config(), "threshold": self.threshold}


@keras.saving.register_keras_serializable(package="textclf_tune")
class MacroF1(keras.metrics.Metric):
    """Macro F1 over ``num_classes`` classes: the mean of each class's F1 (the predicted class is the
    arg-max). ``y_true``: class ids ``(n,)`` / ``(n, 1)``; ``y_pred``: softmax ``(n, num_classes)``.
    As scikit-learn's ``f1_score(average="macro")``: the mean is over the classes that are present
    or predicted (a class missing from a split, too rare to reach it, is left out, not counted as
    0); a present class never predicted, or a predicted one not present, counts as F1 0."""

    def __init__(self, num_classes: int, name: str = "macro_f1", **kwargs: Any) -> None:
        super().__init__(name=name, **kwargs)
        if isinstance(num_classes, bool) or not isinstance(num_classes, int) or num_classes < 2:
            raise ValueError(f"MacroF1(num_classes=...) must be a whole number >= 2, but got {num_classes!r}")
        self.num_classes = num_classes
        self.tp = self.add_variable(shape=(num_classes,), initializer="zeros", name="tp")
        self.fp = self.add_variable(shape=(num_classes,), initializer="zeros", name="fp")
        self.fn = self.add_variable(shape=(num_classes,), initializer="zeros", name="fn")

    def update_state(self, y_true: Any, y_pred: Any, sample_weight: Any = None) -> None:
        truth = ops.one_hot(ops.reshape(ops.cast(y_true, "int32"), (-1,)), self.num_classes)
        pred = ops.one_hot(ops.argmax(ops.reshape(y_pred, (-1, self.num_classes)), axis=-1), self.num_classes)
        if sample_weight is not None:
            w = ops.reshape(ops.cast(sample_weight, "float32"), (-1, 1))
            truth, pred = truth * w, pred * ops.cast(w > 0, "float32")
        hit = truth * pred
        self.tp.assign_add(ops.sum(hit, axis=0))
        self.fp.assign_add(ops.sum(pred * ops.cast(truth == 0, "float32"), axis=0))
        self.fn.assign_add(ops.sum(truth - hit, axis=0))

    def result(self) -> Any:
        seen = 2.0 * self.tp + self.fp + self.fn  # 0: neither present nor predicted
        counted = ops.cast(seen > 0, "float32")
        return ops.divide_no_nan(ops.sum(ops.divide_no_nan(2.0 * self.tp, seen)), ops.sum(counted))

    def reset_state(self) -> None:
        for v in (self.tp, self.fp, self.fn):
            v.assign(ops.zeros((self.num_classes,)))

    def get_config(self) -> dict[str, Any]:
        return {**super().get_config(), "num_classes": self.num_classes}
