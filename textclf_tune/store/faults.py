"""Storage faults: a write the storage refused (disk full, read-only file, corrupt database).

:func:`storage_fault` recognises one in any exception (SQLAlchemy's, Optuna's
``StorageInternalError``, or the ``OSError`` of a journal write), following its cause chain;
:func:`fault_error` turns it into the one line the user sees: the storage, the cause, the remedy.
"""

from __future__ import annotations

import errno
import json
import os
from dataclasses import dataclass

import optuna
from optuna.trial import TrialState

from textclf_tune.errors import StorageFault
from textclf_tune.store.records import T

#: (cause, words in the database driver's message), first match wins.
_MESSAGES = (
    ("disk full", ("database or disk is full", "disk full", "no space left", "file too large", "quota exceeded")),
    ("read-only", ("readonly database", "read-only", "read only", "permission denied")),
    ("corrupt", ("malformed", "not a database", "file is encrypted", "invalid log format")),
    ("I/O error", ("disk i/o error",)),  # SQLite's word for a write past a file size limit, or a failing disk
)
_ERRNOS = {
    errno.ENOSPC: "disk full",
    errno.EDQUOT: "disk full",
    errno.EFBIG: "disk full",
    errno.EROFS: "read-only",
    errno.EACCES: "read-only",
    errno.EPERM: "read-only",
    errno.EIO: "I/O error",
}
REMEDIES = {
    "disk full": "free space on the disk that holds it (or pass --storage on another disk), then run the same "
    "command to resume; finished trials are kept",
    "read-only": "make the file and its folder writable (or copy it and pass --storage with the copy), then run "
    "the same command",
    "I/O error": "check that the disk holding it has free space and no errors (df; dmesg) and that no file size "
    "limit applies (ulimit -f), then run the same command to resume; finished trials are kept",
    "corrupt": "restore it from a backup (SQLite: sqlite3 FILE '.recover' | sqlite3 NEW.db), or pass --storage "
    "with a new file",
}


@dataclass(frozen=True)
class Fault:
    cause: str  # a key of REMEDIES
    detail: str  # the driver's own words, one line


def _chain(exc: BaseException) -> list[BaseException]:
    out: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and all(cur is not e for e in out) and len(out) < 20:
        out.append(cur)
        cur = cur.__cause__ or cur.__context__
    return out


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]


def _driver_error(exc: BaseException) -> BaseException:
    """The database driver's own exception behind ``exc`` (its words name the fault best)."""
    for e in _chain(exc):
        orig = getattr(e, "orig", None)
        if isinstance(orig, BaseException):
            return orig
        if (type(e).__module__ or "").startswith(("sqlite3", "psycopg")):
            return e
    return exc


def storage_fault(exc: BaseException) -> Fault | None:
    """The storage fault behind ``exc`` (anywhere in its cause chain), or ``None``."""
    for e in _chain(exc):
        if isinstance(e, OSError) and e.errno in _ERRNOS:
            return Fault(_ERRNOS[e.errno], f"{e.strerror or e}" + (f": {e.filename}" if e.filename else ""))
        if isinstance(e, json.JSONDecodeError) or (isinstance(e, ValueError) and str(e) == "Invalid log format."):
            return Fault("corrupt", f"a record that is not JSON ({_first_line(e)})")
        module = type(e).__module__ or ""
        if module.startswith(("sqlalchemy", "sqlite3", "psycopg")) or type(e).__name__ == "StorageInternalError":
            words = f"{e} {e.__cause__ or ''}".lower()
            for cause, needles in _MESSAGES:
                if any(n in words for n in needles):
                    return Fault(cause, _first_line(_driver_error(e)))
    return None


def fault_error(fault: Fault, storage: str) -> StorageFault:
    """The one-line error for ``fault`` in ``storage``."""
    return StorageFault(f"storage {storage} failed: {fault.cause} ({fault.detail}). Remedy: {REMEDIES[fault.cause]}")


def quiet_storage_fault(exc: BaseException) -> bool:
    """Whether ``exc`` is a storage fault, so that a heartbeat thread drops it silently (the run loop
    meets the same fault at its next write, and stops with one line)."""
    return storage_fault(exc) is not None


def stop_on_fault(exc: BaseException, study: optuna.Study, storage: str, number: int | None) -> StorageFault | None:
    """For a storage fault behind ``exc``: record this process's running trial (number ``number``,
    or any RUNNING trial of this pid) as interrupted where the storage still takes writes, and
    return the one-line error that stops the run. ``None`` when ``exc`` is no storage fault."""
    fault = storage_fault(exc)
    if fault is None:
        return None
    reason = f"interrupted: the storage refused a write ({fault.cause}); resume by running the same command"
    try:
        running = study.get_trials(deepcopy=False, states=(TrialState.RUNNING,))
    except Exception:  # the storage cannot even be read: the trial goes stale instead
        running = []
    for t in running:  # a finished trial (Optuna's own tell may have failed it) takes no more writes
        if t.number == number or t.user_attrs.get(T.WORKER_PID) == os.getpid():
            try:
                study._storage.set_trial_user_attr(t._trial_id, T.FAIL_REASON, reason)
                study._storage.set_trial_state_values(t._trial_id, state=TrialState.FAIL)
            except Exception:  # noqa: S110 - no writes taken: it goes stale, is failed and queued again
                pass
    return fault_error(fault, storage)
