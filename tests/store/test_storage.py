"""Storages shared by many processes: SQLite, journal files and a real PostgreSQL server.

These tests use plain Optuna objectives (no Keras) so that many processes stay cheap: they check
what the storage layer promises: concurrent first opens do not race into errors, trials are
numbered once each, and a killed worker's trial is found stale, failed with a reason and queued
again with the same parameters. (The journal's stale path also runs end to end, with Keras, in
test_faults.py; its slow variants here run with ``-m slow``.)
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
from optuna.trial import TrialState

from textclf_tune.errors import StudyError
from textclf_tune.store.liveness import machine_key, process_gone
from textclf_tune.store.storage import (
    HEARTBEAT_KEY,
    MAX_RETRY,
    HeartbeatJournalStorage,
    RetryStaleTrial,
    fail_stale_trials,
    open_storage,
    stale_trial_numbers,
)
from textclf_tune.testing.pgserver import new_database

KINDS = ["sqlite", "journal", "postgres"]


def _url(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'studies.db'}"
    if kind == "journal":
        return f"journal://{tmp_path / 'studies.log'}"
    server = request.getfixturevalue("postgres")
    return new_database(server, "db_" + tmp_path.name.lower().replace("-", "_")[-40:])


@pytest.fixture
def heartbeat(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEXTCLF_HEARTBEAT", "1")  # stale after 3 s


WORKER = """
import sys, optuna
from textclf_tune.store.storage import open_storage
optuna.logging.set_verbosity(optuna.logging.ERROR)
url, n = sys.argv[1], int(sys.argv[2])
study = optuna.create_study(storage=open_storage(url), study_name="shared", load_if_exists=True)
study.set_user_attr("fingerprint", {"hash": "same for all"})
study.optimize(lambda t: t.suggest_float("x", 0, 1) + t.suggest_int("n", 0, 9), n_trials=n)
print("done")
"""


@pytest.mark.parametrize("kind", KINDS)
def test_processes_opening_a_new_storage_at_once_share_one_study(
    kind: str, tmp_path: Path, heartbeat: None, request: pytest.FixtureRequest
) -> None:
    """Three processes create the same storage and study at the same moment, then run 6 trials
    each: no 'database is locked', no lost or doubled trial numbers."""
    url = _url(kind, tmp_path, request)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, url, "6"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        for _ in range(3)
    ]
    outs = [p.communicate(timeout=180)[0] for p in procs]
    for p, out in zip(procs, outs):
        assert p.returncode == 0 and out.strip().endswith("done"), out
        assert "locked" not in out and "Error" not in out, out
    study = optuna.load_study(study_name="shared", storage=open_storage(url, heartbeat=False))
    numbers = [t.number for t in study.trials]
    assert sorted(numbers) == list(range(18))  # 3 x 6, each number once
    assert all(t.state == TrialState.COMPLETE for t in study.trials)
    assert study.user_attrs["fingerprint"] == {"hash": "same for all"}


HANGS = """
import sys, time, optuna
from textclf_tune.store.storage import open_storage
optuna.logging.set_verbosity(optuna.logging.ERROR)
study = optuna.create_study(storage=open_storage(sys.argv[1]), study_name="s", load_if_exists=True)
def objective(trial):
    trial.set_user_attr("history", {"loss": [1.0]})
    trial.suggest_float("x", 0, 1)
    print("running", flush=True)
    time.sleep(600)
