"""The choice ``tune confirm`` makes before it opens the test split, and the comparison after.

Numbers only (no Optuna, no Keras). The best of many single noisy runs is partly luck (the
winner's curse), so ``confirm`` retrains the top K configurations by validation with N seeds each
and :func:`choose` keeps the one with the best *mean* validation objective. Only then is the chosen
one scored on test against the baseline, and :func:`compare` gives mean ± sd of each side and
Δ = mean(tuned) − mean(baseline) with its Welch 95% CI (:mod:`textclf_tune.analysis.stats`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from textclf_tune.analysis.stats import METHOD, mean_sd, welch_ci


@dataclass(frozen=True)
class Candidate:
    """One configuration's validation runs: ``rank`` is its single trial's place (1 = best)."""

    trial: int
    rank: int
    config_hash: str
    values: list[float]
    mean: float | None
    sd: float | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def candidate(trial: int, rank: int, config_hash: str, values: Sequence[float]) -> Candidate:
    mean, sd = mean_sd(values)
    return Candidate(trial, rank, config_hash, [float(v) for v in values], mean, sd)


def choose(candidates: Sequence[Candidate], maximize: bool = True) -> Candidate:
    """The candidate with the best mean validation value; a tie goes to the better single trial.

    Raises:
        ValueError: no candidate has a value.
    """
    scored = [c for c in candidates if c.mean is not None]
    if not scored:
        raise ValueError("no candidate has a validation value to choose on")
    sign = 1.0 if maximize else -1.0
    return max(scored, key=lambda c: (sign * c.mean, -c.rank))  # type: ignore[operator]


def compare(
    tuned: Sequence[float], baseline: Sequence[float], level: float = 0.95, same_runs: bool = False
) -> dict[str, Any]:
    """Mean ± sd of each side, Δ = mean(tuned) − mean(baseline) and its Welch CI (``None`` where
    a side has fewer than two values). ``same_runs``: both sides are the same runs (the chosen
    config is the reference config), so Δ is 0 exactly and no interval applies."""
    t_mean, t_sd = mean_sd(tuned)
    b_mean, b_sd = mean_sd(baseline)
    out: dict[str, Any] = {
        "tuned": [float(v) for v in tuned],
        "baseline": [float(v) for v in baseline],
        "tuned_mean": t_mean,
        "tuned_sd": t_sd,
        "baseline_mean": b_mean,
        "baseline_sd": b_sd,
        "diff_mean": None,
        "ci95": [None, None],
        "method": METHOD,
        "t_source": None,
        "df": None,
        "level": level,
        "same_runs": same_runs,
    }
    if same_runs:
        out["diff_mean"] = 0.0
    elif len(tuned) >= 2 and len(baseline) >= 2:
        w = welch_ci(tuned, baseline, level)
        out.update(diff_mean=w.diff, ci95=[w.low, w.high], t_source=w.t_source, df=w.df, se=w.se, t_crit=w.t_crit)
    elif t_mean is not None and b_mean is not None:
        out["diff_mean"] = t_mean - b_mean
    return out


def counterpart_metric(objective: str) -> str | None:
    """The test metric that matches a validation objective (``val_auc`` -> ``auc``), or ``None``
    when it is plain accuracy (always compared) or not a ``val_`` metric."""
    if not objective.startswith("val_"):
        return None
    name = objective.removeprefix("val_")
    return None if name in ("accuracy", "acc") else name


def refit_epochs_phrase(epochs: dict[str, Any] | None, epochs_from: str | None, has_baseline: bool = True) -> str:
    """How many epochs a refit trained, and where that number came from (a confirmation's
    ``refit_epochs`` and ``refit_epochs_from``), as words for the CLI and the report."""
    e = epochs or {}
    tuned, base = e.get("tuned", "—"), e.get("baseline", "—")
    if epochs_from == "runs":
        words = f"the tuned config for the median best epoch of its validation runs ({tuned})"
        return words + (f", the baseline for the epochs its trial chose ({base})" if has_baseline else "")
    return f"the epochs each trial chose on validation (tuned {tuned}" + (
        f", baseline {base})" if has_baseline else ")"
    )
