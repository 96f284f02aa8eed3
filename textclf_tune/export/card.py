"""What an export says about its model: ``config.json`` (data) and ``MODEL.md`` (the card)."""

from __future__ import annotations

import datetime as dt
import json
import math
import shlex
from typing import Any

from optuna.trial import FrozenTrial

from textclf_tune.report.fmt import exact
from textclf_tune.store.records import S, T

#: Dataset-record keys copied into config.json (paths and cache details are not).
DATA_KEEP = (
    "dataset",
    "sizes",
    "class_counts",
    "subsample",
    "options",
    "seed",
    "encoding",
    "vocab_size",
    "code_version",
    "val_split",
)


def config_json(
    rt: Any,
    trial: FrozenTrial,
    params: dict[str, Any],
    weights: dict[str, Any],
    validation: dict[str, Any],
    maxlen: int,
    batch_size: int,
    command: str,
) -> dict[str, Any]:
    from textclf_tune.engine import runtime as env

    runtime = env.runtime_info()
    meta = dict(rt.dataset.meta or {})
    source = dict(meta.get("source") or {})
    return {
        "study": rt.study.study_name,
        "trial": trial.number,
        "sweep_file": str(rt.sweep.path),
        "quick": rt.quick,
        "params": params,
        "fixed": dict(trial.user_attrs.get(T.FIXED) or {}),
        "maxlen": maxlen,
        "batch_size": batch_size,
        "seed": trial.user_attrs.get(T.SEED),
        "best_epoch": trial.user_attrs.get(T.BEST_EPOCH),
        "epochs_run": trial.user_attrs.get(T.EPOCHS_RUN),
        "objective": rt.sweep.objective,
        "trial_value": trial.value,
        "validation": validation,
        "weights": weights,
        "param_count": trial.user_attrs.get(T.PARAM_COUNT),
        "confirmation": rt.study.user_attrs.get(S.CONFIRMATION),
        "dataset": {
            "name": rt.sweep.data.name,
            "options": dict(rt.sweep.data.options),
            "num_words": rt.dataset.num_words,
            "num_classes": rt.dataset.num_classes,
            "class_names": list(rt.dataset.class_names),
            "source_sha256": source.get("sha256"),
            "source_size": source.get("size"),
            # Own data (CSV, folders, lists): one digest per file read, by its part (train, test).
            "content_sha256": {
                part: {"file": c.get("file"), "sha256": c.get("sha256"), "rows": c.get("rows")}
                for part, c in (meta.get("content") or {}).items()
                if isinstance(c, dict) and c.get("sha256")
            },
            "meta": {k: meta[k] for k in DATA_KEEP if k in meta},
        },
        "backend": runtime["backend"],
        "device": runtime["device"],
        "versions": runtime["versions"],
        "trained_with": {
            "backend": trial.user_attrs.get(T.BACKEND),
            "device": trial.user_attrs.get(T.DEVICE),
            "versions": trial.user_attrs.get(T.VERSIONS),
        },
        "study_command": rt.study.user_attrs.get(S.COMMAND),
        "retrain_command": command,
        "exported": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
    }


def _f(v: Any, digits: int = 4) -> str:
    if v is None or (isinstance(v, float) and not math.isfinite(v)):
        return "—"
    return f"{float(v):.{digits}f}" if isinstance(v, (int, float)) else str(v)


def _confirmation_lines(c: dict[str, Any] | None, trial: int, kept: dict[str, Any] | None = None) -> list[str]:
    if not c or not c.get("tuned"):
        return [
            "No confirmed test figure: the study has no confirmation. `tune confirm STUDY --seeds 3` retrains the",
            "best and the reference configuration with several seeds and scores the test split once.",
        ]
    seeds = ", ".join(map(str, c.get("seeds") or []))
    lines = [
        f"`tune confirm` retrained the best configuration (trial {c.get('best_trial')}) with seeds {seeds} and",
        "scored each on the test split:",
        "",
        *_means_table(c, "accuracy", f" ({c.get('method')})"),
    ]
    cp = c.get("counterpart") or {}
    if cp.get("tuned_mean") is not None:  # the objective's own test metric (macro F1, AUC), beside accuracy
        lines += ["", *_means_table(cp, cp["metric"])]
    return lines + _whose_lines(c, trial, kept)


def _means_table(c: dict[str, Any], metric: str, method: str = "") -> list[str]:
    """Tuned and baseline means of one test metric over the confirmation's runs, and their Δ."""
    lines = [
        f"| config | runs | mean test {metric} | sd |",
        "|---|---:|---:|---:|",
        f"| tuned | {len(c.get('tuned') or [])} | {_f(c.get('tuned_mean'))} | {_f(c.get('tuned_sd'))} |",
    ]
    if c.get("baseline"):
        lines.append(
            f"| baseline (reference config) | {len(c['baseline'])} | {_f(c.get('baseline_mean'))} | "
            f"{_f(c.get('baseline_sd'))} |"
        )
    lo, hi = (c.get("ci95") or [None, None])[:2]
    if c.get("diff_mean") is not None:
        ci = f", 95% CI [{lo:+.4f}, {hi:+.4f}]{method}" if lo is not None and hi is not None else ""
        what = "= mean(tuned) − mean(baseline)" if metric == "accuracy" else metric
        lines += ["", f"Δ {what} = {c['diff_mean']:+.4f}{ci}."]
    return lines


