"""The one place that knows the names of the attributes a study and its trials carry.

Every module reads and writes trial and study attributes through these names (or the typed views
below), so a renamed attribute is one edit and ``grep`` finds every reader. Names are stored as
Optuna user attributes, so they are what ``optuna-dashboard`` and ``study.trials_dataframe()``
show; keep them short and stable: committed studies carry them.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

import optuna
from optuna.trial import FrozenTrial, TrialState

from textclf_tune.space.specs import MIRROR

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
    NUM_WORDS = "num_words"  # the vocabulary the trial's inputs were cut to (Dataset.with_num_words)
    BATCH_SIZE = "batch_size"
    FIXED = "fixed"  # hp.Fixed values, which Optuna does not store as params
    DERIVED = "derived"  # reverse-log values, which Optuna stores as their NAME.mirror param
    UNORDERED = "unordered_choices"  # numeric hp.Choice(..., ordered=False) names: no edge to widen
    HISTORY = "history"  # per-epoch Keras logs
    BEST_EPOCH = "best_epoch"
    EPOCHS_RUN = "epochs_run"
    TEST_ACCURACY = "test_accuracy"  # only with ``tune run --score-test`` (or studies made before the seal)
    TEST_METRICS = "test_metrics"
    PARAM_COUNT = "param_count"
    TRAIN_SECONDS = "train_seconds"
    NOTES = "notes"
    FAIL_REASON = "fail_reason"
    WARM_START = "warm_start"  # copied from another study by --warm-start
    MERGED_FROM = "merged_from"  # run on a copy of the storage, added by tune merge: {"storage", "trial"}
    WORKER = "worker"
    WORKER_PID = "worker_pid"
    WORKER_MACHINE = "worker_machine"  # host/boot-id/pid-namespace: where WORKER_PID names the process
    CUDA_VISIBLE_DEVICES = "cuda_visible_devices"
    RETRY_OF = "retry_of"
    REQUEUED_FROM = "requeued_from"  # an enqueued trial cut short (a stop, a dead worker) queued again as this one
    DUPLICATE_OF = "duplicate_of"  # sampled the values of this complete trial: its value reused, nothing trained
    WEIGHTS = "weights_artifact"  # id of the model uploaded to the artifact store (may be pruned since)


class S:
    """Study user attributes."""

    FINGERPRINT = "fingerprint"  # its short hash (older studies: the whole record)
    STATUS = "status"  # "quick" or "superseded": what optuna-dashboard's study list tells apart
    SWEEP_FILE = "sweep_file"
    SWEEP_NAME = "sweep_name"
    RUN_FOLDER = "run_folder"  # the working folder the study was created in: SWEEP_FILE is relative to it
    DESCRIPTION = "description"
    OBJECTIVE = "objective"
    REFERENCE_ACCURACY = "reference_accuracy"
    REFERENCE_CONFIG = "reference_config"
    QUICK = "quick"
    QUICK_PRESET = "quick_preset"  # a quick study's subsample sizes and epochs
    DATA = "data"
    BUDGET = "budget"
    #: The last ``--trials N`` (``RunConfig.trials``): a later run without it keeps a budget so raised.
    TRIALS_ASKED = "trials_asked"
    COMMAND = "command"
    WARM_START = "warm_start"
    CONTINUED_IN = "continued_in"
    SUPERSEDED_BY = "superseded_by"
    CONFIRM_RUNS = "confirm_runs"
    CONFIRMATION = "confirmation"
    CONFIRMATION_REFIT = "confirmation_refit"
    #: The model ``tune confirm`` kept for ``tune export --confirmed``: artifact id, trial, seed, val.
    CONFIRMED_MODEL = "confirmed_model"
    #: ``True`` once ``tune run --score-test`` scored trials on test during the search.
    TEST_SEEN_DURING_SEARCH = "test_seen_during_search"
    #: Every opening of the test split: a list of :func:`opening_record` records.
    TEST_OPENINGS = "test_openings"
    LINEAR_BASELINE = "linear_baseline"  # `tune baseline`: TF-IDF + linear model on the study's splits
    #: Sweeps a study was opened with before its current one, each dropped while no trial had finished
    #: (every trial failed): a list of ``{"fingerprint", "failed_trials", "at"}``.
    REPLACED_SWEEPS = "replaced_sweeps"
    ARTIFACT_ROOT = "artifact_root"  # the --artifacts folder the study's weights were kept in
    #: A digest of the sweep file's functions and classes (space.code): an edited build is noticed.
    MODEL_CODE = "model_code"
    #: Each time the model code changed on resume: a list of ``{"from", "to", "at", "trials_before"}``.
    MODEL_CODE_EDITS = "model_code_edits"


class Sys:
    """System attributes: Optuna's own that we read (set by ``enqueue_trial`` and the heartbeat),
    and the fingerprint record, kept out of the user attrs that people read."""

    FIXED_PARAMS = "fixed_params"
    FINGERPRINT = "textclf:fingerprint"  # a study's whole fingerprint record (written by us)
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
        params = trial_values(t)
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


def copied_trial(
    t: FrozenTrial,
    *,
    params: dict[str, Any] | None = None,
    distributions: dict[str, Any] | None = None,
    user_attrs: dict[str, Any],
    system_attrs: dict[str, Any],
) -> FrozenTrial:
    """``t`` as a new trial for ``study.add_trial`` (number and id assigned by the storage): its
    state, values, times and learning curve kept; params, attributes as given."""
    return FrozenTrial(
        number=0,
        trial_id=0,
        state=t.state,
        value=None,
        values=t.values,
        datetime_start=t.datetime_start,
        datetime_complete=t.datetime_complete,
        params=dict(t.params) if params is None else params,
        distributions=dict(t.distributions) if distributions is None else distributions,
        user_attrs=user_attrs,
        system_attrs=system_attrs,
        intermediate_values=dict(t.intermediate_values),
    )


def saw_test_during_search(study: optuna.Study, trials: list[FrozenTrial] | None = None) -> bool:
    """Whether the search itself saw the test split: marked by ``tune run --score-test``, or read
    off the trials for studies made before the seal (any trial carrying a test accuracy)."""
    if study.user_attrs.get(S.TEST_SEEN_DURING_SEARCH):
        return True
    trials = study.get_trials(deepcopy=False) if trials is None else trials
    return any(t.user_attrs.get(T.TEST_ACCURACY) is not None for t in trials)


def trial_values(t: FrozenTrial) -> dict[str, Any]:
    """A trial's hyperparameter values as ``build(hp)`` saw them: its Optuna params, a reverse-log
    value in place of the ``NAME.mirror`` param Optuna holds for it (``hp.Fixed`` values are not
    params: ``T.FIXED``). What confirm retrains, export rebuilds and reports show."""
    values = {k: v for k, v in t.params.items() if not k.endswith(MIRROR)}
    values.update(t.user_attrs.get(T.DERIVED) or {})
    return values


def default_study_name(sweep_name: str, quick: bool) -> str:
    """The study a sweep runs when no ``--study-name`` is given: its name, ``-quick`` for the preset."""
    return sweep_name + ("-quick" if quick else "")


def now_iso() -> str:
    """Local time with its offset, to the second: how records say when."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def opening_record(command: str, purpose: str, configs: list[dict[str, Any]] | str, **extra: Any) -> dict[str, Any]:
    """One record of the test split being opened: when, by which command, for which configs."""
    return {"when": now_iso(), "command": command, "purpose": purpose, "configs": configs, **extra}


def record_opening(study: optuna.Study, opening: dict[str, Any]) -> None:
    """Append ``opening`` to the study's :attr:`S.TEST_OPENINGS` (stored at once)."""
    openings = list(study.user_attrs.get(S.TEST_OPENINGS) or [])
    openings.append(opening)
    study.set_user_attr(S.TEST_OPENINGS, openings)


def reference_trials(trials: list[FrozenTrial]) -> list[FrozenTrial]:
    """The finished trials that ran the sweep's reference config."""
    return [t for t in trials if t.user_attrs.get(T.IS_REFERENCE) and t.state == TrialState.COMPLETE]
