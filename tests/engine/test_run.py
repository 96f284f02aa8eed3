"""The engine end to end on tiny generated data: run, resume, refuse, fail, interrupt."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import optuna
import pytest
from conftest import write_sweep
from optuna.trial import TrialState

from textclf_tune import RunConfig, StudyError, SweepError, load_sweep, run_study
from textclf_tune.engine.progress import Reporter
from textclf_tune.engine.signals import INTERRUPT
from textclf_tune.errors import TuneError
from textclf_tune.report.leaderboard import leaderboard_rows
from textclf_tune.report.table import render
from textclf_tune.space.fingerprint import read_fingerprint
from textclf_tune.store.records import T
from textclf_tune.store.storage import open_storage


def _run(sweep: Path, db: Path, **kw) -> optuna.Study:
    cfg = RunConfig(storage=f"sqlite:///{db}", **kw)
    return run_study(load_sweep(sweep), cfg)


class _Ends(Reporter):
    def __init__(self) -> None:
        self.tests: list[float | None] = []

    def trial_end(
        self, number: int, state: str, value: Any, test_accuracy: Any, seconds: float, reason: str = ""
    ) -> None:
        self.tests.append(test_accuracy)


def test_run_records_reference_as_trial_zero_and_never_opens_test(tiny_sweep: Path, tmp_path: Path) -> None:
    ends = _Ends()
    study = run_study(load_sweep(tiny_sweep), RunConfig(storage=f"sqlite:///{tmp_path / 's.db'}", trials=3), ends)
    trials = study.get_trials()
    assert [t.state for t in trials] == [TrialState.COMPLETE] * 3
    ref = trials[0]
    assert ref.user_attrs["is_reference"] is True
    assert ref.params == {"maxlen": 40, "embedding_dim": 8, "learning_rate": 0.01}
    for t in trials:
        assert len(t.user_attrs["history"]["val_accuracy"]) == 2
        assert t.value == max(t.user_attrs["history"]["val_accuracy"])  # best epoch's value
        assert t.user_attrs["best_epoch"] in (1, 2)
        assert "test_accuracy" not in t.user_attrs and "test_metrics" not in t.user_attrs  # sealed
        assert t.user_attrs["param_count"] > 0 and t.user_attrs["train_seconds"] > 0
        assert t.user_attrs["backend"] and t.user_attrs["versions"]["optuna"] == optuna.__version__
        assert t.user_attrs["seed"] == t.number
    # The synthetic data is learnable: the engine trains, not just runs.
    assert max(t.value for t in trials) > 0.7  # type: ignore[type-var]
    assert ends.tests == [None, None, None]  # nothing shown either
    assert "test_openings" not in study.user_attrs and "test_seen_during_search" not in study.user_attrs
    record = read_fingerprint(study, open_storage(f"sqlite:///{tmp_path / 's.db'}"))
    assert study.user_attrs["fingerprint"] == record["hash"]  # type: ignore[index]
    assert record["space"]["maxlen"] == {  # type: ignore[index]
        "type": "Int",
        "min": 20,
        "max": 60,
        "step": 20,
        "sampling": "linear",
    }


def test_leaderboard_matches_storage(tiny_sweep: Path, tmp_path: Path) -> None:
    study = _run(tiny_sweep, tmp_path / "s.db", trials=3)
    (row,) = leaderboard_rows(f"sqlite:///{tmp_path / 's.db'}")
    best = study.best_trial
    assert row["study"] == "tiny" and row["complete"] == 3 and row["pruned"] == 0 and row["failed"] == 0
    assert row["best_val"] == best.value
    assert row["reference"] == 0.8
    # Sealed: no test figure anywhere until tune confirm; the table says "sealed".
    assert row["best_test"] is None and row["delta_reference"] is None and row["baseline_test"] is None
    assert row["test_status"] == "sealed" and row["test_seen_during_search"] is False
    assert render([row], "markdown").count("| sealed |") >= 1
    assert row["best_params"] == best.params


def test_score_test_scores_every_trial_and_marks_the_study(tiny_sweep: Path, tmp_path: Path) -> None:
    ends = _Ends()
    cfg = RunConfig(
        storage=f"sqlite:///{tmp_path / 's.db'}", trials=2, score_test=True, command="tune run x --score-test"
    )
    study = run_study(load_sweep(tiny_sweep), cfg, ends)
    for t in study.get_trials():
        assert 0.0 <= t.user_attrs["test_accuracy"] <= 1.0 and "accuracy" in t.user_attrs["test_metrics"]
    assert ends.tests == [t.user_attrs["test_accuracy"] for t in study.get_trials()]
    assert study.user_attrs["test_seen_during_search"] is True
    (opened,) = study.user_attrs["test_openings"]
    assert opened["command"] == "tune run x --score-test" and opened["configs"] == "every trial" and opened["when"]
    (row,) = leaderboard_rows(f"sqlite:///{tmp_path / 's.db'}")
    assert row["test_status"] == "test seen during search" and row["best_test"] is None  # confirmed figures only


def test_resume_runs_only_what_budget_asks_and_keeps_finished_trials(tiny_sweep: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    first = _run(tiny_sweep, db, trials=2).get_trials()
    again = _run(tiny_sweep, db, trials=2).get_trials()  # budget met: nothing runs
    assert len(again) == 2
    study = _run(tiny_sweep, db, trials=4)
    trials = study.get_trials()
    assert sum(t.state == TrialState.COMPLETE for t in trials) == 4 and len(trials) == 4
    for old, new in zip(first, trials[:2]):
        assert (old.params, old.value, old.datetime_complete) == (new.params, new.value, new.datetime_complete)
    assert sum(bool(t.user_attrs.get("is_reference")) for t in trials) == 1  # no second baseline
    keys = [tuple(sorted(t.params.items())) for t in trials]
    assert len(set(keys)) == len(keys)  # the resumed sampler does not replay finished trials


def test_run_study_from_python_says_its_messages_through_optunas_logger(tiny_sweep: Path, tmp_path: Path) -> None:
    """Without a reporter (Python use) a run's messages are not lost: they go to Optuna's logger."""
    import logging

    url = f"sqlite:///{tmp_path / 's.db'}"
    run_study(load_sweep(tiny_sweep), RunConfig(storage=url, quick=False, trials=1))
    study = optuna.load_study(study_name="tiny", storage=open_storage(url, heartbeat=False))
    study.enqueue_trial(study.trials[0].params, skip_if_exists=False)
    heard: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: heard.append(record.getMessage())  # type: ignore[method-assign]
    logger = logging.getLogger("optuna.textclf_tune")
    logger.addHandler(handler)
    before = optuna.logging.get_verbosity()
    optuna.logging.set_verbosity(optuna.logging.INFO)  # Optuna's default (other tests raise it)
    try:
        run_study(load_sweep(tiny_sweep), RunConfig(storage=url, quick=False, trials=1))
    finally:
        optuna.logging.set_verbosity(before)
        logger.removeHandler(handler)
    assert any("1 enqueued trial waits beyond the budget of 1" in m for m in heard), heard


def test_changed_space_is_refused_with_what_changed(tiny_sweep: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    _run(tiny_sweep, db, trials=1)
    write_sweep(tiny_sweep, emb_low=8)
    with pytest.raises(StudyError) as err:
        _run(tiny_sweep, db, trials=2)
    msg = str(err.value)
    assert "hyperparameter 'embedding_dim' changed: Int(4..16, step=4) -> Int(8..16, step=4)" in msg
    assert "--study-name" in msg
    # The remedy works: a new name starts a new study beside the old one.
    _run(tiny_sweep, db, trials=1, study_name="tiny-v2")
    assert sorted(optuna.get_all_study_names(f"sqlite:///{db}")) == ["tiny", "tiny-v2"]


def _messages_run(sweep: Path, db: Path, said: list[str]) -> Any:
    """``run(trials)``: run_study on ``db`` with a reporter that appends its messages to ``said``."""

    class Says(Reporter):
        def message(self, text: str) -> None:
            said.append(text)

    def run(trials: int | None = None, **kw: Any) -> optuna.Study:
        cfg = RunConfig(storage=f"sqlite:///{db}", trials=trials, **kw)
        return run_study(load_sweep(sweep), cfg, reporter=Says())

    return run


def test_an_edited_build_with_the_same_space_is_noted_once_and_recorded(tiny_sweep: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    said: list[str] = []
    run = _messages_run(tiny_sweep, db, said)

    run(1)
    write_sweep(tiny_sweep, budget=9, build_extra="# a comment only")  # settings and comments: not the model
    run(1)
    assert not any("changed since" in m for m in said)
    write_sweep(tiny_sweep, build_extra="keras.utils.set_random_seed(1)")  # code, same space
    study = run(1)
    notes = [m for m in said if "changed since" in m]
    assert len(notes) == 1 and "1 finished trial(s) may have trained another model" in notes[0]
    assert [e["trials_before"] for e in study.user_attrs["model_code_edits"]] == [1]
    run(1)
    assert len([m for m in said if "changed since" in m]) == 1  # said once, not at every resume


def test_a_reference_config_that_fails_by_itself_is_tried_twice_then_left(tiny_sweep: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    write_sweep(
        tiny_sweep,
        build_extra='if hp.trial is not None and hp.trial.user_attrs.get("is_reference"): raise RuntimeError("ref breaks")',
    )
    said: list[str] = []
    run = _messages_run(tiny_sweep, db, said)

    run(1)  # trial 0, the reference, fails; trial 1 completes
    run(2)  # queued again: fails (trial 2); trial 3 completes
    study = run(3)  # failed twice by itself: not queued a third time
    refs = [t for t in study.get_trials() if t.user_attrs.get("is_reference")]
    assert [t.number for t in refs] == [0, 2] and all(t.state == TrialState.FAIL for t in refs)
    assert sum(t.state == TrialState.COMPLETE for t in study.get_trials()) == 3
    (note,) = [m for m in said if "not queued again" in m]
    assert "failed in trials 0, 2" in note and "ref breaks" in note and "reference_config" in note


def test_a_fixed_sweep_takes_over_a_study_whose_every_trial_failed(tiny_sweep: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    # A bug that shows only in trials (the space walk builds fine): the first trial fails, the run stops.
    # The fix below also widens a range, so the fixed file is another sweep than the study's.
    write_sweep(tiny_sweep, emb_low=8, build_extra='if hp.trial is not None: raise RuntimeError("boom in build")')
    with pytest.raises(StudyError, match=r"1 trial failed in a row.*boom in build"):
        _run(tiny_sweep, db, trials=2, max_failures=1)
    write_sweep(tiny_sweep)  # fixed: the same command now runs, in the same study
    said: list[str] = []

    class Says(Reporter):
        def message(self, text: str) -> None:
            said.append(text)

    study = run_study(load_sweep(tiny_sweep), RunConfig(storage=f"sqlite:///{db}", trials=2), reporter=Says())
    assert [t.state for t in study.trials] == [TrialState.FAIL, TrialState.COMPLETE, TrialState.COMPLETE]
    assert "boom in build" in study.trials[0].user_attrs["fail_reason"]  # the failure stays, with its reason
    assert study.trials[1].user_attrs.get("is_reference")  # the reference is queued again and runs first
    assert study.user_attrs["objective"] == "val_accuracy"
    assert [r["failed_trials"] for r in study.user_attrs["replaced_sweeps"]] == [1]
    assert sum("takes it over" in m for m in said) == 1
    # Once a trial finished, an edit is a different sweep again: refused, as before.
    write_sweep(tiny_sweep, emb_low=8)
    with pytest.raises(StudyError, match="created from a different sweep"):
        _run(tiny_sweep, db, trials=3)


@pytest.mark.parametrize(
    ("objective", "hint"),
    [
        ("val_acuracy", "did you mean objective = 'val_accuracy'?"),
        ("val_auc", 'add keras.metrics.AUC(name="auc") to model.compile(metrics=[...])'),
        ("val_f1", "add F1() (from textclf_tune.metrics import F1)"),
    ],
)
def test_an_objective_the_model_does_not_log_is_refused_before_training(
    tiny_sweep: Path, tmp_path: Path, objective: str, hint: str
) -> None:
    write_sweep(tiny_sweep, extra=f"objective = {objective!r}")
    with pytest.raises(SweepError) as err:
        _run(tiny_sweep, tmp_path / "s.db", trials=2)
    assert f"tiny.py: objective {objective!r} is not among the metrics the model logs" in str(err.value)
    assert hint in str(err.value) and "['val_loss', 'val_accuracy']" in str(err.value)
    assert not (tmp_path / "s.db").exists() or optuna.get_all_study_names(f"sqlite:///{tmp_path / 's.db'}") == []


def test_a_knob_the_reference_config_leaves_out_takes_its_declared_default(tiny_sweep: Path, tmp_path: Path) -> None:
    """Trial 0 stays the original model when a knob is added with default= (not sampled by Optuna)."""
    sweep = write_sweep(tiny_sweep, build_extra='hp.Choice("pool", ["avg", "max", "both"], default="max")')
    study = _run(sweep, tmp_path / "s.db", trials=1)
    assert study.trials[0].params == {"maxlen": 40, "pool": "max", "embedding_dim": 8, "learning_rate": 0.01}


def test_reference_config_outside_space_is_an_error(tmp_path: Path, imdb_dir: Path, monkeypatch) -> None:
    monkeypatch.setenv("TEXTCLF_DATA_DIR", str(imdb_dir))
    sweep = write_sweep(tmp_path / "bad.py", emb_low=12)  # the reference's embedding_dim=8 is below 12
    with pytest.raises(SweepError, match=r"embedding_dim=8 lies outside Int\(12..16, step=4\); widen the space"):
        _run(sweep, tmp_path / "s.db", trials=1)


FAIL_ON_THIRD_BUILD = """
import os
_calls = [0]
def _maybe_fail(hp):
    if hp.trial is None:  # the space walk, before any trial
        return
    _calls[0] += 1  # build 1 is trial 0, build 2 trial 1
    if _calls[0] in {fail_calls}:
        raise RuntimeError("boom in build")
