"""The ``tune`` subcommands other than ``run`` (cli/run_cmd.py): each parses nothing, calls the
package for data, and renders it. Heavy imports happen inside each command."""

from __future__ import annotations

import argparse
import os
import sys

from textclf_tune.cli.argv import recorded_command
from textclf_tune.report.console import make_console


def cmd_leaderboard(args: argparse.Namespace) -> int:
    from textclf_tune.report.leaderboard import leaderboard_rows
    from textclf_tune.report.table import in_flight, print_table, render

    every = leaderboard_rows(args.storage)
    rows = every if args.all else [r for r in every if not r["superseded"]]
    if args.format == "table":
        if not every:
            print(
                f"no studies in {args.storage}; start one with: tune run SWEEP.py --quick "
                "(or a built-in sweep: tune run imdb_cnn --quick)"
            )
            return 0
        print_table(rows, wide=args.wide)
        for line in in_flight(rows):
            print(line)
        hidden = len(every) - len(rows)
        if hidden:
            print(f"({hidden} superseded {'study' if hidden == 1 else 'studies'} not shown: tune leaderboard --all)")
    else:
        sys.stdout.write(render(rows, args.format))
    return 0


def cmd_enqueue(args: argparse.Namespace) -> int:
    from textclf_tune.store.enqueue import enqueue

    done = enqueue(args.study, args.values, storage=args.storage, from_trial=args.from_trial, from_best=args.from_best)
    values = ", ".join(f"{k}={v:.6g}" if isinstance(v, float) else f"{k}={v!r}" for k, v in done.params.items())
    if done.duplicate:
        print(f"not enqueued: trial {done.trial} of study {done.study!r} already holds exactly these values ({values})")
        return 0
    rest = f"; sampled as usual: {', '.join(done.sampled)}" if done.sampled else ""
    from textclf_tune.store.storage import default_storage

    run = done.run_command(args.storage if args.storage != default_storage() else None)
    if done.past_budget:
        when = (
            f"the study already holds its budget ({done.finished}/{done.budget} finished), so `{run}` trains no more; "
            f"`{run} --trials {done.trials_to_train}` trains the {done.waiting} waiting trial(s)"
        )
    else:
        when = f"`{run}` trains waiting trials first (a sweep already running takes it as its next trial)"
    print(f"enqueued trial {done.trial} in study {done.study!r}: {values}{rest}\n{when}")
    if done.pruned_before is not None:
        print(
            f"trial {done.pruned_before} with these values was pruned; to train them in full, run with "
            "--pruner none (the study's pruner judges this trial as it judged that one)"
        )
    return 0


def cmd_confirm(args: argparse.Namespace) -> int:
    from textclf_tune.cli.confirm_view import ConsoleConfirmView, print_summary
    from textclf_tune.engine.confirm import confirm
    from textclf_tune.engine.runtime import import_keras_quietly
    from textclf_tune.engine.signals import interrupted_exit_code, interrupts_armed

    console = make_console(quiet=args.quiet)
    try:
        with interrupts_armed():  # SIGTERM too stops it with the line below (each finished run is stored)
            import_keras_quietly()  # no TensorFlow start-up lines on stderr, as in tune run
            summary = confirm(
                args.study,
                storage=args.storage,
                seeds=args.seeds,
                top=args.top,
                data_dir=args.data_dir,
                sweep_path=args.sweep,
                refit=args.refit,
                refit_epochs=args.refit_epochs,
                command=recorded_command(args),
                events=ConsoleConfirmView(console),
                artifacts=args.artifacts,
            )
    except KeyboardInterrupt:
        print(
            "\nstopped. Finished confirmation runs are stored; run the same command to go on from there.",
            file=sys.stderr,
        )
        return interrupted_exit_code()
    print_summary(summary, console)
    return 0


def cmd_baseline(args: argparse.Namespace) -> int:
    from textclf_tune.cli.baseline import print_linear
    from textclf_tune.engine.baseline import baseline

    command = recorded_command(args)
    if not args.quiet:
        print(f"baseline {args.study}: loading its data, fitting TF-IDF + LinearSVC ...", flush=True)
    record = baseline(
        args.study,
        storage=args.storage,
        data_dir=args.data_dir,
        sweep_path=args.sweep,
        score_test=args.score_test,
        command=command,
    )
    if not args.quiet:
        print_linear(args.study, record, args.storage)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from textclf_tune.report.markdown import write_reports

    reports, board = write_reports(args.studies, storage=args.storage, out=args.out)
    for r in reports:
        extra = f"; not drawn: {', '.join(sorted(r.skipped))}" if r.skipped else ""
        print(f"{r.study}: {r.report} ({len(r.plots)} plots{extra})")
    print(f"leaderboard: {board}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

    from textclf_tune.engine.runtime import import_keras_quietly

    import_keras_quietly()  # before the export code imports TensorFlow: its C++ start-up lines
    from textclf_tune.export.writer import export

    export(
        args.study,
        args.out,
        storage=args.storage,
        trial=args.trial,
        data_dir=args.data_dir,
        sweep_path=args.sweep,
        console=None if args.quiet else make_console(),
        artifacts=args.artifacts,
        retrain=args.retrain,
        confirmed=args.confirmed,
    )
    return 0


def cmd_predict(args: argparse.Namespace) -> int:
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    from textclf_tune.cli.predict import predict_command

    return predict_command(args)


def cmd_merge(args: argparse.Namespace) -> int:
    from textclf_tune.store.merge import merge, storage_url

    done = merge(
        storage_url(args.source),
        args.storage,
        studies=args.studies or None,
        artifacts_from=args.artifacts_from,
        artifacts=args.artifacts,
    )
    for m in done:
        if m.created:
            print(f"{m.study}: not in {args.storage}; copied whole ({len(m.added)} trials, {m.weights} stored models)")
            continue
        line = f"{m.study}: {len(m.added)} trial(s) added, {m.skipped} already here"
        if m.unfinished:
            line += f", {m.unfinished} running or waiting there (not carried: no result yet)"
        if m.weights:
            line += f"; {m.weights} stored model(s) copied"
        print(line)
        for waiting, merged in m.superseded_waiting.items():
            print(f"  waiting trial {waiting} ran there: failed here, its result is trial {merged}")
    return 0
