"""Read a sweep file: import it, find its model, and check every name it declares.

What a sweep file declares is described in :mod:`textclf_tune.space.sweep`; this module turns one
into a :class:`~textclf_tune.space.sweep.Sweep`, or refuses it with a :class:`SweepError` that
names the file, the value and the fix.
"""

from __future__ import annotations

import difflib
import hashlib
import importlib.util
import inspect
import re
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textclf_tune.errors import SweepError, TuneError
from textclf_tune.space.kt_script import SearchReached, reading
from textclf_tune.space.sweep import Data, Quick, Sweep, Training, builtin_sweep, builtin_sweeps, n_params

#: Module-level names a sweep file's model is looked up by, in this order.
MODEL_NAMES = ("hypermodel", "build", "build_model")


def load_sweep(path: str | Path) -> Sweep:
    """Import a sweep file and check what it declares; errors name the file and the fix."""
    p = Path(path)
    if not p.is_file() and builtin_sweep(str(path)) is not None:
        p = builtin_sweep(str(path))  # type: ignore[assignment]
    if p.is_dir():
        inside = sorted(f.name for f in p.glob("*.py") if f.name != "__init__.py")
        listed = f" Sweep files in it: {', '.join(inside)}." if inside else ""
        raise SweepError(f"sweep file {str(p)!r} is a folder; pass the path of a .py sweep file.{listed}")
    if not p.is_file():
        hint = f" Built-in sweeps (by name): {', '.join(builtin_sweeps())}."
        sweeps = sorted(Path("sweeps").glob("*.py")) if Path("sweeps").is_dir() else []
        if sweeps:
            hint = " Sweeps here: " + ", ".join(str(s) for s in sweeps if s.name != "__init__.py") + "."
        here = p.parent
        near = difflib.get_close_matches(p.name, [f.name for f in here.glob("*.py")], n=1) if here.is_dir() else []
        if not p.suffix and p.with_suffix(".py").is_file():
            hint = f" (did you mean {p.with_suffix('.py')}?)"
        elif near:
            hint = f" (did you mean {here / near[0]}?)"
        raise SweepError(f"sweep file {str(p)!r} does not exist; pass the path of a .py sweep file.{hint}")
    if p.suffix != ".py":
        raise SweepError(f"sweep file {str(p)!r} must be a Python file ending in .py")
    # The same name in every process (str hashes are salted per process): a saved model names the
    # module of a Metric or layer class defined in the sweep, and tune export finds it there again.
    digest = hashlib.sha256(str(p.resolve()).encode()).hexdigest()[:12]
    module_name = f"_textclf_sweep_{re.sub(r'[^0-9A-Za-z_]', '_', p.stem)}_{digest}"
    spec = importlib.util.spec_from_file_location(module_name, p)
    if spec is None or spec.loader is None:
        raise SweepError(f"sweep file {str(p)!r} cannot be imported as a Python module")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    folder = str(p.resolve().parent)  # the sweep may import helpers that sit beside it
    added = folder not in sys.path
    if added:
        sys.path.insert(0, folder)
    try:
        with reading(p, p.read_text(encoding="utf-8", errors="replace")) as read:
            try:
                spec.loader.exec_module(module)
            except SearchReached as stop:  # a KerasTuner script: what it defined before its search is the sweep
                read.stopped(stop)
    except TuneError:  # a SweepError or DataError raised by the file itself says what to fix
        raise
    except Exception as exc:  # the user's file failed to import: show where
        tb = traceback.extract_tb(exc.__traceback__)
        frames = [f for f in tb if Path(f.filename).resolve() == p.resolve()]
        line = f" (line {frames[-1].lineno})" if frames else ""
        raise SweepError(
            f"sweep file {str(p)!r} failed to import{line}: {type(exc).__name__}: {exc}{_option_hint(exc)}"
        ) from exc
    finally:
        if added and folder in sys.path:
            sys.path.remove(folder)

    read.remove_made_folders()
    where = str(p)
    try:
        return _sweep_of(module, p, where, [read.note()] if read.search_line is not None else [])
    except SweepError as exc:
        if read.search_line is None:
            raise
        raise SweepError(
            f"{exc} (note: the lines after tuner.search(...) at line {read.search_line} were not run; what the "
            "sweep needs must come before it)"
        ) from exc


