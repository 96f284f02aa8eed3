"""tune report: REPORT.md, trials.csv and LEADERBOARD.md hold exactly what the storage holds."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import optuna
import pytest
from matplotlib.image import imread
from optuna.trial import TrialState

from textclf_tune.analysis.stats import mean_sd, welch_ci
from textclf_tune.cli.main import main
from textclf_tune.errors import StudyError
from textclf_tune.report.leaderboard import leaderboard_rows
from textclf_tune.report.markdown import folder_name, write_reports
from textclf_tune.report.table import confirmed_delta, render
from textclf_tune.store.storage import open_storage
from textclf_tune.testing.fake_studies import make_study

TUNED = [0.871, 0.866, 0.874]
BASE = [0.846, 0.851, 0.842]


def _confirmation(best_trial: int) -> dict:
    tm, ts = mean_sd(TUNED)
    bm, bs = mean_sd(BASE)
    w = welch_ci(TUNED, BASE)
    return {
        "tuned": TUNED,
        "baseline": BASE,
        "tuned_mean": tm,
        "tuned_sd": ts,
        "baseline_mean": bm,
        "baseline_sd": bs,
        "diff_mean": w.diff,
        "ci95": [w.low, w.high],
        "method": "Welch t",
        "t_source": w.t_source,
        "df": w.df,
        "best_trial": best_trial,
        "seeds": [1000, 1001, 1002],
        "runs": [
            {"role": r, "seed": 1000 + i, "test_accuracy": v, "best_epoch": 3, "val": 0.88, "seconds": 12.5}
            for r, vals in (("tuned", TUNED), ("baseline", BASE))
            for i, v in enumerate(vals)
        ],
    }


def _journal(path: Path) -> str:
    """Journal storage: writing a fake study there takes milliseconds (SQLite: ~1.5 s)."""
    return f"journal://{path}"


@pytest.fixture
def url(tmp_path: Path) -> str:
    u = _journal(tmp_path / "s.log")
    make_study(u, name="imdb_fake", n=12, confirmation=_confirmation(best_trial=9))
    make_study(u, name="other/study", n=2, seed=3)
    return u


def _floats_equal(text: str, value: float | None) -> bool:
    return (text == "" and value is None) or (value is not None and float(text) == value)


def test_report_files_exist_and_numbers_equal_storage(url: str, tmp_path: Path) -> None:
    out = tmp_path / "results"
    reports, board = write_reports(["imdb_fake"], storage=url, out=out)
    (rep,) = reports
    folder = out / "imdb_fake"
    for name in ("REPORT.md", "trials.csv", "history.png", "importances.png", "slices.png", "curves.png"):
        assert (folder / name).is_file(), name
    for png in folder.glob("*.png"):
        h, w = imread(png).shape[:2]
        assert w >= 900 and h >= 450, (png.name, w, h)

    study = optuna.load_study(study_name="imdb_fake", storage=open_storage(url, heartbeat=False))
    trials = study.get_trials()
    rows = list(csv.DictReader((folder / "trials.csv").open()))
    assert [int(r["number"]) for r in rows] == [t.number for t in trials]
    for r, t in zip(rows, trials, strict=True):
        assert r["state"] == t.state.name
        assert _floats_equal(r["value"], t.value)
        assert _floats_equal(r["test_accuracy"], t.user_attrs.get("test_accuracy"))
        assert float(r["train_seconds"]) == t.user_attrs["train_seconds"]
        assert r["epochs_run"] == str(t.user_attrs["epochs_run"])
        assert r["best_epoch"] == str(t.user_attrs.get("best_epoch", ""))
        assert r["is_reference"] == str(bool(t.user_attrs.get("is_reference")))
        assert r["fail_reason"] == t.user_attrs.get("fail_reason", "")
        assert r["duplicate_of"] == str(t.user_attrs.get("duplicate_of", ""))
        for name, value in t.params.items():
            assert r[f"params_{name}"] == (repr(value) if isinstance(value, float) else str(value))

    text = rep.report.read_text()
    best = study.best_trial
    ref = trials[0]
    # Validation per trial; test figures only from the confirmation (this study saw test during its search).
    assert f"| best (tuned) | {best.number} | {best.value:.4f} |\n" in text
    assert f"| baseline (reference config) | 0 | {ref.value:.4f} |\n" in text
    assert (
        f"{best.user_attrs['test_accuracy']:.4f}"
        not in text.split("## Confirmed figures")[0].split("## Leaderboard")[1]
    )
    assert "The original script reported 0.8527 on test (quick preset (" in text and "not comparable" in text
    assert "- test split: test seen during search (trials were scored on test as they finished" in text
    # Confirmed figures, exactly as stored.
    c = study.user_attrs["confirmation"]
    assert f"| {len(TUNED)} | {c['tuned_mean']:.4f} | {c['tuned_sd']:.4f} |" in text
    assert f"| {len(BASE)} | {c['baseline_mean']:.4f} | {c['baseline_sd']:.4f} |" in text
    assert f"{c['diff_mean']:+.4f}**, 95% CI [{c['ci95'][0]:+.4f}, {c['ci95'][1]:+.4f}] (Welch t" in text
    # Best params, the command, the environment, the wall time.
    for name in best.params:
        assert f"| {name} | " in text
    assert study.user_attrs["command"] in text
    assert "tensorflow-cpu | 2.21.0" in text and "testhost" in text and "CPU (2 cores" in text
    total = sum(t.user_attrs["train_seconds"] for t in trials)
    assert f"({total:.1f} s over {len(trials)} trials)" in text
    # The boundary warning (the best trial's maxlen is 800, the top of 100..800).
    assert "## Boundary warning" in text and "maxlen=800 is at the upper edge of [100, 800]" in text
    assert "out of memory" in text  # the failed trial's reason
    for png in ("history.png", "importances.png", "slices.png", "curves.png"):
        assert f"]({png})" in text
    states = [r["state"] for r in rows]
    assert {"COMPLETE", "PRUNED", "FAIL"} <= set(states)
    assert states.count("PRUNED") == sum(t.state == TrialState.PRUNED for t in trials)

    lb = board.read_text()
    rows_lb = leaderboard_rows(url)
    assert render(rows_lb, "markdown").strip() in lb
    assert "[imdb_fake](imdb_fake/REPORT.md)" in lb
    assert "no report yet: `tune report other/study`" in lb


def test_report_all_studies_and_odd_names(url: str, tmp_path: Path) -> None:
    reports, board = write_reports(None, storage=url, out=tmp_path / "r")
    assert [r.study for r in reports] == ["imdb_fake", "other/study"]
    tiny = tmp_path / "r" / folder_name("other/study")
    assert tiny.name.startswith("other_study-") and (tiny / "REPORT.md").is_file()  # not the folder of "other_study"
    # Two complete trials are too few for importances: said in the report, no image left behind.
    assert (
        "importances: not drawn — importances need at least 4 complete trials; this study has 2"
        in (tiny / "REPORT.md").read_text()
    )
    assert not (tiny / "importances.png").exists()
    assert f"[other/study]({tiny.name}/REPORT.md)" in board.read_text()


def test_unconfirmed_and_stale_confirmation(tmp_path: Path) -> None:
    u = _journal(tmp_path / "s.log")
    make_study(u, name="plain", n=6)
    make_study(u, name="stale", n=6, confirmation=_confirmation(best_trial=99))
    reports, board = write_reports(None, storage=u, out=tmp_path / "r", draw=False)
    plain = reports[0].report.read_text()
    assert "tune confirm plain" in plain  # the command that would confirm it
    rows = {r["study"]: r for r in leaderboard_rows(u)}
    assert rows["plain"]["confirmation"] is None and rows["plain"]["confirmed"] == ""
    stale = reports[1].report.read_text()
    row = rows["stale"]
    assert row["confirmation"]["best_trial"] == 99 != row["best_trial"]
    assert "trial 99" in stale and f"{row['confirmation']['diff_mean']:+.4f}" in row["confirmed"]
    # its figures are of another config: the best trial's test columns stay empty, the text keeps them
    assert row["best_test"] is None and row["delta_baseline"] is None and row["confirmed_trial"] is None


def test_leaderboard_confirmed_cell_shows_stored_figures(url: str) -> None:
    (row,) = [r for r in leaderboard_rows(url) if r["study"] == "imdb_fake"]
    c = row["confirmation"]
    assert row["confirmed"].startswith(
        f"tuned {c['tuned_mean']:.4f}±{c['tuned_sd']:.4f} vs baseline "
        f"{c['baseline_mean']:.4f}±{c['baseline_sd']:.4f}; Δ {c['diff_mean']:+.4f} "
        f"[{c['ci95'][0]:+.4f}, {c['ci95'][1]:+.4f}]"
    )
    assert "n=3+3" in row["confirmed"] and "STALE" not in row["confirmed"]
    assert row["best_test"] == c["tuned_mean"] and row["baseline_test"] == c["baseline_mean"]
    assert row["delta_baseline"] == c["diff_mean"] and row["delta_reference"] is None  # quick: not comparable
    assert row["test_status"] == "test seen during search"  # read off its trials: nothing rewritten
    assert "not comparable to the reference" in row["not_comparable"]
    assert "maxlen=800 is at the upper edge of [100, 800]" in row["warnings"]


def test_sealed_study_shows_sealed_and_draws_no_val_test_plot(tmp_path: Path) -> None:
    u = _journal(tmp_path / "s.log")
    make_study(u, name="sealed", n=8, sealed=True)
    (row,) = leaderboard_rows(u)
    assert row["test_status"] == "sealed" and row["test_seen_during_search"] is False
    assert row["best_test"] is None and row["baseline_test"] is None and row["delta_baseline"] is None
    cells = [c.strip() for c in render([row], "markdown").splitlines()[2].split("|")]
    assert cells[2:].count("sealed") == 5  # four test columns (Δ ref: quick, "—") + status
    bare = {**row, "reference": None, "baseline_trial": None, "not_comparable": False}  # no reference config
    cells = [c.strip() for c in render([bare], "markdown").splitlines()[2].split("|")]
    assert cells[2:].count("sealed") == 3  # the baseline's two columns have nothing to open: "—"
    reports, _ = write_reports(["sealed"], storage=u, out=tmp_path / "r")
    (rep,) = reports
    assert "val_test" not in rep.plots and "sealed" in rep.skipped["val_test"]
    text = rep.report.read_text()
    assert "- test split: sealed (no test figure exists yet" in text and "Not confirmed yet" in text
    seen = make_study(u, name="seen", n=8)
    reports, _ = write_reports(["seen"], storage=u, out=tmp_path / "r")
    assert "val_test" in reports[0].plots and seen.user_attrs.get("test_seen_during_search") is None
    # the compact view says it too: its confirmed Δ cell, for a study scored on test while it ran
    row = next(r for r in leaderboard_rows(u) if r["study"] == "seen")
    assert row["test_status"] == "test seen during search" and confirmed_delta(row) == "test seen"


def test_unknown_study_and_empty_storage_are_user_errors(url: str, tmp_path: Path) -> None:
    with pytest.raises(StudyError, match="not in storage .*imdb_fake"):
        write_reports(["nope"], storage=url, out=tmp_path / "r")
    with pytest.raises(StudyError, match="holds no studies"):
        write_reports(None, storage=_journal(tmp_path / "empty.log"), out=tmp_path / "r")


def test_cli_report_runs_without_tensorflow(url: str, tmp_path: Path) -> None:
    out = tmp_path / "cli_results"
    code = (
        "import sys; from textclf_tune.cli.main import main; rc = main(sys.argv[1:]); "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('tensorflow', 'keras')]; "
        "print('imported:', bad); sys.exit(rc or (3 if bad else 0))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, "report", "imdb_fake", "--storage", url, "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "imdb_fake: " in run.stdout and "imported: []" in run.stdout
    assert (out / "imdb_fake" / "REPORT.md").is_file() and (out / "LEADERBOARD.md").is_file()


def test_cli_report_unknown_study(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "missing", "--storage", url, "--out", str(tmp_path / "r")]) == 2
    assert "not in storage" in capsys.readouterr().err


def test_superseded_studies_leave_the_current_table_but_stay_on_record(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study = optuna.load_study(study_name="other/study", storage=open_storage(url, heartbeat=False))
    study.set_user_attr("superseded_by", "random validation split; see results/README.md")
    assert main(["leaderboard", "--storage", url]) == 0
    out = capsys.readouterr().out
    assert "imdb_fake" in out and "other/study" not in out
    assert "(1 superseded study not shown: tune leaderboard --all)" in out
    assert main(["leaderboard", "--storage", url, "--all", "--format", "csv"]) == 0
    assert "other/study" in capsys.readouterr().out
    _, board = write_reports(None, storage=url, out=tmp_path / "r")
    text = board.read_text()
    current, old = text.split("## Superseded studies")
    assert "| imdb_fake |" in current and "other/study" not in current.split("## Reports")[0]
    assert "| other/study |" in old and "random validation split; see results/README.md" in old
    rows = {r["study"]: r for r in leaderboard_rows(url)}
    assert rows["other/study"]["superseded"] and not rows["imdb_fake"]["superseded"]


def test_wall_time_counts_warm_started_copies_apart(url: str, tmp_path: Path) -> None:
    source = make_study(url, name="old", n=6)
    target = optuna.create_study(storage=open_storage(url, heartbeat=False), study_name="new", direction="maximize")
    for k, v in source.user_attrs.items():
        target.set_user_attr(k, v)
    for t in source.get_trials():  # copied as warm start copies them: same record plus a marker
        copy = optuna.trial.create_trial(
            params=t.params,
            distributions=t.distributions,
            value=t.value,
            state=t.state,
            user_attrs={**t.user_attrs, "warm_start": {"study": "old", "trial": t.number}},
            intermediate_values=t.intermediate_values,
        )
        copy.datetime_start, copy.datetime_complete = t.datetime_start, t.datetime_complete
        target.add_trial(copy)
    own = optuna.trial.create_trial(
        params=source.trials[1].params,
        distributions=source.trials[1].distributions,
        value=0.85,
        user_attrs={**source.trials[1].user_attrs, "train_seconds": 42.0},
    )
    target.add_trial(own)
    write_reports(["new"], storage=url, out=tmp_path / "r")
    text = (tmp_path / "r" / "new" / "REPORT.md").read_text()
    assert "42.0 s" in text and "1 trials" in text  # the copies' seconds were paid for in 'old'
    assert "6 trials copied by warm start" in text


def test_edge_warnings_skip_a_zero_floor_but_not_other_edges() -> None:
    from optuna.distributions import FloatDistribution, IntDistribution

    from textclf_tune.report.leaderboard import edge_warnings

    dists = {
        "dropout": FloatDistribution(0.0, 0.5, step=0.05),
        "dense_units": IntDistribution(0, 256, step=32),
        "filters": IntDistribution(32, 384, step=32),
        "shift": FloatDistribution(-1.0, 0.0),
        "learning_rate": FloatDistribution(1e-4, 1e-2, log=True),
    }
    trial = optuna.trial.create_trial(
        params={"dropout": 0.0, "dense_units": 0, "filters": 32, "shift": 0.0, "learning_rate": 1e-4},
        distributions=dists,
        value=0.8,
    )
    warnings = edge_warnings(trial)
    assert not any(w.startswith(("dropout", "dense_units")) for w in warnings), warnings
    assert "filters=32 is at the lower edge of [32, 384]" in warnings
    assert "shift=0 is at the upper edge of [-1, 0]" in warnings  # 0 as an upper bound still warns
    assert any(w.startswith("learning_rate=0.0001 is at the lower edge") for w in warnings), warnings
    enqueued = optuna.trial.FrozenTrial(  # study.enqueue_trial takes a value past the range with a warning
        number=1,
        state=optuna.trial.TrialState.COMPLETE,
        value=0.8,
        values=None,
        datetime_start=None,
        datetime_complete=None,
        params={"learning_rate": 0.5},
        distributions={"learning_rate": dists["learning_rate"]},
        user_attrs={},
        system_attrs={},
        intermediate_values={},
        trial_id=1,
    )
    assert edge_warnings(enqueued) == ["learning_rate=0.5 lies outside its range [0.0001, 0.01], above it"]


def test_report_folders_are_unique_safe_and_short(tmp_path: Path) -> None:
    """`a/b` and `a_b` must not share a folder; a 300-byte name must not crash the whole report."""
    url = f"sqlite:///{tmp_path / 's.db'}"
    names = ["a/b", "a_b", "é" * 150, "x" * 300, ".."]
    for i, name in enumerate(names):
        make_study(url, name=name, n=4, seed=i)
    reports, board = write_reports(storage=url, out=tmp_path / "out", draw=False)
    folders = [r.report.parent for r in reports]
    assert len(set(folders)) == len(names)
    assert all(f.parent == tmp_path / "out" and len(f.name.encode()) <= 80 for f in folders)
    assert {r.study for r in reports} == set(names) and board.is_file()
    assert (tmp_path / "out" / "a_b" / "REPORT.md").is_file()  # a safe name keeps its own folder


def test_report_of_a_study_with_only_failed_trials_and_no_reference_figure(tmp_path: Path) -> None:
    u = _journal(tmp_path / "s.log")
    study = optuna.create_study(study_name="failing", storage=open_storage(u), direction="maximize")
    study.set_user_attr("objective", "val_accuracy")
    for _ in range(2):
        study.tell(study.ask(), state=optuna.trial.TrialState.FAIL)
    (rep,) = write_reports(["failing"], storage=u, out=tmp_path / "r")[0]
    text = rep.report.read_text()
    assert "tune report failing" in text
    assert "tune export" not in text and "tune confirm failing" not in text  # nothing finished to export
    assert "original script reported" not in text  # the sweep gives no reference_accuracy
    # made from Python, no command recorded: the rerun names the study, which is not the sweep's own
    assert "tune run SWEEP.py --study-name failing --storage" in text and "run from Python (run_study)" in text


def test_a_non_accuracy_objective_names_its_confirmed_metric() -> None:
    """Compact view: the confirmed Δ of a val_auc study is on test AUC, named; accuracy is said."""
    from textclf_tune.report.table import objective_test_cell, objectives_note

    confirm = {
        "tuned": [0.8, 0.82],
        "diff_mean": 0.05,
        "ci95": [-0.3, 0.4],
        "counterpart": {"metric": "auc", "diff_mean": 0.1, "ci95": [0.02, 0.18]},
        "candidates": [{"trial": 3}],
    }
    row = {"objective": "val_auc", "direction": "maximize", "best_trial": 3, "confirmation": confirm}
    assert confirmed_delta(row) == "auc +0.100 [+0.020,+0.180]"
    no_counterpart = {**row, "confirmation": {**confirm, "counterpart": None}}
    assert confirmed_delta(no_counterpart) == "acc +0.050 [-0.300,+0.400]"
    assert confirmed_delta({**row, "objective": "val_accuracy"}) == "+0.050 [-0.300,+0.400]"
    assert objective_test_cell({**row, "best_test_objective": 0.7119}) == "auc 0.7119"
    loss = {"objective": "val_loss", "direction": "minimize"}
    assert "val_loss (lower is better)" in objectives_note([row, loss])


def test_a_best_trial_at_the_majority_rate_is_flagged() -> None:
    from textclf_tune.report.leaderboard import study_row

    study = optuna.create_study(direction="maximize", study_name="imbalanced")
    study.set_user_attr("objective", "val_accuracy")
    study.set_user_attr("data", {"class_counts": {"val": [61, 3]}})
    study.add_trial(optuna.trial.create_trial(value=61 / 64, params={}, distributions={}))
    (note,) = [w for w in study_row(study)["warnings"] if "largest class" in w]
    assert "best val_accuracy 0.9531 is no better than always predicting the largest class (0.9531)" in note
    study.add_trial(optuna.trial.create_trial(value=0.97, params={}, distributions={}))
    assert not any("largest class" in w for w in study_row(study)["warnings"])


def test_the_majority_guess_is_read_in_the_objectives_own_measure() -> None:
    """A macro-F1 study whose trials collapsed to the majority class (0.1981 here) was shown beside
    'majority acc 0.6667' only; the guess's macro F1 is 2p/(1+p) over the classes present."""
    from textclf_tune.report.leaderboard import majority_objective, study_row

    study = optuna.create_study(direction="maximize", study_name="tickets")
    study.set_user_attr("data", {"class_counts": {"val": [40, 15, 5, 0]}})  # one class missing from validation
    p = 40 / 60
    for objective, expected in [
        ("val_accuracy", p),
        ("val_macro_f1", 2 * p / (1 + p) / 3),
        ("val_auc", 0.5),
        ("val_loss", None),
    ]:
        study.set_user_attr("objective", objective)
        assert majority_objective(study) == (pytest.approx(expected) if expected is not None else None)
    study.set_user_attr("objective", "val_f1")
    assert majority_objective(study) is None  # four classes: F1 of which class?
    study.set_user_attr("data", {"class_counts": {"val": [10, 30]}})
    assert majority_objective(study) == pytest.approx(2 * 0.75 / 1.75)  # the positive class is the largest
    study.set_user_attr("data", {"class_counts": {"val": [30, 10]}})
    assert majority_objective(study) == 0.0
    study.set_user_attr("objective", "val_macro_f1")
    study.add_trial(optuna.trial.create_trial(value=0.42, params={}, distributions={}))
    (note,) = [w for w in study_row(study)["warnings"] if "largest class" in w]
    assert "best val_macro_f1 0.4200 is no better than always predicting the largest class (0.4286)" in note


