"""``tune export``: write a trial's model with everything needed to classify raw text.

The weights come from the study's artifact store when the search kept them (the top trials'
best-epoch models, see :mod:`textclf_tune.store.artifacts`): seconds, no training. Otherwise the
trial's configuration is retrained once with its own seed on the same data and preset. Either
way the weights are checked on the validation split against the trial's record, then ``--out``
gets (see docs/export.md):

* ``model.keras``: the model; it takes ``int32`` ids padded 'pre' to ``maxlen``.
* ``preprocessing.json``, ``vocab.json``, ``tokenize.py``: raw text to those ids, exactly as the
  dataset encoded it (:mod:`textclf_tune.export.preprocess`).
* ``config.json`` and ``MODEL.md``: what the model is, how it scored, how to reproduce it.
* ``RETRAIN.txt``: one command line that exports this trial again.
* ``serving/`` (TensorFlow backend): a SavedModel that takes a batch of strings.
"""

from __future__ import annotations

import dataclasses
import json
import shlex
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from optuna.trial import FrozenTrial, TrialState

from textclf_tune.data.checksums import sha256_file
from textclf_tune.engine.retraining import Retraining, open_for_retraining
from textclf_tune.errors import StudyError, TuneError
from textclf_tune.export.card import config_json, model_card
from textclf_tune.export.kept import confirmed_model, open_artifact_store, stored_confirmed
from textclf_tune.export.predictor import (
    DIGESTED,
    DIGESTS_KEY,
    MODEL_FILE,
    PREPROCESSING_FILE,
    VOCAB_FILE,
    load_keras_model,
    own_layers,
    sweep_objects,
)
from textclf_tune.export.preprocess import for_dataset
from textclf_tune.report.leaderboard import best_trial
from textclf_tune.space.hp import HyperParameters
from textclf_tune.store import artifacts as arts
from textclf_tune.store.records import S, T, trial_values
from textclf_tune.store.storage import DEFAULT_STORAGE, load_existing_study, open_storage

FILES = (MODEL_FILE, PREPROCESSING_FILE, VOCAB_FILE, "tokenize.py", "config.json", "MODEL.md", "RETRAIN.txt")
SERVING_DIR = "serving"


def choose_trial(study: Any, number: int | None) -> FrozenTrial:
    """The best complete trial, or trial ``number`` (which must be complete)."""
    trials = study.get_trials(deepcopy=False)
    if number is None:
        best = best_trial(study, trials)
        if best is None:
            raise StudyError(
                f"study {study.study_name!r} has no complete trial, so there is no model to export; run the sweep first"
            )
        return best
    match = [t for t in trials if t.number == number]
    if not match:
        raise TuneError(
            f"--trial must name a trial of study {study.study_name!r} (0..{len(trials) - 1}), but got {number}"
        )
    if match[0].state != TrialState.COMPLETE:
        raise TuneError(
            f"--trial must name a complete trial, but trial {number} is {match[0].state.name}; "
            "leave --trial out to export the best trial"
        )
    return match[0]


def retrain_command(
    study_name: str,
    storage: str,
    trial: int,
    out: Path,
    data_dir: str | None,
    sweep_path: str | None,
    confirmed: bool = False,
) -> str:
    parts = ["tune", "export", study_name]
    if storage != DEFAULT_STORAGE:
        parts += ["--storage", storage]
    parts += ["--confirmed"] if confirmed else ["--trial", str(trial)]
    parts += ["--out", str(out)]
    if data_dir:
        parts += ["--data-dir", data_dir]
    if sweep_path:
        parts += ["--sweep", sweep_path]
    return " ".join(shlex.quote(p) for p in parts)


def stored_model(study: Any, trial: FrozenTrial, storage: str, artifacts: str | None) -> tuple[Any, str | None, str]:
    """``(store, artifact id, why not)`` of the trial's kept model; the id is None when there is none."""
    store, why = open_artifact_store(study, storage, artifacts)
    if store is None:
        return None, None, why
    found = arts.model_artifact(trial, open_storage(storage, heartbeat=False), store)
    if found is None:
        copied = trial.user_attrs.get(T.WARM_START)
        if isinstance(copied, dict):
            source = f"trial {copied.get('trial')} of {copied.get('study')!r}"
            why = f"trial {trial.number} was copied from {source} by a warm start, which copies no weights"
            return store, None, why
        return store, None, f"trial {trial.number} was not among the study's best when the search kept weights"
    return store, found, ""


