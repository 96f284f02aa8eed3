"""Fallback memory benchmark, used only when ``bench.memory`` (the workers' own) is absent.

Runs one study of ``trials`` trials in a fresh Python process (so that nothing the other
benchmarks loaded is counted) and reads the process's resident memory from ``/proc/self/status``
after imports, after loading the data, and after every trial (``VmRSS``), plus the peak
(``VmHWM``). The growth per trial is the least-squares slope of RSS over the second half of the
trials, where one-off allocations (first tracing, padded arrays) are done.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import REPO
from bench.presets import MemoryPreset


def _status_mib(key: str) -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def slope(ys: list[float]) -> float | None:
    n = len(ys)
    if n < 2:
        return None
    xs = list(range(n))
    mx, my = sum(xs) / n, sum(ys) / n
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / den


def child(p: MemoryPreset, data_dir: str) -> dict[str, Any]:
    from bench.common import load_sweep_dataset, quiet_tensorflow, sizes, with_quick

    quiet_tensorflow()
    t0 = time.perf_counter()
    import keras  # noqa: F401  (the backend's own footprint is the baseline)

    from textclf_tune import RunConfig, load_sweep, run_study
    from textclf_tune.progress import Reporter

    rss_imports = _status_mib("VmRSS")
    base = load_sweep(p.sweep)
    ds = load_sweep_dataset(base, data_dir, p.n_train, p.n_val, p.n_test, seed=0)
    rss_data = _status_mib("VmRSS")
    sweep = with_quick(base, n_train=len(ds.train), n_val=len(ds.val), n_test=len(ds.test), epochs=p.epochs,
                       max_maxlen=p.max_maxlen, trials=p.trials)
    per_trial: list[dict[str, Any]] = []

    class MemReporter(Reporter):
        def trial_end(self, number: int, state: str, value: float | None, test_accuracy: float | None,
                      seconds: float, reason: str = "") -> None:
            per_trial.append({"trial": number, "state": state, "rss_mib": _status_mib("VmRSS"),
                              "seconds": round(seconds, 2)})

    with tempfile.TemporaryDirectory(prefix="textclf-bench-memory-") as tmp:
        cfg = RunConfig(storage=f"sqlite:///{Path(tmp) / 'memory.db'}", study_name="memory", trials=p.trials,
                        quick=True, seed=0)
        run_study(sweep, cfg, reporter=MemReporter(), dataset=ds)
    rss = [t["rss_mib"] for t in per_trial if t["rss_mib"] is not None]
    half = rss[len(rss) // 2:]
    growth = slope(half)
    return {
        "implementation": "bench.memory_fallback (bench.memory was not available)",
        "sizes": sizes(ds),
        "trials": len(per_trial),
        "rss_after_imports_mib": rss_imports,
        "rss_after_data_mib": rss_data,
        "rss_first_trial_mib": rss[0] if rss else None,
        "rss_last_trial_mib": rss[-1] if rss else None,
        "peak_rss_mib": _status_mib("VmHWM"),
        "growth_mib_per_trial_second_half": round(growth, 2) if growth is not None else None,
        "per_trial": per_trial,
        "seconds": round(time.perf_counter() - t0, 1),
    }


def run(p: MemoryPreset, data_dir: str) -> dict[str, Any]:
    """Run :func:`child` in a fresh process and return its figures."""
    cmd = [sys.executable, "-m", "bench.memory_fallback", "--data-dir", data_dir, "--preset",
           json.dumps({k: getattr(p, k) for k in p.__dataclass_fields__})]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    if proc.returncode != 0:
        raise RuntimeError(f"memory child failed ({proc.returncode}): {proc.stderr.strip()[-1500:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.memory_fallback")
    ap.add_argument("--data-dir", required=True)
    ap.add_argument("--preset", required=True, help="MemoryPreset fields as JSON")
    args = ap.parse_args(argv)
    p = MemoryPreset(**json.loads(args.preset))
    print(json.dumps(child(p, args.data_dir)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
