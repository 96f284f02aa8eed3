"""``tune report``: a folder per study with REPORT.md, trials.csv and PNG plots, and LEADERBOARD.md.

Everything is read from the study storage; nothing here imports TensorFlow or Keras::

    results/
      LEADERBOARD.md            one row per study in the storage
      <study>/REPORT.md         leaderboard row, best params, confirmed figures, how to reproduce,
                                hardware / backend / library versions, wall time, the plots
      <study>/trials.csv        one row per trial
      <study>/history.png       optimization history, reference accuracy as a line
      <study>/importances.png   hyperparameter importances (fANOVA), when the study allows it
      <study>/slices.png        objective against each hyperparameter
      <study>/curves.png        per-epoch validation curves, top trials vs the baseline trial
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import re
import shlex
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import optuna
from optuna.trial import FrozenTrial, TrialState

from textclf_tune.errors import StudyError
from textclf_tune.report import plots
from textclf_tune.report.leaderboard import best_trial, edge_warnings, reference_trial, render, study_row
from textclf_tune.report.linear import linear_section
from textclf_tune.store.records import S, T
from textclf_tune.store.storage import DEFAULT_STORAGE, load_existing_study, open_storage

#: Fewest complete trials (with at least two varying hyperparameters) for importances.
MIN_TRIALS_FOR_IMPORTANCE = 4

PLOT_FILES = {
    "history": "history.png",
    "importances": "importances.png",
    "slices": "slices.png",
    "curves": "curves.png",
    "val_test": "val_test.png",
}

CSV_FIXED_HEAD = ["number", "state", "value", "test_accuracy"]
CSV_FIXED_TAIL = [
    "epochs_run",
    "best_epoch",
    "train_seconds",
    "fail_reason",
    "is_reference",
    "seed",
    "param_count",
    "maxlen",
    "batch_size",
    "datetime_start",
    "datetime_complete",
]


@dataclass
class StudyReport:
    """What ``write_study_report`` wrote for one study."""

    study: str
    folder: Path
    report: Path
    trials_csv: Path
    plots: dict[str, Path] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)  # plot -> why it was not drawn
    importance_method: str = ""


def study_names(storage: str) -> list[str]:
    st = open_storage(storage, heartbeat=False)
    return sorted(optuna.get_all_study_names(storage=st))


def write_reports(
    names: list[str] | None = None, storage: str = DEFAULT_STORAGE, out: str | Path = "results", draw: bool = True
) -> tuple[list[StudyReport], Path]:
    """Write the report folder of each named study (all studies when ``names`` is empty) and
    ``out/LEADERBOARD.md`` across every study in the storage. ``draw=False`` skips the PNGs."""
    out = Path(out)
    every = study_names(storage)
    wanted = list(names) if names else every
    if not wanted:
        raise StudyError(
            f"storage {storage} holds no studies, so there is nothing to report; run one first, "
            "e.g. tune run sweeps/imdb_cnn.py --quick"
        )
    reports = [write_study_report(load_existing_study(n, storage), out, storage, draw) for n in wanted]
    board = write_leaderboard(storage, out, every)
    return reports, board


def folder_name(study_name: str) -> str:
    """A study's folder under ``out``: its name with path separators and odd characters replaced."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", study_name).strip("._")
    return safe or "study"


