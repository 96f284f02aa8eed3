"""The linear baseline's numbers: n-gram features from token ids, C chosen on validation only."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from textclf_tune.analysis.linear import C_GRID, count_matrices, fit_feature_set, fit_linear, next_c, summary
from textclf_tune.data import Sequences, Split, load_imdb

WORDS = ["", "", "", "a", "b", "c", "d"]  # ids 0-2 reserved (pad, start, oov), as in the IMDB encoding


def test_counts_drop_reserved_ids_and_pair_adjacent_words() -> None:
    train = Sequences.from_lists([[1, 3, 4, 2, 5], [1, 4, 4]])
    other = Sequences.from_lists([[3, 4, 6, 3], [0, 0, 5, 3]])
    (uni,) = count_matrices([train], WORDS, 7, 1)
    assert uni.shape == (2, 7)
    assert uni.toarray().tolist() == [[0, 0, 0, 1, 1, 1, 0], [0, 0, 0, 0, 2, 0, 0]]
    tr, ot = count_matrices([train, other], WORDS, 7, 2)
    # bigram vocabulary from train only, sorted by key: (a,b)=3*7+4, (b,b)=4*7+4, (b,c)=4*7+5 (the oov id dropped)
    assert tr.shape == (2, 7 + 3)
    assert tr.toarray()[:, 7:].tolist() == [[1, 0, 1], [0, 1, 0]]
    # (a,b) is known; (b,d), (d,a) and (c,a) were never seen in train: dropped
    assert ot.toarray()[:, 7:].tolist() == [[1, 0, 0], [0, 0, 0]]
    assert ot.toarray()[1, :7].tolist() == [0, 0, 0, 1, 0, 1, 0]


def test_ids_outside_the_vocabulary_are_refused() -> None:
    with pytest.raises(ValueError, match="token ids"):
        count_matrices([Sequences.from_lists([[3, 9]])], WORDS, 7, 1)


@pytest.fixture
def tiny_imdb(imdb_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TEXTCLF_DATA_DIR", str(imdb_dir))
    return load_imdb(num_words=300)


def test_c_is_chosen_on_validation_and_the_test_split_cannot_change_it(tiny_imdb) -> None:
    ds = tiny_imdb
    sealed = fit_feature_set(ds.train, ds.val, ds.words, ds.num_words, 2)
    assert sealed["test_accuracy"] is None and "test_rows" not in sealed
    by_c = sealed["val_by_c"]
    tried = sorted(float(c) for c in by_c)
    assert set(C_GRID) <= set(tried) and set(sealed["c_extended"]) == set(tried) - set(C_GRID)
    first_best = next(c for c in tried if by_c[repr(c)] == max(by_c.values()))
    assert sealed["c"] == first_best and sealed["val_accuracy"] == max(by_c.values())
    assert sealed["val_accuracy"] > 0.8  # the synthetic reviews are learnable
    scored = fit_feature_set(ds.train, ds.val, ds.words, ds.num_words, 2, test=ds.test)
    flipped = fit_feature_set(ds.train, ds.val, ds.words, ds.num_words, 2, test=Split(ds.test.x, 1 - ds.test.y))
    for rec in (scored, flipped):  # scoring the test split changes no choice and no validation figure
        assert {k: rec[k] for k in ("c", "val_accuracy", "val_by_c", "n_features")} == {
            k: sealed[k] for k in ("c", "val_accuracy", "val_by_c", "n_features")
        }
    assert scored["test_rows"] == len(ds.test) and scored["test_accuracy"] > 0.8
    assert flipped["test_accuracy"] == pytest.approx(1 - scored["test_accuracy"])


def test_feature_set_chosen_on_validation(tiny_imdb) -> None:
    ds = tiny_imdb
    rec = fit_linear(ds.train, ds.val, ds.words, ds.num_words, c_grid=(0.1, 1.0))
    assert set(rec["features"]) == {"unigrams", "uni+bigrams"}
    assert rec["features"]["unigrams"]["n_features"] == ds.num_words
    # the features that occur in training, as shown: at most the words of the training split
    seen = {int(i) for row in ds.train.x.to_lists() for i in row}
    assert 0 < rec["features"]["unigrams"]["n_features_in_train"] <= len(seen)
    assert rec["features"]["uni+bigrams"]["n_features"] > ds.num_words
    vals = {k: v["val_accuracy"] for k, v in rec["features"].items()}
    assert rec["best"] == max(vals, key=lambda k: vals[k]) and rec["val_accuracy"] == vals[rec["best"]]
    assert rec["test_accuracy"] is None and rec["c_grid"] == [0.1, 1.0]
    s = summary(rec)
    assert s is not None and s.features == rec["best"] and s.val_accuracy == rec["val_accuracy"]
    assert s.test_accuracy is None


def test_summary_of_nothing_or_garbage_is_none() -> None:
    assert summary(None) is None
    assert summary({"best": "x", "features": {}}) is None
    assert summary({"best": "u", "features": {"u": {"val_accuracy": "high"}}}) is None


def test_empty_c_grid_is_refused(tiny_imdb) -> None:
    with pytest.raises(ValueError, match="c_grid"):
        fit_feature_set(tiny_imdb.train, tiny_imdb.val, tiny_imdb.words, tiny_imdb.num_words, 1, c_grid=())


def test_works_for_any_dataset_words_list() -> None:
    rng = np.random.default_rng(0)
    words = ["", "x", "y", "z", "w"]  # a user's vocabulary: only id 0 reserved

    def split(n: int) -> Split:
        y = rng.integers(0, 3, n)
        return Split(Sequences.from_lists([[int(c) + 1, 4, int(c) + 1] for c in y]), y)

    rec = fit_linear(split(30), split(12), words, 5, test=split(9), c_grid=(1.0,))
    assert rec["val_accuracy"] == 1.0 and rec["test_accuracy"] == 1.0


def test_a_best_c_on_the_edge_extends_the_grid_by_its_ratio() -> None:
    assert next_c({0.1: 0.80, 1.0: 0.85, 10.0: 0.84}) is None  # inside
    assert next_c({1.0: 0.80, 3.0: 0.85, 10.0: 0.86}) == 33.3  # rising at the top: go on up
    assert next_c({0.01: 0.86, 0.03: 0.85, 0.1: 0.80}) == 0.00333  # strictly best at the bottom: go on down
    assert next_c({0.01: 0.86, 0.03: 0.86, 0.1: 0.80}) is None  # a tie at the bottom: already the strongest
    assert next_c({1.0: 0.9, 10.0: 0.9}) is None and next_c({1.0: 0.9}) is None


def test_fit_goes_past_the_top_edge_and_flags_a_c_still_there(tiny_imdb, monkeypatch: pytest.MonkeyPatch) -> None:
    from textclf_tune.analysis import linear

    monkeypatch.setattr(linear, "_accuracy", lambda model, x, y: min(model.C, 20.0) / 100)  # rises up to C=20
    ds = tiny_imdb
    rec = fit_feature_set(ds.train, ds.val, ds.words, ds.num_words, 1, c_grid=(1.0, 3.0))
    assert rec["c_extended"] == [9.0, 27.0, 81.0] and rec["c"] == 27.0 and rec["c_at_edge"] is False
    rec = fit_feature_set(ds.train, ds.val, ds.words, ds.num_words, 1, c_grid=(0.1, 0.2))
    assert rec["c_extended"] == [0.4, 0.8, 1.6] and rec["c"] == 1.6 and rec["c_at_edge"] is True


@pytest.mark.parametrize("metric", ["macro_f1", "f1", "auc", "precision", "recall"])
def test_c_can_be_chosen_by_the_studys_own_metric(tiny_imdb, metric: str) -> None:
    from sklearn import metrics as skm
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.svm import LinearSVC

    ds = tiny_imdb
    rec = fit_feature_set(ds.train, ds.val, ds.words, ds.num_words, 1, test=ds.test, metric=metric)
    by_c = {float(c): v for c, v in rec["val_by_c"].items()}
    assert rec["metric"] == metric and rec["val_metric"] == max(by_c.values()) == by_c[rec["c"]]
    # the same figure recomputed with scikit-learn's own scorer, at the chosen C
    counts = count_matrices([ds.train.x, ds.val.x], ds.words, ds.num_words, 1)
    tfidf = TfidfTransformer(sublinear_tf=True).fit(counts[0])
    model = LinearSVC(C=rec["c"], random_state=0, max_iter=5000).fit(tfidf.transform(counts[0]), ds.train.y)
    xv = tfidf.transform(counts[1])
    expected = {
        "macro_f1": lambda: skm.f1_score(ds.val.y, model.predict(xv), average="macro"),
        "f1": lambda: skm.f1_score(ds.val.y, model.predict(xv)),
        "precision": lambda: skm.precision_score(ds.val.y, model.predict(xv)),
        "recall": lambda: skm.recall_score(ds.val.y, model.predict(xv)),
        "auc": lambda: skm.roc_auc_score(ds.val.y, model.decision_function(xv)),
    }[metric]()
    assert rec["val_metric"] == pytest.approx(expected)
    assert rec["val_accuracy"] == pytest.approx(float(np.mean(model.predict(xv) == ds.val.y)))
    assert 0.5 < rec["test_metric"] <= 1.0


def test_a_metric_the_baseline_lacks_or_a_binary_one_on_many_classes_falls_back_to_accuracy() -> None:
    from textclf_tune.analysis.linear import metric_for

    assert [metric_for(o, 2) for o in ("val_macro_f1", "val_auc", "val_loss", "val_top_prob")] == [
        "macro_f1",
        "auc",
        "accuracy",
        "accuracy",
    ]
    assert [metric_for(o, 20) for o in ("val_macro_f1", "val_auc", "val_f1")] == ["macro_f1", "accuracy", "accuracy"]
