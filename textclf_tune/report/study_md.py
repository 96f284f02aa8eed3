"""One study's REPORT.md: the leaderboard row, best params, confirmed figures, how to reproduce,
hardware, backend and versions, wall time, and the plots that were drawn."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
import shlex
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import optuna
from optuna.trial import FrozenTrial, TrialState

from textclf_tune.report.confirmed import confirm_section, openings_section, status_note
from textclf_tune.report.fmt import f4 as _f
from textclf_tune.report.fmt import g3 as _g
from textclf_tune.report.fmt import g4
from textclf_tune.report.leaderboard import best_trial, edge_warnings, reference_trial, study_row
from textclf_tune.report.linear import linear_section
from textclf_tune.report.plots import shows_reference_line
from textclf_tune.report.table import QUICK_MEANING, render
from textclf_tune.space.fingerprint import fingerprint_hash
from textclf_tune.space.specs import MIRROR
from textclf_tune.store.records import S, T, default_study_name, trial_values
from textclf_tune.store.storage import DEFAULT_STORAGE

PLOT_FILES = {
    "history": "history.png",
    "importances": "importances.png",
    "slices": "slices.png",
    "curves": "curves.png",
    "val_test": "val_test.png",
}


#: Longest report folder name, in characters (all ASCII): far below any file system's 255 bytes.
FOLDER_MAX = 80


def folder_name(study_name: str) -> str:
    """A study's folder under ``out``: its name when that is a short, safe file name; otherwise the
    name with path separators and odd characters replaced, cut to ``FOLDER_MAX``, plus a hash of
    the whole name, so that no two studies share a folder (``a/b`` is not ``a_b``)."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", study_name).strip("._")
    if safe == study_name and len(safe) <= FOLDER_MAX:
        return safe
    digest = hashlib.sha256(study_name.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{safe[: FOLDER_MAX - 11].rstrip('._') or 'study'}-{digest}"


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
        L += [f"{a[S.DESCRIPTION]}", ""]
    L += [
        f"- sweep file: `{a.get(S.SWEEP_FILE, '?')}`"
        + (" (quick preset: subsampled data, few epochs)" if a.get(S.QUICK) else ""),
        f"- storage: `{storage}`",
        f"- objective: `{objective}` ({'maximize' if study.direction == optuna.study.StudyDirection.MAXIMIZE else 'minimize'}),"
        " chosen on validation only",
        f"- test split: {row['test_status']}" + status_note(row),
        f"- budget: {a.get(S.BUDGET, '?')} finished trials; fingerprint `{fingerprint_hash(a)}`",
        f"- report written {_now()}",
        "",
        "## Leaderboard row",
        "",
        render([row], "markdown").rstrip("\n"),
        "",
    ]
    if row.get("quick"):
        L += [f"Quick study (`--quick`): {QUICK_MEANING}.", ""]
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
        "| | trial | " + _label(objective) + " |",
        "|---|---:|---:|",
    ]
    for label, t in (("best (tuned)", best), ("baseline (reference config)", base)):
        L.append(f"| {label} | — | — |" if t is None else f"| {label} | {t.number} | {_f(t.value)} |")
    L += [
        "",
        "One run each, validation only."
        + (
            f" The original script reported {_f(a.get(S.REFERENCE_ACCURACY))} on test"
            + (f" ({row['not_comparable']})" if row.get("not_comparable") else "")
            + "."
            if a.get(S.REFERENCE_ACCURACY) is not None
            else ""
        )
        + " Test figures come from `tune confirm` only (below).",
        "",
    ]
    if row.get("majority") is not None:
        objective = row.get("objective") or "val_accuracy"
        also = (
            f" and {objective} **{row['majority_objective']:.4f}**"
            if row.get("majority_objective") is not None and objective != "val_accuracy"
            else ""
        )
        L += [
            f"Always predicting the validation split's largest class scores **{row['majority']:.4f}** accuracy{also} "
            "(the majority-class guess): a figure near it means the model learned little beyond the class balance.",
            "",
        ]
    L += openings_section(row)

    refit = a.get(S.CONFIRMATION_REFIT)
    if (a.get(S.CONFIRMATION) or {}).get("tuned") or not (refit or {}).get("tuned"):
        L += confirm_section(a.get(S.CONFIRMATION), best, q, st)  # a refit-only study's figures are below
    L += linear_section(a.get(S.LINEAR_BASELINE), row, f"tune baseline {q}{st}")
    if a.get(S.CONFIRMATION_REFIT):
        L += confirm_section(a[S.CONFIRMATION_REFIT], best, q, st, refit=True)

    if best is not None:
        L += [f"## Best configuration (trial {best.number})", ""]
        L += _config_table(best, a.get(S.REFERENCE_CONFIG) or {})
    if base is not None:
        L += [
            f"## Baseline trial {base.number}",
            "",
            f"The reference config, re-measured on this pipeline: validation {_f(base.value)}, "
            f"best epoch {base.user_attrs.get(T.BEST_EPOCH, '—')} of "
            f"{base.user_attrs.get(T.EPOCHS_RUN, '—')}.",
            "",
        ]

    L += ["## Plots", ""]
    reference_line = shows_reference_line(a.get(S.REFERENCE_ACCURACY), objective)
    captions = {
        "history": "Optimization history: each trial's objective, the best so far and the baseline trial (star)"
        + (
            "; the original script's reported accuracy (dashed line; a test figure, shown for scale)."
            if reference_line
            else "."
        ),
        "importances": f"Hyperparameter importances ({result.importance_method} over the complete trials).",
        "slices": "The objective against each hyperparameter; the best trial is ringed.",
        "curves": "Per-epoch validation curves of the top trials against the baseline trial; the ring marks the epoch whose weights were kept.",
        "val_test": "Validation against test accuracy per complete trial, scored during the search (test seen "
        "during search): points on the dashed line mean validation predicts test; the rank correlation says "
        "whether choosing on validation picks what test rewards.",
    }
    for key, file in PLOT_FILES.items():
        if key in result.plots:
            L += [f"![{key}]({file})", "", f"*{captions[key]}*", ""]
        else:
            L += [f"- {key}: not drawn — {result.skipped.get(key, 'nothing to draw')}", ""]

    L += _trials_section(trials, row)
    L += ["## Reproduce", "", "```sh"]
    if a.get(S.COMMAND):
        L.append(f"{a[S.COMMAND]}   # the command that ran this study (running it again resumes it)")
    else:  # run from Python (run_study): no command line was recorded
        sweep_file = str(a.get(S.SWEEP_FILE, "SWEEP.py"))
        quick = bool(a.get(S.QUICK))
        sweep_name = str(a.get(S.SWEEP_NAME) or Path(sweep_file).stem)
        named = study.study_name != default_study_name(sweep_name, quick)
        L.append(
            f"tune run {shlex.quote(sweep_file)}{' --quick' if quick else ''}"
            f"{' --study-name ' + shlex.quote(study.study_name) if named else ''}{st}"
            "   # run from Python (run_study): its sampler, pruner and callbacks are not recorded"
        )
    confirms = [o for o in a.get(S.TEST_OPENINGS) or [] if str(o.get("purpose", "")).startswith("confirm")]
    if confirms:  # the confirmations that ran, as they ran (a rerun reuses their stored runs)
        L += [f"{c}   # the confirmation that ran" for c in dict.fromkeys(str(o.get("command")) for o in confirms)]
    elif best is not None:  # nothing to confirm or export before a trial has finished
        L.append(f"tune confirm {q}{st} --top 3 --seeds 3   # choose on mean validation, then test it vs the reference")
    L.append(f"tune report {q}{st}")
    if best is not None:
        L.append(f"tune export {q}{st} --out runs/exports/{folder_name(name)}")
    L += ["```", ""]
    L += _environment_section(trials, a.get(S.CONFIRM_RUNS))
    return "\n".join(L)


