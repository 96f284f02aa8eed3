"""``tune confirm``: choose on mean validation over seeds, then open the test split once.

The best of many single noisy runs is partly luck (the winner's curse), and a search never sees
the test split. So ``confirm``, in this order:

1. retrains the top ``K`` configurations by validation (distinct configs, best trial first) with
   ``N`` seeds each (``1000 + i``), on the same training split and preset as the study, validation
   only: nothing touches the test split;
2. chooses the configuration with the best *mean* validation objective
   (:func:`textclf_tune.analysis.choice.choose`);
3. declares the test opening in the study (``S.TEST_OPENINGS``: when, this command, the chosen and
   the reference config, plain or ``--refit``), and only then scores the chosen configuration and
   the sweep's reference configuration (the baseline) on test with the same ``N`` seeds. A chosen
   run's weights from step 1 are kept in memory and scored as they are; a run whose weights are
   gone (a confirm stopped after step 1) is retrained with its seed.

Every run is stored with the study as soon as it finishes:

* ``study.user_attrs[S.CONFIRM_RUNS]``: every run ever made, keyed by (config hash, seed, refit
  epochs); validation-only runs carry ``test_accuracy: None`` until their config is chosen. A
  stored run is reused, so a stopped confirm keeps its finished runs and running it twice trains
  nothing.
* ``study.user_attrs[S.CONFIRMATION]``: the summary the leaderboard and report show: the
  candidates' validation runs (mean ± sd), the choice, both lists of test accuracies, mean ± sd of
  each, Δ = mean(tuned) − mean(baseline) and its 95% CI from Welch's t; and the same comparison on
  the objective's test counterpart when the objective is not accuracy (``val_auc`` -> ``auc``).

With ``refit=True`` (``tune confirm STUDY --refit``) the choice is made the same way (on
validation runs), and then each test run trains on train + validation for a fixed number of
epochs, the best epoch its trial chose on validation (the baseline's from the baseline trial),
with no early stopping: the final-model protocol. Those runs carry ``refit_epochs``, and the
summary is ``study.user_attrs[S.CONFIRMATION_REFIT]``.

The sweep file must still match the study's fingerprint; a changed sweep is refused, naming what
changed, because its configurations would no longer be the ones the study measured.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import optuna
from optuna.trial import FrozenTrial, TrialState

from textclf_tune.analysis.choice import Candidate, candidate, choose, compare, counterpart_metric
from textclf_tune.engine.retraining import Retraining, config_hash, open_for_retraining
from textclf_tune.errors import StudyError, TuneError
from textclf_tune.report.leaderboard import reference_trial
from textclf_tune.store.records import S, T, opening_record, record_opening
from textclf_tune.store.storage import DEFAULT_STORAGE, load_existing_study

#: Confirmation run ``i`` is seeded with ``SEED_BASE + i`` (trial seeds are ``training.seed + n``).
SEED_BASE = 1000
DEFAULT_SEEDS = 3
DEFAULT_TOP = 3
RUNS_ATTR = S.CONFIRM_RUNS
SUMMARY_ATTR = S.CONFIRMATION
REFIT_SUMMARY_ATTR = S.CONFIRMATION_REFIT
TUNED, BASELINE, CANDIDATE = "tuned", "baseline", "candidate"
Key = tuple[str, int, int | None]


class ConfirmEvents:
    """What :func:`confirm` tells as it goes. Silent here; ``textclf_tune.cli.confirm_view`` draws it."""

    def start(self, info: dict[str, Any]) -> None: ...
    def run_start(self, phase: str, index: int, total: int, role: str, trial: int | None, seed: int) -> None: ...
    def run_end(self, phase: str, record: dict[str, Any]) -> None: ...
    def chosen(self, choice: dict[str, Any]) -> None:
        """The candidates' validation runs and the choice, before the test split is opened."""


def top_trials(study: optuna.Study, top: int) -> list[FrozenTrial]:
    """The ``top`` complete trials with distinct configurations, best validation value first."""
    done = [t for t in study.get_trials(deepcopy=False) if t.state == TrialState.COMPLETE and t.value is not None]
    if not done:
        raise StudyError(
            f"study {study.study_name!r} has no complete trial yet, so there is no config to confirm; "
            f"run the sweep first (e.g. {study.user_attrs.get(S.COMMAND) or 'tune run SWEEP.py'})"
        )
    sign = -1.0 if study.direction == optuna.study.StudyDirection.MAXIMIZE else 1.0
    done.sort(key=lambda t: (sign * float(t.value), t.number))  # type: ignore[arg-type]
    out: list[FrozenTrial] = []
    seen: set[str] = set()
    for t in done:
        h = config_hash(dict(t.params))
        if h not in seen:
            seen.add(h)
            out.append(t)
        if len(out) == top:
            break
    return out


