"""Run a sweep as an Optuna study: create or resume it, enqueue the reference, train to budget.

The study's budget counts *finished* trials (complete or pruned). Running the same command again
resumes: it runs only what the budget still asks. Failed trials (an exception, a NaN loss, an
interrupt) are recorded with their reason and do not count; a killed worker's trial goes stale
through Optuna's heartbeat, is marked failed and is enqueued again.
"""

from __future__ import annotations

import numbers
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Any

import optuna

from textclf_tune.engine.objective import Objective, best_value, failures_reported_here
from textclf_tune.engine.opening import (
    counts,
    enqueue_reference,
    fail_stale,
    open_study,
    requeue_stopped,
    waiting_note,
)
from textclf_tune.engine.progress import LogReporter, Reporter, StudyInfo, seconds_per_epoch
from textclf_tune.engine.runtime import freeze_heap, unused_gpu_note
from textclf_tune.engine.schedulers import check_schedulers, pruner_note
from textclf_tune.engine.setup import load_data, make_trainer, probe_space, study_name_for
from textclf_tune.engine.signals import (
    GRACEFUL_STOP,
    STOP_SIGNAL_NAME,
    check_interrupt,
    interrupts_armed,
)
from textclf_tune.errors import CallbackError, StudyError, TuneError
from textclf_tune.parallel.workers import SurplusTrial, WorkerObjective
from textclf_tune.space.sweep import Sweep
from textclf_tune.store.artifacts import DEFAULT_KEEP, WeightKeeper
from textclf_tune.store.faults import stop_on_fault
from textclf_tune.store.records import S, opening_record, record_opening
from textclf_tune.store.storage import default_storage, open_storage

__all__ = [
    "RunConfig",
    "run_study",
    "load_data",
    "make_trainer",
    "probe_space",
    "study_name_for",
    "open_study",
    "GRACEFUL_STOP",
]

#: Builds the object that trains each trial: ``(sweep, dataset, quick) -> trainer``.
TrainerFactory = Callable[[Sweep, Any, bool], Any]

#: Seconds between looks at the storage while other workers run the study's last trials.
WAIT_POLL_SECONDS = 2.0


@dataclass
class RunConfig:
    """How ``tune run`` runs a sweep. Samplers and pruners may be names or Optuna objects."""

    #: Default: ``$TEXTCLF_STORAGE`` when set, else ``sqlite:///runs/studies.db`` (as the CLI).
    storage: str = field(default_factory=default_storage)
    study_name: str | None = None
    trials: int | None = None
    sampler: str | optuna.samplers.BaseSampler = "tpe"
    pruner: str | optuna.pruners.BasePruner = "median"
    seed: int = 0
    quick: bool = False
    max_failures: int = 5
    #: Seconds after which no new trial starts (the running one finishes); ``None``: no limit.
    timeout: float | None = None
    data_dir: str | None = None
    #: Name of a study in the same storage whose finished trials seed this new one (see warmstart).
    warm_start: str | None = None
    #: Score every trial on test as it finishes (research only): the study is then marked "test
    #: seen during search" everywhere it is shown. Off by default: the test split stays sealed.
    score_test: bool = False
    worker: int = 0
    command: str = ""
    extra_attrs: dict[str, Any] = field(default_factory=dict)
    #: Optuna callbacks ``f(study, frozen_trial)``, called after each trial ends (optuna-integration's
    #: MLflowCallback, WeightsAndBiasesCallback, TensorBoardCallback, or your own).
    callbacks: list[Callable[[optuna.Study, optuna.trial.FrozenTrial], None]] = field(default_factory=list)
    #: Folder of the artifact store that keeps the best trials' weights (default: beside a SQLite file).
    artifacts: str | None = None
    #: How many of the best trials keep their weights (0: none); see textclf_tune.store.artifacts.
    keep_weights: int = DEFAULT_KEEP
    #: Called once the data and space are ready, before the study is opened: a launched worker
    #: other than 0 waits here until worker 0 has created the study and queued the reference.
    before_study: Callable[[], None] | None = None
    #: What trains each trial: ``f(sweep, dataset, quick) -> trainer`` (default: ``make_trainer``, a
    #: Keras :class:`~textclf_tune.engine.training.Trainer`). A seam for benchmarks that replay
    #: recorded training (``python -m bench.replay``); users leave it alone.
    trainer_factory: TrainerFactory | None = None

    def __post_init__(self) -> None:
        # The CLI checks its flags; these are the same rules for run_study's callers.
        def at_least(name: str, value: Any, low: int, remedy: str) -> None:
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < low
            ):
                raise TuneError(f"RunConfig({name}={value!r}): {name} must be a whole number >= {low}; {remedy}")

        at_least("trials", self.trials, 1, "pass None for the sweep's budget")
        at_least("max_failures", self.max_failures, 1, "the run stops after this many failed trials in a row")
        at_least("keep_weights", self.keep_weights, 0, "pass 0 to keep no weights")
        at_least("worker", self.worker, 0, "workers are numbered 0, 1, ...")
        if self.timeout is not None and not (isinstance(self.timeout, numbers.Real) and self.timeout > 0):
            raise TuneError(f"RunConfig(timeout={self.timeout!r}): timeout must be > 0 seconds; pass None for no limit")


