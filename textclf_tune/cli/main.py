"""The ``tune`` command: ``run``, ``leaderboard``, ``enqueue``, ``confirm``, ``report``, ``export``.

Heavy imports (Keras, the backend) happen inside the commands that train, so ``tune leaderboard``
stays instant.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from collections.abc import Sequence
from typing import Any

from textclf_tune.engine.schedulers import PRUNERS, SAMPLERS
from textclf_tune.errors import TuneError
from textclf_tune.report.leaderboard import FORMATS
from textclf_tune.store.storage import DEFAULT_STORAGE, STORAGE_ENV, default_storage

EXAMPLES = """examples:
  tune run sweeps/imdb_cnn.py --quick      a whole small sweep in minutes (built-in sweeps also by name: imdb_cnn)
  tune run sweeps/imdb_cnn.py              run or resume the real sweep to its budget
  tune leaderboard                         every study in the storage, one line each
  tune confirm imdb_cnn --seeds 3          retrain best and reference with 3 seeds; 95%% CI of the gap
  tune export imdb_cnn --out runs/exports/imdb_cnn   the best trial's model (stored weights: seconds)
  tune predict runs/exports/imdb_cnn --text "a fine film"   classify raw text
  tune leaderboard --storage sqlite:///results/studies.db   the project's published studies

