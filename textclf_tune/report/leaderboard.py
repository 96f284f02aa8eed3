"""The leaderboard: one row per study, read straight from the storage (no TensorFlow import).

For each study: trials complete / pruned / failed; the best trial *by validation*; test figures
from ``tune confirm`` only (mean over seeds of the config chosen on mean validation, against the
baseline: the reference config re-measured on the same pipeline), and the original script's
reported accuracy with the difference to it; whether the test split is still sealed, was opened by
``tune confirm``, or was seen during the search (``tune run --score-test``, or studies made before
the seal); and a warning for each numeric hyperparameter whose best value sits on the edge of its
range; and Δ linear, the gap to the linear baseline of
``tune baseline`` (best validation against the linear model's validation; the confirmed test mean
against its test accuracy once both are open).
"""

from __future__ import annotations

from typing import Any

import optuna
from optuna.trial import FrozenTrial, TrialState

from textclf_tune.analysis.edges import edge_warnings
from textclf_tune.analysis.linear import summary as linear_summary
from textclf_tune.store.records import S, T, saw_test_during_search, trial_values
from textclf_tune.store.storage import open_storage, stale_trial_numbers


def reference_trial(trials: list[FrozenTrial]) -> FrozenTrial | None:
    """The finished trial of the reference config (the first one, if it was retried)."""
    for t in trials:
        if t.user_attrs.get(T.IS_REFERENCE) and t.state == TrialState.COMPLETE:
            return t
    return None


def best_trial(study: optuna.Study, trials: list[FrozenTrial]) -> FrozenTrial | None:
    done = [t for t in trials if t.state == TrialState.COMPLETE and t.value is not None]
    if not done:
        return None
    maximize = study.direction == optuna.study.StudyDirection.MAXIMIZE
    return max(done, key=lambda t: t.value if maximize else -t.value)  # type: ignore[arg-type,return-value,operator]


#: What a study's test split has seen (``study_row(...)["test_status"]``).
SEALED, CONFIRMED, SEEN = "sealed", "confirmed", "test seen during search"


#: The columns that hold test figures: "sealed" in them until ``tune confirm`` has run.
TEST_KEYS = ("best_test", "best_test_objective", "delta_reference", "baseline_test", "delta_baseline")


def study_row(study: optuna.Study) -> dict[str, Any]:
    trials = study.get_trials(deepcopy=False)
    n = {s: sum(t.state == s for t in trials) for s in TrialState}
    best = best_trial(study, trials)
    base = reference_trial(trials)
    stopped = stale_trial_numbers(study) if n[TrialState.RUNNING] else []
    ref = study.user_attrs.get(S.REFERENCE_ACCURACY)
    confirm = study.user_attrs.get(S.CONFIRMATION)
    refit = study.user_attrs.get(S.CONFIRMATION_REFIT)
    shown = confirm if confirm and confirm.get("tuned") else refit if refit and refit.get("tuned") else None
    seen = saw_test_during_search(study, trials)
    if shown and stale_confirmation(shown, best.number if best else None):
        shown = None  # its figures are of earlier candidates, not of this best trial: only the text keeps them
    best_test = (shown or {}).get("tuned_mean")
    base_test = (shown or {}).get("baseline_mean")
    quick = quick_note(study)
    confirmed = " · ".join(
        x
        for x in (
            confirmed_text(confirm, best.number if best else None),
            _prefixed("refit on train+val: ", confirmed_text(refit, best.number if best else None)),
        )
        if x
    )
    return {
        "study": study.study_name,
        "sweep_file": study.user_attrs.get(S.SWEEP_FILE),
        "budget": study.user_attrs.get(S.BUDGET),
        "complete": n[TrialState.COMPLETE],
        "pruned": n[TrialState.PRUNED],
        "failed": n[TrialState.FAIL],
        "running": n[TrialState.RUNNING] - len(stopped),
        "stopped": len(stopped),  # running in the storage, but their run is gone; the next tune run retries them
        "waiting": n[TrialState.WAITING],  # queued (tune enqueue, a requeued cut-short trial)
        "best_trial": best.number if best else None,
        "objective": study.user_attrs.get(S.OBJECTIVE),
        "direction": "minimize" if study.direction == optuna.study.StudyDirection.MINIMIZE else "maximize",
        "best_val": best.value if best else None,
        "best_test": best_test,
        "best_test_objective": _confirmed_objective(shown) if shown else test_objective(study, best),
        "majority": majority_rate(study),
        "majority_objective": majority_objective(study),  # the objective's value for that same guess
        "reference": ref,
        "delta_reference": None if quick else _sub(best_test, ref),  # other data and epochs: not comparable
        "baseline_trial": base.number if base else None,
        "baseline_val": base.value if base else None,
        "baseline_test": base_test,
        "delta_baseline_val": _sub(best.value if best else None, base.value if base else None),
        "delta_baseline": (shown or {}).get("diff_mean"),
        **_linear_fields(study, best, shown),
        "compute_hours": compute_hours(study, trials),
        "confirmed": confirmed,
        "confirmed_trial": (shown or {}).get("best_trial"),  # the config the test columns are about
        "confirmation": confirm,
        "confirmation_refit": refit,
        "test_status": test_status(seen, shown is not None, study.user_attrs.get(S.TEST_OPENINGS) or []),
        "test_seen_during_search": seen,
        "test_openings": list(study.user_attrs.get(S.TEST_OPENINGS) or []),
        "quick": bool(study.user_attrs.get(S.QUICK)),
        "not_comparable": quick,
        "best_params": trial_values(best) if best else {},
        "warnings": _notes(study, best),
        "superseded": superseded(study),
    }