def _sweep_of(module: Any, p: Path, where: str, notes: list[str]) -> Sweep:
    tuner = _tuner_of(module, where)
    build, hypermodel = _model_of(module, where, tuner)
    data = getattr(module, "data", None)
    if not isinstance(data, Data):
        raise SweepError(
            f"{where}: `data` must be a textclf_tune.Data, e.g. data = Data('imdb', num_words=20000), but got {data!r}"
        )
    training = getattr(module, "training", Training())
    if not isinstance(training, Training):
        raise SweepError(f"{where}: `training` must be a textclf_tune.Training, but got {training!r}")
    objective: Any = getattr(module, "objective", None)
    if tuner is not None:
        said = tuner.get("objective")
        if objective is not None and said is not None and _objective_name(objective) != _objective_name(said):
            raise SweepError(
                f"{where}: objective = {_objective_name(objective)!r}, but {tuner['name']} (a KerasTuner "
                f"tuner in the file) was given objective {_objective_name(said)!r}; keep one"
            )
        objective = objective if objective is not None else said
    objective = "val_accuracy" if objective is None else objective
    kt_direction = None
    if type(objective).__name__ == "Objective" and isinstance(getattr(objective, "name", None), str):
        # keras_tuner.Objective("val_auc", direction="max"): its name and direction, as KerasTuner reads them
        kt_direction = {"max": "maximize", "min": "minimize"}.get(str(getattr(objective, "direction", "")))
        objective = objective.name
    if isinstance(objective, (list, tuple)):
        raise SweepError(
            f"{where}: objective is a list of {len(objective)}, but a study optimises one objective; choose one "
            "(e.g. objective = 'val_accuracy'); compile the others as metrics to watch them in each trial's logs"
        )
    if not isinstance(objective, str) or not objective.startswith("val_"):
        bare = isinstance(objective, str) and objective.isidentifier() and not objective.startswith("test_")
        hint = f"did you mean objective = 'val_{objective}'? " if bare else ""
        raise SweepError(
            f"{where}: objective must be a validation metric named 'val_...', but got {objective!r}; "
            f"{hint}trials are chosen on validation data only, never on the test split"
        )
    direction = getattr(module, "direction", None) or kt_direction or infer_direction(objective)
    if direction is None:
        raise SweepError(
            f"{where}: cannot tell whether objective {objective!r} is better higher or lower (KerasTuner does not "
            f'know the name either); add direction = "maximize" (or "minimize") to {where}, or write objective = '
            f'keras_tuner.Objective({objective!r}, direction="max")'
        )
    direction = {"max": "maximize", "min": "minimize"}.get(direction, direction)  # KerasTuner's spelling too
    if direction not in ("maximize", "minimize"):
        raise SweepError(f"{where}: direction must be 'maximize' or 'minimize', but got {direction!r}")
    if kt_direction is not None and direction != kt_direction:
        raise SweepError(
            f"{where}: objective is a keras_tuner.Objective to {kt_direction} but direction = {direction!r}; "
            "keep one of them"
        )
    budget = _budget(module, where, tuner)
    reference_config = getattr(module, "reference_config", {})
    if not isinstance(reference_config, dict):
        raise SweepError(
            f"{where}: reference_config must be a dict of hyperparameter values, but got {reference_config!r}"
        )
    reference_accuracy = getattr(module, "reference_accuracy", None)
    if reference_accuracy is not None and not (
        isinstance(reference_accuracy, (int, float)) and 0 <= reference_accuracy <= 1
    ):
        raise SweepError(f"{where}: reference_accuracy must be a fraction in [0, 1], but got {reference_accuracy!r}")
    quick = getattr(module, "quick", Quick())
    if not isinstance(quick, Quick):
        raise SweepError(f"{where}: `quick` must be a textclf_tune.Quick, but got {quick!r}")
    doc = (module.__doc__ or "").strip().splitlines()
    return Sweep(
        path=p,
        build=build,
        data=data,
        training=training,
        objective=objective,
        direction=direction,
        budget=budget,
        reference_config=dict(reference_config),
        reference_accuracy=None if reference_accuracy is None else float(reference_accuracy),
        quick=quick,
        description=doc[0] if doc else "",
        hypermodel=hypermodel,
        notes=(*notes, *_tuner_notes(tuner, training, where)),
    )


