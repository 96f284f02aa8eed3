"""The leaderboard: one row per study, read straight from the storage (no TensorFlow import).

For each study: trials complete / pruned / failed; the best trial *by validation*; that trial's
test accuracy (scored after training, never read by the sampler); the original script's reported
accuracy and the difference to it; the baseline trial (the reference config re-measured on the same
pipeline) and the difference to it; Δ linear, the gap to the linear baseline of ``tune baseline``
(best validation against the linear model's validation; the confirmed test mean against its test
accuracy once both are open); confirmed figures when ``tune confirm`` has run; and a warning
for each numeric hyperparameter whose best value sits on the edge of its range.
"""

from __future__ import annotations

import csv
import io
import json
import math
from typing import Any

import optuna
from optuna.distributions import CategoricalDistribution, IntDistribution
from optuna.trial import FrozenTrial, TrialState

from textclf_tune.analysis.linear import summary as linear_summary
from textclf_tune.store.records import S, T
from textclf_tune.store.storage import open_storage

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
    ("linear", "Δ linear"),
    ("confirmed", "confirmed (mean, 95% CI)"),
    ("best_params", "best params"),
    ("warnings", "warnings"),
]


def reference_trial(trials: list[FrozenTrial]) -> FrozenTrial | None:
    """The finished trial of the reference config (the first one, if it was retried)."""
    for t in trials:
        if t.user_attrs.get(T.IS_REFERENCE) and t.state == TrialState.COMPLETE:
            return t
    return None


def best_trial(study: optuna.Study, trials: list[FrozenTrial]) -> FrozenTrial | None:
    done = [t for t in trials if t.state == TrialState.COMPLETE and t.value is not None]
    if not done:
        return None
    maximize = study.direction == optuna.study.StudyDirection.MAXIMIZE
    return max(done, key=lambda t: t.value if maximize else -t.value)  # type: ignore[arg-type,return-value,operator]


#: An unstepped float counts as "on the edge" within this share of its (log-)range of a bound.
EDGE_TOLERANCE = 0.02


def edge_warnings(trial: FrozenTrial) -> list[str]:
    """Numeric hyperparameters whose value sits on the edge of their range: widen the space.

    Ints and stepped floats warn at a bound exactly; unstepped floats within
    :data:`EDGE_TOLERANCE` of a bound (measured on the log scale for log ranges); a numeric
    ``Choice`` (and KerasTuner's geometric log grids, stored as choices) of 3+ values at its
    smallest or largest value. A value of 0 on a lower bound of 0 is not a warning: nothing lies
    below it for the sizes, rates and probabilities a sweep tunes (``dropout=0`` is "no dropout",
    ``dense_units=0`` "no layer"), so there is nothing to widen.
    """
    out = []
    for name, dist in trial.distributions.items():
        value = trial.params.get(name)
        if value is None or isinstance(value, bool):
            continue
        if isinstance(dist, CategoricalDistribution):
            nums = [c for c in dist.choices if isinstance(c, (int, float)) and not isinstance(c, bool)]
            if len(nums) != len(dist.choices) or len(nums) < 3:
                continue
            low, high = min(nums), max(nums)
            side = "lower" if value == low else "upper" if value == high else None
            if side:
                out.append(
                    f"{name}={value:g} is the {'smallest' if side == 'lower' else 'largest'} "
                    f"of its choices [{low:g} .. {high:g}]"
                )
            continue
        low, high = getattr(dist, "low", None), getattr(dist, "high", None)  # type: ignore[assignment]
        if low is None or high is None or low == high:
            continue
        side = _edge_side(float(value), float(low), float(high), dist)
        if side == "lower" and low == 0 and value == 0:
            continue
        if side:
            where = "at" if value in (low, high) else "near"
            out.append(f"{name}={value:g} is {where} the {side} edge of [{low:g}, {high:g}]")
    return out


