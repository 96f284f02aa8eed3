"""What a run needs before its study opens: the data (subsampled for the quick preset), the trainer,
and the whole search space, walked by building each of its branches once (no training)."""

from __future__ import annotations

import gc
from typing import Any

from optuna.distributions import CategoricalDistribution

from textclf_tune.engine.signals import interrupt_behind
from textclf_tune.errors import SweepError, TuneError
from textclf_tune.space.specs import distribution_for
from textclf_tune.space.sweep import Sweep


def study_name_for(sweep: Sweep, quick: bool) -> str:
    return sweep.name + ("-quick" if quick else "")


def load_data(sweep: Sweep, quick: bool, data_dir: str | None = None) -> Any:
    """The sweep's dataset, subsampled for the quick preset."""
    from textclf_tune.data import load_dataset

    options = dict(sweep.data.options)
    if data_dir is not None:
        options["data_dir"] = data_dir
    dataset = load_dataset(sweep.data.name, **options)
    if quick:
        q = sweep.quick
        dataset = dataset.subsample(q.n_train, q.n_val, q.n_test, seed=sweep.training.seed)
    return dataset


def make_trainer(sweep: Sweep, dataset: Any, quick: bool) -> Any:
    from textclf_tune.engine.training import Trainer  # imports Keras

    if quick:
        return Trainer(sweep, dataset, epochs=sweep.quick.epochs, max_maxlen=sweep.quick.max_maxlen)
    return Trainer(sweep, dataset)


#: The most builds a space walk makes besides the first (each branch value is built once, untrained).
MAX_WALK_BUILDS = 100


def probe_space(sweep: Sweep, trainer: Any) -> dict[str, dict[str, Any]]:
    """The sweep's whole search space, every conditional branch included (no training).

    Builds the reference config once (checking it is a point of the space), or KerasTuner's
    defaults without one; then, as KerasTuner's own space tracking would over many trials, walks
    the branches: each value of every ``Choice`` and ``Boolean`` and both ends of every ``Int``
    (a loop's count) is built once, from the configuration that first defined it, and every
    hyperparameter any build defines is recorded, active or not. A HyperModel's ``fit`` is run
    without training so that what it tunes is recorded too. No ``clear_session()``: the next
    trial's build clears these models away."""
    from textclf_tune.space.hp import MISSING_DEFAULT, HyperParameters  # imports Keras

    if sweep.reference_config:
        hp = HyperParameters(values=sweep.reference_config, where=f"{sweep.path}: reference_config")
    else:
        hp = HyperParameters(values={}, where=str(sweep.path), missing=MISSING_DEFAULT)
    _define(trainer, hp)
    if sweep.reference_config:
        unused = sorted(set(sweep.reference_config) - set(hp.specs))
        if unused:
            raise SweepError(
                f"{sweep.path}: reference_config names {unused}, which build(hp) never defines; "
                f"defined: {sorted(hp.specs)}. Fix the names or remove them"
            )
    specs = dict(hp.specs)
    tried = {(n, repr(v)) for n, v in hp.values.items()}
    queue = [(name, dict(hp.values)) for name in specs]
    builds = 0
    while queue and builds < MAX_WALK_BUILDS:
        name, config = queue.pop(0)
        for value in _branch_values(specs[name]):
            if (name, repr(value)) in tried or builds >= MAX_WALK_BUILDS:
                continue
            walk = HyperParameters(
                values={**config, name: value}, where=f"{sweep.path}: {name}={value!r}", missing=MISSING_DEFAULT
            )
            builds += 1
            try:
                _define(trainer, walk)
            except TuneError:
                raise  # a bad definition in another branch: the sweep is wrong wherever it lies
            except Exception as exc:  # this branch fails to build: its trials will say why
                interrupt = interrupt_behind(exc)  # unless it is a Ctrl-C that Keras turned into its own error
                if interrupt is not None:
                    raise interrupt from exc
            tried |= {(n, repr(v)) for n, v in walk.values.items()}
            for new in walk.specs.keys() - specs.keys():
                specs[new] = walk.specs[new]
                queue.append((new, dict(walk.values)))
    if builds:
        gc.collect()  # the walk's models, now: not in the first trial's clear_session(), where a Ctrl-C can be lost
    return specs


def _define(trainer: Any, hp: Any) -> None:
    model = trainer.build(hp, seed=0, clear=False)
    trainer.define_fit(hp, model)


def _branch_values(spec: dict[str, Any]) -> list[Any]:
    """The values of a space entry that may open another branch of ``build``."""
    kind = spec["type"]
    if kind == "Choice":
        return list(spec["values"])
    if kind == "Boolean":
        return [False, True]
    if kind != "Int":
        return []
    dist = distribution_for(spec)
    if isinstance(dist, CategoricalDistribution):
        return [min(dist.choices), max(dist.choices)]  # type: ignore[type-var]
    return [dist.low, dist.high]  # type: ignore[union-attr]
