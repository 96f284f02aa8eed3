"""A cost-aware sampler, tried against the tables (``bench.replay --engines ours-cheap3``).

Seconds per epoch differ tenfold across a sweep's space (imdb_lstm table: 1.7 to 21.9 CPU
seconds, 10th to 90th percentile) and barely track how good a configuration is (Spearman 0.08),
so a search that prefers cheap proposals buys more trials with one budget.
:class:`CheapestOfK` asks multivariate TPE for ``k`` joint proposals and runs the one a log-linear
cost model, fitted on the study's complete trials, predicts cheapest per epoch. Not a default of
``tune run``: docs/benchmarks.md says what it bought.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import optuna
from optuna.distributions import BaseDistribution, CategoricalDistribution
from optuna.trial import FrozenTrial, TrialState

from textclf_tune.store.records import T


class CheapestOfK(optuna.samplers.BaseSampler):
    """``base`` (a relative sampler, e.g. multivariate TPE) proposes ``k`` configurations; the
    cheapest by predicted seconds per epoch is sampled. Until ``min_trials`` trials are complete,
    and for parameters outside the relative search space, ``base`` samples as it would alone."""

    def __init__(self, base: optuna.samplers.BaseSampler, k: int = 3, min_trials: int = 5, ridge: float = 1.0):
        if k < 1:
            raise ValueError(f"k must be at least 1, got {k}")
        self.base, self.k, self.min_trials, self.ridge = base, k, min_trials, ridge
        #: One entry per choice made: (index chosen, predicted log seconds per epoch of each proposal).
        self.choices: list[tuple[int, list[float]]] = []

    def infer_relative_search_space(self, study: optuna.Study, trial: FrozenTrial) -> dict[str, BaseDistribution]:
        return self.base.infer_relative_search_space(study, trial)

    def sample_relative(
        self, study: optuna.Study, trial: FrozenTrial, search_space: dict[str, BaseDistribution]
    ) -> dict[str, Any]:
        first = self.base.sample_relative(study, trial, search_space)
        if not first or self.k == 1:
            return first
        done = [t for t in study.get_trials(deepcopy=False, states=(TrialState.COMPLETE,)) if _per_epoch(t)]
        if len(done) < self.min_trials:
            return first
        proposals = [first] + [self.base.sample_relative(study, trial, search_space) for _ in range(self.k - 1)]
        predicted = CostModel.fit(done, self.ridge).predict(proposals)
        pick = int(np.argmin(predicted))
        self.choices.append((pick, [round(p, 4) for p in predicted]))
        return proposals[pick]

    def sample_independent(
        self, study: optuna.Study, trial: FrozenTrial, param_name: str, param_distribution: BaseDistribution
    ) -> Any:
        return self.base.sample_independent(study, trial, param_name, param_distribution)

    def before_trial(self, study: optuna.Study, trial: FrozenTrial) -> None:
        self.base.before_trial(study, trial)

    def after_trial(
        self, study: optuna.Study, trial: FrozenTrial, state: TrialState, values: Sequence[float] | None
    ) -> None:
        self.base.after_trial(study, trial, state, values)

    def reseed_rng(self) -> None:
        self.base.reseed_rng()


def _per_epoch(trial: FrozenTrial) -> float | None:
    """Seconds per trained epoch (``None``: nothing trained, e.g. a reused duplicate)."""
    seconds, epochs = trial.user_attrs.get(T.TRAIN_SECONDS) or 0, trial.user_attrs.get(T.EPOCHS_RUN) or 0
    return seconds / epochs if seconds > 0 and epochs > 0 else None


class CostModel:
    """Ridge regression of log seconds per epoch on the parameters: numbers by their logarithm
    where positive (cost is a product of sizes: length x units / batch), choices one-hot, and an
    indicator for a conditional parameter that is absent."""

    def __init__(self, distributions: dict[str, BaseDistribution]) -> None:
        self.distributions = dict(sorted(distributions.items()))
        self.mean = self.scale = self.weights = np.zeros(0)
        self.intercept = 0.0

    @classmethod
    def fit(cls, trials: Sequence[FrozenTrial], ridge: float = 1.0) -> CostModel:
        """Fitted on those of ``trials`` that trained (a reused duplicate records 0 seconds)."""
        trials = [t for t in trials if _per_epoch(t)]
        if not trials:
            raise ValueError("no trial with trained epochs and seconds to fit a cost model on")
        dists: dict[str, BaseDistribution] = {}
        for t in trials:
            dists.update(t.distributions)
        model = cls(dists)
        x = np.array([model.features(t.params) for t in trials], dtype=float)
        y = np.array([math.log(_per_epoch(t) or 1.0) for t in trials])  # all > 0 here
        model.mean, model.scale = x.mean(axis=0), x.std(axis=0) + 1e-9
        z = (x - model.mean) / model.scale
        model.intercept = float(y.mean())
        model.weights = np.linalg.solve(z.T @ z + ridge * np.eye(z.shape[1]), z.T @ (y - model.intercept))
        return model

    def features(self, params: dict[str, Any]) -> list[float]:
        out: list[float] = []
        for name, dist in self.distributions.items():
            value = params.get(name)
            if isinstance(dist, CategoricalDistribution):
                out += [float(value == c) for c in dist.choices]
            elif value is None:
                out += [0.0, 1.0]
            else:
                v = float(value)
                out += [math.log(v) if v > 0 and getattr(dist, "low", 0) > 0 else v, 0.0]
        return out

    def predict(self, proposals: Sequence[dict[str, Any]]) -> list[float]:
        """Predicted log seconds per epoch of each proposal (parameters unseen in training count as absent)."""
        x = np.array([self.features(p) for p in proposals], dtype=float)
        return [float(v) for v in ((x - self.mean) / self.scale) @ self.weights + self.intercept]
