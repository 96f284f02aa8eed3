"""Open a sweep's study: create it, or resume it and refuse when the sweep or its data changed;
seed a new one from an old study (``--warm-start``); queue the reference config; fail stale trials."""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import optuna
from optuna.trial import TrialState

from textclf_tune.engine.progress import Reporter
from textclf_tune.engine.schedulers import make_pruner, make_sampler
from textclf_tune.engine.setup import study_name_for
from textclf_tune.errors import StudyError
from textclf_tune.space.code import code_digest
from textclf_tune.space.fingerprint import (
    differences,
    fingerprint,
    read_fingerprint,
    require_same_data,
    same_as_legacy,
    write_fingerprint,
)
from textclf_tune.space.specs import to_params, with_declared_defaults
from textclf_tune.space.sweep import Sweep
from textclf_tune.store.records import FINISHED, S, Sys, T, now_iso
from textclf_tune.store.storage import GAVE_UP, MAX_RETRY, fail_stale_trials, open_storage

if TYPE_CHECKING:
    from textclf_tune.engine.run import RunConfig

#: Seconds a run waits for the process that just created its study to write the fingerprint
#: (a warm start copies trials first).
FINGERPRINT_WAIT = 30.0


def open_study(
    sweep: Sweep,
    cfg: RunConfig,
    space: dict[str, dict[str, Any]],
    data_meta: dict[str, Any],
    storage: optuna.storages.BaseStorage | None = None,
    say: Callable[[str], None] | None = None,
) -> optuna.Study:
    """Create the study, or load it and refuse when its fingerprint differs from the sweep's (unless
    every trial of it failed: then the edited sweep takes it over, told through ``say``)."""
    name = cfg.study_name or study_name_for(sweep, cfg.quick)
    storage = storage or open_storage(cfg.storage)
    fp = fingerprint(space, sweep.settings(cfg.quick))
    if not cfg.study_name and not cfg.warm_start:  # the sweep's own name: resume its latest continuation
        from textclf_tune.store.warmstart import latest_continuation

        name = _continuation_for(latest_continuation(storage, name), fp, storage)
    study, created = _create_or_load(storage, name, sweep.direction)
    old = read_fingerprint(study, storage)
    if old is None and not created:  # another process created it a moment ago and is claiming it
        old = _await_fingerprint(study, storage)
    if old is not None and _replaceable(study, old, fp, sweep, cfg):
        # Nothing finished under the old sweep (every trial failed: a typo in the objective, a bug in
        # build): the fixed sweep takes the study over rather than locking its name. The failed
        # trials stay, with their reasons; the replaced fingerprint is recorded.
        replaced = [*(study.user_attrs.get(S.REPLACED_SWEEPS) or [])]
        n_failed = len(study.get_trials(deepcopy=False))
        replaced.append({"fingerprint": old.get("hash"), "failed_trials": n_failed, "at": now_iso()})
        study.set_user_attr(S.REPLACED_SWEEPS, replaced)
        if say is not None:
            say(
                f"study {name!r}: all {n_failed} of its trials failed under an earlier version of {sweep.path}; "
                "the edited sweep takes it over (the failed trials stay, with their reasons)"
            )
        old = None
    if old is None:
        if cfg.warm_start:
            try:
                _warm_start(study, cfg, fp, space, storage, data_meta)
            except BaseException:
                if created and not study.get_trials(deepcopy=False):  # leave no empty study behind
                    optuna.delete_study(study_name=name, storage=storage)
                raise
        write_fingerprint(study, storage, fp)  # the hash for people, the record as a system attr
        if cfg.quick:
            study.set_user_attr(S.STATUS, "quick")
        attrs = {
            S.SWEEP_FILE: str(sweep.path),
            S.RUN_FOLDER: str(Path.cwd()),
            S.SWEEP_NAME: sweep.name,
            S.DESCRIPTION: sweep.description,
            S.OBJECTIVE: sweep.objective,
            S.REFERENCE_ACCURACY: sweep.reference_accuracy,
            S.REFERENCE_CONFIG: sweep.reference_config,
            S.QUICK: cfg.quick,
            **({S.QUICK_PRESET: sweep.quick.to_dict()} if cfg.quick else {}),
            S.DATA: recorded_data(data_meta),
            S.MODEL_CODE: code_digest(sweep.path, sweep.build),
            **cfg.extra_attrs,
        }
        for key, value in attrs.items():
            study.set_user_attr(key, value)
    elif cfg.warm_start and (study.user_attrs.get(S.WARM_START) or {}).get("study") != cfg.warm_start:
        raise StudyError(
            f"--warm-start {cfg.warm_start!r}: study {name!r} already exists in {cfg.storage}, and warm start "
            "only seeds a new study. Remedy: drop --warm-start to resume it, or pass a new --study-name."
        )
    if study.metric_names != [sweep.objective]:  # optuna-dashboard names it instead of "Objective 0"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
            study.set_metric_names([sweep.objective])
    if old is not None:
        if old.get("hash") != fp["hash"] and same_as_legacy(old, fp):
            write_fingerprint(study, storage, fp)  # a version-1 record of this same sweep: now the whole space
        elif old.get("hash") != fp["hash"]:
            changes = differences(old, fp)
            # Warm start carries trials across space edits only: other data means other measurements.
            # (a larger vocabulary, num_words, is the one data change warm start takes: see store.warmstart)
            carry = (
                ""
                if _without_vocab(old.get("data")) != _without_vocab(fp.get("data"))
                else f" (add --warm-start {name} to carry over its finished trials that fit the edited space)"
            )
            raise StudyError(
                f"study {name!r} in {cfg.storage} was created from a different sweep, so its trials are not "
                "comparable:\n  - "
                + "\n  - ".join(changes or ["(settings differ)"])
                + f"\nRemedy: pass --study-name NEW to start a new study{carry}, or {_restore(study, sweep)}."
            )
        require_same_data(
            study.user_attrs.get(S.DATA) or {},
            data_meta,
            f"study {name!r} in {cfg.storage} was trained on other data than the sweep loads now, so its trials "
            "are not comparable",
            "pass --study-name NEW to start a new study.",
        )
        _note_code_edit(study, sweep, say)
    study.set_user_attr(S.BUDGET, _budget(study, sweep, cfg, say))
    if cfg.command:
        study.set_user_attr(S.COMMAND, cfg.command)
    n_existing = len(study.get_trials(deepcopy=False))
    seed = session_seed(cfg.seed, n_existing, cfg.worker)
    study.sampler = cfg.sampler if not isinstance(cfg.sampler, str) else make_sampler(cfg.sampler, seed)
    epochs = sweep.quick.epochs if cfg.quick else sweep.training.epochs
    study.pruner = cfg.pruner if not isinstance(cfg.pruner, str) else make_pruner(cfg.pruner, epochs)
    return study


