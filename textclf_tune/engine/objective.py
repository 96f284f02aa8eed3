"""One trial: build the model from the trial's hyperparameters, fit it with pruning, record it.
Failures are recorded with a one-line reason; an interrupt is recorded as such and re-raised."""

from __future__ import annotations

import logging
import math
import re
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import optuna
from optuna.trial import FrozenTrial, TrialState

from textclf_tune.engine import runtime as env
from textclf_tune.engine.frames import where_raised
from textclf_tune.engine.opening import position
from textclf_tune.engine.progress import Reporter
from textclf_tune.engine.signals import INTERRUPT, check_interrupt
from textclf_tune.engine.signals import interrupt_behind as _interrupt_behind
from textclf_tune.errors import TrialFailed, TuneError
from textclf_tune.space.sweep import Sweep
from textclf_tune.store.faults import storage_fault
from textclf_tune.store.records import Sys, T

_log = logging.getLogger(__name__)


class Objective:
    """Optuna's objective: one trial = build, fit with pruning, record everything. The test split
    stays sealed unless ``score_test`` (``tune run --score-test``, research only)."""

    def __init__(
        self,
        sweep: Sweep,
        trainer: Any,
        study: optuna.Study,
        reporter: Reporter,
        keeper: Any = None,
        score_test: bool = False,
    ) -> None:
        self.sweep, self.trainer, self.study, self.reporter = sweep, trainer, study, reporter
        self.keeper = keeper  # textclf_tune.store.artifacts.WeightKeeper, or None: weights not kept
        self.score_test = score_test
        self.last_number: int | None = None
        self.last_reason = ""
        self.runtime = env.runtime_info()

    def __call__(self, trial: optuna.Trial) -> float:
        self.last_number = trial.number
        self.last_reason = ""
        is_ref = bool(trial.user_attrs.get(T.IS_REFERENCE))
        seed = self.sweep.training.seed + trial.number
        t0 = time.perf_counter()
        trial.set_user_attr(T.SEED, seed)
        trial.set_user_attr(T.BACKEND, self.runtime["backend"])
        trial.set_user_attr(T.DEVICE, self.runtime["device"])
        trial.set_user_attr(T.VERSIONS, self.runtime["versions"])
        trial.set_user_attr(T.HOSTNAME, self.runtime["host"]["hostname"])
        objective = self.sweep.objective

        def on_epoch(epoch: int, logs: dict[str, float]) -> None:
            check_interrupt()
            self.reporter.epoch(epoch, logs)
            value = logs.get(objective)
            if value is not None and math.isfinite(value):
                trial.report(value, epoch + 1)
                if not is_ref and trial.should_prune():  # the baseline is always measured in full
                    raise optuna.TrialPruned(f"pruned at epoch {epoch + 1}: {objective}={value:.4f}")

        from textclf_tune.space.hp import HyperParameters  # KerasTuner, so Keras: only where trials train

        hp = None
        started = False
        try:
            hp = HyperParameters(trial=trial, where=str(self.sweep.path))
            model = self.trainer.build(hp, seed)
            # A HyperModel's fit may define hyperparameters (batch_size=hp.Choice(...)): sample them
            # now, so the trial's line and records show its whole configuration before it trains.
            self.trainer.define_fit(hp, model)
            maxlen, batch_size = self.trainer.resolve(hp)
            trial.set_user_attr(T.MAXLEN, maxlen)
            trial.set_user_attr(T.BATCH_SIZE, batch_size)
            trial.set_user_attr(T.NUM_WORDS, self.trainer.num_words_for(hp))
            fixed = {k: hp.values[k] for k, v in hp.specs.items() if v["type"] == "Fixed" and k in hp.values}
            if fixed:
                trial.set_user_attr(T.FIXED, fixed)
            if hp.derived:
                trial.set_user_attr(T.DERIVED, hp.derived)
            if hp.unordered:
                trial.set_user_attr(T.UNORDERED, hp.unordered)
            same = None if is_ref else duplicate_of(self.study, trial)
            self.reporter.trial_start(trial.number, position(self.study, trial.number), hp.values, is_ref)
            if same is not None:  # its line shows the values, its end says whose value it reuses
                return self._reuse(trial, same, t0)
            started = True
            result = self.trainer.fit(
                hp,
                seed,
                on_epoch=on_epoch,
                model=model,
                on_batch=self.reporter.batch if self.reporter.wants_batches else None,
                evaluate_test=self.score_test,
                trial_number=trial.number,
            )
        except optuna.TrialPruned as exc:
            self._record_partial(trial, t0)
            self.reporter.trial_end(
                trial.number,
                "PRUNED",
                _last(self.trainer.history.get(objective)),
                None,
                time.perf_counter() - t0,
                str(exc),
            )
            raise
        except KeyboardInterrupt:
            self._record_interrupt(trial, t0)
            raise
        except TuneError as exc:  # the sweep itself is wrong: the run stops; the trial keeps why
            self.last_reason = f"{type(exc).__name__}: {exc}"
            self._record_partial(trial, t0, self.last_reason)
            raise
        except Exception as exc:
            interrupt = _interrupt_behind(exc)
            if interrupt is not None:  # a Ctrl-C that a library's cleanup turned into its own error
                self._record_interrupt(trial, t0)
                raise interrupt from exc
            self.last_reason = _reason(exc)
            self._record_partial(trial, t0, self.last_reason)
            if not started and hp is not None:  # failed in build: show the values it was given so far
                self.reporter.trial_start(trial.number, position(self.study, trial.number), hp.values, is_ref)
            self.reporter.trial_end(trial.number, "FAIL", None, None, time.perf_counter() - t0, self.last_reason)
            if not isinstance(exc, TrialFailed) and storage_fault(exc) is None:  # tune ... --debug shows it
                _log.debug("trial %d failed:", trial.number, exc_info=exc)
            raise
        attrs: dict[str, Any] = {
            T.HISTORY: result.history,
            T.BEST_EPOCH: result.best_epoch,
            T.EPOCHS_RUN: len(result.history.get("loss", [])),
            T.PARAM_COUNT: result.param_count,
            T.TRAIN_SECONDS: round(result.train_seconds, 3),
            T.NOTES: result.notes,
            T.BATCH_SIZE: result.batch_size,  # a HyperModel's fit may have tuned it
        }
        test = result.test_accuracy if self.score_test else None  # sealed: nothing scored, nothing shown
        if self.score_test:
            attrs[T.TEST_ACCURACY], attrs[T.TEST_METRICS] = result.test_accuracy, result.test_metrics
        for key, value in attrs.items():
            trial.set_user_attr(key, value)
        self._keep_weights(trial, result)
        self.reporter.trial_end(trial.number, "COMPLETE", result.best_value, test, time.perf_counter() - t0)
        return result.best_value

    def _reuse(self, trial: optuna.Trial, same: FrozenTrial, t0: float) -> float:
        """Complete ``trial`` with the value of ``same``, which holds the very same configuration."""
        note = f"same configuration as trial {same.number}: its value is reused, nothing trained"
        trial.set_user_attr(T.DUPLICATE_OF, same.number)
        trial.set_user_attr(T.TRAIN_SECONDS, 0.0)
        trial.set_user_attr(T.NOTES, [note])
        for key in (T.BEST_EPOCH, T.EPOCHS_RUN, T.PARAM_COUNT):
            if key in same.user_attrs:
                trial.set_user_attr(key, same.user_attrs[key])
        value = float(same.value)  # type: ignore[arg-type]
        self.reporter.trial_end(trial.number, "COMPLETE", value, None, time.perf_counter() - t0, note)
        return value

    def _keep_weights(self, trial: optuna.Trial, result: Any) -> None:
        """Store the best-epoch model if the trial ranks in the top K. A full disk or a model Keras
        cannot save only warns: the trial still counts, and `tune export` can retrain it."""
        if self.keeper is None:
            return
        try:
            artifact = self.keeper.keep_trial(trial, result.best_value, result.model)
        except KeyboardInterrupt:
            # The trial has trained: it counts. The run stops before the next one (check_interrupt);
            # a Ctrl-C held while saving (store.artifacts.collect_garbage) sets no flag, so set it.
            INTERRUPT.requested = True
            INTERRUPT.signum = INTERRUPT.signum or signal.SIGINT
            note = "interrupted while its weights were being kept: they may be missing (tune export retrains it)"
            trial.set_user_attr(T.NOTES, [*(result.notes or []), note])
            return
        except Exception as exc:
            self.reporter.message(
                f"trial {trial.number}: its weights were not kept ({type(exc).__name__}: {exc}); the trial still counts"
            )
            return
        if artifact is not None:
            trial.set_user_attr(T.WEIGHTS, artifact)

    def _record_interrupt(self, trial: optuna.Trial, t0: float) -> None:
        self.last_reason = "interrupted (SIGINT/SIGTERM); resume by running the same command"
        self._record_partial(trial, t0, self.last_reason)

    def _record_partial(self, trial: optuna.Trial, t0: float, reason: str = "") -> None:
        history = self.trainer.history
        trial.set_user_attr(T.HISTORY, history)
        trial.set_user_attr(T.EPOCHS_RUN, len(history.get("loss", [])))
        trial.set_user_attr(T.TRAIN_SECONDS, round(time.perf_counter() - t0, 3))
        if reason:
            trial.set_user_attr(T.FAIL_REASON, reason)


