"""Run a sweep as an Optuna study: create or resume it, enqueue the reference, train to budget.

The study's budget counts *finished* trials (complete or pruned). Running the same command again
resumes: it runs only what the budget still asks. Failed trials (an exception, a NaN loss, an
interrupt) are recorded with their reason and do not count; a killed worker's trial goes stale
through Optuna's heartbeat, is marked failed and is enqueued again.
"""

from __future__ import annotations

import logging
import math
import signal
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from types import FrameType
from typing import Any

import optuna
from optuna.trial import TrialState

from textclf_tune import env
from textclf_tune.errors import StudyError, SweepError, TrialFailed, TuneError
from textclf_tune.fingerprint import differences, fingerprint, require_same_data
from textclf_tune.hp import HyperParameters
from textclf_tune.progress import Reporter, StudyInfo
from textclf_tune.schedulers import make_pruner, make_sampler
from textclf_tune.storage import DEFAULT_STORAGE, fail_stale_trials, open_storage
from textclf_tune.sweep import Sweep
from textclf_tune.workers import SurplusTrial, WorkerObjective

FINISHED = (TrialState.COMPLETE, TrialState.PRUNED)
#: Seconds between looks at the storage while other workers run the study's last trials.
WAIT_POLL_SECONDS = 2.0


@dataclass
class RunConfig:
    """How ``tune run`` runs a sweep. Samplers and pruners may be names or Optuna objects."""

    storage: str = DEFAULT_STORAGE
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
    worker: int = 0
    command: str = ""
    extra_attrs: dict[str, Any] = field(default_factory=dict)
    #: Called once the data and space are ready, before the study is opened: a launched worker
    #: other than 0 waits here until worker 0 has created the study and queued the reference.
    before_study: Callable[[], None] | None = None


def study_name_for(sweep: Sweep, quick: bool) -> str:
    return sweep.name + ("-quick" if quick else "")


def load_data(sweep: Sweep, quick: bool, data_dir: str | None = None) -> Any:
    """The sweep's dataset, subsampled for the quick preset."""
    from textclf_tune.data import load_dataset

    options = dict(sweep.data.options)
    if data_dir is not None:
        options["data_dir"] = data_dir
    dataset = load_dataset(sweep.data.name, **options)
    if quick:
        q = sweep.quick
        dataset = dataset.subsample(q.n_train, q.n_val, q.n_test, seed=sweep.training.seed)
    return dataset


def make_trainer(sweep: Sweep, dataset: Any, quick: bool) -> Any:
    from textclf_tune.training import Trainer  # imports Keras

    if quick:
        return Trainer(sweep, dataset, epochs=sweep.quick.epochs, max_maxlen=sweep.quick.max_maxlen)
    return Trainer(sweep, dataset)


def probe_space(sweep: Sweep, trainer: Any) -> dict[str, dict[str, Any]]:
    """Build the reference config once (no training): checks it is a point of the space and
    returns the space it walks through. Without a reference config, one random point is built.
    No ``clear_session()`` first: the next trial's build clears this model away anyway."""
    if sweep.reference_config:
        hp = HyperParameters(values=sweep.reference_config, where=f"{sweep.path}: reference_config")
        trainer.build(hp, seed=0, clear=False)
        unused = sorted(set(sweep.reference_config) - set(hp.space))
        if unused:
            raise SweepError(
                f"{sweep.path}: reference_config names {unused}, which build(hp) never defines; "
                f"defined: {sorted(hp.space)}. Fix the names or remove them"
            )
    else:
        trial = optuna.create_study(sampler=optuna.samplers.RandomSampler(seed=0)).ask()
        hp = HyperParameters(trial=trial, where=str(sweep.path))
        trainer.build(hp, seed=0, clear=False)
    return hp.space


