"""Sweep files: a short Python module that declares what to tune and against what.

A sweep file defines, at module level::

    data = Data("imdb", num_words=20000)          # which dataset, with its options
    training = Training(epochs=10, batch_size=30)  # fit settings shared by every trial
    objective = "val_accuracy"                     # a validation metric; never a test metric
    budget = 40                                    # finished trials the study aims for
    reference_config = {...}                       # the original script's values: trial 0
    reference_accuracy = 0.8527                    # the original script's reported test accuracy
    def build(hp): ...                             # KerasTuner style; returns a compiled model

The model may also be named ``build_model`` (KerasTuner's getting-started name), be any callable
taking ``hp``, or a ``keras_tuner.HyperModel`` instance named ``hypermodel`` (or ``build``): its
``build(hp)`` builds and its ``fit(hp, model, *args, **kwargs)`` trains, so what ``fit`` tunes
(``batch_size=hp.Choice(...)``, ``shuffle=...``) is tuned. ``build`` may take a second argument,
the loaded :class:`~textclf_tune.data.Dataset`, for what depends on the data (number of classes, a
GloVe matrix); KerasTuner's ``build(hp)`` does not, so such a sweep runs only here. Three
hyperparameter names are read by the engine when defined: ``maxlen`` (sequences are padded to it),
``batch_size`` and ``num_words`` (the vocabulary: ids ``>= num_words`` become the out-of-vocabulary
id, or are dropped where the dataset has none; ``Data(num_words=...)`` loads the largest value once
and ``build`` sizes its Embedding with ``hp.get("num_words")``).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from textclf_tune.errors import SweepError

#: Hyperparameter names the engine itself reads after ``build(hp)``.
ENGINE_HPS = ("maxlen", "batch_size", "num_words")


@dataclass(frozen=True)
class Data:
    """Which dataset a sweep trains on, with the loader's options (see :mod:`textclf_tune.data`)."""

    name: str
    options: dict[str, Any] = field(default_factory=dict)

    def __init__(self, name: str, **options: Any) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "options", dict(options))

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, **self.options}

    @classmethod
    def from_texts(
        cls,
        texts: Any,
        labels: Any,
        test: tuple[Any, Any] | None = None,
        val: tuple[Any, Any] | None = None,
        **options: Any,
    ) -> Data:
        """Texts and labels held in Python (lists, numpy arrays, pandas columns), with optional fixed
        ``test=(texts, labels)`` / ``val=(texts, labels)``; ``options`` as for ``Data("csv", ...)``
        (``num_words``, ``test_fraction``, ``val_fraction``, ``seed``). The study records the content's
        SHA-256, so edited texts are a different sweep. See docs/your-own-data.md."""
        from textclf_tune.data.pytexts import remember_texts

        return cls("texts", texts_sha256=remember_texts(texts, labels, test=test, val=val), **options)


def register_dataset(name: str) -> Callable[[Any], Any]:
    """Decorator: a loader of your own for ``Data(name, ...)`` (see
    :func:`textclf_tune.data.registry.register_dataset`)."""
    from textclf_tune.data.registry import register_dataset as register

    return register(name)