class _StopRecorder:
    """The study as a callback sees it: every attribute is the study's, and ``stop()`` also tells
    ``run_study``, whose loop runs one trial per ``optimize`` call and would otherwise miss it."""

    def __init__(self, study: optuna.Study, name: str, stopped_by: list[str]) -> None:
        self._study, self._name, self._stopped_by = study, name, stopped_by

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._study, attr)

    def stop(self) -> None:
        self._stopped_by.append(self._name)
        self._study.stop()


def _stoppable(
    callback: Callable[[optuna.Study, optuna.trial.FrozenTrial], None], stopped_by: list[str]
) -> Callable[[optuna.Study, optuna.trial.FrozenTrial], None]:
    name = getattr(callback, "__name__", None) or type(callback).__name__

    def call(study: optuna.Study, trial: optuna.trial.FrozenTrial) -> None:
        try:
            callback(_StopRecorder(study, name, stopped_by), trial)  # type: ignore[arg-type]
        except Exception as exc:  # the user's code: stop as optimize would, but say so (not a failed trial)
            raise CallbackError(
                f"callback {name} raised {type(exc).__name__}: {exc} after trial {trial.number} (recorded "
                f"{trial.state.name.lower()}), so the run stops; fix the callback and run the same command to go on"
            ) from exc

    return call


#: ``stopped_by``'s entry for a ``study.stop()`` that no callback made: the sampler's (Optuna's
#: GridSampler and BruteForceSampler stop the study once every configuration is tried).
SAMPLER_STOP = "<sampler>"


@contextmanager
def _stops_recorded(study: optuna.Study, stopped_by: list[str], who: str) -> Iterator[None]:
    """Record every ``study.stop()`` in ``stopped_by`` while the loop runs: it runs one trial per
    ``optimize`` call, which ends anyway, so a sampler's stop would otherwise be lost and the loop
    would go on repeating finished configurations. A callback's stop is named first by _StopRecorder."""
    stop = study.stop

    def recorded() -> None:
        stopped_by.append(who)
        stop()

    study.stop = recorded  # type: ignore[method-assign]
    try:
        yield
    finally:
        del study.stop  # the class's method again


def _exhausted(sampler: str, finished: int, budget: int) -> str:
    return (
        f"the sampler {sampler} stopped the study at {finished}/{budget} finished trials: it has no new "
        "configuration to try (Optuna's grid and brute-force samplers stop once every one is tried); "
        "more trials would repeat finished ones; widen the space or choose another sampler"
    )


