"""One confirmation run (``tune confirm``): train it, score kept weights on test, and its record.

Every run is keyed by (config hash, seed, refit epochs): see :mod:`textclf_tune.engine.confirm`.
"""

from __future__ import annotations

import time
from typing import Any

from textclf_tune.engine.retraining import Retraining, config_hash
from textclf_tune.store.records import now_iso

TUNED, BASELINE, CANDIDATE = "tuned", "baseline", "candidate"
Key = tuple[str, int, int | None]


def run_key(cfg: dict[str, Any], seed: int, epochs: int | None) -> Key:
    return config_hash(cfg), seed, epochs


def key_of(r: dict[str, Any]) -> Key:
    return r["config_hash"], r["seed"], r.get("refit_epochs")


def runs_by_key(runs: list[dict[str, Any]]) -> dict[Key, dict[str, Any]]:
    """Stored runs by the :func:`run_key` they were trained for (plain runs have no ``refit_epochs``)."""
    return {key_of(r): r for r in runs}


def with_test(record: dict[str, Any], role: str, metrics: dict[str, float], retrained: bool = False) -> dict[str, Any]:
    out = {**record, "role": role, "test_accuracy": metrics.get("accuracy"), "test_metrics": metrics}
    out["test_scored"] = now_iso()
    if retrained:
        out["test_retrained"] = True  # the weights chosen on were gone; retrained with the same seed
    return out


def score_weights(rt: Retraining, cfg: dict[str, Any], seed: int, weights: Any) -> dict[str, float]:
    from textclf_tune.space.hp import HyperParameters  # imports Keras

    hp = HyperParameters(values=cfg, where=f"{rt.sweep.path}: confirm")
    model = rt.trainer.build(hp, seed)
    model.set_weights(weights)
    maxlen, batch_size = rt.trainer.resolve(hp)
    return dict(rt.trainer.evaluate_test(model, maxlen, batch_size, rt.trainer.num_words_for(hp)))


def train_run(
    rt: Retraining,
    role: str,
    cfg: dict[str, Any],
    seed: int,
    trial: int | None,
    test: bool,
    epochs: int | None = None,
) -> tuple[dict[str, Any], Any]:
    """One run (``test``: scored on test too); its record and, for a validation run, its weights."""
    from textclf_tune.engine import runtime as env
    from textclf_tune.space.hp import HyperParameters  # imports Keras

    hp = HyperParameters(values=cfg, where=f"{rt.sweep.path}: confirm {role} config")
    t0 = time.perf_counter()
    if epochs is None:
        result = rt.trainer.fit(hp, seed, evaluate_test=test)
    else:
        result = rt.trainer.refit(hp, seed, epochs, evaluate_test=test)
    runtime = env.runtime_info()
    record = {
        "role": role,
        "trial": trial,
        "config_hash": config_hash(cfg),
        "config": cfg,
        "seed": seed,
        "test_accuracy": result.test_accuracy if test else None,
        "test_metrics": dict(result.test_metrics) if test else {},
        "best_epoch": result.best_epoch,
        "epochs_run": len(result.history.get("loss", [])),
        "val": None if epochs is not None else result.best_value,
        "val_history": result.history.get(rt.sweep.objective, []),
        "refit_epochs": epochs,
        "train_rows": getattr(result, "train_rows", None),
        "maxlen": result.maxlen,
        "batch_size": result.batch_size,
        "train_seconds": round(result.train_seconds, 3),
        "seconds": round(time.perf_counter() - t0, 3),
        "quick": rt.quick,
        "backend": runtime["backend"],
        "device": runtime["device"],
        "finished": now_iso(),
    }
    if test:
        record["test_scored"] = record["finished"]
    model = getattr(result, "model", None)
    return record, (model.get_weights() if model is not None and not test else None)
