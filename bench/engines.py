"""Engine comparison: textclf-tune (Optuna TPE + median pruning) against KerasTuner's RandomSearch,
BayesianOptimization and Hyperband, driving the very same ``build(hp)``.

Per sweep, one seeded subsample is shared by every engine (identical train / validation / test
rows); the objective is the sweep's (``val_accuracy``) on that validation split, with the same
epoch cap, maxlen cap and early stopping. Each (engine, seed) gets the same wall-clock budget; the
best trial is chosen by validation and its test accuracy is measured afterwards (ours scores test
inside each finished trial, on the best epoch's weights; KerasTuner's best checkpoint is reloaded
and scored). Engines run in an order that rotates with the seed.

``ours`` is the engine as shipped: the sweep's reference config is trial 0. ``ours-noref`` drops
it, which isolates the search itself from that head start.
"""

from __future__ import annotations

from typing import Any

from bench.budgeted import run_engine
from bench.common import load_sweep_dataset, median, sizes
from bench.presets import EnginesPreset

OURS = ("ours", "ours-noref")


def run(p: EnginesPreset, data_dir: str | None, log: Any = print) -> dict[str, Any]:
    from textclf_tune import load_sweep

    out: dict[str, Any] = {
        "budget_s": p.budget_s,
        "epochs": p.epochs,
        "seeds": list(p.seeds),
        "engines": list(p.engines),
        "sweeps": {},
    }
    for path in p.sweeps:
        sweep = load_sweep(path)
        cap = p.max_maxlen or sweep.quick.max_maxlen
        ds = load_sweep_dataset(sweep, data_dir, p.n_train, p.n_val, p.n_test, seed=0)
        log(f"engines: {sweep.name} {sizes(ds)}, {p.epochs} epochs, maxlen <= {cap}, {p.budget_s:.0f}s per run")
        runs = []
        engines = list(p.engines)
        for i, seed in enumerate(p.seeds):
            k = i % len(engines)
            for engine in engines[k:] + engines[:k]:
                try:
                    r = run_engine(engine, sweep, ds, budget_s=p.budget_s, seed=seed, epochs=p.epochs, max_maxlen=cap)
                except Exception as exc:  # an engine that breaks is reported, the others still run
                    r = {
                        "error": f"{type(exc).__name__}: {exc}"[:500],
                        "finished": 0,
                        "best_val_accuracy": None,
                        "best_test_accuracy": None,
                    }
                r.update(engine=engine, seed=seed)
                log(
                    f"  seed {seed} {engine:12} {r.get('finished', 0):3d} trials, best val "
                    f"{_f(r.get('best_val_accuracy'))}, its test {_f(r.get('best_test_accuracy'))}"
                    + (f"  ERROR {r['error']}" if "error" in r else "")
                )
                runs.append(r)
        out["sweeps"][sweep.name] = {
            "sizes": sizes(ds),
            "max_maxlen": cap,
            "runs": runs,
            "median": medians(runs, engines),
            "verdict": verdict(runs, engines),
        }
    return out


def medians(runs: list[dict[str, Any]], engines: list[str]) -> dict[str, dict[str, Any]]:
    table = {}
    for e in engines:
        mine = [r for r in runs if r["engine"] == e]
        table[e] = {
            "best_val_accuracy": median([r.get("best_val_accuracy") for r in mine]),
            "best_test_accuracy": median([r.get("best_test_accuracy") for r in mine]),
            "finished": median([r.get("finished", 0) for r in mine]),
            "epochs_trained": median([r.get("epochs_trained", 0) for r in mine]),
            "errors": sum("error" in r for r in mine),
        }
    return table


def verdict(runs: list[dict[str, Any]], engines: list[str]) -> dict[str, Any]:
    """For ``ours`` against each KerasTuner engine: medians compared, and per-seed wins."""
    med = medians(runs, engines)
    if "ours" not in med:
        return {}
    out = {}
    for e in engines:
        if e in OURS:
            continue
        seeds = sorted({r["seed"] for r in runs})
        wins = ties = 0
        for s in seeds:
            a = next((r.get("best_val_accuracy") for r in runs if r["engine"] == "ours" and r["seed"] == s), None)
            b = next((r.get("best_val_accuracy") for r in runs if r["engine"] == e and r["seed"] == s), None)
            if a is not None and (b is None or a > b):
                wins += 1
            elif a is not None and a == b:
                ties += 1
        out[e] = {
            "val_delta": _delta(med["ours"]["best_val_accuracy"], med[e]["best_val_accuracy"]),
            "test_delta": _delta(med["ours"]["best_test_accuracy"], med[e]["best_test_accuracy"]),
            "seeds_won_on_val": f"{wins}/{len(seeds)}" + (f" ({ties} tied)" if ties else ""),
        }
    return out


def _delta(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else round(a - b, 4)


def _f(v: float | None) -> str:
    return "—" if v is None else f"{v:.4f}"
