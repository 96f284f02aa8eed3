"""``tune baseline STUDY``: the linear baseline of a study, fitted on the study's own data.

Loads the dataset the study trained on (its splits, vocabulary and quick-preset subsample),
checks it against the study's data record, fits the TF-IDF + linear SVM feature sets of
:mod:`textclf_tune.analysis.linear` with ``C`` chosen on validation, and stores the record with
the study (``study.user_attrs[S.LINEAR_BASELINE]``) for the leaderboard and report.

The test split stays sealed unless ``score_test=True`` (``--score-test``): only then is it handed
to the fit, scored once by the models already chosen on validation, and the opening recorded
(``test_opened``: command and time, kept across reruns). A rerun without ``--score-test`` keeps
earlier test figures only for feature sets whose fit came out identical (same ``C``, features
and validation accuracy); otherwise they are dropped, never recomputed.

The data come from the study's fingerprint (the data options and quick preset it recorded), so
no sweep file, Keras or backend is needed; a study whose data the sweep file itself builds
(``Data.from_texts``, a loader it registers), or one without a fingerprint, falls back to its
sweep file (``--sweep`` overrides the recorded path), loaded the way ``tune confirm`` loads it.
"""

from __future__ import annotations

from typing import Any

import optuna

from textclf_tune.engine.retraining import recorded_sweep_file
from textclf_tune.errors import TuneError
from textclf_tune.space.fingerprint import read_fingerprint, require_same_data
from textclf_tune.store.records import S, now_iso, opening_record, record_opening
from textclf_tune.store.storage import DEFAULT_STORAGE, load_existing_study, open_storage

#: Fields of a feature set's record that must match for its earlier test figure to carry over.
_SAME_FIT = ("ngram_range", "c", "n_features", "train_rows", "val_rows", "val_accuracy")


def _from_fingerprint(study: optuna.Study, data_dir: str | None, storage: str | None) -> Any | None:
    """The study's dataset rebuilt from its fingerprint, or ``None`` when it records too little."""
    from textclf_tune.data import load_dataset
    from textclf_tune.data.registry import BUILTIN

    st = open_storage(storage, heartbeat=False, create=False) if storage else None
    fp = read_fingerprint(study, st) or {}
    data = fp.get("data")
    quick = bool(study.user_attrs.get(S.QUICK, False))
    if not isinstance(data, dict) or not data.get("name"):
        return None
    if data["name"] == "texts" or data["name"] not in BUILTIN:
        return None  # texts given in the sweep file (Data.from_texts) or a loader it registers: run the sweep
    if quick and not (isinstance(fp.get("quick"), dict) and isinstance(fp.get("training"), dict)):
        return None
    options = {k: v for k, v in data.items() if k != "name"}
    if data_dir is not None:
        options["data_dir"] = data_dir
    sweep_file = recorded_sweep_file(study)
    if sweep_file is not None:  # a data file beside it, as tune run finds it
        from textclf_tune.data.owntexts import resolve_paths

        resolve_paths(options, sweep_file.resolve().parent)
    dataset = load_dataset(data["name"], **options)
    if quick:
        q = fp["quick"]
        # as tune run subsampled it: a split smaller than the preset's count is used whole
        dataset = dataset.subsample_at_most(q["n_train"], q["n_val"], q["n_test"], seed=fp["training"].get("seed", 0))
    return dataset


def _from_sweep(study: optuna.Study, data_dir: str | None, sweep_path: str | None, storage: str | None) -> Any:
    from textclf_tune.engine.retraining import check_fingerprint, recorded_sweep
    from textclf_tune.engine.setup import load_data

    sweep = recorded_sweep(
        study, sweep_path, "its data (built by its sweep file, or not in its fingerprint) cannot be loaded"
    )
    quick = bool(study.user_attrs.get(S.QUICK, False))
    st = open_storage(storage, heartbeat=False, create=False) if storage else None
    check_fingerprint(study, sweep, quick, None, st)  # the whole record is in the storage's system attrs
    return load_data(sweep, quick, data_dir)


def load_study_data(
    study: optuna.Study, data_dir: str | None = None, sweep_path: str | None = None, storage: str | None = None
) -> Any:
    """The dataset ``study`` trained on, checked against its data record (StudyError if it differs)."""
    dataset = None if sweep_path else _from_fingerprint(study, data_dir, storage)
    if dataset is None:
        dataset = _from_sweep(study, data_dir, sweep_path, storage)
    require_same_data(
        study.user_attrs.get(S.DATA) or {},
        getattr(dataset, "meta", {}),
        f"study {study.study_name!r} was trained on other data than its sweep's data as it loads now, so a linear baseline fitted on it "
        "would not be comparable",
    )
    return dataset


def _carry_test(old: dict[str, Any] | None, new: dict[str, Any]) -> None:
    """Keep earlier test figures of feature sets whose fit is unchanged (a rerun without --score-test)."""
    if not isinstance(old, dict):
        return
    new["test_opened"] = list(old.get("test_opened") or [])
    for name, rec in new["features"].items():
        prev = (old.get("features") or {}).get(name)
        if isinstance(prev, dict) and prev.get("test_accuracy") is not None:
            if all(prev.get(k) == rec.get(k) for k in _SAME_FIT):
                rec["test_accuracy"] = prev["test_accuracy"]
                rec["test_rows"] = prev.get("test_rows")
                if rec.get("metric", "accuracy") == "accuracy":
                    rec["test_metric"] = rec["test_accuracy"]
                elif prev.get("metric") == rec.get("metric") and prev.get("val_metric") == rec.get("val_metric"):
                    rec["test_metric"] = prev.get("test_metric")  # the same choice by the same metric
    new["test_accuracy"] = new["features"][new["best"]]["test_accuracy"]
    new["test_metric"] = new["features"][new["best"]].get("test_metric")


def baseline(
    study_name: str,
    storage: str = DEFAULT_STORAGE,
    data_dir: str | None = None,
    sweep_path: str | None = None,
    score_test: bool = False,
    command: str = "",
) -> dict[str, Any]:
    """Fit the linear baseline on ``study_name``'s data; store and return its record."""
    try:
        import sklearn  # noqa: F401
    except ImportError as exc:
        raise TuneError(
            "tune baseline needs scikit-learn, which is not installed; install it with "
            "pip install 'scikit-learn>=1.3' (a dependency of textclf-tune)"
        ) from exc
    from textclf_tune.analysis.linear import fit_linear, metric_for

    study = load_existing_study(study_name, storage)
    dataset = load_study_data(study, data_dir, sweep_path, storage)
    if score_test:  # recorded before any test figure exists, beside tune confirm's and --score-test's
        record_opening(
            study,
            opening_record(
                command or f"baseline {study_name} --score-test",
                "baseline: score the linear models chosen on validation",
                "the linear baseline (TF-IDF + linear SVM), not the study's models",
            ),
        )
    record = fit_linear(
        dataset.train,
        dataset.val,
        dataset.words,
        dataset.num_words,
        test=dataset.test if score_test else None,
        metric=metric_for(str(study.user_attrs.get(S.OBJECTIVE) or "val_accuracy"), dataset.num_classes),
    )
    record.update(
        data=dataset.name,
        quick=bool(study.user_attrs.get(S.QUICK, False)),
        command=command,
        finished=now_iso(),
        test_opened=[],
    )
    old = study.user_attrs.get(S.LINEAR_BASELINE)
    if score_test:
        record["test_opened"] = [*(old or {}).get("test_opened", []), {"command": command, "when": record["finished"]}]
    else:
        _carry_test(old, record)
    study.set_user_attr(S.LINEAR_BASELINE, record)
    return record
