"""``bench.surrogate``: a table's lookup by predicted curves, checked on the synthetic table of
test_replay (quality peaks at learning rate 10^-2.5 and dropout 0.2, seconds grow with maxlen)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from bench.tablefile import read_table
from tests.benchmarks.test_replay import REF, write_synthetic_table


@pytest.fixture
def table_path(tmp_path: Path) -> Path:
    return write_synthetic_table(tmp_path / "synth.jsonl", n=80)


def _best(row) -> float:  # type: ignore[no-untyped-def]
    return max(row.val)


def test_every_config_gets_predicted_curves_near_the_recorded_ones(table_path: Path) -> None:
    from bench.surrogate import SurrogateTable

    t = SurrogateTable.of(read_table(table_path))
    for r in t.rows[:10]:
        if r.status == "ok":
            row, d = t.nearest(r.params)
            # A table config is predicted too (the reference among predicted rows would otherwise
            # stand out by its noise alone), close to what was recorded.
            assert d == 0.0 and row is not r and row.raw == {"predicted": True} and row.i == r.i
            assert abs(_best(row) - _best(r)) < 0.05
    near = {**REF, "maxlen": 450, "batch_size": 64, "dropout": 0.2}
    good, d = t.nearest({**near, "learning_rate": 10**-2.5})
    bad, _ = t.nearest({**near, "learning_rate": 1e-4})
    assert d > 0 and good.raw == {"predicted": True}
    assert 1 <= good.epochs <= 10 and len(good.val) == len(good.test) == good.epochs
    assert all(0.5 <= v <= 0.9 for v in good.val + bad.val)
    assert _best(good) > _best(bad) + 0.03  # the synthetic optimum: 10^-2.5
    slow, _ = t.nearest({**near, "learning_rate": 10**-2.5, "maxlen": 800, "batch_size": 30})
    fast, _ = t.nearest({**near, "learning_rate": 10**-2.5, "maxlen": 100, "batch_size": 128})
    assert sum(slow.epoch_s) / slow.epochs > 3 * sum(fast.epoch_s) / fast.epochs
    again, _ = t.nearest({**near, "learning_rate": 10**-2.5})
    assert again is good  # answered once per configuration


def test_held_out_ranking_beats_the_nearest_row_on_a_smooth_table(table_path: Path) -> None:
    from bench.surrogate import cross_validate

    cv = cross_validate(read_table(table_path), folds=5)
    assert cv["rows"] == 79  # row 7 failed: not a training point
    assert cv["surrogate"]["spearman_val"] > 0.8
    assert cv["surrogate"]["spearman_val"] > cv["nearest"]["spearman_val"]
    assert cv["surrogate"]["mae_val"] < cv["nearest"]["mae_val"]


@pytest.mark.parametrize("engine", ["ours", "kt-hyperband"])
def test_engines_spend_exactly_the_budget_on_predicted_rows(table_path: Path, engine: str) -> None:
    from bench.replay_engines import run_engine
    from bench.surrogate import SurrogateTable

    t = SurrogateTable.of(read_table(table_path))
    r = run_engine(t, engine, 0, 400.0)
    assert r["spent_s"] <= 400.0 < r["spent_s"] + r["refused_s"]
    assert r["finished"] >= 3 and 0.5 < r["best_val"] < 0.9
    assert run_engine(SurrogateTable.of(read_table(table_path)), engine, 0, 400.0) == r


def test_replay_with_surrogate_lookup_keeps_the_nearest_entry_beside_it(table_path: Path, tmp_path: Path) -> None:
    from bench import replay

    out = tmp_path / "out"
    argv = ["--table", str(table_path), "--seeds", "2", "--budget-hours", "0.05", "--engines", "ours,kt-random"]
    assert replay.main([*argv, "--out", str(out)]) == 0
    assert replay.main([*argv, "--out", str(out), "--lookup", "surrogate"]) == 0
    sweeps = json.loads((out / "replay.json").read_text())["results"]["sweeps"]
    assert set(sweeps) == {"synth", "synth-surrogate"}
    s = sweeps["synth-surrogate"]
    assert s["lookup"] == "surrogate" and sweeps["synth"]["lookup"] == "nearest"
    assert s["surrogate_cv"]["rows"] == 79 and math.isfinite(s["surrogate_cv"]["surrogate"]["spearman_val"])
    assert (out / "replay" / "synth-surrogate.png").stat().st_size > 1000
    text = "\n".join(replay.render_sweep(s))
    assert "surrogate lookup" in text


# --------------------------------------------------------------------------- the CPU clock
def _with_cpu_seconds(path: Path, factor: float) -> Path:
    lines = [json.loads(x) for x in path.read_text().splitlines()]
    for rec in lines:
        if rec["kind"] == "config":
            rec["epoch_cpu_s"] = [round(s * factor, 3) for s in rec["epoch_s"]]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines))
    return path


def test_the_cpu_clock_charges_each_epoch_its_cpu_seconds(table_path: Path, tmp_path: Path) -> None:
    from bench import replay
    from bench.replay_engines import run_engine
    from bench.tablefile import TableError, with_clock

    plain = read_table(table_path)
    with pytest.raises(TableError, match=r"--clock wall"):
        with_clock(plain, "cpu")
    t = with_clock(read_table(_with_cpu_seconds(table_path, 2.0)), "cpu")
    assert [r.epoch_s for r in t.rows] == [[round(s * 2.0, 3) for s in r.epoch_s] for r in plain.rows]
    wall, cpu = run_engine(plain, "kt-random", 0, 400.0), run_engine(t, "kt-random", 0, 800.0)
    # Every epoch costs twice as much on the CPU clock: twice the budget buys the same trials.
    assert cpu["finished"] == wall["finished"] and cpu["spent_s"] == pytest.approx(2 * wall["spent_s"], rel=1e-3)
    out = tmp_path / "out"
    argv = ["--table", str(table_path), "--seeds", "2", "--budget-hours", "0.05", "--engines", "kt-random"]
    assert replay.main([*argv, "--out", str(out), "--clock", "cpu"]) == 0
    res = json.loads((out / "replay.json").read_text())["results"]["sweeps"]["synth-cpu"]
    assert res["clock"] == "cpu" and "CPU clock" in replay.render_sweep(res)[0]


def test_bench_table_records_each_epochs_cpu_seconds() -> None:
    import time

    from bench.table import EpochRecorder

    class Model:
        def evaluate(self, *a: object, **k: object) -> dict[str, float]:
            return {"accuracy": 0.75}

    rec = EpochRecorder()
    rec.start(None, None, 32)
    cb = rec.callback(0)
    cb.set_model(Model())
    cb.on_epoch_begin(0)
    t0 = time.process_time()
    while time.process_time() - t0 < 0.05:  # busy: CPU time passes
        pass
    cb.on_epoch_end(0)
    cb.on_epoch_begin(1)
    time.sleep(0.05)  # idle: wall time passes, CPU time barely
    cb.on_epoch_end(1)
    assert rec.cpu_seconds[0] >= 0.04 and rec.seconds[0] >= 0.04
    assert rec.seconds[1] >= 0.05 and rec.cpu_seconds[1] < 0.03
    assert rec.test == [0.75, 0.75]


def test_the_surrogate_of_a_table_on_the_cpu_clock_predicts_its_cpu_seconds(table_path: Path) -> None:
    from bench.surrogate import SurrogateTable
    from bench.tablefile import with_clock

    path = _with_cpu_seconds(table_path, 3.0)
    q = {**REF, "maxlen": 450, "learning_rate": 10**-2.5}
    wall, _ = SurrogateTable.of(read_table(path)).nearest(q)
    cpu, _ = SurrogateTable.of(with_clock(read_table(path), "cpu")).nearest(q)  # same process, same file
    assert sum(cpu.epoch_s) / cpu.epochs == pytest.approx(3 * sum(wall.epoch_s) / wall.epochs, rel=0.05)
