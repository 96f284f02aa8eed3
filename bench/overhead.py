"""Framework overhead: a bare ``model.fit`` loop against one textclf-tune trial.

Both arms train the sweep's reference config on the same subsample for the same epochs, seeded
identically (``keras.utils.set_random_seed(seed)`` after ``keras.backend.clear_session()``).

* bare: clear_session, seed, build (plain values, no textclf-tune code), pad, ``model.fit``,
  ``model.evaluate`` on test.
* tune: ``run_study`` with a fresh SQLite storage in a temp folder, the median pruning callback,
  and the rich progress reporter writing to an in-memory console (plain-line mode, one line per
  epoch and trial, as under ``nohup``). The trial is the reference config (trial 0).

Wall-clock times are compared three ways: ``fit`` (the ``model.fit`` call alone; the trial's own
``train_seconds``), ``trial`` (Optuna's trial duration: build, fit with callbacks, best-weights
restore, test scoring, storage writes) and ``call`` (the whole ``run_study`` call: opening the
storage, probing the space, creating the study, the trial). The bare arm's ``whole`` (clear,
build, pad, fit, evaluate) is the denominator of the last two. Pairs alternate, and the order
within a pair flips every pair (bare-tune, tune-bare, ...). The process CPU time (all threads:
TensorFlow's, the storage heartbeat's) is recorded beside the wall clock: on a shared machine
it moves far less with the neighbours' load. The tune arm's "CPU fit" runs from the trial's start
(padding included, a few ms) to its last epoch, read through the reporter's hooks.
"""

from __future__ import annotations

import io
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import FixedHP, load_sweep_dataset, median, ratio, sizes, with_quick
from bench.presets import OverheadPreset
from textclf_tune.store.records import T

GOAL = 1.02


def bare_run(sweep: Any, ds: Any, config: dict[str, Any], epochs: int, seed: int) -> dict[str, Any]:
    import keras

    t0, c0 = time.perf_counter(), time.process_time()
    keras.backend.clear_session()
    keras.utils.set_random_seed(seed)
    model = sweep.call_build(FixedHP(config), ds)
    ds = ds.with_num_words(int(config.get("num_words", ds.num_words)))  # as the Trainer cuts it
    maxlen = int(config.get("maxlen", sweep.training.maxlen))
    batch_size = int(config.get("batch_size", sweep.training.batch_size))
    x_train, x_val, x_test = ds.train.x.pad(maxlen), ds.val.x.pad(maxlen), ds.test.x.pad(maxlen)
    t_fit, c_fit = time.perf_counter(), time.process_time()
    history = model.fit(
        x_train, ds.train.y, batch_size=batch_size, epochs=epochs, validation_data=(x_val, ds.val.y), verbose=0
    )
    fit_s, fit_cpu_s = time.perf_counter() - t_fit, time.process_time() - c_fit
    test = model.evaluate(x_test, ds.test.y, batch_size=max(batch_size, 256), verbose=0, return_dict=True)
    whole_s, whole_cpu_s = time.perf_counter() - t0, time.process_time() - c0
    val = history.history.get("val_accuracy", [])
    return {
        "fit_s": fit_s,
        "whole_s": whole_s,
        "fit_cpu_s": fit_cpu_s,
        "whole_cpu_s": whole_cpu_s,
        "best_val_accuracy": max(val) if val else None,
        "test_accuracy": float(test.get("accuracy", float("nan"))),
    }


def tune_run(sweep: Any, ds: Any, epochs: int, seed: int, workdir: Path, index: int) -> dict[str, Any]:
    from rich.console import Console

    from textclf_tune import RunConfig, run_study
    from textclf_tune.cli.progress import RichReporter

    class CpuClock(RichReporter):
        """The rich reporter, also reading the process CPU clock from trial start (just before
        ``Trainer.fit``: padding, then ``model.fit``) to the last epoch's end."""

        fit_cpu_s = 0.0

        def trial_start(self, number: int, index: int, params: dict[str, Any], is_reference: bool) -> None:
            self._c0 = time.process_time()
            super().trial_start(number, index, params, is_reference)

        def epoch(self, epoch: int, logs: dict[str, float]) -> None:
            self.fit_cpu_s = time.process_time() - self._c0
            super().epoch(epoch, logs)

    console = Console(file=io.StringIO(), width=160)
    reporter = CpuClock(console=console)
    cfg = RunConfig(
        storage=f"sqlite:///{workdir / f'overhead-{index}.db'}",
        study_name="overhead",
        trials=1,
        sampler="tpe",
        pruner="median",
        quick=True,
        seed=seed,
        score_test=True,  # the trial's test scoring is part of the measured overhead
    )
    t0, c0 = time.perf_counter(), time.process_time()
    study = run_study(sweep, cfg, reporter=reporter, dataset=ds)
    call_s, call_cpu_s = time.perf_counter() - t0, time.process_time() - c0
    (trial,) = study.get_trials()
    if trial.state.name != "COMPLETE":
        raise RuntimeError(f"overhead trial ended {trial.state.name}: {trial.user_attrs.get('fail_reason')}")
    return {
        "fit_s": float(trial.user_attrs[T.TRAIN_SECONDS]),
        "trial_s": trial.duration.total_seconds() if trial.duration else float("nan"),
        "call_s": call_s,
        "fit_cpu_s": reporter.fit_cpu_s,
        "call_cpu_s": call_cpu_s,
        "best_val_accuracy": trial.value,
        "test_accuracy": trial.user_attrs.get(T.TEST_ACCURACY),
        "progress_lines": len(console.file.getvalue().splitlines()),  # type: ignore[attr-defined]
    }


