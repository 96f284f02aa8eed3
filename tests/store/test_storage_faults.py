"""Storage faults without training: a torn journal, a mistyped path, a write the storage refuses."""

from __future__ import annotations

import errno
import logging
import sqlite3
from pathlib import Path

import optuna
import pytest
from optuna.trial import TrialState

from textclf_tune.cli.main import main
from textclf_tune.errors import StudyError
from textclf_tune.report.leaderboard import leaderboard_rows
from textclf_tune.store.faults import fault_error, storage_fault
from textclf_tune.store.journal import mend_journal
from textclf_tune.store.storage import load_existing_study, open_storage
from textclf_tune.testing.fake_studies import make_study


def _journal(tmp_path: Path, n: int = 8) -> tuple[Path, int]:
    path = tmp_path / "studies.log"
    make_study(f"journal://{path}", n=n)
    study = load_existing_study("imdb_fake", f"journal://{path}")
    return path, sum(t.state == TrialState.COMPLETE for t in study.get_trials())


def test_torn_journal_tail_is_set_aside_and_every_complete_record_kept(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path, complete = _journal(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[:-300])  # truncate -s -300: the last record(s) cut mid-line
    url = f"journal://{path}"
    with caplog.at_level(logging.WARNING):
        storage = open_storage(url)  # a run opens it: mends first
    (backup,) = tmp_path.glob("studies.log.torn-*")
    assert path.read_bytes() + backup.read_bytes() == data[:-300]
    assert path.read_bytes().endswith(b"\n")
    assert [r.message for r in caplog.records if "torn record" in r.message] and len(caplog.records) == 1
    study = optuna.load_study(study_name="imdb_fake", storage=storage)
    kept = sum(t.state == TrialState.COMPLETE for t in study.get_trials())
    assert complete - 1 <= kept <= complete  # only the trial whose last record was cut is not finished
    # the study goes on: a new trial is appended after the mended tail and reads back
    study.add_trial(optuna.trial.create_trial(value=0.5, params={}, distributions={}))
    assert len(load_existing_study("imdb_fake", url).get_trials()) == len(study.get_trials())


def test_record_glued_onto_a_torn_line_is_recovered(tmp_path: Path) -> None:
    """What an older run did after a disk-full error: appended its record onto the half line."""
    path, _ = _journal(tmp_path)
    lines = path.read_bytes().splitlines(keepends=True)
    glued = lines[-2][:40] + lines[-2]  # a torn copy of a record, then the whole record
    path.write_bytes(b"".join(lines[:-2]) + glued + lines[-1])
    with pytest.raises(ValueError):  # what Optuna alone does with it (JSONDecodeError)
        optuna.load_study(
            study_name="imdb_fake",
            storage=optuna.storages.JournalStorage(optuna.storages.journal.JournalFileBackend(str(path))),
        ).get_trials()
    mended = mend_journal(path)
    assert mended is not None and mended.salvaged == 1 and mended.kept == len(lines)
    assert path.read_bytes() == b"".join(lines)
    rows = leaderboard_rows(f"journal://{path}")  # a plain reading command works
    assert rows[0]["study"] == "imdb_fake"


def test_whole_journal_is_left_alone(tmp_path: Path) -> None:
    path, _ = _journal(tmp_path, n=3)
    before = path.read_bytes()
    assert mend_journal(path) is None
    assert path.read_bytes() == before and not list(tmp_path.glob("*.torn-*"))


@pytest.mark.parametrize("scheme", ["sqlite:///", "journal://"])
def test_reading_commands_never_create_a_storage_file(tmp_path: Path, scheme: str) -> None:
    missing = tmp_path / "typo" / ("studies.db" if scheme == "sqlite:///" else "studies.log")
    url = scheme + str(missing)
    with pytest.raises(StudyError, match="no such file"):
        leaderboard_rows(url)
    with pytest.raises(StudyError, match="no such file"):
        load_existing_study("x", url)
    for argv in (["leaderboard"], ["report", "--out", str(tmp_path / "r")], ["enqueue", "x", "a=1"]):
        assert main([*argv, "--storage", url]) == 2
    assert not missing.exists() and not missing.parent.exists()


def test_storage_faults_are_named_by_cause() -> None:
    def wrapped(message: str) -> Exception:
        try:
            try:
                raise sqlite3.OperationalError(message)
            except sqlite3.OperationalError as e:
                raise optuna.exceptions.StorageInternalError("An exception is raised during the commit.") from e
        except Exception as outer:
            return outer

    full = storage_fault(wrapped("database or disk is full"))
    assert full is not None and full.cause == "disk full"
    ro = storage_fault(wrapped("attempt to write a readonly database"))
    assert ro is not None and ro.cause == "read-only"
    bad = storage_fault(wrapped("database disk image is malformed"))
    assert bad is not None and bad.cause == "corrupt"
    efbig = storage_fault(OSError(errno.EFBIG, "File too large"))
    assert efbig is not None and efbig.cause == "disk full"
    assert storage_fault(ValueError("boom")) is None
    line = str(fault_error(full, "sqlite:///runs/s.db"))
    assert "\n" not in line and "sqlite:///runs/s.db" in line and "Remedy:" in line


def test_leaderboard_on_a_corrupt_sqlite_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.db"
    make_study(f"sqlite:///{db}", n=3)
    raw = bytearray(db.read_bytes())
    raw[4096:8192] = b"\xff" * 4096  # a page of garbage
    db.write_bytes(bytes(raw))
    code = main(["leaderboard", "--storage", f"sqlite:///{db}"])
    err = capsys.readouterr().err.strip()
    assert code == 2, err
    assert len(err.splitlines()) == 1 and "corrupt" in err and "Traceback" not in err
    raw[:16] = b"garbage!garbage!"  # the header itself: the file no longer reads as SQLite at all
    db.write_bytes(bytes(raw))
    assert main(["leaderboard", "--storage", f"sqlite:///{db}"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "corrupt (file is not a database)" in err and ".recover" in err
    assert "sqlalche.me" not in err


def test_running_trial_is_recorded_interrupted_when_the_storage_still_takes_writes(tmp_path: Path) -> None:
    from textclf_tune.errors import StorageFault
    from textclf_tune.store.faults import stop_on_fault

    url = f"sqlite:///{tmp_path / 's.db'}"
    study = optuna.create_study(storage=open_storage(url, heartbeat=False), study_name="s")
    done = study.ask()
    study.tell(done, 1.0)
    running = study.ask()
    failed_blank = study.ask()
    study.tell(failed_blank, state=TrialState.FAIL)  # what Optuna's own tell left: no reason
    full = OSError(errno.ENOSPC, "No space left on device")
    assert stop_on_fault(ValueError("not a storage fault"), study, url, running.number) is None
    err = stop_on_fault(full, study, url, running.number)
    assert isinstance(err, StorageFault) and "disk full" in str(err)
    t = study.get_trials()
    assert t[running.number].state == TrialState.FAIL
    assert t[running.number].user_attrs["fail_reason"].startswith("interrupted: the storage refused a write")
    assert t[done.number].state == TrialState.COMPLETE and "fail_reason" not in t[done.number].user_attrs
    assert "fail_reason" not in t[failed_blank.number].user_attrs  # finished: left as it is


def test_the_default_storage_missing_says_no_run_started_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """tune leaderboard in a folder where no tune run ran: the default runs/studies.db is absent.
    Not a typo to check: the remedy names the folder and how to reach the studies (or make some)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TEXTCLF_STORAGE", raising=False)
    assert main(["leaderboard"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "no study has been run from this folder" in err and "TEXTCLF_STORAGE" in err and "tune run" in err
    assert not (tmp_path / "runs").exists()
