"""Checks of what ``build(hp)`` returns and what a HyperModel's ``fit`` hands ``model.fit``,
run before any trial trains (the space walk, each trial's build): a model that cannot fit the
labels or takes raw strings, and a ``fit`` that keeps from ``model.fit`` what the engine needs or
changes the data that test scores and exports take as given. Each refusal is one
:class:`SweepError` naming the rule and the fix.

Imports Keras only through the models it is given.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from textclf_tune.errors import SweepError


def check_inputs(model: Any, where: Any) -> None:
    """Refuse a model that takes raw strings (a ``TextVectorization`` inside it, as in many Keras
    examples): every model here is fed padded integer token ids, the tokenizing is the data's."""
    try:
        inputs = list(model.inputs or [])
    except (AttributeError, ValueError):  # not built yet, or subclassed
        inputs = []
    strings = any(str(getattr(t, "dtype", "")) == "string" for t in inputs)
    layers = [type(layer).__name__ for layer in walk_layers(model)]
    if strings or "TextVectorization" in layers or "StringLookup" in layers:
        raise SweepError(
            f"{where}: build(hp) returns a model that takes raw strings (a TextVectorization or string input "
            "inside it), but textclf-tune tokenizes the texts itself (Data(num_words=...), maxlen) and feeds "
            "every model padded integer token ids; start it with keras.Input(shape=(None,), dtype='int32') and "
            "an Embedding, and leave the TextVectorization out (tune export puts the tokenizer beside the model)"
        )


def check_io(model: Any, maxlen: int, where: Any, cap: int | None = None) -> None:
    """Refuse, before any training, a model that cannot take what every trial feeds it: one input
    of token ids padded to ``maxlen`` (a fixed ``keras.Input(shape=(80,))`` beside maxlen 200
    failed five trials in a row), one output, and a loss for class ids (labels are one id per
    text, not one-hot). Skipped where the model has no symbolic inputs (a subclassed model).
    ``cap``: the quick preset's ``max_maxlen``, where it cut ``maxlen``."""
    try:
        inputs, outputs = list(model.inputs or []), list(model.outputs or [])
    except (AttributeError, ValueError):
        inputs, outputs = [], []
    if len(inputs) > 1 or len(outputs) > 1:
        what = f"{len(inputs)} inputs" if len(inputs) > 1 else f"{len(outputs)} outputs"
        raise SweepError(
            f"{where}: build(hp) returns a model with {what}, but every trial feeds one input (the texts' token "
            "ids) and fits one output (the class); build a model with one keras.Input and one output layer"
        )
    length = tuple(getattr(inputs[0], "shape", ()))[1:2] if inputs else ()
    if length and length[0] is not None and length[0] != maxlen:
        if cap is not None:
            raise SweepError(
                f"{where}: build(hp)'s keras.Input has a fixed length of {length[0]} tokens, but the quick preset "
                f"pads texts to at most {cap} (Quick(max_maxlen={cap})); use keras.Input(shape=(None,), "
                "dtype='int32'), which takes any length, or raise Quick(max_maxlen=...)"
            )
        raise SweepError(
            f"{where}: build(hp)'s keras.Input has a fixed length of {length[0]} tokens, but the texts are "
            f"padded to maxlen {maxlen} (Training(maxlen) or hp.Int('maxlen')); use keras.Input(shape=(None,), "
            "dtype='int32'), or shape=(hp.get('maxlen'),) after defining maxlen"
        )
    try:
        loss = (model.get_compile_config() or {}).get("loss")
    except Exception:  # noqa: BLE001 - a config Keras cannot serialise: the trials' errors will say it
        return
    if isinstance(loss, dict) and not str(loss.get("module", "")).startswith("keras"):
        return  # a loss class of the user's own, whatever its name
    name = loss.get("class_name") if isinstance(loss, dict) else loss
    one_hot = ("categorical_crossentropy", "CategoricalCrossentropy", "categorical_focal_crossentropy")
    if name in (*one_hot, "CategoricalFocalCrossentropy") and type(model).train_step is _keras_train_step(model):
        raise SweepError(
            f"{where}: build(hp) compiles with loss {name!r}, which wants one-hot labels, but the labels here are "
            "class ids, one per text; use 'sparse_categorical_crossentropy' (the same loss on class ids)"
        )