def open_study(sweep: Sweep, cfg: RunConfig, space: dict[str, dict[str, Any]], data_meta: dict[str, Any],
               storage: optuna.storages.BaseStorage | None = None) -> optuna.Study:
    """Create the study, or load it and refuse when its fingerprint differs from the sweep's."""
    name = cfg.study_name or study_name_for(sweep, cfg.quick)
    storage = storage or open_storage(cfg.storage)
    if not cfg.study_name and not cfg.warm_start:  # the sweep's own name: resume its latest continuation
        from textclf_tune.warmstart import latest_continuation

        name = latest_continuation(storage, name)[-1]
    fp = fingerprint(space, sweep.settings(cfg.quick))
    study = optuna.create_study(storage=storage, study_name=name, direction=sweep.direction, load_if_exists=True)
    old = study.user_attrs.get("fingerprint")
    if old is None:
        if cfg.warm_start:
            _warm_start(study, cfg, fp, space, storage, data_meta)
        attrs = {
            "fingerprint": fp,
            "sweep_file": str(sweep.path),
            "sweep_name": sweep.name,
            "description": sweep.description,
            "objective": sweep.objective,
            "reference_accuracy": sweep.reference_accuracy,
            "reference_config": sweep.reference_config,
            "quick": cfg.quick,
            "data": {k: v for k, v in data_meta.items() if _jsonable(v)},
            **cfg.extra_attrs,
        }
        for key, value in attrs.items():
            study.set_user_attr(key, value)
    elif cfg.warm_start and (study.user_attrs.get("warm_start") or {}).get("study") != cfg.warm_start:
        raise StudyError(
            f"--warm-start {cfg.warm_start!r}: study {name!r} already exists in {cfg.storage}, and warm start "
            "only seeds a new study. Remedy: drop --warm-start to resume it, or pass a new --study-name."
        )
    if old is not None:
        if old.get("hash") != fp["hash"]:
            changes = differences(old, fp)
            raise StudyError(
                f"study {name!r} in {cfg.storage} was created from a different sweep, so its trials are not "
                "comparable:\n  - " + "\n  - ".join(changes or ["(settings differ)"]) +
                f"\nRemedy: pass --study-name NEW to start a new study (add --warm-start {name} to carry over its "
                f"finished trials that fit the edited space), or restore {sweep.path} as it was."
            )
        require_same_data(
            study.user_attrs.get("data") or {}, data_meta,
            f"study {name!r} in {cfg.storage} was trained on other data than the sweep loads now, so its trials "
            "are not comparable",
            "load the data the study used (the same archive and textclf-tune version), or pass --study-name NEW "
            "to start a new study.")
    budget = cfg.trials or (sweep.quick.trials if cfg.quick else sweep.budget)
    study.set_user_attr("budget", budget)
    if cfg.command:
        study.set_user_attr("command", cfg.command)
    n_existing = len(study.get_trials(deepcopy=False))
    seed = cfg.seed + n_existing + 10007 * cfg.worker  # a resumed session must not replay old samples
    study.sampler = cfg.sampler if not isinstance(cfg.sampler, str) else make_sampler(cfg.sampler, seed)
    epochs = sweep.quick.epochs if cfg.quick else sweep.training.epochs
    study.pruner = cfg.pruner if not isinstance(cfg.pruner, str) else make_pruner(cfg.pruner, epochs)
    return study


def _warm_start(study: optuna.Study, cfg: RunConfig, fp: dict[str, Any], space: dict[str, dict[str, Any]],
                storage: optuna.storages.BaseStorage, data_meta: dict[str, Any]) -> None:
    """Copy ``cfg.warm_start``'s finished trials into the new ``study`` (before its fingerprint is set)."""
    from textclf_tune.warmstart import check_compatible, copy_trials

    if cfg.warm_start == study.study_name:
        raise StudyError(f"--warm-start {cfg.warm_start!r} names the study being created; name the old study")
    if cfg.warm_start not in optuna.get_all_study_names(storage=storage):
        raise StudyError(f"--warm-start {cfg.warm_start!r}: no such study in {cfg.storage}; "
                         "see tune leaderboard for the names")
    if study.get_trials(deepcopy=False):
        raise StudyError(
            f"study {study.study_name!r} holds trials but no fingerprint (an earlier warm start was cut short). "
            f"Remedy: optuna delete-study --study-name {study.study_name} --storage {cfg.storage}, then run again."
        )
    source = optuna.load_study(study_name=cfg.warm_start, storage=storage)
    check_compatible(source, fp)
    require_same_data(source.user_attrs.get("data") or {}, data_meta,
                      f"--warm-start {cfg.warm_start!r}: its trials were trained on other data than this sweep loads now",
                      "run without --warm-start.")
    result = copy_trials(source, study, space)
    study.set_user_attr("warm_start", result.as_attr())
    source.set_user_attr("continued_in", study.study_name)


def counts(study: optuna.Study) -> dict[str, int]:
    out = {s.name: 0 for s in TrialState}
    for t in study.get_trials(deepcopy=False):
        out[t.state.name] += 1
    return out