"""


def test_failing_trial_is_recorded_with_reason_and_study_goes_on(tiny_sweep: Path, tmp_path: Path) -> None:
    write_sweep(tiny_sweep, extra=FAIL_ON_THIRD_BUILD.format(fail_calls="(2,)"), build_extra="_maybe_fail(hp)")
    study = _run(tiny_sweep, tmp_path / "s.db", trials=3)
    states = [t.state for t in study.get_trials()]
    assert states == [TrialState.COMPLETE, TrialState.FAIL, TrialState.COMPLETE, TrialState.COMPLETE]
    assert study.trials[1].user_attrs["fail_reason"].startswith("RuntimeError: boom in build")


def test_an_interrupt_that_a_library_turns_into_its_own_error_still_stops_the_run(
    tiny_sweep: Path, tmp_path: Path
) -> None:
    # As TensorFlow's device scope does when SIGINT lands inside it: its cleanup raises a RuntimeError
    # while the KeyboardInterrupt is being handled. That must stop the run, not fail one trial and go on.
    extra = FAIL_ON_THIRD_BUILD.format(fail_calls="(2,)").replace(
        'raise RuntimeError("boom in build")',
        "try:\n            raise KeyboardInterrupt\n        finally:\n"
        '            raise RuntimeError("Exiting device scope without proper scope nesting")',
    )
    write_sweep(tiny_sweep, extra=extra, build_extra="_maybe_fail(hp)")
    with pytest.raises(KeyboardInterrupt):
        _run(tiny_sweep, tmp_path / "s.db", trials=3)
    study = optuna.load_study(study_name="tiny", storage=f"sqlite:///{tmp_path / 's.db'}")
    assert [t.state for t in study.trials] == [TrialState.COMPLETE, TrialState.FAIL]
    assert "interrupted" in study.trials[1].user_attrs["fail_reason"]


def test_a_trial_interrupted_while_keeping_its_weights_counts_and_the_run_stops(
    tiny_sweep: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The trial has trained: a Ctrl-C while its model is saved keeps it (complete, with a note),
    and the run ends before the next trial, as a Ctrl-C between trials ends it."""
    from textclf_tune.store.artifacts import WeightKeeper

    def interrupted(self: Any, trial: Any, value: float, model: Any) -> None:
        raise KeyboardInterrupt  # as a Ctrl-C held while saving is raised after it (sigint_held)

    monkeypatch.setattr(WeightKeeper, "keep_trial", interrupted)
    try:
        with pytest.raises(KeyboardInterrupt):
            _run(tiny_sweep, tmp_path / "s.db", trials=3)
    finally:
        INTERRUPT.requested, INTERRUPT.signum = False, None
    study = optuna.load_study(study_name="tiny", storage=f"sqlite:///{tmp_path / 's.db'}")
    (trial,) = study.trials
    assert trial.state == TrialState.COMPLETE and trial.value is not None
    assert any("interrupted while its weights were being kept" in n for n in trial.user_attrs["notes"])