def test_a_loss_objective_gets_its_own_reading_with_its_direction() -> None:
    """REPORT.md: the bold Δ is test accuracy, said so; a val_loss study's own measure, test loss
    (lower is better), gets its own verdict, read the right way round."""
    from textclf_tune.report.confirmed import confirm_section

    best = optuna.trial.create_trial(value=0.3, params={}, distributions={})
    c = {
        "tuned": [0.80, 0.82],
        "tuned_mean": 0.81,
        "baseline": [0.80, 0.81],
        "baseline_mean": 0.805,
        "diff_mean": 0.005,
        "ci95": [-0.2, 0.21],
        "best_trial": 0,
        "counterpart": {"metric": "loss", "direction": "minimize", "diff_mean": -0.28, "ci95": [-0.42, -0.15]},
    }
    text = "\n".join(confirm_section(c, best, "s", ""))
    assert "**Δ test accuracy = mean(tuned) − mean(baseline) = +0.0050**" in text
    assert "Reading on loss, the objective's measure: the tuned config beats the baseline" in text
    worse = {**c, "counterpart": {**c["counterpart"], "diff_mean": 0.28, "ci95": [0.15, 0.42]}}
    assert "Reading on loss, the objective's measure: the baseline is better" in "\n".join(
        confirm_section(worse, best, "s", "")
    )


