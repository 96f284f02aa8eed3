"""Many workers, one study: the launcher behind ``tune run --gpus/--trials-per-gpu/--workers``,
and what each worker adds to the run loop.

The launcher starts one ``python -m textclf_tune.cli.main run ... --worker i`` child per slot (see
:mod:`textclf_tune.parallel.devices`), each pinned to its GPU through ``CUDA_VISIBLE_DEVICES``. All join the
same study through the storage. All start at once; the others open the study only once worker 0
has created (or loaded) it and queued the reference config, so that there is one study and one
reference trial, the first trial. The parent imports no Keras backend: it only
starts, relays, forwards Ctrl-C/SIGTERM, waits and reports. It exits non-zero when a worker did.

The same ``tune run`` started in several terminals or on several hosts joins the same study too;
:class:`WorkerObjective` keeps the study at exactly its budget of finished trials whatever the
number of workers: a trial started when lower-numbered trials already fill the budget is dropped
at once (recorded as failed, reason "surplus") instead of being trained.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import IO, Any, Protocol

import optuna
from optuna.trial import TrialState

from textclf_tune.engine.signals import interrupted_exit_code
from textclf_tune.parallel.devices import Slot
from textclf_tune.store.liveness import machine_key
from textclf_tune.store.records import T

#: Environment of a worker started by the launcher.
READY_FILE_ENV = "TEXTCLF_READY_FILE"  # worker 0 writes the study's name here once it is set up
WAIT_FILE_ENV = "TEXTCLF_WAIT_FILE"  # the other workers wait for that file before opening the study
PARENT_ENV = "TEXTCLF_PARENT_PID"  # a worker stops (SIGTERM to itself) if this process dies
COMMAND_ENV = "TEXTCLF_COMMAND"  # the user's command line, recorded in the study instead of the child's

SURPLUS_REASON = "surplus: lower-numbered trials of other workers already fill the budget; not trained"
TWIN_REASON = (
    "a second copy of the reference config (trial {}), queued by a run that opened the new study at the "
    "same moment; not trained"
)


class Writer(Protocol):
    """Where the launcher writes: a text stream (``sys.stdout``) or anything with these two methods."""

    def write(self, text: str, /) -> Any: ...
    def flush(self) -> Any: ...


class SurplusTrial(Exception):
    """This trial is not needed: lower-numbered trials already fill the budget."""


class WorkerObjective:
    """Wraps the study's objective for one worker: records which worker and GPU ran each trial,
    and drops surplus trials (see the module doc). ``surplus`` says whether the last call did."""

    def __init__(
        self, objective: Callable[[optuna.Trial], float], study: optuna.Study, budget: int, worker: int
    ) -> None:
        self.objective, self.study, self.budget, self.worker = objective, study, budget, worker
        self.surplus = False

    def __call__(self, trial: optuna.Trial) -> float:
        self.surplus = False
        trial.set_user_attr(T.WORKER, self.worker)
        trial.set_user_attr(T.CUDA_VISIBLE_DEVICES, os.environ.get("CUDA_VISIBLE_DEVICES"))
        trial.set_user_attr(T.WORKER_PID, os.getpid())
        trial.set_user_attr(T.WORKER_MACHINE, machine_key())  # a kill -9 is then seen at once here
        claimed = self.study.get_trials(
            deepcopy=False, states=(TrialState.RUNNING, TrialState.COMPLETE, TrialState.PRUNED)
        )
        ahead = sum(1 for t in claimed if t.number < trial.number)
        if ahead >= self.budget:
            self.surplus = True
            trial.set_user_attr(T.FAIL_REASON, SURPLUS_REASON)
            self._requeue(trial)
            raise SurplusTrial(f"trial {trial.number}: {SURPLUS_REASON}")
        if trial.user_attrs.get(T.IS_REFERENCE):
            # Two runs opening a new study together may both find no reference trial and queue one;
            # the lower-numbered copy is the reference, this one is dropped (failed, so not counted).
            live = (TrialState.WAITING, TrialState.RUNNING, TrialState.COMPLETE, TrialState.PRUNED)
            twins = [
                t.number
                for t in self.study.get_trials(deepcopy=False, states=live)
                if t.number < trial.number and t.user_attrs.get(T.IS_REFERENCE)
            ]
            if twins:
                self.surplus = True
                reason = TWIN_REASON.format(twins[0])
                trial.set_user_attr(T.FAIL_REASON, reason)
                raise SurplusTrial(f"trial {trial.number}: {reason}")
        return self.objective(trial)

    def _requeue(self, trial: optuna.Trial) -> None:
        """A dropped trial that was queued (the reference, a stale trial's retry) goes back in the
        queue as it was, for whoever needs it should a trial ahead of it fail."""
        frozen = self.study._storage.get_trial(trial._trial_id)
        system = {
            k: v for k, v in frozen.system_attrs.items() if k in ("fixed_params", "failed_trial", "retry_history")
        }
        if not frozen.params and "fixed_params" not in system:
            return  # a fresh sample: nothing to keep
        user = {k: v for k, v in frozen.user_attrs.items() if k in ("is_reference", "retry_of")}
        self.study.add_trial(
            optuna.trial.create_trial(
                state=TrialState.WAITING,
                params=frozen.params,
                distributions=frozen.distributions,
                user_attrs=user,
                system_attrs=system,
            )
        )


# --------------------------------------------------------------------------- inside a worker
def announce_ready(reporter: Any, path: str) -> None:
    """Make ``reporter.study_start`` also write ``path`` (JSON: study name, storage, budget): the
    launcher starts the other workers once worker 0 has got that far."""
    inner = reporter.study_start

    def study_start(info: Any) -> None:
        inner(info)
        tmp = Path(path + ".tmp")
        tmp.write_text(json.dumps({"study_name": info.study_name, "storage": info.storage, "budget": info.budget}))
        tmp.replace(path)

    reporter.study_start = study_start


def watch_parent(pid: int, interval: float = 1.0) -> threading.Thread:
    """Stop this worker (as Ctrl-C would: the running trial is recorded as interrupted) when the
    launcher ``pid`` is gone, e.g. killed with SIGKILL, so that no worker is left orphaned on a GPU."""

    def loop() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != pid:
                os.kill(os.getpid(), signal.SIGTERM)
                return

    thread = threading.Thread(target=loop, name="textclf-parent-watch", daemon=True)
    thread.start()
    return thread


# --------------------------------------------------------------------------- the launcher
@dataclass
class WorkerResult:
    slot: Slot
    pid: int
    returncode: int
    seconds: float


def wait_for_file(path: str, poll: float = 0.2) -> None:
    """Block until ``path`` exists (worker 0 has set the study up). The launcher stops this worker
    (SIGTERM) if worker 0 fails first."""
    while not os.path.exists(path):
        time.sleep(poll)


class Launcher:
    """Runs one child per slot; see the module doc. ``child_argv(i)`` is the command of worker i.

    All workers start at once and import, load data and build the search space in parallel; the
    others then wait (:func:`wait_for_file`) until worker 0 has opened the study and queued the
    reference config. Their output is held back until then, so that a broken sweep file is reported
    once, by worker 0, and the others are stopped."""

    def __init__(
        self,
        slots: Sequence[Slot],
        child_argv: Callable[[int], list[str]],
        *,
        command: str = "",
        out: Writer | None = None,
        poll: float = 0.2,
    ) -> None:
        self.slots = list(slots)
        self.child_argv = child_argv
        self.command = command
        self.out = out or sys.stdout
        self.poll = poll
        self.procs: dict[int, subprocess.Popen[str]] = {}
        self.started: dict[int, float] = {}
        self.interrupted = 0
        self.signum: int | None = None  # the last SIGINT/SIGTERM forwarded, for the exit code
        self.ready: dict[str, Any] = {}
        self._held: dict[int, list[str]] | None = {s.index: [] for s in self.slots[1:]}
        self._muted: set[int] = set()
        self._lock = threading.Lock()
        self._pumps: list[threading.Thread] = []

    # ------------------------------------------------------------------ output
    def say(self, text: str) -> None:
        with self._lock:
            self._write(text)

    def _write(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def _line(self, slot: Slot, line: str) -> None:
        text = f"[{slot.label}] {line.rstrip()}"
        with self._lock:
            if self._held is not None and slot.index in self._held:
                self._held[slot.index].append(text)
            elif slot.index not in self._muted:
                self._write(text)

    def _release(self, keep: bool) -> None:
        """Stop holding the other workers' output back: print it (``keep``), or drop it and all
        that follows (they are being stopped because worker 0 failed)."""
        with self._lock:
            held, self._held = self._held, None
            if not keep:
                self._muted.update(held or {})
            for lines in (held or {}).values():
                for text in lines if keep else ():
                    self._write(text)

    def _pump(self, slot: Slot, stream: IO[str]) -> None:
        for line in stream:
            self._line(slot, line)
        stream.close()

    # ------------------------------------------------------------------ children
    def _start(self, slot: Slot, ready_file: str) -> None:
        env = {
            **os.environ,
            **slot.env,
            PARENT_ENV: str(os.getpid()),
            "PYTHONUNBUFFERED": "1",
            "COLUMNS": os.environ.get("COLUMNS", "160"),
        }
        if self.command:
            env[COMMAND_ENV] = self.command
        env.pop(READY_FILE_ENV, None)
        env.pop(WAIT_FILE_ENV, None)
        env[READY_FILE_ENV if slot.index == 0 else WAIT_FILE_ENV] = ready_file
        proc = subprocess.Popen(
            self.child_argv(slot.index),
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            bufsize=1,
            start_new_session=True,
        )
        self.procs[slot.index] = proc
        self.started[slot.index] = time.monotonic()
        assert proc.stdout is not None
        pump = threading.Thread(target=self._pump, args=(slot, proc.stdout), daemon=True)
        pump.start()
        self._pumps.append(pump)
        where = f"GPU {slot.gpu}" if slot.gpu is not None else "CPU"
        self.say(f"started worker {slot.index} (pid {proc.pid}) on {where}")

    def _signal_all(self, signum: int, skip: int | None = None) -> None:
        for index, proc in self.procs.items():
            if index != skip and proc.poll() is None:
                try:
                    proc.send_signal(signum)
                except ProcessLookupError:
                    pass

    def _forward(self, signum: int, frame: FrameType | None) -> None:
        self.interrupted += 1
        self.signum = signum
        self._signal_all(signum)

    def _forward_stop(self, signum: int, frame: FrameType | None) -> None:
        self._signal_all(signum)  # each worker finishes its running trial, then ends (exit 0)

    def run(self) -> list[WorkerResult]:
        """Start the workers, wait for all of them, return how each ended."""
        import tempfile

        ready_dir = tempfile.mkdtemp(prefix="textclf-workers-")
        ready_file = os.path.join(ready_dir, "ready.json")
        previous = {s: signal.signal(s, self._forward) for s in (signal.SIGINT, signal.SIGTERM)}
        if hasattr(signal, "SIGUSR1"):
            previous[signal.SIGUSR1] = signal.signal(signal.SIGUSR1, self._forward_stop)
        try:
            for slot in self.slots:
                self._start(slot, ready_file)
            first = self.procs[self.slots[0].index]
            while not os.path.exists(ready_file) and first.poll() is None:
                time.sleep(self.poll)
            if os.path.exists(ready_file):
                self.ready = json.loads(Path(ready_file).read_text())
                self._release(keep=True)
            else:  # worker 0 ended (or was stopped) before setting up the study: so will the others
                self._release(keep=False)
                self._signal_all(signal.SIGTERM, skip=self.slots[0].index)
                if not self.interrupted:
                    self.say(
                        f"worker 0 ended (exit {first.returncode}) before setting up the study; stopped the others"
                    )
            ended: dict[int, WorkerResult] = {}
            while len(ended) < len(self.slots):  # short polls, so that Ctrl-C reaches the handler at once
                for slot in self.slots:
                    proc = self.procs[slot.index]
                    rc = None if slot.index in ended else proc.poll()
                    if rc is None:
                        continue
                    ended[slot.index] = r = WorkerResult(
                        slot, proc.pid, rc, time.monotonic() - self.started[slot.index]
                    )
                    if rc != 0 and not self.interrupted and len(ended) < len(self.slots):  # say it now, not at the end
                        self.say(
                            f"worker {slot.index} (pid {proc.pid}) {ended_how(rc)} after {r.seconds:.0f}s; the others "
                            "go on (a trial it left running is queued again once its heartbeat is stale)"
                        )
                if len(ended) < len(self.slots):
                    time.sleep(0.5)
            results = [ended[slot.index] for slot in self.slots]
            for pump in self._pumps:
                pump.join(timeout=5)
            return results
        finally:
            for s, handler in previous.items():
                signal.signal(s, handler)
            for name in ("ready.json", "ready.json.tmp"):
                try:
                    os.unlink(os.path.join(ready_dir, name))
                except FileNotFoundError:
                    pass
            os.rmdir(ready_dir)


def exit_code(results: Sequence[WorkerResult], interrupted: bool = False, signum: int | None = None) -> int:
    """0 when every worker succeeded; 128 + the signal's number when stopped by it (130 for Ctrl-C,
    143 for SIGTERM; ``signum`` defaults to SIGINT); else the first failure's code (a worker killed
    by signal N counts as 128+N)."""
    codes = [r.returncode if r.returncode >= 0 else 128 - r.returncode for r in results]
    if interrupted:
        return interrupted_exit_code(signum)
    return next((c for c in codes if c != 0), 0)


def ended_how(returncode: int) -> str:
    """``ok``, ``exit N`` or ``killed by signal N``."""
    if returncode == 0:
        return "ok"
    return f"killed by signal {-returncode}" if returncode < 0 else f"exit {returncode}"


def summary(results: Sequence[WorkerResult], study: optuna.Study | None) -> list[str]:
    """One line per worker: where it ran, how it ended, and the trials it ran in this launch, by
    state (matched by process id: a resumed study's earlier trials carry the same worker numbers)."""
    per: dict[int, dict[str, int]] = {}
    if study is not None:
        for t in study.get_trials(deepcopy=False):
            pid = t.user_attrs.get(T.WORKER_PID)
            if isinstance(pid, int):
                per.setdefault(pid, {}).setdefault(t.state.name.lower(), 0)
                per[pid][t.state.name.lower()] += 1
    lines = []
    for r in results:
        how = ended_how(r.returncode)
        trials = ", ".join(f"{n} {s}" for s, n in sorted(per.get(r.pid, {}).items())) or "no trials"
        where = f"GPU {r.slot.gpu}" if r.slot.gpu is not None else "CPU"
        lines.append(f"worker {r.slot.index} ({where}, pid {r.pid}): {how} after {r.seconds:.0f}s; {trials}")
    return lines


def load_study(ready: dict[str, Any]) -> optuna.Study | None:
    """The study worker 0 announced, opened for reading; ``None`` if it cannot be read."""
    from textclf_tune.store.storage import open_storage

    try:
        storage = open_storage(ready["storage"], heartbeat=False)
        return optuna.load_study(study_name=ready["study_name"], storage=storage)
    except Exception:
        return None