def write_leaderboard(storage: str, out: Path, names: list[str] | None = None) -> Path:
    st = open_storage(storage, heartbeat=False)
    names = names if names is not None else study_names(storage)
    every = [study_row(optuna.load_study(study_name=n, storage=st)) for n in names]
    rows = [r for r in every if not r["superseded"]]
    old_rows = [r for r in every if r["superseded"]]
    lines = [
        "# textclf-tune leaderboard",
        "",
        f"Storage `{storage}`, written {_now()}. The best trial of each study is chosen on validation; "
        "its test accuracy is scored afterwards and never read by the sampler. *reference* is the original "
        "script's reported accuracy; *baseline* is the reference config re-measured on this pipeline. "
        "*confirmed* figures are means over `tune confirm` reruns with a 95% CI for Δ = tuned − baseline.",
        "",
        render(rows, "markdown").rstrip("\n"),
        "",
    ]
    if old_rows:
        lines += [
            "## Superseded studies",
            "",
            "Kept for the record; their trials are not comparable with the current studies (why: last column).",
            "",
            "| study | done | pruned | failed | best val | its test | superseded |",
            "|---|---|---|---|---|---|---|",
        ]
        for r in old_rows:
            cells = [
                r["study"],
                r["complete"],
                r["pruned"],
                r["failed"],
                _f(r["best_val"]),
                _f(r["best_test"]),
                str(r["superseded"]).replace("|", "\\|"),
            ]
            lines.append("| " + " | ".join(map(str, cells)) + " |")
        lines.append("")
    if every:
        lines += ["## Reports", ""]
        for r in every:
            folder = out / folder_name(r["study"])
            link = (
                f"[{r['study']}]({folder_name(r['study'])}/REPORT.md)"
                if (folder / "REPORT.md").exists()
                else r["study"]
            )
            note = "" if (folder / "REPORT.md").exists() else f" — no report yet: `tune report {r['study']}`"
            lines.append(f"- {link}{note}")
        lines.append("")
    out.mkdir(parents=True, exist_ok=True)
    path = out / "LEADERBOARD.md"
    path.write_text("\n".join(lines))
    return path


# --------------------------------------------------------------------------------- one study
def write_study_report(
    study: optuna.Study, out: str | Path, storage: str = DEFAULT_STORAGE, draw: bool = True
) -> StudyReport:
    folder = Path(out) / folder_name(study.study_name)
    folder.mkdir(parents=True, exist_ok=True)
    trials = study.get_trials(deepcopy=False)
    result = StudyReport(study.study_name, folder, folder / "REPORT.md", folder / "trials.csv")
    write_trials_csv(trials, result.trials_csv)
    if draw:
        _draw_plots(study, trials, folder, result)
    else:
        result.skipped = {key: "plots were not asked for" for key in PLOT_FILES}
    result.report.write_text(render_report(study, trials, result, storage))
    return result


def trial_row(t: FrozenTrial, param_names: list[str]) -> dict[str, Any]:
    """One trials.csv row: numbers as stored (full precision), params as ``params_<name>``."""
    a = t.user_attrs
    row: dict[str, Any] = {
        "number": t.number,
        "state": t.state.name,
        "value": t.value,
        "test_accuracy": a.get(T.TEST_ACCURACY),
    }
    for p in param_names:
        row[f"params_{p}"] = t.params.get(p)
    row.update(
        {
            "epochs_run": a.get(T.EPOCHS_RUN),
            "best_epoch": a.get(T.BEST_EPOCH),
            "train_seconds": a.get(T.TRAIN_SECONDS),
            "fail_reason": a.get(T.FAIL_REASON, ""),
            "is_reference": bool(a.get(T.IS_REFERENCE, False)),
            "seed": a.get(T.SEED),
            "param_count": a.get(T.PARAM_COUNT),
            "maxlen": a.get(T.MAXLEN),
            "batch_size": a.get(T.BATCH_SIZE),
            "datetime_start": t.datetime_start.isoformat(timespec="seconds") if t.datetime_start else None,
            "datetime_complete": t.datetime_complete.isoformat(timespec="seconds") if t.datetime_complete else None,
        }
    )
    return row


def write_trials_csv(trials: list[FrozenTrial], path: Path) -> Path:
    param_names = sorted({p for t in trials for p in t.params})
    fields = CSV_FIXED_HEAD + [f"params_{p}" for p in param_names] + CSV_FIXED_TAIL
    with path.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        for t in trials:
            w.writerow({k: _csv(v) for k, v in trial_row(t, param_names).items()})
    return path


