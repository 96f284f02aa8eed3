"""tune merge: trials run on a copy of the storage come back, once, with their weights."""

from __future__ import annotations

import shutil
from pathlib import Path

import optuna
import pytest
from conftest import write_sweep
from optuna.trial import TrialState

from textclf_tune import RunConfig, StudyError, load_sweep, run_study
from textclf_tune.cli.main import main
from textclf_tune.store import artifacts as arts
from textclf_tune.store.enqueue import enqueue
from textclf_tune.store.merge import merge
from textclf_tune.store.records import T
from textclf_tune.store.storage import open_storage


def _run(sweep: Path, db: Path, **kw: object) -> optuna.Study:
    return run_study(load_sweep(sweep), RunConfig(storage=f"sqlite:///{db}", pruner="none", **kw))  # type: ignore[arg-type]


def _states(db: Path) -> list[TrialState]:
    return [t.state for t in optuna.load_study(study_name="tiny", storage=f"sqlite:///{db}").trials]


def test_trials_run_on_a_copy_are_merged_once_with_their_weights(tiny_sweep: Path, tmp_path: Path) -> None:
    here, there = tmp_path / "here" / "studies.db", tmp_path / "gpu" / "studies.db"
    here.parent.mkdir()
    _run(tiny_sweep, here, trials=2)
    enqueue("tiny", ["embedding_dim=12"], storage=f"sqlite:///{here}")  # waiting when the file is copied
    shutil.copytree(here.parent, there.parent)  # the file and its studies.artifacts, to the other machine
    _run(tiny_sweep, there, trials=4)  # there: the waiting trial, then one sampled
    assert _states(there) == [TrialState.COMPLETE] * 4

    url = f"sqlite:///{here}"
    (done,) = merge(f"sqlite:///{there}", url)
    assert (done.added, done.skipped, done.created) == ([2, 3], 2, False)
    assert done.superseded_waiting == {2: 3}  # the waiting trial ran there: failed here, trial 3 is its result
    study = optuna.load_study(study_name="tiny", storage=url)
    assert [t.state for t in study.trials] == [TrialState.COMPLETE] * 2 + [TrialState.FAIL] + [TrialState.COMPLETE] * 2
    theirs = optuna.load_study(study_name="tiny", storage=f"sqlite:///{there}").trials
    for mine, src in zip(study.trials[3:], theirs[2:]):
        assert (mine.params, mine.value, mine.datetime_start) == (src.params, src.value, src.datetime_start)
        assert mine.user_attrs[T.HISTORY] == src.user_attrs[T.HISTORY]
        assert mine.user_attrs[T.MERGED_FROM]["trial"] == src.number
        assert mine.user_attrs[T.HOSTNAME] == src.user_attrs[T.HOSTNAME]  # the machine that ran it
    assert study.trials[3].params["embedding_dim"] == 12  # the enqueued values
    # The merged trials' weights are in this storage's folder now (the top 3 kept there).
    store = arts.open_store(arts.artifact_root(url, None, study))  # type: ignore[arg-type]
    kept = [t.number for t in study.trials if arts.model_artifact(t, open_storage(url, heartbeat=False), store)]
    assert done.weights >= 1 and set(kept) & {3, 4}

    (again,) = merge(f"sqlite:///{there}", url)
    assert (again.added, again.skipped, again.weights) == ([], 4, 0)  # merging twice adds nothing
    # The study goes on here counting both machines' trials: 4 finished, one more to 5.
    _run(tiny_sweep, here, trials=5)
    assert _states(here).count(TrialState.COMPLETE) == 5


def test_a_study_missing_here_is_copied_and_another_sweeps_study_is_refused(
    tiny_sweep: Path,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import logging

    import optuna

    there, here = tmp_path / "there.db", tmp_path / "here.db"
    _run(tiny_sweep, there, trials=1)
    optuna.logging.set_verbosity(optuna.logging.INFO)  # as a library user might leave it
    monkeypatch.setattr(logging.getLogger("optuna"), "propagate", True)
    caplog.set_level(logging.INFO, logger="optuna")
    assert main(["merge", str(there), "--storage", f"sqlite:///{here}"]) == 0
    assert "tiny: not in" in capfd.readouterr().out
    assert [r.getMessage() for r in caplog.records if r.name.startswith("optuna")] == []  # INFO: --verbose only
    assert _states(here) == [TrialState.COMPLETE]

    write_sweep(tiny_sweep, emb_low=8)  # another space, same study name
    other = tmp_path / "other.db"
    _run(tiny_sweep, other, trials=1)
    with pytest.raises(StudyError, match="made from another sweep"):
        merge(f"sqlite:///{other}", f"sqlite:///{here}")
    assert main(["merge", str(here), "--storage", f"sqlite:///{here}"]) == 2  # the storage itself
    assert "is the storage itself" in capfd.readouterr().err
    assert main(["merge", str(tmp_path / "nope.db"), "--storage", f"sqlite:///{here}"]) == 2


def test_attributes_naming_another_trial_are_renumbered_on_merge(tmp_path: Path) -> None:
    import datetime as dt

    from optuna.distributions import IntDistribution
    from optuna.trial import FrozenTrial

    def trial(x: int, minute: int, **attrs: object) -> FrozenTrial:
        start = dt.datetime(2026, 12, 1, 12, minute)
        return FrozenTrial(
            number=0,
            state=TrialState.COMPLETE,
            value=x / 10,
            datetime_start=start,
            datetime_complete=start,
            params={"x": x},
            distributions={"x": IntDistribution(0, 9)},
            user_attrs=dict(attrs),
            system_attrs={},
            intermediate_values={},
            trial_id=0,
        )

    here, there = f"sqlite:///{tmp_path / 'here.db'}", f"sqlite:///{tmp_path / 'there.db'}"
    ours = optuna.create_study(study_name="s", storage=here, direction="maximize")
    theirs = optuna.create_study(study_name="s", storage=there, direction="maximize")
    for study in (ours, theirs):  # the trials both had when the file was copied
        study.add_trial(trial(1, 0))
        study.add_trial(trial(2, 1))
    ours.add_trial(trial(3, 2))  # run here after the copy: trial 2 here
    theirs.add_trial(trial(4, 3, retry_of=1))  # run there: trials 2 and 3 there
    theirs.add_trial(trial(4, 4, duplicate_of=2))
    (done,) = merge(there, here)
    assert done.added == [2, 3]
    merged = optuna.load_study(study_name="s", storage=here).trials
    assert merged[3].user_attrs[T.RETRY_OF] == 1  # trial 1 is trial 1 in both
    assert merged[4].user_attrs[T.DUPLICATE_OF] == 3  # their trial 2 is trial 3 here


def test_a_study_made_apart_under_the_same_name_is_refused(tiny_sweep: Path, tmp_path: Path) -> None:
    here, there = tmp_path / "here.db", tmp_path / "there.db"
    _run(tiny_sweep, here, trials=2)
    _run(tiny_sweep, there, trials=2)  # the same sweep, started apart: its own reference trial 0
    with pytest.raises(StudyError, match=r"is not a copy of the one here: it ran its own reference trial"):
        merge(f"sqlite:///{there}", f"sqlite:///{here}")
    assert len(optuna.load_study(study_name="tiny", storage=f"sqlite:///{here}").trials) == 2  # nothing added
