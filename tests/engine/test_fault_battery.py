"""The fault battery (``python -m bench.faults``): its fast cases run here, in CI, with a full-disk
case (a file size limit, or a tmpfs as root) and a broken ``build`` that train a tiny sweep.

Also the run loop's words about stale trials: one past the retry cap is not "queued again", and a
run that waits on another process's RUNNING trial says so."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import optuna
import pytest
from optuna.trial import TrialState

from bench import faults
from textclf_tune.engine.opening import fail_stale, waiting_note
from textclf_tune.engine.progress import Reporter
from textclf_tune.store.storage import GAVE_UP, HEARTBEAT_KEY, MAX_RETRY, open_storage


@pytest.mark.parametrize("name", sorted(faults.FAST))
def test_fast_fault_case(name: str, tmp_path: Path) -> None:
    row = faults.FAST[name](tmp_path)
    assert row.ok and row.intact, row


@pytest.mark.parametrize("name", ["disk_full_journal", "build_raises", "hp_real"])
def test_training_fault_case(name: str, tmp_path: Path) -> None:
    row = faults.SLOW[name](tmp_path)
    assert row.ok and row.intact, row


@pytest.mark.slow
@pytest.mark.parametrize("name", ["disk_full_sqlite", "read_only", "launcher_killed"])
def test_slow_fault_case(name: str, tmp_path: Path) -> None:
    row = faults.SLOW[name](tmp_path)
    assert row.ok and row.intact, row


class Said(Reporter):
    def __init__(self) -> None:
        self.lines: list[str] = []

    def message(self, text: str) -> None:
        self.lines.append(text)


def _stale_running(study: optuna.Study, history: list[int]) -> int:
    dist: dict[str, Any] = {"x": optuna.distributions.FloatDistribution(0, 1)}
    study.add_trial(optuna.trial.create_trial(state=TrialState.WAITING, params={"x": 0.5}, distributions=dist))
    trial = study.ask()
    study._storage.set_trial_system_attr(trial._trial_id, "retry_history", history)
    study._storage.set_trial_system_attr(trial._trial_id, HEARTBEAT_KEY, time.time() - 100)
    return trial.number


def test_stale_trial_past_the_retry_cap_is_not_said_to_be_queued_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEXTCLF_HEARTBEAT", "1")
    study = optuna.create_study(storage=open_storage(f"journal://{tmp_path / 's.log'}"), study_name="s")
    capped = _stale_running(study, list(range(MAX_RETRY)))
    said = Said()
    fail_stale(study, said)
    (line,) = said.lines
    assert f"trial(s) {capped} " in line and GAVE_UP in line and "queued again" not in line.replace(GAVE_UP, "")
    trials = study.get_trials()
    assert GAVE_UP in trials[capped].user_attrs["fail_reason"]
    assert [t.state for t in trials] == [TrialState.FAIL]  # nothing enqueued

    retried = _stale_running(study, [])
    said.lines.clear()
    fail_stale(study, said)
    assert said.lines == [f"trial(s) {retried} went stale (worker killed or hung): marked failed and queued again"]


def test_waiting_on_another_process_trial_says_so_once(tmp_path: Path) -> None:
    study = optuna.create_study(storage=open_storage(f"sqlite:///{tmp_path / 's.db'}"), study_name="s")
    running = study.ask()
    seen: set[int] = set()
    note = waiting_note(study, seen)
    assert f"trial(s) {running.number}" in note and "60 s without a heartbeat" in note
    assert waiting_note(study, seen) == ""  # said once
