"""Keep the model ``tune confirm`` chose, so that ``tune export STUDY --confirmed`` needs no training.

Of the chosen configuration's validation runs (one per seed), the one with the best validation
objective is kept (ties: the first seed) in the study's artifact store
(:func:`textclf_tune.store.artifacts.keep_run_model`: uploaded to the study, never pruned), and
``study.user_attrs[S.CONFIRMED_MODEL]`` records which run it is: the artifact id, the trial whose
configuration it is, the seed, its validation value and the shape it was trained with. A later
confirm that keeps another run replaces the record and removes the older file.

The choice is made on validation only, like everything before the test opening. When the run's
weights are not in memory (its validation run was stored by an earlier, stopped confirm), it is
retrained once with its seed, validation only, and the retrained run's own validation value is
recorded (the export checks the weights against it). Without an artifact folder (a PostgreSQL
storage without ``--artifacts``) nothing is kept.
"""

from __future__ import annotations

import os
from typing import Any

import optuna
from optuna.trial import FrozenTrial

from textclf_tune.engine.confirm_runs import CANDIDATE, Key, run_key, train_run
from textclf_tune.engine.retraining import Retraining, config_hash
from textclf_tune.store import artifacts as arts
from textclf_tune.store.records import S, now_iso, trial_values


def best_seed(runs: dict[Key, dict[str, Any]], cfg: dict[str, Any], seeds: list[int], maximize: bool) -> int:
    """The seed whose validation run of ``cfg`` scored best (ties: the earlier seed)."""
    sign = -1.0 if maximize else 1.0
    return min(seeds, key=lambda s: (sign * float(runs[run_key(cfg, s, None)]["val"]), seeds.index(s)))


def keep_chosen(
    rt: Retraining,
    storage: str,
    artifacts: str | None,
    chosen: FrozenTrial,
    seeds: list[int],
    runs: dict[Key, dict[str, Any]],
    weights_of: dict[Key, Any],
    command: str,
    events: Any,
) -> dict[str, Any] | None:
    """Store the chosen config's best validation run and record it (see the module doc); the
    record, or None when nothing could be kept (no artifact folder, or a trainer without models).
    ``events``: a :class:`~textclf_tune.engine.confirm.ConfirmEvents`, told of a retraining."""
    study = rt.study
    root = arts.artifact_root(storage, artifacts, study)
    if root is None:
        return None
    cfg = trial_values(chosen)
    maximize = study.direction == optuna.study.StudyDirection.MAXIMIZE
    seed = best_seed(runs, cfg, seeds, maximize)
    key = run_key(cfg, seed, None)
    store = arts.open_store(root)
    old = study.user_attrs.get(S.CONFIRMED_MODEL) or {}
    if old.get("config_hash") == key[0] and old.get("seed") == seed and arts.exists(store, str(old.get("artifact_id"))):
        return dict(old)  # kept by an earlier confirm: nothing to train or copy
    run = runs[key]
    retrained = key not in weights_of  # stored by an earlier confirm: its weights are gone
    weights = weights_of.get(key)
    if retrained:
        events.run_start("validation", 1, 1, CANDIDATE, chosen.number, seed)
        run, weights = train_run(rt, CANDIDATE, cfg, seed, chosen.number, test=False)
        events.run_end("validation", run)
    if weights is None:
        return None
    from textclf_tune.space.hp import HyperParameters  # imports Keras

    model = rt.trainer.build(HyperParameters(values=cfg, where=f"{rt.sweep.path}: confirm"), seed)
    model.set_weights(weights)
    optimizer = getattr(model, "optimizer", None)
    if optimizer is not None and not optimizer.built:  # saved as a trained model's is (no reload warning)
        optimizer.build(model.trainable_variables)
    given = artifacts or os.environ.get(arts.ARTIFACTS_ENV)
    if given and study.user_attrs.get(S.ARTIFACT_ROOT) != str(root.resolve()):
        study.set_user_attr(S.ARTIFACT_ROOT, str(root.resolve()))  # so that export finds it again
    artifact_id = arts.keep_run_model(study, storage, model, artifacts)
    record = {
        "artifact_id": artifact_id,
        "trial": chosen.number,
        "config_hash": config_hash(cfg),
        "config": cfg,
        "seed": seed,
        "objective": rt.sweep.objective,
        "val": run["val"],
        "best_epoch": run.get("best_epoch"),
        "epochs_run": run.get("epochs_run"),
        "maxlen": run.get("maxlen"),
        "batch_size": run.get("batch_size"),
        "quick": rt.quick,
        "seeds": seeds,
        "retrained": retrained,
        "command": command,
        "saved": now_iso(),
    }
    study.set_user_attr(S.CONFIRMED_MODEL, record)
    if old.get("artifact_id") and old["artifact_id"] != artifact_id and arts.exists(store, str(old["artifact_id"])):
        store.remove(str(old["artifact_id"]))
    return record
