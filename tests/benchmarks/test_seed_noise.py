"""bench.seed_noise: which configurations it retrains, and the pooled spread it reports."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest

from bench.seed_noise import best_val, pick, pooled_sd
from bench.tablefile import Row


def _row(i: int, best: float, cpu: float, status: str = "ok") -> Row:
    return Row(
        i=i,
        params={"x": i},
        val=[best - 0.1, best],
        test=[None, None],
        epoch_s=[1.0, 1.0],
        status=status,
        raw={"epoch_cpu_s": [cpu / 2, cpu / 2]},
    )


def test_pick_takes_cheap_rows_spread_over_validation() -> None:
    rows = [_row(i, 0.5 + i / 100, cpu=10.0 * (i % 5 + 1)) for i in range(20)] + [_row(99, 0.99, 1.0, "failed")]
    chosen = pick(rows, 4)
    assert 99 not in [r.i for r in chosen]  # a failed row has no best validation to move
    cheap_half = sorted(rows[:20], key=lambda r: sum(r.raw["epoch_cpu_s"]))[:10]
    assert {r.i for r in chosen} <= {r.i for r in cheap_half}
    vals = [best_val(r) for r in chosen]
    assert (
        vals == sorted(vals)
        and vals[0] == min(map(best_val, cheap_half))
        and vals[-1] == max(map(best_val, cheap_half))
    )
    with pytest.raises(ValueError, match="--configs must be >= 1"):
        pick(rows, 0)


def test_pooled_sd_weights_each_config_by_its_degrees_of_freedom() -> None:
    groups = [[0.70, 0.72, 0.74], [0.80, 0.81], [0.9]]
    num = 2 * statistics.variance(groups[0]) + 1 * statistics.variance(groups[1])
    assert pooled_sd(groups) == pytest.approx((num / 3) ** 0.5)
    assert pooled_sd([[0.5]]) is None


def test_seed_noise_shifts_each_configurations_validation_once_per_seed(tmp_path: Path) -> None:
    import numpy as np
    from test_replay import write_synthetic_table

    from bench.seed_noise import with_seed_noise
    from bench.tablefile import read_table

    table = read_table(write_synthetic_table(tmp_path / "synth.jsonl"))
    assert with_seed_noise(table, 0.0, 1) is table
    noisy = with_seed_noise(table, 0.05, seed=1)
    offsets = []
    for r in table.rows[:40]:
        row, dist = noisy.nearest(r.params)
        assert dist == 0.0 and row.test == r.test and len(row.val) == len(r.val)  # test: what the config is worth
        shift = {round(a - b, 9) for a, b in zip(row.val, r.val) if a is not None}
        assert len(shift) == 1  # one offset for the whole curve
        offsets.append(shift.pop())
        assert noisy.nearest(r.params)[0].val == row.val  # proposed again: the same luck
    assert 0.03 < float(np.std(offsets)) < 0.07 and abs(float(np.mean(offsets))) < 0.03
    again = with_seed_noise(table, 0.05, seed=2)
    assert again.nearest(table.rows[0].params)[0].val != noisy.nearest(table.rows[0].params)[0].val
    assert table.nearest(table.rows[0].params)[0].val == table.rows[0].val  # the table itself is untouched
