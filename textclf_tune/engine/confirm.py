"""``tune confirm``: choose on mean validation over seeds, then open the test split once.

The best of many single noisy runs is partly luck (the winner's curse), and a search never sees
the test split. So ``confirm``, in this order:

1. retrains the top ``K`` configurations by validation (distinct configs, best trial first) with
   ``N`` seeds each (``1000 + i``), on the same training split and preset as the study, validation
   only: nothing touches the test split;
2. chooses the configuration with the best *mean* validation objective
   (:func:`textclf_tune.analysis.choice.choose`), and keeps its best validation run's model in
   the artifact store for ``tune export STUDY --confirmed`` (:mod:`~textclf_tune.engine.confirm_keep`);
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
with no early stopping: the final-model protocol. With ``refit_epochs="runs"`` the chosen
config's count is instead the median best epoch of its validation runs here (one per seed, read on
validation only): steadier than one trial's, as a schedule such as cosine decay may move the peak.
Those runs carry ``refit_epochs``, and the summary is ``study.user_attrs[S.CONFIRMATION_REFIT]``.

The sweep file must still match the study's fingerprint; a changed sweep is refused, naming what
changed, because its configurations would no longer be the ones the study measured.
"""

from __future__ import annotations

import statistics
from typing import Any

import optuna

from textclf_tune.analysis.choice import candidate, choose
from textclf_tune.engine.confirm_choice import (
    DEFAULT_SEEDS,
    DEFAULT_TOP,
    best_epoch,
    check_counts,
    choice_record,
    top_trials,
)
from textclf_tune.engine.confirm_keep import keep_chosen
from textclf_tune.engine.confirm_runs import (
    BASELINE,
    CANDIDATE,
    TUNED,
    Key,
    key_of,
    run_key,
    runs_by_key,
    score_weights,
    train_run,
    with_test,
)
from textclf_tune.engine.confirm_summary import RUN_FIELDS, summarize
from textclf_tune.engine.retraining import Retraining, config_hash, open_for_retraining
from textclf_tune.errors import TuneError
from textclf_tune.report.leaderboard import reference_trial
from textclf_tune.store.records import S, opening_record, record_opening, trial_values
from textclf_tune.store.storage import DEFAULT_STORAGE, load_existing_study

__all__ = [
    "BASELINE",
    "CANDIDATE",
    "DEFAULT_SEEDS",
    "DEFAULT_TOP",
    "REFIT_SUMMARY_ATTR",
    "RUNS_ATTR",
    "RUN_FIELDS",
    "SEED_BASE",
    "SUMMARY_ATTR",
    "TUNED",
    "ConfirmEvents",
    "Retraining",
    "config_hash",
    "confirm",
    "open_for_retraining",
    "summarize",
    "top_trials",
]

#: Confirmation run ``i`` is seeded with ``SEED_BASE + i`` (trial seeds are ``training.seed + n``).
SEED_BASE = 1000
RUNS_ATTR = S.CONFIRM_RUNS
SUMMARY_ATTR = S.CONFIRMATION
REFIT_SUMMARY_ATTR = S.CONFIRMATION_REFIT


class ConfirmEvents:
    """What :func:`confirm` tells as it goes. Silent here; ``textclf_tune.cli.confirm_view`` draws it."""

    def start(self, info: dict[str, Any]) -> None: ...
    def run_start(self, phase: str, index: int, total: int, role: str, trial: int | None, seed: int) -> None: ...
    def run_end(self, phase: str, record: dict[str, Any]) -> None: ...
    def chosen(self, choice: dict[str, Any]) -> None:
        """The candidates' validation runs and the choice, before the test split is opened."""

    def kept(self, record: dict[str, Any] | None) -> None:
        """The chosen config's run kept for ``tune export --confirmed`` (None: none could be kept)."""

    def warning(self, text: str) -> None:
        """Something the user should weigh before reading the figures (e.g. a refit decided late)."""


#: Where a refit's epoch count for the chosen config comes from: its trial's best epoch, or the
#: median best epoch of its validation runs in this confirmation.
REFIT_EPOCHS = ("trial", "runs")


