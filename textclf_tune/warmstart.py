"""Warm start: carry a study's finished trials into a new study whose search space was edited.

A study refuses a sweep whose space changed (see :mod:`textclf_tune.fingerprint`). When the
change only widens or narrows ranges, the old trials are still honest measurements of points of
the new space: same data, same training settings, same model for the same values. ``tune run
SWEEP --study-name NEW --warm-start OLD`` copies them, so the sampler starts from what was paid
for instead of from scratch. A trial is copied when every one of its values is a point of the
new space; the others are listed as skipped. Copied trials keep their values, learning curves
(the pruner compares against them), test scores and timings, count towards the budget, and carry
``warm_start = {"study": OLD, "trial": n}``.

The rule: the sweep's data and training settings must be identical, and no hyperparameter may be
added (an old trial cannot say which value it trained with). Anything else is refused with the
difference named.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import optuna
from optuna.trial import FrozenTrial

from textclf_tune.errors import StudyError
from textclf_tune.hp import contains, describe_space_entry, distribution_for
from textclf_tune.study import FINISHED


@dataclass
class WarmStart:
    """What :func:`copy_trials` did: source study, numbers copied, and why others were skipped."""

    source: str
    copied: list[int] = field(default_factory=list)
    skipped: dict[int, str] = field(default_factory=dict)

    def as_attr(self) -> dict[str, Any]:
        return {"study": self.source, "copied": self.copied, "skipped": {str(k): v for k, v in self.skipped.items()}}


def check_compatible(source: optuna.Study, new_fp: dict[str, Any]) -> None:
    """Raise :class:`StudyError` unless ``source``'s trials can seed a study with fingerprint ``new_fp``."""
    old_fp = source.user_attrs.get("fingerprint")
    if old_fp is None:
        raise StudyError(
            f"--warm-start {source.study_name!r}: that study has no fingerprint (it was not created by "
            "tune run), so nothing says which data and settings its trials used; start without --warm-start"
        )
    changed = [k for k in sorted((set(old_fp) | set(new_fp)) - {"space", "hash"}) if old_fp.get(k) != new_fp.get(k)]
    if changed:
        lines = [f"{k}: {old_fp.get(k)!r} -> {new_fp.get(k)!r}" for k in changed]
        raise StudyError(
            f"--warm-start {source.study_name!r}: its trials were trained with other settings, so they are not "
            "measurements of this sweep:\n  - " + "\n  - ".join(lines) +
            "\nRemedy: warm-start only across search-space edits; run without --warm-start."
        )
    old_space, new_space = old_fp.get("space", {}), new_fp["space"]
    added = sorted(set(new_space) - set(old_space))
    if added:
        raise StudyError(
            f"--warm-start {source.study_name!r}: hyperparameter(s) {added} are new in this sweep, and its old "
            "trials cannot say which value they trained with. Remedy: add them in a study of their own "
            "(run without --warm-start), or give them an hp.Fixed value first and widen later."
        )
    for name, spec in new_space.items():
        old = old_space[name]
        if spec.get("type") == "Fixed" and old != spec:
            raise StudyError(
                f"--warm-start {source.study_name!r}: the fixed hyperparameter {name!r} changed "
                f"({describe_space_entry(old)} -> {describe_space_entry(spec)}), so the model changed. "
                "Remedy: run without --warm-start."
            )


def copy_trials(source: optuna.Study, target: optuna.Study, space: dict[str, dict[str, Any]]) -> WarmStart:
    """Add ``source``'s finished trials whose values lie in ``space`` to ``target``, oldest first."""
    result = WarmStart(source.study_name)
    for t in source.get_trials(deepcopy=False, states=FINISHED):
        reason = _outside(t, space)
        if reason:
            result.skipped[t.number] = reason
            continue
        target.add_trial(_copy(t, space, source.study_name))
        result.copied.append(t.number)
    return result


def _outside(t: FrozenTrial, space: dict[str, dict[str, Any]]) -> str:
    for name, value in t.params.items():
        spec = space.get(name)
        if spec is None:
            return f"{name} is no longer a hyperparameter"
        if not contains(spec, value):
            return f"{name}={value!r} is outside {describe_space_entry(spec)}"
    return ""


def _copy(t: FrozenTrial, space: dict[str, dict[str, Any]], source: str) -> FrozenTrial:
    distributions = {}
    for name in t.params:
        dist = distribution_for(space[name])
        distributions[name] = dist if dist is not None else t.distributions[name]
    return FrozenTrial(
        number=0,  # assigned by the storage
        trial_id=0,
        state=t.state,
        value=None,
        values=t.values,
        datetime_start=t.datetime_start,
        datetime_complete=t.datetime_complete,
        params=dict(t.params),
        distributions=distributions,
        user_attrs={**t.user_attrs, "warm_start": {"study": source, "trial": t.number}},
        system_attrs={},
        intermediate_values=dict(t.intermediate_values),
    )