def check_output_units(model: Any, dataset: Any, where: Any, called: Any = None) -> None:
    """Refuse, before any training, a model whose last layer cannot fit the labels: ``n`` classes
    need ``n`` output units (two classes: one sigmoid unit or two). ``called``: the output shape
    of a model built by calling it (no ``keras.Input``). Skipped when the output shape is unknown
    or the model has several outputs."""
    n = getattr(dataset, "num_classes", None)
    shapes = _output_shapes(model, called)
    if not isinstance(n, int) or not shapes or len(shapes) != 1:
        return
    units = shapes[0][-1]
    if units is None or units == n or (n == 2 and units == 1):
        return
    names = list(getattr(dataset, "class_names", []))
    shown = ", ".join(map(str, names[:5])) + (", ..." if len(names) > 5 else "")
    fix = (
        "end it with Dense(1, activation='sigmoid') and binary_crossentropy, or Dense(2, activation='softmax') "
        "and sparse_categorical_crossentropy"
        if n == 2
        else f"end it with Dense({n}, activation='softmax') (data.num_classes, in build(hp, data)) and compile "
        "with sparse_categorical_crossentropy"
    )
    raise SweepError(
        f"{where}: build(hp) returns a model with {units} output unit{'s' if units != 1 else ''}, but the data "
        f"has {n} classes ({shown}); {fix}"
    )


#: Keras metrics that need labels in the output's shape where the engine feeds class ids, one per
#: text: F1Score and FBetaScore always (they want one-hot labels), AUC, Precision and Recall when
#: the model has more than one output unit (checked: each fails at its first batch otherwise).
ONE_HOT_ONLY = ("F1Score", "FBetaScore")
ONE_UNIT_ONLY = ("AUC", "Precision", "Recall")


def check_metric_shapes(model: Any, where: Any, called: Any = None) -> None:
    """Refuse, before any training, a Keras metric that cannot take the labels here (class ids, one
    per text) with this model's output: every trial would fail at its first batch with a shape
    error (``keras.metrics.AUC`` on a 4-class softmax failed five trials in a row)."""
    shapes = _output_shapes(model, called)
    units = shapes[0][-1] if len(shapes) == 1 and shapes[0] is not None else None
    try:
        config = model.get_compile_config() or {}
    except Exception:  # noqa: BLE001 - a config Keras cannot serialise: the trials' errors will say it
        return
    for m in (m for key in ("metrics", "weighted_metrics") for m in config.get(key) or []):
        kind = m.get("class_name") if isinstance(m, dict) and str(m.get("module", "")).startswith("keras") else None
        if kind in ONE_HOT_ONLY or (kind in ONE_UNIT_ONLY and units is not None and units > 1):
            name = (m.get("config") or {}).get("name", kind)
            raise SweepError(
                f"{where}: metric keras.metrics.{kind} (name {name!r}) needs labels shaped like the model's output, "
                f"but the labels here are class ids, one per text{f', and the model has {units} output units' if units else ''}; "
                "use F1() (binary) or MacroF1(num_classes) from textclf_tune.metrics (objective 'val_f1' or "
                "'val_macro_f1'), and for AUC, precision or recall end a two-class model with "
                "Dense(1, activation='sigmoid')"
            )


def check_fit_call(where: str, proxy: Any, marker: Any, objective: str) -> None:
    """A SweepError when a HyperModel's ``fit`` (run on ``proxy``) keeps from ``model.fit`` what the
    engine needs each epoch: the validation data (the objective) and its callbacks (best epoch, pruner)."""
    if proxy.used is None:
        raise SweepError(
            f"{where}(hp, model, ...) never called model.fit, so no epoch reports {objective!r}; train with "
            "model.fit(*args, **kwargs) in it (a custom training loop is not supported)"
        )
    if proxy.used.get("validation_data") is None:
        raise SweepError(
            f"{where}(hp, model, ...) called model.fit without validation_data, so no epoch reports {objective!r} "
            "(scoring validation in fit and returning it is not supported); pass it on: "
            "model.fit(x, y, validation_data=validation_data, **kwargs)"
        )
    if not any(c is marker for c in proxy.used.get("callbacks") or []):
        raise SweepError(
            f"{where}(hp, model, ...) called model.fit without the callbacks it was given, which keep the best "
            "epoch and report to the pruner; pass them on: model.fit(..., callbacks=callbacks) or **kwargs"
        )


