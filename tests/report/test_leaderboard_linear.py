"""Δ linear in the leaderboard and the report: read from the stored record, without scikit-learn."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from textclf_tune.report.leaderboard import leaderboard_rows
from textclf_tune.report.markdown import write_reports
from textclf_tune.report.table import COMPACT, MARKDOWN, WIDE, columns, print_table, render
from textclf_tune.store.records import S
from textclf_tune.testing.fake_studies import make_study


def _record(val: float, test: float | None) -> dict[str, Any]:
    feats = {
        "unigrams": {"c": 0.1, "val_accuracy": val - 0.02, "test_accuracy": None if test is None else test - 0.01},
        "uni+bigrams": {"c": 1.0, "val_accuracy": val, "test_accuracy": test},
    }
    for f in feats.values():
        f.update(n_features=1000, seconds=1.5, train_rows=90, val_rows=10)
    opened = [] if test is None else [{"command": "tune baseline imdb_fake --score-test", "when": "2026-11-30T17:00"}]
    return {
        "model": "TF-IDF + LinearSVC",
        "num_words": 300,
        "c_grid": [0.1, 1.0],
        "features": feats,
        "best": "uni+bigrams",
        "val_accuracy": val,
        "test_accuracy": test,
        "seconds": 3.0,
        "test_opened": opened,
    }


def _row(url: str) -> dict[str, Any]:
    (row,) = leaderboard_rows(url)
    return row


def test_delta_linear_on_validation_and_on_confirmed_test(tmp_path: Path) -> None:
    url = f"journal://{tmp_path / 's.log'}"
    study = make_study(url, n=8)
    best = study.best_trial
    assert _row(url)["delta_linear"] is None and _row(url)["linear"] == ""
    study.set_user_attr(S.LINEAR_BASELINE, _record(0.85, None))
    row = _row(url)
    assert row["linear_val"] == 0.85 and row["linear_test"] is None and row["linear_features"] == "uni+bigrams"
    assert row["delta_linear"] == pytest.approx(best.value - 0.85)
    assert row["delta_linear_test"] is None  # the linear test is sealed
    study.set_user_attr(S.LINEAR_BASELINE, _record(0.85, 0.88))
    assert _row(url)["delta_linear_test"] is None  # no confirmation yet
    study.set_user_attr(S.CONFIRMATION, {"tuned": [0.9, 0.91], "tuned_mean": 0.905, "best_trial": best.number})
    row = _row(url)
    assert row["confirmed_test"] == 0.905 and row["delta_linear_test"] == pytest.approx(0.905 - 0.88)
    assert row["linear"] == f"{best.value - 0.85:+.4f} val; {0.905 - 0.88:+.4f} confirmed test"
    study.set_user_attr(S.CONFIRMATION, {"tuned": [0.9, 0.91], "tuned_mean": 0.905, "best_trial": best.number + 99})
    assert _row(url)["delta_linear_test"] is None  # a stale confirmation is not compared


def test_no_validation_delta_for_a_loss_objective(tmp_path: Path) -> None:
    url = f"journal://{tmp_path / 's.log'}"
    study = make_study(url, n=6)
    study.set_user_attr(S.OBJECTIVE, "val_loss")
    study.set_user_attr(S.LINEAR_BASELINE, _record(0.85, 0.88))
    row = _row(url)
    assert row["linear_val"] == 0.85 and row["delta_linear"] is None
    best = study.best_trial
    study.set_user_attr(S.CONFIRMATION, {"tuned": [0.9, 0.91], "tuned_mean": 0.905, "best_trial": best.number})
    assert _row(url)["delta_linear_test"] == pytest.approx(0.905 - 0.88)  # on test, accuracy against accuracy


def test_wide_view_and_report_show_it_compact_table_keeps_its_columns(tmp_path: Path, capsys) -> None:
    url = f"journal://{tmp_path / 's.log'}"
    study = make_study(url, n=8)
    study.set_user_attr(S.LINEAR_BASELINE, _record(0.85, 0.88))
    row = _row(url)
    assert "linear" in {c.key for c in columns(WIDE)} & {c.key for c in columns(MARKDOWN)}
    assert "linear" not in {c.key for c in columns(COMPACT)}  # the compact table keeps its columns
    md = render([row], "markdown")
    head, _, line = md.splitlines()
    cells = [c.strip() for c in line.strip("|").split("|")]
    titles = [c.strip() for c in head.strip("|").split("|")]
    assert cells[titles.index("Δ linear")] == f"{row['delta_linear']:+.4f} val"
    csv_text = render([row], "csv")
    assert "delta_linear" in csv_text.splitlines()[0]
    print_table([row])
    assert "linear baseline uni+bigrams, accuracy: val 0.8500, test 0.8800" in capsys.readouterr().out
    reports, _ = write_reports([], storage=url, out=tmp_path / "out")
    text = reports[0].report.read_text()
    assert "## Linear baseline" in text and "| uni+bigrams (chosen on validation) | 1 | 0.8500 | 0.8800 |" in text


def test_leaderboard_and_report_never_import_sklearn(tmp_path: Path) -> None:
    url = f"journal://{tmp_path / 's.log'}"
    make_study(url, n=4).set_user_attr(S.LINEAR_BASELINE, _record(0.85, 0.88))
    code = (
        "import sys; from textclf_tune.cli.main import main; "
        f"main(['leaderboard', '--storage', {url!r}]); main(['leaderboard', '--storage', {url!r}, '--format', 'csv']); "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'keras', 'tensorflow')); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "linear baseline" in out.stdout


def test_delta_linear_in_the_studys_own_metric(tmp_path: Path) -> None:
    url = f"journal://{tmp_path / 's.log'}"
    study = make_study(url, n=8)
    study.set_user_attr(S.OBJECTIVE, "val_macro_f1")
    record = _record(0.85, 0.88)
    for f in record["features"].values():  # chosen by macro F1, as tune baseline does for this objective
        f.update(metric="macro_f1", val_metric=f["val_accuracy"] - 0.05, test_metric=f["test_accuracy"] - 0.05)
    study.set_user_attr(S.LINEAR_BASELINE, record)
    best = study.best_trial
    study.set_user_attr(
        S.CONFIRMATION,
        {
            "tuned": [0.9, 0.9],
            "tuned_mean": 0.9,
            "best_trial": best.number,
            "counterpart": {"metric": "macro_f1", "tuned_mean": 0.86},
        },
    )
    row = _row(url)
    assert row["linear_metric"] == "macro_f1" and row["linear_val_metric"] == pytest.approx(0.80)
    assert row["delta_linear"] == pytest.approx(best.value - 0.80)
    assert row["delta_linear_test"] == pytest.approx(0.86 - 0.83)  # macro F1 against macro F1, not accuracy