@dataclass(frozen=True)
class Training:
    """How every trial is fitted.

    Args:
        epochs: the most epochs a trial trains for.
        batch_size: used unless ``build`` defines a ``batch_size`` hyperparameter.
        maxlen: sequence length used unless ``build`` defines a ``maxlen`` hyperparameter.
        early_stopping: stop after this many epochs without a better objective; ``None`` trains
            all ``epochs``. The weights of the best epoch are kept either way.
        seed: trial *n* is seeded with ``seed + n``.
        callbacks: Keras callbacks added to every trial's ``fit`` (TensorBoard, CSVLogger, your
            own); a callable ``f(trial_number) -> callback`` gives each trial its own (e.g. its own
            log folder). Not part of the study's fingerprint: they watch, they do not change a trial.
        class_weight: ``None``, ``"balanced"`` (each class weighs ``n / (classes * its count)`` over
            the training split, as scikit-learn's) or a dict of weights by class name or index
            (a key that is a class name is that class, even for integer labels: with labels 1, 2,
            10 the key ``1`` is class "1"; other classes weigh 1).
    """

    epochs: int = 10
    batch_size: int = 32
    maxlen: int = 200
    early_stopping: int | None = 3
    seed: int = 0
    callbacks: tuple[Any, ...] = ()
    class_weight: str | dict[Any, float] | None = None

    def __post_init__(self) -> None:
        for name in ("epochs", "batch_size", "maxlen"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise SweepError(f"Training({name}=...) must be a whole number >= 1, but got {name}={value!r}")
        if self.early_stopping is not None and (not isinstance(self.early_stopping, int) or self.early_stopping < 1):
            raise SweepError(f"Training(early_stopping=...) must be None or >= 1, but got {self.early_stopping!r}")
        if not isinstance(self.callbacks, (list, tuple)):
            raise SweepError(f"Training(callbacks=...) must be a list of Keras callbacks, but got {self.callbacks!r}")
        for cb in self.callbacks:
            if not (callable(cb) or hasattr(cb, "set_model")):
                raise SweepError(
                    f"Training(callbacks=...) takes Keras callbacks or functions trial_number -> callback, but got {cb!r}"
                )
        object.__setattr__(self, "callbacks", tuple(self.callbacks))
        cw = self.class_weight
        ok = cw is None or cw == "balanced"
        if isinstance(cw, dict):
            ok = all(isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0 for v in cw.values())
        if not ok:
            raise SweepError(
                f"Training(class_weight=...) must be None, 'balanced' or a dict of weights >= 0 by class name or "
                f"index, e.g. {{'spam': 4.0, 'ham': 1.0}}, but got {cw!r}"
            )

    def to_dict(self) -> dict[str, Any]:
        """The settings a study's fingerprint covers: callbacks only watch (left out); ``class_weight``
        only when set, as before it existed, so older studies' fingerprints still match."""
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "callbacks"}
        if out["class_weight"] is None:
            del out["class_weight"]
        elif isinstance(out["class_weight"], dict):  # names and indices may mix: one key type, sortable
            cw = out["class_weight"]
            if len({type(k) for k in cw}) > 1:
                out["class_weight"] = {f"{type(k).__name__}:{k}": v for k, v in cw.items()}
        return out

    def callbacks_for(self, trial_number: int) -> list[Any]:
        """This trial's Keras callbacks: each given callback, or what a given factory returns for it."""
        import copy
        import os

        import keras  # only where a trial trains

        out = []
        for cb in self.callbacks:
            if not isinstance(cb, keras.callbacks.Callback):
                out.append(cb(trial_number))
                continue
            made = copy.deepcopy(cb)  # as KerasTuner does: no state carried from one trial to the next
            if isinstance(made, keras.callbacks.TensorBoard):  # KerasTuner's layout: one folder per trial
                made.log_dir = os.path.join(str(made.log_dir), f"trial_{trial_number}")
            out.append(made)
        return out

    def weights_for(self, labels: Any, class_names: list[str]) -> dict[int, float] | None:
        """Keras's ``class_weight`` for training labels ``labels`` (ids into ``class_names``), or None."""
        if self.class_weight is None:
            return None
        ids = [int(v) for v in labels]
        counts = {c: ids.count(c) for c in range(len(class_names))}
        if self.class_weight == "balanced":
            return {c: len(ids) / (len(class_names) * n) for c, n in counts.items() if n}
        weights = dict.fromkeys(counts, 1.0)
        for key, value in self.class_weight.items():  # type: ignore[union-attr]
            c = class_names.index(str(key)) if str(key) in class_names else key
            if isinstance(c, bool) or not isinstance(c, int) or c not in counts:
                raise SweepError(
                    f"Training(class_weight=...) names class {key!r}, which the data does not have; "
                    f"its classes are {class_names} (indices 0..{len(class_names) - 1})"
                )
            weights[c] = float(value)
        return weights


