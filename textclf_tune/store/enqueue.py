"""``tune enqueue``: ask a study to try a configuration next, checked against its search space.

Optuna's own ``study.enqueue_trial(params)`` does the work: the next ``tune run`` of the study
trains waiting trials first, sampling any hyperparameter the enqueued values leave out. What this
adds is what a long sweep needs from the command line:

* values typed as text (``lstm_units=16``, ``bidirectional=true``) are read by the type of the
  hyperparameter the study's recorded space declares, and refused, with the remedy, when the name
  is not a hyperparameter or the value is not a point of its range;
* ``--from-trial N`` / ``--from-best`` start from a finished trial's values, so "the best trial,
  but with 16 units" is one command: the usual way to explore a range just widened by a warm start,
  which every copied trial leaves unexplored (TPE rarely samples where no trial has been);
* a configuration the study already holds (complete, running or waiting) is not enqueued twice;
  one that was only pruned may be, to train it in full (``tune run --pruner none``).
"""

from __future__ import annotations

import math
import shlex
from dataclasses import dataclass, field
from typing import Any

import optuna
from optuna.trial import FrozenTrial, TrialState

from textclf_tune.errors import StudyError, TuneError
from textclf_tune.report.leaderboard import best_trial
from textclf_tune.space.fingerprint import read_fingerprint
from textclf_tune.space.specs import contains, from_params, to_params, why_not_contained
from textclf_tune.space.specs import describe as describe_space_entry
from textclf_tune.store.records import FINISHED, S, Sys, default_study_name
from textclf_tune.store.storage import load_existing_study, open_storage
from textclf_tune.store.warmstart import latest_continuation

_TRUE, _FALSE = ("true", "yes", "1"), ("false", "no", "0")


@dataclass
class Enqueued:
    """What :func:`enqueue` did: the values asked for, and the trial holding them."""

    study: str
    params: dict[str, Any]
    trial: int  # the waiting trial's number; when ``duplicate``, that of the trial already holding them
    duplicate: bool = False
    sampled: list[str] = field(default_factory=list)  # hyperparameters left to the sampler
    sweep_file: str = ""  # the study's sweep file, as recorded
    finished: int = 0  # the study's finished (complete or pruned) trials
    budget: int | None = None  # the budget of the study's last run (None: not recorded)
    waiting: int = 0  # waiting trials, this one included
    quick: bool = False  # a --quick study: tune run needs --quick to reach it
    sweep_name: str = ""  # the sweep's name, as recorded: the study's default name derives from it
    pruned_before: int | None = None  # a pruned trial with these very values: the pruner may cut them again

    def run_command(self, storage: str | None = None) -> str:
        """The ``tune run`` line that reaches this study: its sweep, ``--quick`` for a quick study,
        its name when not the default, and ``storage`` when given (one not implied by default)."""
        parts = ["tune", "run", self.sweep_file or "SWEEP"]
        if self.quick:
            parts.append("--quick")
        if self.study != default_study_name(self.sweep_name, self.quick):
            parts += ["--study-name", self.study]
        if storage:
            parts += ["--storage", storage]
        return " ".join(shlex.quote(p) if p != "SWEEP" else p for p in parts)

    @property
    def trials_to_train(self) -> int:
        """The ``--trials`` (a total) that trains every waiting trial."""
        return self.finished + self.waiting

    @property
    def past_budget(self) -> bool:
        """Whether the study already holds its budget: ``tune run`` without ``--trials`` trains nothing."""
        return self.budget is not None and self.finished >= self.budget


def study_space(study: optuna.Study, storage: optuna.storages.BaseStorage | None = None) -> dict[str, dict[str, Any]]:
    """The search space recorded with ``study`` when ``tune run`` created it (every branch of it)."""
    space = (read_fingerprint(study, storage) or {}).get("space")
    if not space:
        raise StudyError(
            f"study {study.study_name!r} has no recorded search space (it was not created by tune run), so "
            "values cannot be checked; enqueue with Optuna itself: study.enqueue_trial({...})"
        )
    return space


