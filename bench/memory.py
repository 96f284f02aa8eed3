"""Resident memory over 20 real trials in one process: does it stay flat?

Trials run in-process one after another (``keras.backend.clear_session()`` before each build), so
whatever a trial leaves behind would add up over a sweep. This runs one study of ``trials``
trials in a fresh Python process (nothing else loaded is counted) and reads ``VmRSS`` from
``/proc/self/status`` before each trial's training (after its model is built) and after it ends,
plus the peak (``VmHWM``). The growth per trial is the least-squares slope of RSS after each
trial over the second half of the run, where one-off costs (first tracing, padded arrays) are paid.

By default the data is a generated IMDB-layout archive (the tests' kind, a few hundred reviews)
and the sweep a small Embedding-Conv1D-Dense search, so that it runs anywhere in a minute or two;
a bench preset (``python -m bench``) uses the real archives instead, from ``data_dir`` or, without
it, wherever the data layer finds them (``$TEXTCLF_DATA_DIR``, the Keras cache, a download).

    python -m bench.memory [--trials 20] [--out results/bench/memory.json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "results" / "bench" / "memory.json"
#: A trial's RSS growth (MiB per trial, second half) under which memory counts as flat.
FLAT_MIB_PER_TRIAL = 1.0

SWEEP = '''
"""Memory benchmark sweep: small but real (embedding, convolution, pooling, dense)."""
import keras
from textclf_tune import Data, Quick, Training

data = Data("imdb", num_words=2000)
training = Training(epochs=2, batch_size=32, maxlen=80, early_stopping=None)
budget = {trials}
quick = Quick(n_train=0, n_val=0, n_test=0, epochs=2, trials={trials}, max_maxlen=80)

def build(hp):
    hp.Int("maxlen", 40, 80, step=20)
    model = keras.Sequential([
        keras.Input((None,), dtype="int32"),
        keras.layers.Embedding(2000, hp.Int("embedding_dim", 16, 64, step=16)),
        keras.layers.Conv1D(hp.Int("filters", 16, 64, step=16), hp.Choice("kernel_size", [3, 5]), activation="relu"),
        keras.layers.GlobalMaxPooling1D(),
        keras.layers.Dense(hp.Int("units", 16, 64, step=16), activation="relu"),
        keras.layers.Dropout(hp.Float("dropout", 0.0, 0.5, step=0.1)),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(keras.optimizers.Adam(hp.Float("learning_rate", 1e-4, 1e-2, sampling="log")),
                  "binary_crossentropy", metrics=["accuracy"])
    return model
'''


def status_mib(key: str) -> float | None:
    """``VmRSS``/``VmHWM`` of this process in MiB (Linux), else ``None``."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    try:
        import psutil

        info = psutil.Process().memory_info()
        return round((info.rss if key == "VmRSS" else getattr(info, "peak_wset", info.rss)) / 2**20, 1)
    except ImportError:
        return None


def slope(ys: list[float]) -> float | None:
    """Least-squares slope of ``ys`` against 0, 1, 2, ..."""
    n = len(ys)
    if n < 2:
        return None
    mx, my = (n - 1) / 2, sum(ys) / n
    return sum((x - mx) * (y - my) for x, y in enumerate(ys)) / sum((x - mx) ** 2 for x in range(n))


