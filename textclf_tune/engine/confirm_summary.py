"""The stored summary of a confirmation (``S.CONFIRMATION`` / ``S.CONFIRMATION_REFIT``): the
candidates, the choice, both lists of test figures and their comparison."""

from __future__ import annotations

from typing import Any

import optuna
from optuna.trial import FrozenTrial

from textclf_tune.analysis.choice import Candidate, compare, counterpart_metric
from textclf_tune.engine.confirm_runs import BASELINE, TUNED, Key, run_key
from textclf_tune.store.records import S, now_iso, trial_values

RUN_FIELDS = ("role", "trial", "seed", "test_accuracy", "best_epoch", "epochs_run", "val", "seconds", "config_hash")


def summarize(
    study: optuna.Study,
    ranked: list[Candidate],
    chosen: FrozenTrial,
    roles: list[tuple[str, dict[str, Any], int | None]],
    seeds: list[int],
    done: dict[Key, dict[str, Any]],
    epochs_of: dict[str, int | None] | None,
    base: FrozenTrial | None,
    epochs_from: str | None = None,
) -> dict[str, Any]:
    """The stored ``confirmation`` (or ``confirmation_refit``) record (JSON): see the module doc."""
    epochs_of = epochs_of or {}
    runs = [
        {**done[run_key(cfg, seed, epochs_of.get(role))], "role": role, "trial": trial}
        for seed in seeds
        for role, cfg, trial in roles
    ]
    by_role = {role: [r for r in runs if r["role"] == role] for role in (TUNED, BASELINE)}
    # the chosen config is the reference config: each seed's one run serves both roles
    keys = {role: [run_key(cfg, seed, epochs_of.get(role)) for seed in seeds] for role, cfg, _ in roles}
    same = TUNED in keys and keys.get(TUNED) == keys.get(BASELINE)
    objective = str(study.user_attrs.get(S.OBJECTIVE, "val_accuracy"))
    maximize = study.direction == optuna.study.StudyDirection.MAXIMIZE
    out: dict[str, Any] = {
        **compare(
            [r["test_accuracy"] for r in by_role[TUNED]],
            [r["test_accuracy"] for r in by_role[BASELINE]],
            same_runs=same,
        ),
        "metric": "test_accuracy",
        "objective": objective,
        "direction": "maximize" if maximize else "minimize",
        "choice": "best mean validation over the top configs",
        "top": len(ranked),
        "candidates": [{**c.to_dict(), "chosen": c.trial == chosen.number} for c in ranked],
        "best_trial": chosen.number,
        "baseline_trial": base.number if base else None,
        "tuned_config": trial_values(chosen),
        "baseline_config": dict(study.user_attrs.get(S.REFERENCE_CONFIG) or {}),
        "seeds": seeds,
        "quick": bool(study.user_attrs.get(S.QUICK, False)),
        "refit": bool(epochs_of),
        "refit_epochs": dict(epochs_of) if epochs_of else None,
        # "trial": each trial's own best epoch; "runs": the tuned config's median over its validation runs
        "refit_epochs_from": (epochs_from or "trial") if epochs_of else None,
        "train_rows": sorted({int(r["train_rows"]) for r in runs if r.get("train_rows")}),
        "runs": [{k: r[k] for k in (*RUN_FIELDS, "refit_epochs") if k in r} for r in runs],
        "counterpart": None,
        # Mean validation of the runs scored on test (None for a refit's, which train on validation too):
        # a baseline ahead here says the search found nothing better, before any test figure does.
        "val_means": {role: _mean_val(rs) for role, rs in by_role.items()},
        "updated": now_iso(),
    }
    metric = counterpart_metric(objective)
    if metric is not None:
        values = {role: [(r.get("test_metrics") or {}).get(metric) for r in rs] for role, rs in by_role.items()}
        if all(v is not None for vs in values.values() for v in vs):
            out["counterpart"] = {
                "metric": metric,
                "direction": out["direction"],
                **compare(values[TUNED], values[BASELINE], same_runs=same),  # type: ignore[arg-type]
            }
    return out


def _mean_val(runs: list[dict[str, Any]]) -> float | None:
    vals = [r.get("val") for r in runs]
    numbers = [float(v) for v in vals if isinstance(v, (int, float))]
    return sum(numbers) / len(numbers) if numbers and len(numbers) == len(vals) else None
