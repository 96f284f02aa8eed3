"""``python -m bench.table``: train configurations of a sweep's space once, on a fixed seeded
subsample, and append each one's per-epoch curves to a table (see :mod:`bench.tablefile`).

Config 0 is the sweep's reference config; config ``i >= 1`` is a random draw of the space, made
by driving the sweep's own define-by-run ``build(hp)`` through textclf-tune's ``HyperParameters``
with an Optuna ``RandomSampler`` seeded by ``(--seed, i)``, so config ``i`` is the same whenever
and wherever it is drawn. Each config trains with the engine's own :class:`Trainer` and the
sweep's own ``Training`` (epochs, best epoch kept), seeded like trial ``i`` of a study; with
``--curves full`` (new tables' default) every epoch, the sweep's early stopping applied when the
table is read (see :mod:`bench.tablefile`), with ``--curves early-stopped`` under it; per epoch the table records the objective, test accuracy (scored after the epoch's timing,
never used to choose), the train loss and the epoch's seconds.

Rerunning the same command skips configs already in the table, so it can run in the background
for hours, be killed at any time, and go on later (a torn last line is set aside); ``--configs``
may grow between runs. A different sweep, subsample or seed than the table's header is refused.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import time
from pathlib import Path
from typing import Any

from bench.common import REPO, machine, now_iso, quiet_tensorflow
from bench.tablefile import CONFIG, EARLY_STOPPED, FULL, HEADER, SESSION, TableError, append_line, read_table

DEFAULT_TABLES = REPO / "results" / "bench" / "tables"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m bench.table", description=__doc__.split("\n\n")[0])
    ap.add_argument("--sweep", required=True, help="sweep name (imdb_cnn) or path of a sweep file")
    ap.add_argument("--configs", type=int, default=300, help="configs the table should hold (default 300)")
    ap.add_argument("--n-train", type=int, required=True, help="training rows of the fixed subsample")
    ap.add_argument("--n-val", type=int, required=True, help="validation rows (the objective is read on them)")
    ap.add_argument("--n-test", type=int, default=1000, help="test rows (reported only; default 1000)")
    ap.add_argument("--seed", type=int, default=0, help="seeds the subsample and the draws (default 0)")
    ap.add_argument("--out", default=str(DEFAULT_TABLES), help="a folder (<sweep>.jsonl goes in it) or a .jsonl path")
    ap.add_argument("--data-dir", default=None, help="folder of the archives (default $TEXTCLF_DATA_DIR)")
    ap.add_argument(
        "--curves",
        choices=(FULL, EARLY_STOPPED),
        default=None,
        help=f"{FULL}: train every epoch, the sweep's early stopping applied on reading (a replay can then "
        f"continue a run past it, as Hyperband does); {EARLY_STOPPED}: train under it. Default: the table's "
        f"own, {FULL} for a new table",
    )
    return ap.parse_args(argv)


def table_path(out: str, sweep_name: str) -> Path:
    p = Path(out)
    return p if p.suffix == ".jsonl" else p / f"{sweep_name}.jsonl"


def resolve_sweep(name: str) -> str:
    """A sweep file path, or a name: this checkout's ``sweeps/<name>.py`` first, then the built-ins."""
    here = REPO / "sweeps" / f"{name.removesuffix('.py')}.py"
    return name if Path(name).is_file() or not here.is_file() else str(here)


def _public(path: Path) -> str:
    """The sweep file relative to the repository, else its name only (no machine's folders)."""
    try:
        return str(Path(path).resolve().relative_to(REPO))
    except ValueError:
        return Path(path).name


def draw_seed(seed: int, i: int) -> int:
    """The RandomSampler seed of config ``i``: independent of every other config's."""
    return (seed * 1_000_003 + i * 7_919 + 12_345) % (2**31 - 1)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    command = "python -m bench.table " + shlex.join(sys.argv[1:] if argv is None else argv)
    from textclf_tune.errors import TuneError

    try:
        return build_table(args, command)
    except (TableError, TuneError) as exc:  # a bad table, sweep or data folder: one line, exit 2
        print(f"error: {exc}", file=sys.stderr)
        return 2


