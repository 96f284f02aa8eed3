"""The leaderboard: one row per study, read straight from the storage (no TensorFlow import).

For each study: trials complete / pruned / failed; the best trial *by validation*; test figures
from ``tune confirm`` only (mean over seeds of the config chosen on mean validation, against the
baseline: the reference config re-measured on the same pipeline), and the original script's
reported accuracy with the difference to it; whether the test split is still sealed, was opened by
``tune confirm``, or was seen during the search (``tune run --score-test``, or studies made before
the seal); and a warning for each numeric hyperparameter whose best value sits on the edge of its
range.
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

from textclf_tune.store.records import S, T, saw_test_during_search
from textclf_tune.store.storage import open_storage

FORMATS = ("table", "csv", "json", "markdown")

COLUMNS = [
    ("study", "study"),
    ("complete", "done"),
    ("pruned", "pruned"),
    ("failed", "failed"),
    ("best_val", "best val"),
    ("best_test", "test (confirmed)"),
    ("reference", "reference"),
    ("delta_reference", "Δ ref"),
    ("baseline_test", "baseline test"),
    ("delta_baseline", "Δ baseline"),
    ("confirmed", "confirmed (mean, 95% CI)"),
    ("test_status", "test split"),
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


#: What a study's test split has seen (``study_row(...)["test_status"]``).
SEALED, CONFIRMED, SEEN = "sealed", "confirmed", "test seen during search"
#: The columns that hold test figures: "sealed" in them until ``tune confirm`` has run.
TEST_KEYS = ("best_test", "delta_reference", "baseline_test", "delta_baseline")


def study_row(study: optuna.Study) -> dict[str, Any]:
    trials = study.get_trials(deepcopy=False)
    n = {s: sum(t.state == s for t in trials) for s in TrialState}
    best = best_trial(study, trials)
    base = reference_trial(trials)
    ref = study.user_attrs.get(S.REFERENCE_ACCURACY)
    confirm = study.user_attrs.get(S.CONFIRMATION)
    refit = study.user_attrs.get(S.CONFIRMATION_REFIT)
    shown = confirm if confirm and confirm.get("tuned") else refit if refit and refit.get("tuned") else None
    seen = saw_test_during_search(study, trials)
    best_test = (shown or {}).get("tuned_mean")
    base_test = (shown or {}).get("baseline_mean")
    quick = quick_note(study)
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
        "delta_reference": None if quick else _sub(best_test, ref),  # other data and epochs: not comparable
        "baseline_trial": base.number if base else None,
        "baseline_val": base.value if base else None,
        "baseline_test": base_test,
        "delta_baseline": (shown or {}).get("diff_mean"),
        "confirmed": confirmed,
        "confirmed_trial": (shown or {}).get("best_trial"),  # the config the test columns are about
        "confirmation": confirm,
        "confirmation_refit": refit,
        "test_status": test_status(seen, shown is not None, study.user_attrs.get(S.TEST_OPENINGS) or []),
        "test_seen_during_search": seen,
        "test_openings": list(study.user_attrs.get(S.TEST_OPENINGS) or []),
        "quick": bool(study.user_attrs.get(S.QUICK)),
        "not_comparable": quick,
        "best_params": best.params if best else {},
        "warnings": _notes(study, best),
        "superseded": superseded(study),
    }


def test_status(seen: bool, confirmed: bool, openings: list[dict[str, Any]]) -> str:
    """Sealed, confirmed, seen during the search, or opened by another command (``tune export``)."""
    if seen:
        return SEEN
    if confirmed:
        return CONFIRMED
    if openings:
        return f"opened ({str(openings[-1].get('purpose', '?')).split(':')[0]})"
    return SEALED


def quick_note(study: optuna.Study) -> str:
    """For a quick-preset study, why its figures are not comparable to the reference ('' otherwise)."""
    if not study.user_attrs.get(S.QUICK):
        return ""
    q = (study.user_attrs.get(S.FINGERPRINT) or {}).get("quick") or {}
    sizes = (
        f"{q['n_train']:,} training examples, {q['epochs']} epoch{'s' if q['epochs'] != 1 else ''}"
        if "n_train" in q and "epochs" in q
        else ""
    )
    return f"quick preset ({sizes or 'subsampled data, few epochs'}): not comparable to the reference"


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
            [k for k in rows[0] if k not in ("confirmation", "confirmation_refit", "test_openings")]
            if rows
            else [k for k, _ in COLUMNS]
        )
        w = csv.DictWriter(buf, fieldnames=keys, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: _cell(k, r.get(k), plain=True) for k in keys})
        return buf.getvalue()
    if fmt == "markdown":
        head = "| " + " | ".join(title for _, title in COLUMNS) + " |"
        sep = "|" + "|".join("---" for _ in COLUMNS) + "|"
        body = ["| " + " | ".join(_shown(r, k).replace("|", "\\|") for k, _ in COLUMNS) + " |" for r in rows]
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
    table = Table(title="textclf-tune leaderboard · best trial chosen on validation · test: tune confirm only")
    for key, title in TABLE_COLUMNS:
        table.add_column(title, justify="left" if key == "study" else "right", no_wrap=True)
    for r in rows:
        r = {**r, "trials": f"{r['complete']}/{r['pruned']}/{r['failed']}"}
        table.add_row(*(_shown(r, k) for k, _ in TABLE_COLUMNS))
    console.print(table)
    for r in rows:
        console.print(f"[bold]{r['study']}[/] best params: {_cell('best_params', r.get('best_params'))}")
        if r.get("confirmed"):
            console.print(f"  confirmed: {r['confirmed']}")
        console.print(f"  test split: {r.get('test_status', SEALED)}")
        if r.get("not_comparable"):
            console.print(f"  {r['not_comparable']}")
        for w in r.get("warnings") or []:
            console.print(f"  [yellow]warning:[/] {w}")


def _shown(row: dict[str, Any], key: str) -> str:
    """A cell as displayed: a test column of a study whose test split is sealed says so."""
    value = row.get(key)
    if key == "delta_reference" and row.get("not_comparable"):
        return "—"  # the quick preset's data and epochs are not the reference's
    if key in TEST_KEYS and value is None and row.get("test_status") == SEALED:
        return SEALED
    return _cell(key, value)


def _prefixed(prefix: str, text: str) -> str:
    return prefix + text if text else ""


def _sub(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a - b


def confirmed_text(confirm: dict[str, Any] | None, best_number: int | None = None) -> str:
    """The confirmed figures of ``tune confirm`` in one cell: means ± sd of the test accuracy of
    each config's reruns, Δ = mean(tuned) − mean(baseline) and its 95% CI (and Δ on the objective's
    test counterpart, e.g. auc). Marked stale when the study's best trial is no longer covered."""
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
    if confirm.get("candidates"):
        text += f"; trial {confirm.get('best_trial')}'s config, chosen on mean validation of the top {len(confirm['candidates'])}"
    cp = confirm.get("counterpart")
    if cp and cp.get("diff_mean") is not None:
        ci = cp.get("ci95") or [None, None]
        text += f"; {cp['metric']} Δ {cp['diff_mean']:+.4f}"
        if None not in ci:
            text += f" [{ci[0]:+.4f}, {ci[1]:+.4f}]"
    stale = stale_confirmation(confirm, best_number)
    if stale:
        text += f" — STALE: {stale}; rerun tune confirm"
    return text


def stale_confirmation(confirm: dict[str, Any], best_number: int | None) -> str:
    """Why a confirmation no longer covers the study's best trial ('' when it does): the best trial
    is now one that was not among its candidates (or, for an older one, not the trial it confirmed)."""
    if best_number is None:
        return ""
    candidates = [c.get("trial") for c in confirm.get("candidates") or []]
    if candidates:
        if best_number in candidates:
            return ""
        return f"candidates were trials {', '.join(map(str, candidates))}, best is now {best_number}"
    confirmed = confirm.get("best_trial")
    if confirmed is None or confirmed == best_number:
        return ""
    return f"confirmed trial {confirmed}, best is now {best_number}"


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
