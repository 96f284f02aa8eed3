"""The benchmark plumbing (``python -m bench``): arguments, the summary writer, the budget stop.

No timing is asserted here: benchmarks are not tests. The one test that trains uses the tiny
generated sweep and a budget of a few seconds.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from bench.cli import parse_args
from bench.common import BudgetSpent, FixedHP, deadline_reporter
from bench.presets import DEFAULT, FULL, SMOKE, preset
from bench.summary import SECTIONS


def test_arguments_default_to_every_section_in_order() -> None:
    args = parse_args([])
    assert args.only == list(SECTIONS) and not args.full and not args.smoke
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


def test_every_bench_module_imports() -> None:
    """No benchmark module is left unimportable (each is otherwise run only by hand)."""
    import importlib

    names = sorted(p.stem for p in (Path(__file__).parents[2] / "bench").glob("*.py") if p.stem != "__main__")
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
        budget_s=20.0,  # the clock starts before the space probe: a loaded 2-core machine needs ~10 s
        seeds=(0,),
        arms=("median", "hyperband", "none"),
    )
    r = pruning.run(p, str(imdb_dir), log=lambda *a: None)
    assert [x["arm"] for x in r["runs"]] == ["median", "hyperband", "none"]
    assert set(r["compared"]) == {"median", "hyperband"}
    assert r["pruners"]["hyperband"].startswith("HyperbandPruner(min_resource=1, max_resource=2")
    assert r["pruner_settings"].startswith("MedianPruner(n_startup_trials=5, n_warmup_steps=2)")
    assert sum(x["finished"] for x in r["runs"]) >= 1  # tiny trials take 1-2 s idle; each arm had 20 s


def test_a_failed_rerun_keeps_the_earlier_measurement(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from bench import cli

    def broken(*a: object, **k: object) -> None:
        raise FileNotFoundError("no IMDB archive")

    monkeypatch.setattr(cli, "run_section", broken)
    out = tmp_path / "out"
    # nothing measured before: the failure is the record
    assert cli.main(["--only", "overhead", "--out", str(out)]) == 1
    assert json.loads((out / "overhead.json").read_text())["status"] == "error"
    from bench.common import REPO

    good = json.loads((REPO / "results" / "bench" / "overhead.json").read_text())  # a real measurement
    assert good["status"] == "ok"
    (out / "overhead.json").write_text(json.dumps(good))
    assert cli.main(["--only", "overhead", "--out", str(out)]) == 1
    assert json.loads((out / "overhead.json").read_text()) == good
    failed = json.loads((out / "overhead.failed.json").read_text())
    assert failed["status"] == "error" and "no IMDB archive" in failed["error"]
