"""The hooks a run calls as it goes (data load, study start, trial start, batch, epoch, trial end).
The base is silent; ``textclf_tune.cli.progress.RichReporter`` draws them on a terminal or as log
lines; :class:`LogReporter`, ``run_study``'s default, logs the messages through Optuna's logger. :class:`Clock` turns measured batch and epoch times into the estimates a reporter shows."""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from typing import Any

from optuna.trial import FrozenTrial, TrialState

from textclf_tune.store.records import TrialRecord


@dataclass
class StudyInfo:
    study_name: str
    storage: str
    budget: int
    finished: int
    epochs: int
    objective: str
    reference_accuracy: float | None
    best_value: float | None
    #: A ``--quick`` study: a plumbing check on a subsample, not comparable with the reference.
    quick: bool = False
    #: Median seconds per epoch of the study's stored complete trials (``None``: none timed yet).
    seconds_per_epoch: float | None = None
    #: ``"maximize"`` or ``"minimize"``: what the study does with ``objective``.
    direction: str = "maximize"


class Reporter:
    """Silent base: every hook is a no-op. Subclass to show or log progress."""

    #: Whether :meth:`batch` should be called: a per-batch callback slows training a little.
    wants_batches: bool = False

    def data_loading(self, dataset: str, estimate_seconds: float | None) -> None:
        """The encoded cache missed: ``dataset`` is being read and encoded (once; cached after)."""

    def data_loaded(self, dataset: str, seconds: float, cached: bool, sizes: dict[str, int]) -> None:
        """``dataset`` is ready: from the cache or freshly encoded; ``sizes``: examples per split."""

    def study_start(self, info: StudyInfo) -> None: ...
    def trial_start(self, number: int, index: int, params: dict[str, Any], is_reference: bool) -> None: ...
    def batch(self, step: int, steps: int) -> None: ...
    def epoch(self, epoch: int, logs: dict[str, float]) -> None: ...
    def trial_end(
        self,
        number: int,
        state: str,
        value: float | None,
        test_accuracy: float | None,
        seconds: float,
        reason: str = "",
    ) -> None: ...
    def message(self, text: str) -> None: ...
    def close(self) -> None: ...


#: The logger of :class:`LogReporter`: a child of Optuna's, so it shares its handler and verbosity.
LOGGER_NAME = "optuna.textclf_tune"


class LogReporter(Reporter):
    """``run_study``'s reporter when none is given (Python use): its messages (data notes, why a run
    stopped, a stale trial queued again) go to Optuna's logger beside Optuna's own "Trial N
    finished" lines, and ``optuna.logging.set_verbosity`` quiets both."""

    def message(self, text: str) -> None:
        import optuna

        optuna.logging.get_logger(LOGGER_NAME).info(text)


def seconds_per_epoch(trials: list[FrozenTrial]) -> float | None:
    """Median training seconds per epoch over the complete trials that recorded both figures."""
    rates = []
    for t in trials:
        r = TrialRecord.of(t)
        if r.state == TrialState.COMPLETE and r.train_seconds and r.epochs_run:
            rates.append(r.train_seconds / r.epochs_run)
    return statistics.median(rates) if rates else None


@dataclass
class Clock:
    """Estimates from measured times: this epoch, this trial and the rest of the study.

    The batches seen so far in the running epoch time it (seconds per batch × batches); between
    epochs, the epochs of this trial do; before any, the epochs of earlier trials of this run, then the
    study's stored epochs (``prior``). Trials still to run take the mean of this run's finished
    trials, or the epoch cap × seconds per epoch until one has finished: an upper bound, since early
    stopping and pruning end trials sooner. ``now`` is injectable for tests."""

    budget_epochs: int
    prior: float | None = None
    now: Any = time.monotonic
    epochs_done: list[float] = field(default_factory=list)  # every epoch timed in this run
    trial_seconds: list[float] = field(default_factory=list)
    _trial_epochs: list[float] = field(default_factory=list)
    _epochs: int = 0
    _epoch_t0: float = 0.0
    _step: int = 0
    _steps: int = 0

    def start_trial(self, epochs: int) -> None:
        self._epochs, self._trial_epochs = epochs, []
        self._epoch_t0, self._step, self._steps = self.now(), 0, 0

    def batch(self, step: int, steps: int) -> None:
        self._step, self._steps = step, steps

    def end_epoch(self) -> float:
        """Record the epoch just ended; returns its seconds."""
        t = self.now()
        seconds = t - self._epoch_t0
        self._trial_epochs.append(seconds)
        self.epochs_done.append(seconds)
        self._epoch_t0, self._step = t, 0
        return seconds

    def end_trial(self, seconds: float) -> None:
        self.trial_seconds.append(seconds)

    def epoch_seconds(self) -> float | None:
        """The expected length of one epoch of the running trial."""
        if self._step >= 1 and self._steps:  # the running epoch's batches: the freshest measure
            return (self.now() - self._epoch_t0) / self._step * self._steps
        if self._trial_epochs:
            return statistics.mean(self._trial_epochs)
        if self.epochs_done:
            return statistics.median(self.epochs_done)
        return self.prior

    def epoch_left(self) -> float | None:
        per = self.epoch_seconds()
        return None if per is None else max(per - (self.now() - self._epoch_t0), 0.0)

    def trial_left(self) -> float | None:
        if self._epochs and len(self._trial_epochs) >= self._epochs:
            return 0.0  # every epoch is done; only the test evaluation is left
        per, now_left = self.epoch_seconds(), self.epoch_left()
        if per is None or now_left is None:
            return None
        return now_left + max(self._epochs - len(self._trial_epochs) - 1, 0) * per

    def per_trial(self) -> float | None:
        if self.trial_seconds:
            return statistics.mean(self.trial_seconds)
        per = self.epoch_seconds()
        return None if per is None else per * self.budget_epochs

    def study_left(self, trials_after_this: int) -> float | None:
        """Seconds until the budget is reached, counting the running trial and ``trials_after_this``."""
        running, per = self.trial_left(), self.per_trial()
        if running is None or per is None:
            return None
        return running + max(trials_after_this, 0) * per


def duration(seconds: float | None) -> str:
    """``1:02:03`` / ``4:05`` for an estimate, ``?`` when there is none yet."""
    if seconds is None:
        return "?"
    s = int(round(seconds))
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"