def test_an_interrupt_that_a_library_swallows_for_an_unrelated_error_still_stops_the_run(
    tiny_sweep: Path, tmp_path: Path
) -> None:
    # As TensorFlow's tensor conversion did when SIGTERM landed inside it (CI, 2026-12-07): the
    # KeyboardInterrupt is swallowed and a TypeError raised afterwards, with nothing chained to it.
    extra = FAIL_ON_THIRD_BUILD.format(fail_calls="(2,)").replace(
        'raise RuntimeError("boom in build")',
        "import signal, time\n"
        "        try:\n            os.kill(os.getpid(), signal.SIGTERM)\n            time.sleep(2)\n"
        "        except KeyboardInterrupt:\n            pass\n"
        '        raise TypeError("Failed to convert elements of (None,) to Tensor")',
    )
    write_sweep(tiny_sweep, extra=extra, build_extra="_maybe_fail(hp)")
    try:
        with pytest.raises(KeyboardInterrupt):
            _run(tiny_sweep, tmp_path / "s.db", trials=3)
    finally:  # the signal's flag outlives the run (for the exit code); leave none for later tests
        INTERRUPT.requested, INTERRUPT.signum = False, None
    study = optuna.load_study(study_name="tiny", storage=f"sqlite:///{tmp_path / 's.db'}")
    assert [t.state for t in study.trials] == [TrialState.COMPLETE, TrialState.FAIL]
    assert "interrupted" in study.trials[1].user_attrs["fail_reason"]


