"""The linear baseline: TF-IDF + a linear SVM on a study's own splits and vocabulary.

What a neural sweep must beat, measured in about a minute on a CPU. Features are built straight
from the encoded token ids (each id is one word of the dataset's vocabulary, so this equals
decoding the ids back to words and vectorising them): reserved ids (padding, start, out of
vocabulary; the ids whose ``Dataset.words`` entry is empty) are dropped, and every other id is a
unigram; a bigram is two ids adjacent once the reserved ones are dropped. The vocabulary is
therefore the study's own (ids ``< num_words``); bigrams are those seen in the training split.
TF-IDF weights (sublinear tf, l2 norm) are fitted on the training split only.

For each feature set, ``C`` of :class:`sklearn.svm.LinearSVC` is chosen on the validation split
by the study's own metric when it is one of :data:`METRICS` (``val_macro_f1`` -> macro F1; F1,
precision, recall and AUC for two classes), else by accuracy (the first best in :data:`C_GRID`,
ascending, so ties go to the stronger regularisation); accuracy is recorded either way. When the
best ``C`` is the grid's largest (or, strictly better than its neighbour, the smallest), the grid
goes on past that edge by its own ratio, at most :data:`EXTEND_STEPS` values, until validation
stops improving (:func:`next_c`); a ``C`` still on the edge is flagged (``c_at_edge``). The
feature set with the best validation accuracy is the linear baseline (ties: the simpler one).
The model is trained on the training split only, as the study's trials are. The test split is
read only when passed in (``tune baseline --score-test``): it is scored once, with the
already-chosen models, and can change nothing that was chosen.

Only NumPy is imported at module level; SciPy and scikit-learn are imported by the functions that
fit, so ``tune leaderboard`` can read a stored record through :func:`summary` without them.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

#: Regularisation strengths tried for each feature set (LinearSVC's ``C``), ascending.
C_GRID: tuple[float, ...] = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
#: At most this many values tried past an edge of the grid that the best ``C`` sits on.
EXTEND_STEPS = 3
#: Feature sets: name -> largest n-gram length.
FEATURE_SETS: dict[str, int] = {"unigrams": 1, "uni+bigrams": 2}
MODEL = "TF-IDF (sublinear tf, l2) + LinearSVC"
#: Metrics the baseline can be chosen and scored by, as a study's objective names them without
#: ``val_``; those marked binary need two classes (class 1 positive, as Keras and F1() count it).
METRICS: dict[str, bool] = {
    "accuracy": False,
    "macro_f1": False,
    "f1": True,
    "precision": True,
    "recall": True,
    "auc": True,
}


def metric_for(objective: str, num_classes: int) -> str:
    """The metric of :data:`METRICS` that ``objective`` (``val_macro_f1``) names, or ``"accuracy"``."""
    name = objective.removeprefix("val_")
    binary_only = METRICS.get(name)
    if binary_only is None or (binary_only and num_classes != 2):
        return "accuracy"
    return name


@dataclass(frozen=True)
class LinearSummary:
    """The linear baseline as the leaderboard reads it: the feature set chosen on validation."""

    features: str
    c: float
    val_accuracy: float
    test_accuracy: float | None  # None while the test split is sealed
    #: What C and the feature set were chosen by (the study's objective when the baseline has it).
    metric: str = "accuracy"
    val_metric: float | None = None
    test_metric: float | None = None


def _reserved(words: Sequence[str], num_words: int) -> np.ndarray:
    """``True`` for ids that are not words (padding, start, out of vocabulary)."""
    mask = np.ones(num_words, dtype=bool)
    n = min(len(words), num_words)
    mask[:n] = np.fromiter((not w for w in words[:n]), dtype=bool, count=n)
    return mask


def _tokens(x: Any, reserved: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(row, id) of every non-reserved token of ``x`` (a :class:`~textclf_tune.data.Sequences`)."""
    ids = np.asarray(x.flat, dtype=np.int64)
    offsets = np.asarray(x.offsets, dtype=np.int64)
    lengths = offsets[1:] - offsets[:-1]
    rows = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    if ids.size and (ids.min() < 0 or ids.max() >= reserved.size):
        raise ValueError(f"token ids must lie in [0, {reserved.size}), but found {int(ids.min())}..{int(ids.max())}")
    keep = ~reserved[ids]
    return rows[keep], ids[keep]


