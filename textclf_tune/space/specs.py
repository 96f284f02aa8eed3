"""A search space as recorded with a study: one JSON entry per hyperparameter, and its Optuna
distribution. No Keras here: the leaderboard, ``tune enqueue`` and warm starts read these.

An entry holds the arguments the sweep passed to KerasTuner's ``hp`` call, as given (so that an
unchanged sweep keeps the fingerprint its study was created with)::

    {"type": "Int", "min": 30, "max": 200, "step": 10, "sampling": "linear"}
    {"type": "Float", "min": 1e-4, "max": 1e-2, "step": None, "sampling": "log"}
    {"type": "Choice", "values": ["adam", "rmsprop"]}
    {"type": "Boolean"}
    {"type": "Fixed", "value": 3}

plus ``"default"`` when the call gave one and ``"conditions"`` (``[{"parent": name, "values": [...]}]``)
when the hyperparameter is conditional (``conditional_scope`` or ``parent_name``).

=====================================  ===============================================
KerasTuner call                        Optuna distribution
=====================================  ===============================================
``Int(lo, hi, step=s)``                ``IntDistribution(lo, hi', step=s)`` (hi' = last
                                       value on the grid, as KerasTuner enumerates it)
``Int/Float(lo, hi, sampling="log")``  ``Int/FloatDistribution(lo, hi, log=True)``
``Int/Float(..., sampling="log",       ``CategoricalDistribution`` of lo, lo*s, lo*s², …
step=s)``                              (KerasTuner multiplies by ``step`` in log mode)
``..., sampling="reverse_log",         ``CategoricalDistribution`` of hi+lo-lo*s**i
step=s)``                              (KerasTuner's reverse grid)
``..., sampling="reverse_log")``       the mirror ``hi+lo-value`` is sampled log-uniformly
                                       as param ``NAME.mirror`` (see :data:`MIRROR`); the
                                       value itself is recorded in the trial's ``derived``
``Float(lo, hi)`` / ``step=s``         ``FloatDistribution(lo, hi)`` / ``step=s``
``Choice(values)``                     ``CategoricalDistribution(values)``
``Boolean()``                          ``CategoricalDistribution([False, True])``
``Fixed(value)``                       no distribution; the value is recorded
=====================================  ===============================================
"""

from __future__ import annotations

import math
from typing import Any

from optuna.distributions import (
    BaseDistribution,
    CategoricalDistribution,
    FloatDistribution,
    IntDistribution,
)

SAMPLINGS = ("linear", "log", "reverse_log")

#: Suffix of the Optuna param that holds ``max + min - value`` of a continuous reverse-log range.
MIRROR = ".mirror"


def is_mirrored(spec: dict[str, Any]) -> bool:
    """Whether Optuna samples this entry through its mirror param (a continuous reverse-log range)."""
    return spec.get("type") in ("Int", "Float") and spec.get("sampling") == "reverse_log" and not spec.get("step")


def param_name(name: str, spec: dict[str, Any]) -> str:
    """The Optuna param that holds hyperparameter ``name``."""
    return name + MIRROR if is_mirrored(spec) else name


def to_param(spec: dict[str, Any], value: Any) -> Any:
    """The Optuna param value of hyperparameter value ``value`` (its mirror for a reverse-log range)."""
    if not is_mirrored(spec):
        return value
    mirrored = spec["min"] + spec["max"] - value
    return int(mirrored) if spec["type"] == "Int" else float(mirrored)


def to_params(space: dict[str, dict[str, Any]], values: dict[str, Any]) -> dict[str, Any]:
    """Hyperparameter values as Optuna params (what ``study.enqueue_trial`` takes)."""
    return {
        param_name(n, space[n]) if n in space else n: to_param(space[n], v) if n in space else v
        for n, v in values.items()
    }


def with_declared_defaults(space: dict[str, dict[str, Any]], values: dict[str, Any]) -> dict[str, Any]:
    """``values`` with the declared ``default=`` of every hyperparameter they leave out whose
    conditions they meet, as a build from them takes it (a reference config written before a knob
    was added). Parents come before their children in a recorded space, so one pass completes."""
    out = dict(values)
    for name, spec in space.items():
        if name in out or "default" not in spec:
            continue
        if all(c["parent"] in out and out[c["parent"]] in c["values"] for c in spec.get("conditions") or []):
            out[name] = spec["default"]
    return out


def from_params(space: dict[str, dict[str, Any]], params: dict[str, Any]) -> dict[str, Any]:
    """Optuna params read back as hyperparameter values (a mirror param becomes its value)."""
    out: dict[str, Any] = {}
    for key, value in params.items():
        name = key.removesuffix(MIRROR)
        if key.endswith(MIRROR) and name in space and is_mirrored(space[name]):
            out[name] = to_param(space[name], value)  # the mirror is its own inverse
        else:
            out[key] = value
    return out


