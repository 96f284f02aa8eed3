"""The compute behind a study: training hours of its search (copied ones apart) and of tune confirm."""

from __future__ import annotations

import optuna

from textclf_tune.report.leaderboard import study_row
from textclf_tune.report.table import MARKDOWN, columns, render
from textclf_tune.store.records import S, T


def test_train_hours_add_every_trials_seconds_and_the_confirmation_runs() -> None:
    study = optuna.create_study(direction="maximize")
    dist = {"x": optuna.distributions.FloatDistribution(0, 1)}
    for i, (state, seconds, copied) in enumerate(
        [("COMPLETE", 3600, True), ("COMPLETE", 1800, False), ("PRUNED", 900, False), ("FAIL", 900, False)]
    ):
        attrs = {T.TRAIN_SECONDS: seconds, **({T.WARM_START: {"study": "old", "trial": i}} if copied else {})}
        study.add_trial(
            optuna.trial.create_trial(
                params={"x": i / 10},
                distributions=dist,
                value=0.5 if state == "COMPLETE" else None,
                state=optuna.trial.TrialState[state],
                user_attrs=attrs,
            )
        )
    study.set_user_attr(S.CONFIRM_RUNS, [{"train_seconds": 2700}, {"train_seconds": 900}, {"seconds": 5}])
    row = study_row(study)
    assert row["compute_hours"] == {"search": 2.0, "copied": 1.0, "confirm": 1.0}
    assert "train h" in [c.title for c in columns(MARKDOWN)]
    assert "search 2.0 (1.0 copied) + confirm 1.0" in render([row], "markdown")
