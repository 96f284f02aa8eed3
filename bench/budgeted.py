"""Search engines run for a fixed budget (wall clock, or CPU time: bench.common.set_clock) on one
prepared dataset.

``run_ours`` drives textclf-tune's ``run_study``; ``run_kerastuner`` drives a KerasTuner tuner
through a ``HyperModel`` that calls the very same ``build(hp)``. Both stop at the first training
batch (or trial start) past the deadline by raising :class:`bench.common.BudgetSpent`; the trial
cut short is not counted, only trials that finished inside the budget are. The clock starts
before the engine is constructed, so its setup is part of its budget.
"""

from __future__ import annotations

import dataclasses
import math
import tempfile
from pathlib import Path
from typing import Any

from bench.common import BudgetSpent, clock, deadline_reporter, kerastuner_seed
from textclf_tune.store.records import T, trial_values


def run_ours(
    sweep: Any,
    ds: Any,
    *,
    budget_s: float,
    seed: int,
    storage_dir: Path,
    study_name: str,
    sampler: str = "tpe",
    pruner: str = "median",
) -> dict[str, Any]:
    """textclf-tune on ``ds`` for ``budget_s`` seconds. ``sweep`` must carry the benchmark's quick
    preset (see :func:`bench.common.with_quick`); the repeat's seed seeds both the sampler and
    every trial's initialisation (``training.seed``)."""
    from optuna.trial import TrialState

    from textclf_tune import RunConfig, run_study
    from textclf_tune.store.storage import open_storage

    sweep = dataclasses.replace(sweep, training=dataclasses.replace(sweep.training, seed=seed))
    url = f"sqlite:///{storage_dir / (study_name + '.db')}"
    cfg = RunConfig(
        storage=url,
        study_name=study_name,
        trials=100_000,
        sampler=sampler,
        pruner=pruner,
        quick=True,
        seed=seed,
        max_failures=10_000,
        score_test=True,  # research: engines are compared on their best trial's test accuracy too
        callbacks=[lambda study, trial: ended.append(_trial_record(trial, clock() - t0))],
    )
    ended: list[dict[str, Any]] = []
    t0 = clock()
    reporter = deadline_reporter(t0 + budget_s)
    try:
        run_study(sweep, cfg, reporter=reporter, dataset=ds)
    except BudgetSpent:
        pass
    elapsed = clock() - t0
    import optuna

    study = optuna.load_study(study_name=study_name, storage=open_storage(url, heartbeat=False))
    trials = study.get_trials(deepcopy=False)
    complete = [t for t in trials if t.state == TrialState.COMPLETE]
    pruned = [t for t in trials if t.state == TrialState.PRUNED]
    failed = [
        t
        for t in trials
        if t.state == TrialState.FAIL
        and "budget" not in str(t.user_attrs.get(T.FAIL_REASON, ""))
        and "interrupted" not in str(t.user_attrs.get(T.FAIL_REASON, ""))
    ]
    best = max(complete, key=lambda t: float(t.value or 0.0)) if complete else None
    epochs = sum(int(t.user_attrs.get(T.EPOCHS_RUN, 0)) for t in complete + pruned)
    return {
        "elapsed_s": round(elapsed, 2),
        "finished": len(complete) + len(pruned),
        "complete": len(complete),
        "pruned": len(pruned),
        "failed": len(failed),
        "epochs_trained": epochs,
        "best_val_accuracy": best.value if best else None,
        "best_test_accuracy": best.user_attrs.get(T.TEST_ACCURACY) if best else None,
        "best_params": best.params if best else None,
        "best_is_reference": bool(best.user_attrs.get(T.IS_REFERENCE)) if best else None,
        "best_found_at_s": _found_at(trials, best) if best else None,
        "trajectory": _trajectory(trials),
        "trials": ended,  # each finished or failed trial, in order, with the clock when it ended
    }


def _trial_record(trial: Any, at_s: float) -> dict[str, Any]:
    """What bench.spot compares with a table: a trial's values, epochs and when (on the run's
    clock, from the engine's start) it ended; a duplicate trained nothing."""
    return {
        "number": trial.number,
        "state": trial.state.name.lower(),
        "epochs": int(trial.user_attrs.get(T.EPOCHS_RUN) or 0),
        "params": trial_values(trial),  # as build(hp) saw them, as a table row records them
        "duplicate": T.DUPLICATE_OF in trial.user_attrs,
        "at_s": round(at_s, 2),
    }


def _found_at(trials: list[Any], best: Any) -> float | None:
    if not trials or best.datetime_complete is None:
        return None
    start = min(t.datetime_start for t in trials if t.datetime_start is not None)
    return round((best.datetime_complete - start).total_seconds(), 1)


def _trajectory(trials: list[Any]) -> list[tuple[float, float]]:
    """(seconds since the first trial started, best validation value so far) at each completion."""
    from optuna.trial import TrialState

    done = sorted(
        (t for t in trials if t.state == TrialState.COMPLETE and t.datetime_complete), key=lambda t: t.datetime_complete
    )
    if not done:
        return []
    start = min(t.datetime_start for t in trials if t.datetime_start is not None)
    out, best = [], -math.inf
    for t in done:
        if t.value > best:
            best = t.value
            out.append((round((t.datetime_complete - start).total_seconds(), 1), round(best, 4)))
    return out