#: Metric names KerasTuner cannot place whose values are errors, for which lower is better.
LOWER_IS_BETTER = ("loss", "error", "mae", "mse", "rmse", "mape", "msle", "crossentropy", "divergence")
#: Metrics KerasTuner does not know, or gets wrong (it minimises ``f1_score``), that are maximised:
#: textclf-tune's F1 and MacroF1, Keras's F1Score and FBetaScore under their default names.
HIGHER_IS_BETTER = ("f1", "macro_f1", "f1_score", "fbeta_score")
COMMON_METRICS = ("accuracy", "auc", "loss", "precision", "recall", "f1", "macro_f1", "mae", "mse")


def infer_direction(objective: str) -> str | None:
    """Optuna's direction for ``objective`` as KerasTuner infers it (``val_mae``, ``val_hinge`` and
    the other Keras losses and errors are minimised, accuracy, AUC and precision maximised), F1
    scores maximised, an unknown name ending as an error (``val_rmse``) minimised; ``None`` when
    nothing tells (``val_top_prob``): KerasTuner refuses such an objective, and so does
    :func:`load_sweep` unless the file says ``direction``."""
    metric = objective.removeprefix("val_").lower()
    if metric in HIGHER_IS_BETTER:
        return "maximize"
    try:
        from keras_tuner.engine.metrics_tracking import infer_metric_direction

        kt = infer_metric_direction(objective)
    except Exception:  # an older or newer KerasTuner without it: the names alone
        kt = None
    if kt in ("min", "max"):
        return "minimize" if kt == "min" else "maximize"
    if metric.endswith(LOWER_IS_BETTER):
        return "minimize"
    # A typo of a common name (val_acuracy) goes the way of that name; the model's own check then
    # says "did you mean objective = 'val_accuracy'?" before any training.
    near = difflib.get_close_matches(metric, COMMON_METRICS, n=1, cutoff=0.8)
    return infer_direction(f"val_{near[0]}") if near else None


def _option_hint(exc: Exception) -> str:
    """'; did you mean epochs=?' for a misspelt option of Training or Quick (a TypeError at import)."""
    import dataclasses

    m = re.search(r"(\w+)\.__init__\(\) got an unexpected keyword argument '(\w+)'", str(exc))
    cls = {"Training": Training, "Quick": Quick}.get(m.group(1)) if m and isinstance(exc, TypeError) else None
    if cls is None or m is None:
        return ""
    names = [f.name for f in dataclasses.fields(cls) if f.init]
    near = difflib.get_close_matches(m.group(2), names, n=1)
    return (f"; did you mean {near[0]}=?" if near else "") + f" ({cls.__name__} takes {', '.join(names)})"


def _objective_name(objective: Any) -> Any:
    return objective.name if type(objective).__name__ == "Objective" else objective


def _tuner_of(module: Any, where: str) -> dict[str, Any] | None:
    """What a KerasTuner tuner built in the sweep file (``tuner = kt.RandomSearch(build_model,
    objective=..., max_trials=...)``, pasted with the rest of a KerasTuner script) says: its
    hypermodel, objective and max_trials stand where the file does not say them itself. Optuna
    schedules the trials; the tuner itself never runs."""
    kt = sys.modules.get("keras_tuner")
    tuner_cls = getattr(kt, "Tuner", None) if kt is not None else None
    if tuner_cls is None:
        return None
    found = [(n, v) for n, v in vars(module).items() if isinstance(v, tuner_cls)]
    if not found:
        return None
    if len(found) > 1:
        raise SweepError(
            f"{where}: {', '.join(n for n, _ in found)} are KerasTuner tuners; a sweep runs one search: keep one"
        )
    name, tuner = found[0]
    oracle = getattr(tuner, "oracle", None)
    objective = getattr(oracle, "objective", None)
    kind = type(objective).__name__
    if kind == "DefaultObjective":  # none given: the model's own return value, which fit never gives here
        objective = None
    elif objective is not None and kind != "Objective":  # MultiObjective: several
        objective = [getattr(o, "name", o) for o in getattr(objective, "objectives", [objective])]
    return {
        "name": f"{name} = {type(tuner).__name__}(...)",
        "hypermodel": getattr(tuner, "hypermodel", None),
        "objective": objective,
        "max_trials": getattr(oracle, "max_trials", None),
        "executions_per_trial": getattr(tuner, "executions_per_trial", 1),
        "max_epochs": getattr(oracle, "max_epochs", None),  # Hyperband's
    }


