"""Where studies live: an Optuna storage from a URL, SQLite by default.

``sqlite:///runs/studies.db`` (git-ignored) is the default, or ``TEXTCLF_STORAGE`` when set, as
Optuna's CLI reads ``OPTUNA_STORAGE``: embedded, nothing to start. The project's own published
studies live in ``sqlite:///results/studies.db``, read with ``--storage``. Any Optuna RDB URL
(``postgresql://user:pass@host/db`` for many hosts) works, and so does a journal file
(``journal:///path/study.log`` or a path ending in ``.log``) for many processes on one host.

Every storage opened for running runs a heartbeat, so the trial of a worker that was killed is
found stale (at once when its process ran on this machine: store.liveness), marked failed (``fail_reason`` says so) and enqueued again with the same parameters:
RDB storages use Optuna's own heartbeat; journal files use :class:`HeartbeatJournalStorage`, which
keeps the same heartbeat as a trial system attribute (Optuna 5's ``JournalStorage`` has none).

Many processes may open the same storage at once: the first creation of an RDB schema is retried
when another process wins the race, and SQLite waits up to two minutes for its lock.
"""

from __future__ import annotations

import copy
import datetime
import os
import random
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import optuna
from optuna.storages._cached_storage import _CachedStorage
from optuna.storages._heartbeat import BaseHeartbeat, is_heartbeat_enabled
from optuna.storages.journal import JournalFileBackend, JournalStorage
from optuna.trial import FrozenTrial, TrialState

from textclf_tune.errors import StudyError
from textclf_tune.store.faults import quiet_storage_fault
from textclf_tune.store.journal import mend_journal
from textclf_tune.store.liveness import process_gone
from textclf_tune.store.records import Sys, T

DEFAULT_STORAGE = "sqlite:///runs/studies.db"
#: The project's own committed studies (the results table in the README).
PUBLISHED_STORAGE = "sqlite:///results/studies.db"
#: Environment variable naming the storage when ``--storage`` is not given.
STORAGE_ENV = "TEXTCLF_STORAGE"


def default_storage() -> str:
    """``TEXTCLF_STORAGE`` when set, else :data:`DEFAULT_STORAGE`."""
    return os.environ.get(STORAGE_ENV) or DEFAULT_STORAGE


#: Seconds between heartbeats of a running trial; a trial silent for 3x this is stale.
#: ``TEXTCLF_HEARTBEAT`` overrides it (tests use 1 s).
HEARTBEAT_SECONDS = 20
#: A stale trial is enqueued again at most this many times (a config that kills its worker every
#: time, e.g. by exhausting host memory, must not loop forever).
MAX_RETRY = 3
#: What a stale trial's fail reason says when it is past the retry cap.
GAVE_UP = "not queued again"
#: Trial system attribute holding a journal trial's last heartbeat (Unix time).
HEARTBEAT_KEY = "textclf:heartbeat"
#: Opening an RDB storage that another process is creating at the same moment: tries, first pause.
OPEN_TRIES, OPEN_PAUSE = 8, 0.05


def heartbeat_seconds() -> int:
    raw = os.environ.get("TEXTCLF_HEARTBEAT", str(HEARTBEAT_SECONDS))
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise StudyError(f"TEXTCLF_HEARTBEAT must be a whole number of seconds >= 1, but got {raw!r}")
    return value