def _edge_side(value: float, low: float, high: float, dist: Any) -> str | None:
    if value <= low:
        return "lower"
    if value >= high:
        return "upper"
    if isinstance(dist, IntDistribution) or getattr(dist, "step", None) is not None:
        return None
    if getattr(dist, "log", False) and low > 0:
        value, low, high = math.log(value), math.log(low), math.log(high)
    share = (value - low) / (high - low)
    if share <= EDGE_TOLERANCE:
        return "lower"
    if share >= 1 - EDGE_TOLERANCE:
        return "upper"
    return None


def study_row(study: optuna.Study) -> dict[str, Any]:
    trials = study.get_trials(deepcopy=False)
    n = {s: sum(t.state == s for t in trials) for s in TrialState}
    best = best_trial(study, trials)
    base = reference_trial(trials)
    ref = study.user_attrs.get(S.REFERENCE_ACCURACY)
    best_test = best.user_attrs.get(T.TEST_ACCURACY) if best else None
    base_test = base.user_attrs.get(T.TEST_ACCURACY) if base else None
    confirm = study.user_attrs.get(S.CONFIRMATION)
    refit = study.user_attrs.get(S.CONFIRMATION_REFIT)
    confirmed = " · ".join(
        x
        for x in (
            confirmed_text(confirm, best.number if best else None),
            _prefixed("refit on train+val: ", confirmed_text(refit, best.number if best else None)),
        )
        if x
    )
    return {
        "study": study.study_name,
        "sweep_file": study.user_attrs.get(S.SWEEP_FILE),
        "budget": study.user_attrs.get(S.BUDGET),
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
        **_linear_fields(study, best, confirm),
        "confirmed": confirmed,
        "confirmation": confirm,
        "confirmation_refit": refit,
        "best_params": best.params if best else {},
        "warnings": _notes(study, best),
        "superseded": superseded(study),
    }


def _linear_fields(study: optuna.Study, best: FrozenTrial | None, confirm: dict[str, Any] | None) -> dict[str, Any]:
    """The linear baseline's figures and the study's gaps to it (see the module docstring). Δ on
    validation only for an accuracy objective; on test only with a current (not stale) confirmation."""
    lin = linear_summary(study.user_attrs.get(S.LINEAR_BASELINE))
    accuracy = study.user_attrs.get(S.OBJECTIVE, "val_accuracy") == "val_accuracy"
    current = confirm is not None and best is not None and confirm.get("best_trial") in (None, best.number)
    confirmed_test = confirm.get("tuned_mean") if confirm is not None and current else None
    d_val = _sub(best.value if best and accuracy else None, lin.val_accuracy if lin else None)
    d_test = _sub(confirmed_test, lin.test_accuracy if lin else None)
    text = "; ".join(x for x in (_signed(d_val, "val"), _signed(d_test, "confirmed test")) if x)
    return {
        "linear_features": lin.features if lin else None,
        "linear_c": lin.c if lin else None,
        "linear_val": lin.val_accuracy if lin else None,
        "linear_test": lin.test_accuracy if lin else None,
        "confirmed_test": confirmed_test,
        "delta_linear": d_val,
        "delta_linear_test": d_test,
        "linear": text,
    }


def _signed(value: float | None, what: str) -> str:
    return "" if value is None else f"{value:+.4f} {what}"


def superseded(study: optuna.Study) -> str:
    """Why the study is no longer current ('' if it is): its ``superseded_by`` user attr, set by
    hand (``study.set_user_attr(S.SUPERSEDED_BY, "why")``), or a warm start that continued it."""
    if study.user_attrs.get(S.SUPERSEDED_BY):
        return str(study.user_attrs[S.SUPERSEDED_BY])
    if study.user_attrs.get(S.CONTINUED_IN):
        return f"continued in study {study.user_attrs['continued_in']!r}"
    return ""


