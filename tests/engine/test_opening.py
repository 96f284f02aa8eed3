"""engine.opening: where a starting trial stands in the budget."""

from __future__ import annotations

import optuna
from optuna.trial import TrialState, create_trial

from textclf_tune.engine.opening import position, session_seed


def _study() -> optuna.Study:
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    return optuna.create_study(direction="maximize")


def test_first_trial_is_one() -> None:
    study = _study()
    trial = study.ask()
    assert position(study, trial.number) == 1


def test_finished_trials_count_and_failed_do_not() -> None:
    study = _study()
    study.add_trial(create_trial(value=0.5, state=TrialState.COMPLETE))
    study.add_trial(create_trial(state=TrialState.PRUNED, intermediate_values={1: 0.1}))
    study.add_trial(create_trial(state=TrialState.FAIL))
    trial = study.ask()
    assert position(study, trial.number) == 3


def test_workers_starting_together_get_their_own_places() -> None:
    study = _study()
    study.add_trial(create_trial(value=0.5, state=TrialState.COMPLETE))
    first, second, third = study.ask(), study.ask(), study.ask()  # three workers, one trial each
    assert [position(study, t.number) for t in (first, second, third)] == [2, 3, 4]
    study.tell(first, 0.7)
    fourth = study.ask()
    assert position(study, fourth.number) == 5  # 2 finished, the 2 still running, then itself


def test_sessions_sharing_a_study_draw_from_different_seeds() -> None:
    seeds = {(s, n, w): session_seed(s, n, w) for s in range(4) for n in range(200) for w in range(4)}
    assert len(set(seeds.values())) == len(seeds)  # no two (--seed, trials so far, worker) alike
    assert session_seed(1, 5, 0) != session_seed(2, 4, 0)  # the collision a plain sum had
