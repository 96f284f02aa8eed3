"""Where studies live: an Optuna storage from a URL, SQLite by default.

``sqlite:///results/studies.db`` is the default: embedded, nothing to start. Any Optuna RDB URL
(``postgresql://user:pass@host/db`` for many hosts) works, and so does a journal file
(``journal:///path/study.log`` or a path ending in ``.log``) for many processes on one host.
RDB storages run Optuna's heartbeat, so the trial of a worker that was killed is found stale,
marked failed and enqueued again.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import optuna

from textclf_tune.errors import StudyError

DEFAULT_STORAGE = "sqlite:///results/studies.db"

#: Seconds between heartbeats of a running trial; a trial silent for 3x this is stale.
#: ``TEXTCLF_HEARTBEAT`` overrides it (tests use 1 s).
HEARTBEAT_SECONDS = 20


def heartbeat_seconds() -> int:
    raw = os.environ.get("TEXTCLF_HEARTBEAT", str(HEARTBEAT_SECONDS))
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise StudyError(f"TEXTCLF_HEARTBEAT must be a whole number of seconds >= 1, but got {raw!r}")
    return value


def open_storage(url: str = DEFAULT_STORAGE, *, heartbeat: bool = True) -> optuna.storages.BaseStorage:
    """Open (creating if needed) the storage at ``url``.

    ``heartbeat=False`` opens it for reading (leaderboards, reports) without the retry machinery.
    """
    if not isinstance(url, str) or not url:
        raise StudyError(f"storage must be a URL string, but got {url!r}; e.g. {DEFAULT_STORAGE}")
    journal_path = _journal_path(url)
    try:
        if journal_path is not None:
            journal_path.parent.mkdir(parents=True, exist_ok=True)
            from optuna.storages.journal import JournalFileBackend, JournalStorage

            return JournalStorage(JournalFileBackend(str(journal_path)))
        if "://" not in url:
            raise StudyError(
                f"storage {url!r} is not a URL; use {DEFAULT_STORAGE}, postgresql://user@host/db, "
                "or journal:///path/to/study.log"
            )
        engine_kwargs: dict[str, object] = {}
        if url.startswith("sqlite:"):
            db = url.split(":///", 1)[-1]
            if db and db != ":memory:":
                Path(db).parent.mkdir(parents=True, exist_ok=True)
            # Several workers share one file: wait for the lock instead of failing at once.
            engine_kwargs = {"connect_args": {"timeout": 120}}
        kwargs: dict[str, object] = {}
        if heartbeat:
            beat = heartbeat_seconds()
            with warnings.catch_warnings():  # the heartbeat API is marked experimental in Optuna
                warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
                retry = optuna.storages.RetryHeartbeatStaleTrialCallback(max_retry=3)
            kwargs = {"heartbeat_interval": beat, "grace_period": 3 * beat, "heartbeat_stale_trial_callback": retry}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
            return optuna.storages.RDBStorage(url, engine_kwargs=engine_kwargs, **kwargs)  # type: ignore[arg-type]
    except StudyError:
        raise
    except Exception as exc:
        raise StudyError(
            f"cannot open storage {url!r}: {type(exc).__name__}: {exc}. Use {DEFAULT_STORAGE}, "
            "postgresql://user:pass@host/db (pip install 'textclf-tune[postgres]'), or journal:///path.log"
        ) from exc


def _journal_path(url: str) -> Path | None:
    if url.startswith("journal://"):
        return Path(url[len("journal://"):])
    if "://" not in url and url.endswith(".log"):
        return Path(url)
    return None