def child(trials: int, data_dir: str | None = None, preset: dict[str, Any] | None = None) -> dict[str, Any]:
    """Run the study in this process and measure it (call in a fresh process: see :func:`run`)."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    t0 = time.perf_counter()
    from textclf_tune.engine.runtime import backend_name, import_keras_quietly

    import_keras_quietly()
    import optuna

    from textclf_tune import RunConfig, load_sweep, run_study
    from textclf_tune.engine.progress import Reporter

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    rss_imports = status_mib("VmRSS")
    with tempfile.TemporaryDirectory(prefix="textclf-bench-memory-") as tmp:
        tmpdir = Path(tmp)
        if preset is None:
            from textclf_tune.data import load_dataset
            from textclf_tune.testing.synthetic import write_imdb_archive

            os.environ["TEXTCLF_CACHE_DIR"] = str(tmpdir / "cache")
            write_imdb_archive(tmpdir / "data", n_per_class=200, seed=0)
            (tmpdir / "memory_sweep.py").write_text(SWEEP.format(trials=trials))
            sweep = load_sweep(tmpdir / "memory_sweep.py")
            dataset = load_dataset("imdb", num_words=2000, data_dir=str(tmpdir / "data"))
            source = "generated IMDB-layout archive (200 reviews per class)"
        else:
            from bench.common import load_sweep_dataset, with_quick

            base = load_sweep(preset["sweep"])
            dataset = load_sweep_dataset(
                base, data_dir, preset.get("n_train"), preset.get("n_val"), preset.get("n_test"), seed=0
            )
            sweep = with_quick(
                base,
                n_train=len(dataset.train),
                n_val=len(dataset.val),
                n_test=len(dataset.test),
                epochs=preset.get("epochs", 2),
                max_maxlen=preset.get("max_maxlen"),
                trials=trials,
            )
            from bench.common import data_source

            source = f"{preset['sweep']} on {data_source(data_dir)}"
        rss_data = status_mib("VmRSS")
        rows: dict[int, dict[str, Any]] = {}

        class MemoryReporter(Reporter):
            def trial_start(self, number: int, index: int, params: dict[str, Any], is_reference: bool) -> None:
                rows[number] = {"trial": number, "rss_before_mib": status_mib("VmRSS")}

            def trial_end(
                self,
                number: int,
                state: str,
                value: float | None,
                test_accuracy: float | None,
                seconds: float,
                reason: str = "",
            ) -> None:
                rows.setdefault(number, {"trial": number}).update(
                    state=state, rss_mib=status_mib("VmRSS"), seconds=round(seconds, 2)
                )

        cfg = RunConfig(
            storage=f"sqlite:///{tmpdir / 'memory.db'}",
            study_name="memory",
            trials=trials,
            quick=True,
            pruner="none",
            seed=0,
        )
        run_study(sweep, cfg, reporter=MemoryReporter(), dataset=dataset)
    per_trial = [rows[n] for n in sorted(rows)]
    after = [float(t["rss_mib"]) for t in per_trial if t.get("rss_mib") is not None]
    half = after[len(after) // 2 :]
    growth = slope(half)
    return {
        "implementation": "bench.memory (one process, clear_session between trials)",
        "backend": backend_name(),
        "data": source,
        "sizes": {"train": len(dataset.train), "val": len(dataset.val), "test": len(dataset.test)},
        "trials": len(per_trial),
        "rss_after_imports_mib": rss_imports,
        "rss_after_data_mib": rss_data,
        "rss_first_trial_mib": after[0] if after else None,
        "rss_last_trial_mib": after[-1] if after else None,
        "peak_rss_mib": status_mib("VmHWM"),
        "growth_mib_per_trial_second_half": round(growth, 2) if growth is not None else None,
        "flat": growth is not None and growth < FLAT_MIB_PER_TRIAL,
        "flat_threshold_mib_per_trial": FLAT_MIB_PER_TRIAL,
        "per_trial": per_trial,
        "seconds": round(time.perf_counter() - t0, 1),
    }


def run(
    trials: int = 20,
    data_dir: str | None = None,
    preset: Any = None,
    log: Callable[[str], None] | None = None,
    out: str | os.PathLike[str] | None = OUT,
) -> dict[str, Any]:
    """Measure ``trials`` trials in a fresh process; write ``out`` (JSON) unless ``None``; return
    the figures. A bench ``preset`` (fields ``sweep``, ``n_train``, ...) uses the real archives,
    from ``data_dir`` or the data layer's own lookup when it is None; no preset: generated data."""
    fields = None
    if preset is not None:
        fields = {k: getattr(preset, k) for k in getattr(preset, "__dataclass_fields__", {})} or dict(preset)
    cmd = [sys.executable, "-m", "bench.memory", "--child", "--trials", str(trials)]
    if fields is not None:
        cmd += ["--preset", json.dumps(fields)]
        if data_dir is not None:
            cmd += ["--data-dir", str(data_dir)]
    if log is not None:
        log(f"memory: {trials} trials in a fresh process ({'real data' if fields else 'generated data'})")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, env=env)
    if proc.returncode != 0:
        raise RuntimeError(f"memory benchmark failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    if out is not None:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(json.dumps(result, indent=2) + "\n")
    return result


def table(result: dict[str, Any]) -> str:
    """The per-trial figures as a plain-text table, with the verdict."""
    lines = [f"{'trial':>5} {'state':>9} {'RSS before':>11} {'RSS after':>10} {'change':>8} {'seconds':>8}"]
    for t in result["per_trial"]:
        before, after = t.get("rss_before_mib"), t.get("rss_mib")
        change = f"{after - before:+.1f}" if before is not None and after is not None else "—"
        lines.append(
            f"{t['trial']:>5} {t.get('state', '?'):>9} {before if before is not None else '—':>11} "
            f"{after if after is not None else '—':>10} {change:>8} {t.get('seconds', 0):>8}"
        )
    g = result["growth_mib_per_trial_second_half"]
    lines.append(
        f"RSS after imports {result['rss_after_imports_mib']} MiB, after data {result['rss_after_data_mib']} MiB, "
        f"after trial 1 {result['rss_first_trial_mib']} MiB, after the last {result['rss_last_trial_mib']} MiB, "
        f"peak {result['peak_rss_mib']} MiB"
    )
    lines.append(
        f"growth over the second half: {g} MiB/trial -> "
        + ("flat" if result["flat"] else f"NOT flat (threshold {result['flat_threshold_mib_per_trial']})")
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.memory", description=__doc__.splitlines()[0])
    ap.add_argument("--trials", type=int, default=20)
    ap.add_argument("--out", default=str(OUT), help=f"JSON results (default {OUT.relative_to(REPO)})")
    ap.add_argument("--data-dir", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--preset", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.trials < 2:
        ap.error(f"--trials must be >= 2 to measure a growth, but got {args.trials}")
    if args.child:
        preset = json.loads(args.preset) if args.preset else None
        print(json.dumps(child(args.trials, args.data_dir, preset)), flush=True)
        os._exit(0)  # skip the backend's slow teardown
    result = run(args.trials, out=args.out)
    print(table(result))
    print(f"wrote {args.out}")
    return 0 if result["flat"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
