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

from pathlib import Path

import optuna
from optuna.trial import FrozenTrial, TrialState

from textclf_tune.analysis.importance import importances
from textclf_tune.errors import StudyError
from textclf_tune.report import plots
from textclf_tune.report.leaderboard import reference_trial, study_row
from textclf_tune.report.study_md import PLOT_FILES, StudyReport, _f, _now, folder_name, render_report
from textclf_tune.report.table import QUICK_MEANING, render
from textclf_tune.report.trials_csv import write_trials_csv
from textclf_tune.store.records import S, saw_test_during_search
from textclf_tune.store.storage import DEFAULT_STORAGE, load_existing_study, open_storage

__all__ = [
    "StudyReport",
    "PLOT_FILES",
    "folder_name",
    "study_names",
    "write_leaderboard",
    "write_reports",
    "write_study_report",
]


def study_names(storage: str) -> list[str]:
    st = open_storage(storage, heartbeat=False, create=False)
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
    for n in wanted:
        if n not in every:
            load_existing_study(n, storage)  # raises the one clear error for a name that is not there
    st = open_storage(storage, create=False)  # with the heartbeat, to tell stopped runs from live ones
    reports = [write_study_report(optuna.load_study(study_name=n, storage=st), out, storage, draw) for n in wanted]
    board = write_leaderboard(storage, out, every)
    return reports, board


def write_leaderboard(storage: str, out: Path, names: list[str] | None = None) -> Path:
    st = open_storage(storage, create=False)  # with the heartbeat, as tune leaderboard: stopped runs told apart
    names = names if names is not None else study_names(storage)
    every = [study_row(optuna.load_study(study_name=n, storage=st)) for n in names]
    rows = [r for r in every if not r["superseded"]]
    old_rows = [r for r in every if r["superseded"]]
    lines = [
        "# textclf-tune leaderboard",
        "",
        f"Storage `{storage}`, written {_now()}. The best trial of each study is chosen on validation. Test "
        "columns hold `tune confirm` figures only: the config with the best mean validation among the top "
        "trials, retrained over seeds, against the baseline (the reference config re-measured on this "
        "pipeline), with a 95% CI for Δ = tuned − baseline; *sealed* until then. *reference* is the original "
        "script's reported accuracy. *test split*: sealed, confirmed, or seen during the search "
        "(`tune run --score-test`, or studies made before the test split was sealed).",
        "",
        render(rows, "markdown").rstrip("\n"),
        "",
    ]
    if any(r.get("quick") for r in rows):
        lines += [f"Quick studies (`--quick`): {QUICK_MEANING}.", ""]
    if old_rows:
        lines += [
            "## Superseded studies",
            "",
            "Kept for the record; their trials are not comparable with the current studies (why: last column).",
            "",
            "| study | done | pruned | failed | best val | test (confirmed) | superseded |",
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
    drawn["val_test"] = None
    why["val_test"] = "it needs every trial's test figure, and no trial was scored on test during the search " + (
        "(tune confirm scored only the config it chose, after choosing: see Confirmed figures)"
        if study.user_attrs.get(S.CONFIRMATION)
        else "(the test split is sealed; tune confirm scores only the config it chose, after choosing)"
    )
    if saw_test_during_search(study, trials):
        drawn["val_test"] = plots.validation_vs_test(
            trials, folder / PLOT_FILES["val_test"], direction=direction, baseline=base, **common
        )
        why["val_test"] = "needs an accuracy objective and two complete trials with a test accuracy"
    for key, path in drawn.items():
        if path is None:
            result.skipped[key] = why[key]
        else:
            result.plots[key] = path