# --------------------------------------------------------------------------- KerasTuner
KT_ENGINES = {"kt-random": "RandomSearch", "kt-bayesian": "BayesianOptimization", "kt-hyperband": "Hyperband"}


def make_hypermodel(sweep: Any, ds: Any, max_maxlen: int | None, epochs: int, seed: int, deadline: float) -> Any:
    """A ``keras_tuner.HyperModel`` around the sweep's ``build``: pads to ``hp.get('maxlen')``
    (capped like textclf-tune's quick preset), uses ``hp.get('batch_size')``, the sweep's early
    stopping, and stops at ``deadline``. Each build is seeded ``seed*1000 + n`` like our trials."""
    import keras
    import keras_tuner

    t = sweep.training

    class Deadline(keras.callbacks.Callback):
        def on_train_begin(self, logs: Any = None) -> None:
            if clock() >= deadline:
                raise BudgetSpent("benchmark budget spent")

        def on_train_batch_end(self, batch: int, logs: Any = None) -> None:
            self.on_train_begin()

    class SweepHyperModel(keras_tuner.HyperModel):
        def __init__(self) -> None:
            super().__init__(name=sweep.name)
            self.builds = 0
            self.epochs = 0  # epochs of every fit that returned (the one cut at the deadline raises)
            self._padded: dict[tuple[int, int], tuple[Any, Any]] = {}

        def build(self, hp: Any) -> Any:
            keras.utils.set_random_seed(seed * 1000 + self.builds)
            self.builds += 1
            return sweep.call_build(hp, ds)

        def resolve(self, hp: Any) -> tuple[int, int]:
            maxlen = int(hp.get("maxlen")) if "maxlen" in hp else t.maxlen
            if max_maxlen:
                maxlen = min(maxlen, max_maxlen)
            batch = int(hp.get("batch_size")) if "batch_size" in hp else t.batch_size
            return maxlen, batch

        def data(self, hp: Any) -> Any:
            """The dataset cut to the configuration's ``num_words``, as textclf-tune's Trainer does."""
            return ds.with_num_words(int(hp.get("num_words"))) if "num_words" in hp else ds

        def padded(self, maxlen: int, hp: Any) -> tuple[Any, Any]:
            key = (maxlen, int(hp.get("num_words")) if "num_words" in hp else ds.num_words)
            if key not in self._padded:
                if len(self._padded) >= 2:
                    self._padded.pop(next(iter(self._padded)))
                d = self.data(hp)
                self._padded[key] = (d.train.x.pad(maxlen), d.val.x.pad(maxlen))
            return self._padded[key]

        def fit(self, hp: Any, model: Any, *args: Any, callbacks: Any = None, **kwargs: Any) -> Any:
            maxlen, batch = self.resolve(hp)
            x, xv = self.padded(maxlen, hp)
            kwargs.pop("verbose", None)
            kwargs.setdefault("epochs", epochs)
            cbs = list(callbacks or [])
            if t.early_stopping is not None:
                cbs.append(
                    keras.callbacks.EarlyStopping(
                        monitor=sweep.objective,
                        mode="max" if sweep.direction == "maximize" else "min",
                        patience=t.early_stopping,
                    )
                )
            cbs.append(Deadline())
            history = model.fit(
                x, ds.train.y, batch_size=batch, validation_data=(xv, ds.val.y), callbacks=cbs, verbose=0, **kwargs
            )
            self.epochs += len(history.epoch)
            return history

    return SweepHyperModel()