def test_nan_loss_fails_the_trial_with_reason(tiny_sweep: Path, tmp_path: Path) -> None:
    # A learning rate of 1e30 blows the weights up: loss becomes NaN/inf within the first epoch.
    sweep = write_sweep(tiny_sweep)
    text = (
        sweep.read_text()
        .replace('"learning_rate": 0.01', '"learning_rate": 1e30')
        .replace(
            'hp.Float("learning_rate", 1e-3, 1e-1, sampling="log")',
            'hp.Float("learning_rate", 1e-3, 1e30, sampling="log")',
        )
    )
    sweep.write_text(text)
    with pytest.raises(StudyError, match=r"1 trial failed in a row.*loss became NaN"):
        _run(sweep, tmp_path / "s.db", trials=1, max_failures=1)
    (study_name,) = optuna.get_all_study_names(f"sqlite:///{tmp_path / 's.db'}")
    (trial,) = optuna.load_study(study_name=study_name, storage=f"sqlite:///{tmp_path / 's.db'}").trials
    reason = trial.user_attrs["fail_reason"]
    assert reason.startswith("TrialFailed: loss became NaN/inf at epoch 1")
    assert ".py:" not in reason  # the engine's own verdict: no place in its code to point at


def test_consecutive_failures_stop_the_run_showing_the_last_error(tiny_sweep: Path, tmp_path: Path) -> None:
    write_sweep(tiny_sweep, extra=FAIL_ON_THIRD_BUILD.format(fail_calls="range(1, 99)"), build_extra="_maybe_fail(hp)")
    started: list[int] = []

    class Starts(Reporter):
        def trial_start(self, number: int, index: int, params: dict, is_reference: bool) -> None:
            started.append(number)

    cfg = RunConfig(storage=f"sqlite:///{tmp_path / 's.db'}", trials=5, max_failures=3)
    with pytest.raises(StudyError, match=r"3 trials failed in a row.*RuntimeError: boom in build"):
        run_study(load_sweep(tiny_sweep), cfg, reporter=Starts())
    study = optuna.load_study(study_name="tiny", storage=f"sqlite:///{tmp_path / 's.db'}")
    assert [t.state for t in study.trials] == [TrialState.FAIL] * 3
    assert started == [0, 1, 2]  # a trial that fails in build still shows the values it was given