def _budget(study: optuna.Study, sweep: Sweep, cfg: RunConfig, say: Callable[[str], None] | None) -> int:
    """``--trials N`` sets the budget, and a later run without it keeps one so raised: resuming a
    stopped ``--trials 50`` run with the plain command goes on to 50, not back to the sweep's 30."""
    asked = sweep.quick.trials if cfg.quick else sweep.budget
    if cfg.trials:
        study.set_user_attr(S.TRIALS_ASKED, cfg.trials)
        return cfg.trials
    raised = study.user_attrs.get(S.TRIALS_ASKED)
    if isinstance(raised, int) and raised > asked:
        if say is not None:
            say(
                f"budget {raised} trials, from an earlier --trials {raised} (the sweep asks {asked}); --trials N sets another"
            )
        return raised
    return asked


def _note_code_edit(study: optuna.Study, sweep: Sweep, say: Callable[[str], None] | None) -> None:
    """Say, once, that the sweep's model code changed while its space did not: trials before and
    after may train different models (a new layer), which the space cannot tell apart. Recorded in
    the study; not refused, as a fix or a refactor of ``build`` is a normal edit."""
    before, now = study.user_attrs.get(S.MODEL_CODE), code_digest(sweep.path, sweep.build)
    if not before or not now or before == now:
        if now and not before:
            study.set_user_attr(S.MODEL_CODE, now)  # a study from before the record: from now on
        return
    n = len(study.get_trials(deepcopy=False, states=FINISHED))
    edits = [*(study.user_attrs.get(S.MODEL_CODE_EDITS) or [])]
    edits.append({"from": before, "to": now, "at": now_iso(), "trials_before": n})
    study.set_user_attr(S.MODEL_CODE_EDITS, edits)
    study.set_user_attr(S.MODEL_CODE, now)
    if say is not None:
        say(
            f"note: the code of {sweep.path} (its functions and classes) changed since study "
            f"{study.study_name!r} last ran, though its search space did not: its {n} finished trial(s) may have "
            "trained another model than the next ones will. If the model changed, start a new study "
            "(--study-name NEW); a fix or a refactor can go on here."
        )


