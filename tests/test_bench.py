"""The benchmark plumbing (``python -m bench``): arguments, the summary writer, the budget stop.

No timing is asserted here: benchmarks are not tests. The one test that trains uses the tiny
generated sweep and a budget of a few seconds.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from bench import summary
from bench.cli import parse_args
from bench.common import BudgetSpent, FixedHP, deadline_reporter, write_json
from bench.presets import DEFAULT, FULL, SMOKE, preset


def test_arguments_default_to_every_section_in_order() -> None:
    args = parse_args([])
    assert args.only == list(summary.SECTIONS) and not args.full and not args.smoke
    assert parse_args(["--only", "engines, overhead"]).only == ["overhead", "engines"]
    assert parse_args(["--full", "--data-dir", "/d"]).data_dir == "/d"
    assert preset(full=True) is FULL and preset() is DEFAULT and preset(smoke=True) is SMOKE
    assert parse_args(["--sweeps", "imdb_lstm, imdb_cnn"]).sweeps == ("sweeps/imdb_lstm.py", "sweeps/imdb_cnn.py")


@pytest.mark.parametrize(
    "argv", [["--only", "overhead,speed"], ["--only", ","], ["--full", "--smoke"], ["--sweeps", "imdb"]]
)
def test_bad_arguments_are_refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse_args(argv)


def test_presets_fit_their_promises() -> None:
    """The default preset's budgeted sections leave room in 30 minutes; --full is bigger."""
    budgeted = DEFAULT.pruning.budget_s * len(DEFAULT.pruning.arms) * len(
        DEFAULT.pruning.seeds
    ) + DEFAULT.engines.budget_s * len(DEFAULT.engines.engines) * len(DEFAULT.engines.seeds)
    assert budgeted <= 20 * 60
    assert len(DEFAULT.engines.seeds) >= 3 and DEFAULT.overhead.pairs >= 3 and DEFAULT.memory.trials == 20
    assert FULL.engines.budget_s > DEFAULT.engines.budget_s and len(FULL.engines.sweeps) == 3


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