storage: --storage URL, else $TEXTCLF_STORAGE, else sqlite:///runs/studies.db
"""


def _parser() -> argparse.ArgumentParser:
    from textclf_tune import __version__

    storage = default_storage()
    common = argparse.ArgumentParser(add_help=False)
    g = common.add_argument_group("common options")
    g.add_argument(
        "--storage",
        default=storage,
        metavar="URL",
        help=f"Optuna storage URL (default: ${STORAGE_ENV} or {DEFAULT_STORAGE}; now {storage})",
    )
    g.add_argument("-v", "--verbose", action="store_true", help="also show Optuna's own log lines")
    g.add_argument("-q", "--quiet", action="store_true", help="no progress output")
    g.add_argument("--debug", action="store_true", help="show the full traceback of an error")
    data = argparse.ArgumentParser(add_help=False)
    data.add_argument("--data-dir", default=None, help="folder holding the dataset archives (or set TEXTCLF_DATA_DIR)")
    arts = argparse.ArgumentParser(add_help=False)
    arts.add_argument(
        "--artifacts",
        default=None,
        metavar="DIR",
        help="folder of the stored model weights (default: $TEXTCLF_ARTIFACTS, else beside a SQLite or "
        "journal file: runs/studies.db -> runs/studies.artifacts; PostgreSQL needs it)",
    )
    stored = argparse.ArgumentParser(add_help=False)
    stored.add_argument(
        "--sweep", default=None, help="the study's sweep file, if it moved (default: the recorded path)"
    )

    p = argparse.ArgumentParser(
        prog="tune",
        description="Hyperparameter sweeps for Keras text classifiers.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"textclf-tune {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help: str, *parents: argparse.ArgumentParser) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help, description=help, parents=[common, *parents])

    run = add("run", "run (or resume) a sweep file's study", data, arts)
    run.add_argument("sweep", help="path of a sweep file, e.g. sweeps/imdb_cnn.py, or a built-in sweep's name")
    run.add_argument(
        "--trials",
        type=int,
        default=None,
        help="total finished trials the study should hold (not 'N more'); default: the sweep's budget",
    )
    run.add_argument("--study-name", default=None, help="default: the sweep file's name (+ '-quick')")
    run.add_argument(
        "--warm-start",
        default=None,
        metavar="STUDY",
        help="seed a new study (--study-name) with STUDY's finished trials that fit the edited space",
    )
    run.add_argument("--sampler", default="tpe", choices=SAMPLERS, help="Optuna sampler (default tpe)")
    run.add_argument("--pruner", default="median", choices=PRUNERS, help="Optuna pruner (default median)")
    run.add_argument("--seed", type=int, default=0, help="sampler seed (default 0)")
    run.add_argument("--quick", action="store_true", help="subsampled data and few epochs: a whole sweep in minutes")
    run.add_argument(
        "--keep-weights",
        type=int,
        default=3,
        metavar="K",
        help="keep the models of the study's K best trials in the artifact store (default 3; 0: none)",
    )
    run.add_argument("--max-failures", type=int, default=5, help="stop after this many failed trials in a row")
    run.add_argument(
        "--timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="start no new trial after this many seconds (the running one finishes); resume later",
    )
    dev = run.add_argument_group("devices and workers (all workers join the same study through --storage)")
    dev.add_argument(
        "--gpus",
        default="auto",
        help="'auto' (CUDA_VISIBLE_DEVICES, else every GPU nvidia-smi -L lists), 'none', or "
        "indices/UUIDs like 0,1; one worker process per GPU slot (default auto)",
    )
    dev.add_argument(
        "--trials-per-gpu",
        type=int,
        default=1,
        metavar="K",
        help="worker processes (trials at a time) per GPU (default 1)",
    )
    dev.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="CPU worker processes when no GPU is used (default 1: trains in this process)",
    )
    dev.add_argument(
        "--worker",
        type=int,
        default=None,
        metavar="I",
        help="run as worker I in this process, on the devices the environment allows "
        "(the launcher passes it; give each terminal its own I to vary sampler seeds)",
    )

    lb = add("leaderboard", "one row per study in the storage")
    lb.add_argument("--format", default="table", choices=FORMATS)
    lb.add_argument(
        "--all",
        action="store_true",
        help="also list superseded studies (user attr 'superseded_by', or continued elsewhere by --warm-start)",
    )
    lb.add_argument("--wide", action="store_true", help="every column (the default table fits 80 columns)")

    eq = add(
        "enqueue",
        "ask a study to try these values next (Optuna's enqueue_trial, checked against the "
        "study's space); tune run trains waiting trials first",
    )
    eq.add_argument("study", help="study name (see tune leaderboard)")
    eq.add_argument(
        "values",
        nargs="*",
        metavar="NAME=VALUE",
        help="hyperparameter values, e.g. lstm_units=16 bidirectional=true; the rest are sampled",
    )
    base = eq.add_mutually_exclusive_group()
    base.add_argument(
        "--from-trial",
        type=int,
        default=None,
        metavar="N",
        help="start from finished trial N's values (NAME=VALUE overrides them)",
    )
    base.add_argument("--from-best", action="store_true", help="start from the best trial's values")

    cf = add(
        "confirm",
        "retrain the best and the reference config with several seeds; store the runs and a 95%% CI of the difference",
        data,
        stored,
        arts,
    )
    cf.add_argument("study", help="study name (see tune leaderboard)")
    cf.add_argument(
        "--seeds", type=int, default=3, help="runs per config, seeds 1000, 1001, ... (default 3, at least 2)"
    )
    cf.add_argument(
        "--refit",
        action="store_true",
        help="train each run on train + validation for the epochs its trial chose (no early stopping); "
        "stored apart from the plain confirmation",
    )

    rp = add(
        "report",
        f"write <out>/<study>/REPORT.md, trials.csv, plots, and <out>/LEADERBOARD.md (default out: {DEFAULT_REPORTS})",
    )
    rp.add_argument("studies", nargs="*", help="study names (default: every study in the storage)")
    rp.add_argument("--out", default=DEFAULT_REPORTS, help=f"output folder (default {DEFAULT_REPORTS})")

    ex = add("export", "save a trial's model with what it needs to classify raw text", data, stored, arts)
    ex.add_argument("study", help="study name (see tune leaderboard)")
    ex.add_argument("--out", required=True, help="folder to write the model and its files into")
    ex.add_argument("--trial", type=int, default=None, help="export this complete trial instead of the best")
    ex.add_argument("--retrain", action="store_true", help="retrain the trial even when its weights are stored")

    pr = add("predict", "classify raw text with an exported model (tune export): --text, or a CSV file")
    pr.add_argument("model", metavar="DIR", help="an export folder (the --out of tune export)")
    pr.add_argument("csv", nargs="?", default=None, metavar="FILE.csv", help="a CSV file with a header row")
    pr.add_argument("--text", action="append", default=[], help="a text to classify (repeat for several)")
    pr.add_argument("--text-column", default="text", help="the CSV column holding the text (default text)")
    pr.add_argument("--out", default=None, help="output CSV (default: FILE.predictions.csv beside FILE.csv)")
    pr.add_argument("--format", default="table", choices=("table", "json"), help="how --text results print")
    return p


#: Where ``tune report`` writes unless told otherwise: git-ignored, beside the default storage.
DEFAULT_REPORTS = "runs/reports"


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
    command = os.environ.get("TEXTCLF_COMMAND") or "tune " + " ".join(shlex.quote(a) for a in sys.argv[1:])
    if args.worker is not None:  # a worker (started by the launcher, or by hand): train here
        return _run_here(args, args.worker, command)
    gpus = parse_gpus(args.gpus)
    slots = plan_slots(gpus, args.trials_per_gpu, args.workers or 1)
    if len(slots) == 1:
        if gpus or args.gpus.strip().lower() in ("none", "cpu"):
            os.environ.update(slots[0].env)  # before the backend is imported
        return _run_here(args, 0, command)
    if not os.path.isfile(args.sweep):  # say so once, before starting any worker
        from textclf_tune.space.sweep import load_sweep

        load_sweep(args.sweep)
    return _launch(args, slots, command)


def _run_here(args: argparse.Namespace, worker: int, command: str) -> int:
    """Train in this process, as worker ``worker`` of the study."""
    import optuna

    from textclf_tune.cli.progress import RichReporter
    from textclf_tune.engine.progress import Reporter
    from textclf_tune.engine.run import RunConfig, run_study
    from textclf_tune.engine.runtime import import_keras_quietly
    from textclf_tune.parallel.workers import (
        PARENT_ENV,
        READY_FILE_ENV,
        WAIT_FILE_ENV,
        announce_ready,
        wait_for_file,
        watch_parent,
    )
    from textclf_tune.space.sweep import load_sweep

    optuna.logging.set_verbosity(optuna.logging.INFO if args.verbose else optuna.logging.WARNING)
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
        artifacts=args.artifacts,
        keep_weights=args.keep_weights,
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
        from textclf_tune.report.leaderboard import print_table, study_row

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
    code = exit_code(results, interrupted=bool(launcher.interrupted))
    if study is not None and not args.quiet:
        from textclf_tune.report.leaderboard import print_table, study_row

        print_table([study_row(study)])
    if code == 130:
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


def cmd_leaderboard(args: argparse.Namespace) -> int:
    from textclf_tune.report.leaderboard import leaderboard_rows, print_table, render

    every = leaderboard_rows(args.storage)
    rows = every if args.all else [r for r in every if not r["superseded"]]
    if args.format == "table":
        if not every:
            print(f"no studies in {args.storage}; start one with: tune run sweeps/imdb_cnn.py --quick")
            return 0
        print_table(rows)
        hidden = len(every) - len(rows)
        if hidden:
            print(f"({hidden} superseded {'study' if hidden == 1 else 'studies'} not shown: tune leaderboard --all)")
    else:
        sys.stdout.write(render(rows, args.format))
    return 0


def cmd_enqueue(args: argparse.Namespace) -> int:
    import optuna

    from textclf_tune.store.enqueue import enqueue

    optuna.logging.set_verbosity(optuna.logging.INFO if args.verbose else optuna.logging.WARNING)
    done = enqueue(args.study, args.values, storage=args.storage, from_trial=args.from_trial, from_best=args.from_best)
    values = ", ".join(f"{k}={v:.6g}" if isinstance(v, float) else f"{k}={v!r}" for k, v in done.params.items())
    if done.duplicate:
        print(f"not enqueued: trial {done.trial} of study {done.study!r} already holds exactly these values ({values})")
        return 0
    rest = f"; sampled as usual: {', '.join(done.sampled)}" if done.sampled else ""
    run = f"tune run {done.sweep_file}" if done.sweep_file else "tune run SWEEP"
    print(
        f"enqueued trial {done.trial} in study {done.study!r}: {values}{rest}\n"
        f"`{run}` trains waiting trials first (a sweep already running takes it as its next trial)"
    )
    return 0


def cmd_confirm(args: argparse.Namespace) -> int:
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    import optuna
    from rich.console import Console

    from textclf_tune.engine.confirm import confirm

    optuna.logging.set_verbosity(optuna.logging.INFO if args.verbose else optuna.logging.WARNING)
    try:
        confirm(
            args.study,
            storage=args.storage,
            seeds=args.seeds,
            data_dir=args.data_dir,
            sweep_path=args.sweep,
            console=Console(highlight=False),
            refit=args.refit,
            artifacts=args.artifacts,
        )
    except KeyboardInterrupt:
        print(
            "\nstopped. Finished confirmation runs are stored; run the same command to go on from there.",
            file=sys.stderr,
        )
        return 130
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    import optuna

    from textclf_tune.report.markdown import write_reports

    optuna.logging.set_verbosity(optuna.logging.INFO if args.verbose else optuna.logging.WARNING)
    reports, board = write_reports(args.studies, storage=args.storage, out=args.out)
    for r in reports:
        extra = f"; not drawn: {', '.join(sorted(r.skipped))}" if r.skipped else ""
        print(f"{r.study}: {r.report} ({len(r.plots)} plots{extra})")
    print(f"leaderboard: {board}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    import optuna
    from rich.console import Console

    from textclf_tune.export.writer import export

    optuna.logging.set_verbosity(optuna.logging.INFO if args.verbose else optuna.logging.WARNING)
    export(
        args.study,
        args.out,
        storage=args.storage,
        trial=args.trial,
        data_dir=args.data_dir,
        sweep_path=args.sweep,
        console=None if args.quiet else Console(highlight=False),
        artifacts=args.artifacts,
        retrain=args.retrain,
    )
    return 0


def cmd_predict(args: argparse.Namespace) -> int:
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    from textclf_tune.cli.predict import predict_command

    return predict_command(args)


COMMANDS = {
    "run": cmd_run,
    "leaderboard": cmd_leaderboard,
    "enqueue": cmd_enqueue,
    "confirm": cmd_confirm,
    "report": cmd_report,
    "export": cmd_export,
    "predict": cmd_predict,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = _parser()
    if not argv:
        parser.print_help()
        return 0
    args, extra = parser.parse_known_args(argv)
    if args.command == "enqueue":  # NAME=VALUE after an option lands here (argparse fills a '*' positional once)
        args.values += [a for a in extra if not a.startswith("-")]
        extra = [a for a in extra if a.startswith("-")]
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if args.command is None:
        parser.print_help()
        return 0
    args.argv = argv
    if args.verbose:
        import optuna

        optuna.logging.set_verbosity(optuna.logging.INFO)
    try:
        return COMMANDS[args.command](args)
    except TuneError as exc:
        if args.debug:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(
            "\nstopped. The running trial is marked failed (interrupted) and does not count; "
            "run the same command to resume.",
            file=sys.stderr,
        )
        return 130


def entry() -> None:
    """The ``tune`` console script: ``main`` and then a prompt exit. Everything is written by
    then (studies are committed per trial); skipping interpreter teardown saves TensorFlow's
    ~5 s shutdown after every command."""
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    entry()
