"""The choice before the test split opens: best mean validation, ties to the better single trial."""

from __future__ import annotations

import pytest

from textclf_tune.analysis.choice import candidate, choose, compare, counterpart_metric
from textclf_tune.analysis.stats import welch_ci


def test_choose_takes_the_best_mean_not_the_luckiest_run() -> None:
    lucky = candidate(7, 1, "a", [0.8822, 0.8653, 0.8700])  # best single trial, unstable
    steady = candidate(3, 2, "b", [0.8790, 0.8785, 0.8801])
    assert lucky.mean == pytest.approx(0.87250) and steady.mean == pytest.approx(0.87920)
    assert choose([lucky, steady]) is steady
    assert choose([lucky, steady], maximize=False) is lucky  # a loss objective: lowest mean wins


def test_choose_breaks_ties_by_rank_and_refuses_nothing() -> None:
    a, b = candidate(4, 2, "a", [0.8, 0.9]), candidate(9, 1, "b", [0.9, 0.8])
    assert choose([a, b]).trial == 9
    with pytest.raises(ValueError, match="no candidate"):
        choose([candidate(1, 1, "x", [])])


def test_compare_is_welch_on_both_sides() -> None:
    tuned, base = [0.87, 0.88, 0.875], [0.85, 0.851, 0.849]
    out = compare(tuned, base)
    w = welch_ci(tuned, base)
    assert out["diff_mean"] == pytest.approx(w.diff) and out["ci95"] == pytest.approx([w.low, w.high])
    assert out["df"] == pytest.approx(w.df) and out["tuned"] == tuned
    one = compare([0.9], [0.8])
    assert one["diff_mean"] == pytest.approx(0.1) and one["ci95"] == [None, None]


def test_counterpart_metric() -> None:
    assert counterpart_metric("val_auc") == "auc" and counterpart_metric("val_loss") == "loss"
    assert counterpart_metric("val_accuracy") is None and counterpart_metric("loss") is None


def test_compare_of_the_same_runs_on_both_sides_is_zero_without_an_interval() -> None:
    """The chosen config is the reference config: its runs serve both rows, so Δ is exactly 0; a
    Welch interval (which treats the sides as independent samples) would claim ± noise."""
    runs = [1.0, 0.9833]
    c = compare(runs, runs, same_runs=True)
    assert c["diff_mean"] == 0.0 and c["ci95"] == [None, None] and c["same_runs"] is True
    assert c["tuned_mean"] == c["baseline_mean"] == pytest.approx(0.99165)
    assert compare(runs, runs)["ci95"][0] < 0  # independent samples: Welch as before


def test_refit_epochs_phrase_names_the_source_of_each_count() -> None:
    from textclf_tune.analysis.choice import refit_epochs_phrase

    by_trial = refit_epochs_phrase({"tuned": 3, "baseline": 1}, "trial")
    assert "(tuned 3, baseline 1)" in by_trial
    by_runs = refit_epochs_phrase({"tuned": 7, "baseline": 1}, "runs")
    assert "validation runs (7)" in by_runs and "its trial chose (1)" in by_runs
    assert "baseline" not in refit_epochs_phrase({"tuned": 7}, "runs", has_baseline=False)
