"""What a run needs before its study opens: the data (subsampled for the quick preset), the trainer,
and the search space, walked by building the reference config once."""

from __future__ import annotations

from typing import Any

import optuna

from textclf_tune.errors import SweepError
from textclf_tune.space.hp import HyperParameters
from textclf_tune.space.sweep import Sweep


def study_name_for(sweep: Sweep, quick: bool) -> str:
    return sweep.name + ("-quick" if quick else "")


def load_data(sweep: Sweep, quick: bool, data_dir: str | None = None) -> Any:
    """The sweep's dataset, subsampled for the quick preset."""
    from textclf_tune.data import load_dataset
    from textclf_tune.data.owntexts import resolve_paths

    options = dict(sweep.data.options)
    resolve_paths(options, sweep.path.resolve().parent)  # a data file beside the sweep file
    if data_dir is not None:
        options["data_dir"] = data_dir
    dataset = load_dataset(sweep.data.name, **options)
    if quick:
        q = sweep.quick
        d = dataset  # a split smaller than the preset's count is used whole
        n_train, n_val, n_test = (min(q.n_train, len(d.train)), min(q.n_val, len(d.val)), min(q.n_test, len(d.test)))
        dataset = dataset.subsample(n_train, n_val, n_test, seed=sweep.training.seed)
    return dataset


def make_trainer(sweep: Sweep, dataset: Any, quick: bool) -> Any:
    from textclf_tune.engine.training import Trainer  # imports Keras

    if quick:
        return Trainer(sweep, dataset, epochs=sweep.quick.epochs, max_maxlen=sweep.quick.max_maxlen)
    return Trainer(sweep, dataset)


def probe_space(sweep: Sweep, trainer: Any) -> dict[str, dict[str, Any]]:
    """Build the reference config once (no training): checks it is a point of the space and
    returns the space it walks through. Without a reference config, one random point is built.
    No ``clear_session()`` first: the next trial's build clears this model away anyway."""
    if sweep.reference_config:
        hp = HyperParameters(values=sweep.reference_config, where=f"{sweep.path}: reference_config")
        trainer.build(hp, seed=0, clear=False)
        unused = sorted(set(sweep.reference_config) - set(hp.space))
        if unused:
            raise SweepError(
                f"{sweep.path}: reference_config names {unused}, which build(hp) never defines; "
                f"defined: {sorted(hp.space)}. Fix the names or remove them"
            )
    else:
        trial = optuna.create_study(sampler=optuna.samplers.RandomSampler(seed=0)).ask()
        hp = HyperParameters(trial=trial, where=str(sweep.path))
        trainer.build(hp, seed=0, clear=False)
    return hp.space
