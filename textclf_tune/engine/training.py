"""Fit one configuration: build, pad, fit with the best epoch kept; score on test only when asked
(``tune confirm`` after its choice, or ``tune run --score-test``): the test split is sealed by default.

This module imports Keras (and so the backend) when it is imported; the CLI imports it only for
commands that train.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import keras
import numpy as np

from textclf_tune.analysis.stats import accuracy_of
from textclf_tune.engine.metric_names import logged_names, missing_objective
from textclf_tune.engine.model_checks import (
    check_fit_call,
    check_fit_data,
    check_inputs,
    check_io,
    check_metric_shapes,
    check_output_units,
    walk_layers,
)
from textclf_tune.engine.signals import sigint_held
from textclf_tune.errors import SweepError, TrialFailed  # noqa: F401 (re-exported)
from textclf_tune.space.hp import HyperParameters
from textclf_tune.space.sweep import Sweep, check_epochs_values

EpochHook = Callable[[int, dict[str, float]], None]
BatchHook = Callable[[int, int], None]


@dataclass
class TrainResult:
    history: dict[str, list[float]]
    best_epoch: int  # 1-based
    best_value: float
    param_count: int
    train_seconds: float
    maxlen: int
    batch_size: int
    test_metrics: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    model: Any = None
    train_rows: int = 0  # examples the model was fitted on

    @property
    def test_accuracy(self) -> float | None:
        return self.test_metrics.get("accuracy")


class Trainer:
    """Fits configurations of one sweep on one dataset, reusing padded arrays across trials.

    Args:
        sweep: the sweep whose ``build`` and training settings are used.
        dataset: the loaded :class:`~textclf_tune.data.Dataset`.
        epochs: overrides ``sweep.training.epochs`` (the quick preset uses few).
        max_maxlen: caps the padded length (the quick preset), or ``None``.
    """

    def __init__(self, sweep: Sweep, dataset: Any, epochs: int | None = None, max_maxlen: int | None = None) -> None:
        self.sweep = sweep
        self.dataset = dataset
        self.epochs = epochs or sweep.training.epochs  # the most any trial trains
        self._epochs_cap = epochs
        self.max_maxlen = max_maxlen
        self.history: dict[str, list[float]] = {}
        self._padded: OrderedDict[tuple[int, int], tuple[np.ndarray, np.ndarray, np.ndarray]] = OrderedDict()
        self._variants: dict[int, Any] = {}  # num_words -> the dataset cut to it

    # ----------------------------------------------------------------- data
    def data_for(self, hp: HyperParameters | None = None, num_words: int | None = None) -> Any:
        """The dataset with this configuration's vocabulary: the loaded one cut to its ``num_words``
        hyperparameter (:meth:`~textclf_tune.data.Dataset.with_num_words`, once per value), else as loaded."""
        n = self.num_words_for(hp) if num_words is None else num_words
        if n == self.dataset.num_words:
            return self.dataset
        if n not in self._variants:
            self._variants[n] = self.dataset.with_num_words(n)
        return self._variants[n]

    def num_words_for(self, hp: HyperParameters | None) -> int:
        """The configuration's ``num_words`` hyperparameter, else the loaded dataset's vocabulary size."""
        full = int(self.dataset.num_words)
        # a replayed configuration (export, confirm) may be read before build(hp) defines its values
        values = {} if hp is None else {**(getattr(hp, "given", None) or {}), **hp.values}
        n = values.get("num_words", full)
        if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= full:
            raise SweepError(
                f"{self.sweep.path}: hyperparameter 'num_words' must be a whole number from 1 to the {full} ids the "
                f"data was loaded with (Data(..., num_words={full})), but got num_words={n!r}; load the largest "
                "vocabulary the space asks for (Data(..., num_words=<its largest value>)) or lower the range"
            )
        return n

    def padded(self, maxlen: int, num_words: int | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Train, validation and test inputs padded ('pre', like the reference) to ``maxlen``, with the
        vocabulary cut to ``num_words`` (None: as loaded)."""
        key = (maxlen, num_words or int(self.dataset.num_words))
        if key not in self._padded:
            d = self.data_for(num_words=key[1])
            self._padded[key] = (d.train.x.pad(maxlen), d.val.x.pad(maxlen), d.test.x.pad(maxlen))
            while len(self._padded) > 2:  # a 20NG maxlen-1000 set is ~100 MB; keep two
                self._padded.popitem(last=False)
        self._padded.move_to_end(key)
        return self._padded[key]

    def resolve(self, hp: HyperParameters) -> tuple[int, int]:
        t = self.sweep.training
        maxlen = int(hp.values.get("maxlen", t.maxlen))
        if self.max_maxlen:
            maxlen = min(maxlen, self.max_maxlen)
        return maxlen, int(hp.values.get("batch_size", t.batch_size))

    def epochs_for(self, hp: HyperParameters) -> int:
        """Epochs of this configuration: its ``epochs`` hyperparameter if ``build`` defines one (so
        that a reference config keeps its own count), else ``Training(epochs)``; the quick preset caps it."""
        epochs = hp.values.get("epochs", self.sweep.training.epochs)
        check_epochs_values(self.sweep, [epochs], "got epochs=")
        return min(epochs, self._epochs_cap) if self._epochs_cap else epochs

    # ----------------------------------------------------------------- fit
    def build(self, hp: HyperParameters, seed: int, clear: bool = True) -> Any:
        if clear:  # no graph or memory growth from trial to trial; its gc.collect() takes ~0.3 s
            with sigint_held():  # a Ctrl-C in the collection's weakref callbacks would be dropped
                keras.backend.clear_session()
        keras.utils.set_random_seed(seed)
        model = self.sweep.call_build(hp, self.dataset)
        if not isinstance(model, keras.Model):
            raise SweepError(
                f"{self.sweep.path}: build(hp) must return a keras.Model, but returned {type(model).__name__}"
            )
        if not getattr(model, "compiled", True) or getattr(model, "optimizer", None) is None:
            raise SweepError(
                f"{self.sweep.path}: build(hp) returned an uncompiled model; call "
                "model.compile(optimizer=..., loss=..., metrics=['accuracy']) before returning it"
            )
        check_inputs(model, self.sweep.path)
        maxlen = self.resolve(hp)[0]
        uncapped = int(hp.values.get("maxlen", self.sweep.training.maxlen))
        check_io(model, maxlen, self.sweep.path, cap=maxlen if maxlen < uncapped else None)
        called = None
        if not model.built:  # no keras.Input: build it on a batch like a trial's, so that its output is checked
            called = model(np.zeros((1, maxlen), dtype="int32"), training=False)
        check_output_units(model, self.dataset, self.sweep.path, getattr(called, "shape", None))
        check_metric_shapes(model, self.sweep.path, getattr(called, "shape", None))
        names = logged_names(model)
        if names is not None and self.sweep.objective not in names:  # refused before a minute of training
            raise SweepError(missing_objective(str(self.sweep.path), self.sweep.objective, names))
        return model

    def define_fit(self, hp: HyperParameters, model: Any) -> None:
        """Run a HyperModel's ``fit(hp, model, ...)`` with a model that does not train, so that the
        hyperparameters it defines (``batch_size=hp.Choice(...)``) join the space; no-op without one."""
        hypermodel = self.sweep.hypermodel
        if hypermodel is None:
            return
        maxlen, batch_size = self.resolve(hp)
        x = np.zeros((2, maxlen), dtype="int32")  # ids 0 and 1 (any Embedding takes them), rows unlike each other
        x[0, 0], x[1, : min(2, maxlen)] = 1, 1  # and unlike themselves reversed (for maxlen > 1)
        y = self.dataset.train.y[:2]
        proxy = _FitArgs(model, {"batch_size": batch_size, "epochs": 1}, train=False)
        marker = keras.callbacks.Callback()
        returned = hypermodel.fit(hp, proxy, x, y, validation_data=(x, y), callbacks=[marker], verbose=0)
        where = f"{self.sweep.path}: {type(hypermodel).__name__}.fit"
        check_fit_call(where, proxy, marker, self.sweep.objective)
        check_fit_data(where, proxy, x, y)
        if isinstance(returned, (dict, int, float)) and not isinstance(returned, bool):
            raise SweepError(
                f"{where}(hp, model, ...) returned {returned!r}, a score of its own: KerasTuner would take it as the "
                f"objective, but textclf-tune reads {self.sweep.objective!r} from every epoch's logs (for the best "
                "epoch and the pruner) and would ignore it; return what model.fit returns, and report the metric "
                "through model.compile(metrics=...) and `objective`"
            )

    def fit(
        self,
        hp: HyperParameters,
        seed: int,
        on_epoch: EpochHook | None = None,
        on_batch: BatchHook | None = None,
        evaluate_test: bool = False,
        model: Any = None,
        trial_number: int | None = None,
    ) -> TrainResult:
        """Train one configuration (``model``: already built from ``hp`` by :meth:`build`).
        ``on_epoch`` may raise (e.g. ``optuna.TrialPruned``) to stop it; ``self.history`` then holds
        the epochs that ran. A trial (``trial_number``) also gets ``Training(callbacks)``; a
        HyperModel's ``fit`` trains when the sweep has one (its ``batch_size`` wins over ours)."""
        self.history = {}
        if model is None:
            model = self.build(hp, seed)
        maxlen, batch_size = self.resolve(hp)
        num_words = self.num_words_for(hp)
        x_train, x_val, _ = self.padded(maxlen, num_words)
        d = self.dataset
        monitor = self.sweep.objective
        maximize = self.sweep.direction == "maximize"
        keeper = _BestWeights(monitor, maximize, self.history, on_epoch, where=str(self.sweep.path))
        # No per-batch callback unless a live display asks for one: any on_train_batch_end turns
        # off Keras's asynchronous batch dispatch and costs wall time (see bench/overhead.py).
        callbacks: list[Any] = [keeper]
        if on_batch is not None:
            callbacks.append(_BatchHook(on_batch, math.ceil(len(d.train.y) / batch_size)))
        if trial_number is not None:
            callbacks.extend(self.sweep.training.callbacks_for(trial_number))
        patience = self.sweep.training.early_stopping
        if patience is not None:
            callbacks.append(
                keras.callbacks.EarlyStopping(monitor=monitor, mode="max" if maximize else "min", patience=patience)
            )
        t0 = time.perf_counter()
        fit_kwargs = {
            "epochs": self.epochs_for(hp),
            "validation_data": (x_val, d.val.y),
            "callbacks": callbacks,
            "class_weight": self.sweep.training.weights_for(d.train.y, list(d.class_names)),
        }
        if self.sweep.hypermodel is None:
            model.fit(x_train, d.train.y, batch_size=batch_size, verbose=0, **fit_kwargs)
        else:  # KerasTuner's protocol: fit(hp, model, *args, **kwargs); what it passes model.fit wins
            # epochs as a default, not in kwargs: fit may pass its own (epochs=hp.Int("epochs", ...)),
            # as under KerasTuner when search() is not given epochs.
            defaults = {"batch_size": batch_size, "verbose": 0, "epochs": fit_kwargs.pop("epochs")}
            proxy = _FitArgs(model, defaults)
            self.sweep.hypermodel.fit(hp, proxy, x_train, d.train.y, **fit_kwargs)
            batch_size = int((proxy.used or {}).get("batch_size") or 32)  # Keras's own default when None
        seconds = time.perf_counter() - t0
        losses = self.history.get("loss", [])
        _check_finite(losses, "lower the learning rate or narrow the space")
        if keeper.best_weights is None:
            raise TrialFailed(f"no finite {monitor} was reported in {len(losses)} epochs")
        model.set_weights(keeper.best_weights)
        result = TrainResult(
            history=dict(self.history),
            best_epoch=keeper.best_epoch,
            best_value=keeper.best,
            param_count=int(model.count_params()),
            train_seconds=seconds,
            maxlen=maxlen,
            batch_size=batch_size,
            notes=recurrent_notes(model),
            model=model,
            train_rows=int(len(d.train.y)),
        )
        if evaluate_test:
            result.test_metrics = self.evaluate_test(model, maxlen, batch_size, num_words)
        return result

    def check_refit(self, hp: HyperParameters, seed: int) -> None:
        """Refuse (SweepError), before anything trains, a configuration a refit cannot train: a
        HyperModel whose ``fit`` passes its own ``epochs=`` to ``model.fit``. Builds the model, no fit."""
        if self.sweep.hypermodel is None:
            return
        model = self.build(hp, seed)
        maxlen, _ = self.resolve(hp)
        x_train, _, _ = self.padded(maxlen, self.num_words_for(hp))
        y = self.dataset.train.y[:2]
        self._refuse_own_epochs(
            hp, model, x_train[:2], y, self.sweep.training.weights_for(y, list(self.dataset.class_names))
        )

    def _refuse_own_epochs(self, hp: HyperParameters, model: Any, x: Any, y: Any, weights: Any) -> None:
        dry = _FitArgs(model, {"epochs": _UNSET}, train=False)  # does fit choose its own epochs?
        self.sweep.hypermodel.fit(hp, dry, x, y, class_weight=weights)
        if (dry.used or {}).get("epochs", _UNSET) is not _UNSET:
            raise SweepError(
                f"{self.sweep.path}: {type(self.sweep.hypermodel).__name__}.fit passes its own epochs= to "
                "model.fit, so a refit on train + validation cannot train the epochs a trial chose on "
                "validation; confirm without --refit, or let epochs come in through **kwargs"
            )

    def refit(self, hp: HyperParameters, seed: int, epochs: int, evaluate_test: bool = False) -> TrainResult:
        """Train one configuration on train + validation for exactly ``epochs`` epochs (no early
        stopping: nothing is held out to stop on), then score the test split if ``evaluate_test``. The epoch count comes
        from a trial that chose it on validation, so the test split still selects nothing."""
        if isinstance(epochs, bool) or not isinstance(epochs, int) or epochs < 1:
            raise ValueError(f"refit needs a whole number of epochs >= 1, but got {epochs!r}")
        self.history = {}
        model = self.build(hp, seed)
        maxlen, batch_size = self.resolve(hp)
        num_words = self.num_words_for(hp)
        x_train, x_val, _ = self.padded(maxlen, num_words)
        d = self.dataset
        x, y = np.concatenate([x_train, x_val]), np.concatenate([d.train.y, d.val.y])
        t0 = time.perf_counter()
        weights = self.sweep.training.weights_for(y, list(d.class_names))
        if self.sweep.hypermodel is None:
            fitted = model.fit(x, y, batch_size=batch_size, epochs=epochs, verbose=0, class_weight=weights)
        else:
            self._refuse_own_epochs(hp, model, x[:2], y[:2], weights)
            proxy = _FitArgs(model, {"batch_size": batch_size, "verbose": 0, "epochs": epochs})
            fitted = self.sweep.hypermodel.fit(hp, proxy, x, y, class_weight=weights)
            batch_size = int((proxy.used or {}).get("batch_size") or 32)
            fitted = fitted if hasattr(fitted, "history") else model.history
        seconds = time.perf_counter() - t0
        self.history = {k: [float(v) for v in vals] for k, vals in fitted.history.items()}
        _check_finite(self.history.get("loss", []), "lower the learning rate", " of the refit")
        result = TrainResult(
            history=dict(self.history),
            best_epoch=epochs,
            best_value=float("nan"),
            param_count=int(model.count_params()),
            train_seconds=seconds,
            maxlen=maxlen,
            batch_size=batch_size,
            notes=recurrent_notes(model),
            model=model,
            train_rows=int(y.size),
        )
        if evaluate_test:
            result.test_metrics = self.evaluate_test(model, maxlen, batch_size, num_words)
        return result

    def evaluate_test(self, model: Any, maxlen: int, batch_size: int, num_words: int | None = None) -> dict[str, float]:
        """Score finished weights on the test split. Nothing that selects or prunes reads this."""
        _, _, x_test = self.padded(maxlen, num_words)
        batch = max(batch_size, 256)
        out = model.evaluate(x_test, self.dataset.test.y, batch_size=batch, verbose=0, return_dict=True)
        scores = {k: float(v) for k, v in out.items()}
        if "accuracy" not in scores:  # every report leads with test accuracy, whatever the model logs
            scores["accuracy"] = (
                scores["acc"]
                if "acc" in scores
                else accuracy_of(model.predict(x_test, batch_size=batch, verbose=0), self.dataset.test.y)
            )
        return scores