def _notes(study: optuna.Study, best: FrozenTrial | None) -> list[str]:
    notes = edge_warnings(best) if best else []
    if study.user_attrs.get(S.SUPERSEDED_BY):
        notes.append(f"superseded: {study.user_attrs['superseded_by']}")
    if study.user_attrs.get(S.CONTINUED_IN):
        notes.append(
            f"continued in study {study.user_attrs['continued_in']!r} (edited space; "
            "its finished trials that fit were copied there)"
        )
    warm = study.user_attrs.get(S.WARM_START)
    if warm:
        assumed = ", ".join(f"{k}={v!r}" for k, v in (warm.get("assumed") or {}).items())
        notes.append(
            f"warm-started from {warm['study']!r}: {len(warm['copied'])} of its trials copied"
            + (f" (taken to have used {assumed})" if assumed else "")
        )
    return notes


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
        keys = (
            [k for k in rows[0] if k not in ("confirmation", "confirmation_refit")] if rows else [k for k, _ in COLUMNS]
        )
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


#: The terminal table: trial counts in one column; params, confirmation and warnings go below it.
TABLE_COLUMNS = [COLUMNS[0], ("trials", "done/pruned/failed"), *COLUMNS[4:10]]


def print_table(rows: list[dict[str, Any]], console: Any = None) -> None:
    """A compact rich table; each study's best params, confirmation and warnings follow it."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console(highlight=False)
    if not console.is_terminal:
        console.width = max(console.width, 120)  # logs and pipes: don't fold numbers
    table = Table(title="textclf-tune leaderboard · best trial chosen on validation, test scored afterwards")
    for key, title in TABLE_COLUMNS:
        table.add_column(title, justify="left" if key == "study" else "right", no_wrap=True)
    for r in rows:
        r = {**r, "trials": f"{r['complete']}/{r['pruned']}/{r['failed']}"}
        table.add_row(*(_cell(k, r.get(k)) for k, _ in TABLE_COLUMNS))
    console.print(table)
    for r in rows:
        console.print(f"[bold]{r['study']}[/] best params: {_cell('best_params', r.get('best_params'))}")
        if r.get("confirmed"):
            console.print(f"  confirmed: {r['confirmed']}")
        if r.get("linear_val") is not None:
            test = "" if r.get("linear_test") is None else f", test {r['linear_test']:.4f}"
            gap = f"; Δ linear {r['linear']}" if r.get("linear") else ""
            console.print(f"  linear baseline ({r['linear_features']}): val {r['linear_val']:.4f}{test}{gap}")
        for w in r.get("warnings") or []:
            console.print(f"  [yellow]warning:[/] {w}")


def _prefixed(prefix: str, text: str) -> str:
    return prefix + text if text else ""


def _sub(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a - b


def confirmed_text(confirm: dict[str, Any] | None, best_number: int | None = None) -> str:
    """The confirmed figures of ``tune confirm`` in one cell: means ± sd of the test accuracy of
    each config's reruns, Δ = mean(tuned) − mean(baseline) and its 95% CI. Marked stale when the
    study's best trial is no longer the one that was confirmed."""
    if not confirm or not confirm.get("tuned"):
        return ""
    n_t, n_b = len(confirm["tuned"]), len(confirm.get("baseline") or [])
    text = f"tuned {_pm(confirm.get('tuned_mean'), confirm.get('tuned_sd'))}"
    if n_b:
        text += f" vs baseline {_pm(confirm.get('baseline_mean'), confirm.get('baseline_sd'))}"
    if confirm.get("diff_mean") is not None:
        text += f"; Δ {confirm['diff_mean']:+.4f}"
        ci = confirm.get("ci95")
        if ci and None not in ci:
            text += f" [{ci[0]:+.4f}, {ci[1]:+.4f}] ({confirm.get('method', 'Welch t')} 95% CI)"
    text += f", n={n_t}+{n_b}"
    confirmed_trial = confirm.get("best_trial")
    if best_number is not None and confirmed_trial is not None and confirmed_trial != best_number:
        text += f" — STALE: confirmed trial {confirmed_trial}, best is now {best_number}; rerun tune confirm"
    return text


def _pm(mean: float | None, sd: float | None) -> str:
    if mean is None:
        return "—"
    return f"{mean:.4f}" + (f"±{sd:.4f}" if sd is not None else "")


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