#: (arm, figure) timings and per-pair ratios whose medians over the pairs are reported.
MEDIAN_TIMINGS = [
    ("bare", "fit_s"),
    ("tune", "fit_s"),
    ("bare", "whole_s"),
    ("tune", "trial_s"),
    ("tune", "call_s"),
    ("bare", "fit_cpu_s"),
    ("tune", "fit_cpu_s"),
    ("bare", "whole_cpu_s"),
    ("tune", "call_cpu_s"),
]
MEDIAN_RATIOS = ["ratio_fit", "ratio_trial", "ratio_call", "ratio_fit_cpu", "ratio_call_cpu"]


def run(p: OverheadPreset, data_dir: str | None, log: Any = print) -> dict[str, Any]:
    from textclf_tune import load_sweep

    base = load_sweep(p.sweep)
    if not base.reference_config:
        raise RuntimeError(f"{p.sweep} has no reference_config to time")
    config = dict(base.reference_config)
    maxlen = int(config.get("maxlen", base.training.maxlen))
    # Seed the trial like the bare arm: trial 0 is seeded with training.seed + 0.
    import dataclasses

    sweep = with_quick(base, n_train=p.n_train, n_val=p.n_val, n_test=p.n_test, epochs=p.epochs, max_maxlen=maxlen)
    sweep = dataclasses.replace(sweep, training=dataclasses.replace(sweep.training, seed=p.seed))
    ds = load_sweep_dataset(sweep, data_dir, p.n_train, p.n_val, p.n_test, seed=0)
    log(f"overhead: {sizes(ds)} maxlen {maxlen}, {p.epochs} epochs, {p.pairs} pairs")
    if p.warmup:
        w = bare_run(sweep, ds, config, p.epochs, p.seed)
        log(f"  warm-up bare run {w['whole_s']:.1f}s (discarded)")
    pairs: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="textclf-bench-overhead-") as tmp:
        for i in range(p.pairs):
            order = ("bare", "tune") if i % 2 == 0 else ("tune", "bare")
            pair: dict[str, Any] = {"order": list(order)}
            for arm in order:
                if arm == "bare":
                    pair["bare"] = bare_run(sweep, ds, config, p.epochs, p.seed)
                else:
                    pair["tune"] = tune_run(sweep, ds, p.epochs, p.seed, Path(tmp), i)
            b, t = pair["bare"], pair["tune"]
            pair["ratio_fit"] = t["fit_s"] / b["fit_s"]
            pair["ratio_trial"] = t["trial_s"] / b["whole_s"]
            pair["ratio_call"] = t["call_s"] / b["whole_s"]
            pair["ratio_fit_cpu"] = t["fit_cpu_s"] / b["fit_cpu_s"]
            pair["ratio_call_cpu"] = t["call_cpu_s"] / b["whole_cpu_s"]
            log(
                f"  pair {i + 1}/{p.pairs} ({'-'.join(order)}): fit {b['fit_s']:.2f}s vs {t['fit_s']:.2f}s "
                f"(x{pair['ratio_fit']:.3f}); bare whole {b['whole_s']:.2f}s, trial {t['trial_s']:.2f}s "
                f"(x{pair['ratio_trial']:.3f}), run_study {t['call_s']:.2f}s (x{pair['ratio_call']:.3f}); CPU fit "
                f"x{pair['ratio_fit_cpu']:.3f}, CPU call x{pair['ratio_call_cpu']:.3f}"
            )
            pairs.append(pair)
    out: dict[str, Any] = {
        "goal": GOAL,
        "config": config,
        "sizes": sizes(ds),
        "epochs": p.epochs,
        "reporter": "RichReporter(Console(file=StringIO())): plain-line mode, one line per epoch and trial",
        "storage": "fresh sqlite file per tune run, in a temp folder (RDB storage with heartbeat)",
        "pruner": "median (textclf-tune's default; the reference trial is never pruned, but the callback runs)",
        "pairs": pairs,
        "median": {  # "<arm>_<figure>" for each arm's timings, then each per-pair ratio
            **{f"{arm}_{k}": median([x[arm][k] for x in pairs]) for arm, k in MEDIAN_TIMINGS},
            **{k: median([x[k] for x in pairs]) for k in MEDIAN_RATIOS},
        },
        "min": {  # the least-disturbed run of each arm: another view under a noisy background load
            "ratio_fit": ratio(min(x["tune"]["fit_s"] for x in pairs), min(x["bare"]["fit_s"] for x in pairs)),
            "ratio_trial": ratio(min(x["tune"]["trial_s"] for x in pairs), min(x["bare"]["whole_s"] for x in pairs)),
            "ratio_call": ratio(min(x["tune"]["call_s"] for x in pairs), min(x["bare"]["whole_s"] for x in pairs)),
        },
    }
    m = out["median"]
    out["ratio_of_medians"] = {
        "fit": ratio(m["tune_fit_s"], m["bare_fit_s"]),
        "trial": ratio(m["tune_trial_s"], m["bare_whole_s"]),
        "call": ratio(m["tune_call_s"], m["bare_whole_s"]),
    }
    return out
