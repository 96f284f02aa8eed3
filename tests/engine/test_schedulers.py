"""Sampler and pruner names map to Optuna's own objects; unknown names are refused."""

from __future__ import annotations

import optuna
import pytest

from textclf_tune import TuneError
from textclf_tune.engine.schedulers import PRUNERS, SAMPLERS, make_pruner, make_sampler


def test_each_name_is_optunas_own_object() -> None:
    kinds = {
        "tpe": optuna.samplers.TPESampler,
        "random": optuna.samplers.RandomSampler,
        "qmc": optuna.samplers.QMCSampler,
        "cmaes": optuna.samplers.CmaEsSampler,
    }
    assert set(kinds) == set(SAMPLERS)
    for name, cls in kinds.items():
        assert isinstance(make_sampler(name, seed=1), cls)
    assert isinstance(make_pruner("median", 10), optuna.pruners.MedianPruner)
    assert isinstance(make_pruner("hyperband", 10), optuna.pruners.HyperbandPruner)
    assert isinstance(make_pruner("none", 10), optuna.pruners.NopPruner)
    assert isinstance(make_pruner("asha", 10), optuna.pruners.SuccessiveHalvingPruner)
    assert set(PRUNERS) == {"median", "asha", "hyperband", "none"}


def test_median_pruner_never_prunes_after_one_epoch() -> None:
    study = optuna.create_study(direction="maximize", pruner=make_pruner("median", 10))
    for _ in range(5):  # five good finished trials set the median
        t = study.ask()
        t.report(0.9, 1)
        t.report(0.9, 2)
        study.tell(t, 0.9)
    bad = study.ask()
    bad.report(0.1, 1)
    assert not bad.should_prune()  # epoch 1: too early to judge
    bad.report(0.1, 2)
    assert bad.should_prune()  # epoch 2: below the median, pruned


def test_asha_cuts_at_epoch_one_all_but_the_top_third() -> None:
    study = optuna.create_study(direction="maximize", pruner=make_pruner("asha", 10))
    kept = []
    for value in (0.5, 0.6, 0.7, 0.8, 0.9, 0.4, 0.95, 0.3, 0.85, 0.1):
        t = study.ask()
        t.report(value, 1)
        kept.append(not t.should_prune())
        study.tell(t, value) if kept[-1] else study.tell(t, state=optuna.trial.TrialState.PRUNED)
    # A trial goes on only if in the top third (at least the best) of those that reached epoch 1:
    # each new best does; 0.85 is third of nine; 0.4, 0.3 and 0.1 are cut after one epoch.
    assert kept == [True, True, True, True, True, False, True, False, True, False]


@pytest.mark.parametrize("call", [lambda: make_sampler("annealing", 0), lambda: make_pruner("magic", 3)])
def test_unknown_names_are_refused_with_the_choices(call) -> None:
    with pytest.raises(TuneError, match="choose one of"):
        call()


def test_a_sampler_whose_package_is_missing_is_refused_before_any_trial(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    from textclf_tune.engine.schedulers import check_schedulers

    check_schedulers("CMAES", "median")  # installed with textclf-tune
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "cmaes" else real(name, *a))
    for sampler in ("cmaes", optuna.samplers.CmaEsSampler()):
        with pytest.raises(TuneError, match="needs the package cmaes, which is not installed; pip install cmaes"):
            check_schedulers(sampler, "median")
    check_schedulers("tpe", "median")


@pytest.mark.parametrize("name", [p for p in PRUNERS if p != "none"])
def test_a_pruner_that_can_only_stop_a_trial_at_its_last_epoch_is_noted(name: str) -> None:
    """With Training(epochs=2) the median pruner stopped trials only at epoch 2: trained in full,
    recorded pruned. The note's first pruning epoch is the pruner's own."""
    import optuna

    from textclf_tune.engine.schedulers import FIRST_PRUNING_EPOCH, make_pruner, pruner_note

    study = optuna.create_study(direction="maximize", pruner=make_pruner(name, 2))  # hyperband: one bracket
    for _ in range(6):
        good = study.ask()
        for step in range(1, 11):
            good.report(0.9, step)
            good.should_prune()  # successive halving records its rungs here
        study.tell(good, 0.9)
    bad = study.ask()
    first = None
    for step in range(1, 11):
        bad.report(0.1, step)
        if bad.should_prune():
            first = step
            break
    assert first == FIRST_PRUNING_EPOCH[name]
    assert pruner_note(name, first, 30).startswith(f"trials train at most {first} epoch")
    assert pruner_note(name, first + 1, 30) == "" and pruner_note("none", first, 30) == ""
    assert pruner_note(optuna.pruners.MedianPruner(), first, 30) == ""  # an object: its own rules
    assert (pruner_note(name, first, 5) == "") == (name == "median")  # a quick run's 4 trials: median never prunes