def _bigram_keys(rows: np.ndarray, ids: np.ndarray, num_words: int) -> tuple[np.ndarray, np.ndarray]:
    """(row, key) of every pair of adjacent tokens in one row; ``key = first * num_words + second``."""
    same = rows[:-1] == rows[1:]
    return rows[:-1][same], ids[:-1][same] * num_words + ids[1:][same]


def count_matrices(splits: Sequence[Any], words: Sequence[str], num_words: int, ngrams: int) -> list[Any]:
    """Sparse n-gram count matrices of ``splits`` (Sequences), the first being the training split:
    its bigrams make the bigram vocabulary; others' unseen bigrams are dropped."""
    from scipy import sparse

    reserved = _reserved(words, num_words)
    toks = [_tokens(x, reserved) for x in splits]
    bigram_vocab = None
    if ngrams >= 2:
        bigram_vocab = np.unique(_bigram_keys(*toks[0], num_words)[1])
    out = []
    for x, (rows, ids) in zip(splits, toks):
        n = len(x)
        m = sparse.csr_matrix((np.ones(ids.size, dtype=np.float64), (rows, ids)), shape=(n, num_words))
        if bigram_vocab is not None:
            brows, keys = _bigram_keys(rows, ids, num_words)
            col = np.searchsorted(bigram_vocab, keys)
            found = col < bigram_vocab.size
            found[found] = bigram_vocab[col[found]] == keys[found]
            b = sparse.csr_matrix(
                (np.ones(int(found.sum()), dtype=np.float64), (brows[found], col[found])),
                shape=(n, bigram_vocab.size),
            )
            m = sparse.hstack([m, b], format="csr")
        m.sum_duplicates()
        out.append(m)
    return out


def first_best(val_by_c: dict[float, float]) -> float:
    """The smallest ``C`` of the best validation accuracy."""
    cs = sorted(val_by_c)
    return max(cs, key=lambda c: (val_by_c[c], -c))


def next_c(val_by_c: dict[float, float]) -> float | None:
    """The next ``C`` to try past the edge the best one sits on, or ``None`` (inside the range).
    Up when the first best is the largest; down when the smallest is strictly the best (a tie
    there is already the strongest regularisation among equals). Steps keep the grid's ratio."""
    cs = sorted(val_by_c)
    if len(cs) < 2:
        return None
    best = first_best(val_by_c)
    if best == cs[-1]:
        return float(f"{cs[-1] * cs[-1] / cs[-2]:.3g}")
    if best == cs[0] and val_by_c[cs[0]] > val_by_c[cs[1]]:
        return float(f"{cs[0] * cs[0] / cs[1]:.3g}")
    return None


def _accuracy(model: Any, x: Any, y: np.ndarray) -> float:
    return float(np.mean(model.predict(x) == np.asarray(y)))


def score(metric: str, model: Any, x: Any, y: Any) -> float:
    """``metric`` (one of :data:`METRICS`) of a fitted LinearSVC on ``x``, ``y``."""
    if metric == "accuracy":
        return _accuracy(model, x, y)
    from sklearn import metrics as skm

    y = np.asarray(y)
    if metric == "auc":
        return float(skm.roc_auc_score(y, model.decision_function(x)))
    pred = model.predict(x)
    if metric == "macro_f1":
        return float(skm.f1_score(y, pred, average="macro", zero_division=0))
    fn = {"f1": skm.f1_score, "precision": skm.precision_score, "recall": skm.recall_score}[metric]
    return float(fn(y, pred, pos_label=1, zero_division=0))