def build_table(args: argparse.Namespace, command: str, log: Any = print) -> int:
    quiet_tensorflow()
    import fcntl

    from bench.common import load_sweep_dataset
    from textclf_tune import load_sweep
    from textclf_tune.errors import TuneError

    for name in ("configs", "n_train", "n_val", "n_test"):
        if getattr(args, name) < 1:
            raise TableError(f"--{name.replace('_', '-')} must be >= 1, but got {getattr(args, name)}")
    try:
        sweep = load_sweep(resolve_sweep(args.sweep))
    except TuneError as exc:
        raise TableError(str(exc)) from None
    path = table_path(args.out, sweep.name)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = open(str(path) + ".lock", "w")  # noqa: SIM115 (held for the whole run)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        raise TableError(f"{path}: another bench.table run is appending to it; wait for it or stop it") from None
    data_dir = args.data_dir  # None: the data layer's own lookup, as in tune run
    ds = load_sweep_dataset(sweep, data_dir, args.n_train, args.n_val, args.n_test, seed=args.seed)
    old = read_table(path, repair=True) if path.exists() and path.stat().st_size else None
    curves = args.curves or (old.curves if old else FULL)
    if old and old.curves != curves:
        raise TableError(
            f"{path}: its curves are {old.curves}, but this command asks for --curves {curves}; one table holds "
            "one kind. Remedy: drop --curves to go on with this table, or pass another --out"
        )
    recorder = EpochRecorder.factory()
    original = sweep  # the study's own settings, early stopping included (its fingerprint, the header's)
    sweep, trainer, space = _prepare(sweep, ds, recorder, full=curves == FULL)
    from textclf_tune.space.fingerprint import fingerprint

    fp = fingerprint(space, original.settings())["hash"]
    subsample = {"n_train": len(ds.train), "n_val": len(ds.val), "n_test": len(ds.test), "seed": args.seed}
    header = {
        "kind": HEADER,
        "sweep": sweep.name,
        "sweep_file": _public(sweep.path),
        "fingerprint": fp,
        "space": space,
        "objective": sweep.objective,
        "direction": sweep.direction,
        "training": original.training.to_dict(),  # the replay applies its early stopping to full curves
        "curves": curves,
        "reference_config": sweep.reference_config,
        "data": sweep.data.to_dict(),
        "subsample": subsample,
        "draw_seed": args.seed,
        "command": command,
        "created": now_iso(),
    }
    if old is not None:
        if old.torn:
            log(f"{path}: a torn last line (a run killed mid-write) was set aside in {path}.torn")
        _check_same(path, old.header, header)
        done = old.done
    else:
        append_line(path, header)
        done = set()
    todo = [i for i in range(args.configs) if i not in done]
    append_line(path, {"kind": SESSION, "command": command, "started": now_iso(), "machine": machine()})
    log(f"{path}: {len(done)} configs done, {len(todo)} to train ({sweep.name}, {subsample})")
    t_all = time.perf_counter()
    for n, i in enumerate(todo, 1):
        rec = train_config(sweep, trainer, recorder, i, args.seed)
        append_line(path, rec)
        vals = [v for v in rec["val"] if v is not None]
        best = (max if sweep.direction == "maximize" else min)(vals) if vals else None
        log(
            f"[{time.strftime('%H:%M:%S')} +{time.perf_counter() - t_all:5.0f}s] config {i} ({n}/{len(todo)}): "
            f"{rec.get('status', 'ok')}, {len(rec['epoch_s'])} epochs, {sum(rec['epoch_s']):.1f} s, best "
            f"{sweep.objective} {best if best is None else round(best, 4)}"
        )
    return 0


def _prepare(sweep: Any, ds: Any, recorder: EpochRecorder, full: bool = False) -> tuple[Any, Any, dict[str, Any]]:
    """The sweep with the recorder among its training callbacks (callbacks are not part of a
    study's fingerprint: they watch), without early stopping for ``full`` curves, its engine
    Trainer, and its whole space."""
    import dataclasses

    from textclf_tune.engine.setup import make_trainer, probe_space

    training = dataclasses.replace(sweep.training, callbacks=(*sweep.training.callbacks, recorder.callback))
    if full:
        training = dataclasses.replace(training, early_stopping=None)
    sweep = dataclasses.replace(sweep, training=training)
    trainer = make_trainer(sweep, ds, quick=False)
    return sweep, trainer, probe_space(sweep, trainer)


def _check_same(path: Path, old: dict[str, Any], new: dict[str, Any]) -> None:
    for key in ("sweep", "fingerprint", "subsample", "draw_seed"):
        if old.get(key) != new.get(key):
            raise TableError(
                f"{path}: made with {key} {old.get(key)!r}, but this command gives {new.get(key)!r}, so its "
                f"configs would not be comparable. Remedy: rerun the table's own command ({old.get('command')}) "
                "or pass another --out"
            )