def _tuner_notes(tuner: dict[str, Any] | None, training: Training, where: str) -> tuple[str, ...]:
    """A Hyperband tuner's ``max_epochs`` (KerasTuner sets it, 100 by default) is not the epochs of
    a trial here: said where it differs from ``Training(epochs)``."""
    top = (tuner or {}).get("max_epochs")
    if tuner is None or not isinstance(top, int) or top == training.epochs:
        return ()
    default = top == KT_MAX_EPOCHS
    said = " (KerasTuner's default)" if default else ""
    return (
        f"{where}: {tuner['name']} has max_epochs={top}{said}, "
        f"which is not used here: each trial trains up to Training(epochs={training.epochs})"
        + ("" if default else f"; set training = Training(epochs={top}) to match")
        + ". To stop poor trials early as Hyperband's brackets do, pass --pruner hyperband (or asha)",
    )


#: ``keras_tuner.Hyperband``'s ``max_epochs`` when a script does not give it.
KT_MAX_EPOCHS = 100


def _model_of(module: Any, where: str, tuner: dict[str, Any] | None = None) -> tuple[Callable[..., Any], Any]:
    """The sweep's build function, and its ``keras_tuner.HyperModel`` (or None)."""
    found = [(n, getattr(module, n)) for n in MODEL_NAMES if getattr(module, n, None) is not None]
    if not found and tuner is not None and tuner["hypermodel"] is not None:
        found = [(tuner["name"], tuner["hypermodel"])]
    if not found:
        raise SweepError(
            f"sweep file {where!r} defines no build(hp) function (nor build_model or hypermodel); add "
            "`def build(hp): ...` that returns a compiled keras.Model, or `hypermodel = MyHyperModel()` "
            "(KerasTuner style)"
        )
    name, obj = found[0]
    kt = sys.modules.get("keras_tuner")  # a HyperModel's file imported KerasTuner itself
    hypermodel_cls = getattr(kt, "HyperModel", None) if kt is not None else None
    if hypermodel_cls is not None:
        if isinstance(obj, type) and issubclass(obj, hypermodel_cls):
            raise SweepError(
                f"{where}: `{name}` is the HyperModel class {obj.__name__}; give an instance, "
                f"e.g. {name} = {obj.__name__}()"
            )
        if isinstance(obj, hypermodel_cls):
            return obj.build, obj
        owner = getattr(obj, "__self__", None)
        if inspect.ismethod(obj) and isinstance(owner, hypermodel_cls):
            return obj, owner  # a HyperModel's bound build: its fit is honoured too
    if not callable(obj):
        raise SweepError(f"{where}: `{name}` must be a function build(hp) or a keras_tuner.HyperModel, but got {obj!r}")
    least, most = n_params(obj)
    if not least <= 2 or most < 1:
        raise SweepError(f"{where}: {name} must take (hp) or (hp, data), but it takes {least} required parameters")
    return obj, None


def _budget(module: Any, where: str, tuner: dict[str, Any] | None = None) -> int:
    """``budget``, or KerasTuner's ``max_trials`` for it (the file's, else its tuner's);
    ``executions_per_trial`` is refused with what takes its place (a trial trains once; ``tune
    confirm --seeds`` repeats the chosen ones)."""
    budget = getattr(module, "budget", None)
    max_trials = getattr(module, "max_trials", None)
    if max_trials is None and budget is None and tuner is not None:
        max_trials = tuner["max_trials"]
    if budget is not None and max_trials is not None and budget != max_trials:
        raise SweepError(
            f"{where}: budget = {budget!r} and max_trials = {max_trials!r} say two things; max_trials is "
            "KerasTuner's name for budget: keep one"
        )
    budget = budget if budget is not None else max_trials if max_trials is not None else 30
    if isinstance(budget, bool) or not isinstance(budget, int) or budget < 1:
        raise SweepError(f"{where}: budget must be a whole number >= 1, but got budget={budget!r}")
    repeats = getattr(module, "executions_per_trial", None) or (tuner or {}).get("executions_per_trial") or 1
    if repeats != 1:
        raise SweepError(
            f"{where}: executions_per_trial = {repeats!r} is KerasTuner's; here each trial trains once, and "
            f"`tune confirm STUDY --seeds {repeats if isinstance(repeats, int) and repeats > 1 else 3}` retrains "
            "the best configurations with several seeds and chooses on their mean. Remove executions_per_trial"
        )
    return budget
