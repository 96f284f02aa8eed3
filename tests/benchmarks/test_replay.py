"""The tabulated benchmark: the table file (torn lines, lookup), ``bench.replay``'s engines against a
synthetic table (budgets, the reference trial), and ``bench.table``'s resume on tiny generated data."""

from __future__ import annotations

import json
import math
import random
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from bench.tablefile import TableError, read_table

SPACE = {
    "maxlen": {"type": "Int", "min": 100, "max": 800, "step": 50, "sampling": "linear"},
    "batch_size": {"type": "Choice", "values": [30, 64, 128]},
    "learning_rate": {"type": "Float", "min": 1e-4, "max": 1e-2, "step": None, "sampling": "log"},
    "dropout": {"type": "Float", "min": 0.0, "max": 0.5, "step": 0.05, "sampling": "linear"},
    "act": {"type": "Choice", "values": ["relu", "tanh"]},
}
REF = {"maxlen": 100, "batch_size": 30, "learning_rate": 1e-3, "dropout": 0.25, "act": "relu"}


def synthetic_header(space: dict[str, Any], reference: dict[str, Any], epochs: int, **extra: Any) -> dict[str, Any]:
    """A table header for synthetic rows (patience 2), with ``extra`` fields (``curves``, ``draw_seed``)."""
    return {
        "kind": "header",
        "sweep": "synth",
        "space": space,
        "objective": "val_accuracy",
        "direction": "maximize",
        "training": {"epochs": epochs, "batch_size": 32, "maxlen": 200, "early_stopping": 2, "seed": 0},
        "reference_config": reference,
        "data": {"name": "imdb"},
        "subsample": {"n_train": 100, "n_val": 50, "n_test": 50, "seed": 0},
        "draw_seed": 0,
        "fingerprint": "synthetic",
        "command": "synthetic",
        **extra,
    }


def write_synthetic_table(path: Path, n: int = 60, seed: int = 0, epochs: int = 10) -> Path:
    """``n`` configs with analytic curves: quality peaks at learning rate 10^-2.5 and dropout 0.2,
    early stopping after 3..epochs epochs, epoch seconds growing with maxlen / batch size.
    Row 7 failed after 2 epochs (a NaN loss, as a live trial would)."""
    rng = random.Random(seed)
    header = synthetic_header(SPACE, REF, epochs, draw_seed=seed)
    lines: list[dict[str, Any]] = [header, {"kind": "session", "machine": {"cpu_count": 2, "processor": "x86_64"}}]
    for i in range(n):
        p = dict(REF)
        if i:
            p = {
                "maxlen": rng.randrange(100, 801, 50),
                "batch_size": rng.choice([30, 64, 128]),
                "learning_rate": math.exp(rng.uniform(math.log(1e-4), math.log(1e-2))),
                "dropout": round(rng.randrange(0, 11) * 0.05, 2),
                "act": rng.choice(["relu", "tanh"]),
            }
        q = 0.9 - 0.2 * abs(math.log10(p["learning_rate"]) + 2.5) / 1.5 - 0.1 * abs(p["dropout"] - 0.2)
        q += 0.04 * (p["maxlen"] - 100) / 700
        stop = 2 if i == 7 else rng.randint(3, epochs)
        val = [round(q - (q - 0.5) * math.exp(-0.8 * (e + 1)), 5) for e in range(stop)]
        sec = 0.5 * p["maxlen"] / 100 * 128 / p["batch_size"]
        rec = {
            "kind": "config",
            "i": i,
            "reference": i == 0,
            "params": p,
            "status": "failed" if i == 7 else "ok",
            "val": val,
            "test": [round(v - 0.01, 5) for v in val],
            "loss": [round(1 - v, 5) for v in val],
            "epoch_s": [round(sec * (1.3 if e == 0 else 1.0), 3) for e in range(stop)],
            "param_count": 1000,
        }
        if i == 7:
            rec["reason"] = "TrialFailed: loss became NaN/inf at epoch 2"
        lines.append(rec)
    path.write_text("".join(json.dumps(x) + "\n" for x in lines))
    return path


