"""The leaderboard's terminal views: the compact one fits 80 columns, --wide shows the rest, and
off a terminal no value is ever cut."""

from __future__ import annotations

import io
import re
from pathlib import Path

import optuna
import pytest
from rich.console import Console

from textclf_tune.report.leaderboard import leaderboard_rows
from textclf_tune.report.table import COMPACT, QUICK_NOTE, WIDE, columns, print_table
from textclf_tune.store.records import S
from textclf_tune.testing.fake_studies import make_study

CONFIRMATION = {
    "tuned": [0.87, 0.87],
    "baseline": [0.85, 0.85],
    "tuned_mean": 0.87,
    "baseline_mean": 0.85,
    "diff_mean": 0.0213,
    "ci95": [0.0041, 0.0385],
}


@pytest.fixture
def rows(tmp_path: Path) -> list[dict]:
    url = f"journal://{tmp_path / 's.log'}"
    make_study(url, name="newsgroups_glove-quick", n=12, confirmation=CONFIRMATION)
    make_study(url, name="imdb_lstm", n=8, seed=1).set_user_attr(S.QUICK, False)
    return leaderboard_rows(url)


def _draw(rows: list[dict], width: int, terminal: bool, wide: bool = False) -> str:
    out = io.StringIO()
    console = Console(file=out, width=width, force_terminal=terminal, color_system=None, highlight=False)
    print_table(rows, console=console, wide=wide)
    return out.getvalue()


def _figures(row: dict) -> list[str]:
    """The compact view's figures for ``row``, as its cells print them."""
    confirm = row["confirmation"] or {}
    stale = confirm.get("best_trial") not in (None, row["best_trial"])
    figures = [f"{row['complete'] + row['pruned']}/{row['budget']}", f"{row['best_val']:.4f}"]
    figures.append(f"{row['delta_baseline_val']:+.4f}")  # validation: the test split stays sealed
    if confirm:
        low, high = confirm["ci95"]
        figures.append("stale" if stale else f"{confirm['diff_mean']:+.3f} [{low:+.3f},{high:+.3f}]")
    return figures


@pytest.mark.parametrize("width", [80, 100])
def test_compact_view_fits_the_terminal_and_cuts_no_figure(rows: list[dict], width: int) -> None:
    text = _draw(rows, width, terminal=True)
    assert max(len(line) for line in text.splitlines()) <= width
    assert "…" not in text
    for row in rows:
        for figure in _figures(row):
            assert figure in text, (figure, text)
    header = next(line for line in text.splitlines() if "study" in line and "finished" in line)
    assert [c.title for c in columns(COMPACT)] == [t for t in re.split(r"\s{2,}", header.strip())]


def test_wide_view_is_never_cut_off_a_terminal(rows: list[dict]) -> None:
    text = _draw(rows, 80, terminal=False, wide=True)
    assert "…" not in text
    for c in columns(WIDE):
        assert c.title in text
    for row in rows:
        for key, fmt in (("best_test", ".4f"), ("delta_reference", "+.4f"), ("delta_baseline_val", "+.4f")):
            if row[key] is not None:  # test figures exist once confirmed; sealed or "—" before
                assert f"{row[key]:{fmt}}" in text
        assert any(row["best_test"] is not None for row in rows)
        for w in row["warnings"]:
            assert w in text  # long text goes below the table, whole
        assert f"maxlen={row['best_params']['maxlen']}" in text


def test_wide_view_on_a_narrow_terminal_wraps_rather_than_cuts_numbers(rows: list[dict]) -> None:
    text = _draw(rows, 100, terminal=True, wide=True)
    for row in rows:
        for key, fmt in (("best_test", ".4f"), ("delta_baseline", "+.4f"), ("delta_baseline_val", "+.4f")):
            if row[key] is not None:
                assert f"{row[key]:{fmt}}" in text