def open_storage(
    url: str = DEFAULT_STORAGE, *, heartbeat: bool = True, create: bool = True
) -> optuna.storages.BaseStorage:
    """Open (creating if needed) the storage at ``url``.

    ``heartbeat=False`` opens it for reading (leaderboards, reports) without the retry machinery.
    ``create=False`` (commands that only read a study, or add to one) refuses a SQLite or journal
    file that does not exist instead of creating an empty one. A journal whose last write was cut
    short is mended first (see :mod:`textclf_tune.store.journal`).
    """
    if not isinstance(url, str) or not url:
        raise StudyError(
            f"storage must be a URL string, but got {url!r}; e.g. {DEFAULT_STORAGE}, a PostgreSQL URL, or "
            "journal:///abs/path/studies.log for a journal file (textclf-tune opens the storage itself)"
        )
    journal_path = journal_file(url)
    if not create:
        _require_file(url, journal_path)
    try:
        if journal_path is not None:
            _make_parent(journal_path, url)
            mend_journal(journal_path)
            backend = JournalFileBackend(str(journal_path))
            if not heartbeat:
                return JournalStorage(backend)
            beat = heartbeat_seconds()
            return HeartbeatJournalStorage(
                backend, heartbeat_interval=beat, grace_period=3 * beat, stale_trial_callback=RetryStaleTrial(MAX_RETRY)
            )
        if url.startswith("sqlite:") and not url.startswith("sqlite:///") and url != "sqlite://":
            rest = url.split(":", 1)[1].lstrip("/")
            raise StudyError(
                f"storage {url!r} is not a SQLite file URL: a relative path follows three slashes "
                f"(sqlite:///{rest}), an absolute one four (sqlite:////abs/path/studies.db)"
            )
        if "://" not in url:
            as_url = f"sqlite:///{Path(url).expanduser().resolve()}"  # a file path: the URL naming that file
            raise StudyError(
                f"storage {url!r} is not a URL; for a SQLite file there use {as_url} (or postgresql://user@host/db, "
                "journal:///path/to/study.log)"
            )
        url = _postgres_driver(url)
        engine_kwargs: dict[str, object] = {}
        if url.startswith("sqlite:"):
            db = url.split(":///", 1)[-1]
            if db and db != ":memory:":
                _make_parent(Path(db), url)
            # Several workers share one file: wait for the lock instead of failing at once.
            engine_kwargs = {"connect_args": {"timeout": 120}}
        kwargs: dict[str, object] = {}
        if heartbeat:
            beat = heartbeat_seconds()
            kwargs = {
                "heartbeat_interval": beat,
                "grace_period": 3 * beat,
                "heartbeat_stale_trial_callback": RetryStaleTrial(MAX_RETRY),
            }
        return _open_rdb(url, engine_kwargs, kwargs)
    except StudyError:
        raise
    except Exception as exc:
        from textclf_tune.store.faults import REMEDIES, storage_fault

        fault = storage_fault(exc)
        if fault is not None:  # a damaged file (its header, say): what it is and how to restore it
            raise StudyError(
                f"cannot open storage {url!r}: {fault.cause} ({fault.detail}). Remedy: {REMEDIES[fault.cause]}"
            ) from exc
        hint = ""
        if isinstance(exc, ModuleNotFoundError) and url.startswith("postgresql"):
            hint = " (the PostgreSQL driver is missing)"
        why = " ".join(str(exc).split())  # a driver's message may span lines (psycopg's does)
        raise StudyError(
            f"cannot open storage {url!r}: {type(exc).__name__}: {why}{hint}. Use {DEFAULT_STORAGE}, "
            "postgresql://user:pass@host/db (pip install 'textclf-tune[postgres]'), or journal:///path.log"
        ) from exc


def _make_parent(path: Path, url: str) -> None:
    """Create the folder of a new storage file (``runs/``), but not a whole missing tree: a folder
    whose own parent is missing is more likely a mistyped path than a place to create."""
    folder = path.expanduser().absolute().parent
    if not folder.parent.is_dir():
        raise StudyError(
            f"storage {url}: folder {str(folder.parent)!r} does not exist, so {str(folder)!r} cannot hold the study "
            f"file (nothing was created). Remedy: check the path (an absolute one takes four slashes: "
            f"sqlite:////abs/path/studies.db), or create the folder first: mkdir -p {folder}"
        )
    folder.mkdir(exist_ok=True)


def _require_file(url: str, journal_path: Path | None) -> None:
    """A StudyError when ``url`` names a SQLite or journal file that does not exist."""
    path = journal_path
    if path is None and url.startswith("sqlite:"):
        db = url.split(":///", 1)[-1]
        path = Path(db) if db and db != ":memory:" and "://" not in db else None
    if path is not None and not path.is_file():
        absolute = "journal:///abs/path.log" if journal_path is not None else "four slashes: sqlite:////abs/path.db"
        where = "" if path.is_absolute() else f" (relative to {os.getcwd()}; an absolute path: {absolute})"
        if url == DEFAULT_STORAGE:  # not typed: no tune run has written the default here yet
            raise StudyError(
                f"storage {url}: no file {str(path)!r} in {os.getcwd()}, so no study has been run from this folder "
                "(nothing was created). Remedy: run the command from the folder where you ran tune run, pass "
                "--storage URL or set TEXTCLF_STORAGE to an absolute URL, or start a study: tune run SWEEP.py --quick"
            )
        raise StudyError(
            f"storage {url}: no such file {str(path)!r}{where}, so it holds no studies (nothing was created). "
            "Remedy: check the path, e.g. --storage "
            + (
                "journal://runs/studies.log"
                if journal_path is not None
                else f"{DEFAULT_STORAGE} or sqlite:///results/studies.db"
            )
        )
    # An empty SQLite file holds nothing; reading it must not turn it into a database.
    if path is not None and journal_path is None and path.stat().st_size == 0:
        raise StudyError(
            f"storage {url}: the file {str(path)!r} is empty (0 bytes), so it holds no studies (left as it is). "
            "Remedy: check the path, or start a study there: tune run SWEEP.py --storage " + url
        )


