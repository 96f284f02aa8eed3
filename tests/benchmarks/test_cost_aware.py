"""bench.cost_aware: the cost model learns a cost law; the sampler runs the cheapest proposal."""

from __future__ import annotations

import math

import optuna
import pytest

from bench.cost_aware import CheapestOfK, CostModel
from textclf_tune.store.records import T


def _trial(maxlen: int, units: int, batch: int, seconds_per_epoch: float, epochs: int = 2) -> optuna.trial.FrozenTrial:
    return optuna.trial.create_trial(
        params={"maxlen": maxlen, "units": units, "batch": batch},
        distributions={
            "maxlen": optuna.distributions.IntDistribution(50, 800),
            "units": optuna.distributions.IntDistribution(8, 256, log=True),
            "batch": optuna.distributions.CategoricalDistribution([32, 64, 128]),
        },
        value=0.5,
        user_attrs={T.TRAIN_SECONDS: seconds_per_epoch * epochs, T.EPOCHS_RUN: epochs},
    )


def _law(maxlen: int, units: int, batch: int) -> float:
    return 0.001 * maxlen * units * (64 / batch)  # seconds per epoch: a product of sizes


def test_cost_model_ranks_unseen_configurations_by_a_product_of_sizes() -> None:
    seen = [(m, u, b) for m in (80, 200, 400, 800) for u in (16, 64, 200) for b in (32, 128)]
    trials = [_trial(m, u, b, _law(m, u, b)) for m, u, b in seen]
    model = CostModel.fit(trials, ridge=0.01)
    unseen = [{"maxlen": 120, "units": 32, "batch": 64}, {"maxlen": 600, "units": 128, "batch": 64}]
    low, high = model.predict(unseen)
    assert math.exp(high - low) == pytest.approx(_law(600, 128, 64) / _law(120, 32, 64), rel=0.35)
    # A duplicate that trained nothing does not enter the fit.
    with_duplicate = CostModel.fit([*trials, _trial(800, 256, 32, 0.0)], ridge=0.01)
    assert with_duplicate.predict(unseen) == pytest.approx([low, high])
    with pytest.raises(ValueError, match="no trial with trained epochs"):
        CostModel.fit([_trial(800, 256, 32, 0.0)])


def test_sampler_runs_the_cheapest_of_k_proposals_once_enough_trials_are_complete() -> None:
    sampler = CheapestOfK(optuna.samplers.TPESampler(seed=0, multivariate=True, n_startup_trials=4), k=4, min_trials=5)
    optuna.logging.set_verbosity(optuna.logging.ERROR)
    study = optuna.create_study(sampler=sampler, direction="maximize")

    def objective(trial: optuna.Trial) -> float:
        m = trial.suggest_int("maxlen", 50, 800)
        u = trial.suggest_int("units", 8, 256, log=True)
        b = trial.suggest_categorical("batch", [32, 64, 128])
        trial.set_user_attr(T.TRAIN_SECONDS, _law(m, u, b) * 3)
        trial.set_user_attr(T.EPOCHS_RUN, 3)
        return -abs(m - 400) / 400  # quality independent of units and batch

    study.optimize(objective, n_trials=20)
    assert len(sampler.choices) == 20 - 5  # from the sixth trial on (5 complete), each trial chose
    assert all(pick == min(range(4), key=pred.__getitem__) for pick, pred in sampler.choices)
    # The proposal run was never the dearest of the four (ties aside).
    assert all(pred[pick] < max(pred) for pick, pred in sampler.choices)
    with pytest.raises(ValueError, match="k must be at least 1"):
        CheapestOfK(optuna.samplers.TPESampler(), k=0)
