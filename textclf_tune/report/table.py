"""How the leaderboard looks: its columns and views (the compact terminal table that fits 80
columns, ``--wide``, markdown, csv, json), drawn from :func:`textclf_tune.report.leaderboard.study_row`
rows. Rendering only: nothing here reads a storage."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from textclf_tune.report.leaderboard import SEALED, SEEN, TEST_KEYS, stale_confirmation

FORMATS = ("table", "csv", "json", "markdown")


COMPACT, WIDE, MARKDOWN = "compact", "wide", "markdown"


#: ``--wide``'s long text (params, confirmed figures, warnings) goes on lines below the table.
BELOW = "below"


@dataclass(frozen=True)
class Column:
    """One leaderboard column: the :func:`study_row` key it shows, its title, and the views it is in
    (``COMPACT``: the default terminal table, which fits 80 columns; ``WIDE``: ``--wide``;
    ``BELOW``: printed under the ``--wide`` table; ``MARKDOWN``: ``render(rows, "markdown")``).
    ``cell`` formats the whole row when one key is not enough. Adding a column is one line here."""

    key: str
    title: str
    views: frozenset[str]
    cell: Callable[[dict[str, Any]], str] | None = None


def _col(key: str, title: str, *views: str, cell: Callable[[dict[str, Any]], str] | None = None) -> Column:
    return Column(key, title, frozenset(views), cell)


COLUMNS: list[Column] = [
    _col("study", "study", COMPACT, WIDE, MARKDOWN, cell=lambda r: r["study"] + ("*" if r.get("quick") else "")),
    _col("finished", "finished", COMPACT, cell=lambda r: _of_budget(r)),
    _col("trials", "done / pruned / failed", WIDE, cell=lambda r: f"{r['complete']}/{r['pruned']}/{r['failed']}"),
    _col("complete", "done", MARKDOWN),
    _col("pruned", "pruned", MARKDOWN),
    _col("failed", "failed", MARKDOWN),
    _col("objective", "objective", WIDE, MARKDOWN),
    _col("best_val", "best val", COMPACT, WIDE, MARKDOWN),
    # Test columns hold accuracy whatever the objective; "test obj" holds the objective's counterpart.
    _col("best_test", "test acc (confirmed)", WIDE, MARKDOWN),
    _col("best_test_objective", "test obj", WIDE, MARKDOWN, cell=lambda r: objective_test_cell(r)),
    _col("majority", "majority acc", WIDE, MARKDOWN),  # always predicting the largest class: the floor
    _col("reference", "reference", WIDE, MARKDOWN),
    _col("delta_reference", "Δ ref", WIDE, MARKDOWN),
    _col("baseline_test", "baseline test acc", WIDE, MARKDOWN),
    _col("delta_baseline_val", "Δ base val", COMPACT, WIDE, MARKDOWN),
    _col("delta_baseline", "Δ baseline acc", WIDE, MARKDOWN),
    _col("confirmed_delta", "confirmed Δ", COMPACT, cell=lambda r: confirmed_delta(r)),
    _col("confirmed", "confirmed (mean, 95% CI)", BELOW, MARKDOWN),
    _col("best_params", "best params", BELOW, MARKDOWN),
    _col("linear", "Δ linear", WIDE, MARKDOWN),
    _col("test_status", "test split", WIDE, MARKDOWN),
    _col("compute_hours", "train h", WIDE, MARKDOWN, cell=lambda r: hours_text(r.get("compute_hours"))),
    _col("linear_line", "linear baseline", BELOW, cell=lambda r: linear_line(r)),
    _col("warnings", "warnings", BELOW, MARKDOWN),
]


#: What a ``--quick`` study's figures are for, said beside them wherever they are shown.
QUICK_MEANING = "a plumbing check on a subsample with few epochs; its figures are not comparable with the reference"


#: Under a table holding a quick study (marked *).
QUICK_NOTE = f"* quick: {QUICK_MEANING}"


def columns(view: str) -> list[Column]:
    """The columns of one view, in order."""
    return [c for c in COLUMNS if view in c.views]


def linear_line(row: dict[str, Any]) -> str:
    """The linear baseline in one line ('' when ``tune baseline`` has not run), in the study's own
    metric when the baseline has it (``macro_f1``), else in accuracy; Δ linear only where the two
    figures are of the same metric."""
    if row.get("linear_val") is None:
        return ""
    metric = row.get("linear_metric") or "accuracy"
    val, test_value = row["linear_val"], row.get("linear_test")
    if metric != "accuracy" and row.get("linear_val_metric") is not None:
        val, test_value = row["linear_val_metric"], row.get("linear_test_metric")
    test = "" if test_value is None else f", test {test_value:.4f}"
    gap = f"; Δ linear {row['linear']}" if row.get("linear") else ""
    if row.get("objective") and str(row["objective"]) != f"val_{metric}" and not _is_accuracy(row):
        gap += f" (no Δ on validation: the baseline has no {row['objective']})"
    return f"{row['linear_features']}, {metric}: val {val:.4f}{test}{gap}"


def _is_accuracy(row: dict[str, Any]) -> bool:
    return str(row.get("objective") or "val_accuracy") in ("val_accuracy", "val_acc")


def objective_test_cell(row: dict[str, Any]) -> str:
    """The confirmed test figure of the objective's counterpart (``val_auc``: test auc), named."""
    value = row.get("best_test_objective")
    if value is None:
        return _shown(row, "best_test_objective")
    return f"{value:.4f}" if _is_accuracy(row) else f"{_metric(row)} {value:.4f}"