def run_study(sweep: Sweep, cfg: RunConfig, reporter: Reporter | None = None, dataset: Any = None) -> optuna.Study:
    """Run ``sweep`` until its study holds ``cfg.trials`` (or the sweep's budget) finished trials.
    Without a ``reporter``, its messages go to Optuna's logger (:class:`LogReporter`)."""
    reporter = reporter or LogReporter()
    check_schedulers(cfg.sampler, cfg.pruner)  # before anything is loaded or created
    storage = open_storage(cfg.storage)  # a bad URL fails before minutes of data loading
    if dataset is None:
        dataset = load_data(sweep, cfg.quick, cfg.data_dir, reporter)
    trainer = (cfg.trainer_factory or make_trainer)(sweep, dataset, cfg.quick)
    space = probe_space(sweep, trainer, say=reporter.message if cfg.worker == 0 else None)
    freeze_heap()  # every trial's two collections (clear_session, the weight keeper) then skip set-up's objects
    if cfg.before_study is not None:
        cfg.before_study()
    study = open_study(sweep, cfg, space, getattr(dataset, "meta", {}), storage, say=reporter.message)
    budget = int(study.user_attrs[S.BUDGET])
    default = study_name_for(sweep, cfg.quick)
    if not cfg.study_name and study.study_name != default:
        reporter.message(
            f"study {default!r} was continued in {study.study_name!r} by a warm start: running "
            f"{study.study_name!r} (pass --study-name {default} for the old one)"
        )
    warm = study.user_attrs.get(S.WARM_START)
    if cfg.warm_start and warm:
        skipped = "".join(f"\n  trial {n} skipped: {why}" for n, why in warm["skipped"].items())
        reporter.message(
            f"warm start from {warm['study']!r}: {len(warm['copied'])} finished trials copied, "
            f"{len(warm['skipped'])} skipped{skipped}"
        )
    fail_stale(study)
    note = enqueue_reference(study, sweep, space)
    if note:
        reporter.message(f"note: {note}")
    again = requeue_stopped(study)
    if again:
        reporter.message(
            f"enqueued trial(s) {', '.join(map(str, again))} were cut short before they finished: queued again"
        )
    if cfg.score_test:
        study.set_user_attr(S.TEST_SEEN_DURING_SEARCH, True)
        record_opening(
            study, opening_record(cfg.command or "run_study", "score every trial (--score-test)", "every trial")
        )
        reporter.message(
            "--score-test: every trial is scored on test as it finishes; the study is marked 'test seen during search'"
        )
    keeper = WeightKeeper.open(study, cfg.storage, storage, cfg.artifacts, cfg.keep_weights)
    objective = Objective(sweep, trainer, study, reporter, keeper, score_test=cfg.score_test)
    guarded = WorkerObjective(objective, study, budget, cfg.worker)  # worker attrs; no trial past budget
    c = counts(study)
    best = best_value(study)
    reporter.study_start(
        StudyInfo(
            study_name=study.study_name,
            storage=cfg.storage,
            budget=budget,
            finished=c["COMPLETE"] + c["PRUNED"],
            epochs=trainer.epochs,
            objective=sweep.objective,
            reference_accuracy=sweep.reference_accuracy,
            best_value=best,
            quick=cfg.quick,
            seconds_per_epoch=seconds_per_epoch(study.get_trials(deepcopy=False)),
            direction=sweep.direction,
        )
    )
    epochs = sweep.quick.epochs if cfg.quick else sweep.training.epochs
    firsts = (*sweep.notes, pruner_note(cfg.pruner, epochs, budget))
    for note in (*(firsts if cfg.worker == 0 else ()), unused_gpu_note(objective.runtime)):
        if note:
            reporter.message(f"note: {note}")
    consecutive_failures = 0
    stopped_by: list[str] = []  # who called study.stop(): the run ends after its trial
    callbacks = [_stoppable(cb, stopped_by) for cb in cfg.callbacks]
    sampler_name = type(study.sampler).__name__
    waited_for: set[int] = set()
    deadline = None if cfg.timeout is None else time.monotonic() + cfg.timeout
    stop = GRACEFUL_STOP
    installed_here = stop.install()
    armed = ExitStack()
    armed.enter_context(interrupts_armed())  # Ctrl-C and SIGTERM raise and are remembered (signals.INTERRUPT)
    armed.enter_context(_stops_recorded(study, stopped_by, SAMPLER_STOP))
    try:
        while True:
            check_interrupt()  # one that arrived while the data loaded and Python had to drop
            fail_stale(study, reporter)
            c = counts(study)
            finished = c["COMPLETE"] + c["PRUNED"]
            if finished >= budget:
                if c["WAITING"]:
                    n = c["WAITING"]
                    reporter.message(
                        f"{n} enqueued trial{'s wait' if n > 1 else ' waits'} beyond the budget of {budget}: "
                        f"--trials {finished + n} trains {'them' if n > 1 else 'it'}"
                    )
                break
            if deadline is not None and time.monotonic() >= deadline:
                reporter.message(
                    f"--timeout of {cfg.timeout:g} s reached at {finished}/{budget} finished trials; "
                    "run the same command to go on"
                )
                break
            if stop.requested:
                reporter.message(
                    f"{STOP_SIGNAL_NAME} received: stopped after the running trial, at "
                    f"{finished}/{budget} finished trials; run the same command to go on"
                )
                break
            if isinstance(study.sampler, optuna.samplers.GridSampler) and study.sampler.is_exhausted(study):
                reporter.message(_exhausted(sampler_name, finished, budget))  # before a repeat, on resume too
                break
            if finished + c["RUNNING"] >= budget:
                # Other workers hold the last trials; wait, so that the study ends at exactly its budget.
                note = waiting_note(study, waited_for)
                if note:
                    reporter.message(note)
                time.sleep(WAIT_POLL_SECONDS)
                continue
            try:
                # Optuna marks the trial FAIL and re-raises; a TuneError (the sweep is wrong) stops the run.
                with failures_reported_here():
                    study.optimize(guarded, n_trials=1, callbacks=callbacks)
                consecutive_failures = 0
                if stopped_by:
                    c = counts(study)
                    finished = c["COMPLETE"] + c["PRUNED"]
                    reporter.message(
                        _exhausted(sampler_name, finished, budget)
                        if stopped_by[0] == SAMPLER_STOP
                        else f"study.stop() called by callback {stopped_by[0]}: stopped at "
                        f"{finished}/{budget} finished trials; run the same command to go on"
                    )
                    break
            except SurplusTrial:
                continue  # another worker's trial filled the budget first; not a failure
            except TuneError:
                raise
            except Exception as exc:
                fault = stop_on_fault(exc, study, cfg.storage, objective.last_number)
                if fault is not None:  # disk full, read-only, corrupt: no later trial can be recorded either
                    raise fault from None
                consecutive_failures += 1
                if consecutive_failures >= cfg.max_failures:
                    why = objective.last_reason or f"{type(exc).__name__}: {str(exc).strip()[:300]}"
                    raise StudyError(
                        f"{consecutive_failures} trial{'s' if consecutive_failures > 1 else ''} failed in a row, "
                        "so the run stops. The last one "
                        f"(trial {objective.last_number}) failed with: {why}\nFix the cause "
                        "and run the same command to resume (add --debug for each failure's traceback); failed "
                        "trials stay recorded and do not count."
                    ) from None
    finally:
        armed.close()
        if installed_here:
            stop.restore()
        reporter.close()
    return study