def fit_feature_set(
    train: Any,
    val: Any,
    words: Sequence[str],
    num_words: int,
    ngrams: int,
    c_grid: Sequence[float] = C_GRID,
    test: Any = None,
    seed: int = 0,
    metric: str = "accuracy",
) -> dict[str, Any]:
    """One feature set: ``C`` chosen by ``metric`` on ``val`` (a :class:`~textclf_tune.data.Split`);
    ``test`` (a Split, or ``None`` to leave it sealed) is scored only after the choice, by the
    chosen model."""
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.svm import LinearSVC

    t0 = time.perf_counter()
    splits = [train.x, val.x] + ([test.x] if test is not None else [])
    counts = count_matrices(splits, words, num_words, ngrams)
    tfidf = TfidfTransformer(sublinear_tf=True).fit(counts[0])
    xs = [tfidf.transform(m) for m in counts]
    if not c_grid:
        raise ValueError("c_grid must hold at least one value")
    scores: dict[float, float] = {}
    models: dict[float, Any] = {}

    def fit(c: float) -> None:
        models[c] = LinearSVC(C=c, random_state=seed, max_iter=5000).fit(xs[0], np.asarray(train.y))
        scores[c] = score(metric, models[c], xs[1], val.y)

    for c in sorted({float(c) for c in c_grid}):
        fit(c)
    extended: list[float] = []
    while len(extended) < EXTEND_STEPS and (nxt := next_c(scores)) is not None and nxt not in scores:
        fit(nxt)
        extended.append(nxt)
    c = first_best(scores)
    model = models[c]
    record: dict[str, Any] = {
        "ngram_range": [1, ngrams],
        "c": c,
        "val_accuracy": scores[c] if metric == "accuracy" else _accuracy(model, xs[1], val.y),
        "metric": metric,
        "val_metric": scores[c],
        "val_by_c": {repr(k): scores[k] for k in sorted(scores)},
        "c_extended": extended,
        "c_at_edge": next_c(scores) is not None,
        "n_features": int(xs[0].shape[1]),  # the matrix width: num_words ids (and their bigrams)
        "n_features_in_train": int(np.count_nonzero(counts[0].getnnz(axis=0))),  # those that occur
        "train_rows": int(xs[0].shape[0]),
        "val_rows": int(xs[1].shape[0]),
        "test_accuracy": None,
        "test_metric": None,
    }
    if test is not None:
        record["test_accuracy"] = _accuracy(model, xs[2], test.y)
        record["test_metric"] = score(metric, model, xs[2], test.y)
        record["test_rows"] = int(xs[2].shape[0])
    record["seconds"] = round(time.perf_counter() - t0, 3)
    return record


def fit_linear(
    train: Any,
    val: Any,
    words: Sequence[str],
    num_words: int,
    test: Any = None,
    c_grid: Sequence[float] = C_GRID,
    feature_sets: dict[str, int] | None = None,
    metric: str = "accuracy",
) -> dict[str, Any]:
    """Every feature set of :data:`FEATURE_SETS` (see :func:`fit_feature_set`), and the one chosen
    on validation by ``metric`` (``best``). JSON-able: the record ``tune baseline`` stores with a study."""
    import sklearn

    sets = dict(feature_sets or FEATURE_SETS)
    t0 = time.perf_counter()
    features = {
        name: fit_feature_set(train, val, words, num_words, n, c_grid=c_grid, test=test, metric=metric)
        for name, n in sets.items()
    }
    best = max(features, key=lambda k: features[k]["val_metric"])  # first max: the simpler set on a tie
    return {
        "model": MODEL,
        "sklearn": sklearn.__version__,
        "num_words": int(num_words),
        "c_grid": [float(c) for c in c_grid],
        "features": features,
        "best": best,
        "val_accuracy": features[best]["val_accuracy"],
        "test_accuracy": features[best]["test_accuracy"],
        "metric": metric,
        "val_metric": features[best]["val_metric"],
        "test_metric": features[best]["test_metric"],
        "seconds": round(time.perf_counter() - t0, 3),
    }


def summary(record: dict[str, Any] | None) -> LinearSummary | None:
    """The chosen feature set of a stored record (``None`` without a usable record)."""
    if not isinstance(record, dict):
        return None
    best = (record.get("features") or {}).get(record.get("best"))
    if not isinstance(best, dict) or not isinstance(best.get("val_accuracy"), (int, float)):
        return None
    test = best.get("test_accuracy")
    metric = str(best.get("metric") or "accuracy")  # records from before metrics: accuracy
    val_metric = best.get("val_metric", best["val_accuracy"] if metric == "accuracy" else None)
    test_metric = best.get("test_metric", test if metric == "accuracy" else None)
    return LinearSummary(
        features=str(record["best"]),
        c=float(best.get("c") or 0.0),
        val_accuracy=float(best["val_accuracy"]),
        test_accuracy=float(test) if isinstance(test, (int, float)) else None,
        metric=metric,
        val_metric=float(val_metric) if isinstance(val_metric, (int, float)) else None,
        test_metric=float(test_metric) if isinstance(test_metric, (int, float)) else None,
    )