def parse_value(name: str, text: str, spec: dict[str, Any]) -> Any:
    """``text`` read as a value of the space entry ``spec`` (not yet range-checked)."""
    kind = spec["type"]
    where = f"{name}={text}" if _number(text) is not None else f"{name}={text!r}"  # a number as typed
    if kind == "Fixed":
        raise TuneError(
            f"{name} is fixed at {spec['value']!r} by the sweep, so it cannot be enqueued; "
            "leave it out (every trial uses that value)"
        )
    if kind == "Boolean":
        low = text.strip().lower()
        if low in _TRUE or low in _FALSE:
            return low in _TRUE
        raise TuneError(f"{where}: {name} is a Boolean, so the value must be true or false")
    if kind == "Choice":
        for choice in spec["values"]:
            if str(choice) == text or (
                _number(text) is not None and not isinstance(choice, (bool, str)) and _number(text) == choice
            ):
                return choice
        raise TuneError(f"{where} is not one of {name}'s choices {spec['values']!r}; pass one of them")
    number = _number(text)
    if number is None:
        raise TuneError(f"{where}: {name} is {describe_space_entry(spec)}, so the value must be a number")
    if kind == "Int":
        if number != int(number):
            raise TuneError(f"{where}: {name} is {describe_space_entry(spec)}, so the value must be a whole number")
        return int(number)
    return float(number)