def _metric(row: dict[str, Any]) -> str:
    return str(row.get("objective") or "val_accuracy").removeprefix("val_")


def render(rows: list[dict[str, Any]], fmt: str) -> str:
    """``csv``, ``json`` or ``markdown`` text (``table`` is drawn by :func:`print_table`)."""
    if fmt == "json":
        return json.dumps(rows, indent=2, default=str)
    if fmt == "csv":
        buf = io.StringIO()
        keys = (
            [k for k in rows[0] if k not in ("confirmation", "confirmation_refit", "test_openings")]
            if rows
            else [c.key for c in columns(MARKDOWN)]
        )
        w = csv.DictWriter(buf, fieldnames=keys, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: _cell(k, r.get(k), plain=True) for k in keys})
        return buf.getvalue()
    if fmt == "markdown":
        cols = columns(MARKDOWN)
        head = "| " + " | ".join(c.title for c in cols) + " |"
        sep = "|" + "|".join("---" for _ in cols) + "|"
        body = ["| " + " | ".join(_shown(r, c.key).replace("|", "\\|") for c in cols) + " |" for r in rows]
        return "\n".join([head, sep, *body]) + "\n"
    raise ValueError(f"format must be one of {FORMATS}, got {fmt!r}")


def table(rows: list[dict[str, Any]], wide: bool = False) -> Any:
    """The rich table of ``rows``: the compact view, or every ``WIDE`` column. A figure's column is
    never narrower than its widest figure (a title may wrap); a long study name folds."""
    from rich import box
    from rich.table import Table

    cols = columns(WIDE if wide else COMPACT)
    cells = [[table_cell(c, r) for c in cols] for r in rows]
    t = Table(
        title="chosen on validation; test: tune confirm only",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        collapse_padding=True,
    )
    for i, c in enumerate(cols):
        widest = max((len(row[i]) for row in cells), default=1)
        if c.key == "study":
            t.add_column(c.title, justify="left", overflow="fold", min_width=min(widest, 12))
        else:
            t.add_column(c.title, justify="right", overflow="fold", min_width=widest)
    for row in cells:
        t.add_row(*row)
    return t


def table_cell(column: Column, row: dict[str, Any]) -> str:
    return column.cell(row) if column.cell else _shown(row, column.key)


def print_table(rows: list[dict[str, Any]], console: Any = None, wide: bool = False) -> None:
    """The leaderboard on ``console``: the compact view fits 80 columns; ``wide`` adds every column
    and, below the table, each study's best params, confirmed figures and warnings. Off a terminal
    (pipes, logs) the console widens to the table's natural width, so no value is ever cut."""
    from rich.measure import Measurement

    from textclf_tune.report.console import make_console

    console = console or make_console()
    drawn = table(rows, wide)
    size = Measurement.get(console, console.options.update(max_width=10_000), drawn)
    if not console.is_terminal:
        console.width = max(console.width, size.maximum)
    if size.minimum <= console.width:
        console.print(drawn)
    else:  # a terminal too narrow for the figures: one block per study instead of a cut table
        for r in rows:
            cols = columns(WIDE if wide else COMPACT)
            console.print(
                f"[bold]{table_cell(cols[0], r)}[/]  " + "  ".join(f"{c.title} {table_cell(c, r)}" for c in cols[1:])
            )
    soft = not console.is_terminal  # off a terminal a note stays one line; on one it wraps
    if any(r.get("quick") for r in rows):
        console.print(QUICK_NOTE, soft_wrap=soft)
    if not wide and any(r.get("objective") for r in rows):
        console.print(objectives_note(rows), soft_wrap=soft)
    if not wide:
        for r in rows:  # what a neural sweep must beat, in the default view too
            if linear_line(r):
                console.print(f"{r['study']}: linear baseline {linear_line(r)}", soft_wrap=soft)
        warned = sum(bool(r.get("warnings")) for r in rows)
        if warned:
            console.print(
                f"{warned} with warnings; params, confirmed figures, warnings: tune leaderboard --wide", soft_wrap=soft
            )
        return
    for r in rows:
        lines = [
            f"  {c.title}: {table_cell(c, r)}"
            for c in columns(BELOW)
            if c.key != "warnings" and table_cell(c, r) not in ("", "—")
        ]
        lines += [f"  [yellow]warning:[/] {w}" for w in r.get("warnings") or []]
        if lines:
            console.print(f"[bold]{r['study']}[/]")
            for line in lines:
                console.print(line, soft_wrap=soft)