def _best_epoch(study: optuna.Study, t: FrozenTrial) -> int:
    """The epoch a trial chose on validation: how long its ``--refit`` runs train."""
    epoch = t.user_attrs.get(T.BEST_EPOCH)
    if not isinstance(epoch, int) or epoch < 1:
        raise StudyError(
            f"trial {t.number} of study {study.study_name!r} records no best epoch (user attr 'best_epoch'), "
            "so a refit cannot know how long to train; confirm without --refit"
        )
    return epoch


def _key(cfg: dict[str, Any], seed: int, epochs: int | None) -> Key:
    return config_hash(cfg), seed, epochs


def _key_of(r: dict[str, Any]) -> Key:
    return r["config_hash"], r["seed"], r.get("refit_epochs")


def _runs_by_key(runs: list[dict[str, Any]]) -> dict[Key, dict[str, Any]]:
    """Stored runs by the :func:`_key` they were trained for (plain runs have no ``refit_epochs``)."""
    return {_key_of(r): r for r in runs}


def _check_counts(seeds: int, top: int) -> None:
    if isinstance(seeds, bool) or not isinstance(seeds, int) or seeds < 2:
        raise TuneError(
            f"--seeds must be a whole number >= 2 (a mean ± sd and a confidence interval need two runs per "
            f"config), but got {seeds!r}; use the default {DEFAULT_SEEDS} or more"
        )
    if isinstance(top, bool) or not isinstance(top, int) or top < 1:
        raise TuneError(f"--top must be a whole number >= 1, but got {top!r}; use the default {DEFAULT_TOP}")


def confirm(
    study_name: str,
    storage: str = DEFAULT_STORAGE,
    seeds: int = DEFAULT_SEEDS,
    data_dir: str | None = None,
    sweep_path: str | None = None,
    refit: bool = False,
    top: int = DEFAULT_TOP,
    command: str = "",
    events: ConfirmEvents | None = None,
) -> dict[str, Any]:
    """Choose among the top ``top`` configs on mean validation over ``seeds`` seeds, then score the
    chosen one and the baseline on test; store and return the summary (see the module doc).
    ``command``: recorded with the test opening (the CLI passes its command line)."""
    _check_counts(seeds, top)
    ev = events or ConfirmEvents()
    early = load_existing_study(study_name, storage)
    early_top = top_trials(early, top)  # fails here (no complete trial) before loading data
    if refit:  # and here when a trial has no best epoch to refit for
        for t in [*early_top, *filter(None, [reference_trial(early.get_trials(deepcopy=False))])]:
            _best_epoch(early, t)
    # Always rebuilt and checked, even when every run is stored: a changed sweep is refused.
    rt = open_for_retraining(study_name, storage, data_dir, sweep_path)
    study = rt.study
    cands = top_trials(study, top)
    base = reference_trial(study.get_trials(deepcopy=False))
    reference = dict(study.user_attrs.get(S.REFERENCE_CONFIG) or {})
    seed_list = [SEED_BASE + i for i in range(seeds)]
    runs: list[dict[str, Any]] = list(study.user_attrs.get(RUNS_ATTR) or [])
    done = _runs_by_key(runs)
    kept: dict[Key, Any] = {}  # this session's validation runs' weights, for scoring the chosen ones as they are

    def store(record: dict[str, Any]) -> None:  # at once: a stopped confirm keeps every finished run
        key = _key_of(record)
        at = next((i for i, r in enumerate(runs) if _key_of(r) == key), None)
        if at is None:
            runs.append(record)
        else:
            runs[at] = record
        done[key] = record
        study.set_user_attr(RUNS_ATTR, runs)

    val_todo = [
        (t, seed)
        for seed in seed_list
        for t in cands
        if (done.get(_key(t.params, seed, None)) or {}).get("val") is None
    ]
    ev.start(
        {
            "study": study_name,
            "candidates": [t.number for t in cands],
            "seeds": seed_list,
            "to_train": len(val_todo),
            "reused": len(cands) * seeds - len(val_todo),
            "quick": rt.quick,
            "epochs": rt.trainer.epochs,
            "refit": refit,
        }
    )
    for i, (t, seed) in enumerate(val_todo, 1):
        ev.run_start("validation", i, len(val_todo), CANDIDATE, t.number, seed)
        record, weights = _train(rt, CANDIDATE, dict(t.params), seed, t.number, test=False)
        kept[_key_of(record)] = weights
        store(record)
        ev.run_end("validation", record)

    ranked = [
        candidate(t.number, rank, config_hash(t.params), [done[_key(t.params, s, None)]["val"] for s in seed_list])
        for rank, t in enumerate(cands, 1)
    ]
    maximize = study.direction == optuna.study.StudyDirection.MAXIMIZE
    pick = choose(ranked, maximize)
    chosen = next(t for t in cands if t.number == pick.trial)
    epochs_of: dict[str, int | None] = {TUNED: None, BASELINE: None}
    if refit:
        epochs_of = {TUNED: _best_epoch(study, chosen), BASELINE: _best_epoch(study, base) if base else None}
    roles: list[tuple[str, dict[str, Any], int | None]] = [(TUNED, dict(chosen.params), chosen.number)]
    if reference:
        roles.append((BASELINE, reference, base.number if base else None))
    ev.chosen(_choice(study, ranked, pick, cands, refit, epochs_of, seed_list, reference))

    test_todo: dict[Key, tuple[str, dict[str, Any], int | None, int]] = {}
    for seed in seed_list:
        for role, cfg, trial in roles:
            key = _key(cfg, seed, epochs_of[role])
            if (done.get(key) or {}).get("test_accuracy") is None:
                test_todo.setdefault(key, (role, cfg, trial, seed))  # the chosen may be the reference itself
    if test_todo:  # declared before any test figure exists
        configs = [{"role": r, "trial": n, "config_hash": config_hash(c), "config": c} for r, c, n in roles]
        record_opening(
            study,
            opening_record(
                command or f"confirm {study_name}",
                "confirm: score the config chosen on mean validation and the baseline",
                configs,
                seeds=seed_list,
                top=len(cands),
                refit=refit,
                refit_epochs=epochs_of if refit else None,
            ),
        )
    for i, (key, (role, cfg, trial, seed)) in enumerate(test_todo.items(), 1):
        ev.run_start("test", i, len(test_todo), role, trial, seed)
        if key[2] is not None:  # --refit: trained on train + validation, then scored
            record, _ = _train(rt, role, cfg, seed, trial, test=True, epochs=key[2])
        elif key in kept and kept[key] is not None:  # the very weights that were chosen on
            record = _with_test(done[key], role, _score_weights(rt, cfg, seed, kept[key]))
        else:  # weights gone (a stopped confirm) or never trained: train with this seed
            fresh, _ = _train(rt, role, cfg, seed, trial, test=True)
            record = fresh if key not in done else _with_test(done[key], role, fresh["test_metrics"], retrained=True)
        store(record)
        ev.run_end("test", record)

    summary = summarize(study, ranked, chosen, roles, seed_list, done, epochs_of if refit else None, base)
    study.set_user_attr(REFIT_SUMMARY_ATTR if refit else SUMMARY_ATTR, summary)
    return summary