def _check_finite(losses: list[float], remedy: str, where: str = "") -> None:
    """Raise :class:`TrialFailed` naming the first epoch whose loss is NaN/inf, if any."""
    bad = next((i for i, v in enumerate(losses, 1) if not math.isfinite(v)), None)
    if bad is not None:
        raise TrialFailed(f"loss became NaN/inf at epoch {bad}{where}; {remedy}")


class _BestWeights(keras.callbacks.Callback):
    """Records every epoch's logs, keeps the best epoch's weights, forwards to ``on_epoch``."""

    def __init__(
        self,
        monitor: str,
        maximize: bool,
        history: dict[str, list[float]],
        on_epoch: EpochHook | None,
        where: str = "the sweep",
    ) -> None:
        super().__init__()
        self.monitor, self.maximize, self.history, self.on_epoch = monitor, maximize, history, on_epoch
        self.where = where
        self.best = -math.inf if maximize else math.inf
        self.best_epoch = 0
        self.best_weights: list[np.ndarray] | None = None

    def on_epoch_end(self, epoch: int, logs: dict[str, Any] | None = None) -> None:
        logs = {k: float(v) for k, v in (logs or {}).items()}
        for k, v in logs.items():
            self.history.setdefault(k, []).append(v)
        if not math.isfinite(logs.get("loss", 0.0)):
            self.model.stop_training = True  # the trial fails after fit() returns; nothing to report
            return
        if self.monitor not in logs:
            raise SweepError(missing_objective(self.where, self.monitor, sorted(logs)))
        value = logs[self.monitor]
        if math.isfinite(value) and (value > self.best if self.maximize else value < self.best):
            self.best, self.best_epoch = value, epoch + 1
            self.best_weights = self.model.get_weights()
        if self.on_epoch is not None:
            self.on_epoch(epoch, logs)