def _config_table(t: FrozenTrial, reference: dict[str, Any]) -> list[str]:
    L = ["| hyperparameter | value | reference config | searched range |", "|---|---:|---:|---|"]
    values = trial_values(t)
    for name in sorted(values):
        mirror = t.distributions.get(name + MIRROR)  # a reverse-log range: Optuna samples its mirror
        searched = _dist(mirror).replace("(log", "(reverse log") if mirror else _dist(t.distributions.get(name))
        L.append(f"| {name} | {g4(values[name])} | {g4(reference.get(name, '—'))} | {searched} |")
    for name, value in sorted((t.user_attrs.get(T.FIXED) or {}).items()):
        L.append(f"| {name} | {g4(value)} | {g4(reference.get(name, '—'))} | fixed |")
    a = t.user_attrs
    L += [
        "",
        f"Trained with maxlen {a.get(T.MAXLEN, '—')}, batch size {a.get(T.BATCH_SIZE, '—')}, seed {a.get(T.SEED, '—')}; "
        f"best epoch {a.get(T.BEST_EPOCH, '—')} of {a.get(T.EPOCHS_RUN, '—')}; {a.get(T.PARAM_COUNT, '—')} parameters; "
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
        + (f", {row['running']} running" if row["running"] else "")
        + (
            f", {row['stopped']} stopped ({'their runs are' if row['stopped'] > 1 else 'its run is'} gone; the next "
            f"`tune run` queues {'them' if row['stopped'] > 1 else 'it'} again)"
            if row["stopped"]
            else ""
        )
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


def _environment_section(trials: list[FrozenTrial], confirm_runs: list[dict[str, Any]] | None = None) -> list[str]:
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
    runs = [r for r in confirm_runs or [] if isinstance(r, dict)]
    if runs:  # every run tune confirm trained: the candidates' validation runs, refits, the baseline's
        cs = sum(float(r.get("train_seconds") or 0) for r in runs)
        L.append(f"- tune confirm, every run it trained: {_duration(cs)} ({len(runs)} runs)")
    L.append("")
    return L


def _label(objective: str) -> str:
    return objective.replace("val_", "validation ").replace("_", " ")


def _dist(d: Any) -> str:
    if d is None:
        return "—"
    if isinstance(d, optuna.distributions.CategoricalDistribution):
        return "choice of " + ", ".join(g4(c) for c in d.choices)
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