@pytest.fixture
def table_path(tmp_path: Path) -> Path:
    return write_synthetic_table(tmp_path / "synth.jsonl")


# --------------------------------------------------------------------------- the file
def test_lookup_finds_table_configs_exactly_and_maps_others_to_the_nearest(table_path: Path) -> None:
    t = read_table(table_path)
    assert len(t.rows) == 60 and t.reference() is t.rows[0]
    for r in t.rows[:20]:
        row, d = t.nearest(r.params)
        assert d == 0.0 and row.params == r.params
    row, d = t.nearest(REF)
    assert row.i == 0 and d == 0.0
    # Off the table: a learning rate a factor 1.05 away (log scale) lands on that row, at a small distance.
    target = t.rows[5]
    row, d = t.nearest({**target.params, "learning_rate": target.params["learning_rate"] * 1.05})
    assert row.i == 5 and 0 < d < 0.01
    # A categorical mismatch counts 1 on its dimension: root mean square over 5 dimensions.
    other = "tanh" if target.params["act"] == "relu" else "relu"
    row, d = t.nearest({**target.params, "act": other})
    assert d <= math.sqrt(1 / 5) + 1e-12


def test_a_torn_last_line_is_set_aside_and_others_are_refused(table_path: Path) -> None:
    good = table_path.read_bytes()
    table_path.write_bytes(good + b'{"kind": "config", "i": 60, "par')  # killed mid-write
    t = read_table(table_path)
    assert len(t.rows) == 60 and t.torn.startswith('{"kind"')
    assert table_path.read_bytes() != good  # reading alone changes nothing
    t = read_table(table_path, repair=True)
    assert table_path.read_bytes() == good and Path(str(table_path) + ".torn").read_text().startswith('{"kind"')
    lines = good.decode().splitlines()
    lines[5] = lines[5][:20]  # a broken line in the middle is not a torn tail
    table_path.write_text("\n".join(lines) + "\n")
    with pytest.raises(TableError, match=r"line 6"):
        read_table(table_path)


# --------------------------------------------------------------------------- engines
@pytest.mark.parametrize(
    "engine", ["ours", "ours-noref", "ours-hyperband", "ours-cheap3", "kt-random", "kt-bayesian", "kt-hyperband"]
)
def test_every_engine_spends_exactly_the_simulated_budget(table_path: Path, engine: str) -> None:
    from bench.replay_engines import run_engine

    t = read_table(table_path)
    budget = 400.0
    for seed in (0, 1):
        r = run_engine(t, engine, seed, budget)
        # Stopped only because the next epoch would have ended past the budget.
        assert r["spent_s"] <= budget and r["refused_s"] is not None
        assert r["spent_s"] + r["refused_s"] > budget
        assert r["cut_s"] >= -1e-6 and r["finished"] >= 3
        vals = {v for row in t.rows for v in row.val}
        assert r["best_val"] in vals and r["best_test"] == pytest.approx(r["best_val"] - 0.01)
        assert r["trace"][-1][1] == r["best_val"] and r["trace"][-1][0] <= budget
        if engine == "ours":
            assert r["reference_lookup"] == {"row": 0, "distance": 0.0}
        if engine.startswith("kt-") and engine != "kt-hyperband":
            assert r["pruned"] == 0
    assert run_engine(t, engine, 1, budget) == r  # a run is a function of (table, engine, seed, budget)


def _kt_draws(seed: int, n: int = 12) -> list[tuple[float, ...]]:
    import keras_tuner

    hp = keras_tuner.HyperParameters()
    for name in "abc":
        hp.Float(name, 0.0, 1.0)
    oracle = keras_tuner.oracles.RandomSearchOracle(
        objective=keras_tuner.Objective("v", "max"), hyperparameters=hp, max_trials=n, seed=seed
    )
    return [tuple(oracle.populate_space(str(i))["values"].values()) for i in range(n)]


