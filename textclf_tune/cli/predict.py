"""``tune predict``: render an exported model's predictions (the work is in textclf_tune.export)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from textclf_tune.errors import TuneError
from textclf_tune.report.console import make_console

#: Classes shown per text in the table (the most probable first) when there are more.
TOP_CLASSES = 4


def predict_command(args: argparse.Namespace) -> int:
    if not args.text and args.csv is None:
        raise TuneError(
            'tune predict needs --text "..." or a CSV, TSV or JSONL file; e.g. tune predict DIR --text "a fine film"'
        )
    if args.text and args.csv is not None:
        raise TuneError("pass either --text or a file, not both; run tune predict once for each")
    from textclf_tune.engine.runtime import import_keras_quietly
    from textclf_tune.export.predictor import load_exported

    texts = list(args.text)
    if args.csv == "-":  # `... | tune predict DIR -`: one text per line, blank lines skipped
        texts = [line.rstrip("\r\n") for line in sys.stdin if line.strip()]
        if not texts:
            raise TuneError("tune predict DIR -: standard input held no text; give one text per line")
    import_keras_quietly()
    model = load_exported(args.model, sweep=args.sweep)
    if texts:
        pred = model.predict(texts)
        rows = [{"text": t, **r} for t, r in zip(texts, pred.rows())]
        if args.format == "json":
            print(json.dumps(rows, indent=1, ensure_ascii=False))
        else:
            print_rows(rows, model.class_names)
        _note_unknown(pred.unknown, len(texts), "text")
        return 0
    return _predict_file(args, model)


def _note_unknown(n: int, total: int, what: str) -> None:
    if n:
        print(
            f"note: {n} of {total} {what}s hold no word the model knows (only unseen words, or none: emoji, "
            "symbols); their labels are guesses from nothing",
            file=sys.stderr,
        )


def print_rows(rows: list[dict[str, Any]], class_names: list[str]) -> None:
    from rich.table import Table

    from textclf_tune.report.console import make_console

    table = Table()
    table.add_column("text", overflow="ellipsis", no_wrap=True, max_width=40)
    table.add_column("label", no_wrap=True, min_width=5)
    shown = class_names if len(class_names) <= TOP_CLASSES else []
    for c in shown:
        table.add_column(f"P({c})", justify="right", no_wrap=True, min_width=6)
    if not shown:
        table.add_column(f"top {TOP_CLASSES} classes")
    for r in rows:
        probs = r["probabilities"]
        if shown:
            table.add_row(r["text"], r["label"], *(f"{probs[c]:.4f}" for c in shown))
        else:
            top = sorted(probs.items(), key=lambda kv: -kv[1])[:TOP_CLASSES]
            table.add_row(r["text"], r["label"], ", ".join(f"{c} {p:.3f}" for c, p in top))
    console = make_console()
    if not console.is_terminal:  # piped or redirected: as wide as the table, so no class column is cut
        from rich.measure import Measurement

        need = Measurement.get(console, console.options.update(max_width=10_000), table).maximum
        console.width = max(console.width, need)
    console.print(table)


def _predict_file(args: argparse.Namespace, model: Any) -> int:
    from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn

    from textclf_tune.export.batch import predict_file

    t0 = time.perf_counter()
    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        DownloadColumn(),
        TimeRemainingColumn(),
        console=make_console(stderr=True),
        disable=args.quiet or not sys.stderr.isatty(),
        transient=True,
    ) as bar:
        task = bar.add_task(f"predicting {args.csv}", total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        result = predict_file(model, args.csv, args.text_column, args.out, progress, encoding=args.encoding)
    counts = ", ".join(f"{c} {n}" for c, n in result.counts.items())
    print(f"{result.rows} rows classified in {time.perf_counter() - t0:.1f} s ({counts}): {result.out}")
    _note_unknown(result.unknown, result.rows, "row")
    return 0