study.optimize(objective, n_trials=1)
"""


@pytest.mark.parametrize(
    "kind",
    ["sqlite", pytest.param("journal", marks=pytest.mark.slow), pytest.param("postgres", marks=pytest.mark.slow)],
)
def test_killed_workers_trial_goes_stale_and_is_queued_again(
    kind: str, tmp_path: Path, heartbeat: None, request: pytest.FixtureRequest
) -> None:
    url = _url(kind, tmp_path, request)
    proc = subprocess.Popen(
        [sys.executable, "-c", HANGS, url], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "running"
    time.sleep(1.2)  # a heartbeat or two after the start
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    study = optuna.load_study(study_name="s", storage=open_storage(url))
    assert fail_stale_trials(study) == []  # its last heartbeat is under the 3 s grace period
    (t0,) = study.get_trials()
    assert t0.state == TrialState.RUNNING
    deadline = time.time() + 20
    failed: list[int] = []
    while not failed and time.time() < deadline:
        time.sleep(0.5)
        failed = fail_stale_trials(study)
    assert failed == [0]
    dead, retry = study.get_trials()
    assert dead.state == TrialState.FAIL
    assert dead.user_attrs["fail_reason"].startswith("stale: no heartbeat for over 3 s")
    assert retry.state == TrialState.WAITING and retry.params == dead.params
    assert retry.user_attrs == {"retry_of": 0}  # nothing of the dead run (history, fail reason) is inherited
    assert retry.system_attrs["failed_trial"] == 0 and HEARTBEAT_KEY not in retry.system_attrs
    assert fail_stale_trials(study) == []  # failed once only
    # The next worker takes the queued retry first and runs it with the same parameters.
    study.optimize(lambda t: t.suggest_float("x", 0, 1), n_trials=1)
    again = study.get_trials()[1]
    assert again.state == TrialState.COMPLETE and again.params == dead.params and again.value == dead.params["x"]


def test_stale_retry_gives_up_after_max_retry(tmp_path: Path) -> None:
    study = optuna.create_study(storage=f"sqlite:///{tmp_path / 's.db'}")
    dist: dict[str, optuna.distributions.BaseDistribution] = {"x": optuna.distributions.FloatDistribution(0, 1)}
    trial = optuna.trial.create_trial(
        state=TrialState.FAIL,
        params={"x": 0.5},
        distributions=dist,
        system_attrs={"retry_history": list(range(MAX_RETRY))},
    )
    RetryStaleTrial()(study, trial)
    assert study.get_trials() == []
    trial = optuna.trial.create_trial(
        state=TrialState.FAIL,
        params={"x": 0.5},
        distributions=dist,
        user_attrs={"is_reference": True, "fail_reason": "stale"},
        system_attrs={"retry_history": list(range(MAX_RETRY - 1))},
    )
    RetryStaleTrial()(study, trial)
    (queued,) = study.get_trials()
    assert queued.state == TrialState.WAITING and queued.user_attrs["is_reference"] is True
    assert "fail_reason" not in queued.user_attrs and len(queued.system_attrs["retry_history"]) == MAX_RETRY


def test_journal_storage_has_a_heartbeat(tmp_path: Path, heartbeat: None) -> None:
    storage = open_storage(str(tmp_path / "j.log"))
    assert isinstance(storage, HeartbeatJournalStorage)
    assert optuna.storages._heartbeat.is_heartbeat_enabled(storage)
    assert (storage.heartbeat_interval, storage.grace_period) == (1, 3)
    study = optuna.create_study(storage=storage)
    trial = study.ask()
    storage.record_heartbeat(trial._trial_id)
    assert storage.stale_trial_ids(study._study_id) == []
    storage.set_trial_system_attr(trial._trial_id, HEARTBEAT_KEY, time.time() - 10)
    assert storage.stale_trial_ids(study._study_id) == [trial._trial_id]
    assert storage._get_stale_trial_ids(study._study_id) == []  # Optuna's own check leaves it to ours
    study.tell(trial, 1.0)
    storage.record_heartbeat(trial._trial_id)  # a late beat after the trial finished is ignored
    assert storage.stale_trial_ids(study._study_id) == []
    no_beat = study.ask()  # a running trial that has not beaten yet: not stale within the grace period
    assert no_beat.number == 1 and storage.stale_trial_ids(study._study_id) == []
    # Opened for reading, the same file has no heartbeat machinery.
    assert not isinstance(open_storage(f"journal://{tmp_path / 'j.log'}", heartbeat=False), HeartbeatJournalStorage)


def test_bad_storage_urls_say_what_to_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(StudyError, match="is not a URL") as bad:
        open_storage(str(tmp_path / "studies.db"))
    assert f"sqlite:///{(tmp_path / 'studies.db').resolve()}" in str(bad.value)  # the URL of that very file
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StudyError, match=r"three slashes \(sqlite:///runs/s\.db\)"):
        open_storage("sqlite://runs/s.db")  # two slashes: SQLAlchemy would read a host
    with pytest.raises(StudyError, match=r"three slashes \(sqlite:///nope\.db\)"):
        open_storage("sqlite:/nope.db")  # one slash: not a file path named "sqlite:/nope.db" either
    assert not (tmp_path / "sqlite:").exists() and not (tmp_path / "runs").exists()  # nothing written

    monkeypatch.setenv("TEXTCLF_HEARTBEAT", "0")
    with pytest.raises(StudyError, match="TEXTCLF_HEARTBEAT must be a whole number of seconds >= 1"):
        open_storage(f"sqlite:///{tmp_path / 's.db'}")


def test_a_storage_file_in_a_missing_tree_is_refused_not_created(tmp_path: Path) -> None:
    for url in (f"sqlite:///{tmp_path}/nonexistent/dir/x.db", f"journal:///{tmp_path}/nonexistent/dir/x.log"):
        with pytest.raises(StudyError, match=r"folder '.*nonexistent' does not exist.*mkdir -p"):
            open_storage(url)
    assert not (tmp_path / "nonexistent").exists()
    open_storage(f"sqlite:///{tmp_path}/runs/x.db")  # one new folder, as for the default runs/studies.db
    assert (tmp_path / "runs" / "x.db").is_file()


def test_a_driver_error_over_several_lines_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """psycopg's "connection refused" spans three lines; the error stays one line, the URL and remedy in it."""
    import textclf_tune.store.storage as storage_mod

    def refuse(*args: object, **kwargs: object) -> None:
        raise ConnectionError("connection failed: refused\n\tIs the server running on that host?\n(Background: x)")

    monkeypatch.setattr(storage_mod, "_open_rdb", refuse)
    with pytest.raises(StudyError) as info:
        open_storage("postgresql+psycopg://u:p@localhost:1/db")
    text = str(info.value)
    assert "\n" not in text and "\t" not in text
    assert "refused Is the server running on that host? (Background: x)" in text and "journal:///" in text