def _continuation_for(chain: list[str], fp: dict[str, Any], storage: optuna.storages.BaseStorage) -> str:
    """Of a study and the studies it was continued in by warm start (oldest first), the latest one
    this very sweep made: the edited sweep file runs its continuation, while a file left as it was
    (the warm start came from a copy) still runs its own study. None matching: the latest, whose
    refusal then lists what changed."""
    if len(chain) > 1:
        for name in reversed(chain):
            old = read_fingerprint(optuna.load_study(study_name=name, storage=storage), storage)
            if old is not None and _same_sweep(old, fp):
                return name
    return chain[-1]


def _replaceable(study: optuna.Study, old: dict[str, Any], fp: dict[str, Any], sweep: Sweep, cfg: RunConfig) -> bool:
    """Whether an edited sweep may take over ``study``: its fingerprint differs, the study holds
    trials and every one failed (none running, queued or finished: no live run of the old sweep,
    nothing to compare), the direction is the same (Optuna fixes it) and no warm start is asked."""
    if _same_sweep(old, fp) or cfg.warm_start:
        return False
    trials = study.get_trials(deepcopy=False)
    if not trials or any(t.state != TrialState.FAIL for t in trials):
        return False
    return study.direction.name.lower() == sweep.direction


def _same_sweep(old: dict[str, Any], fp: dict[str, Any]) -> bool:
    """Whether a stored fingerprint is this sweep's: the same hash, or a version-1 record of it."""
    return old.get("hash") == fp["hash"] or same_as_legacy(old, fp)


def _create_or_load(storage: optuna.storages.BaseStorage, name: str, direction: str) -> tuple[optuna.Study, bool]:
    """The study ``name``, and whether this process created it. Creating is atomic in every Optuna
    storage (one process wins, the others get ``DuplicatedStudyError``), so only the creator claims
    a new study's fingerprint: two runs of different sweeps that start at once cannot both pass."""
    try:
        return optuna.create_study(storage=storage, study_name=name, direction=direction), True  # type: ignore[arg-type]
    except optuna.exceptions.DuplicatedStudyError:
        return optuna.load_study(study_name=name, storage=storage), False


def _await_fingerprint(study: optuna.Study, storage: optuna.storages.BaseStorage) -> dict[str, Any] | None:
    """The fingerprint of a study another process is setting up, once it has written it; ``None``
    after ``FINGERPRINT_WAIT`` seconds (a study made by plain Optuna, or by a run cut short then)."""
    deadline = time.monotonic() + FINGERPRINT_WAIT
    while time.monotonic() < deadline:
        time.sleep(0.1)
        fp = read_fingerprint(optuna.load_study(study_name=study.study_name, storage=storage), storage)
        if fp is not None:
            return dict(fp)
    return None


def _warm_start(
    study: optuna.Study,
    cfg: RunConfig,
    fp: dict[str, Any],
    space: dict[str, dict[str, Any]],
    storage: optuna.storages.BaseStorage,
    data_meta: dict[str, Any],
) -> None:
    """Copy ``cfg.warm_start``'s finished trials into the new ``study`` (before its fingerprint is set)."""
    from textclf_tune.store.warmstart import check_compatible, copy_trials, cut_vocabulary

    if cfg.warm_start == study.study_name:
        raise StudyError(f"--warm-start {cfg.warm_start!r} names the study being created; name the old study")
    if cfg.warm_start not in optuna.get_all_study_names(storage=storage):
        raise StudyError(
            f"--warm-start {cfg.warm_start!r}: no such study in {cfg.storage}; see tune leaderboard for the names"
        )
    if study.get_trials(deepcopy=False):
        raise StudyError(
            f"study {study.study_name!r} holds trials but no fingerprint (an earlier warm start was cut short). "
            f"Remedy: optuna delete-study --study-name {study.study_name} --storage {cfg.storage}, then run again."
        )
    source = optuna.load_study(study_name=cfg.warm_start, storage=storage)
    check_compatible(source, fp, storage)
    cut = cut_vocabulary(read_fingerprint(source, storage) or {}, fp)
    if cut is not None:  # the old trials' data is this sweep's loaded data cut to num_words=cut
        data_meta = {**data_meta, "options": {**(data_meta.get("options") or {}), "num_words": cut}}
    require_same_data(
        source.user_attrs.get(S.DATA) or {},
        data_meta,
        f"--warm-start {cfg.warm_start!r}: its trials were trained on other data than this sweep loads now",
        "run without --warm-start.",
    )
    result = copy_trials(source, study, space, storage)
    study.set_user_attr(S.WARM_START, result.as_attr())
    source.set_user_attr(S.CONTINUED_IN, study.study_name)
    source.set_user_attr(S.STATUS, "superseded")