def _whose_lines(c: dict[str, Any], trial: int, kept: dict[str, Any] | None) -> list[str]:
    lines: list[str] = []
    if c.get("best_trial") != trial:
        lines += ["", f"The confirmation is of trial {c.get('best_trial')}'s configuration, not of trial {trial}."]
    if kept:
        lines += [
            f"The exported weights are the run with seed {kept.get('seed')}: of the chosen configuration's runs, "
            "the best on validation."
        ]
    else:
        lines += ["These are other seeds' models: the exported weights are the trial's own, not a confirmation run's."]
    return lines


def _weights_line(w: dict[str, Any], seed: Any) -> str:
    if w["source"] == "stored":
        return f"Stored by the search (artifact `{w.get('artifact_id')}`), copied in {w['seconds']:.1f} s: no training."
    if w["source"] == "confirmed":
        return (
            f"Kept by `tune confirm` (artifact `{w.get('artifact_id')}`, seed {seed}), copied in {w['seconds']:.1f} s: "
            "no training."
        )
    return f"Retrained (seed {seed}) in {w['seconds']:.1f} s: no stored weights ({w.get('why')})."


def model_card(cfg: dict[str, Any]) -> str:
    """``MODEL.md`` from ``config.json``'s content."""
    d = cfg["dataset"]
    val = cfg["validation"]
    w = cfg["weights"]
    params = {**cfg["params"], **cfg.get("fixed", {})}
    classes = ", ".join(d["class_names"])
    sizes = d["meta"].get("sizes", {})
    kept = cfg.get("confirmed_run")
    own = cfg.get("own_layers") or []
    sweep = cfg.get("sweep_path") or cfg["sweep_file"]
    sweep_flag = f" --sweep {shlex.quote(sweep)}" if own else ""
    sweep_arg = f", sweep={sweep!r}" if own else ""
    run = f"the confirmation run with seed {cfg.get('seed')}" if kept else "the trial's record"
    lines = [
        f"# {cfg['study']} · trial {cfg['trial']}"
        + (f"'s configuration, confirmed (seed {cfg.get('seed')})" if kept else ""),
        "",
        f"A Keras text classifier ({d['name']}, classes: {classes}) found by the textclf-tune study "
        f"`{cfg['study']}` (sweep `{cfg['sweep_file']}`{', quick preset' if cfg['quick'] else ''}).",
        "",
        "## Use",
        "",
        "```python",
        "import textclf_tune",
        f'model = textclf_tune.load_exported("{cfg["out"]}"{sweep_arg})',
        'model.predict(["a text to classify"]).labels',
        "```",
        "",
        f'`tune predict {cfg["out"]}{sweep_flag} --text "..."`, or `tune predict {cfg["out"]}{sweep_flag} FILE.csv '
        "--text-column text`."
        + (f" The model's own layers ({', '.join(own)}) load from the sweep file." if own else ""),
        "",
        "## Configuration",
        "",
        "| hyperparameter | value |",
        "|---|---|",
        *[f"| {k} | {exact(v)} |" for k, v in sorted(params.items())],
        "",
        f"Input: the {cfg['maxlen']} last token ids of a text (padded in front), vocabulary of "
        f"{d['num_words']} ids; {cfg.get('param_count') or '?'} parameters.",
        "",
        "## Validation",
        "",
        f"{cfg['objective']} = {_f(val.get('recorded') if kept else cfg['trial_value'])} at epoch "
        f"{cfg.get('best_epoch')} of {cfg.get('epochs_run')} ({run}; validation split of {sizes.get('val', '?')} "
        "examples carved from training data).",
        f"The exported weights score {cfg['objective']} = {_f(val.get('exported'))} on that split when reloaded.",
        "",
        "## Test",
        "",
        *_confirmation_lines(cfg.get("confirmation"), cfg["trial"], kept),
        "",
        "## Weights",
        "",
        _weights_line(w, cfg.get("seed")),
        "",
        "## Data",
        "",
        f"- dataset `{d['name']}`, options `{json.dumps(d['options'], sort_keys=True)}`",
        f"- split sizes {json.dumps(sizes)}; validation split: "
        f"{(d['meta'].get('val_split') or {}).get('kind', 'random')}",
        f"- {_source_text(d)}; encoding code version {d['meta'].get('code_version')}",
        "",
        "## Versions",
        "",
        f"- trained with: backend {cfg['trained_with'].get('backend')}, {cfg['trained_with'].get('device')}, "
        f"{json.dumps(cfg['trained_with'].get('versions') or {}, sort_keys=True)}",
        f"- exported with: backend {cfg['backend']}, {json.dumps(cfg['versions'], sort_keys=True)}",
        "",
        "## Reproduce",
        "",
        f"- the study: `{cfg.get('study_command') or 'tune run ' + cfg['sweep_file']}`",
        f"- this export: `{cfg['retrain_command']}`",
        "",
        "Files: `model.keras` (takes the padded ids), `preprocessing.json` (tokenizer, id rule, maxlen, class "
        "names), `vocab.json` (the words of each id, and the training words that map to the out-of-vocabulary "
        "id), `tokenize.py` (the tokenizer's code), `config.json` (everything above as data)"
        + (", `serving/` (a TensorFlow SavedModel that takes strings)." if cfg.get("serving") else "."),
        "",
    ]
    return "\n".join(lines)


def _source_text(d: dict[str, Any]) -> str:
    """The data's digests: the archive's (built-in datasets), else each own-data file's, by part."""
    if d.get("source_sha256"):
        return f"source SHA-256 `{d['source_sha256']}` ({d.get('source_size') or '?'} bytes)"
    parts = d.get("content_sha256") or {}
    if parts:
        return "; ".join(
            f"{part} `{c.get('file') or '?'}` SHA-256 `{c['sha256']}` ({c.get('rows') or '?'} rows)"
            for part, c in parts.items()
        )
    return "source SHA-256 unrecorded"
