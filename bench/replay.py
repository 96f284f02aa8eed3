"""``python -m bench.replay``: rank search engines on tabulated benchmarks at an equal simulated budget.

Every (engine, seed) run spends the same simulated wall budget, the sum of the recorded epoch
seconds of what it trained (see :mod:`bench.replay_engines`), on one table (see
:mod:`bench.tablefile`). Per table: the median (and quartiles) of each engine's best validation at
the budget, the table's test accuracy of the configuration each run chose (reported, never used to
choose), per-seed win rates of every ``ours*`` engine against each KerasTuner engine, the mean
lookup distance, and anytime curves (median best validation against simulated hours) as a PNG.
Writes ``<out>/replay.json`` (one entry per sweep, kept across runs), ``<out>/replay/<sweep>.png``,
and refreshes ``<out>/SUMMARY.md`` when it exists.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import shlex
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from bench.common import DEFAULT_OUT, REPO, machine, now_iso, write_json
from bench.replay_engines import ENGINES, KT_ENGINES, OURS, run_engine, table_for
from bench.tablefile import (
    FULL,
    Table,
    TableError,
    as_early_stopped,
    past_early_stop,
    read_table,
    with_clock,
    with_trial_overhead,
)

DEFAULT_ENGINES = ("ours", "ours-noref", "ours-tpe-mv", "ours-tpe-startup", "ours-nopruner", *KT_ENGINES)
GRID = 48  # points of the anytime curves


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m bench.replay", description=__doc__.split("\n\n")[0])
    ap.add_argument("--table", action="append", required=True, help="a table .jsonl (repeat for several sweeps)")
    ap.add_argument("--seeds", type=int, default=20, help="seeds per engine (default 20)")
    ap.add_argument("--budget-hours", type=float, required=True, help="simulated wall budget of every run, in hours")
    ap.add_argument(
        "--engines",
        default=",".join(DEFAULT_ENGINES),
        help=f"comma-separated, of {','.join(ENGINES)} (default {','.join(DEFAULT_ENGINES)})",
    )
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="where replay.json and replay/*.png go (results/bench)")
    ap.add_argument("--jobs", type=int, default=1, help="runs in parallel processes (default 1; results are the same)")
    ap.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="what an epoch costs: its recorded wall seconds (default), or its CPU seconds, which another "
        "job on the machine barely changes (tables from bench.table since it records them); the budget is then CPU hours",
    )
    ap.add_argument(
        "--lookup",
        choices=("nearest", "surrogate"),
        default="nearest",
        help="what a proposal trains: the table's nearest row (default), or curves predicted by random "
        "forests fitted to the table (bench.surrogate; every configuration, those the table holds too)",
    )
    ap.add_argument(
        "--seed-noise",
        type=float,
        default=0.0,
        metavar="SD",
        help="shift each proposal's validation curve by a normal offset of this SD, drawn per (seed, "
        "configuration): a training seed's luck, which a surrogate's mean curves leave out (bench.seed_noise "
        "measures it); default 0",
    )
    ap.add_argument(
        "--as-early-stopped",
        action="store_true",
        help="read a full table as the early-stopped one its rows make (same rows and seconds, nothing past "
        "each early stop): against the same command without it, what the curves past the stop change",
    )
    ap.add_argument(
        "--trial-overhead",
        type=float,
        default=0.0,
        metavar="S",
        help="seconds charged to every trial (every fit) before its first epoch: what a live trial pays "
        "besides its epochs (build, tracing, restoring the best weights, recording), which the table's epoch "
        "seconds leave out; bench.spot measures it (its summary's trial_overhead_s); default 0",
    )
    ap.add_argument(
        "--configs",
        type=int,
        default=None,
        metavar="N",
        help="replay only the table's configs 0..N-1 (default all): two tables of the same draws, as an "
        "early-stopped and a full one, then compare on the same configurations",
    )
    return ap.parse_args(argv)


def first_configs(table: Table, n: int | None) -> Table:
    """``table`` with its configs ``0 .. n-1`` only (``None``: all of them)."""
    return table if n is None else dataclasses.replace(table, rows=[r for r in table.rows if r.i < n])


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    command = "python -m bench.replay " + shlex.join(sys.argv[1:] if argv is None else argv)
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    bad = [e for e in engines if e not in ENGINES]
    problem = ""
    if bad or not engines:
        problem = f"--engines {args.engines!r}: unknown {bad}; choose from {','.join(ENGINES)}"
    elif args.configs is not None and args.configs < 1:
        problem = f"--configs {args.configs}: need at least 1 config"
    elif args.seeds < 1 or not args.budget_hours > 0 or args.jobs < 1:
        problem = (
            f"--seeds {args.seeds} / --budget-hours {args.budget_hours} / --jobs {args.jobs}: "
            "need seeds >= 1, a budget > 0 and jobs >= 1"
        )
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    try:
        tables = [
            with_trial_overhead(
                first_configs(with_clock(read_table(Path(t)), args.clock), args.configs), args.trial_overhead
            )
            for t in args.table
        ]
        if args.as_early_stopped:
            tables = [as_early_stopped(t) for t in tables]
        for t in tables:  # before any run: an engine's own patience needs a full table (with_patience refuses)
            for e in engines:
                table_for(t, e)
        empty = [str(t.path) for t in tables if not t.rows]
        if empty:
            raise TableError(f"{empty[0]}: no trained configuration yet; run bench.table (its header's command) first")
    except TableError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out = Path(args.out)
    t0 = time.perf_counter()
    results = {}
    for table in tables:
        cv = None
        if args.lookup == "surrogate":
            from bench.surrogate import SurrogateTable, cross_validate

            cv = cross_validate(table)
            print(f"{table.path}: surrogate held-out quality {cv}", flush=True)
            table = SurrogateTable.of(table)
        res = replay(
            table,
            engines,
            range(args.seeds),
            args.budget_hours * 3600.0,
            log=print,
            jobs=args.jobs,
            noise=args.seed_noise,
        )
        res["command"] = command
        res["lookup"], res["surrogate_cv"], res["clock"] = args.lookup, cv, args.clock
        res["seed_noise"] = args.seed_noise
        res["trial_overhead_s"] = args.trial_overhead
        key = (
            res["sweep"]
            + ("-surrogate" if cv else "")
            + ("-cpu" if args.clock == "cpu" else "")
            + (f"-noise{args.seed_noise:g}" if args.seed_noise else "")
            + (f"-overhead{args.trial_overhead:g}" if args.trial_overhead else "")
        )
        res["png"] = plot(res, out / "replay" / f"{key}.png")
        results[key] = res
        print("\n".join(render_sweep(res)), flush=True)
    path = save(out, results, command, time.perf_counter() - t0)
    print(f"written: {path}")
    if (out / "SUMMARY.md").is_file():
        from bench import summary

        run = json.loads((out / "run.json").read_text(encoding="utf-8")) if (out / "run.json").is_file() else {}
        print(f"written: {summary.write(out, run)}")
    return 0


def replay(
    table: Table,
    engines: list[str],
    seeds: Any,
    budget_s: float,
    log: Any = print,
    jobs: int = 1,
    noise: float = 0.0,
) -> dict[str, Any]:
    """Every engine for every seed against ``table``; per-run summaries and their aggregates."""
    seeds = list(seeds)
    runs: dict[str, list[dict[str, Any]]] = {}
    pool = None
    if jobs > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"))
    try:
        for engine in engines:
            t0 = time.perf_counter()
            if pool is None:
                runs[engine] = [_one_run(table, engine, seed, budget_s, noise) for seed in seeds]
            else:
                n = len(seeds)
                runs[engine] = list(pool.map(_one_run, [table] * n, [engine] * n, seeds, [budget_s] * n, [noise] * n))
            med = median_of(runs[engine], "best_val")
            log(
                f"{table.header.get('sweep')}: {engine:16} {len(seeds)} seeds in {time.perf_counter() - t0:5.1f} s, "
                f"median best {table.objective} {med if med is None else round(med, 4)}"
            )
    finally:
        if pool is not None:
            pool.shutdown()
    ref = table.reference()
    h = table.header
    return {
        "sweep": h.get("sweep"),
        "table": _rel(table.path),
        "rows": len(table.rows),
        "failed_rows": sum(r.status != "ok" for r in table.rows),
        "torn_line_set_aside": bool(table.torn),
        "subsample": h.get("subsample"),
        "table_curves": table.curves,
        "past_early_stop": past_early_stop(table),
        "patience": table.patience,
        "objective": table.objective,
        "maximize": table.maximize,
        "table_seconds": round(sum(sum(r.epoch_s) for r in table.rows), 1),
        "reference_row_seconds": round(sum(ref.epoch_s), 2) if ref else None,
        "table_best": _table_best(table),
        "budget_s": budget_s,
        "seeds": seeds,
        "engines": engines,
        "notes": {e: OURS[e].note for e in engines if e in OURS},
        "runs": runs,
        "median": {e: aggregate(rs) for e, rs in runs.items()},
        "wins": wins(runs, table.maximize),
        "curves": {e: curve(rs, budget_s, table.maximize) for e, rs in runs.items()},
        "machines": sorted({_machine_line(s.get("machine") or {}) for s in table.sessions}),
    }


def _one_run(table: Table, engine: str, seed: int, budget_s: float, noise: float = 0.0) -> dict[str, Any]:
    """One (engine, seed) run, in this process or a worker's (``noise``: bench.seed_noise.with_seed_noise)."""
    from threadpoolctl import threadpool_limits  # scikit-learn's dependency

    from bench.common import quiet_tensorflow
    from bench.seed_noise import with_seed_noise

    table = with_seed_noise(table_for(table, engine), noise, seed)

    quiet_tensorflow()
    # One BLAS thread: KerasTuner's Bayesian acquisition makes thousands of tiny linear-algebra
    # calls, 7x slower with threads spinning on a loaded 2-core machine.
    with threadpool_limits(limits=1):
        r = run_engine(table, engine, seed, budget_s)
    r["seed"] = seed
    return r