def parse_assignments(texts: list[str], space: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """``["name=value", ...]`` read against ``space``; a TuneError for any malformed or unknown one."""
    out: dict[str, Any] = {}
    for text in texts:
        name, sep, value = text.partition("=")
        name = name.strip()
        if not sep or not name:
            raise TuneError(f"{text!r} is not name=value; write e.g. lstm_units=16")
        if name not in space:
            raise TuneError(
                f"{name!r} is not a hyperparameter of this study; its hyperparameters: {', '.join(sorted(space))}"
            )
        out[name] = parse_value(name, value.strip(), space[name])
    return out


def base_trial(study: optuna.Study, number: int | None, best: bool) -> FrozenTrial | None:
    """The finished trial whose values an enqueued trial starts from (``None``: start from nothing)."""
    if best:
        trials = study.get_trials(deepcopy=False)
        chosen = best_trial(study, trials)
        if chosen is None:
            raise StudyError(
                f"--from-best: study {study.study_name!r} has no complete trial yet; name the values instead"
            )
        return chosen
    if number is None:
        return None
    finished = {t.number: t for t in study.get_trials(deepcopy=False, states=FINISHED)}
    if number not in finished:
        raise StudyError(
            f"--from-trial {number}: study {study.study_name!r} has no finished trial {number} "
            f"(finished: {_ranges(sorted(finished)) or 'none'}); pick one of those"
        )
    return finished[number]


def enqueue(
    study_name: str, assignments: list[str], *, storage: str, from_trial: int | None = None, from_best: bool = False
) -> Enqueued:
    """Enqueue one trial of ``study_name``: a base trial's values (optional) updated by ``assignments``."""
    if from_trial is not None and from_best:
        raise TuneError("--from-trial and --from-best both name the starting trial; pass one of them")
    study = load_existing_study(study_name, storage)
    chain = latest_continuation(open_storage(storage, heartbeat=False), study_name)
    if len(chain) > 1:  # its sweep file now runs the continuation: a trial queued here would never train
        raise TuneError(
            f"study {study_name!r} was continued in {chain[-1]!r} by a warm start ({' -> '.join(chain)}), and its "
            f"sweep file now runs {chain[-1]!r}, so a trial queued here would wait for good; enqueue there: "
            f"tune enqueue {chain[-1]} ..."
        )
    space = study_space(study, open_storage(storage, heartbeat=False))
    base = base_trial(study, from_trial, from_best)
    params = {k: v for k, v in from_params(space, base.params if base else {}).items() if k in space}
    typed = parse_assignments(assignments, space)
    params.update(typed)
    for name in typed:
        unmet = _unmet_condition(name, params, space)
        if unmet is not None:
            raise TuneError(
                f"{name}={typed[name]!r} applies only when {unmet['parent']} in {unmet['values']!r}, but "
                f"{unmet['parent']}={params[unmet['parent']]!r}, so no build would read it; drop {name}=... or set "
                f"{unmet['parent']} to one of {unmet['values']!r}"
            )
    # a base trial's value of a branch the typed values leave is not carried along
    params = {k: v for k, v in params.items() if _unmet_condition(k, params, space) is None}
    if not params:
        raise TuneError("nothing to enqueue: name values (e.g. lstm_units=16), --from-trial N or --from-best")
    for name, value in params.items():
        if not contains(space[name], value):
            why = why_not_contained(space[name], value)
            if not why.startswith("lies outside"):  # off the step grid, not a number, not a Choice value
                raise TuneError(f"{name}={value!r} {why}")
            raise TuneError(
                f"{name}={value!r} is outside this study's range {describe_space_entry(space[name])}; pick a value "
                "inside it, or widen the sweep and continue in a new study with tune run --study-name NEW "
                f"--warm-start {study_name}"
            )
    sampled = sorted(
        n
        for n, s in space.items()
        if n not in params and s["type"] != "Fixed" and _unmet_condition(n, params, space) is None
    )
    sweep_file = str(study.user_attrs.get(S.SWEEP_FILE, ""))
    same = _holding(study, params, space)
    pruned = _holding(study, params, space, (TrialState.PRUNED,))
    if same is None:
        study.enqueue_trial(to_params(space, params))  # a reverse-log value goes in as its mirror
    trials = study.get_trials(deepcopy=False)
    waiting = [t for t in trials if t.state == TrialState.WAITING]
    budget = study.user_attrs.get(S.BUDGET)
    return Enqueued(
        study_name,
        params,
        same.number if same is not None else waiting[-1].number,
        duplicate=same is not None,
        sampled=sampled,
        sweep_file=sweep_file,
        finished=sum(1 for t in trials if t.state in FINISHED),
        budget=int(budget) if isinstance(budget, int) else None,
        waiting=len(waiting),
        quick=bool(study.user_attrs.get(S.QUICK)),
        sweep_name=str(study.user_attrs.get(S.SWEEP_NAME, "")),
        pruned_before=pruned.number if pruned is not None else None,
    )


def _unmet_condition(name: str, params: dict[str, Any], space: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The first condition of ``name`` (a conditional hyperparameter) that ``params`` contradict:
    its parent is given a value outside the condition's values. A parent left to the sampler
    contradicts nothing."""
    for cond in space.get(name, {}).get("conditions") or []:
        parent = cond.get("parent")
        if parent in params and params[parent] not in cond.get("values", []):
            return cond
    return None


def _holding(
    study: optuna.Study,
    params: dict[str, Any],
    space: dict[str, dict[str, Any]],
    states: tuple[TrialState, ...] = (TrialState.COMPLETE, TrialState.RUNNING, TrialState.WAITING),
) -> FrozenTrial | None:
    """A trial in ``states`` (complete, running or waiting) with exactly these values (a waiting
    trial: these enqueued values). A trial that merely shares some of them is not one: enqueueing
    ``lstm_units=16`` asks for a new trial with the rest sampled. A pruned trial is not one either:
    it was stopped early, so asking for its values again asks to train them in full."""
    for t in study.get_trials(deepcopy=False, states=states):
        have = from_params(
            space, t.system_attrs.get(Sys.FIXED_PARAMS, {}) if t.state == TrialState.WAITING else t.params
        )
        if set(have) == set(params) and all(_same(have[k], v) for k, v in params.items()):
            return t
    return None


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    return bool(a == b)


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _ranges(numbers: list[int]) -> str:
    """``[0, 1, 2, 5]`` -> ``"0-2, 5"``."""
    out: list[str] = []
    for n in numbers:
        if out and n == int(out[-1].split("-")[-1]) + 1:
            out[-1] = f"{out[-1].split('-')[0]}-{n}"
        else:
            out.append(str(n))
    return ", ".join(out)
