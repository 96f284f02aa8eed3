"""Merge trials run elsewhere back into a study: ``tune merge FROM``.

A machine that cannot reach the study's storage (a GPU lent for an hour, a laptop on a train)
runs trials on a copy of it: copy ``runs/studies.db`` there, ``tune run`` as usual, bring the file
back. ``tune merge COPY`` then adds to each study of the storage the trials that the copy holds and
it lacks, so both machines' work counts, nothing twice:

* A trial is the same trial in both when it started at the same instant with the same values
  (Optuna keeps ``datetime_start`` when a storage is copied): the copy's old trials are skipped,
  so merging twice adds nothing.
* Finished trials (complete, pruned) and failed ones (with their reasons) are added, with their
  learning curves, timings and the machine that ran them (``hostname``, ``device``, ``backend``
  are recorded by every trial) and ``merged_from = {"storage": ..., "trial": n}``. Running or
  waiting trials of the copy are not: they have no result yet.
* A trial waiting in the study (``tune enqueue``) that the copy ran is no longer waiting: it is
  failed here with a reason naming the trial that was merged in its place, so it does not train
  twice.
* The stored weights of merged trials are copied into the study's artifact folder, when the
  copy's folder is found (beside a copied SQLite or journal file, or ``--artifacts-from``).
* A study missing from the storage is copied whole; a study of the same name made from another
  sweep (fingerprint) is refused: its trials are points of another space.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import optuna
from optuna.artifacts import get_all_artifact_meta
from optuna.trial import FrozenTrial, TrialState

from textclf_tune.errors import StudyError
from textclf_tune.store import artifacts as arts
from textclf_tune.store.records import S, Sys, T, copied_trial
from textclf_tune.store.storage import open_storage

#: The states a merge carries over: those with a result (a failure's reason is one).
MERGED_STATES = (TrialState.COMPLETE, TrialState.PRUNED, TrialState.FAIL)


@dataclass
class Merged:
    """What :func:`merge` did to one study."""

    study: str
    added: list[int] = field(default_factory=list)  # the copy's trial numbers added
    skipped: int = 0  # trials both already held
    unfinished: int = 0  # running or waiting in the copy: not carried
    created: bool = False  # the study was not in the storage: copied whole
    superseded_waiting: dict[int, int] = field(default_factory=dict)  # waiting trial here -> trial merged for it
    weights: int = 0  # stored models copied

    def as_dict(self) -> dict[str, Any]:
        return {
            "study": self.study,
            "added": self.added,
            "skipped": self.skipped,
            "unfinished": self.unfinished,
            "created": self.created,
            "superseded_waiting": self.superseded_waiting,
            "weights": self.weights,
        }


def trial_key(t: FrozenTrial) -> tuple[str, str]:
    """What makes two trials of two copies of a study the same trial: start instant and values."""
    start = t.datetime_start.isoformat() if t.datetime_start else f"unstarted:{t.number}"
    return start, json.dumps(t.params, sort_keys=True, default=str)


def storage_url(where: str) -> str:
    """A storage URL for a path (``copy.db`` -> SQLite, ``copy.log`` -> journal) or a URL as is."""
    if "://" in where:
        return where
    if where.endswith(".log"):
        return f"journal://{Path(where).resolve()}"
    if not Path(where).is_file():
        raise StudyError(f"tune merge: no file {where!r}; pass the copy's .db or .log file, or a storage URL")
    return f"sqlite:///{Path(where).resolve()}"


def _file_of(url: str) -> Path | None:
    for prefix in ("sqlite:///", "journal://"):
        if url.startswith(prefix):
            return Path(url[len(prefix) :]).resolve()
    return Path(url).resolve() if "://" not in url else None


def merge(
    source: str,
    storage: str,
    studies: list[str] | None = None,
    artifacts_from: str | None = None,
    artifacts: str | None = None,
) -> list[Merged]:
    """Add ``source``'s trials that ``storage`` lacks to its studies (all, or those named)."""
    if source == storage or (_file_of(source) is not None and _file_of(source) == _file_of(storage)):
        raise StudyError(f"tune merge: FROM {source!r} is the storage itself; pass the copy that ran elsewhere")
    src = open_storage(source, heartbeat=False, create=False)
    names = sorted(optuna.get_all_study_names(storage=src))
    wanted = names if not studies else studies
    missing = [n for n in wanted if n not in names]
    if missing:
        raise StudyError(f"tune merge: {source} holds no study {missing[0]!r}; it holds {names}")
    dst = open_storage(storage, heartbeat=False)
    here = set(optuna.get_all_study_names(storage=dst))
    out = []
    for name in wanted:
        theirs = optuna.load_study(study_name=name, storage=src)
        if name not in here:
            optuna.copy_study(from_study_name=name, from_storage=src, to_storage=dst)
            ours = optuna.load_study(study_name=name, storage=dst)
            done = Merged(name, created=True, added=[t.number for t in ours.trials])
        else:
            ours = optuna.load_study(study_name=name, storage=dst)
            _check_same_sweep(theirs, ours, source)
            _check_a_copy(theirs, ours, source)
            done = _merge_trials(theirs, ours, source, dst)
        done.weights = _copy_weights(theirs, ours, done, source, storage, src, artifacts_from, artifacts)
        out.append(done)
    return out


def _check_same_sweep(theirs: optuna.Study, ours: optuna.Study, source: str) -> None:
    a, b = theirs.user_attrs.get(S.FINGERPRINT), ours.user_attrs.get(S.FINGERPRINT)
    if a != b or theirs.direction != ours.direction:
        raise StudyError(
            f"tune merge: study {ours.study_name!r} in {source} was made from another sweep than the one here "
            f"(fingerprint {str(a)[:16]!r}, here {str(b)[:16]!r}): its trials are points of another space. "
            "Merge only a copy of this study; to continue a changed sweep, use tune run --warm-start"
        )


