"""Seconds per epoch of fixed IMDB configs on the real data, under whatever backend and device run it.

Written for a GPU machine (``bench/gpu_realdata.sh`` runs it under JAX and torch), and it
runs anywhere: the same configs on the project's CPU machine give the CPU side of the comparison.
Each config is trained for ``--epochs`` epochs on the whole training split (validation scored
each epoch, as in a trial); epoch 1 includes tracing and compilation, so the steady figure is the
median of the later epochs. Each config's result is appended to the JSON file as soon as it ends,
so a run cut short keeps what it finished.

    python -m bench.epoch_times --out results/gpu/epoch_times-jax.json [--epochs 3] [--only NAME,...]

Configs (``CONFIGS``): the two reference models, the LSTM without ``recurrent_dropout`` (which
lets TensorFlow and torch use the fused cuDNN kernel on a GPU), and the best trial of each IMDB
study so far, so that a user can see what a tuned trial costs on a GPU.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from typing import Any

from bench.common import DATA_DIR_HELP, REPO, FixedHP, load_sweep_dataset, machine, now_iso, write_json

# name -> (sweep file, values). Each starts from the sweep's own reference_config (as bench.overhead
# does) and overrides it with the values; the best trials' values are as in results/studies.db
# (imdb_lstm trial 23, imdb_cnn trial 11), the knobs added since taking the reference's values.
CONFIGS: dict[str, tuple[str, dict[str, Any]]] = {
    "lstm-reference": ("sweeps/imdb_lstm.py", {}),
    "lstm-reference-rd0": ("sweeps/imdb_lstm.py", {"recurrent_dropout": 0.0}),
    "cnn-reference": ("sweeps/imdb_cnn.py", {}),
    "lstm-best": (
        "sweeps/imdb_lstm.py",
        {
            "maxlen": 400,
            "embedding_dim": 64,
            "lstm_units": 32,
            "dropout": 0.3,
            "recurrent_dropout": 0.0,
            "bidirectional": True,
            "learning_rate": 3.5e-4,
            "batch_size": 64,
        },
    ),
    "cnn-best": (
        "sweeps/imdb_cnn.py",
        {
            "maxlen": 750,
            "embedding_dim": 224,
            "dropout": 0.0,
            "filters": 288,
            "kernel_size": 6,
            "pool_size": 6,
            "lstm_units": 100,
            "learning_rate": 8.28e-4,
            "batch_size": 64,
        },
    ),
}


def config_of(name: str, sweep: Any) -> dict[str, Any]:
    """The full config ``name`` trains: the sweep's reference config plus overrides, or a best trial's."""
    values = CONFIGS[name][1]
    # knobs a config leaves out (added to the sweep after it was measured) take the reference's value
    return {**sweep.reference_config, **values}


def _epoch_clock() -> Any:
    """A Keras callback recording each epoch's wall time (validation included)."""
    import keras

    class EpochClock(keras.callbacks.Callback):
        def __init__(self) -> None:
            super().__init__()
            self.seconds: list[float] = []
            self._t = 0.0

        def on_epoch_begin(self, epoch: int, logs: Any = None) -> None:
            self._t = time.perf_counter()

        def on_epoch_end(self, epoch: int, logs: Any = None) -> None:
            self.seconds.append(time.perf_counter() - self._t)

    return EpochClock()


def time_config(
    name: str, data_dir: str | None, epochs: int, n_train: int | None = None, seed: int = 0
) -> dict[str, Any]:
    import keras

    from textclf_tune.space.sweep import load_sweep

    sweep_path = CONFIGS[name][0]
    sweep = load_sweep(REPO / sweep_path)
    config = config_of(name, sweep)
    ds = load_sweep_dataset(sweep, data_dir, n_train, n_train and max(n_train // 4, 2), 2)
    keras.backend.clear_session()
    keras.utils.set_random_seed(seed)
    model = sweep.call_build(FixedHP(config), ds)
    ds = ds.with_num_words(int(config.get("num_words", ds.num_words)))  # as the Trainer cuts it
    maxlen, batch_size = int(config["maxlen"]), int(config["batch_size"])
    x_train, x_val = ds.train.x.pad(maxlen), ds.val.x.pad(maxlen)
    clock = _epoch_clock()
    history = model.fit(
        x_train,
        ds.train.y,
        batch_size=batch_size,
        epochs=epochs,
        validation_data=(x_val, ds.val.y),
        verbose=0,
        callbacks=[clock],
    )
    later = clock.seconds[1:]
    return {
        "name": name,
        "sweep": sweep_path,
        "config": config,
        "epochs": epochs,
        "n_train": len(ds.train),
        "n_val": len(ds.val),
        "epoch_seconds": [round(s, 2) for s in clock.seconds],
        "steady_epoch_s": round(statistics.median(later), 2) if later else None,
        "val_accuracy": [round(float(v), 4) for v in history.history.get("val_accuracy", [])],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.epoch_times", description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="JSON file to write (results appended as each config ends)")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--only", default=",".join(CONFIGS), help="comma-separated, of " + ", ".join(CONFIGS))
    ap.add_argument("--data-dir", default=None, help=DATA_DIR_HELP)
    ap.add_argument("--n-train", type=int, default=None, help="subsample (a plumbing check); default all")
    args = ap.parse_args(argv)
    names = [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = [n for n in names if n not in CONFIGS]
    if unknown:
        ap.error(f"unknown config(s) {unknown}; choose from {list(CONFIGS)}")
    out = Path(args.out)
    report: dict[str, Any] = {"started": now_iso(), "machine": machine(), "results": []}
    for name in names:
        t0 = time.perf_counter()
        try:
            result = time_config(name, args.data_dir, args.epochs, args.n_train)
        except Exception as exc:  # noqa: BLE001 (one config failing must not lose the others)
            result = {"name": name, "error": f"{type(exc).__name__}: {exc}"}
        result["wall_s"] = round(time.perf_counter() - t0, 1)
        report["results"].append(result)
        write_json(out, report)
        print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