def draw(sweep: Any, trainer: Any, i: int, seed: int) -> tuple[Any, Any]:
    """(hp, built model) of config ``i``: the reference config for 0, else a seeded random draw."""
    import optuna

    from textclf_tune.space.hp import HyperParameters

    train_seed = sweep.training.seed + i
    if i == 0 and sweep.reference_config:
        hp = HyperParameters(values=sweep.reference_config, where=f"{sweep.path}: reference_config")
    else:
        study = optuna.create_study(
            direction=sweep.direction, sampler=optuna.samplers.RandomSampler(draw_seed(seed, i))
        )
        hp = HyperParameters(trial=study.ask(), where=str(sweep.path))
    return hp, trainer.build(hp, train_seed)


def train_config(sweep: Any, trainer: Any, recorder: EpochRecorder, i: int, seed: int) -> dict[str, Any]:
    """Train config ``i`` once; its table record (a failure is recorded with its reason)."""
    t0 = time.perf_counter()
    load0 = _load()
    rec: dict[str, Any] = {"kind": CONFIG, "i": i, "reference": bool(i == 0 and sweep.reference_config)}
    try:
        hp, model = draw(sweep, trainer, i, seed)
    except Exception as exc:  # a config that cannot even be built: a live trial fails the same way
        return {**rec, "params": {}, "status": "failed", "reason": _reason(exc), "val": [], "test": [], "epoch_s": []}
    maxlen, batch_size = trainer.resolve(hp)
    rec.update(params=dict(hp.values), seed=sweep.training.seed + i, maxlen=maxlen, batch_size=batch_size)
    build_s = time.perf_counter() - t0
    _, _, x_test = trainer.padded(maxlen, trainer.num_words_for(hp))  # the config's vocabulary, as it trains
    recorder.start(x_test, trainer.dataset.test.y, batch_size)
    status, reason, param_count = "ok", "", None
    try:
        result = trainer.fit(hp, sweep.training.seed + i, model=model, trial_number=i)
        param_count = result.param_count
    except KeyboardInterrupt:
        raise
    except Exception as exc:  # NaN loss, out of memory: recorded, as a live trial would be
        status, reason = "failed", _reason(exc)
    hist = trainer.history
    n = len(recorder.seconds)
    rec.update(
        status=status,
        val=[_r(v) for v in hist.get(sweep.objective, [])[:n]],
        test=[_r(v) for v in recorder.test[:n]],
        loss=[_r(v) for v in hist.get("loss", [])[:n]],
        epoch_s=[round(s, 3) for s in recorder.seconds],
        epoch_cpu_s=[round(s, 3) for s in recorder.cpu_seconds],
        param_count=param_count,
        build_s=round(build_s, 3),
        load=[load0, _load()],
        at=now_iso(),
    )
    if reason:
        rec["reason"] = reason
    return rec


def _reason(exc: BaseException) -> str:
    first = (str(exc).strip().splitlines() or [""])[0]
    return f"{type(exc).__name__}: {first[:300]}"


def _r(v: Any) -> float | None:
    import math

    return round(float(v), 5) if v is not None and math.isfinite(float(v)) else None


def _load() -> float | None:
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None


class EpochRecorder:
    """Seconds of each epoch (from its start to the end of the trainer's own epoch-end work), in
    wall clock and in this process's CPU time (all its threads: what the epoch cost whatever else
    shared the machine), then the test accuracy of that epoch's weights, scored outside the timing."""

    def __init__(self) -> None:
        self.seconds: list[float] = []
        self.cpu_seconds: list[float] = []
        self.test: list[float | None] = []
        self._x: Any = None
        self._y: Any = None
        self._batch = 256
        self._t0 = self._c0 = 0.0

    @classmethod
    def factory(cls) -> EpochRecorder:
        return cls()

    def start(self, x_test: Any, y_test: Any, batch_size: int) -> None:
        self.seconds, self.cpu_seconds, self.test = [], [], []
        self._x, self._y, self._batch = x_test, y_test, max(batch_size, 256)

    def callback(self, trial_number: int) -> Any:
        """A Training(callbacks=...) factory: the Keras callback for one trial."""
        import keras

        rec = self

        class _Recorder(keras.callbacks.Callback):
            def on_epoch_begin(self, epoch: int, logs: Any = None) -> None:
                rec._t0, rec._c0 = time.perf_counter(), time.process_time()

            def on_epoch_end(self, epoch: int, logs: Any = None) -> None:
                rec.seconds.append(time.perf_counter() - rec._t0)
                rec.cpu_seconds.append(time.process_time() - rec._c0)
                try:
                    out = self.model.evaluate(rec._x, rec._y, batch_size=rec._batch, verbose=0, return_dict=True)
                    rec.test.append(float(out["accuracy"]) if "accuracy" in out else None)
                except Exception:  # a model that cannot be scored: its test stays unknown
                    rec.test.append(None)

        return _Recorder()


if __name__ == "__main__":
    raise SystemExit(main())