def importances(study: optuna.Study, trials: list[FrozenTrial]) -> tuple[dict[str, float] | None, str]:
    """Importances and the method's name, or ``None`` and the reason they cannot be computed.

    fANOVA (seeded) when scikit-learn is importable, Optuna's PED-ANOVA otherwise."""
    complete = [t for t in trials if t.state == TrialState.COMPLETE and t.value is not None]
    if len(complete) < MIN_TRIALS_FOR_IMPORTANCE:
        return None, (
            f"importances need at least {MIN_TRIALS_FOR_IMPORTANCE} complete trials; this study has {len(complete)}"
        )
    varying = {p for p in complete[0].params if len({repr(t.params.get(p)) for t in complete}) > 1}
    if not varying:
        return None, "no hyperparameter varies across the complete trials"
    try:
        imp, method = _fanova(study)
    except ImportError:  # Optuna's fANOVA needs scikit-learn; PED-ANOVA needs nothing more
        try:
            imp, method = _ped_anova(study, len(complete))
        except Exception as exc:
            return None, f"importances could not be computed: {type(exc).__name__}: {exc}"
    except Exception as exc:  # e.g. no hyperparameter shared by all complete trials
        return None, f"importances could not be computed: {type(exc).__name__}: {exc}"
    if not imp:
        return None, "no hyperparameter is shared by all complete trials"
    return {k: float(v) for k, v in imp.items()}, method