def _table_best(table: Table) -> float | None:
    vals = [
        r.val[b] for r in table.rows if r.status == "ok" and (b := r.best_epoch(maximize=table.maximize)) is not None
    ]
    return (max(vals) if table.maximize else min(vals)) if vals else None


def _machine_line(m: dict[str, Any]) -> str:
    return (
        f"{m.get('cpu_count', '?')}-core {m.get('processor', '?')}, {m.get('backend', '?')} on {m.get('device', '?')}"
    )


def _rel(p: Path) -> str:
    try:
        return str(p.resolve().relative_to(REPO))
    except ValueError:
        return str(p)


# --------------------------------------------------------------------------- statistics
def median_of(runs: list[dict[str, Any]], key: str) -> float | None:
    vals = [r[key] for r in runs if r.get(key) is not None]
    return float(statistics.median(vals)) if vals else None


def quartiles(vals: list[float]) -> tuple[float | None, float | None]:
    if not vals:
        return None, None
    if len(vals) == 1:
        return vals[0], vals[0]
    q = statistics.quantiles(vals, n=4, method="inclusive")
    return q[0], q[2]


def aggregate(runs: list[dict[str, Any]]) -> dict[str, Any]:
    vals = [r["best_val"] for r in runs if r.get("best_val") is not None]
    q25, q75 = quartiles(vals)
    dists = [r["mean_distance"] for r in runs if r.get("mean_distance") is not None]
    return {
        "best_val": median_of(runs, "best_val"),
        "q25": q25,
        "q75": q75,
        "best_test": median_of(runs, "best_test"),
        "finished": median_of(runs, "finished"),
        "pruned": median_of(runs, "pruned"),
        "spent_s": median_of(runs, "spent_s"),
        "mean_distance": round(sum(dists) / len(dists), 4) if dists else None,
        "no_result": sum(r.get("best_val") is None for r in runs),
    }