@dataclass(frozen=True)
class Quick:
    """The ``--quick`` preset: a subsample and few epochs, to see a whole sweep in minutes."""

    n_train: int = 2000
    n_val: int = 500
    n_test: int = 1000
    epochs: int = 2
    trials: int = 4
    max_maxlen: int = 200  # caps the padded length so a CPU finishes in about two minutes

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Sweep:
    """A loaded sweep file."""

    path: Path
    build: Callable[..., Any]
    data: Data
    training: Training
    objective: str = "val_accuracy"
    direction: str = "maximize"
    budget: int = 30
    reference_config: dict[str, Any] = field(default_factory=dict)
    reference_accuracy: float | None = None
    quick: Quick = field(default_factory=Quick)
    description: str = ""
    #: The ``keras_tuner.HyperModel`` instance whose ``fit`` trains each trial, if the sweep gave one.
    hypermodel: Any = None
    #: What ``tune run`` says about the file before the first trial (a setting read but not used).
    notes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.path, (str, Path)) or not str(self.path):
            raise SweepError(
                f"Sweep(path=...) must be the sweep file's path, but got {self.path!r}: the study records it, "
                "and tune confirm, export and workers load the build function and data from it. In a notebook, "
                "write them to a .py file and use load_sweep('that_file.py')"
            )
        self.path = Path(self.path)

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def build_takes_data(self) -> bool:
        return n_params(self.build)[0] >= 2

    def call_build(self, hp: Any, dataset: Any) -> Any:
        return self.build(hp, dataset) if self.build_takes_data else self.build(hp)

    def settings(self, quick: bool = False) -> dict[str, Any]:
        """What the study's fingerprint covers besides the search space (and the quick preset's
        subsample and epochs for a quick study)."""
        out = {
            "data": self.data.to_dict(),
            "training": self.training.to_dict(),
            "objective": self.objective,
            "direction": self.direction,
            "reference_config": self.reference_config,
        }
        if quick:
            out["quick"] = self.quick.to_dict()
        return out


def builtin_sweeps() -> list[str]:
    """Names of the sweeps shipped with the package (the repository's ``sweeps/`` folder)."""
    from importlib import resources

    try:
        folder = resources.files("textclf_tune.sweeps")
    except ModuleNotFoundError:
        return []
    return sorted(f.name[:-3] for f in folder.iterdir() if f.name.endswith(".py") and not f.name.startswith("_"))


def builtin_sweep(name: str) -> Path | None:
    """The file of built-in sweep ``name`` (``imdb_cnn`` or ``imdb_cnn.py``), or None."""
    from importlib import resources

    stem = name.removesuffix(".py")
    if "/" in stem or stem not in builtin_sweeps():
        return None
    return Path(str(resources.files("textclf_tune.sweeps") / f"{stem}.py"))


def load_sweep(path: str | Path) -> Sweep:
    """Import a sweep file and check what it declares; errors name the file and the fix
    (:func:`textclf_tune.space.sweep_file.load_sweep`, which reads and checks the file)."""
    from textclf_tune.space.sweep_file import load_sweep as read

    return read(path)


def n_params(fn: Callable[..., Any]) -> tuple[int, int]:
    """How many positional parameters ``fn`` requires, and how many it accepts (2 at most counted)."""
    try:
        params = list(inspect.signature(fn).parameters.values())
    except (TypeError, ValueError):
        return 1, 1
    positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    required = sum(p.default is p.empty for p in positional)
    most = 2 if any(p.kind == p.VAR_POSITIONAL for p in params) else min(len(positional), 2)
    return required, max(most, required)


def check_epochs_values(sweep: Sweep, values: list[Any], said: str) -> None:
    """The one rule for an ``epochs`` hyperparameter, for its declared range and for a sampled
    value alike: whole numbers from 1 to ``Training(epochs)``, the most a trial trains and the
    pruner's horizon. ``said`` introduces the offending value ("its range reaches", "got epochs=")."""
    top = sweep.training.epochs
    bad = [v for v in values if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= top]
    if bad:
        raise SweepError(
            f"{sweep.path}: hyperparameter 'epochs' must take whole numbers from 1 to Training(epochs={top}), the "
            f"most a trial trains and the pruner's horizon, but {said}{bad[-1]!r}; raise Training(epochs) or "
            "lower the range"
        )