def objectives_note(rows: list[dict[str, Any]]) -> str:
    """What "best val" and the Δ columns measure: each objective, and which way is better."""
    seen: dict[str, str] = {}
    for r in rows:
        if r.get("objective"):
            seen[str(r["objective"])] = " (lower is better)" if r.get("direction") == "minimize" else ""
    text = "best val: the best " + " / ".join(f"{k}{v}" for k, v in sorted(seen.items())) + " on validation"
    other = sorted({_metric(r) for r in rows if r.get("objective") and not _is_accuracy(r)})
    if other:
        text += f"; confirmed Δ on the objective's test metric ({', '.join(other)}) where scored, else accuracy"
    return text


def hours_text(hours: dict[str, float] | None) -> str:
    """``search 12.3 (4.1 copied) + confirm 2.0``: the study's training hours (see ``compute_hours``)."""
    if not hours:
        return "—"
    text = f"search {hours['search']:.1f}"
    if hours.get("copied"):
        text += f" ({hours['copied']:.1f} copied)"
    return text + (f" + confirm {hours['confirm']:.1f}" if hours.get("confirm") else "")


def _of_budget(row: dict[str, Any]) -> str:
    done = int(row.get("complete") or 0) + int(row.get("pruned") or 0)
    return f"{done}/{row['budget']}" if row.get("budget") else str(done)


def in_flight(rows: list[dict[str, Any]]) -> list[str]:
    """Under the terminal table: each study with trials running, queued or left running by a run
    that is gone (the counts say only finished ones)."""
    out = []
    for r in rows:
        parts = [f"{r[k]} {k}" for k in ("running", "waiting") if r.get(k)]
        if r.get("stopped"):
            parts.append(f"{r['stopped']} stopped (its run is gone; the next tune run fails it and queues it again)")
        if parts:
            out.append(f"{r['study']}: {', '.join(parts)}")
    return out


def confirmed_delta(row: dict[str, Any]) -> str:
    """The compact view's cell for ``tune confirm``: Δ = mean(tuned) − mean(baseline) and its 95% CI
    at 3 decimals; ``stale`` when the best trial is no longer among the confirmed candidates;
    ``sealed`` while the test split is unopened; ``test seen`` when trials were scored on it during
    the search (``--score-test``) and nothing is confirmed; ``—`` otherwise."""
    c = row.get("confirmation") or {}
    confirm = c if c.get("tuned") else row.get("confirmation_refit") or {}
    diff = confirm.get("diff_mean")
    if diff is None:
        status = row.get("test_status")
        return SEALED if status == SEALED else "test seen" if status == SEEN else "—"
    if stale_confirmation(confirm, row.get("best_trial")):
        return "stale"  # the figures describe earlier candidates: --wide says which
    prefix, ci = "", confirm.get("ci95")
    cp = confirm.get("counterpart") or {}
    if not _is_accuracy(row) and cp.get("diff_mean") is not None:  # the objective's own test metric
        prefix, diff, ci = f"{cp['metric']} ", cp["diff_mean"], cp.get("ci95")
    elif not _is_accuracy(row):
        prefix = "acc "  # the objective's counterpart was not scored: say what the figure is
    text = f"{prefix}{diff:+.3f}"
    if ci and None not in ci:
        text += f" [{ci[0]:+.3f},{ci[1]:+.3f}]"
    return text


def _shown(row: dict[str, Any], key: str) -> str:
    """A cell as displayed: a test column of a study whose test split is sealed says so."""
    value = row.get(key)
    if key == "compute_hours":
        return hours_text(value)
    if key == "delta_reference" and (row.get("not_comparable") or row.get("reference") is None):
        return "—"  # the quick preset's data and epochs are not the reference's; or the sweep gives none
    if key in ("baseline_test", "delta_baseline") and row.get("baseline_trial") is None:
        return "—"  # no reference config, so no baseline trial: nothing the test could open
    if key in TEST_KEYS and value is None and row.get("test_status") == SEALED:
        return SEALED
    return _cell(key, value)


def _cell(key: str, value: Any, plain: bool = False) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "" if plain else "—"
    if isinstance(value, float) and plain:
        return repr(value)  # csv: every digit stored, for a spreadsheet or pandas to round
    if key.startswith("delta"):
        return f"{value:+.4f}"
    if isinstance(value, float):
        return f"{value:.4f}"
    if isinstance(value, dict):
        return json.dumps(value) if plain else ", ".join(f"{k}={_short(v)}" for k, v in value.items())
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return str(value)


def _short(v: Any) -> str:
    return f"{v:.3g}" if isinstance(v, float) else str(v)