def wins(runs: dict[str, list[dict[str, Any]]], maximize: bool) -> dict[str, dict[str, dict[str, Any]]]:
    """Per-seed comparison on best validation of every ``ours*`` engine with each KerasTuner engine,
    and of every variant with ``ours`` (the defaults) when it ran: what a variant buys, seed by seed."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for ours in (e for e in runs if e in OURS):
        out[ours] = {}
        rivals = [e for e in runs if e in KT_ENGINES]
        if ours != "ours" and "ours" in runs:
            rivals.insert(0, "ours")
        for rival in rivals:
            w = t = lost = 0
            for a, b in zip(runs[ours], runs[rival]):
                x, y = a.get("best_val"), b.get("best_val")
                if x is not None and (y is None or (x > y if maximize else x < y)):
                    w += 1
                elif x is not None and x == y:
                    t += 1
                else:
                    lost += 1
            n = w + t + lost
            out[ours][rival] = {
                "won": w,
                "tied": t,
                "lost": lost,
                "rate": round(w / n, 3) if n else None,
                "sign_p": round(sign_test_p(w, lost), 4),
            }
    return out


def sign_test_p(won: int, lost: int) -> float:
    """Two-sided exact sign test (ties left out): how likely a split at least this uneven is when
    each seed is a fair coin between the two engines. 1.0 when nothing was decided."""
    n = won + lost
    if n == 0:
        return 1.0
    tail = sum(math.comb(n, k) for k in range(max(won, lost), n + 1)) / 2**n
    return min(1.0, 2 * tail)


def curve(runs: list[dict[str, Any]], budget_s: float, maximize: bool = True) -> list[tuple[float, float | None]]:
    """(simulated seconds, median over seeds of the best validation so far) on a grid. A seed
    that has finished no trial yet counts as the worst value, so the median never falls; it is
    None while it is such a seed."""
    worst = -math.inf if maximize else math.inf
    out = []
    for k in range(1, GRID + 1):
        t = budget_s * k / GRID
        at = []
        for r in runs:
            best = worst
            for s, v in r.get("trace", []):
                if s <= t + 1e-9:
                    best = v
            at.append(best)
        m = float(statistics.median(at)) if at else worst
        out.append((round(t, 1), round(m, 5) if math.isfinite(m) else None))
    return out


# --------------------------------------------------------------------------- output
def plot(res: dict[str, Any], path: Path) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    path.parent.mkdir(parents=True, exist_ok=True)
    fig, ax = plt.subplots(figsize=(7, 4.2))
    for e, pts in res["curves"].items():
        xs = [t / 3600 for t, v in pts if v is not None]
        ys = [v for _, v in pts if v is not None]
        style = {"lw": 2.4, "color": "black"} if e == "ours" else {"lw": 1.2, "ls": "--" if e in KT_ENGINES else "-"}
        ax.step(xs, ys, where="post", label=e, **style)
    cpu = res.get("clock") == "cpu"
    ax.set_xlabel(f"simulated {'CPU ' if cpu else ''}hours (sum of recorded epoch {'CPU ' if cpu else ''}seconds)")
    ax.set_ylabel(f"median best {res['objective']} ({len(res['seeds'])} seeds)")
    how = ", surrogate lookup" if res.get("lookup") == "surrogate" else ""
    ax.set_title(f"{res['sweep']}: anytime best validation, {res['rows']}-config table{how}")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, loc="lower right")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return _rel(path)


def save(out: Path, results: dict[str, Any], command: str, wall_s: float) -> Path:
    """Merge into ``<out>/replay.json`` (a sweep replayed again replaces its own entry only)."""
    path = out / "replay.json"
    old: dict[str, Any] = {}
    if path.is_file():
        try:
            old = json.loads(path.read_text(encoding="utf-8")).get("results", {}).get("sweeps", {})
        except (OSError, json.JSONDecodeError, AttributeError):
            old = {}
    for res in results.values():
        res["command"] = command
        res["measured"] = now_iso()
    record = {
        "section": "replay",
        "status": "ok",
        "command": command,
        "started": now_iso(),
        "wall_s": round(wall_s, 1),
        "machine": machine(),
        "results": {"sweeps": {**old, **results}},
    }
    write_json(path, record)
    return path


def render(r: dict[str, Any], sec: dict[str, Any] | None = None) -> list[str]:
    """The SUMMARY.md section: one block per replayed sweep."""
    lines = [
        "Engines run against a tabulated benchmark (`python -m bench.table`, docs/benchmarks.md): every run spends "
        "the same simulated wall budget, the recorded epoch seconds of what it trained; a proposed configuration "
        "is the table's nearest one (normalised distance; the reference config is found exactly), or with "
        "`--lookup surrogate` the curves random forests fitted to the table predict for it (bench/surrogate.py). "
        "Best by validation; its test accuracy is the table's, reported only.",
    ]
    for res in r.get("sweeps", {}).values():
        lines += ["", *render_sweep(res)]
    return lines


def render_sweep(res: dict[str, Any]) -> list[str]:
    b = res["budget_s"]
    sub = res.get("subsample") or {}
    surrogate = res.get("lookup") == "surrogate"
    noise = f", seed noise SD {res['seed_noise']:g}" if res.get("seed_noise") else ""
    noise += f", {res['trial_overhead_s']:g} s per trial besides its epochs" if res.get("trial_overhead_s") else ""
    lines = [
        f"### {res['sweep']} (replay{', surrogate lookup' if surrogate else ''}"
        f"{', CPU clock' if res.get('clock') == 'cpu' else ''}"
        f"{noise})",
        "",
        f"`{res.get('command', '')}`: table `{res['table']}`, {res['rows']} configs ({res['failed_rows']} failed), "
        f"{sub.get('n_train')}/{sub.get('n_val')}/{sub.get('n_test')} train/val/test, trained on "
        f"{'; '.join(res.get('machines') or ['?'])}; budget {b / 3600:.3g} simulated {'CPU ' if res.get('clock') == 'cpu' else ''}hours ({b:.0f} s; the "
        f"reference config alone costs {res.get('reference_row_seconds')} s), {len(res['seeds'])} seeds. Best "
        f"{res['objective']} anywhere in the table: {_f(res.get('table_best'))}.",
        "",
        *(_cv_lines(res.get("surrogate_cv")) if surrogate else []),
        "| engine | median best val | IQR | median its test | trials finished | of which pruned | mean lookup distance |",
        "|---|---|---|---|---|---|---|",
    ]
    for e, m in res["median"].items():
        name = f"**{e}**" if e == "ours" else e
        lines.append(
            f"| {name} | {_f(m['best_val'])} | {_f(m['q25'])}–{_f(m['q75'])} | {_f(m['best_test'])} | "
            f"{_n(m['finished'])} | {_n(m['pruned'])} | {_f(m['mean_distance'])} |"
        )
    rivals = [e for e in res["engines"] if e in KT_ENGINES]
    if any("ours" in row for row in res["wins"].values()):
        rivals.insert(0, "ours")
    if res["wins"] and rivals:
        lines += [
            "",
            "Seeds won on best validation (won/tied/lost; p: two-sided exact sign test, ties left out):",
            "",
        ]
        lines += ["| ours engine | " + " | ".join(f"vs {k}" for k in rivals) + " |", "|---|" + "---|" * len(rivals)]
        for o, row in res["wins"].items():
            cells = [
                f"{row[k]['won']}/{row[k]['tied']}/{row[k]['lost']}{_p(row[k])}" if k in row else "—" for k in rivals
            ]
            lines.append(f"| {o} | " + " | ".join(cells) + " |")
    notes = "; ".join(f"`{e}`: {n}" for e, n in res.get("notes", {}).items())
    if notes:
        lines += ["", f"Engines: {notes}; `kt-*`: KerasTuner's oracles with their defaults (Hyperband factor 3)."]
    lines += ["", _curves_line(res)]
    if res.get("png"):
        lines += ["", f"Anytime curves: `{res['png']}`."]
    return lines


def _curves_line(res: dict[str, Any]) -> str:
    """How the table's curves end, and so how far a Hyperband continuation can be replayed."""
    p = res.get("patience")
    if res.get("table_curves") == FULL:
        past = res.get("past_early_stop") or {}
        held = (
            f" It ends {past['cut']} of the {past['rows']} finished rows early; past that point their curves reach a "
            f"best {past['median_gain']:+.3f} above the cut one's (median), {past['gain_at_least_margin']} of them by "
            f"{past['margin']} or more."
            if past.get("cut")
            else ""
        )
        return (
            f"Curves: full (every epoch trained); the sweep's early stopping (patience {p}) is applied by the replay, "
            f"afresh at each Hyperband continuation, as KerasTuner's new fit does live.{held}"
        )
    return (
        f"Curves: early-stopped (each row ends where the sweep's early stopping, patience {p}, ended its run): a "
        "Hyperband continuation past that point scores the row's best without training, where live it trains on "
        "with fresh patience, so KerasTuner's Hyperband is understated."
    )


def _p(w: dict[str, Any]) -> str:
    p = w.get("sign_p")  # replay.json files from before the sign test lack it
    return "" if p is None else f" (p {p:.2g})" if p >= 0.001 else " (p < 0.001)"


def _cv_lines(cv: dict[str, Any] | None) -> list[str]:
    if not cv:
        return []
    s, n = cv["surrogate"], cv["nearest"]
    return [
        f"Surrogate, held out ({cv['folds']}-fold over {cv['rows']} rows): Spearman of predicted against recorded "
        f"best validation {s['spearman_val']:.3f} (nearest row: {n['spearman_val']:.3f}), mean absolute error "
        f"{s['mae_val']:.4f} ({n['mae_val']:.4f}); of total seconds {s['spearman_seconds']:.3f} "
        f"({n['spearman_seconds']:.3f}). Its validation and test figures are predictions, not noisy runs.",
        "",
    ]


def _f(v: Any) -> str:
    return "—" if v is None else f"{v:.4f}"


def _n(v: Any) -> str:
    return "—" if v is None else f"{v:g}"


if __name__ == "__main__":
    raise SystemExit(main())
