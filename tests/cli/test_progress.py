"""Progress estimates: from measured batch and epoch times, shown from the first trial on."""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console

from textclf_tune.cli.progress import RichReporter
from textclf_tune.engine.progress import Clock, StudyInfo, duration


class FakeTime:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def test_clock_estimates_from_batches_then_epochs_then_trials() -> None:
    now = FakeTime()
    clock = Clock(budget_epochs=4, now=now)
    clock.start_trial(epochs=4)
    assert clock.trial_left() is None and clock.study_left(9) is None  # nothing timed yet
    now.t += 2.0
    clock.batch(10, 50)  # 0.2 s a batch: a 10 s epoch, 8 s of it left
    assert clock.epoch_left() == pytest.approx(8.0)
    assert clock.trial_left() == pytest.approx(8.0 + 3 * 10.0)
    assert clock.study_left(2) == pytest.approx(38.0 + 2 * 4 * 10.0)  # later trials: 4 epochs of 10 s
    now.t += 10.0
    assert clock.end_epoch() == pytest.approx(12.0)  # the epoch took 12 s: that now rules
    assert clock.trial_left() == pytest.approx(12.0 + 2 * 12.0)
    now.t += 1.0
    clock.batch(25, 50)  # this epoch runs at 0.04 s a batch: 2 s an epoch, 1 s of it left
    assert clock.epoch_left() == pytest.approx(1.0) and clock.trial_left() == pytest.approx(1.0 + 2 * 2.0)
    now.t += 1.0
    clock.end_epoch()  # a 2 s epoch: the trial's epochs now average 7 s
    now.t += 7.0
    clock.end_epoch()
    now.t += 7.0
    clock.end_epoch()
    assert clock.trial_left() == 0.0 and clock.study_left(1) == pytest.approx(4 * 7.0)  # last epoch done
    clock.end_trial(30.0)
    clock.start_trial(epochs=4)
    assert clock.epoch_seconds() == pytest.approx(7.0)  # earlier epochs of this run (median), before a batch
    assert clock.study_left(1) == pytest.approx(28.0 + 30.0)  # a finished trial's time for the rest


def test_clock_uses_the_studys_stored_epoch_time_before_any_of_its_own() -> None:
    now = FakeTime()
    clock = Clock(budget_epochs=3, prior=20.0, now=now)
    clock.start_trial(epochs=3)
    assert clock.trial_left() == pytest.approx(60.0) and clock.study_left(1) == pytest.approx(120.0)


def test_duration() -> None:
    assert [duration(None), duration(59.6), duration(61), duration(3723)] == ["?", "1:00", "1:01", "1:02:03"]


def _info(**kw: object) -> StudyInfo:
    base = dict(
        study_name="s",
        storage="sqlite:///x.db",
        budget=5,
        finished=0,
        epochs=3,
        objective="val_accuracy",
        reference_accuracy=0.85,
        best_value=None,
    )
    return StudyInfo(**{**base, **kw})  # type: ignore[arg-type]


def _eta(reporter: RichReporter, task: int) -> float | None:
    at = reporter._progress.tasks[task].fields.get("eta_at")
    return None if at is None else at


def test_trial_bar_shows_a_time_during_the_first_trial() -> None:
    out = io.StringIO()
    r = RichReporter(Console(file=out, force_terminal=True, width=150, color_system=None))
    r.study_start(_info())
    r.trial_start(0, 1, {"maxlen": 40}, True)
    shown = io.StringIO()
    Console(file=shown, force_terminal=True, width=150, color_system=None).print(r._progress)
    assert "? left" in shown.getvalue()  # before any batch: no figure, and no -:--:--
    import time

    time.sleep(0.05)
    r.batch(5, 20)
    shown = io.StringIO()
    Console(file=shown, force_terminal=True, width=150, color_system=None).print(r._progress)
    r.close()
    trials_line = next(line for line in shown.getvalue().splitlines() if line.startswith("trials"))
    assert re.search(r"~\d+:\d\d left", trials_line), trials_line
    assert "-:--:--" not in out.getvalue() + shown.getvalue()
    clock = r.clock
    assert clock.study_left(4) is not None and clock.study_left(4) > clock.trial_left() > clock.epoch_left() > 0


def test_log_lines_state_budget_estimate_and_quick_note() -> None:
    out = io.StringIO()
    r = RichReporter(Console(file=out, force_terminal=False, width=200))
    r.study_start(_info(quick=True))
    r.trial_start(0, 1, {"maxlen": 40}, True)
    r.epoch(0, {"loss": 0.6, "val_accuracy": 0.7})
    r.close()
    text = out.getvalue()
    assert "5 trials of up to 3 epochs; 5 to run" in text and "unknown until the first epoch" in text
    assert re.search(r"epoch 1/3 .*trial ~\d+:\d\d left, study ~\d+:\d\d left", text)
    assert "first epoch took" in text and "plumbing check" in text


def test_a_resumed_study_states_its_estimated_duration_up_front() -> None:
    out = io.StringIO()
    r = RichReporter(Console(file=out, force_terminal=False, width=200))
    r.study_start(_info(finished=3, seconds_per_epoch=40.0))
    r.close()
    assert f"up to ~{duration(2 * 3 * 40.0)} at the study's 40 s per epoch" in out.getvalue()


def test_a_budget_below_what_the_study_holds_says_so() -> None:
    out = io.StringIO()
    r = RichReporter(Console(file=out, force_terminal=False, width=200))
    r.study_start(_info(finished=5, budget=2))
    r.close()
    text = out.getvalue()
    assert "5/2 finished" in text and "; 0 to run (it holds 5 finished;" in text


def test_the_study_line_says_which_way_the_objective_goes() -> None:
    out = io.StringIO()
    r = RichReporter(Console(file=out, force_terminal=False, width=200))
    r.study_start(_info(objective="val_rmse", direction="minimize"))
    r.close()
    assert "objective val_rmse (minimize)" in out.getvalue()
