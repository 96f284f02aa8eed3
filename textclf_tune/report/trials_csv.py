"""``trials.csv``: one row per trial, numbers at full precision, params as ``params_<name>``."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from optuna.trial import FrozenTrial

from textclf_tune.store.records import T, trial_values

CSV_FIXED_HEAD = ["number", "state", "value", "test_accuracy"]
CSV_FIXED_TAIL = [
    "epochs_run",
    "best_epoch",
    "train_seconds",
    "fail_reason",
    "duplicate_of",
    "is_reference",
    "seed",
    "param_count",
    "maxlen",
    "batch_size",
    "datetime_start",
    "datetime_complete",
]


def trial_row(t: FrozenTrial, param_names: list[str]) -> dict[str, Any]:
    """One trials.csv row: numbers as stored (full precision), params as ``params_<name>``."""
    a = t.user_attrs
    row: dict[str, Any] = {
        "number": t.number,
        "state": t.state.name,
        "value": t.value,
        "test_accuracy": a.get(T.TEST_ACCURACY),
    }
    values = trial_values(t)
    for p in param_names:
        row[f"params_{p}"] = values.get(p)
    row.update(
        {
            "epochs_run": a.get(T.EPOCHS_RUN),
            "best_epoch": a.get(T.BEST_EPOCH),
            "train_seconds": a.get(T.TRAIN_SECONDS),
            "fail_reason": a.get(T.FAIL_REASON, ""),
            "duplicate_of": a.get(T.DUPLICATE_OF),  # sampled that trial's values again: its value reused
            "is_reference": bool(a.get(T.IS_REFERENCE, False)),
            "seed": a.get(T.SEED),
            "param_count": a.get(T.PARAM_COUNT),
            "maxlen": a.get(T.MAXLEN),
            "batch_size": a.get(T.BATCH_SIZE),
            "datetime_start": t.datetime_start.isoformat(timespec="seconds") if t.datetime_start else None,
            "datetime_complete": t.datetime_complete.isoformat(timespec="seconds") if t.datetime_complete else None,
        }
    )
    return row


def write_trials_csv(trials: list[FrozenTrial], path: Path) -> Path:
    param_names = sorted({p for t in trials for p in trial_values(t)})
    fields = CSV_FIXED_HEAD + [f"params_{p}" for p in param_names] + CSV_FIXED_TAIL
    with path.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        for t in trials:
            w.writerow({k: _csv(v) for k, v in trial_row(t, param_names).items()})
    return path


def _csv(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, (dict, list)):
        return json.dumps(v)
    return v