def confirm(
    study_name: str,
    storage: str = DEFAULT_STORAGE,
    seeds: int = DEFAULT_SEEDS,
    data_dir: str | None = None,
    sweep_path: str | None = None,
    refit: bool = False,
    top: int = DEFAULT_TOP,
    refit_epochs: str = "trial",
    command: str = "",
    events: ConfirmEvents | None = None,
    artifacts: str | None = None,
) -> dict[str, Any]:
    """Choose among the top ``top`` configs on mean validation over ``seeds`` seeds, keep the chosen
    config's best validation run's model (in the artifact store: ``artifacts``, else the default
    beside the storage), then score the chosen config and the baseline on test; store and return
    the summary (see the module doc). ``command``: recorded with the test opening (the CLI passes
    its command line)."""
    check_counts(seeds, top)
    if refit_epochs not in REFIT_EPOCHS:
        raise TuneError(f"refit_epochs must be one of {', '.join(REFIT_EPOCHS)}, but got {refit_epochs!r}")
    ev = events or ConfirmEvents()
    early = load_existing_study(study_name, storage)
    early_top = top_trials(early, top)  # fails here (no complete trial) before loading data
    if refit:  # and here when a trial has no best epoch to refit for
        for t in [*early_top, *filter(None, [reference_trial(early.get_trials(deepcopy=False))])]:
            best_epoch(early, t)
    # Always rebuilt and checked, even when every run is stored: a changed sweep is refused.
    rt = open_for_retraining(study_name, storage, data_dir, sweep_path)
    study = rt.study
    cands = top_trials(study, top)
    base = reference_trial(study.get_trials(deepcopy=False))
    reference = dict(study.user_attrs.get(S.REFERENCE_CONFIG) or {})
    if refit:  # a config the refit cannot train is refused before anything trains or the test opens
        from textclf_tune.space.hp import HyperParameters  # imports Keras

        for cfg in [*(trial_values(t) for t in cands), *([reference] if reference else [])]:
            rt.trainer.check_refit(HyperParameters(values=cfg, where=f"{rt.sweep.path}: confirm --refit"), SEED_BASE)
    seed_list = [SEED_BASE + i for i in range(seeds)]
    runs: list[dict[str, Any]] = list(study.user_attrs.get(RUNS_ATTR) or [])
    done = runs_by_key(runs)
    kept: dict[Key, Any] = {}  # this session's validation runs' weights, for scoring the chosen ones as they are

    def store(record: dict[str, Any]) -> None:  # at once: a stopped confirm keeps every finished run
        key = key_of(record)
        at = next((i for i, r in enumerate(runs) if key_of(r) == key), None)
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
        if (done.get(run_key(trial_values(t), seed, None)) or {}).get("val") is None
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
        record, weights = train_run(rt, CANDIDATE, trial_values(t), seed, t.number, test=False)
        kept[key_of(record)] = weights
        store(record)
        ev.run_end("validation", record)

    ranked = [
        candidate(
            t.number,
            rank,
            config_hash(trial_values(t)),
            [done[run_key(trial_values(t), s, None)]["val"] for s in seed_list],
        )
        for rank, t in enumerate(cands, 1)
    ]
    same = [
        (t.number, c.values[0]) for t, c in zip(cands, ranked) if len(seed_list) > 1 and same_runs(t, done, seed_list)
    ]
    if same:
        ev.warning(same_under_seeds_note(same, seed_list))
    maximize = study.direction == optuna.study.StudyDirection.MAXIMIZE
    pick = choose(ranked, maximize)
    chosen = next(t for t in cands if t.number == pick.trial)
    epochs_of: dict[str, int | None] = {TUNED: None, BASELINE: None}
    if refit:
        tuned_epochs = best_epoch(study, chosen)
        if refit_epochs == "runs":  # the chosen config's validation runs, one per seed
            bests = sorted(int(done[run_key(trial_values(chosen), s, None)]["best_epoch"]) for s in seed_list)
            tuned_epochs = int(statistics.median_low(bests))
        epochs_of = {TUNED: tuned_epochs, BASELINE: best_epoch(study, base) if base else None}
    roles: list[tuple[str, dict[str, Any], int | None]] = [(TUNED, trial_values(chosen), chosen.number)]
    if reference:
        roles.append((BASELINE, reference, base.number if base else None))
    epochs_from = refit_epochs if refit else None
    ev.chosen(choice_record(study, ranked, pick, cands, refit, epochs_of, seed_list, reference, epochs_from))
    ev.kept(keep_chosen(rt, storage, artifacts, chosen, seed_list, done, kept, command or f"confirm {study_name}", ev))

    test_todo: dict[Key, tuple[str, dict[str, Any], int | None, int]] = {}
    for seed in seed_list:
        for role, cfg, trial in roles:
            key = run_key(cfg, seed, epochs_of[role])
            if (done.get(key) or {}).get("test_accuracy") is None:
                test_todo.setdefault(key, (role, cfg, trial, seed))  # the chosen may be the reference itself
    seen_before = _test_seen_before_refit(study) if refit else None
    if seen_before is not None and test_todo:
        ev.warning(
            f"--refit is declared after the test split was opened ({seen_before['when']}, by "
            f"{seen_before['command']!r}): a refit decided with test figures in view is a choice on test; the "
            "report says so beside its figures. Declare --refit with the first tune confirm of a study."
        )
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
                refit_epochs_from=epochs_from,
            ),
        )
    for i, (key, (role, cfg, trial, seed)) in enumerate(test_todo.items(), 1):
        ev.run_start("test", i, len(test_todo), role, trial, seed)
        if key[2] is not None:  # --refit: trained on train + validation, then scored
            record, _ = train_run(rt, role, cfg, seed, trial, test=True, epochs=key[2])
        elif key in kept and kept[key] is not None:  # the very weights that were chosen on
            record = with_test(done[key], role, score_weights(rt, cfg, seed, kept[key]))
        else:  # weights gone (a stopped confirm) or never trained: train with this seed
            fresh, _ = train_run(rt, role, cfg, seed, trial, test=True)
            record = fresh if key not in done else with_test(done[key], role, fresh["test_metrics"], retrained=True)
        store(record)
        ev.run_end("test", record)

    summary = summarize(study, ranked, chosen, roles, seed_list, done, epochs_of if refit else None, base, epochs_from)
    if refit:
        previous = study.user_attrs.get(REFIT_SUMMARY_ATTR) or {}
        late = seen_before if test_todo else previous.get("declared_after_test")
        if late is not None:  # kept across reruns that train nothing new
            summary["declared_after_test"] = {"when": late.get("when"), "command": late.get("command")}
    study.set_user_attr(REFIT_SUMMARY_ATTR if refit else SUMMARY_ATTR, summary)
    return summary


