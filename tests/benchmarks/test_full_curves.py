"""Tables of full curves: the sweep's early stopping applied on reading (as Keras's EarlyStopping
would), and a KerasTuner Hyperband continuation replayed past where a run from epoch 0 stopped."""

from __future__ import annotations

import json
import math
import random
from pathlib import Path
from typing import Any

import pytest
from test_replay import synthetic_header

from bench.tablefile import (
    EARLY_STOPPED,
    FULL,
    TableError,
    as_early_stopped,
    early_stopped_end,
    read_table,
    with_clock,
)

SPACE = {
    "learning_rate": {"type": "Float", "min": 1e-4, "max": 1e-2, "step": None, "sampling": "log"},
    "units": {"type": "Int", "min": 8, "max": 64, "step": 8, "sampling": "linear"},
}
REF = {"learning_rate": 1e-3, "units": 16}


def _keras_end(val: list[float], start: int, patience: int) -> int:
    """Where Keras's own EarlyStopping ends a fit from ``start`` over ``val``."""
    import keras

    class Model:
        stop_training = False

    cb = keras.callbacks.EarlyStopping(monitor="val_accuracy", mode="max", patience=patience)
    model = Model()
    cb.set_model(model)  # type: ignore[arg-type]
    cb.on_train_begin()
    for e in range(start, len(val)):
        cb.on_epoch_end(e, {"val_accuracy": val[e]})
        if model.stop_training:
            return e + 1
    return len(val)


def test_early_stopped_end_is_where_keras_early_stopping_ends_a_fit() -> None:
    rng = random.Random(3)
    checked = 0
    for _ in range(300):
        n = rng.randint(1, 12)
        # Ties, dips and NaNs: values on a coarse grid, now and then not a number.
        val = [math.nan if rng.random() < 0.08 else rng.randrange(0, 8) / 10 for _ in range(n)]
        start = rng.randrange(0, n)
        patience = rng.randint(1, 4)
        assert early_stopped_end(val, start, patience) == _keras_end(val, start, patience), (val, start, patience)
        checked += early_stopped_end(val, start, patience) < n
    assert checked > 50  # most cases do stop early
    assert early_stopped_end([0.5, 0.4, 0.4, 0.9], 0, None) == 4


def _write(path: Path, curves: str, rows: list[dict[str, Any]], epochs: int = 9) -> Path:
    header = synthetic_header(SPACE, REF, epochs, curves=curves)
    lines = [header, {"kind": "session", "machine": {"cpu_count": 2}}, *rows]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines))
    return path


