"""The choice among candidates (``tune confirm``): which configs compete, and the record of the
choice made on validation before the test split is opened."""

from __future__ import annotations

from typing import Any

import optuna
from optuna.trial import FrozenTrial, TrialState

from textclf_tune.analysis.choice import Candidate
from textclf_tune.engine.retraining import config_hash
from textclf_tune.errors import StudyError, TuneError
from textclf_tune.store.records import S, T, trial_values

DEFAULT_SEEDS = 3
DEFAULT_TOP = 3


def top_trials(study: optuna.Study, top: int) -> list[FrozenTrial]:
    """The ``top`` complete trials with distinct configurations, best validation value first."""
    done = [t for t in study.get_trials(deepcopy=False) if t.state == TrialState.COMPLETE and t.value is not None]
    if not done:
        raise StudyError(
            f"study {study.study_name!r} has no complete trial yet, so there is no config to confirm; "
            f"run the sweep first (e.g. {study.user_attrs.get(S.COMMAND) or 'tune run SWEEP.py'})"
        )
    sign = -1.0 if study.direction == optuna.study.StudyDirection.MAXIMIZE else 1.0
    done.sort(key=lambda t: (sign * float(t.value), t.number))  # type: ignore[arg-type]
    out: list[FrozenTrial] = []
    seen: set[str] = set()
    for t in done:
        h = config_hash(trial_values(t))
        if h not in seen:
            seen.add(h)
            out.append(t)
        if len(out) == top:
            break
    return out


def best_epoch(study: optuna.Study, t: FrozenTrial) -> int:
    """The epoch a trial chose on validation: how long its ``--refit`` runs train."""
    epoch = t.user_attrs.get(T.BEST_EPOCH)
    if not isinstance(epoch, int) or epoch < 1:
        raise StudyError(
            f"trial {t.number} of study {study.study_name!r} records no best epoch (user attr 'best_epoch'), "
            "so a refit cannot know how long to train; confirm without --refit"
        )
    return epoch


def check_counts(seeds: int, top: int) -> None:
    if isinstance(seeds, bool) or not isinstance(seeds, int) or seeds < 2:
        raise TuneError(
            f"--seeds must be a whole number >= 2 (a mean ± sd and a confidence interval need two runs per "
            f"config), but got {seeds!r}; use the default {DEFAULT_SEEDS} or more"
        )
    if isinstance(top, bool) or not isinstance(top, int) or top < 1:
        raise TuneError(f"--top must be a whole number >= 1, but got {top!r}; use the default {DEFAULT_TOP}")


def choice_record(
    study: optuna.Study,
    ranked: list[Candidate],
    pick: Candidate,
    cands: list[FrozenTrial],
    refit: bool,
    epochs_of: dict[str, int | None],
    seeds: list[int],
    reference: dict[str, Any],
    epochs_from: str | None = None,
) -> dict[str, Any]:
    config = {t.number: trial_values(t) for t in cands}
    return {
        "objective": study.user_attrs.get(S.OBJECTIVE, "val_accuracy"),
        "direction": "maximize" if study.direction == optuna.study.StudyDirection.MAXIMIZE else "minimize",
        "candidates": [{**c.to_dict(), "config": config[c.trial], "chosen": c is pick} for c in ranked],
        "chosen_trial": pick.trial,
        "chosen_config": config[pick.trial],
        "chosen_is_reference": bool(reference) and config_hash(config[pick.trial]) == config_hash(reference),
        "has_baseline": bool(reference),
        "seeds": seeds,
        "refit": refit,
        "refit_epochs": dict(epochs_of) if refit else None,
        "refit_epochs_from": epochs_from if refit else None,
    }
