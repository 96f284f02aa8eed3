"""Check an IMDB export against the dataset: is raw-text preprocessing exactly training's?

    python -m textclf_tune.export.check DIR [--serving 1000]

Reads every official test review of the archive as raw text (the archive in ``TEXTCLF_DATA_DIR``
or ``--data-dir``) and checks that

1. the export's pipeline turns them into exactly the id rows of the dataset's encoded test split
   (compared as multisets, so the split's shuffled order does not matter);
2. ``load_exported(DIR).predict`` on the raw texts is right exactly as often as the same weights
   evaluated by Keras on the encoded test split;
3. with ``--serving N``: the TensorFlow serving model and ``load_exported`` agree on a seeded
   sample of N raw test reviews (labels, and probabilities within 1e-5): the rate is printed.

This is a check of the preprocessing, run after the choice is made: nothing here selects a
model, and its accuracy is the same figure for both paths by construction when they are exact.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from textclf_tune.analysis.stats import accuracy_of
from textclf_tune.errors import TuneError


def raw_test_reviews(options: dict[str, Any], data_dir: str | None) -> tuple[list[str], np.ndarray]:
    from textclf_tune.data.imdb import read_reviews, resolve_source

    reviews = read_reviews(resolve_source(options.get("source") or "auto", data_dir))
    rows = np.flatnonzero(reviews.is_test)
    return [reviews.texts[i] for i in rows], reviews.labels[rows]


def check(
    folder: str | Path, serving: int = 0, data_dir: str | None = None, seed: int = 0, csv_out: str | None = None
) -> dict[str, Any]:
    from textclf_tune.data import load_dataset
    from textclf_tune.export.predictor import VOCAB_FILE, load_exported

    folder = Path(folder)
    model = load_exported(folder)
    cfg = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    name, options = cfg["dataset"]["name"], dict(cfg["dataset"]["options"])
    if name != "imdb":
        raise TuneError(f"{folder}: the check reads IMDB's review archive, but this model is for {name!r}")
    if data_dir:
        options["data_dir"] = data_dir
    out: dict[str, Any] = {"export": str(folder), "study": cfg["study"], "trial": cfg["trial"]}
    t0 = time.perf_counter()
    texts, labels = raw_test_reviews(options, data_dir)
    if csv_out:
        _write_csv(Path(csv_out), texts, [model.class_names[i] for i in labels])
    dataset = load_dataset(name, **options)
    n_ids = len(json.loads((folder / VOCAB_FILE).read_text(encoding="utf-8"))["words"])
    if n_ids < dataset.num_words:  # the trial's own vocabulary (a num_words hyperparameter), not the sweep's
        dataset = dataset.with_num_words(n_ids)
    ours = model.pipeline.ids(texts)
    out["ids_identical"] = sorted(map(tuple, ours.to_lists())) == sorted(map(tuple, dataset.test.x.to_lists()))
    pred = model.predict(texts)
    out["test_reviews"] = len(texts)
    out["raw_correct"] = int(np.sum(np.array(pred.labels) == np.array(model.class_names)[labels]))
    encoded = accuracy_of(
        model.model.predict(dataset.test.x.pad(model.maxlen), batch_size=256, verbose=0), dataset.test.y
    )
    out["raw_text_accuracy"] = out["raw_correct"] / len(texts)
    out["encoded_split_accuracy"] = encoded
    out["encoded_correct"] = round(encoded * len(dataset.test.y))
    out["accuracy_equal"] = out["raw_correct"] == out["encoded_correct"]
    if serving:
        from textclf_tune.export.serving import PROB_TOLERANCE, predict_serving

        pick = np.sort(np.random.default_rng(seed).choice(len(texts), size=min(serving, len(texts)), replace=False))
        sample = [texts[i] for i in pick]
        expected = pred.probabilities[pick]
        probs = predict_serving(folder / "serving", sample)
        same = probs.argmax(axis=1) == expected.argmax(axis=1)
        close = np.abs(probs - expected).max(axis=1) <= PROB_TOLERANCE
        out["serving"] = {
            "reviews": len(sample),
            "same_label": int(same.sum()),
            "agree": int((same & close).sum()),
            "agreement_rate": float((same & close).mean()),
            "max_abs_diff": float(np.abs(probs - expected).max()),
        }
    out["seconds"] = round(time.perf_counter() - t0, 1)
    return out


def _write_csv(path: Path, texts: list[str], labels: list[str]) -> None:
    import csv

    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "label", "text"])
        writer.writerows([i, label, text] for i, (label, text) in enumerate(zip(labels, texts)))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m textclf_tune.export.check", description=__doc__.splitlines()[0])
    p.add_argument("folder", metavar="DIR", help="an export folder of an IMDB study")
    p.add_argument("--serving", type=int, default=0, metavar="N", help="also compare the serving model on N reviews")
    p.add_argument("--data-dir", default=None, help="folder holding aclImdb_v1.tar.gz (or set TEXTCLF_DATA_DIR)")
    p.add_argument("--csv", default=None, metavar="FILE", help="also write the raw test reviews as CSV (id,label,text)")
    args = p.parse_args(argv)
    try:
        result = check(args.folder, args.serving, args.data_dir, csv_out=args.csv)
    except TuneError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(result, indent=1))
    return 0 if result["ids_identical"] and result["accuracy_equal"] else 1


if __name__ == "__main__":
    sys.exit(main())
