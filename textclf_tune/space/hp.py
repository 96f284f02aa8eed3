"""KerasTuner's own ``HyperParameters`` in front, an Optuna trial behind.

:class:`HyperParameters` *is* a :class:`keras_tuner.HyperParameters`: ``name_scope``,
``conditional_scope``, ``parent_name``/``parent_values``, ``Fixed``, ``get``, ``in``, defaults and
the sampling names (``"LOG"`` as ``"log"``) are KerasTuner's code. Only where KerasTuner would take a
value it has not got yet (its default) does this class ask the Optuna trial instead
(``trial.suggest_*``, distributions in :mod:`textclf_tune.space.specs`), or, built with ``values=``,
replay a known configuration (the reference config, a confirmation run) and check that each value
lies in its range. Every definition, active or not, is recorded in :attr:`HyperParameters.specs`.

Importing this module imports KerasTuner, and so Keras and its backend: import it only where a
model is built (``textclf_tune.HyperParameters`` is loaded on first use).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import keras_tuner
import optuna
from optuna.distributions import CategoricalDistribution, FloatDistribution, IntDistribution

from textclf_tune.errors import SweepError
from textclf_tune.space.specs import (
    MIRROR,
    SAMPLINGS,
    contains,
    describe,
    distribution_for,
    is_mirrored,
    param_name,
    to_param,
    why_not_contained,
)

#: How a replayed configuration treats a hyperparameter it gives no value for.
MISSING_ERROR, MISSING_DEFAULT = "error", "default"


class HyperParameters(keras_tuner.HyperParameters):
    """KerasTuner's ``HyperParameters`` whose values come from an Optuna trial or a fixed configuration.

    Args:
        trial: the Optuna trial that samples each value; ``None`` with ``values`` to replay.
        values: fixed values to replay.
        where: a label for error messages, such as the sweep file's path.
        missing: with ``values``, what a hyperparameter they leave out gets: ``"error"`` (its
            ``default=`` when ``build(hp)`` declares one, else a :class:`SweepError` naming it) or
            ``"default"`` (KerasTuner's default, declared or not, used to walk a space).
        known: entries other builds defined (a space walk's): a value carried from one of them that
            lies outside this build's range of the same name is refused as one name with two ranges.
    """

    def __init__(
        self,
        trial: optuna.Trial | None = None,
        values: dict[str, Any] | None = None,
        where: str = "build(hp)",
        missing: str = MISSING_ERROR,
        known: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        super().__init__()
        if (trial is None) == (values is None):
            raise ValueError("HyperParameters needs exactly one of trial= or values=")
        self._trial = trial
        self._given = dict(values) if values is not None else None
        self._where = where
        self._missing = missing
        self._known = dict(known or {})
        self._scope_names: list[str] = []
        self._chosen: set[str] = set()
        #: Every hyperparameter defined, active or not: its recorded entry (see :mod:`~textclf_tune.space.specs`).
        self.specs: dict[str, dict[str, Any]] = {}
        #: Values of continuous reverse-log hyperparameters, which Optuna holds as their mirror.
        self.derived: dict[str, Any] = {}

    @property
    def trial(self) -> optuna.Trial | None:
        """The Optuna trial this build samples for; ``None`` when replaying or walking the space."""
        return self._trial

    @property
    def given(self) -> dict[str, Any] | None:
        """The configuration this object replays (``values=``); ``None`` for a trial."""
        return None if self._given is None else dict(self._given)

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
    ) -> Any:
        sampling = self._check_range(name, "Int", min_value, max_value, step, sampling)
        for label, v in (("min_value", min_value), ("max_value", max_value), ("step", step)):
            if v is not None and (isinstance(v, bool) or int(v) != v):
                raise SweepError(
                    f"{self._where}: hp.Int({name!r}) takes whole numbers, but got {label}={v!r}; "
                    "use hp.Float for fractional values"
                )
        spec = {"type": "Int", "min": int(min_value), "max": int(max_value), "step": step, "sampling": sampling}
        return self._define(
            name,
            spec,
            default,
            lambda: super(HyperParameters, self).Int(
                name, min_value, max_value, step, sampling, default, parent_name, parent_values
            ),
        )

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
    ) -> Any:
        sampling = self._check_range(name, "Float", min_value, max_value, step, sampling)
        spec = {"type": "Float", "min": float(min_value), "max": float(max_value), "step": step, "sampling": sampling}
        return self._define(
            name,
            spec,
            default,
            lambda: super(HyperParameters, self).Float(
                name, min_value, max_value, step, sampling, default, parent_name, parent_values
            ),
        )

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
            if v is not None and not isinstance(v, (bool, int, float, str)):
                raise SweepError(
                    f"{self._where}: hp.Choice({name!r}) values must be int, float, str or bool, "
                    f"but got {v!r} ({type(v).__name__}); choose by name and map it in build()"
                )
        spec = {"type": "Choice", "values": values}
        return self._define(
            name,
            spec,
            default,
            lambda: super(HyperParameters, self).Choice(name, values, ordered, default, parent_name, parent_values),
        )

    def Boolean(  # noqa: N802
        self,
        name: str,
        default: bool | None = None,
        parent_name: str | None = None,
        parent_values: Any = None,
    ) -> Any:
        kt_default = bool(default) if default is not None else False
        return self._define(
            name,
            {"type": "Boolean"},
            default,
            lambda: super(HyperParameters, self).Boolean(name, kt_default, parent_name, parent_values),
        )

    def Fixed(  # noqa: N802
        self,
        name: str,
        value: Any,
        parent_name: str | None = None,
        parent_values: Any = None,
    ) -> Any:
        return self._define(
            name,
            {"type": "Fixed", "value": value},
            None,
            lambda: super(HyperParameters, self).Fixed(name, value, parent_name, parent_values),
        )

    @contextlib.contextmanager
    def name_scope(self, name: str) -> Iterator[None]:
        """KerasTuner's: hyperparameters defined inside are named ``name/...``."""
        with super().name_scope(name):
            self._scope_names.append(str(name))
            try:
                yield
            finally:
                self._scope_names.pop()

    @contextlib.contextmanager
    def conditional_scope(self, parent_name: str, parent_values: Any) -> Iterator[None]:
        """KerasTuner's: hyperparameters defined inside are active only when ``parent_name`` is in ``parent_values``."""
        if self._full_name(parent_name) not in self.specs:
            raise SweepError(
                f"{self._where}: conditional_scope({parent_name!r}, ...) names a hyperparameter that is not "
                f"defined before it (defined: {sorted(self.specs)}); define the parent first"
            )
        with super().conditional_scope(parent_name, parent_values):
            yield

    # ------------------------------------------------------------------ internals
    @property
    def unordered(self) -> list[str]:
        """Names of the numeric ``Choice`` hyperparameters declared ``ordered=False``: KerasTuner
        reads no order into their values, so a best value at the smallest or largest is no edge."""
        return [
            h.name
            for h in self.space
            if isinstance(h, keras_tuner.engine.hyperparameters.Choice) and not h.ordered and h.name in self.specs
        ]

    def _define(self, name: str, spec: dict[str, Any], default: Any, register: Callable[[], Any]) -> Any:
        if not isinstance(name, str) or not name:
            raise SweepError(f"{self._where}: a hyperparameter name must be a non-empty string, but got {name!r}")
        if name.endswith(MIRROR):
            raise SweepError(
                f"{self._where}: hyperparameter name {name!r} ends in {MIRROR!r}, which textclf-tune keeps for the "
                f"Optuna parameter of a reverse_log range (NAME{MIRROR}); rename it"
            )
        if default is not None:
            # Recorded only when given, so that a sweep without defaults keeps its fingerprint. A
            # warm start reads it as the value that trials of a study without this hyperparameter used.
            if not contains(spec, default):
                raise SweepError(
                    f"{self._where}: hyperparameter {name!r} has default={default!r}, which is not one of its "
                    f"values {describe(spec)}; pick a default inside the range"
                )
            spec = {**spec, "default": default}
        n_before = len(self.space)
        try:
            value = register()
        except (ValueError, TypeError) as exc:  # KerasTuner's own checks (a Choice of mixed types: TypeError)
            raise SweepError(f"{self._where}: hyperparameter {name!r}: {exc}") from exc
        if len(self.space) == n_before:  # KerasTuner already had it (same name, same conditions)
            self._check_same(self._full_name(name), spec)
            return value
        registered = self.space[-1]
        full = registered.name
        conditions = [c.get_config() for c in registered.conditions]
        if conditions:
            spec = {**spec, "conditions": [{"parent": c["name"], "values": list(c["values"])} for c in conditions]}
        if full in self.specs:
            self._check_same(full, spec)
        else:
            self.specs[full] = spec
        if not self.is_active(registered):
            return None
        if full in self._chosen:  # defined before under other conditions: KerasTuner keeps that value
            return self.values[full]
        chosen = self._value(full, spec, value)
        self.values[full] = chosen
        self._chosen.add(full)
        return chosen

    def _value(self, name: str, spec: dict[str, Any], kt_default: Any) -> Any:
        if spec["type"] == "Fixed":
            return spec["value"]
        if self._trial is not None:
            return self._suggest(name, spec)
        assert self._given is not None
        if name not in self._given:
            if self._missing == MISSING_DEFAULT:
                return kt_default
            if "default" in spec:  # declared in build(hp): what a configuration from before it used
                return spec["default"]
            import difflib

            typo = difflib.get_close_matches(name, [str(k) for k in self._given], n=1, cutoff=0.75)
            hint = f"; is {typo[0]!r} a misspelling of it? rename it" if typo else ""
            raise SweepError(
                f"{self._where}: the configuration gives no value for hyperparameter {name!r} "
                f"({describe(spec)}); add {name!r} to it (given: {sorted(self._given)}), or declare "
                f"default= for it in build(hp), which a configuration leaving it out then takes{hint}"
            )
        value = self._given[name]
        if not contains(spec, value):
            if name in self._known:  # the value came from another branch's build, whose range was another
                self._check_same(name, spec, self._known[name], "in two builds")
            raise SweepError(f"{self._where}: {name}={value!r} {why_not_contained(spec, value)}")
        return int(value) if spec["type"] == "Int" else value

    def _suggest(self, name: str, spec: dict[str, Any]) -> Any:
        assert self._trial is not None
        dist = distribution_for(spec)
        key = param_name(name, spec)
        if isinstance(dist, IntDistribution):
            value: Any = self._trial.suggest_int(key, dist.low, dist.high, step=dist.step, log=dist.log)
        elif isinstance(dist, FloatDistribution):
            value = self._trial.suggest_float(key, dist.low, dist.high, step=dist.step, log=dist.log)
        else:
            assert isinstance(dist, CategoricalDistribution)
            value = self._trial.suggest_categorical(key, list(dist.choices))
        if is_mirrored(spec):
            value = to_param(spec, value)  # the mirror of the mirror: the value, reverse-log distributed
            self.derived[name] = value
        return int(value) if spec["type"] == "Int" else value

    def _full_name(self, name: str) -> str:
        return "/".join([*self._scope_names, str(name)])

    def _check_same(
        self, name: str, spec: dict[str, Any], old: dict[str, Any] | None = None, how: str = "twice"
    ) -> None:
        old = old or self.specs.get(name)
        if old is None:
            return
        strip = {"conditions"}
        if {k: v for k, v in old.items() if k not in strip} != {k: v for k, v in spec.items() if k not in strip}:
            raise SweepError(
                f"{self._where}: hyperparameter {name!r} is defined {how} with different ranges: "
                f"{describe(old)} and {describe(spec)}; give each its own name"
            )

    def _check_range(self, name: str, kind: str, lo: float, hi: float, step: float | None, sampling: Any) -> str:
        call = f"{self._where}: hp.{kind}({name!r}, ...)"
        sampling = "linear" if sampling is None else str(sampling).lower()  # KerasTuner lower-cases it
        if sampling not in SAMPLINGS:
            raise SweepError(f"{call}: sampling must be one of {SAMPLINGS}, but got {sampling!r}")
        if not lo <= hi:
            raise SweepError(
                f"{call}: min_value <= max_value must hold, but got min_value={lo}, max_value={hi}; swap them"
            )
        if step is not None and not step > 0:
            raise SweepError(f"{call}: step must be > 0, but got step={step}; omit it for a continuous range")
        if sampling != "linear" and lo <= 0:
            raise SweepError(
                f"{call}: {sampling} sampling needs min_value > 0, but got min_value={lo}; "
                "use sampling='linear' or a positive lower bound"
            )
        if sampling != "linear" and step is not None and step <= 1:
            raise SweepError(f"{call}: in {sampling} sampling step is a factor and must be > 1, but got step={step}")
        return sampling
