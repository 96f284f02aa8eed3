"""The ``tune`` command: ``run``, ``leaderboard``, ``enqueue``, ``confirm``, ``baseline``, ``report``,
``export``, ``merge``, ``predict``.

Heavy imports (Keras, the backend) happen inside the commands that train, so ``tune leaderboard``
stays instant.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from typing import NoReturn

from textclf_tune.cli.commands import (
    cmd_baseline,
    cmd_confirm,
    cmd_enqueue,
    cmd_export,
    cmd_leaderboard,
    cmd_merge,
    cmd_predict,
    cmd_report,
)
from textclf_tune.cli.run_cmd import cmd_run
from textclf_tune.engine.schedulers import PRUNERS, SAMPLERS
from textclf_tune.engine.signals import interrupted_exit_code
from textclf_tune.errors import TuneError
from textclf_tune.report.table import FORMATS
from textclf_tune.store.storage import DEFAULT_STORAGE, STORAGE_ENV, default_storage

EXAMPLES = """examples:
  tune run sweeps/imdb_cnn.py --quick      a whole small sweep in minutes (built-in sweeps also by name: imdb_cnn)
  tune run sweeps/imdb_cnn.py              run or resume the real sweep to its budget
  tune leaderboard                         every study in the storage, one line each
  tune confirm imdb_cnn                    choose among the top 3 on mean validation (3 seeds), then test it
                                           against the reference config; 95% CI of the gap
  tune baseline imdb_cnn                   TF-IDF + linear SVM on the study's own splits: what a sweep must beat
  tune export imdb_cnn --out runs/exports/imdb_cnn   the best trial's model (stored weights: seconds)
  tune predict runs/exports/imdb_cnn --text "a fine film"   classify raw text
  tune leaderboard --storage sqlite:///results/studies.db   the project's published studies

storage: --storage URL, else $TEXTCLF_STORAGE, else sqlite:///runs/studies.db
"""


class _Parser(argparse.ArgumentParser):
    """argparse, but a wrong argument is one line (what is wrong, where the help is) and exit 2,
    not the whole usage block first."""

    #: The subcommands' parsers by name (on the top-level parser).
    commands: Mapping[str, argparse.ArgumentParser] = {}

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


#: Commands whose last positional takes any number of values: words after an option go there too.
TRAILING = {"enqueue": "values", "merge": "studies"}


def _unrecognized(parser: argparse.ArgumentParser, extra: list[str]) -> str:
    """argparse's message for ``extra``, with the closest option of ``parser`` for each misspelt one."""
    import difflib

    options = [o for a in parser._actions for o in a.option_strings if o.startswith("--")]
    hints = []
    for arg in extra:
        close = difflib.get_close_matches(arg.split("=", 1)[0], options, n=1) if arg.startswith("--") else []
        if close:
            hints.append(f"{arg}: did you mean {close[0]}?")
    return f"unrecognized arguments: {' '.join(extra)}" + (f" ({'; '.join(hints)})" if hints else "")