@contextmanager
def failures_reported_here() -> Iterator[None]:
    """Optuna logs each failed trial as a warning with its traceback (~50 lines); :class:`Objective`
    reports each failure itself in one line with its reason and the user's line it came from, and
    logs the traceback at DEBUG on the ``textclf_tune`` logger (``tune run --debug`` shows it). While
    ``study.optimize`` runs, Optuna's log threshold goes up to ERROR through its public
    ``optuna.logging`` API, unless the user asked for Optuna's own lines (``-v``: INFO or lower),
    which then keep everything."""
    before = optuna.logging.get_verbosity()
    if before == optuna.logging.WARNING:
        optuna.logging.set_verbosity(optuna.logging.ERROR)
    try:
        yield
    finally:
        optuna.logging.set_verbosity(before)


def best_value(study: optuna.Study) -> float | None:
    try:
        return float(study.best_value)
    except ValueError:
        return None


def duplicate_of(study: optuna.Study, trial: optuna.Trial) -> FrozenTrial | None:
    """The first complete trial whose values ``trial`` has just sampled again, or None.

    Small discrete spaces (a few Choices, a quick run) make a sampler propose a configuration the
    study already measured; training it again would spend a trial's hours on a known answer, so its
    value is reused, as Optuna's FAQ suggests and as KerasTuner never retrains a configuration.
    Values asked for on purpose (the reference config, ``tune enqueue``) always train."""
    trials = study.get_trials(deepcopy=False)
    me = next((t for t in trials if t.number == trial.number), None)
    if me is None or me.system_attrs.get(Sys.FIXED_PARAMS):
        return None
    params = trial.params
    for t in trials:
        if t.state == TrialState.COMPLETE and t.value is not None and t.number != trial.number and t.params == params:
            return t
    return None


def _last(values: list[float] | None) -> float | None:
    return values[-1] if values else None


def _reason(exc: BaseException) -> str:
    name = type(exc).__name__
    plain = re.sub(r"\x1b\[[0-9;]*m", "", str(exc))  # Keras prints its cause in bold
    text = [line.strip() for line in plain.strip().splitlines() if line.strip()]
    first = text[0] if text else ""
    if first.startswith("Exception encountered when calling") and len(text) > 1:
        first = f"{first.rstrip('.')}: {text[1]}"  # Keras puts the cause on the next line
    if "ResourceExhausted" in name or "out of memory" in str(exc).lower() or isinstance(exc, MemoryError):
        return f"out of memory: {name}: {first[:300]}"
    if isinstance(exc, TrialFailed):  # the engine's own verdict on the trial: its place in our code says nothing
        return f"{name}: {first[:500]}"
    where = where_raised(exc)
    return f"{name}: {first[:500]}" + (f" at {where}" if where else "")