def test_a_trial_cut_off_before_its_first_heartbeat_goes_stale_after_the_grace_period(
    tmp_path: Path, heartbeat: None
) -> None:
    """A Ctrl-C between a trial's creation and its first beat left it RUNNING for ever, and every
    later run of the study waited on it; now it is failed as stale and queued again like any other."""
    studies = []
    for url in (f"sqlite:///{tmp_path / 's.db'}", f"journal:///{tmp_path / 'j.log'}"):
        storage = open_storage(url)
        study = optuna.create_study(storage=storage, study_name="s")
        cut = study.ask()  # the run died here: no heartbeat thread ever started
        assert storage.stale_trial_ids(study._study_id) == []  # a live run beats within moments
        studies.append((storage, study, cut))
    time.sleep(storage.grace_period + 0.5)  # type: ignore[attr-defined]
    for storage, study, cut in studies:
        assert storage.stale_trial_ids(study._study_id) == [cut._trial_id]
        assert fail_stale_trials(study) == [cut.number]
        states = [t.state for t in study.get_trials()]
        assert states == [TrialState.FAIL, TrialState.WAITING]  # failed with a reason, its params queued again


HANGS_AS_WORKER = """
import sys, time, optuna
from textclf_tune.parallel.workers import WorkerObjective
from textclf_tune.store.storage import open_storage
optuna.logging.set_verbosity(optuna.logging.ERROR)
study = optuna.create_study(storage=open_storage(sys.argv[1]), study_name="s", load_if_exists=True)
def objective(trial):
    trial.suggest_float("x", 0, 1)
    print("running", flush=True)
    time.sleep(600)
study.optimize(WorkerObjective(objective, study, budget=5, worker=0), n_trials=1)
"""


@pytest.mark.parametrize("kind", ["sqlite", "journal"])
def test_a_trial_whose_process_on_this_machine_was_killed_is_failed_at_once(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """kill -9 of a run on this machine: its trial is failed and queued again on the next look, not
    after the grace period (20 s heartbeat, 60 s grace here), and a leaderboard counts it stopped."""
    url = _url(kind, tmp_path, request)
    proc = subprocess.Popen(
        [sys.executable, "-c", HANGS_AS_WORKER, url], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "running"
    study = optuna.load_study(study_name="s", storage=open_storage(url))
    assert stale_trial_numbers(study) == [] and fail_stale_trials(study) == []  # alive: left alone
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert stale_trial_numbers(study) == [0]
    assert fail_stale_trials(study) == [0]
    dead, retry = study.get_trials()
    assert dead.state == TrialState.FAIL
    assert dead.user_attrs["fail_reason"].startswith("stale: its process on this machine is gone")
    assert retry.state == TrialState.WAITING and retry.params == dead.params
    assert fail_stale_trials(study) == [] and stale_trial_numbers(study) == []


def test_a_process_is_looked_up_only_on_its_own_machine() -> None:
    """A dead process id recorded with another machine's key (another host, a reboot, another
    container) is never judged here; a live one, this process, or a malformed record are not gone."""
    zombie = subprocess.Popen([sys.executable, "-c", "pass"])
    deadline = time.time() + 30
    while "Z" not in Path(f"/proc/{zombie.pid}/stat").read_text().rsplit(")", 1)[-1][:3] and time.time() < deadline:
        time.sleep(0.05)  # exited, not reaped: a zombie, as a killed worker is until its launcher waits
    assert process_gone(machine_key(), zombie.pid)
    zombie.wait(timeout=30)
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait(timeout=30)
    here = machine_key()
    assert here is not None  # Linux: host, boot id and pid namespace all readable
    assert process_gone(here, done.pid)
    assert not process_gone(here.replace("/", "x/", 1), done.pid)
    assert not process_gone(None, done.pid)
    assert not process_gone(here, os.getpid())
    assert not process_gone(here, os.getppid())
    assert not process_gone(here, str(done.pid)) and not process_gone(here, True) and not process_gone(here, 0)