def export(
    study_name: str,
    out: str | Path,
    storage: str = DEFAULT_STORAGE,
    trial: int | None = None,
    data_dir: str | None = None,
    sweep_path: str | None = None,
    console: Any = None,
    artifacts: str | None = None,
    retrain: bool = False,
    serving: bool | None = None,
    confirmed: bool = False,
) -> dict[str, Any]:
    """Write :data:`FILES` (and ``serving/`` on TensorFlow) into ``out``; returns config.json's content.
    ``retrain``: train even when stored weights exist. ``serving``: None = when the backend is TensorFlow.
    ``confirmed``: the model ``tune confirm`` kept (the chosen config's best validation run), not a trial's."""
    t_start = time.perf_counter()
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise TuneError(f"--out must be a folder, but {str(out)!r} is a file; pass a new or existing folder")
    _refuse_foreign_folder(out)
    earlier = _earlier_export(out)
    say = console.print if console is not None else (lambda *a, **k: None)
    study = load_existing_study(study_name, storage)
    kept = confirmed_model(study) if confirmed else None
    if kept is not None and trial is not None:
        raise TuneError(
            f"--confirmed exports the model tune confirm kept and --trial {trial} a trial's: pass one of them, not both"
        )
    chosen = choose_trial(study, kept["trial"] if kept else trial)  # fail fast, before loading data
    if kept is not None:
        from textclf_tune.report.leaderboard import best_trial, stale_confirmation

        best = best_trial(study, study.get_trials(deepcopy=False))
        stale = stale_confirmation(study.user_attrs.get(S.CONFIRMATION) or {}, best.number if best else None)
        if stale:
            say(
                f"[yellow]note:[/] the confirmation is stale ({stale}); exporting the model it chose from trial "
                f"{kept['trial']}'s config. Rerun tune confirm {study_name} to confirm the new best first."
            )
    if retrain:
        store, artifact_id, why = None, None, "--retrain"
    elif kept is not None:
        store, artifact_id, why = stored_confirmed(study, kept, storage, artifacts)
    else:
        store, artifact_id, why = stored_model(study, chosen, storage, artifacts)
    weights: dict[str, Any]
    rt = open_for_retraining(study_name, storage, data_dir, sweep_path)
    params = trial_values(chosen)
    hp = HyperParameters(values=params, where=f"{rt.sweep.path}: trial {chosen.number}")
    maxlen, batch_size = trial_shape(rt, hp, chosen)
    if kept is not None and isinstance(kept.get("maxlen"), int) and isinstance(kept.get("batch_size"), int):
        maxlen, batch_size = kept["maxlen"], kept["batch_size"]  # the kept run's own
    rt = dataclasses.replace(rt, dataset=rt.trainer.data_for(hp))  # the trial's vocabulary (num_words)
    with tempfile.TemporaryDirectory(prefix=".export-", dir=_parent(out)) as tmp_name:
        tmp = Path(tmp_name)
        t0 = time.perf_counter()
        if store is not None and artifact_id is not None:
            what = f"trial {chosen.number}'s config as tune confirm kept it" if kept else f"trial {chosen.number}"
            say(f"[bold]export {study_name}[/]: {what} from its stored weights (no training)")
            arts.download_model(store, artifact_id, tmp / MODEL_FILE)
            model = _load(tmp / MODEL_FILE, rt.sweep)
            weights = {"source": "confirmed" if kept else "stored", "artifact_id": artifact_id}
            recorded = kept["val"] if kept else chosen.value
        else:
            seed = int(kept["seed"] if kept else chosen.user_attrs.get(T.SEED, rt.sweep.training.seed + chosen.number))
            say(
                f"[bold]export {study_name}[/]: no stored weights for trial {chosen.number} ({why}); retraining it "
                f"(seed {seed}{', quick preset' if rt.quick else ''}) ..."
            )
            result = rt.trainer.fit(hp, seed, evaluate_test=False)
            maxlen, batch_size = result.maxlen, result.batch_size
            result.model.save(tmp / MODEL_FILE)
            model = _load(tmp / MODEL_FILE, rt.sweep)
            weights = {"source": "retrained", "why": why, "seed": seed}
            recorded = result.best_value
        weights["seconds"] = round(time.perf_counter() - t0, 3)
        validation = check_validation(rt, model, maxlen, batch_size, recorded, chosen)
        prep = for_dataset(rt.dataset, maxlen, output_kind(model, rt.dataset.num_classes, maxlen), _version())
        _write_json(tmp / PREPROCESSING_FILE, prep.to_json())
        _write_json(tmp / VOCAB_FILE, {"words": list(rt.dataset.words), "capped_words": list(rt.dataset.capped_words)})
        shutil.copyfile(Path(__file__).parents[1] / "data" / "tokenize.py", tmp / "tokenize.py")
        command = retrain_command(study_name, storage, chosen.number, out, data_dir, sweep_path, kept is not None)
        cfg = config_json(rt, chosen, params, weights, validation, maxlen, batch_size, command)
        if kept is not None:  # a confirmation run's model: its seed and epochs, not the trial's
            cfg.update(seed=kept["seed"], best_epoch=kept.get("best_epoch"), epochs_run=kept.get("epochs_run"))
            cfg["confirmed_run"] = {k: kept.get(k) for k in ("seed", "seeds", "val", "retrained", "command", "saved")}
        cfg["out"] = str(out)
        cfg["own_layers"] = own_layers(model)  # tune predict then needs --sweep
        cfg["sweep_path"] = str(Path(rt.sweep.path).resolve())
        cfg["serving"] = _serving(tmp, model, prep, rt, serving, say)
        cfg[DIGESTS_KEY] = {name: sha256_file(tmp / name) for name in DIGESTED}  # checked by load_exported
        _write_json(tmp / "config.json", cfg)
        (tmp / "MODEL.md").write_text(model_card(cfg), encoding="utf-8")
        (tmp / "RETRAIN.txt").write_text(command + "\n", encoding="utf-8")
        _move_into(tmp, out)
    total = time.perf_counter() - t_start
    cfg["seconds_total"] = round(total, 3)
    if earlier and earlier.get("study") != study_name:
        cfg["replaced"] = earlier
        say(f"  replaced the export of study {earlier.get('study')!r} (trial {earlier.get('trial')}) that was in {out}")
    how = "stored weights, no training" if artifact_id is not None else f"retrained in {weights['seconds']:.1f} s"
    say(
        f"  {rt.sweep.objective} on validation: {validation['exported']:.4f} "
        f"({'the kept confirmation run' if kept else 'the trial'} recorded "
        f"{validation['recorded']:.4f}); wrote {out} in {total:.1f} s ({how})"
    )
    return cfg


