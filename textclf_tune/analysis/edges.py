"""Edge warnings: numeric hyperparameters whose best value sits on the edge of their range."""

from __future__ import annotations

import math
from typing import Any

from optuna.distributions import CategoricalDistribution, IntDistribution
from optuna.trial import FrozenTrial

from textclf_tune.store.records import T

#: An unstepped float counts as "on the edge" within this share of its (log-)range of a bound.
EDGE_TOLERANCE = 0.02


def edge_warnings(trial: FrozenTrial) -> list[str]:
    """Numeric hyperparameters whose value sits on the edge of their range: widen the space.

    Ints and stepped floats warn at a bound exactly; unstepped floats within
    :data:`EDGE_TOLERANCE` of a bound (measured on the log scale for log ranges); a numeric
    ``Choice`` (and KerasTuner's geometric log grids, stored as choices) of 3+ values at its
    smallest or largest value, unless declared ``ordered=False`` (the trial's ``unordered_choices``). A value of 0 on a lower bound of 0 is not a warning: nothing lies
    below it for the sizes, rates and probabilities a sweep tunes (``dropout=0`` is "no dropout",
    ``dense_units=0`` "no layer"), so there is nothing to widen.
    """
    out = []
    for name, dist in trial.distributions.items():
        value = trial.params.get(name)
        if value is None or isinstance(value, bool):
            continue
        if isinstance(dist, CategoricalDistribution):
            if name in (trial.user_attrs.get(T.UNORDERED) or ()):
                continue
            nums = [c for c in dist.choices if isinstance(c, (int, float)) and not isinstance(c, bool)]
            if len(nums) != len(dist.choices) or len(nums) < 3:
                continue
            low, high = min(nums), max(nums)
            side = "lower" if value == low else "upper" if value == high else None
            if side:
                out.append(
                    f"{name}={value:g} is the {'smallest' if side == 'lower' else 'largest'} "
                    f"of its choices [{low:g} .. {high:g}]"
                )
            continue
        low, high = getattr(dist, "low", None), getattr(dist, "high", None)  # type: ignore[assignment]
        if low is None or high is None or low == high:
            continue
        side = _edge_side(float(value), float(low), float(high), dist)
        if side == "lower" and low == 0 and value == 0:
            continue
        if side and not low <= value <= high:  # enqueued by hand past the range (Optuna only warns)
            out.append(
                f"{name}={value:g} lies outside its range [{low:g}, {high:g}], {'below' if value < low else 'above'} it"
            )
        elif side:
            where = "at" if value in (low, high) else "near"
            out.append(f"{name}={value:g} is {where} the {side} edge of [{low:g}, {high:g}]")
    return out


def _edge_side(value: float, low: float, high: float, dist: Any) -> str | None:
    if value <= low:
        return "lower"
    if value >= high:
        return "upper"
    if isinstance(dist, IntDistribution) or getattr(dist, "step", None) is not None:
        return None
    if getattr(dist, "log", False) and low > 0:
        value, low, high = math.log(value), math.log(low), math.log(high)
    share = (value - low) / (high - low)
    if share <= EDGE_TOLERANCE:
        return "lower"
    if share >= 1 - EDGE_TOLERANCE:
        return "upper"
    return None