def compute_hours(study: optuna.Study, trials: list[FrozenTrial]) -> dict[str, float]:
    """Training hours behind the study's figures, from the seconds each trial and confirmation run
    recorded: ``search`` (every trial: complete, pruned, failed or stopped), of which ``copied``
    came with a warm start (spent by the study it continues), and ``confirm`` (``tune confirm``'s
    runs, the baseline's included)."""
    search = copied = 0.0
    for t in trials:
        seconds = float(t.user_attrs.get(T.TRAIN_SECONDS) or 0.0)
        search += seconds
        if t.user_attrs.get(T.WARM_START):
            copied += seconds
    runs = study.user_attrs.get(S.CONFIRM_RUNS) or []
    confirm = sum(float(r.get("train_seconds") or 0.0) for r in runs if isinstance(r, dict))
    return {"search": round(search / 3600, 2), "copied": round(copied / 3600, 2), "confirm": round(confirm / 3600, 2)}


def test_status(seen: bool, confirmed: bool, openings: list[dict[str, Any]]) -> str:
    """Sealed, confirmed, seen during the search, or opened by another command (``tune export``)."""
    if seen:
        return SEEN
    if confirmed:
        return CONFIRMED
    if openings:
        return f"opened ({str(openings[-1].get('purpose', '?')).split(':')[0]})"
    return SEALED


def quick_note(study: optuna.Study) -> str:
    """For a quick-preset study, why its figures are not comparable to the reference ('' otherwise)."""
    if not study.user_attrs.get(S.QUICK):
        return ""
    old = study.user_attrs.get(S.FINGERPRINT)  # studies made before the preset had its own attr
    q = study.user_attrs.get(S.QUICK_PRESET) or (old.get("quick") if isinstance(old, dict) else None) or {}
    # the training split as used: the preset's count, or the whole split when that is smaller
    used = ((study.user_attrs.get(S.DATA) or {}).get("sizes") or {}).get("train", q.get("n_train"))
    sizes = (
        f"{used:,} training examples, {q['epochs']} epoch{'s' if q['epochs'] != 1 else ''}"
        if isinstance(used, int) and "epochs" in q
        else ""
    )
    return f"quick preset ({sizes or 'subsampled data, few epochs'}): not comparable to the reference"


def majority_rate(study: optuna.Study) -> float | None:
    """Accuracy of always predicting the validation split's largest class (from the study's data
    record; the test split stays sealed): a validation accuracy at this rate means the model learned
    nothing but the class balance."""
    counts = _val_counts(study)
    return max(counts) / sum(counts) if counts else None


def _val_counts(study: optuna.Study) -> list[int] | None:
    """The validation split's class counts from the study's data record (None if unrecorded or empty)."""
    counts = ((study.user_attrs.get(S.DATA) or {}).get("class_counts") or {}).get("val")
    return list(counts) if counts and sum(counts) else None


def majority_objective(study: optuna.Study) -> float | None:
    """The study's objective for always predicting the validation split's largest class, where it
    follows from the class counts: accuracy (the majority rate), ``val_macro_f1`` (that class's F1,
    2p/(1+p), averaged over the classes present, as scikit-learn's macro F1), ``val_f1`` (F1 of the
    positive class, the last: 0 unless it is the largest), ``val_auc`` (0.5: one score for all)."""
    counts = _val_counts(study)
    if counts is None:
        return None
    p = max(counts) / sum(counts)
    largest_f1 = 2 * p / (1 + p)
    objective = study.user_attrs.get(S.OBJECTIVE, "val_accuracy")
    if objective == "val_accuracy":
        return p
    if objective == "val_macro_f1":
        return largest_f1 / sum(1 for c in counts if c)
    if objective == "val_f1" and len(counts) == 2:
        return largest_f1 if counts[-1] == max(counts) and counts[-1] > counts[0] else 0.0
    if objective == "val_auc":
        return 0.5
    return None