#: A default that says "not given" (a fit that passes epochs itself replaces it).
_UNSET: Any = object()


def _untrained_history(model: Any) -> Any:
    """What a fit that trains nothing returns: one epoch of zeros under every name the model will
    log, so a HyperModel's ``fit`` that reads it (``min(history.history["val_loss"])``) runs in the
    start-up checks as it does in a trial."""
    history = keras.callbacks.History()
    names = logged_names(model) or ["val_loss"]
    history.history = {n: [0.0] for n in [*(n.removeprefix("val_") for n in names), *names]}
    history.epoch = [0]
    return history


class _FitArgs:
    """A model whose ``fit`` fills in ``defaults`` for arguments the caller leaves out and records
    what it was called with; with ``train=False`` it trains nothing. Everything else is the model's."""

    def __init__(self, model: Any, defaults: dict[str, Any], train: bool = True) -> None:
        self._model, self._defaults, self._train = model, defaults, train
        self.used: dict[str, Any] | None = None  # None: fit was not called
        self.args: tuple[Any, ...] = ()

    def fit(self, *args: Any, **kwargs: Any) -> Any:
        self.used, self.args = {**self._defaults, **kwargs}, args
        if not self._train:
            return _untrained_history(self._model)
        return self._model.fit(*args, **self.used)

    def predict(self, *args: Any, **kwargs: Any) -> Any:
        if not self._train:  # the start-up check: no progress bar for a fit that predicts
            kwargs.setdefault("verbose", 0)
        return self._model.predict(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._model, name)


class _BatchHook(keras.callbacks.Callback):
    def __init__(self, hook: BatchHook, steps: int) -> None:
        super().__init__()
        self.hook, self.steps = hook, steps

    def on_train_batch_end(self, batch: int, logs: dict[str, Any] | None = None) -> None:
        self.hook(batch + 1, (self.params or {}).get("steps") or self.steps)


def recurrent_notes(model: Any) -> list[str]:
    """Say where a recurrent layer's settings keep the fast cuDNN kernel off."""
    notes = []
    for layer in walk_layers(model):
        if isinstance(layer, (keras.layers.LSTM, keras.layers.GRU)) and getattr(layer, "recurrent_dropout", None):
            notes.append(
                f"{layer.name}: recurrent_dropout={layer.recurrent_dropout} keeps cuDNN off "
                "(the generic, non-cuDNN loop is much slower per epoch on a GPU)"
            )
    return notes