def test_kerastuner_replicates_draw_independent_configurations() -> None:
    """KerasTuner adds 1 to its seed state per value drawn: seeds 3 values apart (one trial of
    this 3-parameter space) replay each other's trials shifted by one. Replicates must not."""
    from bench.common import kerastuner_seed

    assert _kt_draws(4)[:-1] == _kt_draws(1)[1:]  # why consecutive seeds are no replicates
    draws = [set(_kt_draws(kerastuner_seed(s))) for s in range(4)]
    assert all(not (draws[i] & draws[j]) for i in range(4) for j in range(i + 1, 4))
    assert kerastuner_seed(0) != 0  # KerasTuner reads seed 0 as "no seed"


def test_seconds_of_each_trial_are_the_tables(table_path: Path) -> None:
    """A pruned trial costs only its epochs; the budget counts recorded seconds, nothing else."""
    from bench.replay_engines import OURS, RunLog, SimClock, run_ours

    t = read_table(table_path)
    r = run_ours(t, OURS["ours-hyperband"], 0, 2000.0)
    assert r["pruned"] > 0 and r["epochs"] < sum(min(row.epochs, 10) for row in t.rows)
    clock = SimClock(10.0)
    clock.charge(6.0)
    with pytest.raises(KeyboardInterrupt):
        clock.charge(4.5)
    assert clock.spent == 6.0 and clock.refused == 4.5
    assert RunLog().summary(clock, True, None)["best_val"] is None


@pytest.mark.parametrize("engine", ["ours", "kt-hyperband"])
def test_a_trial_overhead_is_charged_to_every_trial_and_fit(table_path: Path, engine: str) -> None:
    """--trial-overhead S: each trial (each KerasTuner fit, a Hyperband continuation too) costs S
    seconds before its epochs, so fewer trials fit the budget, and the spending still adds up."""
    from bench.replay_engines import run_engine
    from bench.tablefile import with_trial_overhead

    t = read_table(table_path)
    plain = run_engine(t, engine, 0, 400.0)
    r = run_engine(with_trial_overhead(t, 15.0), engine, 0, 400.0)
    assert r["finished"] < plain["finished"] and r["spent_s"] <= 400.0
    assert r["spent_s"] - r["cut_s"] >= 15.0 * r["finished"]  # every finished trial paid it
    if engine == "ours":  # trial 0, the reference row, ends after its overhead and its epochs
        ref = t.reference()
        assert ref is not None and r["trace"][0][0] == pytest.approx(15.0 + sum(ref.epoch_s), abs=0.01)
    with pytest.raises(TableError, match="--trial-overhead -1: seconds must be >= 0"):
        with_trial_overhead(t, -1.0)


def test_replay_command_writes_json_png_and_summary_section(table_path: Path, tmp_path: Path) -> None:
    from bench import replay, sections, summary

    out = tmp_path / "out"
    argv = ["--table", str(table_path), "--seeds", "3", "--budget-hours", "0.1"]
    assert replay.main([*argv, "--engines", "ours,kt-random,kt-hyperband", "--out", str(out)]) == 0
    rec = json.loads((out / "replay.json").read_text())
    res = rec["results"]["sweeps"]["synth"]
    assert set(res["median"]) == {"ours", "kt-random", "kt-hyperband"} and len(res["runs"]["ours"]) == 3
    w = res["wins"]["ours"]["kt-random"]
    assert w["won"] + w["tied"] + w["lost"] == 3
    assert w["sign_p"] == pytest.approx(replay.sign_test_p(w["won"], w["lost"]), abs=1e-4)
    assert (out / "replay" / "synth.png").stat().st_size > 1000
    assert all(v is None or 0 < v < 1 for _, v in res["curves"]["ours"])
    text = "\n".join(sections.RENDERERS["replay"](rec["results"], rec))
    assert "| **ours** |" in text and "synth" in text
    assert "replay" in summary.load_sections(out)
    assert replay.main([*argv, "--engines", "nope"]) == 2
    empty = tmp_path / "empty.jsonl"
    empty.write_text(table_path.read_text().splitlines()[0] + "\n")  # a header, no config yet
    assert replay.main(["--table", str(empty), "--budget-hours", "1"]) == 2
    assert replay.main(["--table", str(tmp_path / "missing.jsonl"), "--budget-hours", "1"]) == 2


