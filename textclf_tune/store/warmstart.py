"""Warm start: carry a study's finished trials into a new study whose search space was edited.

A study refuses a sweep whose space changed (see :mod:`textclf_tune.space.fingerprint`). When the
change only widens or narrows ranges, the old trials are still honest measurements of points of
the new space: same data, same training settings, same model for the same values. ``tune run
SWEEP --study-name NEW --warm-start OLD`` copies them, so the sampler starts from what was paid
for instead of from scratch. A trial is copied when every one of its values is a point of the
new space; the others are listed as skipped. Copied trials keep their values, learning curves
(the pruner compares against them), test scores and timings, count towards the budget, and carry
``warm_start = {"study": OLD, "trial": n}``.

A hyperparameter may be added when the old trials' value for it is known: declared in the sweep
as ``default=`` (KerasTuner's meaning: the value used when it is not tuned, which is what the old
study did), or the old sweep's ``hp.Fixed`` value. Copied trials get that value, recorded in the
new study's ``warm_start`` attribute under ``assumed``. The default is the sweep author's word that
the old model equals the new one at that value; the data and training settings must be identical.
Anything else is refused with the difference named. One data setting may change: an old study loaded
``Data(num_words=N)`` and the new sweep loads a larger vocabulary and cuts it per trial with a
``num_words`` hyperparameter declared ``default=N`` (the cut is exactly the data loaded with ``N``).

The old study records ``continued_in = NEW``. ``tune run SWEEP`` without ``--study-name`` follows
that pointer (and the new study's own, if it was continued in turn), so the sweep's plain command
resumes its latest study; ``--study-name OLD`` still opens the old one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import optuna
from optuna.trial import FrozenTrial

from textclf_tune.errors import StudyError
from textclf_tune.space.fingerprint import read_fingerprint
from textclf_tune.space.specs import contains, distribution_for
from textclf_tune.space.specs import describe as describe_space_entry
from textclf_tune.store.records import FINISHED, S, T, copied_trial


@dataclass
class WarmStart:
    """What :func:`copy_trials` did: source study, numbers copied, and why others were skipped."""

    source: str
    copied: list[int] = field(default_factory=list)
    skipped: dict[int, str] = field(default_factory=dict)
    assumed: dict[str, Any] = field(default_factory=dict)

    def as_attr(self) -> dict[str, Any]:
        attr = {"study": self.source, "copied": self.copied, "skipped": {str(k): v for k, v in self.skipped.items()}}
        if self.assumed:
            attr["assumed"] = self.assumed
        return attr


def latest_continuation(storage: optuna.storages.BaseStorage, name: str) -> list[str]:
    """``[name, ..., latest]``: ``name`` and the studies it was continued in by warm start, in order
    (each old study's ``continued_in``). Just ``[name]`` when it was never continued or does not exist."""
    names = set(optuna.get_all_study_names(storage=storage))
    chain = [name]
    while chain[-1] in names:
        nxt = optuna.load_study(study_name=chain[-1], storage=storage).user_attrs.get(S.CONTINUED_IN)
        if not nxt or nxt in chain or nxt not in names:
            break
        chain.append(nxt)
    return chain


def check_compatible(
    source: optuna.Study, new_fp: dict[str, Any], storage: optuna.storages.BaseStorage | None = None
) -> None:
    """Raise :class:`StudyError` unless ``source``'s trials can seed a study with fingerprint ``new_fp``."""
    old_fp = read_fingerprint(source, storage)
    if old_fp is None:
        raise StudyError(
            f"--warm-start {source.study_name!r}: that study has no fingerprint (it was not created by "
            "tune run), so nothing says which data and settings its trials used; start without --warm-start"
        )
    old_space, new_space = old_fp.get("space", {}), new_fp["space"]
    # a conditional entry may be absent from old trials: they took another branch (or an older
    # record saw only the reference config's branch)
    unknown = sorted(
        n for n in set(new_space) - set(old_space) if "default" not in new_space[n] and "conditions" not in new_space[n]
    )
    if unknown:
        raise StudyError(
            f"--warm-start {source.study_name!r}: hyperparameter(s) {unknown} are new in this sweep, and its old "
            "trials cannot say which value they trained with. Remedy: declare the value the old model used, "
            "e.g. hp.Int('blocks', 1, 3, default=3), or run without --warm-start."
        )
    assumed = assumed_values(old_space, new_space)
    old_settings = dict(old_fp)
    if cut_vocabulary(old_fp, new_fp) is not None:  # the new sweep cuts its larger vocabulary to the old one
        old_settings["data"] = {**old_fp["data"], "num_words": new_fp["data"]["num_words"]}
    new_settings = dict(new_fp)
    # Both reference configs with the added values: the old one trained with them, and the new one
    # gets each added hyperparameter's default when it does not name it (as its trial 0 will).
    if isinstance(old_fp.get("reference_config"), dict):
        old_settings["reference_config"] = {**assumed, **old_fp["reference_config"]}
    if isinstance(new_fp.get("reference_config"), dict):
        new_settings["reference_config"] = {**assumed, **new_fp["reference_config"]}
    changed = [
        k
        for k in sorted((set(old_fp) | set(new_fp)) - {"space", "hash", "version"})
        if old_settings.get(k) != new_settings.get(k)
    ]
    if changed:
        lines = [f"{k}: {old_settings.get(k)!r} -> {new_settings.get(k)!r}" for k in changed]
        raise StudyError(
            f"--warm-start {source.study_name!r}: its trials were trained with other settings, so they are not "
            "measurements of this sweep:\n  - "
            + "\n  - ".join(lines)
            + "\nRemedy: warm-start only across search-space edits; run without --warm-start."
        )
    for name, value in assumed.items():
        if not contains(new_space[name], value):
            raise StudyError(
                f"--warm-start {source.study_name!r}: the old trials used {name}={value!r} (its hp.Fixed value), "
                f"which is outside {describe_space_entry(new_space[name])}. Remedy: widen {name!r} to include it."
            )
    for name, spec in new_space.items():
        old = old_space.get(name)
        if old is None:
            continue
        if spec.get("type") == "Fixed" and old != spec:
            raise StudyError(
                f"--warm-start {source.study_name!r}: the fixed hyperparameter {name!r} changed "
                f"({describe_space_entry(old)} -> {describe_space_entry(spec)}), so the model changed. "
                "Remedy: run without --warm-start."
            )


def copy_trials(
    source: optuna.Study,
    target: optuna.Study,
    space: dict[str, dict[str, Any]],
    storage: optuna.storages.BaseStorage | None = None,
) -> WarmStart:
    """Add ``source``'s finished trials whose values lie in ``space`` to ``target``, oldest first."""
    old_space = (read_fingerprint(source, storage) or {}).get("space", {})
    assumed = assumed_values(old_space, space)
    result = WarmStart(source.study_name, assumed=assumed)
    for t in source.get_trials(deepcopy=False, states=FINISHED):
        reason = _outside(t, space)
        if reason:
            result.skipped[t.number] = reason
            continue
        target.add_trial(_copy(t, space, source.study_name, assumed))
        result.copied.append(t.number)
    return result


def cut_vocabulary(old_fp: dict[str, Any], new_fp: dict[str, Any]) -> int | None:
    """The old study's ``Data(num_words=N)`` when the new sweep loads ``>= N`` words and adds a ``num_words``
    hyperparameter declared ``default=N``: the old trials are then points of the new space. Else None."""
    old_space, new_space = old_fp.get("space") or {}, new_fp.get("space") or {}
    old_n = (old_fp.get("data") or {}).get("num_words")
    new_n = (new_fp.get("data") or {}).get("num_words")
    if "num_words" in old_space or "num_words" not in new_space or not isinstance(old_n, int):
        return None
    if not isinstance(new_n, int) or new_n < old_n or assumed_values(old_space, new_space).get("num_words") != old_n:
        return None
    return old_n


def assumed_values(old_space: dict[str, dict[str, Any]], new_space: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Values the old trials are taken to have used for hyperparameters the new space samples and the
    old one did not: the old ``hp.Fixed`` value, else the new entry's declared ``default``."""
    out: dict[str, Any] = {}
    for name, spec in new_space.items():
        if spec.get("type") == "Fixed":
            continue
        old = old_space.get(name)
        if old is not None and old.get("type") == "Fixed":
            out[name] = old["value"]
        elif old is None and "default" in spec:
            out[name] = spec["default"]
    return out


def _outside(t: FrozenTrial, space: dict[str, dict[str, Any]]) -> str:
    for name, value in t.params.items():
        spec = space.get(name)
        if spec is None:
            return f"{name} is no longer a hyperparameter"
        if not contains(spec, value):
            return f"{name}={value!r} is outside {describe_space_entry(spec)}"
    for name, spec in space.items():  # a conditional hyperparameter this trial's branch needs but lacks
        conditions = spec.get("conditions") or []
        active = all(c["parent"] in t.params and t.params[c["parent"]] in c["values"] for c in conditions)
        if conditions and active and name not in t.params and spec["type"] != "Fixed" and "default" not in spec:
            return f"{name} is a hyperparameter of its branch now, and the trial has no value for it"
    return ""


def _copy(t: FrozenTrial, space: dict[str, dict[str, Any]], source: str, assumed: dict[str, Any]) -> FrozenTrial:
    params = {**assumed, **t.params}
    distributions = {}
    for name in params:
        dist = distribution_for(space[name])
        distributions[name] = dist if dist is not None else t.distributions[name]
    return copied_trial(
        t,
        params=params,
        distributions=distributions,
        user_attrs={**t.user_attrs, T.WARM_START: {"study": source, "trial": t.number}},
        system_attrs={},
    )
