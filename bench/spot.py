"""``python -m bench.spot``: a live spot check of a replayed table.

``bench.replay`` ranks engines on a table's recorded curves. This trains for real, under the very
conditions the table recorded: its sweep, its seeded subsample (the same train / validation / test
rows), the sweep's own epochs and early stopping, no maxlen cap. Each (engine, seed) gets the same
budget, on the CPU clock by default (this process's CPU seconds, what a replay with ``--clock
cpu`` charges) or the wall clock. Then it sets the live medians beside the replay's for the same
table, clock and budget, and says whether they agree in direction: does ``ours`` beat each
KerasTuner engine live as it does in the replay?

Each run is written to the output file as it ends, and a rerun of the same command skips the runs
already there, so it can be stopped at any time and resumed. Engines run in an order that rotates
with the seed.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path
from typing import Any

from bench.common import (
    REPO,
    machine,
    median,
    now_iso,
    quiet_tensorflow,
    ratio,
    set_clock,
    table_conditions,
    write_json_atomic,
)
from bench.tablefile import TableError, read_table

DEFAULT_OUT = REPO / "results" / "bench" / "spot"
DEFAULT_REPLAY = REPO / "results" / "bench" / "replay.json"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m bench.spot", description=__doc__.split("\n\n")[0])
    ap.add_argument("--table", required=True, help="the table (.jsonl) whose conditions the live runs take")
    ap.add_argument("--engines", default="ours,kt-hyperband", help="comma-separated (default ours,kt-hyperband)")
    ap.add_argument("--seeds", type=int, default=3, help="runs per engine, seeds 0, 1, ... (default 3)")
    ap.add_argument("--budget-hours", type=float, required=True, help="budget of every run, in hours")
    ap.add_argument("--clock", choices=("cpu", "wall"), default="cpu", help="what the budget counts (default cpu)")
    ap.add_argument("--out", default=None, help="result file (default results/bench/spot/<table>.json)")
    ap.add_argument("--replay", default=str(DEFAULT_REPLAY), help="replay.json to compare with")
    ap.add_argument("--sweep", default=None, help="the table's sweep file, if it is not where the table says")
    ap.add_argument("--data-dir", default=None, help="folder of the archives (default $TEXTCLF_DATA_DIR)")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    command = "python -m bench.spot " + shlex.join(sys.argv[1:] if argv is None else argv)
    from textclf_tune.errors import TuneError

    try:
        return spot(args, command)
    except (TableError, TuneError, ValueError) as exc:  # a bad table, sweep, engine or data folder
        print(f"error: {exc}", file=sys.stderr)
        return 2


def spot(args: argparse.Namespace, command: str, log: Any = print) -> int:
    from bench.budgeted import KT_ENGINES, OURS_ENGINES, run_engine

    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    known = (*OURS_ENGINES, *KT_ENGINES)
    unknown = [e for e in engines if e not in known]
    if unknown or not engines:
        raise ValueError(
            f"--engines {args.engines!r}: no live engine {', '.join(unknown) or '(none given)'}; pass a comma list of "
            f"{', '.join(known)}"
        )
    if args.seeds < 1 or args.budget_hours <= 0:
        raise ValueError(f"--seeds must be >= 1 and --budget-hours > 0, but got {args.seeds}, {args.budget_hours}")
    table_path = Path(args.table)
    header = read_table(table_path).header
    out = Path(args.out) if args.out else DEFAULT_OUT / f"{table_path.stem}.json"
    record = _load(out, table_path, header, args)
    done = {(r["engine"], r["seed"]) for r in record["runs"]}
    todo = [
        (engines[(i + seed) % len(engines)], seed)
        for seed in range(args.seeds)
        for i in range(len(engines))
        if (engines[(i + seed) % len(engines)], seed) not in done
    ]
    quiet_tensorflow()
    set_clock(args.clock)
    sweep, ds, _ = table_conditions(table_path, header, args.data_dir, args.sweep)
    record["sessions"].append({"command": command, "started": now_iso(), "machine": machine()})
    log(f"spot {table_path.name}: {len(done)} runs stored, {len(todo)} to go, {args.budget_hours} {args.clock} h each")
    for engine, seed in todo:
        r = run_engine(
            engine,
            sweep,
            ds,
            budget_s=args.budget_hours * 3600,
            seed=seed,
            epochs=sweep.training.epochs,
            max_maxlen=None,
        )
        record["runs"].append({"engine": engine, "seed": seed, **r, "at": now_iso()})
        record["summary"] = summarise(record["runs"], engines, _replay_entry(Path(args.replay), table_path, args))
        write_json_atomic(out, record)
        log(f"{engine} seed {seed}: best val {r['best_val_accuracy']}, {r['finished']} trials finished")
    record["summary"] = summarise(record["runs"], engines, _replay_entry(Path(args.replay), table_path, args))
    record["summary"]["trial_overhead_s"] = trial_overhead(record["runs"], table_path, args.clock)
    write_json_atomic(out, record)
    log(json.dumps(record["summary"], indent=1))
    return 0


def trial_overhead(runs: list[dict[str, Any]], table_path: Path, clock_name: str) -> dict[str, Any] | None:
    """What a live trial costs besides the epochs the table records for its configuration (the
    surrogate's predicted epoch seconds for its values, times the epochs it ran): the median over
    every trial but each run's first (which carries the run's set-up) and duplicates (nothing
    trained). ``bench.replay --trial-overhead`` charges it; None before runs recorded their trials
    or where the table has too few finished rows for a surrogate."""
    from bench.surrogate import SurrogateTable
    from bench.tablefile import with_clock

    if not any(r.get("trials") for r in runs):
        return None
    table = SurrogateTable.of(with_clock(read_table(table_path), clock_name))
    if not table.can_predict():
        return None
    extra, ratios = [], []
    for run in runs:
        before = None
        for t in run.get("trials") or []:
            live = None if before is None else t["at_s"] - before
            before = t["at_s"]
            if live is None or t["duplicate"] or not t["epochs"]:
                continue
            row, _ = table.nearest(t["params"])
            per_epoch = row.epoch_s + [sum(row.epoch_s) / max(len(row.epoch_s), 1)] * t["epochs"]
            predicted = sum(per_epoch[: t["epochs"]])
            extra.append(live - predicted)
            ratios.append(live / predicted if predicted > 0 else None)
    return {
        "median_s": median(extra),
        "trials": len(extra),
        "median_live_over_table": median([x for x in ratios if x is not None]),
        "how": "live seconds between trial ends minus the surrogate's epoch seconds for the trial's values and epochs",
    }


def summarise(runs: list[dict[str, Any]], engines: list[str], replay: dict[str, Any] | None) -> dict[str, Any]:
    """Live medians per engine, the replay's beside them, and whether the lead engine (``ours``, else
    the first named) beats each other engine in both (``agrees``: the same sign of the difference of
    medians; None where unknown). With ``ours-nopruner`` among them, each engine's ``trials_ratio``:
    its median trials finished over that of no pruner, live and replayed (the pruning payoff)."""
    live = {
        e: {
            "best_val": median([r["best_val_accuracy"] for r in runs if r["engine"] == e]),
            "finished": median([r["finished"] for r in runs if r["engine"] == e]),
            "runs": sum(r["engine"] == e for r in runs),
        }
        for e in engines
    }
    replayed = {e: (replay or {}).get("median", {}).get(e, {}).get("best_val") for e in engines}
    lead = "ours" if "ours" in engines else engines[0]
    agree: dict[str, bool | None] = {}
    for e in engines:
        if e == lead:
            continue
        a, b = live[lead]["best_val"], live[e]["best_val"]
        c, d = replayed.get(lead), replayed.get(e)
        agree[e] = None if None in (a, b, c, d) else (a > b) == (c > d)  # type: ignore[operator]
    summary: dict[str, Any] = {
        "live": live,
        "replay": replayed,
        "replay_entry": (replay or {}).get("command"),
        "lead": lead,
        "agrees": agree,
    }
    if "ours-nopruner" in engines:
        trials = {e: (replay or {}).get("median", {}).get(e, {}).get("finished") for e in engines}
        summary["trials_ratio"] = {
            e: {
                "live": _rounded(ratio(live[e]["finished"], live["ours-nopruner"]["finished"])),
                "replay": _rounded(ratio(trials[e], trials["ours-nopruner"])),
            }
            for e in engines
            if e != "ours-nopruner"
        }
    return summary


def _rounded(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


def _replay_entry(path: Path, table: Path, args: argparse.Namespace) -> dict[str, Any] | None:
    """The replay of this table on the same clock and budget (a surrogate lookup first), if any."""
    if not path.is_file():
        return None
    sweeps = (json.loads(path.read_text()).get("results") or {}).get("sweeps") or {}
    same = [
        v
        for v in sweeps.values()
        if Path(str(v.get("table"))).name == table.name
        and v.get("clock", "wall") == args.clock
        and abs(float(v.get("budget_s", 0)) - args.budget_hours * 3600) < 1
    ]
    same.sort(key=lambda v: v.get("lookup") != "surrogate")
    return same[0] if same else None


def _load(out: Path, table: Path, header: dict[str, Any], args: argparse.Namespace) -> dict[str, Any]:
    conditions = {
        "table": table.name,
        "sweep": header["sweep"],
        "subsample": header["subsample"],
        "budget_s": args.budget_hours * 3600,
        "clock": args.clock,
    }
    if out.is_file():
        record: dict[str, Any] = json.loads(out.read_text())
        if record.get("conditions") != conditions:
            raise ValueError(
                f"{out} holds runs made under {record.get('conditions')}, not {conditions}; pass another --out"
            )
        return record
    return {"section": "spot", "conditions": conditions, "sessions": [], "runs": [], "summary": {}}


if __name__ == "__main__":
    sys.exit(main())