def fail_stale(study: optuna.Study, reporter: Reporter | None = None) -> None:
    """Fail trials whose worker died (no heartbeat, on RDB and journal storages) and enqueue them again."""
    numbers = fail_stale_trials(study)
    if numbers and reporter is not None:
        reporter.message(f"trial(s) {', '.join(map(str, numbers))} went stale (worker killed or hung): "
                         "marked failed and queued again")


def enqueue_reference(study: optuna.Study, sweep: Sweep) -> None:
    """The reference config is the study's first trial, and stays queued until it has finished."""
    if not sweep.reference_config:
        return
    for t in study.get_trials(deepcopy=False):
        if t.user_attrs.get("is_reference") and t.state in (*FINISHED, TrialState.WAITING, TrialState.RUNNING):
            return
    study.enqueue_trial(sweep.reference_config, user_attrs={"is_reference": True})


class Objective:
    """Optuna's objective: one trial = build, fit with pruning, score test, record everything."""

    def __init__(self, sweep: Sweep, trainer: Any, study: optuna.Study, reporter: Reporter) -> None:
        self.sweep, self.trainer, self.study, self.reporter = sweep, trainer, study, reporter
        self.last_number: int | None = None
        self.last_reason = ""
        self.runtime = env.runtime_info()

    def __call__(self, trial: optuna.Trial) -> float:
        self.last_number = trial.number
        self.last_reason = ""
        is_ref = bool(trial.user_attrs.get("is_reference"))
        seed = self.sweep.training.seed + trial.number
        t0 = time.perf_counter()
        trial.set_user_attr("seed", seed)
        trial.set_user_attr("backend", self.runtime["backend"])
        trial.set_user_attr("device", self.runtime["device"])
        trial.set_user_attr("versions", self.runtime["versions"])
        trial.set_user_attr("hostname", self.runtime["host"]["hostname"])
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
            trial.set_user_attr("maxlen", maxlen)
            trial.set_user_attr("batch_size", batch_size)
            if any(v.get("type") == "Fixed" for v in hp.space.values()):
                trial.set_user_attr("fixed", {k: v["value"] for k, v in hp.space.items() if v["type"] == "Fixed"})
            finished = counts(self.study)
            index = finished["COMPLETE"] + finished["PRUNED"] + 1
            self.reporter.trial_start(trial.number, index, hp.values, is_ref)
            result = self.trainer.fit(hp, seed, on_epoch=on_epoch, model=model,
                                      on_batch=self.reporter.batch if self.reporter.wants_batches else None)
        except optuna.TrialPruned as exc:
            self._record_partial(trial, t0)
            self.reporter.trial_end(trial.number, "PRUNED", _last(self.trainer.history.get(objective)), None,
                                    time.perf_counter() - t0, str(exc))
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
        self.reporter.trial_end(trial.number, "COMPLETE", result.best_value, result.test_accuracy,
                                time.perf_counter() - t0)
        return result.best_value

    def _record_interrupt(self, trial: optuna.Trial, t0: float) -> None:
        self.last_reason = "interrupted (SIGINT/SIGTERM); resume by running the same command"
        self._record_partial(trial, t0, self.last_reason)

    def _record_partial(self, trial: optuna.Trial, t0: float, reason: str = "") -> None:
        history = self.trainer.history
        trial.set_user_attr("history", history)
        trial.set_user_attr("epochs_run", len(history.get("loss", [])))
        trial.set_user_attr("train_seconds", round(time.perf_counter() - t0, 3))
        if reason:
            trial.set_user_attr("fail_reason", reason)


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