def test_wall_time_counts_every_confirm_run_and_the_caption_matches_the_plot(tmp_path: Path) -> None:
    url = _journal(tmp_path / "s.log")
    study = make_study(url, name="conf", n=6, confirmation=_confirmation(best_trial=3))
    runs = [{"seed": s, "config_hash": h, "train_seconds": 30.0} for h in ("a", "b") for s in (1, 2)]
    study.set_user_attr("confirm_runs", runs)  # the candidates' validation runs too, not only the 6 tested
    other = make_study(url, name="auc", n=6)
    other.set_user_attr("objective", "val_auc")  # no reported-accuracy line beside an AUC axis
    write_reports(["conf", "auc"], storage=url, out=tmp_path / "r")
    text = (tmp_path / "r" / "conf" / "REPORT.md").read_text()
    assert "2m 00s (4 runs)" in text
    assert "--out runs/exports/conf" in text  # user exports go to a git-ignored place
    assert "dashed line" in text.split("## Plots")[1].split("![importances]")[0]
    auc = (tmp_path / "r" / "auc" / "REPORT.md").read_text()
    assert "dashed line" not in auc.split("## Plots")[1].split("![importances]")[0]


def test_a_refit_only_confirmation_is_not_reported_as_unconfirmed(tmp_path: Path) -> None:
    u = _journal(tmp_path / "s.log")
    study = make_study(u, name="refit_only", n=6)
    best = max((t for t in study.trials if t.value is not None), key=lambda t: t.value)
    study.set_user_attr("confirmation_refit", {**_confirmation(best_trial=best.number), "refit_epochs": {"tuned": 3}})
    (report,), _ = write_reports(None, storage=u, out=tmp_path / "r", draw=False)
    text = report.report.read_text()
    assert "Not confirmed yet" not in text and "## Confirmed figures, refit on train + validation" in text


def test_an_unordered_choice_has_no_edge_to_widen() -> None:
    """hp.Choice("kernel", [3, 7, 5], ordered=False): KerasTuner reads no order into it, yet a best
    kernel=7 was told to widen the space. The trial records such names, and the warning skips them."""
    from optuna.distributions import CategoricalDistribution

    from textclf_tune import HyperParameters
    from textclf_tune.report.leaderboard import edge_warnings
    from textclf_tune.store.records import T

    hp = HyperParameters(values={}, where="s.py")
    hp.Choice("kernel", [3, 7, 5], ordered=False, default=3)
    hp.Choice("units", [16, 32, 64], default=16)
    assert hp.unordered == ["kernel"]
    dists = {"kernel": CategoricalDistribution([3, 7, 5]), "units": CategoricalDistribution([16, 32, 64])}
    params = {"kernel": 7, "units": 64}
    plain = optuna.trial.create_trial(params=params, distributions=dists, value=0.8)
    assert len(edge_warnings(plain)) == 2
    marked = optuna.trial.create_trial(
        params=params, distributions=dists, value=0.8, user_attrs={T.UNORDERED: ["kernel"]}
    )
    assert [w.split("=")[0] for w in edge_warnings(marked)] == ["units"]