def _fanova(study: optuna.Study) -> tuple[dict[str, float], str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        evaluator = optuna.importance.FanovaImportanceEvaluator(seed=0)
        return dict(optuna.importance.get_param_importances(study, evaluator=evaluator)), "fANOVA"


def _ped_anova(study: optuna.Study, n_complete: int) -> tuple[dict[str, float], str]:
    q = min(0.5, max(0.1, 3 / n_complete))  # at least ~3 trials in the "good" set
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        evaluator = optuna.importance.PedAnovaImportanceEvaluator(target_quantile=q)
        imp = dict(optuna.importance.get_param_importances(study, evaluator=evaluator))
    return imp, f"PED-ANOVA, top {q:.0%} of trials"


def _draw_plots(study: optuna.Study, trials: list[FrozenTrial], folder: Path, result: StudyReport) -> None:
    a = study.user_attrs
    objective = a.get(S.OBJECTIVE, "val_accuracy")
    direction = "maximize" if study.direction == optuna.study.StudyDirection.MAXIMIZE else "minimize"
    base = reference_trial(trials)
    common = {"study_name": study.study_name, "objective": objective}
    n_complete = sum(t.state == TrialState.COMPLETE for t in trials)
    for name in PLOT_FILES.values():  # no stale image from an earlier report may stay behind
        (folder / name).unlink(missing_ok=True)

    drawn: dict[str, Path | None] = {}
    why: dict[str, str] = {}
    drawn["history"] = plots.optimization_history(
        trials,
        folder / PLOT_FILES["history"],
        direction=direction,
        reference_accuracy=a.get(S.REFERENCE_ACCURACY),
        baseline=base,
        **common,
    )
    why["history"] = "no complete or pruned trial yet"
    imp, reason = importances(study, trials)
    drawn["importances"] = None
    if imp is not None:
        result.importance_method = reason
        drawn["importances"] = plots.param_importances(
            imp, folder / PLOT_FILES["importances"], n_trials=n_complete, method=reason, **common
        )
    why["importances"] = reason
    drawn["slices"] = plots.slice_plot(
        trials, folder / PLOT_FILES["slices"], direction=direction, baseline=base, **common
    )
    why["slices"] = "no complete trial with hyperparameters yet"
    drawn["curves"] = plots.validation_curves(
        trials, folder / PLOT_FILES["curves"], direction=direction, baseline=base, **common
    )
    why["curves"] = f"no complete trial has a per-epoch {objective} history"
    drawn["val_test"] = plots.validation_vs_test(
        trials, folder / PLOT_FILES["val_test"], direction=direction, baseline=base, **common
    )
    why["val_test"] = "needs an accuracy objective and two complete trials with a test accuracy"
    for key, path in drawn.items():
        if path is None:
            result.skipped[key] = why[key]
        else:
            result.plots[key] = path


# --------------------------------------------------------------------------------- REPORT.md
def render_report(study: optuna.Study, trials: list[FrozenTrial], result: StudyReport, storage: str) -> str:
    a = study.user_attrs
    row = study_row(study)
    best = best_trial(study, trials)
    base = reference_trial(trials)
    objective = a.get(S.OBJECTIVE, "val_accuracy")
    name = study.study_name
    q = shlex.quote(name)
    st = "" if storage == DEFAULT_STORAGE else f" --storage {shlex.quote(storage)}"
    L: list[str] = [f"# {name}", ""]
    if a.get(S.DESCRIPTION):
        L += [f"{a['description']}", ""]
    L += [
        f"- sweep file: `{a.get('sweep_file', '?')}`"
        + (" (quick preset: subsampled data, few epochs)" if a.get(S.QUICK) else ""),
        f"- storage: `{storage}`",
        f"- objective: `{objective}` ({'maximize' if study.direction == optuna.study.StudyDirection.MAXIMIZE else 'minimize'}),"
        " chosen on validation only; test accuracy is scored after training and read by nothing that selects",
        f"- budget: {a.get('budget', '?')} finished trials; fingerprint `{(a.get('fingerprint') or {}).get('hash', '?')}`",
        f"- report written {_now()}",
        "",
        "## Leaderboard row",
        "",
        render([row], "markdown").rstrip("\n"),
        "",
    ]
    warn = edge_warnings(best) if best else []
    if warn:
        L += [
            "## Boundary warning",
            "",
            "The best value of these hyperparameters sits on the edge of the searched range; the optimum may lie "
            "outside it, so the space should probably widen:",
            "",
        ]
        L += [f"- ⚠ {w}" for w in warn] + [""]

    L += [
        "## Result",
        "",
        "| | trial | " + _label(objective) + " | test accuracy | Δ test vs reference |",
        "|---|---:|---:|---:|---:|",
    ]
    ref = a.get(S.REFERENCE_ACCURACY)
    for label, t in (("best (tuned)", best), ("baseline (reference config)", base)):
        if t is None:
            L.append(f"| {label} | — | — | — | — |")
            continue
        test = t.user_attrs.get(T.TEST_ACCURACY)
        L.append(
            f"| {label} | {t.number} | {_f(t.value)} | {_f(test)} | {_d(None if test is None or ref is None else test - ref)} |"
        )
    L.append(f"| original script (reported) | — | — | {_f(ref)} | |")
    L.append("")
    if row.get("delta_baseline") is not None:
        L += [
            f"One run each: the best trial's test accuracy is **{row['delta_baseline']:+.4f}** against the baseline trial. "
            "A single trial moves by about half a point between seeds; the confirmed figures below average reruns.",
            "",
        ]

    L += _confirm_section(a.get(S.CONFIRMATION), best, q, st)
    L += linear_section(a.get(S.LINEAR_BASELINE), row, f"tune baseline {q}{st}")
    if a.get(S.CONFIRMATION_REFIT):
        L += _confirm_section(a[S.CONFIRMATION_REFIT], best, q, st, refit=True)

    if best is not None:
        L += [f"## Best configuration (trial {best.number})", ""]
        L += _config_table(best, a.get(S.REFERENCE_CONFIG) or {})
    if base is not None:
        L += [
            f"## Baseline trial {base.number}",
            "",
            f"The reference config, re-measured on this pipeline: validation {_f(base.value)}, test "
            f"{_f(base.user_attrs.get('test_accuracy'))}, best epoch {base.user_attrs.get('best_epoch', '—')} of "
            f"{base.user_attrs.get('epochs_run', '—')}.",
            "",
        ]

    L += ["## Plots", ""]
    captions = {
        "history": "Optimization history: each trial's objective, the best so far, the baseline trial (star) and "
        "the original script's reported accuracy (dashed line; a test figure, shown for scale).",
        "importances": f"Hyperparameter importances ({result.importance_method} over the complete trials).",
        "slices": "The objective against each hyperparameter; the best trial is ringed.",
        "curves": "Per-epoch validation curves of the top trials against the baseline trial; the ring marks the epoch whose weights were kept.",
        "val_test": "Validation against test accuracy per complete trial: points on the dashed line mean validation "
        "predicts test; the rank correlation says whether choosing on validation picks what test rewards.",
    }
    for key, file in PLOT_FILES.items():
        if key in result.plots:
            L += [f"![{key}]({file})", "", f"*{captions[key]}*", ""]
        else:
            L += [f"- {key}: not drawn — {result.skipped.get(key, 'nothing to draw')}", ""]

    L += _trials_section(trials, row)
    L += ["## Reproduce", "", "```sh"]
    if a.get(S.COMMAND):
        L.append(f"{a['command']}   # the command that ran this study (running it again resumes it)")
    else:
        L.append(
            f"tune run {shlex.quote(str(a.get('sweep_file', 'SWEEP.py')))}{' --quick' if a.get('quick') else ''}{st}"
        )
    L += [
        f"tune confirm {q}{st} --seeds 3   # retrain best and reference configs, 95% CI of the difference",
        f"tune report {q}{st}",
        f"tune export {q}{st} --out export/{folder_name(name)}",
        "```",
        "",
    ]
    L += _environment_section(trials, a.get(S.CONFIRMATION), a.get(S.CONFIRMATION_REFIT))
    return "\n".join(L)


def _confirm_section(
    c: dict[str, Any] | None, best: FrozenTrial | None, q: str, st: str, refit: bool = False
) -> list[str]:
    if refit and c:
        epochs = c.get("refit_epochs") or {}
        rows = ", ".join(map(str, c.get("train_rows") or [])) or "?"
        L = [
            "## Confirmed figures, refit on train + validation",
            "",
            f"`tune confirm {q}{st} --refit`: each run trains on train + validation ({rows} examples) for the "
            f"epochs its trial chose on validation (tuned {epochs.get('tuned', '—')}, baseline "
            f"{epochs.get('baseline', '—')}), without early stopping, then scores the test split once.",
            "",
        ]
    else:
        L = ["## Confirmed figures", ""]
    if not c or not c.get("tuned"):
        return L + [
            "Not confirmed yet. A single trial's test accuracy moves by about half a point between seeds; "
            f"retrain the best and the reference config a few times with `tune confirm {q}{st} --seeds 3`.",
            "",
        ]
    if best is not None and c.get("best_trial") is not None and c["best_trial"] != best.number:
        L += [
            f"> ⚠ Stale: these runs confirm trial {c['best_trial']}, but the best trial is now {best.number}. "
            f"Rerun `tune confirm {q}{st}`.",
            "",
        ]
    L += ["| config | runs | mean test accuracy | sd | accuracies |", "|---|---:|---:|---:|---|"]
    L.append(
        f"| tuned (trial {c.get('best_trial', '?')}) | {len(c['tuned'])} | {_f(c.get('tuned_mean'))} | "
        f"{_f(c.get('tuned_sd'))} | {', '.join(f'{v:.4f}' for v in c['tuned'])} |"
    )
    if c.get("baseline"):
        L.append(
            f"| baseline (reference config) | {len(c['baseline'])} | {_f(c.get('baseline_mean'))} | "
            f"{_f(c.get('baseline_sd'))} | {', '.join(f'{v:.4f}' for v in c['baseline'])} |"
        )
    L.append("")
    if c.get("tuned_config") and c.get("tuned_config") == c.get("baseline_config"):
        L += [
            "The best trial is the reference config itself: the same runs serve both rows, so Δ is 0 by construction.",
            "",
        ]
    if c.get("diff_mean") is not None:
        ci = c.get("ci95") or [None, None]
        L += [
            f"**Δ = mean(tuned) − mean(baseline) = {c['diff_mean']:+.4f}**, 95% CI "
            f"[{_d(ci[0])}, {_d(ci[1])}] ({c.get('method', 'Welch t')}, df = {_g(c.get('df'))}, t quantile from "
            f"{c.get('t_source', '?')}). Seeds: {', '.join(map(str, c.get('seeds', [])))}.",
            "",
        ]
        if ci[0] is not None and ci[1] is not None:
            if ci[0] > 0:
                verdict = "the interval lies above zero: the tuned config beats the baseline on this evidence"
            elif ci[1] < 0:
                verdict = "the interval lies below zero: the baseline is better on this evidence"
            else:
                verdict = "the interval contains zero: these runs do not separate the two configs"
            L += [f"Reading: {verdict}.", ""]
    runs = _unique_runs(c.get("runs") or [])
    same = bool(c.get("tuned_config")) and c.get("tuned_config") == c.get("baseline_config")
    if runs:
        L += [
            "<details><summary>Every confirmation run</summary>",
            "",
            "| config | seed | test accuracy | best epoch | validation | seconds |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for r in runs:
            role = "tuned = baseline" if same else r.get("role")
            L.append(
                f"| {role} | {r.get('seed')} | {_f(r.get('test_accuracy'))} | {r.get('best_epoch', '—')} | "
                f"{_f(r.get('val'))} | {_g(r.get('seconds'))} |"
            )
        L += ["", "</details>", ""]
    return L


def _config_table(t: FrozenTrial, reference: dict[str, Any]) -> list[str]:
    L = ["| hyperparameter | value | reference config | searched range |", "|---|---:|---:|---|"]
    for name in sorted(t.params):
        L.append(
            f"| {name} | {_v(t.params[name])} | {_v(reference.get(name, '—'))} | {_dist(t.distributions.get(name))} |"
        )
    for name, value in sorted((t.user_attrs.get(T.FIXED) or {}).items()):
        L.append(f"| {name} | {_v(value)} | {_v(reference.get(name, '—'))} | fixed |")
    a = t.user_attrs
    L += [
        "",
        f"Trained with maxlen {a.get('maxlen', '—')}, batch size {a.get('batch_size', '—')}, seed {a.get('seed', '—')}; "
        f"best epoch {a.get('best_epoch', '—')} of {a.get('epochs_run', '—')}; {a.get('param_count', '—')} parameters; "
        f"{_g(a.get('train_seconds'))} s of training.",
        "",
    ]
    notes = a.get(T.NOTES) or []
    if notes:
        L += [f"- note: {n}" for n in notes] + [""]
    return L


def _trials_section(trials: list[FrozenTrial], row: dict[str, Any]) -> list[str]:
    n = Counter(t.state.name for t in trials)
    L = [
        "## Trials",
        "",
        f"{len(trials)} trials: {n['COMPLETE']} complete, {n['PRUNED']} pruned, {n['FAIL']} failed"
        + (f", {n['RUNNING']} running" if n["RUNNING"] else "")
        + (f", {n['WAITING']} waiting" if n["WAITING"] else "")
        + ". Every trial is in [trials.csv](trials.csv).",
        "",
    ]
    reasons = Counter(
        t.user_attrs.get(T.FAIL_REASON) or "no reason recorded" for t in trials if t.state == TrialState.FAIL
    )
    if reasons:
        L += ["Failures:", ""] + [f"- {k} (×{v})" for k, v in reasons.most_common()] + [""]
    return L


def _environment_section(
    trials: list[FrozenTrial], confirmation: dict[str, Any] | None, refit: dict[str, Any] | None = None
) -> list[str]:
    ran = [t for t in trials if t.user_attrs.get(T.BACKEND) or t.user_attrs.get(T.VERSIONS)]
    L = ["## Hardware, backend and versions", ""]
    if not ran:
        L += ["No trial recorded where it ran.", ""]
    else:
        for label, key in (("backend", "backend"), ("device", "device"), ("host", "hostname")):
            vals = Counter(str(t.user_attrs.get(key)) for t in ran if t.user_attrs.get(key))
            if vals:
                L.append(
                    f"- {label}: "
                    + "; ".join(f"{v}" + (f" ({c} trials)" if len(vals) > 1 else "") for v, c in vals.items())
                )
        packages: dict[str, Counter[str]] = {}
        for t in ran:
            for pkg, ver in (t.user_attrs.get(T.VERSIONS) or {}).items():
                packages.setdefault(pkg, Counter())[str(ver)] += 1
        if packages:
            L += ["", "| library | version |", "|---|---|"]
            for pkg in sorted(packages):
                L.append(f"| {pkg} | {', '.join(packages[pkg])} |")
        L.append("")
    L += ["## Wall time", ""]
    # Trials copied by a warm start were paid for in their source study: counted apart, not twice.
    own = [t for t in trials if T.WARM_START not in t.user_attrs]
    copied = [t for t in trials if T.WARM_START in t.user_attrs]
    secs = [float(t.user_attrs[T.TRAIN_SECONDS]) for t in own if t.user_attrs.get(T.TRAIN_SECONDS) is not None]
    starts = [t.datetime_start for t in own if t.datetime_start]
    ends = [t.datetime_complete for t in own if t.datetime_complete]
    L.append(f"- training, summed over trials: {_duration(sum(secs))} ({sum(secs):.1f} s over {len(secs)} trials)")
    if copied:
        csecs = sum(float(t.user_attrs.get(T.TRAIN_SECONDS) or 0) for t in copied)
        L.append(
            f"- not counted above: {len(copied)} trials copied by warm start "
            f"({_duration(csecs)} of training, counted in their source studies)"
        )
    if starts and ends:
        span = (max(ends) - min(starts)).total_seconds()
        L.append(
            f"- first trial start to last trial end: {_duration(span)} ({min(starts):%Y-%m-%d %H:%M} → {max(ends):%Y-%m-%d %H:%M})"
        )
    for label, c in (("confirmation runs", confirmation), ("refit confirmation runs", refit)):
        runs = _unique_runs((c or {}).get("runs") or [])
        if runs:
            cs = sum(float(r.get("seconds") or 0) for r in runs)
            L.append(f"- {label}: {_duration(cs)} ({len(runs)} runs)")
    L.append("")
    return L


def _unique_runs(runs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per trained run: when the best trial is the reference config, one run serves both roles."""
    seen: set[tuple[Any, Any]] = set()
    out = []
    for r in runs:
        key = (r.get("config_hash", r.get("role")), r.get("seed"))
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


# --------------------------------------------------------------------------------- formatting
def _csv(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, (dict, list)):
        return json.dumps(v)
    return v


def _f(v: Any) -> str:
    return "—" if v is None else f"{float(v):.4f}"


def _d(v: Any) -> str:
    return "—" if v is None else f"{float(v):+.4f}"


def _g(v: Any) -> str:
    if v is None:
        return "—"
    return f"{float(v):.3g}" if isinstance(v, float) and abs(v) < 100 else f"{float(v):.0f}"


def _v(v: Any) -> str:
    return f"{v:.4g}" if isinstance(v, float) else str(v)


def _label(objective: str) -> str:
    return objective.replace("val_", "validation ").replace("_", " ")


def _dist(d: Any) -> str:
    if d is None:
        return "—"
    if isinstance(d, optuna.distributions.CategoricalDistribution):
        return "choice of " + ", ".join(_v(c) for c in d.choices)
    lo, hi = d.low, d.high
    extra = []
    if getattr(d, "log", False):
        extra.append("log")
    if getattr(d, "step", None) not in (None, 1):
        extra.append(f"step {d.step:g}")
    return f"[{lo:g}, {hi:g}]" + (f" ({', '.join(extra)})" if extra else "")


def _duration(seconds: float) -> str:
    if not math.isfinite(seconds):
        return "—"
    s = int(round(seconds))
    h, rem = divmod(s, 3600)
    m, s = divmod(rem, 60)
    return f"{h}h {m:02d}m {s:02d}s" if h else f"{m}m {s:02d}s"


def _now() -> str:
    return dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
