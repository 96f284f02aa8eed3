"""Benchmark of the data layer on the real archives.

``python -m bench.data [--data-dir DIR]`` measures, for IMDB and 20 Newsgroups: the first encode
(into a fresh temporary cache), the cached load (median of 5 in this process, and once in a
fresh Python process, imports included), and the GloVe 50d coverage of each vocabulary. Prints
a table and writes ``results/bench/data.json`` with machine info. Without ``--data-dir`` the
archives are found as ``tune run`` finds them: ``$TEXTCLF_DATA_DIR``, then the Keras cache, then
a download.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from bench.common import DATA_DIR_HELP, REPO, data_source

OUT = REPO / "results" / "bench" / "data.json"
GOALS = {"imdb_first_encode_s": 15.0, "imdb_cached_load_s": 0.5}


def machine() -> dict[str, Any]:
    """Where the figures were measured, without importing a Keras backend (unlike
    :func:`bench.common.machine`): this benchmark times imports and loads."""
    return {
        "cpu_count": os.cpu_count(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "numpy": np.__version__,
    }


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def _cold_cached_load(name: str, data_dir: str | None, cache_dir: str) -> float:
    code = (
        "import time; t = time.perf_counter(); from textclf_tune.data import load_dataset; "
        f"load_dataset({name!r}, data_dir={data_dir!r}, cache_dir={cache_dir!r}); "
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    return float(out.stdout.strip().splitlines()[-1])


def bench_dataset(name: str, data_dir: str | None) -> dict[str, Any]:
    """First encode, cached loads and GloVe 50d coverage for one dataset (default options)."""
    from textclf_tune.data import load_dataset

    with tempfile.TemporaryDirectory(prefix="textclf-bench-") as cache_dir:
        first, ds = _timed(lambda: load_dataset(name, data_dir=data_dir, cache_dir=cache_dir))
        cached = []
        for _ in range(5):
            seconds, hit = _timed(lambda: load_dataset(name, data_dir=data_dir, cache_dir=cache_dir))
            if not hit.meta["cache"]["hit"]:
                raise RuntimeError(f"{name}: the second load was not a cache hit")
            cached.append(seconds)
        cold = _cold_cached_load(name, data_dir, cache_dir)
        pad_s, _ = _timed(lambda: ds.train.x.pad(200))
        glove_s, (_, coverage) = _timed(lambda: ds.glove_matrix(50))
    return {
        "first_encode_s": round(first, 3),
        "cached_load_s": round(statistics.median(cached), 4),
        "cached_load_runs_s": [round(s, 4) for s in cached],
        "cached_load_new_process_s": round(cold, 3),
        "pad_train_maxlen200_s": round(pad_s, 4),
        "glove50_coverage": round(coverage, 4),
        "glove50_matrix_s": round(glove_s, 3),
        "sizes": ds.meta["sizes"],
        "num_words": ds.num_words,
        "vocab_size": ds.meta["vocab_size"],
        "tokens_train": int(ds.train.x.flat.size),
        "source": {k: ds.meta["source"].get(k) for k in ("path", "sha256", "verified")},
    }


def run(data_dir: str | None = None, out: Path | None = OUT) -> dict[str, Any]:
    """Run the benchmark; returns the figures and writes them to ``out`` (None: nowhere; ``python -m
    bench`` writes its own section file into its --out folder)."""
    results: dict[str, Any] = {"machine": machine(), "data_dir": data_source(data_dir), "goals": GOALS}
    for name in ("imdb", "newsgroups"):
        results[name] = bench_dataset(name, data_dir)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return results


#: (label, key) of each figure, in the order tables show them.
ROWS = [
    ("first encode (s)", "first_encode_s"),
    ("cached load, median of 5 (s)", "cached_load_s"),
    ("cached load, new process (s)", "cached_load_new_process_s"),
    ("pad train to 200 (s)", "pad_train_maxlen200_s"),
    ("GloVe 50d coverage", "glove50_coverage"),
    ("GloVe 50d matrix (s)", "glove50_matrix_s"),
    ("train tokens", "tokens_train"),
]


def table(results: dict[str, Any]) -> str:
    """The figures as a plain-text table."""
    rows = ROWS
    lines = [f"{'':32}{'imdb':>14}{'newsgroups':>14}"]
    for label, key in rows:
        lines.append(f"{label:32}{results['imdb'][key]!s:>14}{results['newsgroups'][key]!s:>14}")
    m = results["machine"]
    lines.append(f"machine: {m['cpu_count']} CPUs, {m['platform']}, Python {m['python']}, numpy {m['numpy']}")
    lines.append(
        f"goals: IMDB first encode <= {GOALS['imdb_first_encode_s']} s, cached load <= {GOALS['imdb_cached_load_s']} s"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.data", description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default=None, help=DATA_DIR_HELP)
    args = parser.parse_args(argv)
    results = run(args.data_dir)
    print(table(results))
    print(f"written: {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
