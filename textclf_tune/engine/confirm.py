"""``tune confirm``: retrain the best and the reference configuration with several seeds.

A single trial's test accuracy moves by about half a point between seeds, so one lucky trial does
not say how far tuning beat the baseline. ``confirm`` retrains the study's best trial's
configuration and the sweep's reference configuration ``N`` times each (seeds ``1000 + i``), on the
same training split and preset (``--quick`` studies keep their subsample and epochs), scores each
on the test split and stores every run with the study as soon as it finishes:

* ``study.user_attrs[S.CONFIRM_RUNS]``: every run ever made, keyed by (config hash, seed). A run
  that is already there is reused, so an interrupted confirm keeps its finished runs and running
  it twice trains nothing.
* ``study.user_attrs[S.CONFIRMATION]``: the summary the leaderboard and report show (see
  :func:`summarize`): both lists of accuracies, mean ± sd of each, Δ = mean(tuned) −
  mean(baseline) and its 95% CI from Welch's t.

With ``refit=True`` (``tune confirm STUDY --refit``) each run instead trains on train +
validation for a fixed number of epochs, the best epoch its trial chose on validation (the
baseline's from the baseline trial), with no early stopping, then scores the test split: the
final-model protocol, and the original scripts' (they trained on every non-test example). Those
runs and their summary are kept apart: ``confirm_runs`` entries carry ``refit_epochs``, and the
summary is ``study.user_attrs[S.CONFIRMATION_REFIT]``.

The sweep file must still match the study's fingerprint; a changed sweep is refused, naming what
changed, because its configurations would no longer be the ones the study measured.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import optuna
from optuna.trial import FrozenTrial

from textclf_tune.analysis.stats import mean_sd, welch_ci
from textclf_tune.errors import StudyError, SweepError, TuneError
from textclf_tune.report.leaderboard import best_trial, reference_trial
from textclf_tune.space.fingerprint import differences, fingerprint, require_same_data
from textclf_tune.space.hp import HyperParameters
from textclf_tune.space.sweep import Sweep, load_sweep
from textclf_tune.store.records import S, T
from textclf_tune.store.storage import DEFAULT_STORAGE, load_existing_study

#: Confirmation run ``i`` is seeded with ``SEED_BASE + i`` (trial seeds are ``training.seed + n``).
SEED_BASE = 1000
DEFAULT_SEEDS = 3
RUNS_ATTR = "confirm_runs"
SUMMARY_ATTR = "confirmation"
REFIT_SUMMARY_ATTR = "confirmation_refit"
TUNED, BASELINE = "tuned", "baseline"


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


def check_fingerprint(study: optuna.Study, sweep: Sweep, quick: bool, space: dict[str, Any] | None) -> None:
    """Refuse (StudyError naming each change) when the sweep no longer matches the study.

    With ``space=None`` only the settings are compared (cheap, before any data is loaded)."""
    old = study.user_attrs.get(S.FINGERPRINT)
    if not old:
        return  # a study made by other means; nothing to compare against
    new = fingerprint(space if space is not None else {}, sweep.settings(quick))
    if space is None:
        old = {**old, "space": {}}
        changes = differences(old, new)
    elif old.get("hash") == new["hash"]:
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


def open_for_retraining(
    study_name: str, storage: str = DEFAULT_STORAGE, data_dir: str | None = None, sweep_path: str | None = None
) -> Retraining:
    """Load the study, its sweep file (fingerprint checked), the same data and the same trainer."""
    from textclf_tune.engine.setup import load_data, make_trainer, probe_space  # Keras only when training

    study = load_existing_study(study_name, storage)
    path = sweep_path or study.user_attrs.get(S.SWEEP_FILE)
    if not path:
        raise StudyError(
            f"study {study_name!r} records no sweep file (user attr 'sweep_file'), so its configurations cannot "
            "be rebuilt; pass --sweep PATH with the sweep file it ran"
        )
    if not Path(path).is_file():
        raise SweepError(
            f"the sweep file {str(path)!r} of study {study_name!r} does not exist (paths are relative to the "
            "folder the study ran in); run from that folder or pass --sweep PATH"
        )
    sweep = load_sweep(path)
    quick = bool(study.user_attrs.get(S.QUICK, False))
    check_fingerprint(study, sweep, quick, None)
    dataset = load_data(sweep, quick, data_dir)
    require_same_data(
        study.user_attrs.get(S.DATA) or {},
        getattr(dataset, "meta", {}),
        f"study {study_name!r} was trained on other data than {sweep.path} loads now, so retraining "
        "its configurations would not reproduce them",
        "load the data the study used (the same archive and textclf-tune version).",
    )
    trainer = make_trainer(sweep, dataset, quick)
    check_fingerprint(study, sweep, quick, probe_space(sweep, trainer))
    return Retraining(study, sweep, quick, dataset, trainer)


def _best(study: optuna.Study) -> FrozenTrial:
    best = best_trial(study, study.get_trials(deepcopy=False))
    if best is None:
        raise StudyError(
            f"study {study.study_name!r} has no complete trial yet, so there is no best config to confirm; "
            f"run the sweep first (e.g. {study.user_attrs.get('command') or 'tune run SWEEP.py'})"
        )
    return best


def plan(study: optuna.Study, seeds: int) -> list[tuple[str, dict[str, Any], int]]:
    """(role, config, seed) for each run, interleaved so a stopped confirm leaves both roles balanced."""
    best = _best(study)
    reference = study.user_attrs.get(S.REFERENCE_CONFIG) or {}
    roles: list[tuple[str, dict[str, Any]]] = [(TUNED, dict(best.params))]
    if reference:
        roles.append((BASELINE, dict(reference)))
    return [(role, cfg, SEED_BASE + i) for i in range(seeds) for role, cfg in roles]


def refit_epochs(study: optuna.Study) -> dict[str, int]:
    """Epochs of each role's refit: the best epoch its trial chose on validation."""
    trials = study.get_trials(deepcopy=False)
    out = {}
    for role, t in ((TUNED, _best(study)), (BASELINE, reference_trial(trials))):
        if t is None:
            continue
        epoch = t.user_attrs.get(T.BEST_EPOCH)
        if not isinstance(epoch, int) or epoch < 1:
            raise StudyError(
                f"trial {t.number} of study {study.study_name!r} records no best epoch (user attr 'best_epoch'), "
                "so a refit cannot know how long to train; confirm without --refit"
            )
        out[role] = epoch
    return out