def run_study(sweep: Sweep, cfg: RunConfig, reporter: Reporter | None = None,
              dataset: Any = None) -> optuna.Study:
    """Run ``sweep`` until its study holds ``cfg.trials`` (or the sweep's budget) finished trials."""
    reporter = reporter or Reporter()
    quiet_expected_failures()
    storage = open_storage(cfg.storage)  # a bad URL fails before minutes of data loading
    if dataset is None:
        dataset = load_data(sweep, cfg.quick, cfg.data_dir)
    trainer = make_trainer(sweep, dataset, cfg.quick)
    space = probe_space(sweep, trainer)
    if cfg.before_study is not None:
        cfg.before_study()
    study = open_study(sweep, cfg, space, getattr(dataset, "meta", {}), storage)
    budget = int(study.user_attrs["budget"])
    default = study_name_for(sweep, cfg.quick)
    if not cfg.study_name and study.study_name != default:
        reporter.message(f"study {default!r} was continued in {study.study_name!r} by a warm start: running "
                         f"{study.study_name!r} (pass --study-name {default} for the old one)")
    warm = study.user_attrs.get("warm_start")
    if cfg.warm_start and warm:
        skipped = "".join(f"\n  trial {n} skipped: {why}" for n, why in warm["skipped"].items())
        reporter.message(f"warm start from {warm['study']!r}: {len(warm['copied'])} finished trials copied, "
                         f"{len(warm['skipped'])} skipped{skipped}")
    fail_stale(study)
    enqueue_reference(study, sweep)
    objective = Objective(sweep, trainer, study, reporter)
    guarded = WorkerObjective(objective, study, budget, cfg.worker)  # worker attrs; no trial past budget
    c = counts(study)
    best = _best_value(study)
    reporter.study_start(StudyInfo(
        study_name=study.study_name, storage=cfg.storage, budget=budget, finished=c["COMPLETE"] + c["PRUNED"],
        epochs=trainer.epochs, objective=sweep.objective, reference_accuracy=sweep.reference_accuracy, best_value=best,
    ))
    consecutive_failures = 0
    deadline = None if cfg.timeout is None else time.monotonic() + cfg.timeout
    stop = GRACEFUL_STOP
    installed_here = stop.install()
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        while True:
            fail_stale(study, reporter)
            c = counts(study)
            finished = c["COMPLETE"] + c["PRUNED"]
            if finished >= budget:
                break
            if deadline is not None and time.monotonic() >= deadline:
                reporter.message(f"--timeout of {cfg.timeout:g} s reached at {finished}/{budget} finished trials; "
                                 "run the same command to go on")
                break
            if stop.requested:
                reporter.message(f"{STOP_SIGNAL_NAME} received: stopped after the running trial, at "
                                 f"{finished}/{budget} finished trials; run the same command to go on")
                break
            if finished + c["RUNNING"] >= budget:
                # Other workers hold the last trials; wait, so that the study ends at exactly its budget.
                time.sleep(WAIT_POLL_SECONDS)
                continue
            try:
                # Optuna marks the trial FAIL and re-raises; a TuneError (the sweep is wrong) stops the run.
                study.optimize(guarded, n_trials=1)
                consecutive_failures = 0
            except SurplusTrial:
                continue  # another worker's trial filled the budget first; not a failure
            except TuneError:
                raise
            except Exception:
                consecutive_failures += 1
                if consecutive_failures >= cfg.max_failures:
                    raise StudyError(
                        f"{consecutive_failures} trials failed in a row, so the run stops. The last one "
                        f"(trial {objective.last_number}) failed with: {objective.last_reason}\nFix the cause "
                        "and run the same command to resume; failed trials stay recorded and do not count."
                    ) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
        if installed_here:
            stop.restore()
        reporter.close()
    return study


#: ``kill -USR1 PID``: finish the running trial, start no new one (SIGINT/SIGTERM cut it short instead).
STOP_SIGNAL = getattr(signal, "SIGUSR1", None)
STOP_SIGNAL_NAME = "SIGUSR1"


class GracefulStop:
    """Sets ``requested`` on SIGUSR1 once installed (main thread, POSIX only; elsewhere a no-op).

    ``tune run`` installs it first thing, so that the signal never meets Python's default action
    (which ends the process) while data loads; :func:`run_study` installs it too, for API users."""

    def __init__(self) -> None:
        self.requested = False
        self._previous: Any = None
        self._installed = False

    def install(self) -> bool:
        """Install the handler; ``False`` when it already was (or cannot be, off the main thread)."""
        if STOP_SIGNAL is None or self._installed:
            return False
        try:
            self._previous = signal.signal(STOP_SIGNAL, self._on_signal)
        except ValueError:  # not the main thread: no signal handlers there
            return False
        self._installed = True
        return True

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        self.requested = True

    def restore(self) -> None:
        if STOP_SIGNAL is not None and self._installed:
            signal.signal(STOP_SIGNAL, self._previous)
            self._installed = False
        self.requested = False


GRACEFUL_STOP = GracefulStop()


def _raise_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def _best_value(study: optuna.Study) -> float | None:
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


def _jsonable(v: Any) -> bool:
    import json

    try:
        json.dumps(v)
        return True
    except (TypeError, ValueError):
        return False