def _choice(
    study: optuna.Study,
    ranked: list[Candidate],
    pick: Candidate,
    cands: list[FrozenTrial],
    refit: bool,
    epochs_of: dict[str, int | None],
    seeds: list[int],
    reference: dict[str, Any],
) -> dict[str, Any]:
    config = {t.number: dict(t.params) for t in cands}
    return {
        "objective": study.user_attrs.get(S.OBJECTIVE, "val_accuracy"),
        "direction": "maximize" if study.direction == optuna.study.StudyDirection.MAXIMIZE else "minimize",
        "candidates": [{**c.to_dict(), "config": config[c.trial], "chosen": c is pick} for c in ranked],
        "chosen_trial": pick.trial,
        "chosen_config": config[pick.trial],
        "chosen_is_reference": bool(reference) and config_hash(config[pick.trial]) == config_hash(reference),
        "seeds": seeds,
        "refit": refit,
        "refit_epochs": dict(epochs_of) if refit else None,
    }


def _now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _with_test(record: dict[str, Any], role: str, metrics: dict[str, float], retrained: bool = False) -> dict[str, Any]:
    out = {**record, "role": role, "test_accuracy": metrics.get("accuracy"), "test_metrics": metrics}
    out["test_scored"] = _now()
    if retrained:
        out["test_retrained"] = True  # the weights chosen on were gone; retrained with the same seed
    return out


def _score_weights(rt: Retraining, cfg: dict[str, Any], seed: int, weights: Any) -> dict[str, float]:
    from textclf_tune.space.hp import HyperParameters  # imports Keras

    hp = HyperParameters(values=cfg, where=f"{rt.sweep.path}: confirm")
    model = rt.trainer.build(hp, seed)
    model.set_weights(weights)
    maxlen, batch_size = rt.trainer.resolve(hp)
    return dict(rt.trainer.evaluate_test(model, maxlen, batch_size, rt.trainer.num_words_for(hp)))