def _test_seen_before_refit(study: optuna.Study) -> dict[str, Any] | None:
    """The first opening of the test split that was not a refit confirmation's own (a plain
    ``tune confirm``, ``--score-test`` during the search), or None: the refit is then declared
    before any test figure of the study's models existed. The linear baseline's opening scores
    no model of the study and does not count."""
    for o in study.user_attrs.get(S.TEST_OPENINGS) or []:
        purpose = str(o.get("purpose", ""))
        if not o.get("refit") and not purpose.startswith("baseline"):
            return dict(o)
    if study.user_attrs.get(S.TEST_SEEN_DURING_SEARCH):
        return {"when": "during the search", "command": study.user_attrs.get(S.COMMAND) or "tune run --score-test"}
    return None


def same_runs(trial: optuna.trial.FrozenTrial, done: dict[Key, dict[str, Any]], seeds: list[int]) -> bool:
    """Whether a config's validation runs under different seeds have the same curve, epoch for
    epoch (a coarse accuracy can tie by chance at one epoch, hardly at all of them)."""
    curves = [done[run_key(trial_values(trial), s, None)].get("val_history") for s in seeds]
    return bool(curves[0]) and all(c == curves[0] for c in curves[1:])


def same_under_seeds_note(same: list[tuple[int, float]], seeds: list[int]) -> str:
    """A warning for configs whose validation runs under different seeds came out identical: a
    seed fixed inside build(hp) or fit overrides each run's own, and the runs measure one model."""
    which = ", ".join(f"trial {n}'s ({v:.4f})" for n, v in same)
    return (
        f"the validation runs of {which} config are identical, epoch for epoch, under every seed "
        f"({', '.join(map(str, seeds))}): a seed set inside build(hp) or fit (keras.utils.set_random_seed) "
        "overrides each run's own, so the runs measure one model; set it at the top of the sweep file or not at all"
    )