def _parser() -> _Parser:
    from textclf_tune import __version__

    storage = default_storage()
    common = _Parser(add_help=False)
    g = common.add_argument_group("common options")
    g.add_argument(
        "--storage",
        default=storage,
        metavar="URL",
        help=f"Optuna storage URL (default: ${STORAGE_ENV} or {DEFAULT_STORAGE}; now {storage})",
    )
    g.add_argument("-v", "--verbose", action="store_true", help="also show Optuna's own log lines")
    g.add_argument("-q", "--quiet", action="store_true", help="no progress output")
    g.add_argument("--debug", action="store_true", help="show the full traceback of an error, and of each failed trial")
    data = _Parser(add_help=False)
    data.add_argument("--data-dir", default=None, help="folder holding the dataset archives (or set TEXTCLF_DATA_DIR)")
    arts = _Parser(add_help=False)
    arts.add_argument(
        "--artifacts",
        default=None,
        metavar="DIR",
        help="folder of the stored model weights (default: $TEXTCLF_ARTIFACTS, else beside a SQLite or "
        "journal file: runs/studies.db -> runs/studies.artifacts; PostgreSQL needs it)",
    )
    stored = _Parser(add_help=False)
    stored.add_argument(
        "--sweep",
        default=None,
        help="the study's sweep file, if it moved (default: the recorded path, from here or else from the "
        "folder the study was created in)",
    )

    p = _Parser(
        prog="tune",
        description="Hyperparameter sweeps for Keras text classifiers.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"textclf-tune {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    p.commands = sub.choices

    def add(name: str, help: str, *parents: _Parser) -> _Parser:
        # help is %-formatted by argparse (hence %%), the description is printed as it is
        return sub.add_parser(name, help=help, description=help.replace("%%", "%"), parents=[common, *parents])

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
    run.add_argument(
        "--pruner",
        default="median",
        choices=PRUNERS,
        help="Optuna pruner (default median; asha: successive halving from epoch 1)",
    )
    run.add_argument("--seed", type=int, default=0, help="sampler seed (default 0)")
    run.add_argument("--quick", action="store_true", help="subsampled data and few epochs: a whole sweep in minutes")
    run.add_argument(
        "--score-test",
        action="store_true",
        help="research only: score every trial on test as it finishes and show it; marks the study "
        "'test seen during search' (by default the test split stays sealed until tune confirm)",
    )
    run.add_argument(
        "--keep-weights",
        type=int,
        default=3,
        metavar="K",
        help="keep the models of the study's K best trials in the artifact store (default 3; 0: none)",
    )
    run.add_argument(
        "--max-failures", type=int, default=5, help="stop after this many failed trials in a row (default 5)"
    )
    run.add_argument(
        "--callback",
        action="append",
        default=[],
        metavar="MODULE:ATTR",
        help="an Optuna callback f(study, trial) called after each trial, e.g. trackers:mlflow_callback "
        "(a module on the path or a .py file; a class or factory is called with no arguments); repeatable",
    )
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
    lb.add_argument(
        "--format",
        default="table",
        choices=FORMATS,
        help="table (default), or markdown, csv, json for files and scripts",
    )
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
        "retrain the top configs by validation with several seeds, choose the best mean validation, and "
        "only then score it and the reference config on test; store the runs and a 95%% CI of the difference; "
        "the chosen config's best validation run is kept for tune export --confirmed",
        data,
        stored,
        arts,
    )
    cf.add_argument("study", help="study name (see tune leaderboard)")
    cf.add_argument("--top", type=int, default=3, help="candidate configs: the best K trials by validation (default 3)")
    cf.add_argument(
        "--seeds", type=int, default=3, help="runs per config, seeds 1000, 1001, ... (default 3, at least 2)"
    )
    cf.add_argument(
        "--refit",
        action="store_true",
        help="after the choice, train each test run on train + validation for the epochs its trial chose "
        "(no early stopping); declared before the test is opened, stored apart from the plain confirmation",
    )
    cf.add_argument(
        "--refit-epochs",
        choices=("trial", "runs"),
        default="trial",
        help="with --refit, the chosen config's epoch count: its trial's best epoch (default), or the median "
        "best epoch of its validation runs here (steadier under a learning-rate schedule)",
    )

    bl = add(
        "baseline",
        "fit TF-IDF + a linear SVM (unigrams; unigrams + bigrams) on a study's own splits and vocabulary, "
        "C chosen on validation; store its figures with the study",
        data,
        stored,
    )
    bl.add_argument("study", help="study name (see tune leaderboard)")
    bl.add_argument(
        "--score-test",
        action="store_true",
        help="also score the test split once with the models chosen on validation (recorded with the study: "
        "by which command, when); without it the test split is not read",
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
    which = ex.add_mutually_exclusive_group()
    which.add_argument("--trial", type=int, default=None, help="export this complete trial instead of the best")
    which.add_argument(
        "--confirmed",
        action="store_true",
        help="export the model tune confirm kept: the chosen config's best validation run (no training)",
    )
    ex.add_argument("--retrain", action="store_true", help="retrain the trial even when its weights are stored")

    mg = add(
        "merge",
        "add to the storage's studies the trials a copy of it ran elsewhere (another machine, a GPU): "
        "the copy's new trials, their curves, timings, machines and stored weights; merging twice adds nothing",
    )
    mg.add_argument("source", metavar="FROM", help="the copy: a storage URL, or a .db (SQLite) or .log (journal) file")
    mg.add_argument("studies", nargs="*", help="study names (default: every study in FROM)")
    mg.add_argument(
        "--artifacts-from",
        default=None,
        metavar="DIR",
        help="the copy's folder of stored weights (default: beside a .db or .log file, as tune run puts it)",
    )
    mg.add_argument("--artifacts", default=None, metavar="DIR", help="the storage's folder of stored weights")

    pr = add("predict", "classify raw text with an exported model (tune export): --text, or a CSV/TSV/JSONL file")
    pr.add_argument("model", metavar="DIR", help="an export folder (the --out of tune export)")
    pr.add_argument(
        "csv",
        nargs="?",
        default=None,
        metavar="FILE",
        help="a CSV or TSV file with a header row, or a JSON Lines file (.jsonl); - reads one text per line from stdin",
    )
    pr.add_argument("--text", action="append", default=[], help="a text to classify (repeat for several)")
    pr.add_argument("--text-column", default="text", help="the column (or JSONL field) holding the text (default text)")
    pr.add_argument(
        "--out", default=None, help="output file, in FILE's format (default: FILE.predictions.csv/.tsv/.jsonl)"
    )
    pr.add_argument(
        "--encoding",
        default="utf-8-sig",
        help="FILE's text encoding, e.g. latin-1, cp1252 (default UTF-8); output is UTF-8",
    )
    pr.add_argument("--format", default="table", choices=("table", "json"), help="how --text results print")
    pr.add_argument(
        "--sweep",
        default=None,
        metavar="FILE",
        help="the sweep file whose layers the model uses (a custom layer Keras must import to load it)",
    )
    return p


#: Where ``tune report`` writes unless told otherwise: git-ignored, beside the default storage.
DEFAULT_REPORTS = "runs/reports"


COMMANDS = {
    "run": cmd_run,
    "leaderboard": cmd_leaderboard,
    "enqueue": cmd_enqueue,
    "confirm": cmd_confirm,
    "baseline": cmd_baseline,
    "report": cmd_report,
    "export": cmd_export,
    "merge": cmd_merge,
    "predict": cmd_predict,
}


# What a Ctrl-C leaves, per command; only tune run has trials to mark and a run to resume
# (tune confirm says its own line).
STOPPED = {
    "run": "stopped. A trial that was running, if any, is marked failed (interrupted) and does not count; "
    "run the same command to resume.",
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = _parser()
    if not argv:
        parser.print_help()
        return 0
    args, extra = parser.parse_known_args(argv)
    if args.command in TRAILING:  # words after an option land here (argparse fills a '*' positional once)
        dest = TRAILING[args.command]
        setattr(args, dest, getattr(args, dest) + [a for a in extra if not a.startswith("-")])
        extra = [a for a in extra if a.startswith("-")]
    if extra:
        command = parser.commands.get(args.command, parser)
        command.error(_unrecognized(command, extra))
    if args.command is None:
        parser.print_help()
        return 0
    args.argv = argv
    import optuna

    # Optuna's INFO lines (a study created, a trial copied) only with --verbose, for every command.
    optuna.logging.set_verbosity(optuna.logging.INFO if args.verbose else optuna.logging.WARNING)
    if args.debug:  # a failed trial's traceback, logged at DEBUG beside its one-line reason
        _debug_logging()
    try:
        return COMMANDS[args.command](args)
    except TuneError as exc:
        if args.debug:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # a storage that refuses writes (disk full, read-only, corrupt): one line
        from textclf_tune.store.faults import fault_error, storage_fault

        fault = storage_fault(exc)
        if fault is None or args.debug:
            raise
        print(f"error: {fault_error(fault, args.storage)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"\n{STOPPED.get(args.command, 'stopped.')}", file=sys.stderr)
        return interrupted_exit_code()


def _debug_logging() -> None:
    logger = logging.getLogger("textclf_tune")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)


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