def test_quick_preset_uses_its_own_study_and_subsample(tiny_sweep: Path, tmp_path: Path) -> None:
    study = _run(tiny_sweep, tmp_path / "s.db", quick=True)
    assert study.study_name == "tiny-quick"
    assert study.user_attrs["budget"] == 2 and study.user_attrs["quick"] is True
    assert study.user_attrs["data"]["subsample"]["n_train"] == 60
    assert all(len(t.user_attrs["history"]["loss"]) == 1 for t in study.trials)
    # The archive, found through $TEXTCLF_DATA_DIR, is recorded under that name, not this machine's folder.
    assert study.user_attrs["data"]["source"]["path"] == "$TEXTCLF_DATA_DIR/aclImdb_v1.tar.gz"


def _finished(db: Path, name: str) -> int:
    try:
        study = optuna.load_study(study_name=name, storage=f"sqlite:///{db}")
    except KeyError:
        return 0
    return sum(t.state in (TrialState.COMPLETE, TrialState.PRUNED) for t in study.get_trials(deepcopy=False))


def _start_as_from_a_terminal(cmd: list[str]) -> subprocess.Popen[str]:
    """``cmd`` with its output piped back and SIGINT as a terminal gives it: a shell's background
    job (e.g. pytest run with &) ignores SIGINT, and so would the child, since Python keeps an
    inherited "ignore" for SIGINT."""
    return subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=os.environ.copy(),
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_interrupted_run_leaves_a_study_that_resumes_to_budget(
    tiny_sweep: Path, tmp_path: Path, signum: signal.Signals
) -> None:
    db = tmp_path / "s.db"
    write_sweep(tiny_sweep, epochs=40)  # long enough to be interrupted mid-trial
    cmd = [
        sys.executable,
        "-m",
        "textclf_tune.cli.main",
        "run",
        str(tiny_sweep),
        "--storage",
        f"sqlite:///{db}",
        "--trials",
        "2",
        "--pruner",
        "none",
    ]
    proc = _start_as_from_a_terminal(cmd)
    deadline = time.time() + 120
    while _finished(db, "tiny") < 1 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.3)
    time.sleep(1.0)  # now inside trial 1
    proc.send_signal(signum)
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signum, out  # 130 / 143, as a shell reports the signal
    assert "run the same command to resume" in out
    assert "Traceback" not in out and "failed with value None" not in out  # no Optuna traceback for a Ctrl-C
    study = optuna.load_study(study_name="tiny", storage=f"sqlite:///{db}")
    states = [t.state for t in study.trials]
    assert states == [TrialState.COMPLETE, TrialState.FAIL]
    assert "interrupted" in study.trials[1].user_attrs["fail_reason"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=os.environ.copy())
    assert done.returncode == 0, done.stdout + done.stderr
    assert _finished(db, "tiny") == 2