def load_existing_study(name: str, storage: str) -> optuna.Study:
    """Load study ``name`` (no heartbeat: for reading, or writing attrs and enqueued trials); a
    StudyError naming the studies there when it is absent."""
    st = open_storage(storage, heartbeat=False, create=False)
    names = sorted(optuna.get_all_study_names(storage=st))
    if name not in names:
        raise StudyError(
            f"study {name!r} is not in storage {storage} (studies there: {', '.join(names) or 'none'}); "
            "pass one of those names, or the --storage URL that holds it"
        )
    return optuna.load_study(study_name=name, storage=st)


def _open_rdb(url: str, engine_kwargs: dict[str, object], kwargs: dict[str, object]) -> HeartbeatRDBStorage:
    """``RDBStorage(url)``, retried while another process creates the same schema (the loser of
    that race sees an IntegrityError on ``alembic_version``, or a lock)."""
    import sqlalchemy.exc

    for attempt in range(OPEN_TRIES):
        try:
            with warnings.catch_warnings():  # the heartbeat API is marked experimental in Optuna
                warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
                return HeartbeatRDBStorage(url, engine_kwargs=engine_kwargs, **kwargs)  # type: ignore[arg-type]
        except (
            sqlalchemy.exc.IntegrityError,
            sqlalchemy.exc.OperationalError,
            sqlalchemy.exc.ProgrammingError,
            optuna.exceptions.StorageInternalError,
        ) as exc:
            if attempt == OPEN_TRIES - 1 or not _is_race(exc):
                raise
            time.sleep(OPEN_PAUSE * 2**attempt * (1 + random.random()))
    raise AssertionError("unreachable")


def _postgres_driver(url: str) -> str:
    """``postgresql://`` means psycopg2 to SQLAlchemy; the ``postgres`` extra installs psycopg 3.
    Use whichever is installed, psycopg 3 first (an explicit ``postgresql+driver://`` is kept)."""
    if not url.startswith(("postgresql://", "postgres://")):
        return url
    import importlib.util

    rest = url.split("://", 1)[1]
    if importlib.util.find_spec("psycopg") is not None:
        return "postgresql+psycopg://" + rest
    return "postgresql://" + rest


def _is_race(exc: BaseException) -> bool:
    text = f"{exc} {exc.__cause__}".lower()
    return any(s in text for s in ("unique", "duplicate", "already exists", "locked", "busy"))


class HeartbeatRDBStorage(optuna.storages.RDBStorage):
    """Optuna's RDB storage, whose stale trials are failed by :func:`fail_stale_trials` alone.

    Optuna also fails stale trials at the start of every ``study.optimize`` trial, but without
    saying why; here that check finds nothing (``_get_stale_trial_ids``), so that every stale
    trial is failed by the run loop with its ``fail_reason``. The heartbeat itself is Optuna's."""

    def _get_stale_trial_ids(self, study_id: int) -> list[int]:
        return []

    def record_heartbeat(self, trial_id: int) -> None:
        try:
            super().record_heartbeat(trial_id)
        except Exception as exc:  # a full disk: the run loop stops with one line at its next write
            if not quiet_storage_fault(exc):
                raise

    def stale_trial_ids(self, study_id: int) -> list[int]:
        if self.heartbeat_interval is None:
            return []
        return super()._get_stale_trial_ids(study_id) + self._never_beat(study_id)

    def _never_beat(self, study_id: int) -> list[int]:
        """Running trials with no heartbeat that started longer than the grace period ago (see
        :func:`never_beat`). Optuna's own check skips them; its models are read the way it reads them."""
        from optuna.storages._rdb import models
        from optuna.storages._rdb.storage import _create_scoped_session
        from sqlalchemy import orm

        grace = float(self.grace_period or 2 * (self.heartbeat_interval or 0))
        with _create_scoped_session(self.scoped_session, True) as session:
            running = (
                session.query(models.TrialModel)
                .options(orm.selectinload(models.TrialModel.heartbeats))
                .filter(models.TrialModel.state == TrialState.RUNNING)
                .filter(models.TrialModel.study_id == study_id)
                .all()
            )
            return [t.trial_id for t in running if not t.heartbeats and never_beat(t.datetime_start, grace)]