def test_summary_has_every_section_figure_and_loss() -> None:
    run = {
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
    text = summary.render(run, _fake_sections())
    for title in summary.TITLES.values():
        assert f"## {title}" in text
    assert "`python -m bench`" in text and "2 CPUs" in text and "keras 3" in text and "25.0 min" in text
    assert "**1.010**" in text and "**1.045**" in text  # overhead medians
    assert "an earlier run" in text  # data came from another run
    assert "**Trials ratio 1.32×**" in text and "not met" in text
    assert "| **ours** | 0.8000 |" in text
    assert "kt-hyperband beats ours on median validation (-0.0200)" in text
    assert "ours-noref" in text and "does not close the gap" in text  # the search alone is behind here
    # 500 validation reviews near 0.79: 2 standard errors are 0.036, so the 0.02 gap is called a tie
    assert "standard error of 0.0182" in text and "(2 standard errors, 0.036): a tie" in text
    assert "ours is in effect a random search plus the reference trial" in text  # ~6 trials: all TPE startup
    assert "**Failed:** `RuntimeError: child died`" in text
    assert "Pruning: 1.32× trials per hour" in text
    assert "| 0 | none | 9 | 0 | 5.0 |" in text  # epochs per finished trial
    assert "at most **2.50×** the trials per hour" in text  # 5 epochs per unpruned trial / first cut at epoch 2
    assert "out of reach by arithmetic" in text


def test_a_test_only_loss_is_set_against_the_test_split() -> None:
    sections = _fake_sections()
    sw = sections["engines"]["results"]["sweeps"]["imdb_cnn"]
    for r in sw["runs"]:  # ours keeps its validation lead but its picks score 0.05 lower on test
        if r["engine"] == "ours":
            r["best_test_accuracy"] = 0.74
    from bench.engines import medians

    sw["median"] = medians(sw["runs"], list(sw["median"]))
    lines = [x for x in summary.where_we_lose(sections) if "kt-random beats ours" in x]
    assert lines and "on median test (-0.0300)" in lines[0] and "validation (" not in lines[0]
    assert "Ours leads on validation" in lines[0] and "outside 2 standard errors on 1000 test examples" in lines[0]


def test_engine_verdict_counts_ties_apart_from_wins() -> None:
    from bench.engines import verdict

    runs = [
        {"engine": e, "seed": s, "best_val_accuracy": v, "best_test_accuracy": v}
        for e, vals in (("ours", (0.80, 0.81, 0.70)), ("kt-random", (0.80, 0.79, 0.75)))
        for s, v in enumerate(vals)
    ]
    v = verdict(runs, ["ours", "kt-random"])["kt-random"]
    assert v["seeds_won_on_val"] == "1/3 (1 tied)" and v["val_delta"] == 0.01


def test_a_slow_weak_reference_trial_is_named_as_a_reason() -> None:
    runs = [
        {"engine": "ours", "seed": s, "finished": 3, "trajectory": [[90.0 + s, 0.78], [200.0, 0.79]]} for s in range(3)
    ]
    why = summary._engine_reason(
        "kt-random", {"finished": 3}, {"finished": 2, "best_val_accuracy": 0.82}, {"budget_s": 240.0}, runs
    )
    assert "the reference config, took a median 91 s (38% of the 240 s budget) and scored a median 0.7800" in why
    why = summary._engine_reason(
        "kt-random", {"finished": 3}, {"finished": 2, "best_val_accuracy": 0.77}, {"budget_s": 240.0}, runs
    )
    assert "reference config" not in why.split(";")[0]  # their best is below it: not a reason
    quick = [{**r, "trajectory": [[10.0, 0.78]]} for r in runs]
    why = summary._engine_reason(
        "kt-random", {"finished": 3}, {"finished": 2, "best_val_accuracy": 0.82}, {"budget_s": 240.0}, quick
    )
    assert "reference config" not in why.split(";")[0]  # 4% of the budget: too small to be the reason


def test_summary_flags_runs_that_overran_the_budget() -> None:
    sw = {
        "runs": [
            {"engine": "ours", "seed": 0, "elapsed_s": 300.0},
            {"engine": "kt-random", "seed": 0, "elapsed_s": 241.0},
        ]
    }
    line = summary._overran(sw, 240.0)
    assert "ours seed 0 300 s" in line and "kt-random" not in line
    assert summary._overran({"runs": sw["runs"][1:]}, 240.0) == ""


def test_summary_file_from_json_files_wraps_bare_figures(tmp_path: Path) -> None:
    write_json(tmp_path / "data.json", {"imdb": {"first_encode_s": 1.0}, "newsgroups": {"first_encode_s": 2.0}})
    path = summary.write(tmp_path, {"run_id": "x", "command": "python -m bench --only data"})
    text = path.read_text()
    assert "| first encode (s) | 1.0 | 2.0 |" in text
    assert "Not run (no `overhead.json`)" in text
    assert json.loads((tmp_path / "data.json").read_text())["imdb"]["first_encode_s"] == 1.0


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


def test_summary_lists_engine_comparisons_in_subfolders(tmp_path: Path) -> None:
    full = _fake_sections()["engines"]
    (tmp_path / "full").mkdir()
    write_json(
        tmp_path / "full" / "engines.json", {**full, "command": "python -m bench --full", "started": "2026-11-28T09:00"}
    )
    text = summary.write(tmp_path, {"run_id": "x", "command": "python -m bench --only data"}).read_text()
    assert "## Engine comparisons in subfolders" in text and "[full/SUMMARY.md](full/SUMMARY.md)" in text
    assert "imdb_cnn, 1000/500/1000 train/val/test" in text and "ours 0.8000 / 0.7900" in text


def test_fixed_hp_and_deadline_reporter() -> None:
    hp = FixedHP({"units": 8, "lr": 0.1})
    assert hp.Int("units", 1, 64) == 8 and hp.Float("lr", 1e-3, 1.0, sampling="log") == 0.1
    assert hp.Fixed("act", "relu") == "relu" and hp.get("act") == "relu" and "units" in hp
    rep = deadline_reporter(time.perf_counter() + 3600)
    assert rep.wants_batches  # else run_study never calls batch() and only trial starts are checked
    rep.batch(1, 10)
    assert not rep.expired
    rep = deadline_reporter(time.perf_counter() - 1)
    with pytest.raises(BudgetSpent):
        rep.batch(1, 10)
    assert rep.expired and issubclass(BudgetSpent, KeyboardInterrupt)


def test_budgeted_engines_stop_and_count_finished_trials(tiny_sweep: Path, imdb_dir: Path) -> None:
    """ours and a KerasTuner engine both run the tiny sweep's build(hp) and stop at the budget."""
    from bench.budgeted import run_engine
    from bench.common import load_sweep_dataset
    from textclf_tune import load_sweep

    sweep = load_sweep(tiny_sweep)
    ds = load_sweep_dataset(sweep, str(imdb_dir), 60, 20, 20)
    for engine in ("ours", "kt-random"):
        for budget_s in (4.0, 30.0):  # a loaded machine may not finish one tiny trial in 4 s
            r = run_engine(engine, sweep, ds, budget_s=budget_s, seed=0, epochs=1, max_maxlen=40)
            if r["finished"]:
                break
        assert r["finished"] >= 1 and r["failed"] == 0, r
        assert 0.0 <= r["best_val_accuracy"] <= 1.0 and 0.0 <= r["best_test_accuracy"] <= 1.0
    assert r["best_params"] and "maxlen" in r["best_params"]


def test_epoch_times_records_each_epoch_and_refuses_unknown_configs(
    imdb_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bench import epoch_times

    out = tmp_path / "times.json"
    assert (
        epoch_times.main(
            [
                "--out",
                str(out),
                "--epochs",
                "2",
                "--n-train",
                "40",
                "--only",
                "cnn-reference",
                "--data-dir",
                str(imdb_dir),
            ]
        )
        == 0
    )
    (result,) = json.loads(out.read_text())["results"]
    assert "error" not in result, result
    assert result["name"] == "cnn-reference" and result["n_train"] == 40
    assert len(result["epoch_seconds"]) == 2 and result["steady_epoch_s"] == result["epoch_seconds"][1] > 0
    assert len(result["val_accuracy"]) == 2
    with pytest.raises(SystemExit):
        epoch_times.main(["--out", str(out), "--only", "cnn-reference,lstm-huge"])
    assert "lstm-huge" in capsys.readouterr().err


def test_summary_compares_each_pruner_with_none() -> None:
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
    results = {
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
    text = summary.render(
        {"run_id": "r", "command": "python -m bench --only pruning"},
        {"pruning": {"section": "pruning", "status": "ok", "results": results}},
    )
    assert "`--pruner median` (MedianPruner(n_startup_trials=5, n_warmup_steps=2)): 288 trials/h" in text
    assert "**Trials ratio 1.20×** (goal ≥ 3.0×: not met)" in text
    assert "**Trials ratio 3.40×** (goal ≥ 3.0×: met)" in text
    assert (
        "cuts no trial before epoch 1, so even pruning every trial at the first chance gives at most **5.00×**" in text
    )
    assert "Pruning: 1.20× trials per hour with `--pruner median`, short of the 3.0× goal" in text
    assert "with `--pruner hyperband`, short" not in text  # it met the goal
    assert "best validation accuracy -0.0200 with `--pruner hyperband`" in text
    assert "with `--pruner median`. The median rule" not in text  # no loss of accuracy there


def test_every_bench_module_imports() -> None:
    """No benchmark module is left unimportable (each is otherwise run only by hand)."""
    import importlib

    names = sorted(p.stem for p in (Path(__file__).parents[1] / "bench").glob("*.py") if p.stem != "__main__")
    assert "pruning" in names and "epoch_times" in names
    for name in names:
        importlib.import_module(f"bench.{name}")


def test_pruning_section_compares_every_pruner_with_none(tiny_sweep: Path, imdb_dir: Path) -> None:
    from bench import pruning
    from bench.presets import PruningPreset

    p = PruningPreset(
        sweep=str(tiny_sweep),
        n_train=60,
        n_val=20,
        n_test=20,
        epochs=2,
        max_maxlen=40,
        budget_s=5.0,
        seeds=(0,),
        arms=("median", "hyperband", "none"),
    )
    r = pruning.run(p, str(imdb_dir), log=lambda *a: None)
    assert [x["arm"] for x in r["runs"]] == ["median", "hyperband", "none"]
    assert set(r["compared"]) == {"median", "hyperband"}
    assert r["pruners"]["hyperband"].startswith("HyperbandPruner(min_resource=1, max_resource=2")
    assert r["pruner_settings"].startswith("MedianPruner(n_startup_trials=5, n_warmup_steps=2)")
    assert sum(x["finished"] for x in r["runs"]) >= 1  # tiny trials take 1-2 s; each arm had 5 s