def _key(cfg: dict[str, Any], seed: int, epochs: int | None) -> tuple[str, int, int | None]:
    return config_hash(cfg), seed, epochs


def _runs_by_key(runs: list[dict[str, Any]]) -> dict[tuple[str, int, int | None], dict[str, Any]]:
    """Stored runs by the :func:`_key` they were trained for (plain runs have no ``refit_epochs``)."""
    return {(r["config_hash"], r["seed"], r.get("refit_epochs")): r for r in runs}


def confirm(
    study_name: str,
    storage: str = DEFAULT_STORAGE,
    seeds: int = DEFAULT_SEEDS,
    data_dir: str | None = None,
    sweep_path: str | None = None,
    console: Any = None,
    refit: bool = False,
    artifacts: str | None = None,
) -> dict[str, Any]:
    """Retrain best and reference configs ``seeds`` times each; store and return the summary.
    ``refit``: train on train + validation for the trial's best epoch count (see module doc)."""
    if isinstance(seeds, bool) or not isinstance(seeds, int) or seeds < 2:
        raise TuneError(
            f"--seeds must be a whole number >= 2 (a confidence interval needs two runs per config), "
            f"but got {seeds!r}; use the default 3 or more"
        )
    say = console.print if console is not None else (lambda *a, **k: None)
    early = load_existing_study(study_name, storage)
    plan(early, seeds)  # fails early (no complete trial) before loading data
    epochs_of: dict[str, int | None] = dict(refit_epochs(early)) if refit else {TUNED: None, BASELINE: None}
    # Always rebuilt and checked, even when every run is stored: a changed sweep is refused.
    rt = open_for_retraining(study_name, storage, data_dir, sweep_path)
    study = rt.study
    todo = plan(study, seeds)
    runs: list[dict[str, Any]] = list(study.user_attrs.get(RUNS_ATTR) or [])
    done = _runs_by_key(runs)
    missing = [(role, cfg, seed) for role, cfg, seed in todo if _key(cfg, seed, epochs_of[role]) not in done]
    # Deduplicate: the best trial may be the reference config itself; each (config, seed) trains once.
    unique: dict[tuple[str, int, int | None], tuple[str, dict[str, Any], int]] = {}
    for role, cfg, seed in missing:
        unique.setdefault(_key(cfg, seed, epochs_of[role]), (role, cfg, seed))

    base = reference_trial(study.get_trials(deepcopy=False))
    best = _best(study)
    trial_of = {TUNED: best.number, BASELINE: base.number if base else None}
    if unique:
        shared = (
            "; the best trial is the reference config, so one set of runs serves both"
            if len({config_hash(cfg) for _, cfg, _ in todo}) == 1
            else ""
        )
        how = (
            f"refit on train + validation ({len(rt.dataset.train.y) + len(rt.dataset.val.y)} examples) for "
            + ", ".join(f"{e} epochs ({r})" for r, e in epochs_of.items() if e is not None)
            if refit
            else f"{rt.trainer.epochs} epochs max"
        )
        say(
            f"[bold]confirm {study_name}[/]: {len(unique)} run(s) to train, {len(todo) - len(missing)} reused "
            f"({'quick preset, ' if rt.quick else ''}{how}, test split of "
            f"{len(rt.dataset.test.y)} examples{shared})"
        )
        for i, (role, cfg, seed) in enumerate(unique.values(), 1):
            say(f"  [{i}/{len(unique)}] {role} config, seed {seed} ...", end="")
            record = _train_one(rt, role, cfg, seed, trial_of[role], epochs_of[role], (storage, artifacts))
            runs.append(record)
            study.set_user_attr(RUNS_ATTR, runs)  # stored at once: a stopped confirm keeps it
            say(
                f" test accuracy {record['test_accuracy']:.4f} (best epoch {record['best_epoch']}/"
                f"{record['epochs_run']}, {record['seconds']:.1f} s)"
            )
    else:
        say(f"[bold]confirm {study_name}[/]: all {len(todo)} runs are stored; nothing to train")

    summary = summarize(study, best, todo, runs, trial_of, epochs_of if refit else None)
    study.set_user_attr(REFIT_SUMMARY_ATTR if refit else SUMMARY_ATTR, summary)
    if console is not None:
        print_summary(summary, console)
    return summary