def trial_shape(rt: Retraining, hp: HyperParameters, trial: FrozenTrial) -> tuple[int, int]:
    """The padded length and batch size the trial trained with (recorded; else resolved by building
    its model once: a value ``build(hp)`` never asked for is not known before)."""
    maxlen, batch_size = trial.user_attrs.get(T.MAXLEN), trial.user_attrs.get(T.BATCH_SIZE)
    if isinstance(maxlen, int) and isinstance(batch_size, int):
        return maxlen, batch_size
    rt.trainer.build(hp, 0)
    return rt.trainer.resolve(hp)


def check_validation(
    rt: Retraining, model: Any, maxlen: int, batch_size: int, recorded: float | None, trial: FrozenTrial
) -> dict[str, Any]:
    """Score ``model`` on the validation split; a stored model must match the trial's record."""
    _, x_val, _ = rt.trainer.padded(maxlen, rt.dataset.num_words)
    y_val = rt.dataset.val.y
    got = model.evaluate(x_val, y_val, batch_size=batch_size, verbose=0, return_dict=True)
    objective = rt.sweep.objective
    key = objective.removeprefix("val_")
    value = float(got[key]) if key in got else None
    out = {"metric": objective, "exported": value, "recorded": recorded, "examples": int(len(y_val))}
    if value is not None and recorded is not None:
        tol = 1.0 / max(len(y_val), 1) + 1e-6 if "acc" in key else 1e-3 * max(1.0, abs(recorded))
        if abs(value - recorded) > tol:
            raise RuntimeError(  # a bug, not user input: these are not the weights the trial scored
                f"trial {trial.number}'s model scores {objective}={value:.6f} on validation, but {recorded:.6f} "
                "was recorded for it"
            )
    return out


