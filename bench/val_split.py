"""Which IMDB validation split predicts test accuracy: random, or movie-disjoint?

``python -m bench.val_split [--data-dir DIR] [--seeds 1000 1001]`` trains one imdb_cnn
configuration on each split (same seeds, same code, full data) and reports each run's best
validation accuracy, its test accuracy on the official 25k test set, and the gap between them.
IMDB's train and test sets hold disjoint movies; a random validation split shares movies with
train, so a model that memorises movie-specific words scores higher on it than on test. Writes
``results/bench/val_split.json``.
"""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

from bench.common import DATA_DIR_HELP, REPO, machine

OUT = REPO / "results" / "bench" / "val_split.json"
#: A cheap imdb_cnn configuration (trial 18 of the first, random-validation study: val 0.889,
#: test 0.874), so that both splits train in a few minutes on two CPU cores.
CONFIG = {
    "maxlen": 400,
    "batch_size": 64,
    "embedding_dim": 32,
    "dropout": 0.1,
    "filters": 192,
    "kernel_size": 7,
    "pool_size": 6,
    "lstm_units": 100,
    "learning_rate": 0.00158,
}


def run(data_dir: str | None, seeds: list[int], log: Any = print) -> dict[str, Any]:
    from textclf_tune import load_sweep
    from textclf_tune.data import load_dataset
    from textclf_tune.engine.training import Trainer
    from textclf_tune.space.hp import HyperParameters

    sweep = load_sweep(REPO / "sweeps" / "imdb_cnn.py")
    datasets = {
        kind: load_dataset("imdb", num_words=20000, val_split=kind, data_dir=data_dir) for kind in ("random", "movie")
    }
    runs = []
    for seed in seeds:
        for kind, ds in datasets.items():
            t0 = time.perf_counter()
            config = {**sweep.reference_config, **CONFIG}  # knobs added since: the reference's values
            r = Trainer(sweep, ds).fit(HyperParameters(values=config), seed, evaluate_test=True)
            rec = {
                "split": kind,
                "seed": seed,
                "val": r.best_value,
                "test": r.test_accuracy,
                "gap": r.best_value - (r.test_accuracy or 0.0),
                "best_epoch": r.best_epoch,
                "val_history": r.history.get("val_accuracy", []),
                "seconds": round(time.perf_counter() - t0, 1),
            }
            log(f"  {kind:6s} seed {seed}: val {rec['val']:.4f} test {rec['test']:.4f} gap {rec['gap']:+.4f}")
            runs.append(rec)
    return {
        "config": CONFIG,
        "sizes": {k: {s: len(getattr(d, s)) for s in ("train", "val", "test")} for k, d in datasets.items()},
        "val_split_meta": {k: d.meta.get("val_split") for k, d in datasets.items()},
        "runs": runs,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.val_split", description=__doc__.splitlines()[0])
    p.add_argument("--data-dir", default=None, help=DATA_DIR_HELP)
    p.add_argument("--seeds", type=int, nargs="+", default=[1000, 1001])
    args = p.parse_args(argv)
    from textclf_tune.engine.runtime import import_keras_quietly

    import_keras_quietly()
    t0 = time.time()
    results = run(args.data_dir, args.seeds)
    command = "python -m bench.val_split" + (
        f" --seeds {' '.join(map(str, args.seeds))}" if args.seeds != [1000, 1001] else ""
    )
    out = {
        "command": command,
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "wall_s": round(time.time() - t0, 1),
        "machine": machine(),
        "results": results,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(out, indent=2) + "\n")
    print(f"written: {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
