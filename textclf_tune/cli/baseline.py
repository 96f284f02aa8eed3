"""What ``tune baseline`` prints: each feature set's figures, the choice, and the study's gap to it."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from textclf_tune.report.console import make_console


def _f(v: Any) -> str:
    return "—" if v is None else f"{v:.4f}"


def print_linear(study_name: str, record: dict[str, Any], storage: str, console: Console | None = None) -> None:
    """A table of the stored record (see :mod:`textclf_tune.engine.baseline`) and the study's Δ linear."""
    from textclf_tune.report.leaderboard import study_row
    from textclf_tune.store.storage import load_existing_study

    console = console or make_console()
    if not console.is_terminal:
        console.width = max(console.width, 120)
    sealed = not record.get("test_opened")
    metric = str(record.get("metric") or "accuracy")
    extra = [] if metric == "accuracy" else [f"val {metric}", f"test {metric}"]
    table = Table(title=f"linear baseline of {study_name} · {record['model']} · C chosen on validation {metric}")
    for col in ("features", "C", *extra, "val accuracy", "test accuracy", "n features", "seconds"):
        table.add_column(col, justify="left" if col == "features" else "right", no_wrap=True)
    for name, r in record["features"].items():
        test = "sealed" if sealed else _f(r.get("test_accuracy"))
        by_metric = [] if not extra else [_f(r.get("val_metric")), "sealed" if sealed else _f(r.get("test_metric"))]
        mark = " (chosen)" if name == record["best"] else ""
        edge = " (grid edge)" if r.get("c_at_edge") else ""
        table.add_row(
            name + mark,
            f"{r['c']:g}{edge}",
            *by_metric,
            _f(r["val_accuracy"]),
            test,
            f"{r.get('n_features_in_train', r['n_features']):,}",
            f"{r['seconds']:.1f}",
        )
    console.print(table)
    rows = list(record["features"].values())
    extended = "".join(
        f" (+{', '.join(f'{c:g}' for c in r['c_extended'])} for {n})"
        for n, r in record["features"].items()
        if r.get("c_extended")
    )
    console.print(
        f"train {rows[0]['train_rows']:,} / validation {rows[0]['val_rows']:,} rows, vocabulary ids < "
        f"{record['num_words']:,}; C grid {', '.join(f'{c:g}' for c in record['c_grid'])}{extended}; "
        f"{record['seconds']:.1f} s in all"
    )
    if sealed:
        console.print("test split not read (sealed); tune baseline --score-test scores it once, recorded")
    else:
        last = record["test_opened"][-1]
        console.print(f"test split opened by `{last['command']}` at {last['when']}")
    row = study_row(load_existing_study(study_name, storage))
    if row.get("delta_linear") is not None:
        console.print(
            f"best trial's validation {_f(row['best_val'])} vs linear {_f(row['linear_val_metric'])}: "
            f"Δ linear [bold]{row['delta_linear']:+.4f}[/]"
        )
    if row.get("delta_linear_test") is not None:
        lin_test = row["linear_test"] if metric == "accuracy" else row["linear_test_metric"]
        console.print(
            f"confirmed tuned test {metric} {_f(lin_test + row['delta_linear_test'])} vs linear test {_f(lin_test)}: "
            f"Δ linear (test) [bold]{row['delta_linear_test']:+.4f}[/]"
        )