def output_kind(model: Any, num_classes: int, maxlen: int = 8) -> str:
    """ "sigmoid" for one output unit, "probabilities" for one unit per class."""
    try:
        units = int(model.outputs[0].shape[-1])
    except (AttributeError, ValueError):  # a subclassed keras.Model has no symbolic outputs: call it
        import numpy as np

        units = int(np.asarray(model.predict(np.ones((1, maxlen), dtype="int32"), verbose=0)).shape[-1])
    if units == 1 and num_classes == 2:
        return "sigmoid"
    if units == num_classes:
        return "probabilities"
    raise TuneError(
        f"the model has {units} output units but the dataset {num_classes} classes; build(hp) must end in "
        "Dense(1, 'sigmoid') (two classes) or Dense(n_classes, 'softmax')"
    )


def _serving(tmp: Path, model: Any, prep: Any, rt: Retraining, wanted: bool | None, say: Any) -> dict[str, Any] | None:
    from textclf_tune.engine.runtime import backend_name

    if wanted is False or (wanted is None and backend_name() != "tensorflow"):
        return None
    from textclf_tune.export.serving import write_serving

    info = write_serving(tmp / SERVING_DIR, model, prep, rt.dataset)
    say(
        f"  serving/: a SavedModel on strings; agrees with load_exported on {info['agree']}/{info['checked']} "
        "validation texts rebuilt from their ids"
    )
    return info


def _load(path: Path, sweep: Any) -> Any:
    """The saved model, its classes and functions found in the sweep file's module too (a Metric or
    layer defined there)."""
    remedy = f"define every custom layer of build(hp) at the top level of {sweep.path} (or a module it imports)"
    return load_keras_model(path, sweep_objects(sweep), remedy, otherwise=remedy)


def _version() -> str:
    from textclf_tune import __version__

    return __version__


def _parent(out: Path) -> str:
    parent = out.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    return str(parent)


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False, default=str) + "\n", encoding="utf-8")


def _refuse_foreign_folder(out: Path) -> None:
    """An export replaces its files and ``serving/`` in ``out``: refuse a non-empty folder that is
    not an earlier export (no ``preprocessing.json``), rather than delete or mix in with its files."""
    if not out.is_dir() or (out / PREPROCESSING_FILE).is_file():
        return
    present = sorted(p.name for p in out.iterdir())
    if present:
        shown = ", ".join(present[:5]) + (", ..." if len(present) > 5 else "")
        raise TuneError(
            f"--out {out} holds other files ({shown}) and no earlier export ({PREPROCESSING_FILE}); an export "
            "replaces its files and serving/ there. Pass a new or empty folder, or an earlier export's folder"
        )


def _earlier_export(out: Path) -> dict[str, Any] | None:
    """The study and trial of the export already in ``out``, if there is one."""
    try:
        cfg = json.loads((out / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return {"study": cfg.get("study"), "trial": cfg.get("trial")} if isinstance(cfg, dict) else None


def _move_into(tmp: Path, out: Path) -> None:
    """Move every file written in ``tmp`` into ``out`` (files of an older export are replaced)."""
    out.mkdir(parents=True, exist_ok=True)
    if not (tmp / SERVING_DIR).exists() and (out / SERVING_DIR).is_dir():
        shutil.rmtree(out / SERVING_DIR)  # an older export's: it would not match this model
    for item in tmp.iterdir():
        target = out / item.name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
        item.replace(target)
