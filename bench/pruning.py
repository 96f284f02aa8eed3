"""Pruning payoff: the IMDB CNN sweep for an equal wall-clock budget, each pruner against none.

Every arm uses textclf-tune as shipped (TPE sampler, the reference config as trial 0) on the same
subsample, seed and epoch cap; only the pruner differs (``--pruner median``, the default, and
``hyperband``, against ``none``). The budget is enforced by a Reporter that
raises a ``KeyboardInterrupt`` at the first batch past the deadline (the running trial is recorded
as interrupted and not counted). Trials finished per hour = (complete + pruned) / elapsed.
For each seed the arm that runs first alternates, so that a drifting background load does not
favour one pruner.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from bench.budgeted import run_ours
from bench.common import load_sweep_dataset, median, ratio, sizes, with_quick
from bench.engines import _f
from bench.presets import PruningPreset

GOAL_TRIALS_RATIO = 3.0


def run(p: PruningPreset, data_dir: str | None, log: Any = print) -> dict[str, Any]:
    from textclf_tune import load_sweep

    base = load_sweep(p.sweep)
    ds = load_sweep_dataset(base, data_dir, p.n_train, p.n_val, p.n_test, seed=0)
    sweep = with_quick(
        base, n_train=len(ds.train), n_val=len(ds.val), n_test=len(ds.test), epochs=p.epochs, max_maxlen=p.max_maxlen
    )
    log(
        f"pruning: {sizes(ds)}, {p.epochs} epochs, maxlen <= {p.max_maxlen}, {p.budget_s:.0f}s per arm, "
        f"seeds {list(p.seeds)}"
    )
    runs: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="textclf-bench-pruning-") as tmp:
        for i, seed in enumerate(p.seeds):
            arms = list(p.arms) if i % 2 == 0 else list(reversed(p.arms))
            for arm in arms:
                r = run_ours(
                    sweep,
                    ds,
                    budget_s=p.budget_s,
                    seed=seed,
                    storage_dir=Path(tmp),
                    study_name=f"pruning-{arm}-{seed}",
                    pruner=arm,
                )
                r.update(arm=arm, seed=seed, trials_per_hour=round(r["finished"] / r["elapsed_s"] * 3600, 1))
                log(
                    f"  seed {seed} pruner {arm}: {r['finished']} finished ({r['pruned']} pruned) in "
                    f"{r['elapsed_s']:.0f}s = {r['trials_per_hour']:.0f}/h, best val {_f(r['best_val_accuracy'])}"
                )
                runs.append(r)
    summary: dict[str, Any] = {}
    for arm in p.arms:
        mine = [r for r in runs if r["arm"] == arm]
        summary[arm] = {
            "trials_per_hour": median([r["trials_per_hour"] for r in mine]),
            "finished": median([r["finished"] for r in mine]),
            "pruned": median([r["pruned"] for r in mine]),
            "best_val_accuracy": median([r["best_val_accuracy"] for r in mine]),
            "best_test_accuracy": median([r["best_test_accuracy"] for r in mine]),
        }
    off = summary.get("none", {})
    compared = {arm: _against(summary[arm], off) for arm in p.arms if arm != "none"}
    return {
        "goal_trials_ratio": GOAL_TRIALS_RATIO,
        "sizes": sizes(ds),
        "epochs": p.epochs,
        "max_maxlen": p.max_maxlen,
        "budget_s": p.budget_s,
        "budget_method": "Reporter subclass raising KeyboardInterrupt at the first trial start or batch past "
        "the deadline; the cut trial is recorded as interrupted and not counted",
        "pruner_settings": pruner_settings(p.epochs),
        "pruners": {arm: describe_pruner(arm, p.epochs) for arm in p.arms},
        "runs": runs,
        "median": summary,
        # The shipped default (median) against none, as before; every pruner arm in "compared".
        "trials_ratio": compared.get("median", {}).get("trials_ratio"),
        "best_val_delta": compared.get("median", {}).get("best_val_delta"),
        "compared": compared,
    }


def _against(on: dict[str, Any], off: dict[str, Any]) -> dict[str, Any]:
    """One pruner arm's medians against the unpruned arm's: trials-per-hour ratio, best-val difference."""
    both = on.get("best_val_accuracy") is not None and off.get("best_val_accuracy") is not None
    return {
        "trials_ratio": ratio(on.get("trials_per_hour"), off.get("trials_per_hour")),
        "best_val_delta": on["best_val_accuracy"] - off["best_val_accuracy"] if both else None,
    }


def describe_pruner(name: str, epochs: int) -> str:
    """The Optuna pruner textclf-tune makes for ``--pruner name``, read off the object itself."""
    from textclf_tune.engine.schedulers import make_pruner

    pr = make_pruner(name, epochs)
    fields = {
        "MedianPruner": ("n_startup_trials", "n_warmup_steps"),
        "HyperbandPruner": ("min_resource", "max_resource", "reduction_factor"),
    }.get(type(pr).__name__, ())
    args = ", ".join(f"{f}={getattr(pr, '_' + f, '?')}" for f in fields)
    return f"{type(pr).__name__}({args})"


def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.engine.schedulers"
