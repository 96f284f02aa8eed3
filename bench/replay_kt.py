"""KerasTuner's RandomSearch, BayesianOptimization and Hyperband oracles against a table.

Each tuner is built around a ``HyperModel`` whose ``build`` only defines the table's recorded
space (no model), and its oracle is then driven directly: ``create_trial``, ``update_trial`` once
per replayed epoch, ``end_trial``. See :mod:`bench.replay_engines` for the budget and lookup rules.
"""

from __future__ import annotations

import contextlib
import math
import tempfile
from typing import Any

from bench.common import BudgetSpent, kerastuner_seed
from bench.replay_engines import KT_ENGINES, Finished, ReplayTrainer, RunLog, SimClock, define_space, fast_dir
from bench.tablefile import Table, early_stopped_end


def run_kerastuner(table: Table, engine: str, seed: int, budget_s: float) -> dict[str, Any]:
    """A KerasTuner oracle against ``table``: trials are created, reported epoch by epoch from the
    nearest row, and ended, until the simulated budget is spent (the trial it cuts is not counted)."""
    import keras_tuner
    import sklearn
    from keras_tuner.engine.trial import TrialStatus

    clock, log = SimClock(budget_s), RunLog()
    space = table.space

    class SpaceModel(keras_tuner.HyperModel):
        def build(self, hp: Any) -> None:
            define_space(hp, space)

    objective = keras_tuner.Objective(table.objective, direction="max" if table.maximize else "min")
    max_epochs = ReplayTrainer(table, clock, log).epochs
    with contextlib.ExitStack() as stack:
        tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="textclf-replay-kt-", dir=fast_dir()))
        common: dict[str, Any] = dict(
            objective=objective,
            seed=kerastuner_seed(seed),  # independent draws per replicate (bench.common)
            directory=tmp,
            project_name=engine,
            overwrite=True,
            max_consecutive_failed_trials=1_000_000,
        )
        if engine == "kt-random":
            tuner = keras_tuner.RandomSearch(SpaceModel(), max_trials=1_000_000, **common)
        elif engine == "kt-bayesian":
            tuner = keras_tuner.BayesianOptimization(SpaceModel(), max_trials=1_000_000, **common)
        elif engine == "kt-hyperband":
            tuner = keras_tuner.Hyperband(
                SpaceModel(), max_epochs=max_epochs, factor=3, hyperband_iterations=1_000_000, **common
            )
        else:
            raise ValueError(f"unknown KerasTuner engine {engine!r}; choose from {', '.join(KT_ENGINES)}")
        oracle = tuner.oracle
        oracle.verbose = 0
        # Skip scikit-learn's NaN checks in the Bayesian oracle's thousands of GP predictions per
        # trial (the inputs are the oracle's own finite arrays): same results, less time.
        stack.enter_context(sklearn.config_context(assume_finite=True))
        by_id: dict[str, Finished] = {}
        try:
            while True:
                trial = oracle.create_trial("replay")
                if trial.status != TrialStatus.RUNNING:
                    break  # STOPPED: the space is exhausted (IDLE cannot happen with one tuner)
                by_id[trial.trial_id] = _kt_trial(table, oracle, trial, clock, log, max_epochs)
        except BudgetSpent:
            pass
        best = oracle.get_best_trials(1)
        chosen = by_id.get(best[0].trial_id) if best else None
    return log.summary(clock, table.maximize, chosen)


def _kt_trial(table: Table, oracle: Any, trial: Any, clock: SimClock, log: RunLog, max_epochs: int) -> Finished:
    from keras_tuner.engine.trial import TrialStatus

    values = {k: v for k, v in trial.hyperparameters.values.items() if not k.startswith("tuner/")}
    clock.charge(table.trial_overhead_s)  # every fit, a Hyperband continuation too, pays it live
    row, dist = table.nearest(values)
    start = int(trial.hyperparameters.values.get("tuner/initial_epoch", 0))
    target = int(trial.hyperparameters.values.get("tuner/epochs", max_epochs))
    if start and row.full is not None:
        # A Hyperband continuation is a new fit with a fresh EarlyStopping: a ``full`` table knows
        # the curve past where the run from epoch 0 stopped, and the sweep's patience restarts here.
        row = row.full
        end = min(target, early_stopped_end(row.val, start, table.patience, table.maximize))
    else:
        end = min(target, row.epochs)
    for e in range(start, end):
        clock.charge(row.epoch_s[e])
        if math.isfinite(row.val[e]):
            oracle.update_trial(trial.trial_id, {table.objective: row.val[e]}, step=e)
    best = row.best_epoch(upto=end, start=start, maximize=table.maximize)
    if best is None and start >= row.epochs:
        # A Hyperband continuation of a row its early stopping ended before ``start`` (an
        # ``early-stopped`` table knows nothing past it): nothing is left to train; it scores the
        # row's best, at no cost.
        best = row.best_epoch(upto=end, maximize=table.maximize)
        if best is not None:
            oracle.update_trial(trial.trial_id, {table.objective: row.val[best]}, step=start)
    failed = row.status != "ok" and end >= row.epochs or best is None
    trial.status = TrialStatus.FAILED if failed else TrialStatus.COMPLETED
    if failed:
        trial.message = f"replayed table row {row.i} failed: {row.reason or 'no finite objective'}"
    oracle.end_trial(trial)
    value = None if failed or best is None else row.val[best]
    test = None if value is None or best is None or best >= len(row.test) else row.test[best]
    ran = max(end - start, 0)
    seconds = table.trial_overhead_s + sum(row.epoch_s[start:end])
    done = Finished(row.i, dist, ran, seconds, clock.spent, "failed" if failed else "complete", value, test)
    log.finished.append(done)
    return done
