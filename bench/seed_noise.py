"""``python -m bench.seed_noise``: how far a configuration's best validation moves with its training
seed alone, on a table's own subsample.

A replay's surrogate (:mod:`bench.surrogate`) answers each configuration with a predicted mean
curve; a live trial draws one seed's curve, and the best of many noisy trials stands above the best
of their means. This retrains configurations of a table with other seeds, under the table's very
conditions (its sweep, checked by fingerprint; its seeded subsample; the sweep's epochs and early
stopping), and reports the pooled standard deviation of best validation across seeds: the noise a
replay leaves out, to read live spot checks against replays and to size a noise model.

Configurations: the table's ``--configs`` cheapest finished rows by recorded CPU seconds (so the
check costs minutes), spread over the table's range of best validation. Seeds: the table's own
(recorded, not retrained) and ``--seeds`` more. Each run is written as it ends; a rerun of the same
command skips the runs already there.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import functools
import json
import shlex
import statistics
import sys
import zlib
from pathlib import Path
from typing import Any

from bench.common import REPO, machine, now_iso, quiet_tensorflow, table_conditions, write_json_atomic
from bench.tablefile import Row, TableError, read_table

DEFAULT_OUT = REPO / "results" / "bench" / "seed_noise"
#: Added to a config's table seed for its k-th extra run: far from every other config's seed.
SEED_STEP = 100_003


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m bench.seed_noise", description=__doc__.split("\n\n")[0])
    ap.add_argument("--table", required=True, help="a table .jsonl (python -m bench.table)")
    ap.add_argument("--configs", type=int, default=8, help="configurations to retrain (default 8)")
    ap.add_argument("--seeds", type=int, default=2, help="extra seeds per configuration (default 2)")
    ap.add_argument("--out", default=None, help="output JSON (default results/bench/seed_noise/<table>.json)")
    ap.add_argument("--data-dir", default=None, help="folder of the archives (default $TEXTCLF_DATA_DIR)")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    command = "python -m bench.seed_noise " + shlex.join(sys.argv[1:] if argv is None else argv)
    try:
        return measure(args, command)
    except (TableError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def pick(rows: list[Row], n: int) -> list[Row]:
    """The ``n`` cheapest finished rows by CPU seconds among the cheaper half, spread evenly over
    their best validation (lowest to highest), so the spread is measured across the table's range."""
    ok = [r for r in rows if r.status == "ok" and r.best_epoch() is not None]
    if n < 1 or not ok:
        raise ValueError(f"--configs must be >= 1 and the table must hold finished rows, but got {n}, {len(ok)} rows")
    cheap = sorted(ok, key=lambda r: sum(r.raw.get("epoch_cpu_s") or r.epoch_s))[: max(n, len(ok) // 2)]
    cheap.sort(key=best_val)
    if len(cheap) <= n:
        return cheap
    return [cheap[round(k * (len(cheap) - 1) / (n - 1))] for k in range(n)] if n > 1 else [cheap[-1]]


def best_val(r: Row) -> float:
    e = r.best_epoch()
    return float(r.val[e]) if e is not None else float("nan")


def pooled_sd(groups: list[list[float]]) -> float | None:
    """The pooled within-group standard deviation (each group: one config's best values over seeds)."""
    num = sum((len(g) - 1) * statistics.variance(g) for g in groups if len(g) > 1)
    dof = sum(len(g) - 1 for g in groups if len(g) > 1)
    return (num / dof) ** 0.5 if dof else None


def measure(args: argparse.Namespace, command: str, log: Any = print) -> int:
    from textclf_tune.space.hp import HyperParameters

    if args.seeds < 1:
        raise ValueError(f"--seeds must be >= 1, but got {args.seeds}")
    path = Path(args.table)
    table = read_table(path)
    header = table.header
    chosen = pick(list(table.rows), args.configs)
    out = Path(args.out) if args.out else DEFAULT_OUT / f"{path.stem}.json"
    record = json.loads(out.read_text()) if out.is_file() else {"section": "seed_noise", "sessions": [], "runs": []}
    record["conditions"] = {"table": path.name, "sweep": header["sweep"], "subsample": header["subsample"]}
    quiet_tensorflow()
    sweep, _, trainer = table_conditions(path, header, args.data_dir)
    record["sessions"].append({"command": command, "started": now_iso(), "machine": machine()})
    done = {(r["i"], r["seed"]) for r in record["runs"]}
    for row in chosen:
        for k in range(1, args.seeds + 1):
            seed = sweep.training.seed + row.i + k * SEED_STEP
            if (row.i, seed) in done:
                continue
            hp = HyperParameters(values=dict(row.params), where=f"{path}: config {row.i}")
            result = trainer.fit(hp, seed, model=trainer.build(hp, seed), trial_number=row.i)
            record["runs"].append(
                {"i": row.i, "seed": seed, "best_val": round(result.best_value, 5), "table_best_val": best_val(row)}
            )
            write_json_atomic(out, record)
            log(f"config {row.i} seed {seed}: best val {result.best_value:.4f} (table {best_val(row):.4f})")
    groups: dict[int, list[float]] = {}
    for r in record["runs"]:
        groups.setdefault(r["i"], [r["table_best_val"]]).append(r["best_val"])
    upper = sorted(groups.values(), key=lambda g: g[0])[len(groups) // 2 :]  # by the table's own value
    record["summary"] = {
        "configs": len(groups),
        "runs_per_config": sorted({len(g) for g in groups.values()}),
        "pooled_sd_best_val": pooled_sd(list(groups.values())),
        # The better half: the configurations a search's best comes from (weak ones spread more).
        "pooled_sd_best_val_upper_half": pooled_sd(upper),
        "per_config": {
            str(i): {"values": g, "sd": statistics.stdev(g) if len(g) > 1 else None} for i, g in groups.items()
        },
    }
    write_json_atomic(out, record)
    log(json.dumps(record["summary"], indent=1))
    return 0


def with_seed_noise(table: Any, sd: float, seed: int) -> Any:
    """``table`` (any lookup) whose answers carry a training seed's luck: each configuration's
    validation curve shifted by one normal offset of standard deviation ``sd``, drawn from ``(seed,
    the configuration)``, so a run meets the same offset each time it proposes a configuration
    again, and every engine of a seed the same offsets (common random numbers). The test curve is
    left as it is: what the chosen configuration is worth. ``sd`` 0: ``table`` itself."""
    if not sd:
        return table
    noisy = copy.copy(table)  # a SurrogateTable's cache of predictions is shared, not copied
    noisy.__class__ = _noisy(type(table))
    noisy.noise = (float(sd), int(seed))
    return noisy


@functools.cache
def _noisy(base: type) -> type:
    class Noisy(base):  # type: ignore[misc,valid-type]
        noise: tuple[float, int]

        def nearest(self, values: dict[str, Any]) -> tuple[Row, float]:
            import numpy as np

            row, dist = super().nearest(values)
            sd, seed = self.noise
            delta = float(
                np.random.default_rng([seed, zlib.crc32(repr(sorted(values.items())).encode())]).normal(0, sd)
            )
            return _shifted(row, delta), dist

    Noisy.__name__ = Noisy.__qualname__ = f"Noisy{base.__name__}"
    return Noisy


def _shifted(row: Row, delta: float) -> Row:
    full = None if row.full is None else _shifted(row.full, delta)
    return dataclasses.replace(row, val=[v if v is None else v + delta for v in row.val], full=full)


if __name__ == "__main__":
    sys.exit(main())