def counts(study: optuna.Study) -> dict[str, int]:
    out = {s.name: 0 for s in TrialState}
    for t in study.get_trials(deepcopy=False):
        out[t.state.name] += 1
    return out


def session_seed(seed: int, n_existing: int, worker: int) -> int:
    """The sampler seed of one session of one worker. A resumed session must not replay old
    samples (``n_existing`` moves it), and processes sharing a study with their own ``--seed``
    must not draw alike: a plain sum gave ``--seed 1`` after 5 trials the seed of ``--seed 2``
    after 4, and both trained the same configuration. Each part is spread by its own prime."""
    return (seed * 1_000_003 + n_existing * 7_919 + worker * 104_729) % (2**31 - 1)


def position(study: optuna.Study, number: int) -> int:
    """Where trial ``number`` stands in the budget as it starts: the finished (complete or pruned)
    trials, plus the running ones started no later than it, itself included. Workers sharing a
    study start trials together; each then shows its own place (1/4, 2/4), not the same one."""
    finished = running = 0
    for t in study.get_trials(deepcopy=False, states=(TrialState.COMPLETE, TrialState.PRUNED, TrialState.RUNNING)):
        if t.state == TrialState.RUNNING:
            running += t.number <= number
        else:
            finished += 1
    return finished + max(running, 1)


def fail_stale(study: optuna.Study, reporter: Reporter | None = None) -> None:
    """Fail trials whose worker died (no heartbeat, on RDB and journal storages) and enqueue them again."""
    numbers = fail_stale_trials(study)
    if numbers and reporter is not None:
        reasons = {t.number: t.user_attrs.get(T.FAIL_REASON, "") for t in study.get_trials(deepcopy=False)}
        capped = [n for n in numbers if GAVE_UP in reasons.get(n, "")]
        again = [n for n in numbers if n not in capped]
        if again:
            reporter.message(
                f"trial(s) {', '.join(map(str, again))} went stale (worker killed or hung): "
                "marked failed and queued again"
            )
        if capped:
            reporter.message(
                f"trial(s) {', '.join(map(str, capped))} went stale (worker killed or hung): marked failed, "
                f"{GAVE_UP}: their parameters went stale {MAX_RETRY + 1} times (the retry cap)"
            )


def waiting_note(study: optuna.Study, seen: set[int]) -> str:
    """What a run waiting on RUNNING trials of other processes says, once per trial: one may be
    left by a run that was killed, and goes stale after the grace period (then it is failed)."""
    running = [t.number for t in study.get_trials(deepcopy=False, states=(TrialState.RUNNING,))]
    new = [n for n in running if n not in seen]
    seen.update(running)
    if not new:
        return ""
    grace = getattr(getattr(study._storage, "_backend", study._storage), "grace_period", None)
    grace = grace or getattr(study._storage, "grace_period", None)
    stale = f"; a trial left by a killed run is failed after {grace} s without a heartbeat" if grace else ""
    return f"waiting for trial(s) {', '.join(map(str, new))}, running in another process, to finish the budget{stale}"


#: Failure reasons that say nothing of the reference config itself (a stop, a dead worker, a race).
NOT_ITS_FAULT = ("interrupted", "stale", "surplus", "a second copy")
#: A reference config that failed this often on its own is not queued again.
REFERENCE_TRIES = 2


