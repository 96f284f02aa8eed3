"""The one place that knows the names of the attributes a study and its trials carry.

Every module reads and writes trial and study attributes through these names (or the typed views
below), so a renamed attribute is one edit and ``grep`` finds every reader. Names are stored as
Optuna user attributes, so they are what ``optuna-dashboard`` and ``study.trials_dataframe()``
show; keep them short and stable: committed studies carry them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from optuna.trial import FrozenTrial, TrialState

#: States that count towards a study's budget.
FINISHED = (TrialState.COMPLETE, TrialState.PRUNED)


class T:
    """Trial user attributes."""

    IS_REFERENCE = "is_reference"  # the sweep's reference config (the original script), trial 0
    SEED = "seed"
    BACKEND = "backend"
    DEVICE = "device"
    VERSIONS = "versions"
    HOSTNAME = "hostname"
    MAXLEN = "maxlen"
    BATCH_SIZE = "batch_size"
    FIXED = "fixed"  # hp.Fixed values, which Optuna does not store as params
    HISTORY = "history"  # per-epoch Keras logs
    BEST_EPOCH = "best_epoch"
    EPOCHS_RUN = "epochs_run"
    TEST_ACCURACY = "test_accuracy"
    TEST_METRICS = "test_metrics"
    PARAM_COUNT = "param_count"
    TRAIN_SECONDS = "train_seconds"
    NOTES = "notes"
    FAIL_REASON = "fail_reason"
    WARM_START = "warm_start"  # copied from another study by --warm-start
    WORKER = "worker"
    WORKER_PID = "worker_pid"
    CUDA_VISIBLE_DEVICES = "cuda_visible_devices"
    RETRY_OF = "retry_of"
    WEIGHTS = "weights_artifact"  # id of the model uploaded to the artifact store (may be pruned since)


class S:
    """Study user attributes."""

    FINGERPRINT = "fingerprint"
    SWEEP_FILE = "sweep_file"
    SWEEP_NAME = "sweep_name"
    DESCRIPTION = "description"
    OBJECTIVE = "objective"
    REFERENCE_ACCURACY = "reference_accuracy"
    REFERENCE_CONFIG = "reference_config"
    QUICK = "quick"
    DATA = "data"
    BUDGET = "budget"
    COMMAND = "command"
    WARM_START = "warm_start"
    CONTINUED_IN = "continued_in"
    SUPERSEDED_BY = "superseded_by"
    CONFIRM_RUNS = "confirm_runs"
    CONFIRMATION = "confirmation"
    CONFIRMATION_REFIT = "confirmation_refit"
    ARTIFACT_ROOT = "artifact_root"  # the --artifacts folder the study's weights were kept in


class Sys:
    """Optuna's own system attributes that we read (set by ``enqueue_trial`` and the heartbeat)."""

    FIXED_PARAMS = "fixed_params"
    FAILED_TRIAL = "failed_trial"
    RETRY_HISTORY = "retry_history"


def _float(v: Any) -> float | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


@dataclass(frozen=True)
class TrialRecord:
    """A typed, read-only view of one trial's record."""

    number: int
    state: TrialState
    value: float | None
    params: dict[str, Any]
    is_reference: bool
    test_accuracy: float | None
    train_seconds: float | None
    history: dict[str, list[float]]
    best_epoch: int | None
    epochs_run: int | None
    fail_reason: str
    warm_start: Any
    seed: int | None

    @classmethod
    def of(cls, t: FrozenTrial) -> TrialRecord:
        a = t.user_attrs
        params = dict(t.params)
        params.update(a.get(T.FIXED) or {})
        return cls(
            number=t.number,
            state=t.state,
            value=_float(t.value) if t.value is not None else None,
            params=params,
            is_reference=bool(a.get(T.IS_REFERENCE)),
            test_accuracy=_float(a.get(T.TEST_ACCURACY)),
            train_seconds=_float(a.get(T.TRAIN_SECONDS)),
            history=dict(a.get(T.HISTORY) or {}),
            best_epoch=a.get(T.BEST_EPOCH),
            epochs_run=a.get(T.EPOCHS_RUN),
            fail_reason=str(a.get(T.FAIL_REASON) or ""),
            warm_start=a.get(T.WARM_START),
            seed=a.get(T.SEED),
        )

    @property
    def finished(self) -> bool:
        return self.state in FINISHED


def reference_trials(trials: list[FrozenTrial]) -> list[FrozenTrial]:
    """The finished trials that ran the sweep's reference config."""
    return [t for t in trials if t.user_attrs.get(T.IS_REFERENCE) and t.state == TrialState.COMPLETE]