def _train_one(
    rt: Retraining,
    role: str,
    cfg: dict[str, Any],
    seed: int,
    trial: int | None,
    epochs: int | None = None,
    keep: tuple[str, str | None] | None = None,
) -> dict[str, Any]:
    """Train one run; ``keep=(storage URL, --artifacts)`` stores its model (see store.artifacts)."""
    from textclf_tune.engine import runtime as env

    hp = HyperParameters(values=cfg, where=f"{rt.sweep.path}: confirm {role} config")
    t0 = time.perf_counter()
    if epochs is None:
        result = rt.trainer.fit(hp, seed, evaluate_test=True)
    else:
        result = rt.trainer.refit(hp, seed, epochs)
    runtime = env.runtime_info()
    record = {
        "role": role,
        "trial": trial,
        "config_hash": config_hash(cfg),
        "config": cfg,
        "seed": seed,
        "test_accuracy": result.test_accuracy,
        "test_metrics": result.test_metrics,
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
        "finished": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    model = getattr(result, "model", None)
    if keep is not None and model is not None:
        from textclf_tune.store.artifacts import keep_run_model

        try:
            record["artifact"] = keep_run_model(rt.study, keep[0], model, keep[1])
        except Exception:  # a full disk or an unsavable model must not lose the run's figures
            record["artifact"] = None
    return record


def summarize(
    study: optuna.Study,
    best: FrozenTrial,
    todo: list[tuple[str, dict[str, Any], int]],
    runs: list[dict[str, Any]],
    trial_of: dict[str, int | None],
    epochs_of: dict[str, int | None] | None = None,
) -> dict[str, Any]:
    """The stored ``confirmation`` (or ``confirmation_refit``) record (JSON): see the module
    docstring and :mod:`textclf_tune.analysis.stats`."""
    by_key = _runs_by_key(runs)
    epochs_of = epochs_of or {}
    chosen: list[dict[str, Any]] = []
    for role, cfg, seed in todo:
        r = by_key[_key(cfg, seed, epochs_of.get(role))]
        chosen.append({**r, "role": role, "trial": trial_of[role]})
    tuned = [float(r["test_accuracy"]) for r in chosen if r["role"] == TUNED]
    baseline = [float(r["test_accuracy"]) for r in chosen if r["role"] == BASELINE]
    t_mean, t_sd = mean_sd(tuned)
    b_mean, b_sd = mean_sd(baseline)
    out: dict[str, Any] = {
        "tuned": tuned,
        "baseline": baseline,
        "tuned_mean": t_mean,
        "tuned_sd": t_sd,
        "baseline_mean": b_mean,
        "baseline_sd": b_sd,
        "diff_mean": None,
        "ci95": [None, None],
        "method": "Welch t",
        "t_source": None,
        "df": None,
        "level": 0.95,
        "metric": "test_accuracy",
        "best_trial": best.number,
        "baseline_trial": trial_of.get(BASELINE),
        "tuned_config": dict(best.params),
        "baseline_config": dict(study.user_attrs.get(S.REFERENCE_CONFIG) or {}),
        "seeds": sorted({seed for _, _, seed in todo}),
        "quick": bool(study.user_attrs.get(S.QUICK, False)),
        "refit": bool(epochs_of),
        "refit_epochs": dict(epochs_of) if epochs_of else None,
        "train_rows": sorted({int(r["train_rows"]) for r in chosen if r.get("train_rows")}),
        "runs": [
            {
                k: r[k]
                for k in (
                    "role",
                    "trial",
                    "seed",
                    "test_accuracy",
                    "best_epoch",
                    "epochs_run",
                    "val",
                    "seconds",
                    "config_hash",
                    "refit_epochs",
                )
                if k in r
            }
            for r in chosen
        ],
        "updated": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    if len(tuned) >= 2 and len(baseline) >= 2:
        w = welch_ci(tuned, baseline, 0.95)
        out.update(diff_mean=w.diff, ci95=[w.low, w.high], t_source=w.t_source, df=w.df, se=w.se, t_crit=w.t_crit)
    elif tuned and baseline:
        out["diff_mean"] = (t_mean or 0.0) - (b_mean or 0.0)
    return out


def print_summary(c: dict[str, Any], console: Any) -> None:
    from rich.table import Table

    how = " · refit on train + validation" if c.get("refit") else ""
    table = Table(title=f"confirmed test accuracy (seeds {', '.join(map(str, c['seeds']))}){how}")
    for col, justify in (
        ("config", "left"),
        ("trial", "right"),
        ("runs", "right"),
        ("mean", "right"),
        ("sd", "right"),
        ("accuracies", "left"),
    ):
        table.add_column(col, justify=justify)  # type: ignore[arg-type]

    def fmt(v: float | None) -> str:
        return "—" if v is None else f"{v:.4f}"

    table.add_row(
        "tuned (best trial)",
        str(c["best_trial"]),
        str(len(c["tuned"])),
        fmt(c["tuned_mean"]),
        fmt(c["tuned_sd"]),
        ", ".join(f"{v:.4f}" for v in c["tuned"]),
    )
    if c["baseline"]:
        table.add_row(
            "baseline (reference config)",
            str(c.get("baseline_trial") if c.get("baseline_trial") is not None else "—"),
            str(len(c["baseline"])),
            fmt(c["baseline_mean"]),
            fmt(c["baseline_sd"]),
            ", ".join(f"{v:.4f}" for v in c["baseline"]),
        )
    console.print(table)
    if c["diff_mean"] is None:
        console.print("no reference config in the sweep: nothing to compare the tuned config against")
        return
    lo, hi = c["ci95"]
    line = f"Δ = mean(tuned) − mean(baseline) = [bold]{c['diff_mean']:+.4f}[/]"
    if lo is not None and hi is not None:
        line += f", 95% CI [{lo:+.4f}, {hi:+.4f}] ({c['method']}, df {c['df']:.2f})"
        if lo > 0:
            line += " — [green]the tuned config is better[/]"
        elif hi < 0:
            line += " — [red]the baseline is better[/]"
        else:
            line += " — [yellow]not separated: the interval contains 0[/]"
    console.print(line)
