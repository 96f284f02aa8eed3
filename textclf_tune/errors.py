"""User-facing errors.

Every error a user can cause by input (a file, a value, a flag) is a :class:`TuneError` whose
message states the rule, the value received and the remedy. The CLI prints these without a
traceback; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations


class TuneError(Exception):
    """An error caused by user input: bad file, bad value, missing data."""


class DataError(TuneError):
    """A dataset, archive or embedding file is missing, corrupt or malformed."""


class SweepError(TuneError):
    """A sweep file or search space is invalid."""


class StudyError(TuneError):
    """A study cannot be created or resumed as asked (fingerprint mismatch, bad storage)."""


class CallbackError(TuneError):
    """An Optuna callback given to the run raised: the run stops, as ``study.optimize`` does, and
    says which callback, what it raised and after which (recorded) trial."""


class TrialFailed(RuntimeError):
    """Training broke in a way that is the configuration's fault (NaN loss, no finite objective):
    the trial is recorded as failed with this message and the study goes on."""


class StorageFault(StudyError):
    """The storage refused a read or write: disk full, a read-only file, a corrupt database."""