def _slow_starters(n: int = 40, epochs: int = 9, seed: int = 0) -> list[dict[str, Any]]:
    """Curves that dip at epochs 2-3 and then climb well past their first peak: patience 2 from
    epoch 0 stops each at epoch 4, while training on pays."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        p = (
            dict(REF)
            if i == 0
            else {"learning_rate": math.exp(rng.uniform(-9.2, -4.6)), "units": rng.randrange(8, 65, 8)}
        )
        q = 0.7 + 0.2 * rng.random()
        val = [0.6, 0.62, 0.55, 0.58, *(round(0.6 + (q - 0.6) * (e + 1) / (epochs - 4), 4) for e in range(epochs - 4))]
        rows.append(
            {
                "kind": "config",
                "i": i,
                "reference": i == 0,
                "params": p,
                "val": val,
                "test": [round(v - 0.01, 4) for v in val],
                "loss": [0.5] * epochs,
                "epoch_s": [2.0] * epochs,
                "epoch_cpu_s": [3.0] * epochs,
            }
        )
    return rows


def _cut(rows: list[dict[str, Any]], end: int) -> list[dict[str, Any]]:
    keys = ("val", "test", "loss", "epoch_s", "epoch_cpu_s")
    return [{**r, **{k: r[k][:end] for k in keys}} for r in rows]


def test_a_full_table_reads_as_the_early_stopped_one_with_the_uncut_curves_beside(tmp_path: Path) -> None:
    rows = _slow_starters()
    nan_late = {**rows[3], "status": "failed", "reason": "loss NaN", "val": [*rows[3]["val"][:6], None]}
    rows[3] = {**nan_late, **{k: rows[3][k][:7] for k in ("test", "loss", "epoch_s", "epoch_cpu_s")}}
    full = read_table(_write(tmp_path / "full.jsonl", FULL, rows))
    cut = read_table(_write(tmp_path / "cut.jsonl", EARLY_STOPPED, _cut(rows, 4)))
    assert full.curves == FULL and cut.curves == EARLY_STOPPED and full.patience == 2
    for a, b in zip(full.rows, cut.rows, strict=True):
        assert (a.val, a.test, a.epoch_s, a.epochs) == (b.val, b.test, b.epoch_s, 4)
        assert a.full is not None and a.full.epochs == (7 if a.i == 3 else 9) and b.full is None
    assert full.rows[3].status == "ok"  # its NaN came after early stopping would have ended the run
    cpu = with_clock(full, "cpu")
    assert cpu.rows[1].epoch_s == [3.0] * 4 and cpu.rows[1].full.epoch_s == [3.0] * 9
    bad = _write(tmp_path / "bad.jsonl", "sometimes", rows)
    with pytest.raises(TableError, match="curves 'sometimes'"):
        read_table(bad)


def test_hyperband_continues_past_the_early_stop_only_on_a_full_table(tmp_path: Path) -> None:
    """Ours replays identically on both (same cut rows); Hyperband's continuations train on where the
    full curves say it pays (fresh patience), and score the cut row's best without training otherwise."""
    from bench.replay_engines import run_engine

    rows = _slow_starters()
    full = read_table(_write(tmp_path / "full.jsonl", FULL, rows))
    cut = read_table(_write(tmp_path / "cut.jsonl", EARLY_STOPPED, _cut(rows, 4)))
    budget = 40 * 9 * 2.0
    assert run_engine(full, "ours", 0, budget) == run_engine(cut, "ours", 0, budget)
    view = as_early_stopped(full)  # the same rows read as an early-stopped table
    assert view.curves == EARLY_STOPPED and [r.val for r in view.rows] == [r.val for r in cut.rows]
    assert run_engine(view, "kt-hyperband", 0, budget) == run_engine(cut, "kt-hyperband", 0, budget)
    hb_full, hb_cut = run_engine(full, "kt-hyperband", 0, budget), run_engine(cut, "kt-hyperband", 0, budget)
    assert hb_cut["best_val"] == 0.62  # nothing past epoch 4 exists: the first peak
    assert hb_full["best_val"] > 0.7  # reached only at epoch 6 or later, past the cut


def test_the_surrogate_of_a_full_table_predicts_uncut_curves_too(tmp_path: Path) -> None:
    from bench.surrogate import SurrogateTable

    full = SurrogateTable.of(read_table(_write(tmp_path / "full.jsonl", FULL, _slow_starters())))
    row, _ = full.nearest({"learning_rate": 2e-3, "units": 24})
    assert row.epochs == 4 and row.full is not None and row.full.epochs == 9
    assert row.full.val[:4] == row.val and max(row.full.val) > 0.7
    cut = SurrogateTable.of(read_table(_write(tmp_path / "cut.jsonl", EARLY_STOPPED, _cut(_slow_starters(), 4))))
    assert cut.nearest({"learning_rate": 2e-3, "units": 24})[0].full is None