SLOW_DEL_WHILE_PROBING = """
import time
_paused = []
class _SlowDel:
    def __del__(self):  # a KeyboardInterrupt raised in here is dropped by Python ("Exception ignored in")
        print("inside __del__", flush=True)
        time.sleep(4)
def _pause_once(hp):
    if hp.trial is None and not _paused:  # the space walk, before the study opens
        _paused.append(1)
        _SlowDel()
"""


def test_a_ctrl_c_python_drops_during_startup_still_stops_the_run(tiny_sweep: Path, tmp_path: Path) -> None:
    # Keras's garbage collection runs weakref callbacks; a Ctrl-C landing in one is dropped by
    # Python, and before the fix the run went on to train. Here it lands in a __del__ on purpose.
    db = tmp_path / "s.db"
    write_sweep(tiny_sweep, extra=SLOW_DEL_WHILE_PROBING, build_extra="_pause_once(hp)")
    cmd = [sys.executable, "-m", "textclf_tune.cli.main", "run", str(tiny_sweep), "--storage", f"sqlite:///{db}"]
    proc = _start_as_from_a_terminal(cmd)
    assert proc.stdout is not None
    lines = []
    for line in proc.stdout:
        lines.append(line)
        if "inside __del__" in line:
            break
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    out, _ = proc.communicate(timeout=120)
    out = "".join(lines) + out
    assert proc.returncode == 130, out
    assert "run the same command to resume" in out and "Traceback" not in out
    assert _finished(db, "tiny") == 0  # stopped before training anything