def _train(
    rt: Retraining,
    role: str,
    cfg: dict[str, Any],
    seed: int,
    trial: int | None,
    test: bool,
    epochs: int | None = None,
) -> tuple[dict[str, Any], Any]:
    """One run (``test``: scored on test too); its record and, for a validation run, its weights."""
    from textclf_tune.engine import runtime as env
    from textclf_tune.space.hp import HyperParameters  # imports Keras

    hp = HyperParameters(values=cfg, where=f"{rt.sweep.path}: confirm {role} config")
    t0 = time.perf_counter()
    if epochs is None:
        result = rt.trainer.fit(hp, seed, evaluate_test=test)
    else:
        result = rt.trainer.refit(hp, seed, epochs, evaluate_test=test)
    runtime = env.runtime_info()
    record = {
        "role": role,
        "trial": trial,
        "config_hash": config_hash(cfg),
        "config": cfg,
        "seed": seed,
        "test_accuracy": result.test_accuracy if test else None,
        "test_metrics": dict(result.test_metrics) if test else {},
        "best_epoch": result.best_epoch,
        "epochs_run": len(result.history.get("loss", [])),
        "val": None if epochs is not None else result.best_value,
        "val_history": result.history.get(rt.sweep.objective, []),
        "refit_epochs": epochs,
        "train_rows": getattr(result, "train_rows", None),
        "maxlen": result.maxlen,
        "batch_size": result.batch_size,
        "train_seconds": round(result.train_seconds, 3),
        "seconds": round(time.perf_counter() - t0, 3),
        "quick": rt.quick,
        "backend": runtime["backend"],
        "device": runtime["device"],
        "finished": _now(),
    }
    if test:
        record["test_scored"] = record["finished"]
    model = getattr(result, "model", None)
    return record, (model.get_weights() if model is not None and not test else None)


RUN_FIELDS = ("role", "trial", "seed", "test_accuracy", "best_epoch", "epochs_run", "val", "seconds", "config_hash")


def summarize(
    study: optuna.Study,
    ranked: list[Candidate],
    chosen: FrozenTrial,
    roles: list[tuple[str, dict[str, Any], int | None]],
    seeds: list[int],
    done: dict[Key, dict[str, Any]],
    epochs_of: dict[str, int | None] | None,
    base: FrozenTrial | None,
) -> dict[str, Any]:
    """The stored ``confirmation`` (or ``confirmation_refit``) record (JSON): see the module doc."""
    epochs_of = epochs_of or {}
    runs = [
        {**done[_key(cfg, seed, epochs_of.get(role))], "role": role, "trial": trial}
        for seed in seeds
        for role, cfg, trial in roles
    ]
    by_role = {role: [r for r in runs if r["role"] == role] for role in (TUNED, BASELINE)}
    objective = str(study.user_attrs.get(S.OBJECTIVE, "val_accuracy"))
    maximize = study.direction == optuna.study.StudyDirection.MAXIMIZE
    out: dict[str, Any] = {
        **compare([r["test_accuracy"] for r in by_role[TUNED]], [r["test_accuracy"] for r in by_role[BASELINE]]),
        "metric": "test_accuracy",
        "objective": objective,
        "direction": "maximize" if maximize else "minimize",
        "choice": "best mean validation over the top configs",
        "top": len(ranked),
        "candidates": [{**c.to_dict(), "chosen": c.trial == chosen.number} for c in ranked],
        "best_trial": chosen.number,
        "baseline_trial": base.number if base else None,
        "tuned_config": dict(chosen.params),
        "baseline_config": dict(study.user_attrs.get(S.REFERENCE_CONFIG) or {}),
        "seeds": seeds,
        "quick": bool(study.user_attrs.get(S.QUICK, False)),
        "refit": bool(epochs_of),
        "refit_epochs": dict(epochs_of) if epochs_of else None,
        "train_rows": sorted({int(r["train_rows"]) for r in runs if r.get("train_rows")}),
        "runs": [{k: r[k] for k in (*RUN_FIELDS, "refit_epochs") if k in r} for r in runs],
        "counterpart": None,
        "updated": _now(),
    }
    metric = counterpart_metric(objective)
    if metric is not None:
        values = {role: [(r.get("test_metrics") or {}).get(metric) for r in rs] for role, rs in by_role.items()}
        if all(v is not None for vs in values.values() for v in vs):
            out["counterpart"] = {
                "metric": metric,
                "direction": out["direction"],
                **compare(values[TUNED], values[BASELINE]),  # type: ignore[arg-type]
            }
    return out
