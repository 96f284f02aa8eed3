"""Open a finished study for retraining its configurations (``tune confirm``, ``tune export``):
its sweep file (fingerprint checked), the same data and the same trainer."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import optuna

from textclf_tune.errors import StudyError, SweepError
from textclf_tune.space.fingerprint import differences, fingerprint, read_fingerprint, require_same_data, same_as_legacy
from textclf_tune.space.sweep import Sweep, load_sweep
from textclf_tune.store.records import S
from textclf_tune.store.storage import DEFAULT_STORAGE, load_existing_study, open_storage


@dataclass
class Retraining:
    """A study opened for retraining: its sweep (fingerprint checked), data and trainer."""

    study: optuna.Study
    sweep: Sweep
    quick: bool
    dataset: Any
    trainer: Any  # textclf_tune.engine.training.Trainer


def config_hash(config: dict[str, Any]) -> str:
    """A short, stable hash of a configuration's values."""
    return hashlib.sha256(json.dumps(config, sort_keys=True, default=repr).encode()).hexdigest()[:12]


def check_fingerprint(
    study: optuna.Study,
    sweep: Sweep,
    quick: bool,
    space: dict[str, Any] | None,
    storage: optuna.storages.BaseStorage | None = None,
) -> None:
    """Refuse (StudyError naming each change) when the sweep no longer matches the study.

    With ``space=None`` only the settings are compared (cheap, before any data is loaded)."""
    old = read_fingerprint(study, storage)
    if not old:
        return  # a study made by other means; nothing to compare against
    new = fingerprint(space if space is not None else {}, sweep.settings(quick))
    if space is None:
        old = {**old, "space": {}}
        changes = differences(old, new)
    elif old.get("hash") == new["hash"] or same_as_legacy(old, new):
        return
    else:
        changes = differences(old, new) or ["(settings differ)"]
    if changes:
        raise StudyError(
            f"sweep file {str(sweep.path)!r} no longer matches study {study.study_name!r}, so its configurations "
            "are not the ones the study measured:\n  - "
            + "\n  - ".join(changes)
            + f"\nRemedy: restore {sweep.path} as it was when the study ran (or pass --sweep with that copy)."
        )


def recorded_sweep_file(study: optuna.Study) -> Path | None:
    """The sweep file ``study`` ran, found from the working folder or, for a relative path, from
    the folder the study was created in (``run_folder``); None when neither holds it."""
    recorded = study.user_attrs.get(S.SWEEP_FILE)
    if not recorded:
        return None
    path = Path(str(recorded))
    if path.is_file():
        return path
    folder = study.user_attrs.get(S.RUN_FOLDER)
    if folder and not path.is_absolute() and (Path(str(folder)) / path).is_file():
        return Path(str(folder)) / path
    return None


def recorded_sweep(study: optuna.Study, sweep_path: str | None, why: str) -> Sweep:
    """The sweep file ``study`` ran (``sweep_path`` overrides the recorded one); a clear error, with
    ``why`` it is needed, when none is recorded or the file is gone."""
    if sweep_path:
        if not Path(sweep_path).is_file():
            raise SweepError(f"--sweep {sweep_path!r} does not exist; pass the path of the sweep file the study ran")
        return load_sweep(sweep_path)
    recorded = study.user_attrs.get(S.SWEEP_FILE)
    if not recorded:
        raise StudyError(
            f"study {study.study_name!r} records no sweep file (user attr {S.SWEEP_FILE!r}), so {why}; "
            "pass --sweep PATH with the sweep file it ran"
        )
    found = recorded_sweep_file(study)
    if found is None:
        folder = study.user_attrs.get(S.RUN_FOLDER)
        where = f"{folder}, where the study was created" if folder else "the folder the study ran in"
        raise SweepError(
            f"the sweep file {str(recorded)!r} of study {study.study_name!r} does not exist (a relative path is "
            f"relative to {where}); run from that folder or pass --sweep PATH"
        )
    return load_sweep(found)


def open_for_retraining(
    study_name: str, storage: str = DEFAULT_STORAGE, data_dir: str | None = None, sweep_path: str | None = None
) -> Retraining:
    """Load the study, its sweep file (fingerprint checked), the same data and the same trainer."""
    from textclf_tune.engine.runtime import freeze_heap
    from textclf_tune.engine.setup import load_data, make_trainer, probe_space  # Keras only when training

    study = load_existing_study(study_name, storage)
    sweep = recorded_sweep(study, sweep_path, "its configurations cannot be rebuilt")
    quick = bool(study.user_attrs.get(S.QUICK, False))
    st = open_storage(storage, heartbeat=False)
    check_fingerprint(study, sweep, quick, None, st)
    dataset = load_data(sweep, quick, data_dir)
    require_same_data(
        study.user_attrs.get(S.DATA) or {},
        getattr(dataset, "meta", {}),
        f"study {study_name!r} was trained on other data than {sweep.path} loads now, so retraining "
        "its configurations would not reproduce them",
    )
    trainer = make_trainer(sweep, dataset, quick)
    check_fingerprint(study, sweep, quick, probe_space(sweep, trainer), st)
    freeze_heap()  # each run's clear_session and model save then collect only what runs create
    return Retraining(study, sweep, quick, dataset, trainer)