# --------------------------------------------------------------------------- bench.table
def _table_args(tiny_sweep: Path, imdb_dir: Path, out: Path, *extra: str) -> Any:
    from bench.table import parse_args

    base = ["--sweep", str(tiny_sweep), "--n-train", "40", "--n-val", "20", "--n-test", "20", "--out", str(out)]
    return parse_args([*base, "--data-dir", str(imdb_dir), *extra])


def test_table_trains_only_missing_configs_and_draws_each_from_its_seed(
    tiny_sweep: Path, imdb_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Resume without training: which configs a rerun trains, and that config i's draw is fixed."""
    from bench import table

    trained: list[tuple[int, dict[str, Any]]] = []

    def fake(sweep: Any, trainer: Any, recorder: Any, i: int, seed: int) -> dict[str, Any]:
        hp, _ = table.draw(sweep, trainer, i, seed)
        trained.append((i, dict(hp.values)))
        return {"kind": "config", "i": i, "params": dict(hp.values), "val": [0.5], "test": [0.5], "epoch_s": [1.0]}

    monkeypatch.setattr(table, "train_config", fake)
    out = tmp_path / "tables"
    assert table.build_table(_table_args(tiny_sweep, imdb_dir, out, "--configs", "3"), "a", log=lambda *_: None) == 0
    assert [i for i, _ in trained] == [0, 1, 2] and trained[0][1]["embedding_dim"] == 8  # the reference first
    first = dict(trained)
    path = out / "tiny.jsonl"
    with open(path, "a") as f:
        f.write('{"kind": "config", "i": 3, "val": [0.')  # killed mid-write
    trained.clear()
    assert table.build_table(_table_args(tiny_sweep, imdb_dir, out, "--configs", "5"), "b", log=lambda *_: None) == 0
    assert [i for i, _ in trained] == [3, 4]
    assert [r.i for r in read_table(path).rows] == [0, 1, 2, 3, 4]
    trained.clear()
    other = tmp_path / "again"
    assert table.build_table(_table_args(tiny_sweep, imdb_dir, other, "--configs", "3"), "c", log=lambda *_: None) == 0
    assert dict(trained) == first  # the same draws in a fresh table
    assert len({repr(v) for v in first.values()}) == 3
    with pytest.raises(TableError, match="subsample .* not be comparable"):
        table.build_table(_table_args(tiny_sweep, imdb_dir, out, "--seed", "1"), "d", log=lambda *_: None)


@pytest.mark.slow
def test_table_resumes_skipping_done_configs(tiny_sweep: Path, imdb_dir: Path, tmp_path: Path) -> None:
    """Config i is fixed by the seed; a rerun trains only what is missing; a torn line is set aside."""
    from bench.table import build_table

    out = tmp_path / "tables"
    assert build_table(_table_args(tiny_sweep, imdb_dir, out, "--configs", "2"), "first", log=lambda *_: None) == 0
    path = out / "tiny.jsonl"
    first = read_table(path)
    assert [r.i for r in first.rows] == [0, 1] and first.rows[0].params["embedding_dim"] == 8  # the reference
    assert all(r.status == "ok" and len(r.val) == len(r.epoch_s) == len(r.test) == 2 for r in first.rows)
    with open(path, "a") as f:
        f.write('{"kind": "config", "i": 2, "val": [0.')  # killed mid-write
    assert build_table(_table_args(tiny_sweep, imdb_dir, out, "--configs", "3"), "second", log=lambda *_: None) == 0
    again = read_table(path)
    assert [r.i for r in again.rows] == [0, 1, 2] and len(again.sessions) == 2 and not again.torn
    assert [r.raw for r in again.rows[:2]] == [r.raw for r in first.rows]  # untouched, not retrained
    with pytest.raises(TableError, match="n_train"):
        build_table(_table_args(tiny_sweep, imdb_dir, out, "--n-train", "30"), "third", log=lambda *_: None)


def test_a_recorded_space_with_conditions_is_defined_again_as_it_was() -> None:
    """Replay defines the recorded space on KerasTuner's hp and on ours: same entries, same conditions."""
    import keras_tuner

    from bench.replay_engines import define_space
    from textclf_tune.space.hp import MISSING_DEFAULT, HyperParameters

    space = {
        "model": {"type": "Choice", "values": ["cnn", "mlp"]},
        "filters": {
            "type": "Int",
            "min": 8,
            "max": 64,
            "step": 8,
            "sampling": "linear",
            "conditions": [{"parent": "model", "values": ["cnn"]}],
        },
        "lr": {"type": "Float", "min": 1e-4, "max": 1e-2, "step": None, "sampling": "log", "default": 1e-3},
        "fixed": {"type": "Fixed", "value": 3},
        # A Boolean recorded without a default (as sweeps/imdb_cnn.py's glove_trainable), under a condition.
        "trainable": {"type": "Boolean", "conditions": [{"parent": "model", "values": ["cnn"]}]},
    }
    ours = HyperParameters(values={"model": "mlp", "lr": 0.005}, missing=MISSING_DEFAULT)
    define_space(ours, space)
    assert ours.specs == space and ours.values == {"model": "mlp", "lr": 0.005, "fixed": 3}
    kt = keras_tuner.HyperParameters()
    define_space(kt, space)
    assert {h.name for h in kt.space} == set(space) and kt.values["filters"] == 8
    assert kt.values["trainable"] is False
    kt.values["model"] = "mlp"
    assert not kt.is_active("filters")


def test_a_kerastuner_engine_above_ours_on_a_table_is_listed_as_a_loss() -> None:
    from bench.findings import replay_losses

    res = {
        "median": {"ours": {"best_val": 0.80, "finished": 10}, "kt-random": {"best_val": 0.82, "finished": 12}},
        "wins": {"ours": {"kt-random": {"won": 5, "tied": 2, "lost": 13}}},
    }
    res["median"]["kt-bayesian"] = {"best_val": 0.79, "finished": 9}
    losses = replay_losses({"sweeps": {"imdb_cnn": res}})
    assert [(x.subject, x.figure, x.target) for x in losses] == [("imdb_cnn (table): kt-random", 0.80, 0.82)]
    assert losses[0].facts["seeds_won_tied_lost"] == (5, 2, 13) and losses[0].facts["more_trials"]


def test_each_variant_is_compared_seed_by_seed_with_the_defaults_too() -> None:
    from bench.replay import render_sweep, wins

    runs = {
        "ours": [{"best_val": v} for v in (0.80, 0.70, 0.75)],
        "ours-cheap3": [{"best_val": v} for v in (0.81, 0.70, 0.74)],
        "kt-random": [{"best_val": v} for v in (0.79, 0.72, 0.75)],
    }
    w = wins(runs, maximize=True)
    assert "ours" not in w["ours"] and set(w["ours"]) == {"kt-random"}
    assert [w["ours-cheap3"]["ours"][k] for k in ("won", "tied", "lost")] == [1, 1, 1]
    assert [w["ours-cheap3"]["kt-random"][k] for k in ("won", "tied", "lost")] == [1, 0, 2]
    res = {"budget_s": 60.0, "sweep": "s", "table": "t", "rows": 3, "failed_rows": 0, "seeds": [0, 1, 2]}
    res |= {"objective": "val_accuracy", "median": {}, "engines": list(runs), "wins": w}
    rows = [line for line in render_sweep(res) if line.startswith("| ours")]
    assert rows[1:] == ["| ours | — | 1/1/1 (p 1) |", "| ours-cheap3 | 1/1/1 (p 1) | 1/0/2 (p 1) |"]


def test_anytime_median_counts_seeds_without_a_result_as_worst() -> None:
    from bench.replay import curve

    runs = [{"trace": [(10.0, 0.8)]}, {"trace": [(10.0, 0.9)]}, {"trace": [(50.0, 0.5)]}]
    pts = dict(curve(runs, 96.0))
    assert pts[8.0] is None and pts[10.0] == 0.8 and pts[96.0] == 0.8  # never falls when a late seed joins
    values = [v for _, v in curve(runs, 96.0) if v is not None]
    assert values == sorted(values)


@pytest.mark.slow
def test_table_scores_test_with_each_configs_own_vocabulary(imdb_dir: Path, tmp_path: Path, monkeypatch) -> None:
    """A config cut to 20 words reads test inputs cut the same way (an Embedding(20) fails on ids up to 299)."""
    from bench.table import build_table, parse_args
    from tests.engine.test_num_words import SWEEP

    monkeypatch.setenv("TEXTCLF_DATA_DIR", str(imdb_dir))
    sweep = tmp_path / "vocab.py"
    sweep.write_text(SWEEP.format(values=[20, 300]))
    out = tmp_path / "t.jsonl"
    args = parse_args(["--sweep", str(sweep), "--configs", "1", "--n-train", "40", "--n-val", "20", "--n-test", "20"])
    args.out = str(out)
    assert build_table(args, "x", log=lambda *_: None) == 0
    (row,) = read_table(out).rows
    assert row.params["num_words"] == 20 and row.status == "ok"
    assert len(row.test) == 1 and row.test[0] is not None and 0.0 <= row.test[0] <= 1.0


def test_a_replay_whose_trials_fail_before_the_lookup_stops_with_the_reason(
    table_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Such trials charge no simulated time, so only the failure cap ends the run (it once looped forever)."""
    from bench import replay_engines
    from textclf_tune.errors import StudyError

    def broken(self: Any, hp: Any) -> int:
        raise AttributeError("the replay trainer lacks this")

    monkeypatch.setattr(replay_engines.ReplayTrainer, "num_words_for", broken)
    monkeypatch.setattr(replay_engines, "MAX_FAILURES", 3)
    with pytest.raises(StudyError, match="3 trials failed in a row.*the replay trainer lacks this"):
        replay_engines.run_ours(read_table(table_path), replay_engines.OURS["ours"], 0, 400.0)


def test_sign_test_p_is_the_exact_two_sided_binomial_tail() -> None:
    from bench.replay import sign_test_p

    assert sign_test_p(0, 0) == 1.0 and sign_test_p(3, 3) == 1.0
    assert sign_test_p(20, 0) == pytest.approx(2 * 0.5**20)
    assert sign_test_p(32, 18) == pytest.approx(0.0649, abs=1e-4)  # 2 * P(X >= 32), X ~ Bin(50, 1/2)
    assert sign_test_p(18, 32) == sign_test_p(32, 18)


# --------------------------------------------------------------------------- bench.spot
def test_spot_trains_live_on_the_tables_conditions_and_resumes(
    tiny_sweep: Path, imdb_dir: Path, tmp_path: Path
) -> None:
    from bench import spot
    from bench.table import build_table

    table = tmp_path / "tiny.jsonl"
    assert build_table(_table_args(tiny_sweep, imdb_dir, table, "--configs", "1"), "t", log=lambda *_: None) == 0
    out = tmp_path / "spot.json"
    argv = ["--table", str(table), "--sweep", str(tiny_sweep), "--data-dir", str(imdb_dir), "--out", str(out)]
    argv += ["--engines", "ours,kt-random", "--seeds", "1", "--budget-hours", str(4 / 3600), "--clock", "wall"]
    assert spot.main(argv) == 0
    rec = json.loads(out.read_text())
    assert sorted((r["engine"], r["seed"]) for r in rec["runs"]) == [("kt-random", 0), ("ours", 0)]
    assert rec["conditions"]["subsample"] == {"n_train": 40, "n_val": 20, "n_test": 20, "seed": 0}
    assert all(r["elapsed_s"] < 4 + 30 for r in rec["runs"])  # stopped at the budget (plus the batch in flight)
    assert set(rec["summary"]["live"]) == {"ours", "kt-random"} and "kt-random" in rec["summary"]["agrees"]
    assert rec["summary"]["trial_overhead_s"] is None  # a one-row table gives no surrogate to compare with
    assert spot.main(argv) == 0  # everything stored: nothing trains again
    assert len(json.loads(out.read_text())["runs"]) == 2
    assert spot.main([*argv[:-2], "--clock", "cpu"]) == 2  # other conditions than the file's: refused


def test_spot_runs_our_pruner_variants_and_reports_their_trials_ratio(monkeypatch: pytest.MonkeyPatch) -> None:
    """ours-asha and ours-nopruner run the defaults with --pruner asha / none; against no pruner,
    the summary gives each engine's trials ratio, live and replayed, and the lead is the first."""
    from bench import budgeted, spot

    seen: list[str] = []
    monkeypatch.setattr("bench.common.with_quick", lambda sw, **_: sw)
    monkeypatch.setattr(budgeted, "run_ours", lambda *a, pruner, **k: seen.append(pruner) or {})
    for engine in ("ours", "ours-asha", "ours-nopruner"):
        ds = SimpleNamespace(train=[], val=[], test=[])
        budgeted.run_engine(engine, object(), ds, budget_s=1, seed=0, epochs=1, max_maxlen=None)
    assert seen == ["median", "asha", "none"]
    runs = [
        {"engine": "ours-asha", "seed": 0, "best_val_accuracy": 0.60, "finished": 30},
        {"engine": "ours-asha", "seed": 1, "best_val_accuracy": 0.62, "finished": 34},
        {"engine": "ours-nopruner", "seed": 0, "best_val_accuracy": 0.58, "finished": 10},
        {"engine": "ours-nopruner", "seed": 1, "best_val_accuracy": 0.61, "finished": 8},
    ]
    replay = {
        "median": {
            "ours-asha": {"best_val": 0.45, "finished": 41},
            "ours-nopruner": {"best_val": 0.41, "finished": 12.5},
        }
    }
    summary = spot.summarise(runs, ["ours-asha", "ours-nopruner"], replay)
    assert summary["lead"] == "ours-asha" and summary["agrees"] == {"ours-nopruner": True}
    assert summary["trials_ratio"] == {"ours-asha": {"live": pytest.approx(32 / 9, abs=1e-3), "replay": 3.28}}


def test_spot_measures_what_a_live_trial_costs_besides_its_epochs(table_path: Path) -> None:
    """Seven seconds more between every two trial ends read as seven seconds more overhead; each
    run's first trial (it carries the set-up) and duplicates are left out."""
    from bench.spot import trial_overhead

    rows = read_table(table_path).rows[1:6]

    def runs(extra: float) -> list[dict[str, Any]]:
        at, trials = 0.0, []
        for k, row in enumerate(rows):
            at += 10.0 + 3.0 * k + extra
            trials.append({"params": row.params, "epochs": 3, "duplicate": k == 2, "at_s": at})
        return [{"engine": "ours-asha", "trials": trials}]

    base, more = trial_overhead(runs(0.0), table_path, "wall"), trial_overhead(runs(7.0), table_path, "wall")
    assert base is not None and more is not None
    assert base["trials"] == more["trials"] == 3  # 5 trials, less the first and the duplicate
    assert more["median_s"] - base["median_s"] == pytest.approx(7.0)
    assert trial_overhead([{"engine": "ours"}], table_path, "wall") is None  # runs from before it was recorded
