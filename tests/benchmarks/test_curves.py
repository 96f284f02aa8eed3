"""bench.curves: where each top trial's validation peaked, and the training accuracy beside it."""

from __future__ import annotations

import optuna

from bench.curves import curve_rows, markdown
from textclf_tune.store.records import S, T


def test_top_trials_with_their_peak_epoch_and_training_accuracy() -> None:
    study = optuna.create_study(direction="maximize")
    study.set_user_attr(S.OBJECTIVE, "val_accuracy")
    dist = {"x": optuna.distributions.FloatDistribution(0, 1)}
    for i, (val, acc, best) in enumerate(
        [([0.80, 0.86, 0.84], [0.70, 0.90, 0.97], 2), ([0.88, 0.85], [0.82, 0.96], 1), ([0.6], [0.6], 1)]
    ):
        attrs = {T.HISTORY: {"val_accuracy": val, "accuracy": acc}, T.BEST_EPOCH: best}
        study.add_trial(
            optuna.trial.create_trial(params={"x": i / 10}, distributions=dist, value=max(val), user_attrs=attrs)
        )
    rows = curve_rows(study, top=2)
    assert [(r["trial"], r["best_epoch"], r["epochs_run"]) for r in rows] == [(1, 1, 2), (0, 2, 3)]
    assert [(r["train_acc_at_best"], r["val_acc_at_best"], r["train_acc_last"]) for r in rows] == [
        (0.82, 0.88, 0.96),
        (0.90, 0.86, 0.97),
    ]
    assert "| 1 | 0.8800 | 1 / 2 | 0.820 | 0.880 | 0.960 |" in markdown("s", rows)