def test_quick_studies_are_marked_with_what_their_figures_are_for(rows: list[dict]) -> None:
    quick = [r for r in rows if r["quick"]]
    assert [r["study"] for r in quick] == ["newsgroups_glove-quick"]
    text = _draw(rows, 80, terminal=False)
    assert "newsgroups_glove-quick*" in text and "imdb_lstm*" not in text
    assert QUICK_NOTE in text
    assert QUICK_NOTE not in _draw([r for r in rows if not r["quick"]], 80, terminal=False)


def test_reports_say_what_a_quick_studys_figures_are_for(tmp_path: Path) -> None:
    from textclf_tune.report.markdown import write_reports
    from textclf_tune.report.table import QUICK_MEANING

    url = f"journal://{tmp_path / 'r.log'}"
    make_study(url, name="q", n=6)
    make_study(url, name="real", n=6).set_user_attr(S.QUICK, False)
    reports, board = write_reports(None, storage=url, out=tmp_path / "out", draw=False)
    said = {r.study: QUICK_MEANING in r.report.read_text() for r in reports}
    assert said == {"q": True, "real": False}
    assert QUICK_MEANING in board.read_text()


def test_quick_note_gives_the_training_size_used_not_the_presets() -> None:
    """--quick on 240 texts trains on the whole 192-text training split: not on "2,000 examples"."""
    from textclf_tune.report.leaderboard import quick_note

    study = optuna.create_study()
    study.set_user_attr(S.QUICK, True)
    study.set_user_attr(S.QUICK_PRESET, {"n_train": 2000, "n_val": 500, "n_test": 1000, "epochs": 2})
    study.set_user_attr(S.DATA, {"sizes": {"train": 192, "val": 48, "test": 60}})
    assert quick_note(study).startswith("quick preset (192 training examples, 2 epochs)")
    study.set_user_attr(S.DATA, {})  # no data record: the preset's count
    assert quick_note(study).startswith("quick preset (2,000 training examples, 2 epochs)")


def test_markdown_shows_the_validation_gain_the_terminal_shows(rows: list[dict]) -> None:
    from textclf_tune.report.table import MARKDOWN, render

    text = render(rows, MARKDOWN)
    assert "Δ base val" in text
    for row in rows:
        if row["delta_baseline_val"] is not None:
            assert f"{row['delta_baseline_val']:+.4f}" in text


@pytest.mark.filterwarnings("ignore:Heartbeat of storage is supposed")
@pytest.mark.parametrize("kind", ["sqlite", "journal"])
def test_a_trial_whose_run_is_gone_is_counted_stopped_not_running(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run killed without a word leaves its trial RUNNING in the storage: the leaderboard tells it
    (no heartbeat for the grace period) from a trial that a live run is still training."""
    import sqlite3
    import time

    from textclf_tune.report.markdown import write_reports
    from textclf_tune.report.table import in_flight
    from textclf_tune.store.storage import HEARTBEAT_KEY, open_storage

    monkeypatch.setenv("TEXTCLF_HEARTBEAT", "60")  # stale 180 s after the last beat
    db = tmp_path / "s.db"
    url = f"sqlite:///{db}" if kind == "sqlite" else f"journal://{tmp_path / 's.log'}"
    storage = open_storage(url)
    make_study(url, name="s", n=3)
    study = optuna.load_study(study_name="s", storage=storage)
    gone, alive = study.ask(), study.ask()
    for t in (gone, alive):
        storage.record_heartbeat(t._trial_id)
    if kind == "sqlite":  # its last beat 10 minutes ago
        with sqlite3.connect(db) as con:
            con.execute(
                "update trial_heartbeats set heartbeat = datetime(heartbeat, '-10 minutes') where trial_id = ?",
                (gone._trial_id,),
            )
    else:
        storage.set_trial_system_attr(gone._trial_id, HEARTBEAT_KEY, time.time() - 600)
    (row,) = leaderboard_rows(url)
    assert (row["running"], row["stopped"]) == (1, 1)
    assert in_flight([row])[0].startswith("s: 1 running, 1 stopped")
    (report,), _ = write_reports(["s"], storage=url, out=tmp_path / "out", draw=False)
    assert "1 running, 1 stopped" in report.report.read_text()  # REPORT.md tells them apart too
