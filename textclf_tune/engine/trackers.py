"""``tune run --callback MODULE:ATTR``: an Optuna callback named on the command line.

``MODULE`` is an importable module (the current folder is searched first) or a ``.py`` file;
``ATTR`` is a callback ``f(study, frozen_trial)``, or a class or factory that makes one when called
with no arguments (``optuna_integration:MLflowCallback``).
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textclf_tune.errors import SweepError


def load_callback(spec: str) -> Callable[..., Any]:
    """The callback ``spec`` (``MODULE:ATTR``) names; a SweepError naming the value and the fix."""
    obj = find_callback(spec)
    if inspect.isclass(obj) or _takes_no_arguments(obj):
        try:
            obj = obj()
        except ModuleNotFoundError as exc:  # a tracker's package (mlflow, optuna-integration) is missing
            raise SweepError(
                f"--callback {spec!r} needs the package {exc.name!r}, which is not installed; install it "
                "(pip install 'textclf-tune[trackers]' installs optuna-integration, mlflow and tensorboard)"
            ) from exc
    if not callable(obj):
        raise SweepError(f"--callback {spec!r} is {obj!r}, not a callback f(study, trial)")
    return obj


def find_callback(spec: str) -> Any:
    """What ``spec`` names, not yet called (a factory or class makes nothing): the ``--workers``
    launcher checks every ``--callback`` this way before it starts a worker."""
    module_name, sep, attr = spec.rpartition(":")
    if not sep or not module_name or not attr:
        raise SweepError(f"--callback {spec!r} is not MODULE:ATTR; write e.g. --callback trackers:mlflow_callback")
    try:
        module = _import(module_name)
    except Exception as exc:  # the user's module failed to import: say which and why
        hint = ""
        if isinstance(exc, ModuleNotFoundError) and exc.name != module_name:  # one of its imports
            hint = f"; install {exc.name!r} (trackers: pip install 'textclf-tune[trackers]')"
        raise SweepError(
            f"--callback {spec!r}: cannot import {module_name!r}: {type(exc).__name__}: {exc}{hint}"
        ) from exc
    obj = getattr(module, attr, None)
    if obj is None:
        raise SweepError(f"--callback {spec!r}: {module_name!r} has no attribute {attr!r}")
    return obj


def _import(name: str) -> Any:
    path = Path(name)
    if path.suffix == ".py":
        if not path.is_file():
            raise FileNotFoundError(f"no file {name}")
        spec = importlib.util.spec_from_file_location(f"_textclf_callback_{path.stem}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    if "" not in sys.path and str(Path.cwd()) not in sys.path:
        sys.path.insert(0, str(Path.cwd()))  # `tune` (a console script) does not search the current folder
    return importlib.import_module(name)


def _takes_no_arguments(obj: Any) -> bool:
    if not inspect.isfunction(obj):
        return False
    return not any(p.default is p.empty for p in inspect.signature(obj).parameters.values())
