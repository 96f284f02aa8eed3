"""One trial: build the model from the trial's hyperparameters, fit it with pruning, record it.
Failures are recorded with a one-line reason; an interrupt is recorded as such and re-raised."""

from __future__ import annotations

import logging
import math
import time
import traceback
from typing import Any

import optuna

from textclf_tune.engine import runtime as env
from textclf_tune.engine.opening import counts
from textclf_tune.engine.progress import Reporter
from textclf_tune.errors import TrialFailed, TuneError
from textclf_tune.parallel.workers import SurplusTrial
from textclf_tune.space.hp import HyperParameters
from textclf_tune.space.sweep import Sweep
from textclf_tune.store.records import T


class Objective:
    """Optuna's objective: one trial = build, fit with pruning, score test, record everything."""

    def __init__(self, sweep: Sweep, trainer: Any, study: optuna.Study, reporter: Reporter, keeper: Any = None) -> None:
        self.sweep, self.trainer, self.study, self.reporter = sweep, trainer, study, reporter
        self.keeper = keeper  # textclf_tune.store.artifacts.WeightKeeper, or None: weights not kept
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
            self.reporter.epoch(epoch, logs)
            value = logs.get(objective)
            if value is not None and math.isfinite(value):
                trial.report(value, epoch + 1)
                if not is_ref and trial.should_prune():  # the baseline is always measured in full
                    raise optuna.TrialPruned(f"pruned at epoch {epoch + 1}: {objective}={value:.4f}")

        try:
            hp = HyperParameters(trial=trial, where=str(self.sweep.path))
            model = self.trainer.build(hp, seed)
            maxlen, batch_size = self.trainer.resolve(hp)
            trial.set_user_attr(T.MAXLEN, maxlen)
            trial.set_user_attr(T.BATCH_SIZE, batch_size)
            if any(v.get("type") == "Fixed" for v in hp.space.values()):
                trial.set_user_attr(T.FIXED, {k: v["value"] for k, v in hp.space.items() if v["type"] == "Fixed"})
            finished = counts(self.study)
            index = finished["COMPLETE"] + finished["PRUNED"] + 1
            self.reporter.trial_start(trial.number, index, hp.values, is_ref)
            result = self.trainer.fit(
                hp,
                seed,
                on_epoch=on_epoch,
                model=model,
                on_batch=self.reporter.batch if self.reporter.wants_batches else None,
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
        except TuneError:
            raise  # the sweep itself is wrong: stop, do not record it as a trial's fault
        except Exception as exc:
            interrupt = _interrupt_behind(exc)
            if interrupt is not None:  # a Ctrl-C that a library's cleanup turned into its own error
                self._record_interrupt(trial, t0)
                raise interrupt from exc
            self.last_reason = _reason(exc)
            self._record_partial(trial, t0, self.last_reason)
            self.reporter.trial_end(trial.number, "FAIL", None, None, time.perf_counter() - t0, self.last_reason)
            raise
        attrs = {
            "history": result.history,
            "best_epoch": result.best_epoch,
            "epochs_run": len(result.history.get("loss", [])),
            "test_accuracy": result.test_accuracy,
            "test_metrics": result.test_metrics,
            "param_count": result.param_count,
            "train_seconds": round(result.train_seconds, 3),
            "notes": result.notes,
        }
        for key, value in attrs.items():
            trial.set_user_attr(key, value)
        self._keep_weights(trial, result)
        self.reporter.trial_end(
            trial.number, "COMPLETE", result.best_value, result.test_accuracy, time.perf_counter() - t0
        )
        return result.best_value

    def _keep_weights(self, trial: optuna.Trial, result: Any) -> None:
        """Store the best-epoch model if the trial ranks in the top K. A full disk or a model Keras
        cannot save only warns: the trial still counts, and `tune export` can retrain it."""
        if self.keeper is None:
            return
        try:
            artifact = self.keeper.keep_trial(trial, result.best_value, result.model)
        except KeyboardInterrupt:  # held while saving (store.artifacts.collect_garbage), raised after
            self.last_reason = (
                "interrupted (SIGINT/SIGTERM) while keeping its weights; resume by running the same command"
            )
            trial.set_user_attr(T.FAIL_REASON, self.last_reason)
            raise
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


def _interrupt_behind(exc: BaseException) -> KeyboardInterrupt | None:
    """The KeyboardInterrupt that ``exc`` was raised while handling, if any. A SIGINT that lands inside
    TensorFlow's device-scope context manager surfaces as its RuntimeError ("Exiting device scope
    without proper scope nesting"), with the interrupt as ``__context__``: it is still a Ctrl-C."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        if isinstance(cur, KeyboardInterrupt):
            return cur
        seen.add(id(cur))
        cur = cur.__cause__ or cur.__context__
    return None


class _ExpectedFailureFilter(logging.Filter):
    """Drops Optuna's warnings (and ~50-line tracebacks) for trial failures this module reports
    itself in one line: an interrupt, a NaN loss, a trial past the budget. Other exceptions keep
    Optuna's traceback: that is where a bug in ``build`` shows."""

    def __init__(self) -> None:
        super().__init__()
        self._dropped_last = False  # Optuna follows each failure warning with a "failed with value" line

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[0] if record.exc_info else None
        if exc is not None and issubclass(exc, (KeyboardInterrupt, SurplusTrial, TrialFailed)):
            self._dropped_last = True
            return False
        if record.getMessage().endswith("failed with value None.") and self._dropped_last:
            self._dropped_last = False
            return False
        self._dropped_last = False
        return True


_FAILURE_FILTER = _ExpectedFailureFilter()


def quiet_expected_failures() -> None:
    """Install :class:`_ExpectedFailureFilter` on Optuna's optimize logger (once)."""
    log = logging.getLogger("optuna.study._optimize")
    if _FAILURE_FILTER not in log.filters:
        log.addFilter(_FAILURE_FILTER)


def best_value(study: optuna.Study) -> float | None:
    try:
        return float(study.best_value)
    except ValueError:
        return None


def _last(values: list[float] | None) -> float | None:
    return values[-1] if values else None


def _reason(exc: BaseException) -> str:
    name = type(exc).__name__
    text = str(exc).strip().splitlines()
    first = text[0] if text else ""
    if "ResourceExhausted" in name or "out of memory" in str(exc).lower() or isinstance(exc, MemoryError):
        return f"out of memory: {name}: {first[:300]}"
    where = traceback.extract_tb(exc.__traceback__)
    loc = f" at {where[-1].filename}:{where[-1].lineno}" if where else ""
    return f"{name}: {first[:500]}{loc}"
