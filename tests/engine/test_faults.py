"""Faults: a worker killed with SIGKILL mid-trial, and trials that run out of memory.

(Exceptions, NaN losses and K consecutive failures are covered in test_study.py.)
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import optuna
import pytest
from conftest import write_sweep
from optuna.trial import TrialState

from textclf_tune import RunConfig, load_sweep, run_study
from textclf_tune.store.storage import open_storage

OOM_ON_BUILDS = """
_calls = [0]
def _maybe_oom(hp):
    if hp.trial is None:  # the space walk, before any trial
        return
    _calls[0] += 1  # build 1 is trial 0, builds 2-4 trials 1-3
    if _calls[0] == 2:
        raise MemoryError("host memory exhausted")
    if _calls[0] == 3:
        try:
            import tensorflow as tf
            raise tf.errors.ResourceExhaustedError(None, None, "OOM when allocating tensor with shape[9999999,512]")
        except ImportError:  # another backend: its OOM says so in the message
            raise RuntimeError("RESOURCE_EXHAUSTED: OOM when allocating tensor") from None
    if _calls[0] == 4:  # what JAX (XlaRuntimeError) and torch (OutOfMemoryError) say
        raise RuntimeError("RESOURCE_EXHAUSTED: Out of memory while trying to allocate 17179869184 bytes.")
"""


def test_out_of_memory_trials_are_recorded_as_such_and_the_study_goes_on(tiny_sweep: Path, tmp_path: Path) -> None:
    write_sweep(tiny_sweep, epochs=1, extra=OOM_ON_BUILDS, build_extra="_maybe_oom(hp)")
    study = run_study(load_sweep(tiny_sweep), RunConfig(storage=f"sqlite:///{tmp_path / 's.db'}", trials=2))
    trials = study.get_trials()
    assert [t.state for t in trials] == [
        TrialState.COMPLETE,
        TrialState.FAIL,
        TrialState.FAIL,
        TrialState.FAIL,
        TrialState.COMPLETE,
    ]
    reasons = [t.user_attrs["fail_reason"] for t in trials[1:4]]
    assert all(r.startswith("out of memory: ") for r in reasons), reasons
    assert reasons[0] == "out of memory: MemoryError: host memory exhausted"
    assert "OOM when allocating tensor" in reasons[1]
    assert "Out of memory while trying to allocate" in reasons[2]
    assert all(t.user_attrs["worker"] == 0 for t in trials)


def _running_trial_of(url: str, worker: int) -> optuna.trial.FrozenTrial | None:
    try:
        study = optuna.load_study(study_name="tiny", storage=open_storage(url, heartbeat=False))
    except KeyError:
        return None
    for t in study.get_trials(deepcopy=False, states=(TrialState.RUNNING,)):
        if t.user_attrs.get("worker") == worker and "worker_pid" in t.user_attrs and len(t.params) == 3:
            return t
    return None


def test_sigkilled_worker_trial_is_run_again_and_budget_is_met(
    tiny_sweep: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two workers on a journal file; worker 1 is SIGKILLed mid-trial. Worker 0 finds its trial
    stale (its process on this machine is gone), reruns its parameters, and the study ends at
    exactly its budget.
    The launcher reports the killed worker and exits non-zero."""
    monkeypatch.setenv("TEXTCLF_HEARTBEAT", "1")
    write_sweep(tiny_sweep, epochs=12, budget=4)  # trials of a few seconds: long enough to be killed in
    url = f"journal://{tmp_path / 'studies.log'}"
    cmd = [
        sys.executable,
        "-m",
        "textclf_tune.cli.main",
        "run",
        str(tiny_sweep),
        "--storage",
        url,
        "--workers",
        "2",
        "--pruner",
        "none",
    ]
    log = open(tmp_path / "out.txt", "w+")
    parent = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, text=True, env=os.environ.copy())
    victim = None
    deadline = time.time() + 120
    while victim is None and time.time() < deadline and parent.poll() is None:
        time.sleep(0.2)
        victim = _running_trial_of(url, worker=1)
    assert victim is not None, (tmp_path / "out.txt").read_text()
    time.sleep(0.5)
    os.kill(victim.user_attrs["worker_pid"], signal.SIGKILL)
    parent.wait(timeout=180)
    out = (tmp_path / "out.txt").read_text()
    assert parent.returncode == 128 + signal.SIGKILL, out
    assert f"worker 1 (CPU, pid {victim.user_attrs['worker_pid']}): killed by signal 9" in out
    assert "worker 0 (CPU" in out and "ok after" in out
    assert f"trial(s) {victim.number} went stale" in out

    study = optuna.load_study(study_name="tiny", storage=open_storage(url, heartbeat=False))
    trials = study.get_trials()
    assert len({t.number for t in trials}) == len(trials)
    assert sum(t.state in (TrialState.COMPLETE, TrialState.PRUNED) for t in trials) == 4
    assert not [t for t in trials if t.state == TrialState.RUNNING]
    dead = trials[victim.number]
    # worker 0 runs on the same machine: it sees the worker's process gone, without the grace period
    assert dead.state == TrialState.FAIL
    assert dead.user_attrs["fail_reason"].startswith("stale: its process on this machine is gone")
    (retry,) = [t for t in trials if t.user_attrs.get("retry_of") == victim.number]
    assert retry.state == TrialState.COMPLETE and retry.params == dead.params
    assert retry.user_attrs["worker"] == 0 and retry.number > dead.number
