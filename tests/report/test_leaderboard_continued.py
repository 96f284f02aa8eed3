"""A study continued by a warm start leaves the default leaderboard unless it holds a confirmation."""

from __future__ import annotations

import optuna

from textclf_tune.report.leaderboard import superseded
from textclf_tune.store.records import S


def _study(**attrs: object) -> optuna.Study:
    study = optuna.create_study(storage=optuna.storages.InMemoryStorage())
    for key, value in attrs.items():
        study.set_user_attr(key, value)
    return study


def test_continued_study_without_confirmation_is_superseded() -> None:
    assert superseded(_study(**{S.CONTINUED_IN: "x-knobs"})) == "continued in study 'x-knobs'"


def test_continued_study_with_a_confirmation_stays_current() -> None:
    assert superseded(_study(**{S.CONTINUED_IN: "x-knobs", S.CONFIRMATION: {"tuned_mean": 0.9}})) == ""


def test_superseded_by_hand_wins_over_a_confirmation() -> None:
    assert superseded(_study(**{S.SUPERSEDED_BY: "why", S.CONFIRMATION: {"tuned_mean": 0.9}})) == "why"