class RetryStaleTrial:
    """Heartbeat-stale trial callback: enqueue the stale trial's parameters again as a new trial.

    Like Optuna's ``RetryHeartbeatStaleTrialCallback``, but the new trial does not inherit what the
    dead run recorded (history, fail reason, worker): only ``is_reference``, and ``retry_of``
    naming the trial it repeats. Gives up after ``max_retry`` retries of the same original trial.
    """

    KEEP_USER_ATTRS = ("is_reference",)

    def __init__(self, max_retry: int | None = MAX_RETRY) -> None:
        self.max_retry = max_retry

    def will_retry(self, trial: FrozenTrial) -> bool:
        """Whether ``trial`` going stale is enqueued again (under the retry cap)."""
        history = [*trial.system_attrs.get(Sys.RETRY_HISTORY, []), trial.number]
        return self.max_retry is None or len(history) <= self.max_retry

    def __call__(self, study: optuna.Study, trial: FrozenTrial) -> None:
        if not self.will_retry(trial):
            return
        system_attrs: dict[str, Any] = {k: v for k, v in trial.system_attrs.items() if k != HEARTBEAT_KEY}
        history = [*system_attrs.get(Sys.RETRY_HISTORY, []), trial.number]
        system_attrs.update(failed_trial=history[0], retry_history=history)
        user_attrs = {k: trial.user_attrs[k] for k in self.KEEP_USER_ATTRS if k in trial.user_attrs}
        user_attrs[T.RETRY_OF] = trial.number
        study.add_trial(
            optuna.trial.create_trial(
                state=TrialState.WAITING,
                params=trial.params,
                distributions=trial.distributions,
                user_attrs=user_attrs,
                system_attrs=system_attrs,
            )
        )


class HeartbeatJournalStorage(JournalStorage, BaseHeartbeat):
    """Optuna's journal file storage with the heartbeat that its RDB storage has.

    A running trial's heartbeat is a trial system attribute (``HEARTBEAT_KEY``, Unix time) written
    every ``heartbeat_interval`` seconds by Optuna's heartbeat thread; a RUNNING trial whose last
    heartbeat is older than ``grace_period`` is stale. Optuna's ``fail_stale_trials`` and
    ``study.optimize`` use it through the ``BaseHeartbeat`` interface; as in
    :class:`HeartbeatRDBStorage`, only :func:`fail_stale_trials` fails stale trials (with a reason).
    Clocks are those of the processes sharing the file: one host (or hosts with synced clocks).
    """

    def __init__(
        self,
        backend: JournalFileBackend,
        heartbeat_interval: int,
        grace_period: int,
        stale_trial_callback: Callable[[optuna.Study, FrozenTrial], None] | None = None,
    ) -> None:
        super().__init__(backend)
        if heartbeat_interval < 1 or grace_period <= heartbeat_interval:
            raise StudyError(
                f"journal heartbeat needs interval >= 1 s and grace > interval, but got "
                f"interval={heartbeat_interval}, grace={grace_period}"
            )
        self.heartbeat_interval = heartbeat_interval
        self.grace_period = grace_period
        self.stale_trial_callback = stale_trial_callback

    def record_heartbeat(self, trial_id: int) -> None:
        try:
            self.set_trial_system_attr(trial_id, HEARTBEAT_KEY, time.time())
        except optuna.exceptions.UpdateFinishedTrialError:
            pass  # the trial finished (or was failed as stale) between two beats
        except Exception as exc:  # a full disk: the run loop stops with one line at its next write
            if not quiet_storage_fault(exc):
                raise

    def _get_stale_trial_ids(self, study_id: int) -> list[int]:
        return []

    def stale_trial_ids(self, study_id: int) -> list[int]:
        now = time.time()
        stale = []
        for t in self.get_all_trials(study_id, deepcopy=False, states=(TrialState.RUNNING,)):
            beat = t.system_attrs.get(HEARTBEAT_KEY)
            if beat is not None and now - float(beat) > self.grace_period:
                stale.append(t._trial_id)
            elif beat is None and never_beat(t.datetime_start, self.grace_period):
                stale.append(t._trial_id)
        return stale

    def get_heartbeat_interval(self) -> int | None:
        return self.heartbeat_interval

    def get_heartbeat_stale_trial_callback(self) -> Callable[[optuna.Study, FrozenTrial], None] | None:
        return self.stale_trial_callback


