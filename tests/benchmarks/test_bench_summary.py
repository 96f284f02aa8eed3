"""``results/bench/SUMMARY.md``: its tables hold the benchmarks' figures, and where we lose is
found as numbers (the reasons are hand-written in bench.reasons). Asserts figures, not sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import findings, summary
from bench.common import write_json
from bench.reasons import WHY


def _fake_sections() -> dict[str, dict]:
    pair = {
        "order": ["bare", "tune"],
        "bare": {"fit_s": 10.0, "whole_s": 11.0, "best_val_accuracy": 0.8},
        "tune": {"fit_s": 10.1, "trial_s": 11.5, "call_s": 12.5, "best_val_accuracy": 0.8},
        "ratio_fit": 1.01,
        "ratio_trial": 1.045,
        "ratio_call": 1.136,
    }
    run = {"run_id": "r1", "command": "python -m bench"}
    engines_runs = [
        {"engine": e, "seed": s, "finished": n, "pruned": 0, "best_val_accuracy": v, "best_test_accuracy": v - 0.01}
        for s in (0, 1, 2)
        for e, n, v in (("ours", 6, 0.80), ("ours-noref", 6, 0.74), ("kt-random", 5, 0.78), ("kt-hyperband", 14, 0.82))
    ]
    from bench.engines import medians, verdict

    engines_list = ["ours", "ours-noref", "kt-random", "kt-hyperband"]
    return {
        "overhead": {
            **run,
            "section": "overhead",
            "status": "ok",
            "wall_s": 100,
            "preset": {"sweep": "sweeps/imdb_cnn.py"},
            "results": {
                "goal": 1.02,
                "config": {"maxlen": 100},
                "sizes": {"train": 4000, "val": 1000, "test": 1000},
                "epochs": 2,
                "pairs": [pair] * 3,
                "median": {
                    "bare_fit_s": 10.0,
                    "tune_fit_s": 10.1,
                    "bare_whole_s": 11.0,
                    "tune_trial_s": 11.5,
                    "tune_call_s": 12.5,
                    "ratio_fit": 1.01,
                    "ratio_trial": 1.045,
                    "ratio_call": 1.136,
                },
            },
        },
        "data": {
            "section": "data",
            "status": "ok",
            "run_id": "old",
            "command": "python -m bench --only data",
            "results": {
                "data_dir": "/d",
                "goals": {"imdb_first_encode_s": 15.0},
                "imdb": {"first_encode_s": 6.7, "cached_load_s": 0.002},
                "newsgroups": {"first_encode_s": 2.9, "cached_load_s": 0.002},
            },
        },
        "pruning": {
            **run,
            "section": "pruning",
            "status": "ok",
            "results": {
                "sizes": {"train": 1000, "val": 500, "test": 500},
                "epochs": 6,
                "max_maxlen": 150,
                "budget_s": 150.0,
                "budget_method": "deadline",
                "pruner_settings": "MedianPruner(n_startup_trials=5, n_warmup_steps=2)",
                "runs": [
                    {
                        "seed": 0,
                        "arm": "median",
                        "finished": 12,
                        "pruned": 5,
                        "elapsed_s": 151,
                        "epochs_trained": 36,
                        "trials_per_hour": 286,
                        "best_val_accuracy": 0.8,
                        "best_test_accuracy": 0.79,
                    },
                    {
                        "seed": 0,
                        "arm": "none",
                        "finished": 9,
                        "pruned": 0,
                        "elapsed_s": 150,
                        "epochs_trained": 45,
                        "trials_per_hour": 216,
                        "best_val_accuracy": 0.81,
                        "best_test_accuracy": 0.8,
                    },
                ],
                "median": {
                    "median": {"trials_per_hour": 286, "finished": 12, "best_val_accuracy": 0.8},
                    "none": {"trials_per_hour": 216, "finished": 9, "best_val_accuracy": 0.81},
                },
                "trials_ratio": 1.32,
                "best_val_delta": -0.01,
                "goal_trials_ratio": 3.0,
            },
        },
        "engines": {
            **run,
            "section": "engines",
            "status": "ok",
            "results": {
                "budget_s": 40,
                "epochs": 3,
                "seeds": [0, 1, 2],
                "engines": engines_list,
                "sweeps": {
                    "imdb_cnn": {
                        "sizes": {"train": 1000, "val": 500, "test": 1000},
                        "max_maxlen": 150,
                        "runs": engines_runs,
                        "median": medians(engines_runs, engines_list),
                        "verdict": verdict(engines_runs, engines_list),
                    }
                },
            },
        },
        "memory": {**run, "section": "memory", "status": "error", "error": "RuntimeError: child died"},
    }


RUN = {
    "run_id": "r1",
    "command": "python -m bench",
    "date": "2026-01-01",
    "wall_s": 1500,
    "sections": list(summary.SECTIONS),
    "preset": {"name": "default"},
    "data_dir": "/d",
    "machine": {
        "cpu_count": 2,
        "platform": "Linux",
        "python": "3.11",
        "backend": "tensorflow",
        "device": "CPU",
        "versions": {"keras": "3", "optuna": "5"},
    },
}


def _losses(sections: dict) -> dict[tuple[str, str], findings.Loss]:
    return {(x.kind, x.subject): x for x in findings.where_we_lose(sections)}


def test_summary_tables_hold_every_sections_figures() -> None:
    text = summary.render(RUN, _fake_sections())
    for title in summary.TITLES.values():
        assert f"## {title}" in text
    assert "`python -m bench`" in text and "2 CPUs" in text and "keras 3" in text and "25.0 min" in text
    assert "**1.010**" in text and "**1.045**" in text  # overhead medians
    assert "| **ours** | 0.8000 |" in text
    assert "| 0 | none | 9 | 0 | 5.0 |" in text  # epochs per finished trial
    assert (
        "| median | MedianPruner(n_startup_trials=5, n_warmup_steps=2) | 286 | 0.8000 | **1.32×** | not met |" in text
    )
    assert "| kt-hyperband | -0.0200 |" in text  # ours against each engine
    assert "**Failed:** `RuntimeError: child died`" in text


def test_every_loss_is_found_with_its_figures() -> None:
    losses = _losses(_fake_sections())
    assert {k for k, _ in losses} <= set(WHY)  # every kind has a hand-written reason
    ov = losses[("ratio_trial", "trial")]
    assert (ov.figure, ov.target) == (1.045, 1.02)
    assert ("ratio_call", "call") in losses and ("ratio_fit", "fit") not in losses  # 1.01 meets the goal
    pr = losses[("trials_ratio_median", "--pruner median")]
    assert (pr.figure, pr.target) == (1.32, 3.0)
    assert pr.facts["ceiling"] == pytest.approx(2.5) and pr.facts["out_of_reach"]  # 5 epochs / first cut at 2
    hb = losses[("engine_val", "imdb_cnn: kt-hyperband")]
    assert hb.figure == pytest.approx(-0.02)
    # 500 validation reviews near 0.79: 2 standard errors are 0.036, so the 0.02 gap is a tie
    assert hb.facts["tie"] == pytest.approx(0.0364, abs=1e-4)
    assert hb.facts["tpe_startup"] == (6, 0)  # ~6 trials: all in TPE's random startup
    noref = losses[("noref_behind", "imdb_cnn: ours-noref")]
    assert (noref.figure, noref.target, noref.facts["ours"]) == (0.74, 0.82, 0.8)
    assert ("failed", "RuntimeError: child died") in losses
    text = summary.render(RUN, _fake_sections())
    assert (
        f"| pruning | --pruner median | 1.32 | 3 | ceiling 2.5; out_of_reach True; finished 12 | {WHY['trials_ratio_median']}"
        in text
    )


def test_a_test_only_loss_is_set_against_the_test_split() -> None:
    sections = _fake_sections()
    sw = sections["engines"]["results"]["sweeps"]["imdb_cnn"]
    for r in sw["runs"]:  # ours keeps its validation lead but its picks score 0.05 lower on test
        if r["engine"] == "ours":
            r["best_test_accuracy"] = 0.74
    from bench.engines import medians

    sw["median"] = medians(sw["runs"], list(sw["median"]))
    loss = _losses(sections)[("engine_test", "imdb_cnn: kt-random")]
    assert loss.figure == pytest.approx(-0.03) and "val_delta" not in loss.facts
    assert loss.facts["test_yardstick"] == pytest.approx(2 * (0.77 * 0.23 / 1000) ** 0.5, abs=1e-3)
    assert loss.facts["test_gap_inside"] is False


def test_a_slow_weak_reference_trial_is_named_as_a_reason() -> None:
    runs = [
        {"engine": "ours", "seed": s, "finished": 3, "trajectory": [[90.0 + s, 0.78], [200.0, 0.79]]} for s in range(3)
    ]
    ours, budget = {"finished": 3}, {"budget_s": 240.0}
    f = findings.engine_factors("kt-random", ours, {"finished": 2, "best_val_accuracy": 0.82}, budget, runs)
    assert f["reference_cost"] == pytest.approx((91.0, 91.0 / 240.0, 0.78))
    f = findings.engine_factors("kt-random", ours, {"finished": 2, "best_val_accuracy": 0.77}, budget, runs)
    assert "reference_cost" not in f  # their best is below it: not a reason
    quick = [{**r, "trajectory": [[10.0, 0.78]]} for r in runs]
    f = findings.engine_factors("kt-random", ours, {"finished": 2, "best_val_accuracy": 0.82}, budget, quick)
    assert "reference_cost" not in f  # 4% of the budget: too small to be the reason


def test_summary_flags_runs_that_overran_the_budget() -> None:
    sw = {
        "runs": [
            {"engine": "ours", "seed": 0, "elapsed_s": 300.0},
            {"engine": "kt-random", "seed": 0, "elapsed_s": 241.0},
        ]
    }
    assert findings.overran(sw, 240.0) == [("ours", 0, 300.0)]
    assert findings.overran({"runs": sw["runs"][1:]}, 240.0) == []


def test_summary_file_from_json_files_wraps_bare_figures(tmp_path: Path) -> None:
    write_json(tmp_path / "data.json", {"imdb": {"first_encode_s": 1.0}, "newsgroups": {"first_encode_s": 2.0}})
    path = summary.write(tmp_path, {"run_id": "x", "command": "python -m bench --only data"})
    text = path.read_text()
    assert "| first encode (s) | 1.0 | 2.0 |" in text
    assert "Not run (no `overhead.json`)" in text
    assert json.loads((tmp_path / "data.json").read_text())["imdb"]["first_encode_s"] == 1.0


def test_summary_lists_engine_comparisons_in_subfolders(tmp_path: Path) -> None:
    full = _fake_sections()["engines"]
    (tmp_path / "full").mkdir()
    write_json(
        tmp_path / "full" / "engines.json", {**full, "command": "python -m bench --full", "started": "2026-11-28T09:00"}
    )
    text = summary.write(tmp_path, {"run_id": "x", "command": "python -m bench --only data"}).read_text()
    assert "## Engine comparisons in subfolders" in text and "[full](full/SUMMARY.md)" in text
    assert "| imdb_cnn | 1000/500/1000 |" in text and "ours 0.8000 / 0.7900" in text


def _pruning_results() -> dict:
    runs = [
        {
            "seed": 0,
            "arm": arm,
            "finished": n,
            "pruned": p,
            "elapsed_s": 150,
            "epochs_trained": e,
            "trials_per_hour": tph,
            "best_val_accuracy": v,
            "best_test_accuracy": v - 0.01,
        }
        for arm, n, p, e, tph, v in (
            ("median", 12, 5, 36, 288, 0.81),
            ("hyperband", 34, 30, 51, 816, 0.79),
            ("none", 10, 0, 50, 240, 0.81),
        )
    ]
    return {
        "sizes": {"train": 1000, "val": 500, "test": 500},
        "epochs": 6,
        "max_maxlen": 150,
        "budget_s": 150.0,
        "budget_method": "deadline",
        "goal_trials_ratio": 3.0,
        "runs": runs,
        "pruner_settings": "MedianPruner(n_startup_trials=5, n_warmup_steps=2) from textclf_tune.engine.schedulers",
        "pruners": {
            "median": "MedianPruner(n_startup_trials=5, n_warmup_steps=2)",
            "hyperband": "HyperbandPruner(min_resource=1, max_resource=6, reduction_factor=3)",
            "none": "NopPruner()",
        },
        "median": {r["arm"]: r for r in runs},
        "compared": {
            "median": {"trials_ratio": 1.2, "best_val_delta": 0.0},
            "hyperband": {"trials_ratio": 3.4, "best_val_delta": -0.02},
        },
    }


def test_each_pruner_is_compared_with_none() -> None:
    results = _pruning_results()
    text = summary.render(
        {"run_id": "r", "command": "python -m bench --only pruning"},
        {"pruning": {"section": "pruning", "status": "ok", "results": results}},
    )
    assert (
        "| median | MedianPruner(n_startup_trials=5, n_warmup_steps=2) | 288 | 0.8100 | **1.20×** | not met | +0.0000 | 2.50× |"
        in text
    )
    assert (
        "| hyperband | HyperbandPruner(min_resource=1, max_resource=6, reduction_factor=3) | 816 | 0.7900 | **3.40×** | met | -0.0200 | 5.00× |"
        in text
    )
    losses = {(x.kind, x.subject): x for x in findings.pruning_losses(results)}
    assert set(losses) == {("trials_ratio_median", "--pruner median"), ("best_val_hyperband", "--pruner hyperband")}
    assert losses[("trials_ratio_median", "--pruner median")].facts["ceiling"] == pytest.approx(2.5)
    assert losses[("best_val_hyperband", "--pruner hyperband")].figure == pytest.approx(-0.02)
    assert findings.pruning_ceiling(results, "hyperband") == pytest.approx((5.0, 1, 5.0))


def test_summary_file_names_no_machine_folder(tmp_path: Path) -> None:
    folder = "/srv/archives/textclf"
    write_json(tmp_path / "data.json", {"data_dir": folder, "imdb": {"first_encode_s": 1.0}})
    write_json(tmp_path / "memory.json", {"data": f"sweeps/imdb_cnn.py on {folder}", "trials": 2})
    run = {"run_id": "x", "command": "python -m bench --only data,memory", "data_dir": folder}
    text = summary.write(tmp_path, run).read_text()
    assert folder not in text
    assert text.count("$TEXTCLF_DATA_DIR") >= 3  # the data section, the memory table, the preset list
    assert summary.public_paths("/d /data /d.txt /d/x /d.", "/d") == (
        "$TEXTCLF_DATA_DIR /data /d.txt $TEXTCLF_DATA_DIR/x $TEXTCLF_DATA_DIR."
    )
