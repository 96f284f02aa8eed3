"""The leaderboard: one row per study, read straight from the storage (no TensorFlow import).

For each study: trials complete / pruned / failed; the best trial *by validation*; that trial's
test accuracy (scored after training, never read by the sampler); the original script's reported
accuracy and the difference to it; the baseline trial (the reference config re-measured on the same
pipeline) and the difference to it; confirmed figures when ``tune confirm`` has run; and a warning
for each numeric hyperparameter whose best value sits on the edge of its range.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import optuna
from optuna.trial import FrozenTrial, TrialState

from textclf_tune.storage import open_storage

FORMATS = ("table", "csv", "json", "markdown")

COLUMNS = [
    ("study", "study"),
    ("complete", "done"),
    ("pruned", "pruned"),
    ("failed", "failed"),
    ("best_val", "best val"),
    ("best_test", "its test"),
    ("reference", "reference"),
    ("delta_reference", "Δ ref"),
    ("baseline_test", "baseline test"),
    ("delta_baseline", "Δ baseline"),
    ("confirmed", "confirmed (mean, 95% CI)"),
    ("best_params", "best params"),
    ("warnings", "warnings"),
]


def reference_trial(trials: list[FrozenTrial]) -> FrozenTrial | None:
    """The finished trial of the reference config (the first one, if it was retried)."""
    for t in trials:
        if t.user_attrs.get("is_reference") and t.state == TrialState.COMPLETE:
            return t
    return None


def best_trial(study: optuna.Study, trials: list[FrozenTrial]) -> FrozenTrial | None:
    done = [t for t in trials if t.state == TrialState.COMPLETE and t.value is not None]
    if not done:
        return None
    maximize = study.direction == optuna.study.StudyDirection.MAXIMIZE
    return max(done, key=lambda t: t.value if maximize else -t.value)  # type: ignore[operator]


def edge_warnings(trial: FrozenTrial) -> list[str]:
    """Numeric hyperparameters whose value sits on the edge of their range: widen the space."""
    out = []
    for name, dist in trial.distributions.items():
        value = trial.params.get(name)
        low, high = getattr(dist, "low", None), getattr(dist, "high", None)
        if low is None or high is None or value is None or low == high:
            continue
        if value == low or value == high:
            out.append(f"{name}={value:g} is at the {'lower' if value == low else 'upper'} edge [{low:g}, {high:g}]")
    return out


def study_row(study: optuna.Study) -> dict[str, Any]:
    trials = study.get_trials(deepcopy=False)
    n = {s: sum(t.state == s for t in trials) for s in TrialState}
    best = best_trial(study, trials)
    base = reference_trial(trials)
    ref = study.user_attrs.get("reference_accuracy")
    best_test = best.user_attrs.get("test_accuracy") if best else None
    base_test = base.user_attrs.get("test_accuracy") if base else None
    confirm = study.user_attrs.get("confirmation")
    return {
        "study": study.study_name,
        "sweep_file": study.user_attrs.get("sweep_file"),
        "budget": study.user_attrs.get("budget"),
        "complete": n[TrialState.COMPLETE],
        "pruned": n[TrialState.PRUNED],
        "failed": n[TrialState.FAIL],
        "running": n[TrialState.RUNNING],
        "best_trial": best.number if best else None,
        "best_val": best.value if best else None,
        "best_test": best_test,
        "reference": ref,
        "delta_reference": _sub(best_test, ref),
        "baseline_trial": base.number if base else None,
        "baseline_val": base.value if base else None,
        "baseline_test": base_test,
        "delta_baseline": _sub(best_test, base_test),
        "confirmed": _confirmed_text(confirm),
        "confirmation": confirm,
        "best_params": best.params if best else {},
        "warnings": edge_warnings(best) if best else [],
    }


def leaderboard_rows(storage: str) -> list[dict[str, Any]]:
    st = open_storage(storage, heartbeat=False)
    rows = []
    for name in sorted(optuna.get_all_study_names(storage=st)):
        rows.append(study_row(optuna.load_study(study_name=name, storage=st)))
    return rows


def render(rows: list[dict[str, Any]], fmt: str) -> str:
    """``csv``, ``json`` or ``markdown`` text (``table`` is drawn by :func:`print_table`)."""
    if fmt == "json":
        return json.dumps(rows, indent=2, default=str)
    if fmt == "csv":
        buf = io.StringIO()
        keys = [k for k in rows[0] if k != "confirmation"] if rows else [k for k, _ in COLUMNS]
        w = csv.DictWriter(buf, fieldnames=keys, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: _cell(k, r.get(k), plain=True) for k in keys})
        return buf.getvalue()
    if fmt == "markdown":
        head = "| " + " | ".join(title for _, title in COLUMNS) + " |"
        sep = "|" + "|".join("---" for _ in COLUMNS) + "|"
        body = ["| " + " | ".join(_cell(k, r.get(k)).replace("|", "\\|") for k, _ in COLUMNS) + " |" for r in rows]
        return "\n".join([head, sep, *body]) + "\n"
    raise ValueError(f"format must be one of {FORMATS}, got {fmt!r}")


def print_table(rows: list[dict[str, Any]], console: Any = None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    table = Table(title="textclf-tune leaderboard (best trial chosen on validation; test scored afterwards)")
    for key, title in COLUMNS:
        table.add_column(title, overflow="fold", justify="right" if key not in ("study", "best_params", "warnings", "confirmed") else "left")
    for r in rows:
        table.add_row(*(_cell(k, r.get(k)) for k, _ in COLUMNS))
    console.print(table)


def _sub(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a - b


def _confirmed_text(confirm: dict[str, Any] | None) -> str:
    if not confirm:
        return ""
    lo, hi = confirm["ci95"]
    return (f"tuned {confirm['tuned_mean']:.4f} vs baseline {confirm['baseline_mean']:.4f}: "
            f"{confirm['diff_mean']:+.4f} [{lo:+.4f}, {hi:+.4f}] (n={len(confirm['tuned'])}+{len(confirm['baseline'])})")


def _cell(key: str, value: Any, plain: bool = False) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "" if plain else "—"
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