def never_beat(started: datetime.datetime | None, grace_period: float) -> bool:
    """Whether a running trial without any heartbeat is stale: its run records the first beat
    within moments of creating it, so one still without a beat after the grace period was cut off
    in between (a Ctrl-C or kill at that instant) and will never finish. ``started`` is Optuna's
    ``datetime_start``, local time as Optuna records it."""
    if started is None:
        return False
    return (datetime.datetime.now() - started.replace(tzinfo=None)).total_seconds() > grace_period


def fail_stale_trials(study: optuna.Study) -> list[int]:
    """Fail the study's stale trials (their worker died or hangs), recording why, and enqueue each
    again through the storage's stale-trial callback. Returns the numbers of the trials failed.
    A no-op on storages without a heartbeat."""
    storage = study._storage
    if not is_heartbeat_enabled(storage):
        return []
    assert isinstance(storage, BaseHeartbeat)
    grace = getattr(_inner(storage), "grace_period", None)
    callback = storage.get_heartbeat_stale_trial_callback()
    failed = []
    gone = set(_gone_ids(study))
    for trial_id in sorted(gone | set(_stale_ids(study))):
        number = storage.get_trial_number_from_id(trial_id)
        again = "its parameters were enqueued again"
        if isinstance(callback, RetryStaleTrial) and not callback.will_retry(storage.get_trial(trial_id)):
            again = f"{GAVE_UP}: it went stale {(callback.max_retry or 0) + 1} times (the retry cap)"
        elif callback is None:
            again = "its parameters were not enqueued again"
        try:
            storage.set_trial_user_attr(
                trial_id,
                T.FAIL_REASON,
                f"stale: its process on this machine is gone (killed); {again}"
                if trial_id in gone
                else f"stale: no heartbeat for over {grace} s (its worker was killed or hangs); {again}",
            )
            if storage.set_trial_state_values(trial_id, state=TrialState.FAIL):
                failed.append((trial_id, number))
        except optuna.exceptions.UpdateFinishedTrialError:
            continue  # another worker failed it first, or it just finished
    if callback is not None:
        for trial_id, _ in failed:
            callback(study, copy.deepcopy(storage.get_trial(trial_id)))
    return [number for _, number in failed]


def _inner(storage: optuna.storages.BaseStorage) -> optuna.storages.BaseStorage:
    # Optuna wraps RDB storages in a cache whose ``_backend`` is ours (a journal's is its file).
    return storage._backend if isinstance(storage, _CachedStorage) else storage


def _stale_ids(study: optuna.Study) -> list[int]:
    inner = _inner(study._storage)
    finder = getattr(inner, "stale_trial_ids", getattr(inner, "_get_stale_trial_ids", None))  # RDB made by hand
    return list(finder(study._study_id)) if finder is not None and is_heartbeat_enabled(inner) else []


def _gone_ids(study: optuna.Study) -> list[int]:
    """Running trials whose process, on this very machine, has exited (store.liveness)."""
    running = study.get_trials(deepcopy=False, states=(TrialState.RUNNING,))
    return [
        t._trial_id for t in running if process_gone(t.user_attrs.get(T.WORKER_MACHINE), t.user_attrs.get(T.WORKER_PID))
    ]


def stale_trial_numbers(study: optuna.Study) -> list[int]:
    """The study's running trials whose run is gone (no heartbeat for the grace period, or its
    process on this machine has exited), read only: the next ``tune run`` fails and retries them
    (:func:`fail_stale_trials`). Empty on a storage opened without the heartbeat
    (``open_storage(heartbeat=False)``)."""
    storage = study._storage
    if not is_heartbeat_enabled(storage):
        return []
    ids = set(_stale_ids(study)) | set(_gone_ids(study))
    return sorted(storage.get_trial_number_from_id(i) for i in ids)


def journal_file(url: str) -> Path | None:
    """The file of a journal storage (``journal:///abs/x.log``, ``journal://rel/x.log``, a bare
    ``x.log``), or None. ``journal:////abs/x.log`` (four slashes, as in SQLite URLs) is the same
    absolute path: a path may not start with ``//``, which Optuna's artifact store refuses."""
    if url.startswith("journal://"):
        path = url[len("journal://") :]
        return Path("/" + path.lstrip("/")) if path.startswith("//") else Path(path)
    if "://" not in url and url.endswith(".log"):
        return Path(url)
    return None
