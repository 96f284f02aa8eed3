"""A surrogate lookup for a table: predicted curves for configurations the table never trained.

A table of ~100 configurations over ~18 hyperparameters is sparse: the nearest row of a proposal
is on average far from it (mean normalised distance ~0.3 on ``imdb_cnn``), so an engine that
refines near its best so far (TPE) keeps landing on the same few rows, while random proposals
reach new ones. A surrogate benchmark (as YAHPO Gym and HPOBench's surrogates do) instead fits a
model of the table and answers every proposal with its own predicted curve.

:class:`SurrogateTable` is a :class:`~bench.tablefile.Table` whose :meth:`nearest` returns, for
every configuration, a row built from random forests over the normalised hyperparameters
(scikit-learn): its per-epoch validation and test curves, the epoch its early stopping ended it at,
and its per-epoch seconds. A configuration the table holds is predicted too, not read back: the
forests' means are shrunk towards the middle, and a recorded row among predicted ones (the
reference config, trial 0 of ``ours``) would stand above them by its seed noise alone. The
reported distance stays the nearest row's. :func:`cross_validate` measures how well the forests
rank configurations they did not see, against the nearest-row lookup, so a replay states how far
its surrogate can be trusted.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from bench.tablefile import Row, Table, _Index

TREES = 64
_FITTED: dict[tuple[str, int, int], _Forests] = {}  # per process: a table's forests, fitted once


@dataclass
class _Forests:
    index: _Index
    curves: Any  # validation and test curves, 2E outputs
    stop: Any  # epochs run / E
    seconds: Any  # log seconds per epoch, E outputs
    epochs: int
    full: bool = False  # fitted on a ``full`` table's uncut curves: predicted rows carry theirs


class SurrogateTable(Table):
    """A table answering proposals with predicted curves (see the module's docstring)."""

    @classmethod
    def of(cls, table: Table) -> SurrogateTable:
        return cls(table.path, table.header, table.rows, table.sessions, table.torn, table.duplicates)

    def can_predict(self) -> bool:
        """Whether the table has the 2 finished rows a fit needs."""
        return len(_ok(self)) >= 2

    def nearest(self, values: dict[str, Any]) -> tuple[Row, float]:
        row, dist = super().nearest(values)
        cache = self.__dict__.setdefault("_answers", {})
        key = repr(sorted(values.items()))
        if key not in cache:
            cache[key] = predict_row(self._forests(), values, row)
        return cache[key], dist

    def _forests(self) -> _Forests:
        # The rows' seconds too: the same table on the CPU clock (bench.tablefile.with_clock) costs otherwise.
        key = (str(self.path), len(self.rows), hash(tuple((r.i, sum(r.epoch_s)) for r in self.rows)))
        if key not in _FITTED:
            _FITTED[key] = fit(self)
        return _FITTED[key]


def _ok(table: Table) -> list[Row]:
    return [r for r in table.rows if r.status == "ok" and r.epochs and r.best_epoch() is not None]


def _pad(xs: list[Any], n: int) -> list[float]:
    vals = [math.nan if x is None else float(x) for x in xs[:n]]
    last = next((v for v in reversed(vals) if math.isfinite(v)), 0.0)
    vals = [v if math.isfinite(v) else last for v in vals]
    return vals + [vals[-1] if vals else last] * (n - len(vals))


def _features(index: _Index, configs: list[dict[str, Any]]) -> np.ndarray:
    x = np.array([index.vector(c) for c in configs], dtype=np.float32).reshape(len(configs), len(index.names))
    return np.where(np.isnan(x), -1.0, x)  # inactive: a value no active one takes


def fit(table: Table, rows: list[Row] | None = None, seed: int = 0) -> _Forests:
    """Random forests over ``rows`` (default: the table's finished ones)."""
    from sklearn.ensemble import RandomForestRegressor

    rows = _ok(table) if rows is None else rows
    if len(rows) < 2:
        raise ValueError(f"{table.path}: {len(rows)} finished rows; a surrogate needs at least 2")
    epochs = max(r.epochs for r in rows)
    index = _Index(table.space, [r.params for r in rows])
    x = _features(index, [r.params for r in rows])
    full = all(r.full is not None for r in rows)  # a ``full`` table: curves past the early stop are known
    if full:
        epochs = max(epochs, *(r.full.epochs for r in rows if r.full is not None))
    whole = [(r.full or r) if full else r for r in rows]
    curves = np.array([_pad(w.val, epochs) + _pad(w.test, epochs) for w in whole])
    stop = np.array([r.epochs / epochs for r in rows])  # where the sweep's early stopping ends a run
    secs = np.log(np.array([_pad(w.epoch_s, epochs) for w in whole]).clip(1e-3))

    def forest(y: np.ndarray) -> Any:
        return RandomForestRegressor(TREES, min_samples_leaf=2, max_features=0.5, random_state=seed, n_jobs=1).fit(x, y)

    return _Forests(index, forest(curves), forest(stop), forest(secs), epochs, full)


def _predict(model: Any, x: np.ndarray) -> np.ndarray:
    # Each tree's own predict: sklearn's forest.predict validates and dispatches per call, ~10x
    # slower for the one sample a replay asks about at a time.
    out = sum(t.tree_.predict(x) for t in model.estimators_) / len(model.estimators_)
    return np.asarray(out).reshape(x.shape[0], -1)


def predict_row(f: _Forests, values: dict[str, Any], near: Row) -> Row:
    """The predicted row of ``values`` (``near``: its nearest real row, whose index it carries)."""
    x = _features(f.index, [values])
    e = f.epochs
    curves = _predict(f.curves, x)[0]
    n = int(min(e, max(1, round(float(_predict(f.stop, x)[0, 0]) * e))))
    secs = np.exp(_predict(f.seconds, x)[0])
    whole = Row(
        i=near.i,
        params=dict(values),
        val=[float(v) for v in curves[:e]],
        test=[float(v) for v in curves[e:]],
        epoch_s=[float(s) for s in secs[:e]],
        param_count=near.param_count,
        raw={"predicted": True},
    )
    cut = replace(whole, val=whole.val[:n], test=whole.test[:n], epoch_s=whole.epoch_s[:n])
    return replace(cut, full=whole) if f.full else cut


def cross_validate(table: Table, folds: int = 5, seed: int = 0) -> dict[str, Any]:
    """Held-out quality of the surrogate against the nearest-row lookup: for each row, trained
    without its fold, the predicted best validation and total seconds against the recorded ones
    (Spearman rank correlation, mean absolute error)."""
    rows = _ok(table)
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(rows))
    pred_s: list[tuple[float, float]] = []
    pred_n: list[tuple[float, float]] = []
    truth: list[tuple[float, float]] = []
    for k in range(folds):
        out = set(order[k::folds].tolist())
        held = [rows[i] for i in sorted(out)]
        kept = [rows[i] for i in range(len(rows)) if i not in out]
        if not held or len(kept) < 2:
            continue
        f = fit(table, kept, seed)
        sub = Table(table.path, table.header, kept)
        for r in held:
            p = predict_row(f, r.params, r)
            q, _ = sub.nearest(r.params)
            pred_s.append((_best(p), sum(p.epoch_s)))
            pred_n.append((_best(q), sum(q.epoch_s)))
            truth.append((_best(r), sum(r.epoch_s)))
    t = np.array(truth)

    def score(p: list[tuple[float, float]]) -> dict[str, float]:
        a = np.array(p)
        return {
            "spearman_val": round(_spearman(a[:, 0], t[:, 0]), 3),
            "mae_val": round(float(np.abs(a[:, 0] - t[:, 0]).mean()), 4),
            "spearman_seconds": round(_spearman(a[:, 1], t[:, 1]), 3),
        }

    return {"rows": len(truth), "folds": folds, "surrogate": score(pred_s), "nearest": score(pred_n)}


def _best(r: Row) -> float:
    b = r.best_epoch()
    return r.val[b] if b is not None else math.nan


def _spearman(a: np.ndarray, b: np.ndarray) -> float:
    # The reports' Spearman: average ranks for ties, which the nearest-row lookup makes many of
    # (one row answers several held-out configs).
    from textclf_tune.report.curves import _spearman as spearman

    rho = spearman(a.tolist(), b.tolist())
    return math.nan if rho is None else rho
