"""Tiny studies built without training: trials with the user attrs ``study.Objective`` writes."""

from __future__ import annotations

import datetime as dt
import math
import random
from typing import Any

import optuna
from optuna.distributions import CategoricalDistribution, FloatDistribution, IntDistribution
from optuna.trial import TrialState

DISTRIBUTIONS = {
    "maxlen": IntDistribution(100, 800, step=50),
    "batch_size": CategoricalDistribution([30, 64, 128]),
    "embedding_dim": IntDistribution(32, 256, step=32),
    "dropout": FloatDistribution(0.0, 0.5, step=0.05),
    "learning_rate": FloatDistribution(1e-4, 1e-2, log=True),
}
REFERENCE = {"maxlen": 100, "batch_size": 30, "embedding_dim": 128, "dropout": 0.25, "learning_rate": 1e-3}
RUNTIME = {
    "backend": "tensorflow",
    "device": "CPU (2 cores, x86_64)",
    "versions": {"python": "3.11.9", "keras": "3.15.0", "optuna": "5.0.0", "tensorflow-cpu": "2.21.0"},
    "hostname": "testhost",
}


def _curve(rng: random.Random, final: float, epochs: int) -> list[float]:
    return [round(final - (final - 0.5) * math.exp(-1.3 * e) + rng.uniform(-0.004, 0.004), 4) for e in range(epochs)]


def make_study(
    storage: str | optuna.storages.BaseStorage,
    name: str = "imdb_fake",
    n: int = 12,
    seed: int = 0,
    confirmation: dict[str, Any] | None = None,
    best_on_edge: bool = True,
    sealed: bool = False,
) -> optuna.Study:
    """A study of ``n`` trials: trial 0 the reference config, then complete, pruned and one failed
    trial. The best trial (by value) has ``maxlen=800``, the upper edge, when ``best_on_edge``.
    Complete trials carry a test accuracy (a study made before the seal, or ``--score-test``)
    unless ``sealed``."""
    rng = random.Random(seed)
    if isinstance(storage, str):
        from textclf_tune.store.storage import open_storage

        storage = open_storage(storage, heartbeat=False)
    study = optuna.create_study(storage=storage, study_name=name, direction="maximize")
    attrs = {
        "fingerprint": {"hash": "abc123def4567890"},
        "sweep_file": "sweeps/imdb_cnn.py",
        "sweep_name": "imdb_cnn",
        "description": "IMDB CNN-LSTM (fake study for tests)",
        "objective": "val_accuracy",
        "reference_accuracy": 0.8527,
        "reference_config": REFERENCE,
        "budget": n,
        "command": "tune run sweeps/imdb_cnn.py --quick",
        "quick": True,
        "data": {"name": "imdb"},
    }
    for k, v in attrs.items():
        study.set_user_attr(k, v)
    if confirmation is not None:
        study.set_user_attr("confirmation", confirmation)
    t0 = dt.datetime(2025, 1, 1, 12, 0, 0)
    best_number = n - 3
    for i in range(n):
        if i == 0:
            params = dict(REFERENCE)
        else:
            params = {
                "maxlen": rng.choice(range(100, 801, 50)),
                "batch_size": rng.choice([30, 64, 128]),
                "embedding_dim": rng.choice(range(32, 257, 32)),
                "dropout": round(rng.choice(range(0, 11)) * 0.05, 2),
                "learning_rate": 10 ** rng.uniform(-4, -2),
            }
            if i == best_number and best_on_edge:
                params["maxlen"] = 800
        state = TrialState.COMPLETE
        if i in (3, 6):
            state = TrialState.PRUNED
        if i == 5:
            state = TrialState.FAIL
        final = 0.80 + 0.05 * rng.random() if i != best_number else 0.889
        if i == 0:
            final = 0.845
        epochs = 4 if state == TrialState.COMPLETE else 2
        hist_val = _curve(rng, final, epochs)
        history = {
            "loss": [0.6 - 0.1 * e for e in range(epochs)],
            "val_accuracy": hist_val,
            "accuracy": [v + 0.02 for v in hist_val],
        }
        best_epoch = max(range(epochs), key=lambda e: hist_val[e]) + 1
        ua: dict[str, Any] = {
            "seed": i,
            **RUNTIME,
            "maxlen": params["maxlen"],
            "batch_size": params["batch_size"],
            "history": history,
            "epochs_run": epochs,
            "train_seconds": round(10.0 + i * 1.5, 3),
        }
        if i == 0:
            ua["is_reference"] = True
        value = None
        if state == TrialState.COMPLETE:
            value = max(hist_val)
            test = round(value - 0.01 + rng.uniform(-0.005, 0.005), 4)
            ua.update({"best_epoch": best_epoch, "param_count": 12345 + i, "notes": []})
            if not sealed:
                ua.update({"test_accuracy": test, "test_metrics": {"accuracy": test, "loss": 0.35}})
        if state == TrialState.FAIL:
            ua["fail_reason"] = "out of memory: ResourceExhaustedError: OOM when allocating tensor"
        start = t0 + dt.timedelta(minutes=2 * i)
        trial = optuna.trial.create_trial(
            params=params,
            distributions=dict(DISTRIBUTIONS),
            value=value,
            state=state,
            user_attrs=ua,
            intermediate_values={e + 1: v for e, v in enumerate(hist_val)},
        )
        trial.datetime_start = start
        trial.datetime_complete = start + dt.timedelta(seconds=ua["train_seconds"] + 3)
        study.add_trial(trial)
    return study