def _confirmed_objective(confirm: dict[str, Any]) -> float | None:
    """The confirmed mean of the objective's test counterpart (``val_auc`` -> test ``auc``), when the
    confirmation scored one; an accuracy objective's is the confirmed accuracy itself."""
    cp = confirm.get("counterpart") or {}
    if cp.get("tuned_mean") is not None:
        return float(cp["tuned_mean"])
    objective = str(confirm.get("objective") or "")
    return confirm.get("tuned_mean") if objective in ("", "val_accuracy") else None


def test_objective(study: optuna.Study, trial: FrozenTrial | None) -> float | None:
    """The trial's test figure of the study's objective (``val_auc`` -> test ``auc``), if recorded."""
    objective = study.user_attrs.get(S.OBJECTIVE) or ""
    metrics = trial.user_attrs.get(T.TEST_METRICS) if trial is not None else None
    value = (metrics or {}).get(objective.removeprefix("val_"))
    return float(value) if isinstance(value, (int, float)) else None


def _linear_fields(study: optuna.Study, best: FrozenTrial | None, confirm: dict[str, Any] | None) -> dict[str, Any]:
    """The linear baseline's figures and the study's gaps to it (see the module docstring). Δ in
    the study's own metric when the baseline was chosen by it (accuracy, macro F1, ...): on
    validation, and on test against the confirmation's figure of that metric; else, on test, the
    two accuracies. On test only with a current (not stale) confirmation."""
    lin = linear_summary(study.user_attrs.get(S.LINEAR_BASELINE))
    objective = str(study.user_attrs.get(S.OBJECTIVE, "val_accuracy"))
    # the baseline chosen and scored by the study's own metric (val_macro_f1: macro F1), when it has it
    same_metric = lin is not None and objective == f"val_{lin.metric}"
    by_metric = same_metric and lin is not None and lin.metric != "accuracy"
    current = confirm is not None and best is not None and not stale_confirmation(confirm, best.number)
    confirmed_test = confirm.get("tuned_mean") if confirm is not None and current else None
    d_val = _sub(best.value if best and same_metric else None, lin.val_metric if lin else None)
    if by_metric:  # the confirmation's test figure of the objective's metric (its counterpart), if any
        counterpart = ((confirm or {}).get("counterpart") or {}) if current else {}
        metric_test = counterpart.get("tuned_mean") if counterpart.get("metric") == objective[4:] else None
        d_test = _sub(metric_test, lin.test_metric if lin else None)
    else:  # test accuracy against test accuracy, whatever the objective
        d_test = _sub(confirmed_test, lin.test_accuracy if lin else None)
    on = f" {lin.metric}" if by_metric and lin is not None else ""  # "+0.0120 val macro_f1"
    text = "; ".join(x for x in (_signed(d_val, f"val{on}"), _signed(d_test, f"confirmed test{on}")) if x)
    return {
        "linear_features": lin.features if lin else None,
        "linear_c": lin.c if lin else None,
        "linear_val": lin.val_accuracy if lin else None,
        "linear_test": lin.test_accuracy if lin else None,
        "linear_metric": lin.metric if lin else None,
        "linear_val_metric": lin.val_metric if lin else None,
        "linear_test_metric": lin.test_metric if lin else None,
        "confirmed_test": confirmed_test,
        "delta_linear": d_val,
        "delta_linear_test": d_test,
        "linear": text,
    }


def _signed(value: float | None, what: str) -> str:
    return "" if value is None else f"{value:+.4f} {what}"


def superseded(study: optuna.Study) -> str:
    """Why the study is no longer current ('' if it is): its ``superseded_by`` user attr, set by
    hand (``study.set_user_attr(S.SUPERSEDED_BY, "why")``), or a warm start that continued it. A
    continued study that holds a confirmation stays current: its confirmed figures stand until the
    continuation has its own."""
    if study.user_attrs.get(S.SUPERSEDED_BY):
        return str(study.user_attrs[S.SUPERSEDED_BY])
    if study.user_attrs.get(S.CONTINUED_IN) and not study.user_attrs.get(S.CONFIRMATION):
        return f"continued in study {study.user_attrs['continued_in']!r}"
    return ""