def _check_a_copy(theirs: optuna.Study, ours: optuna.Study, source: str) -> None:
    """Refuse a study of the same name and sweep that was made apart, not copied from this one:
    each then ran its own reference trial, and merging would leave two baselines in one study."""

    def refs(study: optuna.Study) -> set[tuple[str, str]]:
        done = study.get_trials(deepcopy=False, states=MERGED_STATES)
        return {trial_key(t) for t in done if t.user_attrs.get(T.IS_REFERENCE)}

    here, there = refs(ours), refs(theirs)
    if here and there and not here & there:
        raise StudyError(
            f"tune merge: study {ours.study_name!r} in {source} is not a copy of the one here: it ran its own "
            "reference trial, so it was made apart (merging would leave two baselines in one study). Merge "
            "only a copy of this storage's file; compare studies made apart side by side under other names"
        )


def _merge_trials(theirs: optuna.Study, ours: optuna.Study, source: str, dst: optuna.storages.BaseStorage) -> Merged:
    done = Merged(ours.study_name)
    known = {trial_key(t) for t in ours.get_trials(deepcopy=False)}
    waiting = {
        t.number: t
        for t in ours.get_trials(deepcopy=False, states=(TrialState.WAITING,))
        if t.system_attrs.get(Sys.FIXED_PARAMS) is not None
    }
    for t in theirs.get_trials(deepcopy=False):
        if t.state not in MERGED_STATES:
            done.unfinished += t.state in (TrialState.RUNNING, TrialState.WAITING)
            continue
        if trial_key(t) in known:
            done.skipped += 1
            continue
        ours.add_trial(_copy(t, source, _renumbered(t, theirs, ours)))
        done.added.append(t.number)
        # The copy ran a trial that waits here (it was enqueued before the storage was copied).
        same = waiting.get(t.number)
        if same is not None and same.system_attrs.get(Sys.FIXED_PARAMS) == t.system_attrs.get(Sys.FIXED_PARAMS):
            number = _number_of(ours, trial_key(t))
            trial_id = dst.get_trial_id_from_study_id_trial_number(
                dst.get_study_id_from_name(ours.study_name), same.number
            )
            why = f"ran on another machine as trial {t.number} of {_public(source)}; merged here as trial {number}"
            dst.set_trial_user_attr(trial_id, T.FAIL_REASON, why)
            dst.set_trial_state_values(trial_id, TrialState.FAIL)
            done.superseded_waiting[same.number] = number
            del waiting[t.number]
    return done


def _number_of(study: optuna.Study, key: tuple[str, str]) -> int:
    """The number of the trial of ``study`` with ``key`` (:func:`trial_key`); the newest if several."""
    return max(t.number for t in study.get_trials(deepcopy=False) if trial_key(t) == key)


def _renumbered(t: FrozenTrial, theirs: optuna.Study, ours: optuna.Study) -> dict[str, Any]:
    """The attributes of ``t`` that name another trial of its study (``retry_of``, ``duplicate_of``),
    renumbered to that trial's number here; dropped when that trial is not here."""
    out: dict[str, Any] = {}
    for attr in (T.RETRY_OF, T.DUPLICATE_OF):
        n = t.user_attrs.get(attr)
        if not isinstance(n, int) or isinstance(n, bool):
            continue
        named = next((x for x in theirs.get_trials(deepcopy=False) if x.number == n), None)
        here = [
            x.number for x in ours.get_trials(deepcopy=False) if named is not None and trial_key(x) == trial_key(named)
        ]
        out[attr] = max(here) if here else None
    return out


def _copy(t: FrozenTrial, source: str, renumbered: dict[str, Any] | None = None) -> FrozenTrial:
    """``t`` as a new trial of another storage, its records whole (system attributes too, as
    ``optuna.copy_study`` copies them: the enqueued values and the stored weights' records)."""
    attrs = {**t.user_attrs, **(renumbered or {}), T.MERGED_FROM: {"storage": _public(source), "trial": t.number}}
    for attr, number in (renumbered or {}).items():
        if number is None:  # names a trial that is not here
            del attrs[attr]
    return copied_trial(t, user_attrs=attrs, system_attrs=dict(t.system_attrs))


def _public(url: str) -> str:
    """A storage URL without a password."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://...@{rest.split('@', 1)[1]}"
    return url


def _copy_weights(
    theirs: optuna.Study,
    ours: optuna.Study,
    done: Merged,
    source: str,
    storage: str,
    src: optuna.storages.BaseStorage,
    artifacts_from: str | None,
    artifacts: str | None,
) -> int:
    """Copy the stored files of the trials just added, under the same artifact ids (the trials'
    records, copied with them, name those ids), when both artifact folders are known."""
    src_root = arts.artifact_root(source, artifacts_from)
    dst_root = arts.artifact_root(storage, artifacts, ours)
    if not done.added or src_root is None or dst_root is None or not src_root.is_dir():
        return 0
    src_store, dst_store = arts.open_store(src_root), arts.open_store(dst_root)
    added, copied = set(done.added), 0
    for t in theirs.get_trials(deepcopy=False):
        if t.number not in added:
            continue
        for meta in get_all_artifact_meta(t, storage=src):
            if not arts.exists(src_store, meta.artifact_id) or arts.exists(dst_store, meta.artifact_id):
                continue
            with src_store.open_reader(meta.artifact_id) as reader:
                dst_store.write(meta.artifact_id, reader)
            copied += 1
    return copied