def enqueue_reference(study: optuna.Study, sweep: Sweep, space: dict[str, dict[str, Any]]) -> str:
    """The reference config is the study's first trial, and stays queued until it has finished,
    unless it failed :data:`REFERENCE_TRIES` times by itself (a NaN loss, an error of its values):
    then it is not queued again, and the returned note says so (empty otherwise)."""
    if not sweep.reference_config:
        return ""
    failed = []
    for t in study.get_trials(deepcopy=False):
        if not t.user_attrs.get(T.IS_REFERENCE):
            continue
        if t.state in (*FINISHED, TrialState.WAITING, TrialState.RUNNING):
            return ""
        reason = str(t.user_attrs.get(T.FAIL_REASON, ""))
        if t.state == TrialState.FAIL and not reason.startswith(NOT_ITS_FAULT):
            failed.append((t.number, reason))
    if len(failed) >= REFERENCE_TRIES:
        numbers = ", ".join(str(n) for n, _ in failed)
        return (
            f"the reference config failed in trials {numbers} (last: {failed[-1][1][:200]}), so it is not queued "
            f"again and this study has no baseline; check reference_config in {sweep.path}"
        )
    # As Optuna params: a reverse-log value goes in as its mirror param (space.specs), else it is
    # sampled; a knob the reference config leaves out takes its declared default, as its build does.
    config = with_declared_defaults(space, sweep.reference_config)
    study.enqueue_trial(to_params(space, config), user_attrs={"is_reference": True})
    return ""


#: Why an enqueued trial is queued again: a stop or a full budget cut it short. A stale trial (a
#: dead worker) is not among them: the heartbeat's RetryStaleTrial queues it again, under its cap.
CUT_SHORT = ("interrupted", "surplus")


def requeue_stopped(study: optuna.Study) -> list[int]:
    """Queue again, once, each enqueued trial (``tune enqueue``, ``study.enqueue_trial``) that a
    stop or a full budget cut short (:data:`CUT_SHORT`): what a user asked for is not lost. The
    reference config has its own rule (:func:`enqueue_reference`); a trial whose values another
    trial already holds, waiting, running or finished, is left. Returns the numbers queued again."""
    trials = study.get_trials(deepcopy=False)

    def key(values: dict[str, Any]) -> str:
        return repr(sorted(values.items()))

    held = {
        key(t.system_attrs.get(Sys.FIXED_PARAMS) or t.params)
        for t in trials
        if t.state in (*FINISHED, TrialState.WAITING, TrialState.RUNNING)
    }
    again = []
    for t in trials:
        fixed = t.system_attrs.get(Sys.FIXED_PARAMS)
        reason = str(t.user_attrs.get(T.FAIL_REASON, ""))
        if t.state != TrialState.FAIL or not fixed or t.user_attrs.get(T.IS_REFERENCE):
            continue
        if not reason.startswith(CUT_SHORT) or key(fixed) in held:
            continue
        study.enqueue_trial(fixed, user_attrs={T.REQUEUED_FROM: t.number})
        held.add(key(fixed))
        again.append(t.number)
    return again


def _jsonable(v: Any) -> bool:
    import json

    try:
        json.dumps(v)
        return True
    except (TypeError, ValueError):
        return False


def recorded_data(meta: dict[str, Any]) -> dict[str, Any]:
    """The dataset record a study keeps (``Dataset.meta``, JSON values only), its source file and data
    folder shown as :func:`~textclf_tune.data.locate.shown_path` shows them."""
    from textclf_tune.data.locate import shown_path

    out = {k: v for k, v in meta.items() if _jsonable(v)}
    source = out.get("source")
    if isinstance(source, dict) and isinstance(source.get("path"), str):
        out["source"] = {**source, "path": shown_path(source["path"])}
    options = out.get("options")
    if isinstance(options, dict) and isinstance(options.get("data_dir"), str):
        out["options"] = {**options, "data_dir": shown_path(options["data_dir"])}
    return out


def _without_vocab(data: Any) -> Any:
    return {k: v for k, v in data.items() if k != "num_words"} if isinstance(data, dict) else data


def _restore(study: optuna.Study, sweep: Sweep) -> str:
    """The other way out of a fingerprint mismatch: the study's own sweep file as it was (another
    file given with --study-name never made it)."""
    recorded = Path(str(study.user_attrs.get(S.SWEEP_FILE) or ""))
    if recorded.is_file() and Path(sweep.path).is_file() and not recorded.samefile(sweep.path):
        return f"run the sweep file that made it ({recorded}) as it was"
    return f"restore {sweep.path} as it was"