def test_table_command_records_its_curves_and_refuses_to_mix_them(
    tiny_sweep: Path, imdb_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bench import table

    seen: list[Any] = []

    def fake(sweep: Any, trainer: Any, recorder: Any, i: int, seed: int) -> dict[str, Any]:
        seen.append(sweep.training.early_stopping)
        return {"kind": "config", "i": i, "params": {}, "val": [0.5], "test": [0.5], "epoch_s": [1.0]}

    monkeypatch.setattr(table, "train_config", fake)
    tiny_sweep.write_text(tiny_sweep.read_text().replace("early_stopping=None", "early_stopping=2"))
    base = f"--sweep {tiny_sweep} --n-train 40 --n-val 20 --n-test 20 --data-dir {imdb_dir}".split()

    def build(out: Path, *extra: str) -> int:
        return table.build_table(table.parse_args([*base, "--out", str(out), *extra]), "cmd", log=lambda *_: None)

    out = tmp_path / "t.jsonl"
    assert build(out, "--configs", "1") == 0
    header = read_table(out).header
    assert header["curves"] == FULL and seen == [None]  # trained without early stopping
    assert header["training"]["early_stopping"] == 2  # the sweep's, for the replay to apply
    with pytest.raises(TableError, match="curves are full, but .* --curves early-stopped"):
        build(out, "--curves", EARLY_STOPPED)
    assert build(out, "--configs", "2") == 0
    assert seen == [None, None]  # a resume keeps the table's own kind
    old = tmp_path / "old.jsonl"
    assert build(old, "--configs", "1", "--curves", EARLY_STOPPED) == 0
    assert read_table(old).header["curves"] == EARLY_STOPPED and seen[-1] == 2


def test_replay_can_keep_the_first_configs_of_a_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two tables of the same draws (an early-stopped one and a longer full one) compare on configs 0..N-1."""
    from bench.replay import first_configs, main

    table = read_table(_write(tmp_path / "full.jsonl", FULL, _slow_starters()))
    five = first_configs(table, 5)
    assert [r.i for r in five.rows] == [0, 1, 2, 3, 4] and len(table.rows) == 40
    assert five.nearest(table.rows[30].params)[0].i < 5
    assert main(["--table", str(tmp_path / "full.jsonl"), "--budget-hours", "0.1", "--configs", "0"]) == 2
    assert "--configs 0" in capsys.readouterr().err


def test_a_replay_of_a_full_table_says_what_lies_past_the_early_stop(tmp_path: Path) -> None:
    from bench.replay import render_sweep, replay

    table = read_table(_write(tmp_path / "full.jsonl", FULL, _slow_starters(n=10)))
    res = replay(table, ["kt-random"], range(1), 60.0, log=lambda *_: None)
    past = res["past_early_stop"]
    assert (past["rows"], past["cut"], past["gain_at_least_margin"]) == (10, 10, 10)
    assert 0.08 < past["median_gain"] < 0.3  # the climb to 0.7-0.9 from the first peak 0.62
    assert "10 of the 10 finished rows" in "\n".join(render_sweep(res))
    cut = read_table(_write(tmp_path / "cut.jsonl", EARLY_STOPPED, _cut(_slow_starters(n=10), 4)))
    assert replay(cut, ["kt-random"], range(1), 60.0, log=lambda *_: None)["past_early_stop"] is None


def test_ours_can_replay_another_patience_on_a_full_table_only(tmp_path: Path) -> None:
    from bench.replay import main
    from bench.replay_engines import run_engine, table_for

    full = read_table(_write(tmp_path / "full.jsonl", FULL, _slow_starters()))
    budget = 40 * 9 * 2.0
    assert run_engine(table_for(full, "ours"), "ours", 0, budget)["best_val"] == 0.62  # patience 2: the first peak
    for engine in ("ours-patience4", "ours-nostop"):
        longer = table_for(full, engine)
        assert longer.patience == (4 if engine == "ours-patience4" else None)
        assert run_engine(longer, engine, 0, budget)["best_val"] > 0.7
    cut = _write(tmp_path / "cut.jsonl", EARLY_STOPPED, _cut(_slow_starters(), 4))
    with pytest.raises(TableError, match="another patience"):
        table_for(read_table(cut), "ours-nostop")
    assert main(["--table", str(cut), "--budget-hours", "0.1", "--engines", "ours,ours-nostop"]) == 2
