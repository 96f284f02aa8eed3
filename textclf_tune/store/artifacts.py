"""Keep the trained weights of a study's best trials, in Optuna's artifact store.

When a trial finishes, its best-epoch model (``model.keras``: architecture and weights) is
uploaded with :func:`optuna.artifacts.upload_artifact` if the trial is among the study's top ``K``
complete trials by the objective (``K`` = :data:`DEFAULT_KEEP`); the files of trials that drop
out of the top ``K`` are removed from the store, so disk use stays bounded (``K`` models). Optuna
records each upload in the trial's system attributes; a trial's weights are *available* when that
record exists and the file is still in the store. Confirmation runs (``tune confirm``) upload
their models to the study itself and are never pruned.

Where the files go (:func:`artifact_root`): ``--artifacts DIR``, else ``$TEXTCLF_ARTIFACTS``,
else the root recorded with the study, else beside a SQLite or journal file
(``runs/studies.db`` -> ``runs/studies.artifacts/``). A PostgreSQL or in-memory storage has no
default: pass ``--artifacts DIR`` (a folder all workers share) or no weights are kept.
"""

from __future__ import annotations

import gc
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import optuna
from optuna.artifacts import FileSystemArtifactStore, download_artifact, get_all_artifact_meta, upload_artifact
from optuna.trial import FrozenTrial, TrialState

from textclf_tune.errors import StudyError
from textclf_tune.store.records import S
from textclf_tune.store.storage import journal_file

#: How many of a study's best trials keep their weights.
DEFAULT_KEEP = 3
#: Environment variable naming the artifact folder when ``--artifacts`` is not given.
ARTIFACTS_ENV = "TEXTCLF_ARTIFACTS"
#: The file name a trial's model is uploaded under (Optuna keeps it in the artifact's meta).
MODEL_FILE = "model.keras"


def default_root(storage_url: str) -> Path | None:
    """``<file stem>.artifacts`` beside a SQLite or journal file; None for other storages."""
    if storage_url.startswith("sqlite:///"):
        db = storage_url[len("sqlite:///") :]
        if not db or db == ":memory:":
            return None
        path = Path(db)
    else:
        journal = journal_file(storage_url)
        if journal is None:
            return None
        path = journal
    return path.with_name(path.stem + ".artifacts")


def artifact_root(storage_url: str, explicit: str | None = None, study: optuna.Study | None = None) -> Path | None:
    """Where the study's weights live (see the module docstring for the order)."""
    for candidate in (explicit, os.environ.get(ARTIFACTS_ENV)):
        if candidate:
            return Path(candidate).expanduser()
    recorded = study.user_attrs.get(S.ARTIFACT_ROOT) if study is not None else None
    if recorded:
        return Path(recorded)
    return default_root(storage_url)


def open_store(root: Path) -> FileSystemArtifactStore:
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StudyError(
            f"cannot create the artifact folder {str(root)!r} ({exc}); pass --artifacts DIR with a writable folder"
        ) from exc
    return FileSystemArtifactStore(root)


def _exists(store: FileSystemArtifactStore, artifact_id: str) -> bool:
    try:
        with store.open_reader(artifact_id):
            return True
    except Exception:  # optuna.artifacts.exceptions.ArtifactNotFound, or an unreadable file
        return False


def exists(store: FileSystemArtifactStore, artifact_id: str) -> bool:
    """Whether the file of ``artifact_id`` is (still) in ``store``."""
    return _exists(store, artifact_id)


def model_artifact(
    trial: FrozenTrial, storage: optuna.storages.BaseStorage, store: FileSystemArtifactStore
) -> str | None:
    """The id of ``trial``'s stored model whose file is still in ``store``, or None."""
    for meta in get_all_artifact_meta(trial, storage=storage):
        if meta.filename == MODEL_FILE and _exists(store, meta.artifact_id):
            return meta.artifact_id
    return None


def download_model(store: FileSystemArtifactStore, artifact_id: str, path: Path) -> None:
    """Copy a stored model to ``path`` (replaced if it exists)."""
    if path.exists():
        path.unlink()
    download_artifact(artifact_store=store, file_path=str(path), artifact_id=artifact_id)


