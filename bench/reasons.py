"""Why we lose where we do: short reasons, written by hand, keyed by ``bench.findings.Loss.kind``
and by the names of the facts behind a loss. The figures themselves sit in the summary's table."""

from __future__ import annotations

WHY: dict[str, str] = {
    # overhead
    "ratio_fit": "Our callbacks run inside model.fit: best-weights copy, NaN check, Optuna's report per epoch.",
    "overhead_waiting": "CPU time shows almost no extra work: the wall-clock gap is the shared machine's noise.",
    "ratio_trial": "A trial also restores the best weights, scores the test split and writes its record.",
    "ratio_call": "A run_study call also opens the storage, probes the space and creates the study, once.",
    # pruning
    "trials_ratio_median": (
        "The median pruner waits for 5 trials and never cuts before epoch 2; early stopping already "
        "shortens bad trials."
    ),
    "trials_ratio_hyperband": "Every trial pays a build, tracing and test cost that pruning cannot cut.",
    "best_val_median": "The median rule cuts slow starters (low learning rates) at epoch 2.",
    "best_val_hyperband": "Hyperband judges most trials after one epoch, so slow starters are cut.",
    "out_of_reach": "Out of reach by arithmetic: see the ceiling.",
    # engines
    "engine_val": "A rival engine's median best validation accuracy is above ours.",
    "engine_test": "Ours leads on validation (what every engine selects by) but its pick tests lower.",
    "tie": "Inside 2 standard errors of the validation split: a tie at this budget, not a ranking.",
    "more_trials": "It finished more trials in the same time.",
    "bayesian_starts_random": "BayesianOptimization starts with RandomSearch's random points (same seed).",
    "shorter_trials": "Hyperband's 1-epoch brackets see more configurations per second.",
    "reference_cost": "Our first trial, the reference config, takes a large share of a short budget.",
    "tpe_startup": "TPE samples its first 10 trials at random: at this budget ours is mostly a random search.",
    "noref_head_start": "Our edge comes from the reference config's head start, not from the search.",
    "noref_behind": "Without the reference trial our search is behind, and the reference does not close the gap.",
    "noref_reference_costs": "The reference trial's time is taken from the search.",
    # replay on a table
    "replay_val": "On the table, at an equal simulated budget, this engine's median best validation is above ours.",
    # memory
    "memory_growth": "Resident memory grows across trials in one process (allocator high-water mark or a leak).",
    "failed": "The section did not finish.",
}


def why(kind: str, facts: dict[str, object]) -> str:
    """The reason for a loss of ``kind``, then one for each fact that holds."""
    parts = [WHY.get(kind, "")]
    parts += [WHY[k] for k, v in facts.items() if k in WHY and v not in (None, False, 0)]
    return " ".join(p for p in parts if p)
