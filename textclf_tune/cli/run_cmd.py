"""``tune run``: train in this process, or launch one worker process per GPU slot (or CPU worker)
and report how each ended."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from textclf_tune.cli.argv import recorded_command
from textclf_tune.errors import TuneError


def _positive(name: str, value: int | None) -> None:
    if value is not None and value < 1:
        raise TuneError(f"{name} must be >= 1, but got {value}")


def cmd_run(args: argparse.Namespace) -> int:
    from textclf_tune.engine.signals import GRACEFUL_STOP
    from textclf_tune.parallel.devices import parse_gpus, plan_slots

    GRACEFUL_STOP.install()  # kill -USR1: stop after the running trial, even if it arrives while data loads

    _positive("--trials", args.trials)
    _positive("--max-failures", args.max_failures)
    if args.keep_weights < 0:
        raise TuneError(f"--keep-weights must be >= 0, but got {args.keep_weights}; pass 0 to keep no weights")
    if args.timeout is not None and not args.timeout > 0:
        raise TuneError(f"--timeout must be > 0 seconds, but got {args.timeout:g}; omit it to run to the budget")
    _positive("--trials-per-gpu", args.trials_per_gpu)
    _positive("--workers", args.workers)
    if args.worker is not None and args.worker < 0:
        raise TuneError(f"--worker must be >= 0, but got {args.worker}; the launcher numbers workers 0, 1, ...")
    command = recorded_command(args)
    from textclf_tune.space.sweep import builtin_sweep, load_sweep

    gpus = parse_gpus(args.gpus) if args.worker is None else []
    slots = plan_slots(gpus, args.trials_per_gpu, args.workers or 1) if args.worker is None else []
    if not os.path.isfile(args.sweep) and builtin_sweep(args.sweep) is None:
        load_sweep(args.sweep)  # says the file is missing, in seconds: before Keras is imported
    if args.worker is not None:  # a worker (started by the launcher, or by hand): train here
        return _run_here(args, args.worker, command)
    if len(slots) == 1:
        if gpus or args.gpus.strip().lower() in ("none", "cpu"):
            os.environ.update(slots[0].env)  # before the backend is imported
        return _run_here(args, 0, command)
    from textclf_tune.engine.trackers import find_callback

    for spec in args.callback:  # a typo fails here, in a second, not in every worker after its start-up
        find_callback(spec)
    return _launch(args, slots, command)


def _run_here(args: argparse.Namespace, worker: int, command: str) -> int:
    """Train in this process, as worker ``worker`` of the study. Ctrl-C and SIGTERM stop it from
    here on, also while Keras loads and the data is read (see ``signals.interrupts_armed``)."""
    from textclf_tune.engine.signals import interrupts_armed

    with interrupts_armed():
        return _train_here(args, worker, command)


def _train_here(args: argparse.Namespace, worker: int, command: str) -> int:
    from textclf_tune.cli.progress import RichReporter
    from textclf_tune.engine.progress import Reporter
    from textclf_tune.engine.run import RunConfig, run_study
    from textclf_tune.engine.runtime import import_keras_quietly
    from textclf_tune.engine.trackers import load_callback
    from textclf_tune.parallel.workers import (
        PARENT_ENV,
        READY_FILE_ENV,
        WAIT_FILE_ENV,
        announce_ready,
        wait_for_file,
        watch_parent,
    )
    from textclf_tune.space.sweep import load_sweep

    import_keras_quietly()
    sweep = load_sweep(args.sweep)
    cfg = RunConfig(
        storage=args.storage,
        study_name=args.study_name,
        trials=args.trials,
        sampler=args.sampler,
        pruner=args.pruner,
        seed=args.seed,
        quick=args.quick,
        max_failures=args.max_failures,
        data_dir=args.data_dir,
        worker=worker,
        command=command,
        timeout=args.timeout,
        warm_start=args.warm_start,
        score_test=args.score_test,
        artifacts=args.artifacts,
        keep_weights=args.keep_weights,
        callbacks=[load_callback(spec) for spec in args.callback],
    )
    if os.environ.get(WAIT_FILE_ENV):
        cfg.before_study = lambda: wait_for_file(os.environ[WAIT_FILE_ENV])
    reporter = Reporter() if args.quiet else RichReporter()
    if os.environ.get(READY_FILE_ENV):
        announce_ready(reporter, os.environ[READY_FILE_ENV])
    if os.environ.get(PARENT_ENV, "").isdigit():
        watch_parent(int(os.environ[PARENT_ENV]))
    if not args.quiet and not os.environ.get(PARENT_ENV):
        print(_stop_hint("the running trial does not count", "the running trial"), flush=True)
    study = run_study(sweep, cfg, reporter)
    if not args.quiet and not os.environ.get(PARENT_ENV):  # a launcher prints the table once, at the end
        from textclf_tune.report.leaderboard import study_row
        from textclf_tune.report.table import print_table

        print_table([study_row(study)])
    if os.environ.get(PARENT_ENV):  # a launched worker: skip the backend's slow teardown (TF: ~5 s)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)
    return 0


def _stop_hint(cut_note: str, running: str) -> str:
    """How to stop this process now or after ``running``, and how to resume."""
    pid = os.getpid()
    note = f" ({cut_note})" if cut_note else ""
    return (
        f"pid {pid} · stop now: Ctrl-C or kill {pid}{note} · stop after {running}: kill -USR1 {pid} · "
        "resume: the same command"
    )


def _child_argv(args: argparse.Namespace, worker: int) -> list[str]:
    """The command of launched worker ``worker``: this very command line, training in-process as that
    worker (so no option is ever dropped), with the storage made explicit."""
    return [sys.executable, "-m", "textclf_tune", *args.argv, "--storage", args.storage, "--worker", str(worker)]


def _launch(args: argparse.Namespace, slots: list[Any], command: str) -> int:
    """Run one worker process per slot; report how each ended and the study's row."""
    from textclf_tune.parallel.workers import Launcher, exit_code, load_study, summary

    gpus = sorted({s.gpu for s in slots if s.gpu is not None})
    where = f"{args.trials_per_gpu} per GPU on GPU {', '.join(gpus)}" if gpus else "CPU only (no GPU used)"
    print(f"{len(slots)} workers, {where}; study in {args.storage}", flush=True)
    print(_stop_hint("", "the running trials"), flush=True)
    launcher = Launcher(slots, lambda i: _child_argv(args, i), command=command)
    results = launcher.run()
    study = load_study(launcher.ready) if launcher.ready else None
    for line in summary(results, study):
        print(line)
    code = exit_code(results, interrupted=bool(launcher.interrupted), signum=launcher.signum)
    if study is not None and not args.quiet:
        from textclf_tune.report.leaderboard import study_row
        from textclf_tune.report.table import print_table

        print_table([study_row(study)])
    if launcher.interrupted:
        print(
            "\nstopped. Running trials are marked failed (interrupted) and do not count; "
            "run the same command to resume.",
            file=sys.stderr,
        )
    elif code:
        print(
            f"error: a worker failed (exit {code}); see its lines above. Finished trials are kept: "
            "run the same command to resume.",
            file=sys.stderr,
        )
    return code
