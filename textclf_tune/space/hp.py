"""KerasTuner's ``hp`` interface in front, Optuna's sampling behind.

A sweep's ``build(hp)`` calls ``hp.Int``, ``hp.Float``, ``hp.Choice``, ``hp.Boolean`` and
``hp.Fixed`` with the signatures of :class:`keras_tuner.HyperParameters`, so an existing
KerasTuner hypermodel runs unchanged. Each call becomes one Optuna suggestion:

=====================================  ===============================================
KerasTuner call                        Optuna distribution
=====================================  ===============================================
``Int(lo, hi, step=s)``                ``IntDistribution(lo, hi', step=s)`` (hi' = last
                                       value on the grid, as KerasTuner enumerates it)
``Int(lo, hi, sampling="log")``        ``IntDistribution(lo, hi, log=True)``
``Int/Float(..., sampling="log",       ``CategoricalDistribution`` of lo, lo*s, lo*s², …
step=s)``                              (KerasTuner multiplies by ``step`` in log mode)
``Float(lo, hi)`` / ``step=s``         ``FloatDistribution(lo, hi)`` / ``step=s``
``Float(lo, hi, sampling="log")``      ``FloatDistribution(lo, hi, log=True)``
``Choice(values)``                     ``CategoricalDistribution(values)``
``Boolean()``                          ``CategoricalDistribution([False, True])``
``Fixed(value)``                       no distribution; the value is recorded
=====================================  ===============================================

The same object, built with fixed ``values`` instead of a trial, replays a known configuration
(the reference config, a confirmation run) and checks that every value lies in its range.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator, Sequence
from typing import Any

import optuna
from optuna.distributions import (
    BaseDistribution,
    CategoricalDistribution,
    FloatDistribution,
    IntDistribution,
)

from textclf_tune.errors import SweepError

_SAMPLINGS = ("linear", "log", "reverse_log")


class HyperParameters:
    """KerasTuner-compatible hyperparameter container backed by an Optuna trial or fixed values.

    Args:
        trial: the Optuna trial that samples each value; ``None`` with ``values`` to replay.
        values: fixed values to replay (every hyperparameter ``build`` asks for must be given).
        where: a label for error messages, such as the sweep file's path.
    """

    def __init__(
        self,
        trial: optuna.Trial | None = None,
        values: dict[str, Any] | None = None,
        where: str = "build(hp)",
    ) -> None:
        if (trial is None) == (values is None):
            raise ValueError("HyperParameters needs exactly one of trial= or values=")
        self._trial = trial
        self._fixed_values = dict(values) if values is not None else None
        self._where = where
        self.values: dict[str, Any] = {}
        self.space: dict[str, dict[str, Any]] = {}
        self.distributions: dict[str, BaseDistribution] = {}
        self._scopes: list[tuple[str, tuple[Any, ...]]] = []

    # ------------------------------------------------------------------ KerasTuner API
    def Int(  # noqa: N802 - KerasTuner's name
        self,
        name: str,
        min_value: int,
        max_value: int,
        step: int | None = None,
        sampling: str = "linear",
        default: int | None = None,
        parent_name: str | None = None,
        parent_values: Any = None,
    ) -> int | None:
        self._check_range(name, "Int", min_value, max_value, step, sampling)
        for label, v in (("min_value", min_value), ("max_value", max_value), ("step", step)):
            if v is not None and (isinstance(v, bool) or int(v) != v):
                raise SweepError(
                    f"{self._where}: hp.Int({name!r}) takes whole numbers, but got {label}={v!r}; "
                    "use hp.Float for fractional values"
                )
        lo, hi = int(min_value), int(max_value)
        spec: dict[str, Any] = {"type": "Int", "min": lo, "max": hi, "step": step, "sampling": sampling}
        return self._register(name, spec, distribution_for(spec), parent_name, parent_values, default)  # type: ignore[arg-type]

    def Float(  # noqa: N802
        self,
        name: str,
        min_value: float,
        max_value: float,
        step: float | None = None,
        sampling: str = "linear",
        default: float | None = None,
        parent_name: str | None = None,
        parent_values: Any = None,
    ) -> float | None:
        self._check_range(name, "Float", min_value, max_value, step, sampling)
        lo, hi = float(min_value), float(max_value)
        spec: dict[str, Any] = {"type": "Float", "min": lo, "max": hi, "step": step, "sampling": sampling}
        return self._register(name, spec, distribution_for(spec), parent_name, parent_values, default)  # type: ignore[arg-type]

    def Choice(  # noqa: N802
        self,
        name: str,
        values: Sequence[Any],
        ordered: bool | None = None,
        default: Any = None,
        parent_name: str | None = None,
        parent_values: Any = None,
    ) -> Any:
        values = list(values)
        if not values:
            raise SweepError(
                f"{self._where}: hp.Choice({name!r}) needs at least one value, but got values=[]; "
                "list the options, e.g. hp.Choice('units', [32, 64])"
            )
        if len(set(map(repr, values))) != len(values):
            raise SweepError(f"{self._where}: hp.Choice({name!r}) values must be distinct, but got {values!r}")
        for v in values:
            if not isinstance(v, (bool, int, float, str)) and v is not None:
                raise SweepError(
                    f"{self._where}: hp.Choice({name!r}) values must be int, float, str or bool, "
                    f"but got {v!r} ({type(v).__name__}); choose by name and map it in build()"
                )
        spec = {"type": "Choice", "values": values}
        return self._register(name, spec, distribution_for(spec), parent_name, parent_values, default)  # type: ignore[arg-type]

    def Boolean(  # noqa: N802
        self,
        name: str,
        default: bool | None = None,
        parent_name: str | None = None,
        parent_values: Any = None,
    ) -> bool | None:
        spec = {"type": "Boolean"}
        return self._register(name, spec, distribution_for(spec), parent_name, parent_values, default)  # type: ignore[arg-type]

    def Fixed(  # noqa: N802
        self,
        name: str,
        value: Any,
        parent_name: str | None = None,
        parent_values: Any = None,
    ) -> Any:
        self._check_name(name)
        if not self._active(parent_name, parent_values):
            return None
        self.space[name] = {"type": "Fixed", "value": value}
        self.values[name] = value
        return value

    def get(self, name: str) -> Any:
        """The value of an already defined hyperparameter (KerasTuner's ``hp.get``)."""
        if name not in self.values:
            raise KeyError(f"hyperparameter {name!r} is not defined yet; defined: {sorted(self.values)}")
        return self.values[name]

    def __getitem__(self, name: str) -> Any:
        return self.get(name)

    def __contains__(self, name: str) -> bool:
        return name in self.values

    @contextlib.contextmanager
    def conditional_scope(self, parent_name: str, parent_values: Any) -> Iterator[None]:
        """Hyperparameters defined inside are active only when ``parent_name`` is in ``parent_values``."""
        self._scopes.append((parent_name, _as_tuple(parent_values)))
        try:
            yield
        finally:
            self._scopes.pop()

    @contextlib.contextmanager
    def name_scope(self, name: str) -> Iterator[None]:
        """Accepted for KerasTuner compatibility; names are used as given."""
        yield

    # ------------------------------------------------------------------ internals
    def _register(
        self,
        name: str,
        spec: dict[str, Any],
        dist: BaseDistribution,
        parent_name: str | None,
        parent_values: Any,
        default: Any,
    ) -> Any:
        self._check_name(name)
        if default is not None:
            # Recorded only when given, so that a sweep without defaults keeps its fingerprint. A
            # warm start reads it as the value that trials of a study without this hyperparameter used.
            if not _contains(dist, default):
                raise SweepError(
                    f"{self._where}: hyperparameter {name!r} has default={default!r}, which is not one of its "
                    f"values {_describe(spec)}; pick a default inside the range"
                )
            spec = {**spec, "default": default}
        if name in self.space:
            if self.space[name] != spec:
                raise SweepError(
                    f"{self._where}: hyperparameter {name!r} is defined twice with different ranges: "
                    f"{_describe(self.space[name])} and {_describe(spec)}; give each its own name"
                )
            return self.values.get(name)
        if not self._active(parent_name, parent_values):
            return None
        self.space[name] = spec
        self.distributions[name] = dist
        if self._trial is not None:
            value = _suggest(self._trial, name, dist)
        else:
            value = self._replay(name, spec, dist)
        if isinstance(dist, IntDistribution):
            value = int(value)
        self.values[name] = value
        return value

    def _replay(self, name: str, spec: dict[str, Any], dist: BaseDistribution) -> Any:
        assert self._fixed_values is not None
        if name not in self._fixed_values:
            raise SweepError(
                f"{self._where}: the configuration gives no value for hyperparameter {name!r} "
                f"({_describe(spec)}); add {name!r} to it (given: {sorted(self._fixed_values)})"
            )
        value = self._fixed_values[name]
        if not _contains(dist, value):
            raise SweepError(
                f"{self._where}: {name}={value!r} lies outside its search space {_describe(spec)}; "
                "widen the space so that the configuration is one of its points"
            )
        return value

    def _active(self, parent_name: str | None, parent_values: Any) -> bool:
        conditions = list(self._scopes)
        if parent_name is not None:
            conditions.append((parent_name, _as_tuple(parent_values)))
        for pname, pvalues in conditions:
            if pname not in self.values:
                raise SweepError(
                    f"{self._where}: condition on {pname!r}, which is not defined before it; "
                    "define the parent hyperparameter first"
                )
            if self.values[pname] not in pvalues:
                return False
        return True

    def _check_name(self, name: str) -> None:
        if not isinstance(name, str) or not name:
            raise SweepError(f"{self._where}: a hyperparameter name must be a non-empty string, but got {name!r}")
        if name in self.space and self.space[name].get("type") == "Fixed":
            raise SweepError(f"{self._where}: hyperparameter {name!r} is already fixed; give it one definition")

    def _check_range(self, name: str, kind: str, lo: float, hi: float, step: float | None, sampling: str) -> None:
        call = f"{self._where}: hp.{kind}({name!r}, ...)"
        if sampling not in _SAMPLINGS:
            raise SweepError(f"{call}: sampling must be one of {_SAMPLINGS}, but got {sampling!r}")
        if not lo <= hi:
            raise SweepError(
                f"{call}: min_value <= max_value must hold, but got min_value={lo}, max_value={hi}; swap them"
            )
        if step is not None and not step > 0:
            raise SweepError(f"{call}: step must be > 0, but got step={step}; omit it for a continuous range")
        if sampling != "linear" and lo <= 0:
            raise SweepError(
                f"{call}: log sampling needs min_value > 0, but got min_value={lo}; "
                "use sampling='linear' or a positive lower bound"
            )
        if sampling != "linear" and step is not None and step <= 1 and step != int(step):
            raise SweepError(f"{call}: in log sampling step is a factor and must be > 1, but got step={step}")


def distribution_for(spec: dict[str, Any]) -> BaseDistribution | None:
    """The Optuna distribution of a space entry (as stored in ``hp.space``); ``None`` for Fixed."""
    kind = spec["type"]
    if kind == "Choice":
        return CategoricalDistribution(spec["values"])
    if kind == "Boolean":
        return CategoricalDistribution([False, True])
    if kind not in ("Int", "Float"):
        return None
    lo, hi, step, sampling = spec["min"], spec["max"], spec.get("step"), spec.get("sampling", "linear")
    if kind == "Int":
        if sampling != "linear" and step is not None and step > 1:
            return CategoricalDistribution(_geometric(lo, hi, step, as_int=True))
        if sampling != "linear":
            return IntDistribution(lo, hi, log=True)
        s = int(step or 1)
        return IntDistribution(lo, lo + (hi - lo) // s * s, step=s)
    if sampling != "linear" and step is not None:
        return CategoricalDistribution(_geometric(lo, hi, step, as_int=False))
    if sampling != "linear":
        return FloatDistribution(lo, hi, log=True)
    if step is not None:
        n = math.floor((hi - lo) / step + 1e-9)
        return FloatDistribution(lo, round(lo + n * step, 12), step=step)  # 7 * 0.1 is 0.7000000000000001
    return FloatDistribution(lo, hi)


def contains(spec: dict[str, Any], value: Any) -> bool:
    """Whether ``value`` is a point of the space entry ``spec``."""
    dist = distribution_for(spec)
    if dist is None:
        return value == spec.get("value")
    return _contains(dist, value)


def _suggest(trial: optuna.Trial, name: str, dist: BaseDistribution) -> Any:
    if isinstance(dist, IntDistribution):
        return trial.suggest_int(name, dist.low, dist.high, step=dist.step, log=dist.log)
    if isinstance(dist, FloatDistribution):
        return trial.suggest_float(name, dist.low, dist.high, step=dist.step, log=dist.log)
    assert isinstance(dist, CategoricalDistribution)
    return trial.suggest_categorical(name, list(dist.choices))


def _as_tuple(values: Any) -> tuple[Any, ...]:
    return tuple(values) if isinstance(values, (list, tuple, set)) else (values,)


def _geometric(lo: float, hi: float, factor: float, as_int: bool) -> list[Any]:
    """KerasTuner's log-mode grid: lo, lo*factor, lo*factor**2, ... up to hi."""
    out: list[Any] = []
    v = lo
    while v <= hi * (1 + 1e-9):
        out.append(int(round(v)) if as_int else float(v))
        v *= factor
    return out


def _contains(dist: BaseDistribution, value: Any) -> bool:
    if isinstance(dist, CategoricalDistribution):
        # True == 1 in Python; a Boolean space must not accept 1, nor a Choice of ints accept True.
        return any(value == c and isinstance(value, bool) == isinstance(c, bool) for c in dist.choices)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    if isinstance(dist, IntDistribution) and int(value) != value:
        return False
    low, high = dist.low, dist.high  # type: ignore[attr-defined]
    if not low - 1e-12 <= value <= high + 1e-12:
        return False
    step = getattr(dist, "step", None)
    if step:
        k = (value - low) / step
        return abs(k - round(k)) < 1e-6
    return True


def _describe(spec: dict[str, Any]) -> str:
    kind = spec["type"]
    if kind in ("Int", "Float"):
        extra = f", step={spec['step']}" if spec.get("step") else ""
        extra += f", sampling={spec['sampling']!r}" if spec.get("sampling", "linear") != "linear" else ""
        return f"{kind}({spec['min']}..{spec['max']}{extra})"
    if kind == "Choice":
        return f"Choice({spec['values']!r})"
    if kind == "Fixed":
        return f"Fixed({spec['value']!r})"
    return kind


describe_space_entry = _describe
