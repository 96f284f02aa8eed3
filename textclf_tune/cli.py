"""The ``tune`` command: ``tune run FILE``, ``tune leaderboard``.

Heavy imports (Keras, the backend) happen inside the commands that train, so ``tune leaderboard``
stays instant.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from collections.abc import Sequence

from textclf_tune.errors import TuneError
from textclf_tune.leaderboard import FORMATS
from textclf_tune.schedulers import PRUNERS, SAMPLERS
from textclf_tune.storage import DEFAULT_STORAGE


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tune", description="Hyperparameter sweeps for Keras text classifiers.")
    sub = p.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run (or resume) a sweep file's study")
    run.add_argument("sweep", help="path of a sweep file, e.g. sweeps/imdb_cnn.py")
    run.add_argument("--trials", type=int, default=None,
                     help="total finished trials the study should hold (not 'N more'); default: the sweep's budget")
    run.add_argument("--storage", default=DEFAULT_STORAGE, help=f"Optuna storage URL (default {DEFAULT_STORAGE})")
    run.add_argument("--study-name", default=None, help="default: the sweep file's name (+ '-quick')")
    run.add_argument("--sampler", default="tpe", choices=SAMPLERS, help="Optuna sampler (default tpe)")
    run.add_argument("--pruner", default="median", choices=PRUNERS, help="Optuna pruner (default median)")
    run.add_argument("--seed", type=int, default=0, help="sampler seed (default 0)")
    run.add_argument("--quick", action="store_true", help="subsampled data and few epochs: a whole sweep in minutes")
    run.add_argument("--data-dir", default=None, help="folder holding the dataset archives (or set TEXTCLF_DATA_DIR)")
    run.add_argument("--max-failures", type=int, default=5, help="stop after this many failed trials in a row")
    run.add_argument("--quiet", action="store_true", help="no progress output")

    lb = sub.add_parser("leaderboard", help="one row per study in the storage")
    lb.add_argument("--storage", default=DEFAULT_STORAGE)
    lb.add_argument("--format", default="table", choices=FORMATS)
    return p


def _positive(name: str, value: int | None) -> None:
    if value is not None and value < 1:
        raise TuneError(f"{name} must be >= 1, but got {value}")


def cmd_run(args: argparse.Namespace) -> int:
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")  # hide TensorFlow's start-up chatter
    import optuna

    from textclf_tune.progress import Reporter, RichReporter
    from textclf_tune.study import RunConfig, run_study
    from textclf_tune.sweep import load_sweep

    _positive("--trials", args.trials)
    _positive("--max-failures", args.max_failures)
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    sweep = load_sweep(args.sweep)
    cfg = RunConfig(
        storage=args.storage, study_name=args.study_name, trials=args.trials, sampler=args.sampler,
        pruner=args.pruner, seed=args.seed, quick=args.quick, max_failures=args.max_failures,
        data_dir=args.data_dir, command="tune " + " ".join(shlex.quote(a) for a in sys.argv[1:]),
    )
    reporter = Reporter() if args.quiet else RichReporter()
    study = run_study(sweep, cfg, reporter)
    if not args.quiet:
        from textclf_tune.leaderboard import print_table, study_row

        print_table([study_row(study)])
    return 0


def cmd_leaderboard(args: argparse.Namespace) -> int:
    from textclf_tune.leaderboard import leaderboard_rows, print_table, render

    rows = leaderboard_rows(args.storage)
    if args.format == "table":
        if not rows:
            print(f"no studies in {args.storage}; start one with: tune run sweeps/imdb_cnn.py --quick")
            return 0
        print_table(rows)
    else:
        sys.stdout.write(render(rows, args.format))
    return 0


COMMANDS = {"run": cmd_run, "leaderboard": cmd_leaderboard}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except TuneError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nstopped. The running trial is marked failed (interrupted) and does not count; "
              "run the same command to resume.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
