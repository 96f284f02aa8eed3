"""What a run needs before its study opens: the data (subsampled for the quick preset), the trainer,
and the search space, walked by building the reference config once."""

from __future__ import annotations

import time
import traceback
from pathlib import Path
from typing import Any

import optuna

from textclf_tune.engine.progress import Reporter
from textclf_tune.errors import SweepError, TuneError
from textclf_tune.space.hp import HyperParameters
from textclf_tune.space.sweep import Sweep


def study_name_for(sweep: Sweep, quick: bool) -> str:
    return sweep.name + ("-quick" if quick else "")


#: Seconds to read and encode a dataset on a cache miss, on an idle 2-core x86_64 CPU (IMDB: 7 s;
#: 20 Newsgroups took 0.42x IMDB's time when both were encoded on the same loaded machine).
ENCODE_SECONDS = {"imdb": 7.0, "newsgroups": 3.0}


def load_data(sweep: Sweep, quick: bool, data_dir: str | None = None, reporter: Reporter | None = None) -> Any:
    """The sweep's dataset, subsampled for the quick preset. ``reporter`` hears of a cache miss
    before the encoding starts, and of the load's time and sizes at the end."""
    from textclf_tune.data import cache, load_dataset

    reporter = reporter or Reporter()
    name = sweep.data.name
    options = dict(sweep.data.options)
    if data_dir is not None:
        options["data_dir"] = data_dir
    t0 = time.perf_counter()
    with cache.on_miss(lambda n: reporter.data_loading(n, ENCODE_SECONDS.get(n))):
        dataset = load_dataset(name, **options)
    if quick:
        q = sweep.quick
        dataset = dataset.subsample(q.n_train, q.n_val, q.n_test, seed=sweep.training.seed)
    hit = bool(getattr(dataset, "meta", {}).get("cache", {}).get("hit"))
    sizes = {split: len(part.y) for split, part in dataset.splits().items()}
    reporter.data_loaded(name, time.perf_counter() - t0, hit, sizes)
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
        _checked_build(sweep, trainer, hp, "the reference config")
        unused = sorted(set(sweep.reference_config) - set(hp.space))
        if unused:
            raise SweepError(
                f"{sweep.path}: reference_config names {unused}, which build(hp) never defines; "
                f"defined: {sorted(hp.space)}. Fix the names or remove them"
            )
    else:
        trial = optuna.create_study(sampler=optuna.samplers.RandomSampler(seed=0)).ask()
        hp = HyperParameters(trial=trial, where=str(sweep.path))
        _checked_build(sweep, trainer, hp, "one random point of the space")
    return hp.space


def _checked_build(sweep: Sweep, trainer: Any, hp: Any, what: str) -> None:
    """``trainer.build(hp)`` once; an exception from the user's ``build`` becomes one SweepError
    naming the sweep file, the line in it, the exception and the remedy."""
    try:
        trainer.build(hp, seed=0, clear=False)
    except TuneError:
        raise
    except Exception as exc:
        here = Path(sweep.path).resolve()
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if Path(f.filename).resolve() == here]
        line = f", line {frames[-1].lineno}" if frames else ""
        first = (str(exc).strip().splitlines() or [""])[0][:300]
        remedy = "fix build(hp) (or reference_config) and run again"
        if isinstance(exc, AttributeError) and type(hp).__name__ in first:
            methods = [m for m in ("Int", "Float", "Choice", "Boolean", "Fixed") if hasattr(hp, m)]
            remedy = f"hp has no such method; use one of hp.{', hp.'.join(methods)}"
        raise SweepError(
            f"{sweep.path}{line}: build(hp) raised {type(exc).__name__}: {first} (while building {what} "
            f"to check the space, before any trial). Remedy: {remedy}"
        ) from exc
