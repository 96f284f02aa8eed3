"""``tune export STUDY --confirmed``: the model ``tune confirm`` kept (see
:mod:`textclf_tune.engine.confirm_keep`), found in the study's artifact store."""

from __future__ import annotations

from typing import Any

from textclf_tune.errors import StudyError
from textclf_tune.store import artifacts as arts
from textclf_tune.store.records import S


def confirmed_model(study: Any) -> dict[str, Any]:
    """The record of the model ``tune confirm`` kept; a StudyError naming the remedy when none."""
    record = study.user_attrs.get(S.CONFIRMED_MODEL)
    if not isinstance(record, dict) or not isinstance(record.get("trial"), int):
        raise StudyError(
            f"study {study.study_name!r} has no model kept by tune confirm (user attr {S.CONFIRMED_MODEL!r}), so "
            f"--confirmed has nothing to export; run `tune confirm {study.study_name}` first (it keeps the chosen "
            "config's best validation run), or leave --confirmed out to export the best trial"
        )
    return dict(record)


def stored_confirmed(
    study: Any, record: dict[str, Any], storage: str, artifacts: str | None
) -> tuple[Any, str | None, str]:
    """``(store, artifact id, why not)`` of the kept model; the id is None when its file is gone."""
    store, why = open_artifact_store(study, storage, artifacts)
    if store is None:
        return None, None, why
    artifact_id = str(record.get("artifact_id"))
    if not arts.exists(store, artifact_id):
        return store, None, f"the kept model {artifact_id} is no longer in {why}"
    return store, artifact_id, ""


def open_artifact_store(study: Any, storage: str, artifacts: str | None) -> tuple[Any, str]:
    """``(store, folder)`` of the study's artifact store, or ``(None, why not)`` when it has none."""
    root = arts.artifact_root(storage, artifacts, study)
    if root is None:
        return None, "the storage has no artifact folder: pass --artifacts DIR"
    if not root.is_dir():
        return None, f"no artifact folder {root}"
    return arts.open_store(root), str(root)