def _notes(study: optuna.Study, best: FrozenTrial | None) -> list[str]:
    notes = edge_warnings(best) if best else []
    floor = majority_objective(study)
    objective = study.user_attrs.get(S.OBJECTIVE, "val_accuracy")
    if best is not None and best.value is not None and floor is not None:
        if best.value <= floor + 1e-9:
            notes.append(
                f"best {objective} {best.value:.4f} is no better than always predicting the largest class "
                f"({floor:.4f}): the models learned the class balance only"
            )
    if study.user_attrs.get(S.SUPERSEDED_BY):
        notes.append(f"superseded: {study.user_attrs['superseded_by']}")
    if study.user_attrs.get(S.CONTINUED_IN):
        notes.append(
            f"continued in study {study.user_attrs['continued_in']!r} (edited space; "
            "its finished trials that fit were copied there)"
        )
    warm = study.user_attrs.get(S.WARM_START)
    if warm:
        assumed = ", ".join(f"{k}={v!r}" for k, v in (warm.get("assumed") or {}).items())
        notes.append(
            f"warm-started from {warm['study']!r}: {len(warm['copied'])} of its trials copied"
            + (f" (taken to have used {assumed})" if assumed else "")
        )
    return notes


def leaderboard_rows(storage: str) -> list[dict[str, Any]]:
    st = open_storage(storage, create=False)  # with the heartbeat, to tell stopped runs from live ones
    rows = []
    for name in sorted(optuna.get_all_study_names(storage=st)):
        rows.append(study_row(optuna.load_study(study_name=name, storage=st)))
    return rows


def _prefixed(prefix: str, text: str) -> str:
    return prefix + text if text else ""


def _sub(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a - b


def confirmed_text(confirm: dict[str, Any] | None, best_number: int | None = None) -> str:
    """The confirmed figures of ``tune confirm`` in one cell: means ± sd of the test accuracy of
    each config's reruns, Δ = mean(tuned) − mean(baseline) and its 95% CI (and Δ on the objective's
    test counterpart, e.g. auc). Marked stale when the study's best trial is no longer covered."""
    if not confirm or not confirm.get("tuned"):
        return ""
    n_t, n_b = len(confirm["tuned"]), len(confirm.get("baseline") or [])
    accuracy = str(confirm.get("objective") or "val_accuracy") in ("val_accuracy", "val_acc")
    text = ("" if accuracy else "test accuracy: ") + f"tuned {_pm(confirm.get('tuned_mean'), confirm.get('tuned_sd'))}"
    if n_b:
        text += f" vs baseline {_pm(confirm.get('baseline_mean'), confirm.get('baseline_sd'))}"
    if confirm.get("diff_mean") is not None:
        text += f"; Δ {confirm['diff_mean']:+.4f}"
        ci = confirm.get("ci95")
        if ci and None not in ci:
            text += f" [{ci[0]:+.4f}, {ci[1]:+.4f}] ({confirm.get('method', 'Welch t')} 95% CI)"
    text += f", n={n_t}+{n_b}"
    if confirm.get("candidates"):
        text += f"; trial {confirm.get('best_trial')}'s config, chosen on mean validation of the top {len(confirm['candidates'])}"
    cp = confirm.get("counterpart")
    if cp and cp.get("diff_mean") is not None:
        ci = cp.get("ci95") or [None, None]
        text += f"; {cp['metric']} Δ {cp['diff_mean']:+.4f}"
        if None not in ci:
            text += f" [{ci[0]:+.4f}, {ci[1]:+.4f}]"
    stale = stale_confirmation(confirm, best_number)
    if stale:
        text += f" — STALE: {stale}; rerun tune confirm"
    return text


def stale_confirmation(confirm: dict[str, Any], best_number: int | None) -> str:
    """Why a confirmation no longer covers the study's best trial ('' when it does): the best trial
    is now one that was not among its candidates (or, for an older one, not the trial it confirmed)."""
    if best_number is None:
        return ""
    candidates = [c.get("trial") for c in confirm.get("candidates") or []]
    if candidates:
        if best_number in candidates:
            return ""
        return f"candidates were trials {', '.join(map(str, candidates))}, best is now {best_number}"
    confirmed = confirm.get("best_trial")
    if confirmed is None or confirmed == best_number:
        return ""
    return f"confirmed trial {confirmed}, best is now {best_number}"


def _pm(mean: float | None, sd: float | None) -> str:
    if mean is None:
        return "—"
    return f"{mean:.4f}" + (f"±{sd:.4f}" if sd is not None else "")
