"""Hyperparameter importances of a study (fANOVA, else PED-ANOVA): numbers, or why there are none."""

from __future__ import annotations

import warnings

import optuna
from optuna.trial import FrozenTrial, TrialState

#: Fewest complete trials (with at least two varying hyperparameters) for importances.
MIN_TRIALS_FOR_IMPORTANCE = 4


def importances(study: optuna.Study, trials: list[FrozenTrial]) -> tuple[dict[str, float] | None, str]:
    """Importances and the method's name, or ``None`` and the reason they cannot be computed.

    fANOVA (seeded) when scikit-learn is importable, Optuna's PED-ANOVA otherwise."""
    complete = [t for t in trials if t.state == TrialState.COMPLETE and t.value is not None]
    if len(complete) < MIN_TRIALS_FOR_IMPORTANCE:
        return None, (
            f"importances need at least {MIN_TRIALS_FOR_IMPORTANCE} complete trials; this study has {len(complete)}"
        )
    varying = {p for p in complete[0].params if len({repr(t.params.get(p)) for t in complete}) > 1}
    if not varying:
        return None, "no hyperparameter varies across the complete trials"
    try:
        imp, method = _fanova(study)
    except ImportError:  # Optuna's fANOVA needs scikit-learn; PED-ANOVA needs nothing more
        try:
            imp, method = _ped_anova(study, len(complete))
        except Exception as exc:
            return None, f"importances could not be computed: {type(exc).__name__}: {exc}"
    except Exception as exc:  # e.g. no hyperparameter shared by all complete trials
        return None, f"importances could not be computed: {type(exc).__name__}: {exc}"
    if not imp:
        return None, "no hyperparameter is shared by all complete trials"
    return {k: float(v) for k, v in imp.items()}, method


def _fanova(study: optuna.Study) -> tuple[dict[str, float], str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        evaluator = optuna.importance.FanovaImportanceEvaluator(seed=0)
        return dict(optuna.importance.get_param_importances(study, evaluator=evaluator)), "fANOVA"


def _ped_anova(study: optuna.Study, n_complete: int) -> tuple[dict[str, float], str]:
    q = min(0.5, max(0.1, 3 / n_complete))  # at least ~3 trials in the "good" set
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        evaluator = optuna.importance.PedAnovaImportanceEvaluator(target_quantile=q)
        imp = dict(optuna.importance.get_param_importances(study, evaluator=evaluator))
    return imp, f"PED-ANOVA, top {q:.0%} of trials"