def save_model(model: Any, upload: Callable[[str], str]) -> str:
    """Save a Keras model to a temporary ``model.keras``, hand its path to ``upload``, return the id."""
    with tempfile.TemporaryDirectory(prefix="textclf-weights-") as tmp:
        path = Path(tmp) / MODEL_FILE
        model.save(path)
        artifact_id = upload(str(path))
    collect_garbage()
    return artifact_id


def collect_garbage() -> None:
    """Collect what saving left behind now, with Ctrl-C held (see engine.signals.sigint_held)."""
    from textclf_tune.engine.signals import sigint_held

    with sigint_held():
        gc.collect()


@dataclass
class WeightKeeper:
    """Uploads a finishing trial's model when it ranks in the top ``keep``; prunes the rest."""

    store: FileSystemArtifactStore
    storage: optuna.storages.BaseStorage
    study: optuna.Study
    keep: int = DEFAULT_KEEP
    root: Path | None = None

    @classmethod
    def open(
        cls,
        study: optuna.Study,
        storage_url: str,
        storage: optuna.storages.BaseStorage,
        explicit: str | None = None,
        keep: int = DEFAULT_KEEP,
    ) -> WeightKeeper | None:
        """A keeper for ``study``, or None when ``keep`` is 0 or the storage has no artifact folder."""
        if keep < 1:
            return None
        root = artifact_root(storage_url, explicit, study)
        if root is None:
            return None
        given = explicit or os.environ.get(ARTIFACTS_ENV)
        if given and study.user_attrs.get(S.ARTIFACT_ROOT) != str(root.resolve()):
            # Recorded so that export finds a chosen folder again; the default is derived each time.
            study.set_user_attr(S.ARTIFACT_ROOT, str(root.resolve()))
        return cls(open_store(root), storage, study, keep, root)

    def ranks_in_top(self, trial_number: int, value: float, trials: list[FrozenTrial] | None = None) -> set[int] | None:
        """The numbers of the complete trials that stay in the top ``keep`` with this one (itself
        included), or None if it does not rank there. ``trials``: a snapshot (default: read now)."""
        if trials is None:
            trials = self.study.get_trials(deepcopy=False)
        done = [t for t in trials if t.state == TrialState.COMPLETE and t.value is not None]
        maximize = self.study.direction == optuna.study.StudyDirection.MAXIMIZE
        # Ties: the earlier trial ranks first (it was there first; Optuna's best_trial does the same).
        ranked = sorted(
            [(value, trial_number), *((float(t.value), t.number) for t in done if t.number != trial_number)],  # type: ignore[arg-type]
            key=lambda r: (-r[0] if maximize else r[0], r[1]),
        )
        top = {number for _, number in ranked[: self.keep]}
        return top if trial_number in top else None

    def keep_trial(self, trial: optuna.Trial, value: float, model: Any) -> str | None:
        """Store ``model`` for ``trial`` if it ranks in the top ``keep``; returns the artifact id."""
        if self.ranks_in_top(trial.number, value) is None:
            return None
        artifact_id = save_model(
            model, lambda p: upload_artifact(artifact_store=self.store, file_path=p, study_or_trial=trial)
        )
        self.prune(trial.number, value)
        return artifact_id

    def prune(self, trial_number: int, value: float) -> list[int]:
        """Remove the stored models of every finished trial outside the top ``keep`` (with trial
        ``trial_number`` at ``value`` among them); returns their numbers. The ranking and the
        removal read one snapshot, taken now: a trial another worker finished meanwhile is ranked
        with its value, and one still running (it may be uploading) is left alone."""
        trials = self.study.get_trials(deepcopy=False)
        kept = self.ranks_in_top(trial_number, value, trials) or set()
        removed = []
        for t in trials:
            if t.number in kept or t.number == trial_number or t.state in (TrialState.RUNNING, TrialState.WAITING):
                continue
            for meta in get_all_artifact_meta(t, storage=self.storage):
                if meta.filename == MODEL_FILE and _exists(self.store, meta.artifact_id):
                    self.store.remove(meta.artifact_id)
                    removed.append(t.number)
        return removed


def keep_run_model(study: optuna.Study, storage_url: str, model: Any, explicit: str | None = None) -> str | None:
    """Store a confirmation run's model with the study (never pruned); None without an artifact folder."""
    root = artifact_root(storage_url, explicit, study)
    if root is None:
        return None
    store = open_store(root)
    return save_model(model, lambda p: upload_artifact(artifact_store=store, file_path=p, study_or_trial=study))
