"""The names a compiled model will log (``loss``, ``val_auc``, ...), read from its compile config
before any training, and what to tell a user whose objective is not among them."""

from __future__ import annotations

import difflib
from typing import Any

#: Where the metric an objective names usually comes from, for the remedy.
_HOW_TO_ADD = {
    "auc": 'keras.metrics.AUC(name="auc")',
    "f1": "F1() (from textclf_tune.metrics import F1)",
    "macro_f1": "MacroF1(num_classes) (from textclf_tune.metrics import MacroF1)",
    "precision": 'keras.metrics.Precision(name="precision")',
    "recall": 'keras.metrics.Recall(name="recall")',
    "accuracy": '"accuracy"',
}


def logged_names(model: Any) -> list[str] | None:
    """The validation names ``model.fit`` will log (``val_loss``, ``val_<metric>``), read from the
    model's compile config; ``None`` when they cannot be known before training (several outputs,
    a custom ``train_step``/``test_step``/``compute_metrics``, metrics given as a dict)."""
    import keras

    cls = type(model)
    for method in ("train_step", "test_step", "compute_metrics", "compute_loss"):
        if getattr(cls, method, None) is not getattr(keras.Model, method, None):
            return None
    if len(getattr(model, "outputs", None) or []) > 1:
        return None
    try:
        config = model.get_compile_config() or {}
    except Exception:  # a model compiled with something the config cannot serialise
        return None
    names = ["loss"]
    for key in ("metrics", "weighted_metrics"):
        metrics = config.get(key)
        if metrics is None:
            continue
        if not isinstance(metrics, (list, tuple)):
            return None
        for m in metrics:
            name = _metric_name(m)
            if name is None:
                return None
            names.append(name)
    return [f"val_{n}" for n in names]


def _metric_name(entry: Any) -> str | None:
    """The name Keras logs for one serialised metric: a string as given, a plain function by its
    ``__name__`` (serialised as ``{"class_name": "function", "config": "top_prob"}``), a Metric
    object by its ``name``; ``None`` for anything else."""
    if isinstance(entry, str):
        return entry
    if not isinstance(entry, dict):
        return None
    config = entry.get("config")
    if isinstance(config, str):  # a function metric: Keras names it after the function
        return config
    name = config.get("name") if isinstance(config, dict) else None
    return name if isinstance(name, str) else None


def missing_objective(where: str, objective: str, names: list[str]) -> str:
    """The message for an objective the model does not log: what it logs, and the likely fix."""
    shown = [n for n in names if n.startswith("val_")] or sorted(names)
    metric = objective.removeprefix("val_")
    bare = {n.removeprefix("val_"): n for n in shown}
    close = [n for n in shown if n.lower() == objective.lower()]  # val_AUC for val_auc
    alias = {"accuracy": "acc", "acc": "accuracy"}.get(metric)  # Keras logs metrics=["acc"] as val_acc
    if not close and alias is not None and f"val_{alias}" in shown:
        close = [f"val_{alias}"]
    if not close and metric not in _HOW_TO_ADD:  # a typo of a logged name (the metric part compared)
        close = [bare[m] for m in difflib.get_close_matches(metric, list(bare), n=1, cutoff=0.75)]
    if close:
        fix = f"did you mean objective = {close[0]!r}?"
    else:
        how = _HOW_TO_ADD.get(metric, f"a metric named {metric!r}")
        fix = f"add {how} to model.compile(metrics=[...]), or set objective to one of {shown}"
    return f"{where}: objective {objective!r} is not among the metrics the model logs ({shown}); {fix}"
