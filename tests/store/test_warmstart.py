"""Warm start: a widened or narrowed space keeps the trials that were paid for."""

from __future__ import annotations

from pathlib import Path

import optuna
import pytest
from conftest import write_sweep
from optuna.distributions import IntDistribution
from optuna.trial import TrialState, create_trial

from textclf_tune import RunConfig, StudyError, load_sweep, run_study
from textclf_tune.report.leaderboard import leaderboard_rows
from textclf_tune.store.storage import open_storage
from textclf_tune.store.warmstart import check_compatible, copy_trials, latest_continuation

INT = {"type": "Int", "min": 4, "max": 16, "step": 4, "sampling": "linear"}


def _run(sweep: Path, db: Path, **kw) -> optuna.Study:
    return run_study(load_sweep(sweep), RunConfig(storage=f"sqlite:///{db}", **kw))


def test_widened_space_starts_from_the_old_trials_and_runs_only_the_rest(tiny_sweep: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    write_sweep(tiny_sweep, emb_low=8)
    old = _run(tiny_sweep, db, trials=3)
    write_sweep(tiny_sweep, emb_low=4)  # widened: every old trial is a point of the new space
    with pytest.raises(StudyError, match="--warm-start tiny"):  # the refusal names the remedy
        _run(tiny_sweep, db, trials=5)
    with pytest.raises(StudyError, match="--warm-start tiny"):  # so does naming the old study
        _run(tiny_sweep, db, trials=5, study_name="tiny")
    new = _run(tiny_sweep, db, trials=5, study_name="tiny-wide", warm_start="tiny")
    trials = new.get_trials()
    assert len(trials) == 5 and all(t.state == TrialState.COMPLETE for t in trials)
    for a, b in zip(old.get_trials(), trials[:3]):
        assert (a.params, a.value, a.datetime_start, a.datetime_complete) == (
            b.params,
            b.value,
            b.datetime_start,
            b.datetime_complete,
        )
        assert a.intermediate_values == b.intermediate_values
        assert b.user_attrs.get("test_accuracy") == a.user_attrs.get("test_accuracy")
        assert b.user_attrs["warm_start"] == {"study": "tiny", "trial": a.number}
        assert b.distributions["embedding_dim"] == IntDistribution(4, 16, step=4)  # the new space's range
    assert "warm_start" not in trials[3].user_attrs and "warm_start" not in trials[4].user_attrs
    assert sum(bool(t.user_attrs.get("is_reference")) for t in trials) == 1  # the baseline is not rerun
    assert new.user_attrs["warm_start"] == {"study": "tiny", "copied": [0, 1, 2], "skipped": {}}
    # Resuming with the same flags copies nothing again.
    assert len(_run(tiny_sweep, db, trials=5, study_name="tiny-wide", warm_start="tiny").get_trials()) == 5
    # The sweep's plain command (no --study-name) now resumes the continuation, not the old study.
    assert _run(tiny_sweep, db, trials=6).study_name == "tiny-wide"
    assert len(optuna.load_study(study_name="tiny-wide", storage=f"sqlite:///{db}").get_trials()) == 6
    assert len(optuna.load_study(study_name="tiny", storage=f"sqlite:///{db}").get_trials()) == 3
    rows = {r["study"]: r for r in leaderboard_rows(f"sqlite:///{db}")}
    assert any("continued in study 'tiny-wide'" in w for w in rows["tiny"]["warnings"])
    assert any("warm-started from 'tiny': 3 of its trials copied" in w for w in rows["tiny-wide"]["warnings"])
    # The old sweep, as it was (the warm start could have come from an edited copy), still runs its
    # own study: the plain command follows the continuation only for the sweep that made it.
    write_sweep(tiny_sweep, emb_low=8)
    resumed = _run(tiny_sweep, db, trials=4)
    assert resumed.study_name == "tiny" and len(resumed.get_trials()) == 4


def _source(fp: dict, trials: list[tuple[dict, TrialState]]) -> optuna.Study:
    study = optuna.create_study(study_name="old", direction="maximize")
    study.set_user_attr("fingerprint", fp)
    dist = {"units": IntDistribution(4, 16, step=4)}
    for i, (params, state) in enumerate(trials):
        study.add_trial(
            create_trial(
                state=state,
                value=0.5 + i / 10 if state == TrialState.COMPLETE else None,
                params=params,
                distributions=dist,
                intermediate_values={1: 0.5},
                user_attrs={"seed": i},
            )
        )
    return study


def test_narrowed_space_copies_the_trials_inside_and_names_the_rest() -> None:
    source = _source(
        {"space": {"units": INT}, "epochs": 2},
        [
            ({"units": 4}, TrialState.COMPLETE),
            ({"units": 12}, TrialState.PRUNED),
            ({"units": 16}, TrialState.COMPLETE),
            ({"units": 8}, TrialState.FAIL),
        ],
    )
    target = optuna.create_study(direction="maximize")
    narrowed = {"units": {**INT, "min": 8}}
    result = copy_trials(source, target, narrowed)
    assert result.copied == [1, 2]  # the failed trial is never copied
    assert result.skipped == {0: "units=4 is outside Int(8..16, step=4)"}
    copied = target.get_trials()
    assert [t.state for t in copied] == [TrialState.PRUNED, TrialState.COMPLETE]
    assert copied[0].intermediate_values == {1: 0.5}  # the pruner compares new trials against it
    assert copied[1].value == pytest.approx(0.7) and copied[1].user_attrs["seed"] == 2


@pytest.mark.parametrize(
    "new_fp, match",
    [
        ({"space": {"units": INT}, "epochs": 3}, r"(?s)other settings.*epochs: 2 -> 3"),
        ({"space": {"units": INT, "depth": INT}, "epochs": 2}, r"\['depth'\] are new in this sweep"),
    ],
)
def test_incompatible_sweeps_are_refused_with_the_reason(new_fp: dict, match: str) -> None:
    source = _source({"space": {"units": INT}, "epochs": 2}, [({"units": 4}, TrialState.COMPLETE)])
    with pytest.raises(StudyError, match=match):
        check_compatible(source, new_fp)


def test_added_hyperparameter_with_a_default_is_filled_in_the_copied_trials() -> None:
    source = _source(
        {"space": {"units": INT}, "epochs": 2, "reference_config": {"units": 8}},
        [({"units": 4}, TrialState.COMPLETE), ({"units": 8}, TrialState.PRUNED)],
    )
    blocks = {"type": "Int", "min": 1, "max": 3, "step": None, "sampling": "linear", "default": 3}
    new_space = {"units": INT, "blocks": blocks}
    check_compatible(source, {"space": new_space, "epochs": 2, "reference_config": {"units": 8, "blocks": 3}})
    # unnamed in the new reference config: its trial 0 takes the default, the old model (as docs say)
    check_compatible(source, {"space": new_space, "epochs": 2, "reference_config": {"units": 8}})
    with pytest.raises(
        StudyError, match=r"reference_config: \{'blocks': 3, 'units': 8\} -> \{'blocks': 1, 'units': 8\}"
    ):
        check_compatible(source, {"space": new_space, "epochs": 2, "reference_config": {"units": 8, "blocks": 1}})
    target = optuna.create_study(direction="maximize")
    result = copy_trials(source, target, new_space)
    assert result.as_attr()["assumed"] == {"blocks": 3}
    assert [t.params for t in target.get_trials()] == [{"blocks": 3, "units": 4}, {"blocks": 3, "units": 8}]
    assert target.get_trials()[0].distributions["blocks"] == IntDistribution(1, 3)


def test_formerly_fixed_hyperparameter_carries_its_fixed_value() -> None:
    old = {"space": {"units": INT, "blocks": {"type": "Fixed", "value": 3}}}
    source = _source(old, [({"units": 4}, TrialState.COMPLETE)])
    widened = {"units": INT, "blocks": {"type": "Int", "min": 1, "max": 3, "step": None, "sampling": "linear"}}
    check_compatible(source, {"space": widened})
    target = optuna.create_study(direction="maximize")
    copy_trials(source, target, widened)
    assert target.get_trials()[0].params == {"blocks": 3, "units": 4}
    narrow = {"units": INT, "blocks": {**widened["blocks"], "max": 2}}
    with pytest.raises(StudyError, match=r"used blocks=3 \(its hp.Fixed value\), which is outside Int\(1..2\)"):
        check_compatible(source, {"space": narrow})


def test_changed_fixed_value_is_refused() -> None:
    old = {"space": {"units": INT, "act": {"type": "Fixed", "value": "relu"}}}
    new = {"space": {"units": INT, "act": {"type": "Fixed", "value": "gelu"}}}
    with pytest.raises(StudyError, match="fixed hyperparameter 'act' changed"):
        check_compatible(_source(old, []), new)


def test_warm_start_needs_a_new_study_and_an_existing_source(tiny_sweep: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    _run(tiny_sweep, db, trials=1)
    with pytest.raises(StudyError, match="no such study"):
        _run(tiny_sweep, db, trials=1, study_name="x", warm_start="nope")
    with pytest.raises(StudyError, match="already exists .* only seeds a new study"):
        _run(tiny_sweep, db, trials=1, warm_start="other")
    with pytest.raises(StudyError, match="names the study being created"):
        _run(tiny_sweep, db, trials=1, study_name="y", warm_start="y")


def test_warm_start_from_trials_on_other_data_is_refused(
    tiny_sweep: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textclf_tune.testing.synthetic import write_imdb_archive

    db = tmp_path / "s.db"
    _run(tiny_sweep, db, trials=1)
    other = tmp_path / "other_data"
    write_imdb_archive(other, n_per_class=40, seed=1)  # same sweep file, other data under it
    monkeypatch.setenv("TEXTCLF_DATA_DIR", str(other))
    with pytest.raises(StudyError, match=r"(?s)--warm-start 'tiny': its trials were trained on other data.*data sizes"):
        _run(tiny_sweep, db, trials=2, study_name="tiny-2", warm_start="tiny")


def test_latest_continuation_follows_continued_in_and_stops_on_a_loop(tmp_path: Path) -> None:
    st = open_storage(f"sqlite:///{tmp_path / 'c.db'}", heartbeat=False)
    for name, nxt in (("a", "b"), ("b", "c"), ("c", None), ("x", "y"), ("y", "x"), ("gone", "missing")):
        s = optuna.create_study(storage=st, study_name=name)
        if nxt:
            s.set_user_attr("continued_in", nxt)
    assert latest_continuation(st, "a") == ["a", "b", "c"]
    assert latest_continuation(st, "b") == ["b", "c"]
    assert latest_continuation(st, "x") == ["x", "y"]  # a loop ends where it would repeat
    assert latest_continuation(st, "gone") == ["gone"]  # a pointer to a deleted study is not followed
    assert latest_continuation(st, "new") == ["new"]


def test_a_conditional_hyperparameter_new_in_the_branch_a_trial_took_skips_that_trial_only() -> None:
    from optuna.distributions import CategoricalDistribution

    space = {"kind": {"type": "Choice", "values": ["a", "b"]}}
    old = optuna.create_study(study_name="old-cond", direction="maximize")
    old.set_user_attr("fingerprint", {"hash": "x", "space": space})
    for kind in ("a", "b"):
        old.add_trial(
            create_trial(
                state=TrialState.COMPLETE,
                value=0.5,
                params={"kind": kind},
                distributions={"kind": CategoricalDistribution(["a", "b"])},
            )
        )
    cond = {**INT, "conditions": [{"parent": "kind", "values": ["b"]}]}
    new_space = {**space, "units": cond}
    check_compatible(old, {"hash": "y", "space": new_space})  # a conditional entry needs no default
    target = optuna.create_study(direction="maximize")
    result = copy_trials(old, target, new_space)
    assert result.copied == [0]  # kind=a never needs units
    assert "units is a hyperparameter of its branch now" in result.skipped[1]


def test_a_data_edit_is_not_offered_a_warm_start(tiny_sweep: Path, tmp_path: Path) -> None:
    """Warm start carries trials across space edits; a changed Data(...) is other measurements."""
    db = tmp_path / "s.db"
    _run(tiny_sweep, db, trials=1)
    text = tiny_sweep.read_text()
    tiny_sweep.write_text(text.replace('Data("imdb", num_words=300)', 'Data("imdb", num_words=300, val_fraction=0.25)'))
    with pytest.raises(StudyError) as err:
        _run(tiny_sweep, db, trials=2)
    assert "data changed" in str(err.value) and "--warm-start" not in str(err.value)
    assert "Remedy: pass --study-name NEW to start a new study, or restore" in str(err.value)
