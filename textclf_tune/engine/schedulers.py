"""Optuna samplers and pruners by name, for the CLI. The Python API takes Optuna's objects as they are."""

from __future__ import annotations

import importlib.util
import warnings

import optuna

from textclf_tune.errors import TuneError

SAMPLERS = ("tpe", "random", "qmc", "cmaes")
PRUNERS = ("median", "asha", "hyperband", "none")


def check_schedulers(sampler: object, pruner: object) -> None:
    """Refuse, before anything is loaded or created, a sampler or pruner that is neither a known
    name nor an Optuna instance (a class passed uninstantiated is the usual slip)."""
    for what, value, names, base in (
        ("sampler", sampler, SAMPLERS, optuna.samplers.BaseSampler),
        ("pruner", pruner, PRUNERS, optuna.pruners.BasePruner),
    ):
        if isinstance(value, str):
            if value.lower() not in names:
                raise TuneError(
                    f"unknown {what} {value!r}; choose one of {', '.join(names)} (or pass an Optuna object)"
                )
        elif isinstance(value, type) and issubclass(value, base):
            raise TuneError(
                f"{what}={value.__name__} is the class: pass an instance, e.g. {what}={value.__name__}() "
                f"(optuna.{what}s.{value.__name__}(...) with its arguments)"
            )
        elif not isinstance(value, base):
            raise TuneError(
                f"{what} must be one of {', '.join(names)} or an optuna.{what}s.{base.__name__} instance, "
                f"but got {value!r}"
            )
    cmaes = (isinstance(sampler, str) and sampler.lower() == "cmaes") or isinstance(
        sampler, optuna.samplers.CmaEsSampler
    )
    if cmaes and importlib.util.find_spec("cmaes") is None:  # Optuna imports it at the first trial
        raise TuneError(
            "the CMA-ES sampler needs the package cmaes, which is not installed; pip install cmaes, "
            "or choose another sampler (--sampler tpe)"
        )


def make_sampler(name: str, seed: int) -> optuna.samplers.BaseSampler:
    """An Optuna sampler; ``seed`` should differ between resumed sessions (see study.run_study)."""
    name = name.lower()
    if name == "tpe":
        return optuna.samplers.TPESampler(seed=seed)
    if name == "random":
        return optuna.samplers.RandomSampler(seed=seed)
    if name == "qmc":
        with warnings.catch_warnings():  # Optuna marks it experimental; the user chose it by name
            warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
            return optuna.samplers.QMCSampler(seed=seed, warn_independent_sampling=False)
    if name == "cmaes":
        return optuna.samplers.CmaEsSampler(seed=seed, warn_independent_sampling=False)
    raise TuneError(f"unknown sampler {name!r}; choose one of {', '.join(SAMPLERS)}")


#: The first epoch at which each named pruner may stop a trial, and the trials it lets finish first.
FIRST_PRUNING_EPOCH = {"median": 2, "asha": 1, "hyperband": 1}
STARTUP_TRIALS = {"median": 5, "asha": 0, "hyperband": 0}


def pruner_note(name: object, epochs: int, budget: int) -> str:
    """A note where the named pruner can stop a trial only at its last epoch (trials of at most
    ``epochs``): that saves no time, and the trial, trained in full, is recorded pruned. '' otherwise,
    and where the ``budget`` ends before the pruner starts (the median pruner's first 5 trials)."""
    if not isinstance(name, str):  # an Optuna pruner object: its own rules
        return ""
    first = FIRST_PRUNING_EPOCH.get(name.lower())
    if first is None or epochs != first or budget <= STARTUP_TRIALS[name.lower()]:
        return ""
    return (
        f"trials train at most {epochs} epoch{'s' if epochs != 1 else ''} and the {name.lower()} pruner first "
        f"stops a trial at epoch {first}, its last: that saves no time, and a trial it stops, trained in full, "
        "is recorded pruned (--pruner none records every trial complete)"
    )


def make_pruner(name: str, epochs: int) -> optuna.pruners.BasePruner:
    """An Optuna pruner reading the per-epoch objective; ``epochs`` is the most a trial trains."""
    name = name.lower()
    if name == "median":
        # Five full trials first, and never at epoch 1 (step 1; Optuna prunes once step >=
        # n_warmup_steps): slow learning rates look bad after one epoch and catch up later.
        return optuna.pruners.MedianPruner(n_startup_trials=5, n_warmup_steps=2)
    if name == "asha":
        # Asynchronous successive halving: at epochs 1, 3, 9, ... a trial goes on only if it ranks in
        # the top third of the trials that reached that epoch. Pays where trials train long (on the
        # 20 Newsgroups table 3.3-4.4x the trials of no pruner at an equal or better best,
        # docs/benchmarks.md); where slow starters catch up (imdb_lstm) it cuts them: not the default.
        return optuna.pruners.SuccessiveHalvingPruner(min_resource=1, reduction_factor=3)
    if name == "hyperband":
        return optuna.pruners.HyperbandPruner(min_resource=1, max_resource=max(epochs, 2), reduction_factor=3)
    if name == "none":
        return optuna.pruners.NopPruner()
    raise TuneError(f"unknown pruner {name!r}; choose one of {', '.join(PRUNERS)}")