def test_timeout_stops_starting_trials_and_the_study_resumes(tiny_sweep: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    _run(tiny_sweep, db, trials=1)
    _run(tiny_sweep, db, trials=3, timeout=1e-9)  # the deadline has passed before a trial could start
    assert _finished(db, "tiny") == 1
    _run(tiny_sweep, db, trials=3)
    assert _finished(db, "tiny") == 3


def _wait_until_catching(pid: int, signum: int, timeout: float = 60.0) -> None:
    """Wait until process ``pid`` has a handler for ``signum`` (Linux: SigCgt in /proc/PID/status)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except FileNotFoundError:
            break
        caught = int(next(line.split()[1] for line in status.splitlines() if line.startswith("SigCgt:")), 16)
        if caught & (1 << (signum - 1)):
            return
        time.sleep(0.05)
    raise AssertionError(f"process {pid} never installed a handler for signal {signum}")


def test_sigusr1_finishes_the_running_trial_then_stops(tiny_sweep: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    write_sweep(tiny_sweep, epochs=8)
    cmd = [
        sys.executable,
        "-m",
        "textclf_tune.cli.main",
        "run",
        str(tiny_sweep),
        "--storage",
        f"sqlite:///{db}",
        "--trials",
        "4",
        "--pruner",
        "none",
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=os.environ.copy())
    deadline = time.time() + 120
    while _finished(db, "tiny") < 1 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
    proc.send_signal(signal.SIGUSR1)  # now in trial 1 (or about to start it)
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0, out
    assert "SIGUSR1 received: stopped after the running trial" in out
    assert f"stop after the running trial: kill -USR1 {proc.pid}" in out  # said at the start
    study = optuna.load_study(study_name="tiny", storage=f"sqlite:///{db}")
    states = [t.state for t in study.trials]
    assert TrialState.FAIL not in states and 1 <= len(states) <= 2 < 4, states  # nothing cut, nothing new
    assert all(s == TrialState.COMPLETE for s in states)


def test_sigusr1_while_data_loads_does_not_kill_the_run(tiny_sweep: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    cmd = [
        sys.executable,
        "-m",
        "textclf_tune.cli.main",
        "run",
        str(tiny_sweep),
        "--storage",
        f"sqlite:///{db}",
        "--trials",
        "3",
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=os.environ.copy())
    _wait_until_catching(proc.pid, signal.SIGUSR1)  # `tune run` installs its handler before loading data
    proc.send_signal(signal.SIGUSR1)
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0, out
    assert _finished(db, "tiny") <= 1


def test_data_changed_under_an_unchanged_sweep_is_refused(
    tiny_sweep: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textclf_tune.testing.synthetic import write_imdb_archive

    db = tmp_path / "s.db"
    _run(tiny_sweep, db, trials=1)
    other = tmp_path / "other_data"
    write_imdb_archive(other, n_per_class=40, seed=1)  # another archive: other sizes and vocabulary
    monkeypatch.setenv("TEXTCLF_DATA_DIR", str(other))
    with pytest.raises(StudyError, match=r"(?s)trained on other data.*data sizes: .*--study-name NEW"):
        _run(tiny_sweep, db, trials=2)


def test_a_failure_logs_one_traceback_ours_not_optunas(
    tiny_sweep: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Optuna's per-failure warning is silenced through optuna.logging (no filter on its message
    text); the objective logs the traceback of an unexpected exception itself, once, at DEBUG (shown
    by tune ... --debug): by default a failed trial is one line, its reason naming the sweep's line."""
    import logging

    from textclf_tune.store.records import T

    write_sweep(tiny_sweep, extra=FAIL_ON_THIRD_BUILD.format(fail_calls="(1,)"), build_extra="_maybe_fail(hp)")
    before = optuna.logging.get_verbosity()
    optuna.logging.set_verbosity(optuna.logging.WARNING)  # as `tune run` without -v sets it
    optuna.logging.enable_propagation()
    try:
        with caplog.at_level(logging.DEBUG, logger="textclf_tune"), pytest.raises(StudyError):
            _run(tiny_sweep, tmp_path / "s.db", trials=1, max_failures=1)
    finally:
        optuna.logging.disable_propagation()
        after = optuna.logging.get_verbosity()
        optuna.logging.set_verbosity(before)
    assert [r.name for r in caplog.records if r.name.startswith("optuna")] == []
    ours = [r for r in caplog.records if r.exc_info]
    assert [(r.name, r.levelno, r.exc_info[0]) for r in ours] == [
        ("textclf_tune.engine.objective", logging.DEBUG, RuntimeError)
    ]
    assert after == optuna.logging.WARNING  # restored after each trial
    study = optuna.load_study(study_name="tiny", storage=f"sqlite:///{tmp_path / 's.db'}")
    reason = study.trials[0].user_attrs[T.FAIL_REASON]
    raise_line = tiny_sweep.read_text().splitlines().index('        raise RuntimeError("boom in build")') + 1
    assert reason.startswith("RuntimeError: boom in build at ") and reason.endswith(f"tiny.py:{raise_line}")


def test_each_trial_clears_the_keras_session_but_the_space_probe_does_not(
    tiny_sweep: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """clear_session() runs a full gc.collect() (~0.3 s with TensorFlow loaded): once per trial, not
    again for the probe build that precedes the first trial."""
    import keras

    calls: list[int] = []
    real = keras.backend.clear_session
    monkeypatch.setattr(keras.backend, "clear_session", lambda *a, **k: (calls.append(1), real(*a, **k))[1])
    study = _run(tiny_sweep, tmp_path / "s.db", trials=2)
    assert [t.state for t in study.get_trials()] == [TrialState.COMPLETE] * 2
    assert len(calls) == 2


def test_a_run_sets_its_set_up_aside_from_the_collector(tiny_sweep: Path, tmp_path: Path) -> None:
    """Keras, the backend and the dataset are frozen (gc.freeze) before the trials, so the two
    collections of each trial (clear_session, the weight keeper) scan only what trials create."""
    import gc

    gc.unfreeze()
    _run(tiny_sweep, tmp_path / "s.db", trials=1)
    assert gc.get_freeze_count() > 10_000


@pytest.mark.filterwarnings("ignore::optuna.exceptions.ExperimentalWarning")  # PartialFixedSampler
def test_a_configuration_sampled_again_reuses_its_value_unless_asked_for(tiny_sweep: Path, tmp_path: Path) -> None:
    same = {"maxlen": 40, "embedding_dim": 8, "learning_rate": 0.02}
    sampler = optuna.samplers.PartialFixedSampler(same, optuna.samplers.RandomSampler(seed=0))

    class Starts(Reporter):
        def __init__(self) -> None:
            self.started: list[int] = []

        def trial_start(self, number: int, index: int, params: dict[str, Any], is_reference: bool) -> None:
            self.started.append(number)

    starts = Starts()
    cfg = RunConfig(storage=f"sqlite:///{tmp_path / 's.db'}", trials=4, sampler=sampler)
    study = run_study(load_sweep(tiny_sweep), cfg, starts)
    trials = study.get_trials()
    assert [t.state for t in trials] == [TrialState.COMPLETE] * 4
    assert [t.user_attrs.get(T.DUPLICATE_OF) for t in trials] == [None, None, 1, 1]  # 0 is the reference
    assert starts.started == [0, 1, 2, 3]  # a reused trial's line shows its values too
    assert trials[1].user_attrs[T.TRAIN_SECONDS] > 0 and trials[1].user_attrs[T.HISTORY]
    assert [t.value for t in trials[2:]] == [trials[1].value] * 2
    assert [t.user_attrs[T.TRAIN_SECONDS] for t in trials[2:]] == [0.0, 0.0]
    study.enqueue_trial(same)  # asked for on purpose: trained again
    study = _run(tiny_sweep, tmp_path / "s.db", trials=5, sampler=sampler)
    last = study.get_trials()[-1]
    assert T.DUPLICATE_OF not in last.user_attrs and last.user_attrs[T.TRAIN_SECONDS] > 0


def test_a_budget_raised_by_trials_holds_when_the_run_resumes_without_it(tiny_sweep: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    said: list[str] = []
    run = _messages_run(tiny_sweep, db, said)  # the sweep's budget is 3
    assert run(1).user_attrs["budget"] == 1  # a lower --trials: this run only
    study = run()
    assert study.user_attrs["budget"] == 3 and len(study.get_trials()) == 3 and not said
    study = run(4)
    assert study.user_attrs["budget"] == 4 and len(study.get_trials()) == 4
    study = run()  # the plain command resumes a raised budget, not the sweep's 3 (no "4/3")
    assert study.user_attrs["budget"] == 4 and len(study.get_trials()) == 4
    assert said == ["budget 4 trials, from an earlier --trials 4 (the sweep asks 3); --trials N sets another"]


def test_a_grid_sampler_that_ran_out_of_configurations_ends_the_run(tiny_sweep: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    said: list[str] = []
    run = _messages_run(tiny_sweep, db, said)
    grid = {"maxlen": [20, 60], "embedding_dim": [8], "learning_rate": [0.01]}  # 2 points, then the reference
    study = run(5, sampler=optuna.samplers.GridSampler(grid, seed=0))
    assert len(study.get_trials()) == 3 and all(t.state == TrialState.COMPLETE for t in study.get_trials())
    assert not any("duplicate_of" in t.user_attrs for t in study.get_trials())  # nothing repeated
    assert len(said) == 1 and "GridSampler stopped the study at 3/5 finished trials" in said[0]
    study = run(5, sampler=optuna.samplers.GridSampler(grid, seed=1))  # resumed: no repeat either
    assert len(study.get_trials()) == 3 and len(said) == 2 and "at 3/5" in said[1]
    assert "stop" not in vars(study)  # study.stop is the class's again


def test_an_enqueued_trial_cut_short_by_a_stop_is_queued_again_once(tiny_sweep: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    said: list[str] = []
    run = _messages_run(tiny_sweep, db, said)
    study = run(1)  # the reference
    asked = {"maxlen": 20, "embedding_dim": 12, "learning_rate": 0.005}
    study.enqueue_trial(asked)
    cut = study.ask()  # as a run takes it; then Ctrl-C
    cut.set_user_attr("fail_reason", "interrupted (SIGINT/SIGTERM); resume by running the same command")
    study.tell(cut, state=TrialState.FAIL)
    study = run(3)
    done = [t for t in study.trials if t.state == TrialState.COMPLETE and t.params == asked]
    assert len(done) == 1 and done[0].user_attrs["requeued_from"] == cut.number
    assert said == [f"enqueued trial(s) {cut.number} were cut short before they finished: queued again"]
    run(4)
    assert len(said) == 1  # once: the values are held now
    study.enqueue_trial({**asked, "maxlen": 60})
    dead = study.ask()  # a worker killed past the heartbeat's retry cap: that cap holds
    dead.set_user_attr("fail_reason", "stale: no heartbeat for over 60 s; not queued again: it went stale 4 times")
    study.tell(dead, state=TrialState.FAIL)
    study = run(5)
    assert not [t for t in study.trials if t.params == {**asked, "maxlen": 60} and t.state != TrialState.FAIL]
    assert len(said) == 1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"trials": 0}, r"RunConfig\(trials=0\): trials must be a whole number >= 1"),
        ({"trials": -1}, r"RunConfig\(trials=-1\)"),
        ({"timeout": -5}, r"RunConfig\(timeout=-5\): timeout must be > 0 seconds"),
        ({"max_failures": 0}, r"RunConfig\(max_failures=0\)"),
        ({"keep_weights": -1}, r"RunConfig\(keep_weights=-1\)"),
    ],
)
def test_run_config_refuses_what_the_cli_refuses(kwargs: dict, message: str) -> None:
    with pytest.raises(TuneError, match=message):
        RunConfig(storage="sqlite:///x.db", **kwargs)


def test_keras_acc_alias_is_suggested_for_the_default_objective() -> None:
    """keras.io examples compile with metrics=["acc"], which Keras logs as val_acc."""
    from textclf_tune.engine.metric_names import missing_objective

    names = ["loss", "acc", "val_loss", "val_acc"]
    assert missing_objective("s.py", "val_accuracy", names).endswith("did you mean objective = 'val_acc'?")
    assert "did you mean objective = 'val_accuracy'?" in missing_objective("s.py", "val_acc", ["val_accuracy"])