def check_fit_data(where: str, proxy: Any, x: Any, y: Any) -> None:
    """A SweepError when a HyperModel's ``fit`` hands ``model.fit`` validation inputs other than it
    was given (KerasTuner's "tune the preprocessing in fit"), or labels in another form (one-hot):
    confirm's test scores and tune export feed the model the data as given, so they would miss the
    change. Training rows may change (oversampling, a subsample, a shuffle): a refit runs the same
    ``fit``. Data wrapped in something without a shape (a ``tf.data.Dataset``) is not checked."""
    used, args = proxy.used or {}, proxy.args
    val = used.get("validation_data")
    val = tuple(val) if isinstance(val, (tuple, list)) else ()
    train_y = args[1] if len(args) > 1 else used.get("y")
    call = f"{where}(hp, model, x, y, ...)"
    if val and not _same_data(val[0], x):
        raise SweepError(
            f"{call} passed model.fit other validation inputs than it was given (shape {_shape(val[0])} for "
            f"{_shape(x)}): tune confirm's test scores and tune export feed the model the token ids as given and "
            "would miss that step; make it part of the model in build(hp) (a layer, e.g. keras.layers.Lambda or "
            "Cropping1D) or of the data (Training(maxlen), Data(...)); training rows alone may change"
        )
    for label, got in (("y", train_y), ("validation labels", val[1] if len(val) > 1 else None)):
        if not _labels_as_given(got, y, exact=label != "y"):
            raise SweepError(
                f"{call} passed model.fit {label} in another form than it was given (shape {_shape(got)} for "
                f"{_shape(y)}): the test split is scored with class ids as given; keep them, with "
                "sparse_categorical_crossentropy (or binary_crossentropy on one sigmoid unit)"
            )


def _output_shapes(model: Any, called: Any) -> list[Any]:
    """The model's output shapes, or ``[called]`` (the shape of a call's result) for a model built
    by calling it; empty when neither is known."""
    try:
        return [o.shape for o in model.outputs]
    except (AttributeError, ValueError):
        return [called] if called is not None else []


def _shape(a: Any) -> tuple[Any, ...]:
    return tuple(getattr(a, "shape", ()))


def _same_data(got: Any, given: Any) -> bool:
    if got is given or got is None or getattr(got, "shape", None) is None:
        return True  # passed on, left out, or a Dataset: nothing to compare
    try:
        return _shape(got) == _shape(given) and bool(np.array_equal(np.asarray(got), given))
    except Exception:  # a tensor type numpy cannot read: not ours to judge
        return True


def _labels_as_given(got: Any, given: Any, exact: bool) -> bool:
    """Class ids as given: one per row ((n,) or (n, 1)); with ``exact`` the very same ids too."""
    shape = getattr(got, "shape", None)
    if got is given or got is None or shape is None:
        return True
    if len(shape) > 2 or (len(shape) == 2 and shape[1] != 1):
        return False  # one-hot or otherwise reshaped
    if not exact:
        return True
    try:
        return bool(np.array_equal(np.ravel(np.asarray(got)), np.ravel(given)))
    except Exception:
        return True


def walk_layers(layer: Any) -> list[Any]:
    out = [layer]
    for sub in getattr(layer, "layers", []) or []:
        out.extend(walk_layers(sub))
    if hasattr(layer, "forward_layer"):  # Bidirectional
        out.extend(walk_layers(layer.forward_layer))
    return out


def _keras_train_step(model: Any) -> Any:
    """Keras's own ``train_step`` for this backend (a model overriding it may one-hot the labels itself)."""
    for cls in type(model).__mro__:
        if cls.__module__.startswith("keras") and "train_step" in cls.__dict__:
            return cls.__dict__["train_step"]
    return None
