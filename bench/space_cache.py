"""How long ``probe_space`` takes for a sweep, cold (every branch built) and from the cache of probed
spaces (:mod:`textclf_tune.space.space_cache`).

The space cache is pointed at an empty temp folder, so the first call walks the space and stores
it; each later call computes the key and reads the entry. The data cache is the usual one.

Run: ``TEXTCLF_DATA_DIR=<folder of archives> python -m bench.space_cache [--sweep sweeps/imdb_cnn.py]``
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from bench.common import load_sweep_dataset


def main(argv: list[str] | None = None) -> dict[str, object]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--sweep", default="sweeps/imdb_cnn.py")
    ap.add_argument("--data-dir", default=None)
    ap.add_argument("--repeats", type=int, default=3, help="cold walks and cached reads, each")
    args = ap.parse_args(argv)

    from textclf_tune import load_sweep
    from textclf_tune.engine.setup import make_trainer, probe_space
    from textclf_tune.space import space_cache

    sweep = load_sweep(args.sweep)
    trainer = make_trainer(sweep, load_sweep_dataset(sweep, args.data_dir, 2000, 500, 500, seed=0), False)
    cold, cached, keys = [], [], []
    for _ in range(args.repeats):
        with tempfile.TemporaryDirectory() as tmp:
            space_cache.cache_folder = lambda: Path(tmp)  # type: ignore[assignment]  # an empty cache each time
            t0 = time.perf_counter()
            space = probe_space(sweep, trainer)
            cold.append(time.perf_counter() - t0)
            for _ in range(args.repeats):
                t0 = time.perf_counter()
                key = space_cache.space_key(sweep, trainer)
                keys.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                again = probe_space(sweep, trainer)
                cached.append(time.perf_counter() - t0)
                assert key is not None, "no key: the sweep or a module was edited after this process started"
                assert again == space, "the cache did not give the walked space back"
    out: dict[str, object] = {
        "sweep": args.sweep,
        "hyperparameters": len(space),
        "cold_s": [round(t, 3) for t in cold],
        "cached_s": [round(t, 4) for t in cached],
        "key_s": [round(t, 4) for t in keys],
    }
    print(json.dumps(out))
    return out


if __name__ == "__main__":
    main()