def distribution_for(spec: dict[str, Any]) -> BaseDistribution | None:
    """The Optuna distribution of a space entry (of its mirror param when mirrored); ``None`` for Fixed."""
    kind = spec["type"]
    if kind == "Choice":
        return CategoricalDistribution(spec["values"])
    if kind == "Boolean":
        return CategoricalDistribution([False, True])
    if kind not in ("Int", "Float"):
        return None
    lo, hi, step, sampling = spec["min"], spec["max"], spec.get("step"), spec.get("sampling", "linear")
    as_int = kind == "Int"
    if sampling == "reverse_log" and step:
        return CategoricalDistribution(_reverse_geometric(lo, hi, step, as_int))
    if sampling != "linear" and step is not None and (not as_int or step > 1):
        return CategoricalDistribution(_geometric(lo, hi, step, as_int))
    if sampling != "linear":  # log, or the mirror of a reverse-log range
        return IntDistribution(lo, hi, log=True) if as_int else FloatDistribution(lo, hi, log=True)
    if as_int:
        s = int(step or 1)
        return IntDistribution(lo, lo + (hi - lo) // s * s, step=s)
    if step is not None:
        n = math.floor((hi - lo) / step + 1e-9)
        return FloatDistribution(lo, round(lo + n * step, 12), step=step)  # 7 * 0.1 is 0.7000000000000001
    return FloatDistribution(lo, hi)


def contains(spec: dict[str, Any], value: Any) -> bool:
    """Whether ``value`` is a point of the space entry ``spec``."""
    dist = distribution_for(spec)
    if dist is None:
        return bool(value == spec.get("value"))
    return contains_value(dist, value)


def contains_value(dist: BaseDistribution, value: Any) -> bool:
    """Whether ``value`` is a point of ``dist`` (True is not 1 here, nor 1 True)."""
    if isinstance(dist, CategoricalDistribution):
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


def why_not_contained(spec: dict[str, Any], value: Any) -> str:
    """Why ``value`` is not a point of ``spec`` (see :func:`contains`), and the remedy, as one clause."""
    kind = spec["type"]
    if kind in ("Int", "Float"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return f"is a {type(value).__name__}, not a number; give a number of {describe(spec)}"
        if kind == "Int" and int(value) != value:
            return f"is not a whole number; {describe(spec)} takes integers"
        low, high, step = spec["min"], spec["max"], spec.get("step")
        if low - 1e-12 <= value <= high + 1e-12 and step:
            dist = distribution_for(spec)
            if isinstance(dist, CategoricalDistribution):  # log sampling: the step multiplies
                grid = sorted(float(v) for v in dist.choices if isinstance(v, (int, float)))
                near = [max(v for v in grid if v <= value), min(v for v in grid if v >= value)]
                points = ", ".join(f"{v:.10g}" for v in grid[:6]) + (", ..." if len(grid) > 6 else "")
            else:
                below = low + step * int((value - low) // step)
                near = [v for v in (below, below + step) if low <= v <= high]
                points = f"{low:.10g}, {low + step:.10g}, ..."
            shown = [f"{v:.10g}" for v in near]
            return (
                f"lies inside {describe(spec)} but off its step grid ({points}); "
                f"give a point of the grid ({' or '.join(shown)} is nearest) or change the step"
            )
        return f"lies outside {describe(spec)}; widen the space so that the configuration is one of its points"
    if kind in ("Choice", "Boolean"):
        values = spec.get("values", [False, True])
        return f"is not one of the values {values!r}; give one of them, or add it to the {kind}"
    return f"is not its value ({describe(spec)}); give that value"


def describe(spec: dict[str, Any]) -> str:
    """A space entry as one short phrase, e.g. ``Int(30..200, step=10)``."""
    kind = spec["type"]
    if kind in ("Int", "Float"):
        extra = f", step={spec['step']}" if spec.get("step") else ""
        extra += f", sampling={spec['sampling']!r}" if spec.get("sampling", "linear") != "linear" else ""
        text = f"{kind}({spec['min']}..{spec['max']}{extra})"
    elif kind == "Choice":
        text = f"Choice({spec['values']!r})"
    elif kind == "Fixed":
        text = f"Fixed({spec['value']!r})"
    else:
        text = kind
    for cond in spec.get("conditions") or []:
        text += f" when {cond['parent']} in {cond['values']!r}"
    return text


def _geometric(lo: float, hi: float, factor: float, as_int: bool) -> list[Any]:
    """KerasTuner's log-mode grid: lo, lo*factor, lo*factor**2, ... up to hi."""
    out: list[Any] = []
    v = lo
    while v <= hi * (1 + 1e-9):
        out.append(int(round(v)) if as_int else float(v))
        v *= factor
    return out


def _reverse_geometric(lo: float, hi: float, factor: float, as_int: bool) -> list[Any]:
    """KerasTuner's reverse-log grid: hi + lo - lo*factor**i, from hi down."""
    return [(int(round(hi + lo - v)) if as_int else float(hi + lo - v)) for v in _geometric(lo, hi, factor, False)]