def run_kerastuner(
    engine: str, sweep: Any, ds: Any, *, budget_s: float, seed: int, epochs: int, max_maxlen: int | None, workdir: Path
) -> dict[str, Any]:
    """One KerasTuner tuner (``kt-random``, ``kt-bayesian``, ``kt-hyperband``) for ``budget_s``."""
    import keras
    import keras_tuner

    t0 = clock()
    deadline = t0 + budget_s
    keras.backend.clear_session()
    keras.utils.set_random_seed(seed)
    hm = make_hypermodel(sweep, ds, max_maxlen, epochs, seed, deadline)
    direction = "max" if sweep.direction == "maximize" else "min"
    objective = keras_tuner.Objective(sweep.objective, direction=direction)
    common = dict(
        objective=objective,
        seed=kerastuner_seed(seed),  # seed 0 would be "no seed"; consecutive seeds share draws
        directory=str(workdir),
        project_name=f"{engine}-{seed}",
        overwrite=True,
        max_consecutive_failed_trials=5,
    )
    if engine == "kt-random":
        tuner = _budgeted(keras_tuner.RandomSearch, deadline)(hm, max_trials=100_000, **common)
    elif engine == "kt-bayesian":
        tuner = _budgeted(keras_tuner.BayesianOptimization, deadline)(hm, max_trials=100_000, **common)
    elif engine == "kt-hyperband":
        tuner = _budgeted(keras_tuner.Hyperband, deadline)(
            hm, max_epochs=epochs, factor=3, hyperband_iterations=10_000, **common
        )
    else:
        raise ValueError(f"unknown KerasTuner engine {engine!r}")
    try:
        tuner.search(epochs=epochs, verbose=0)
    except BudgetSpent:
        pass
    elapsed = clock() - t0
    from keras_tuner.engine.trial import TrialStatus

    trials = list(tuner.oracle.trials.values())
    done = [tr for tr in trials if tr.status == TrialStatus.COMPLETED and tr.score is not None]
    failed = [tr for tr in trials if tr.status in (TrialStatus.FAILED, TrialStatus.INVALID)]
    out: dict[str, Any] = {
        "elapsed_s": round(elapsed, 2),
        "finished": len(done),
        "complete": len(done),
        "pruned": 0,
        "failed": len(failed),
        # KerasTuner keeps one (best-epoch) metrics entry per trial, so its history cannot count epochs.
        "epochs_trained": hm.epochs,
        "best_val_accuracy": None,
        "best_test_accuracy": None,
        "best_params": None,
        "best_is_reference": False,
    }
    if failed:
        out["fail_message"] = (failed[0].message or "").strip().splitlines()[-1:] if failed[0].message else None
    if done:
        best = tuner.oracle.get_best_trials(1)[0]
        out["best_val_accuracy"] = float(best.score)
        out["best_params"] = {k: v for k, v in best.hyperparameters.values.items() if not k.startswith("tuner/")}
        import warnings

        with warnings.catch_warnings():  # the optimizer's slots are not restored: not needed to score
            warnings.filterwarnings("ignore", message="Skipping variable loading for optimizer")
            model = tuner.load_model(best)
        maxlen, batch = hm.resolve(best.hyperparameters)
        test = hm.data(best.hyperparameters).test
        res = model.evaluate(test.x.pad(maxlen), test.y, batch_size=max(batch, 256), verbose=0, return_dict=True)
        out["best_test_accuracy"] = float(res["accuracy"])
    keras.backend.clear_session()
    return out


def _budgeted(tuner_class: type, deadline: float) -> type:
    """``tuner_class`` that stops at ``deadline`` before starting a trial, and that imports
    TensorBoard only when a TensorBoard callback is used.

    KerasTuner 1.4.8 imports ``tensorboard`` in every trial on the TensorFlow backend
    (``Tuner._configure_tensorboard_dir``), even without a TensorBoard callback; ``tensorflow-cpu``
    2.21 no longer installs it, so every trial fails with ModuleNotFoundError. The override skips
    that import when there is nothing for it to patch, which is all the method does then."""

    class Budgeted(tuner_class):  # type: ignore[misc, valid-type]
        def run_trial(self, trial: Any, *args: Any, **kwargs: Any) -> Any:
            if clock() >= deadline:
                raise BudgetSpent("benchmark budget spent")
            return super().run_trial(trial, *args, **kwargs)

        def _configure_tensorboard_dir(self, callbacks: Any, trial: Any, execution: int = 0) -> None:
            if any(cb.__class__.__name__ == "TensorBoard" for cb in callbacks):
                super()._configure_tensorboard_dir(callbacks, trial, execution)

    Budgeted.__name__ = Budgeted.__qualname__ = tuner_class.__name__
    return Budgeted


#: Live variants of ours (as bench.replay names them) and the pruner each runs with.
OURS_ENGINES = {"ours": "median", "ours-noref": "median", "ours-asha": "asha", "ours-nopruner": "none"}


def run_engine(
    engine: str,
    sweep: Any,
    ds: Any,
    *,
    budget_s: float,
    seed: int,
    epochs: int,
    max_maxlen: int | None,
    workdir: Path | None = None,
) -> dict[str, Any]:
    """``ours`` (TPE + median pruning, the reference config as trial 0), ``ours-noref`` (the same
    without the reference config), ``ours-asha`` / ``ours-nopruner`` (the defaults with
    ``--pruner asha`` / ``none``), or one of :data:`KT_ENGINES`."""
    from bench.common import with_quick

    with tempfile.TemporaryDirectory(prefix=f"textclf-bench-{engine}-") as tmp:
        where = Path(workdir or tmp)
        if engine in OURS_ENGINES:
            sw = with_quick(
                sweep,
                n_train=len(ds.train),
                n_val=len(ds.val),
                n_test=len(ds.test),
                epochs=epochs,
                max_maxlen=max_maxlen,
            )
            if engine == "ours-noref":
                sw = dataclasses.replace(sw, reference_config={})
            pruner = OURS_ENGINES[engine]
            return run_ours(
                sw, ds, budget_s=budget_s, seed=seed, storage_dir=where, study_name=f"{engine}-{seed}", pruner=pruner
            )
        return run_kerastuner(
            engine, sweep, ds, budget_s=budget_s, seed=seed, epochs=epochs, max_maxlen=max_maxlen, workdir=where
        )
