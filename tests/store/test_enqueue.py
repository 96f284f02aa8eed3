"""tune enqueue: values typed as text become the next trial, checked against the study's space."""

from __future__ import annotations

from pathlib import Path

import optuna
import pytest
from optuna.trial import TrialState

from textclf_tune import RunConfig, StudyError, TuneError, load_sweep, run_study
from textclf_tune.cli.main import main
from textclf_tune.engine.progress import Reporter
from textclf_tune.report.leaderboard import leaderboard_rows
from textclf_tune.report.table import in_flight
from textclf_tune.store.enqueue import enqueue, parse_assignments, parse_value
from textclf_tune.store.records import S
from textclf_tune.testing.fake_studies import make_study

INT = {"type": "Int", "min": 16, "max": 256, "step": 16, "sampling": "linear"}
CHOICE = {"type": "Choice", "values": [32, 64, 128]}
WORDS = {"type": "Choice", "values": ["adam", "rmsprop"]}
BOOL = {"type": "Boolean"}
FLOAT = {"type": "Float", "min": 0.0, "max": 0.5, "step": 0.05, "sampling": "linear"}
FIXED = {"type": "Fixed", "value": 7}


def _run(sweep: Path, db: Path, trials: int) -> optuna.Study:
    return run_study(load_sweep(sweep), RunConfig(storage=f"sqlite:///{db}", trials=trials))


def test_values_are_read_by_the_type_the_space_declares() -> None:
    assert parse_value("u", "48", INT) == 48 and isinstance(parse_value("u", "48", INT), int)
    assert parse_value("b", "64", CHOICE) == 64 and isinstance(parse_value("b", "64", CHOICE), int)
    assert parse_value("o", "rmsprop", WORDS) == "rmsprop"
    assert parse_value("x", "True", BOOL) is True and parse_value("x", "no", BOOL) is False
    assert parse_value("d", "0.3", FLOAT) == 0.3
    space = {"u": INT, "b": CHOICE}
    assert parse_assignments(["u=32", " b = 128"], space) == {"u": 32, "b": 128}


@pytest.mark.parametrize(
    ("name", "text", "spec", "match"),
    [
        ("u", "16.5", INT, "whole number"),
        ("u", "many", INT, "must be a number"),
        ("b", "100", CHOICE, r"^b=100 is not one of b's choices \[32, 64, 128\]"),  # a number as typed
        ("o", "sgd", WORDS, "^o='sgd' is not one of o's choices"),
        ("x", "maybe", BOOL, "true or false"),
        ("k", "7", FIXED, "fixed at 7 by the sweep"),
    ],
)
def test_a_value_of_the_wrong_kind_is_refused_naming_the_rule(name: str, text: str, spec: dict, match: str) -> None:
    with pytest.raises(TuneError, match=match):
        parse_value(name, text, spec)


def test_malformed_or_unknown_names_are_refused_with_the_study_names() -> None:
    with pytest.raises(TuneError, match="not name=value"):
        parse_assignments(["lstm_units"], {"lstm_units": INT})
    with pytest.raises(TuneError, match="its hyperparameters: b, lstm_units"):
        parse_assignments(["lstm_unit=16"], {"lstm_units": INT, "b": CHOICE})


def test_enqueued_values_are_what_the_next_run_trains(tiny_sweep: Path, tmp_path: Path, capsys) -> None:
    db = tmp_path / "s.db"
    url = f"sqlite:///{db}"
    study = _run(tiny_sweep, db, trials=2)
    best = study.best_trial
    emb = 4 if best.params["embedding_dim"] != 4 else 16
    assert main(["enqueue", "tiny", "--storage", url, "--from-best", f"embedding_dim={emb}"]) == 0
    out = capsys.readouterr().out
    assert "enqueued trial 2 in study 'tiny'" in out and "tune run" in out
    # The same values again: not a second trial.
    assert main(["enqueue", "tiny", "--storage", url, "--from-best", f"embedding_dim={emb}"]) == 0
    assert "not enqueued: trial 2" in capsys.readouterr().out
    # Only one value: the others are left to the sampler.
    done = enqueue("tiny", ["maxlen=60"], storage=url)
    assert (done.trial, done.params, done.sampled) == (3, {"maxlen": 60}, ["embedding_dim", "learning_rate"])
    (row,) = leaderboard_rows(url)
    assert (row["complete"], row["waiting"], row["running"]) == (2, 2, 0)  # the queue shows before it trains
    assert in_flight([row]) == ["tiny: 2 waiting"]
    trials = _run(tiny_sweep, db, trials=4).get_trials()
    assert [t.state for t in trials] == [TrialState.COMPLETE] * 4
    assert trials[2].params == {**best.params, "embedding_dim": emb}
    assert trials[3].params["maxlen"] == 60


def test_out_of_range_values_and_missing_trials_are_refused(tiny_sweep: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    url = f"sqlite:///{db}"
    _run(tiny_sweep, db, trials=1)
    with pytest.raises(TuneError, match=r"embedding_dim=2 is outside .*Int\(4\.\.16, step=4\).*--warm-start tiny"):
        enqueue("tiny", ["embedding_dim=2"], storage=url)
    with pytest.raises(
        TuneError, match=r"maxlen=30 lies inside Int\(20\.\.60, step=20\) but off its step grid .*\(20 or 40 is nearest"
    ):
        enqueue("tiny", ["maxlen=30"], storage=url)
    with pytest.raises(StudyError, match=r"no finished trial 5 \(finished: 0\)"):
        enqueue("tiny", [], storage=url, from_trial=5)
    with pytest.raises(TuneError, match="nothing to enqueue"):
        enqueue("tiny", [], storage=url)
    with pytest.raises(StudyError, match="studies there: tiny"):
        enqueue("tinyy", ["maxlen=40"], storage=url)
    assert not optuna.load_study(study_name="tiny", storage=url).get_trials(states=(TrialState.WAITING,))


def test_a_study_without_a_recorded_space_points_to_optuna(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'f.db'}"
    make_study(url, name="fake", n=4)
    with pytest.raises(StudyError, match="no recorded search space.*enqueue_trial"):
        enqueue("fake", ["maxlen=100"], storage=url)


def test_a_study_continued_by_a_warm_start_points_to_its_continuation(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'f.db'}"
    make_study(url, name="old", n=3).set_user_attr(S.CONTINUED_IN, "mid")
    make_study(url, name="mid", n=3).set_user_attr(S.CONTINUED_IN, "new")
    make_study(url, name="new", n=3)
    with pytest.raises(TuneError, match=r"continued in 'new' by a warm start \(old -> mid -> new\).*tune enqueue new"):
        enqueue("old", ["maxlen=100"], storage=url)
    waiting = [t for t in optuna.load_study(study_name="old", storage=url).trials if t.state == TrialState.WAITING]
    assert waiting == []  # nothing queued where no run would train it


def test_a_pruned_trials_values_can_be_enqueued_again_to_train_them_in_full(tiny_sweep: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    url = f"sqlite:///{db}"
    _run(tiny_sweep, db, trials=2)
    study = optuna.load_study(study_name="tiny", storage=url)
    first = study.trials[0]
    pruned = optuna.trial.create_trial(
        params=first.params, distributions=first.distributions, state=TrialState.PRUNED, intermediate_values={1: 0.5}
    )
    study.add_trial(pruned)
    number = len(study.trials) - 1
    assert enqueue("tiny", [], storage=url, from_trial=number).duplicate is True  # trial 0 holds them, complete
    study.tell(study.ask(), state=TrialState.FAIL)  # noise: a failed trial blocks nothing either
    other = {**first.params, "maxlen": 60 if first.params["maxlen"] != 60 else 40}
    study.add_trial(
        optuna.trial.create_trial(
            params=other, distributions=first.distributions, state=TrialState.PRUNED, intermediate_values={1: 0.5}
        )
    )
    done = enqueue("tiny", [], storage=url, from_trial=len(study.trials) - 1)
    assert done.duplicate is False and done.pruned_before == len(study.trials) - 2
    waiting = study.get_trials(states=(TrialState.WAITING,))
    assert [t.number for t in waiting] == [done.trial]
    assert enqueue("tiny", ["maxlen=20"], storage=url, from_best=True).pruned_before is None


class _Messages(Reporter):
    def __init__(self) -> None:
        self.lines: list[str] = []

    def message(self, text: str) -> None:
        self.lines.append(text)


def test_enqueue_into_a_study_at_its_budget_says_which_trials_train_it(
    tiny_sweep: Path, tmp_path: Path, capsys
) -> None:
    """A study that holds its budget trains nothing more on `tune run`: enqueue says so and gives the
    --trials that trains the waiting trials, and a run stopping at its budget names them."""
    db = tmp_path / "s.db"
    url = f"sqlite:///{db}"
    _run(tiny_sweep, db, trials=2)
    done = enqueue("tiny", ["maxlen=60", "embedding_dim=4"], storage=url)
    assert (done.finished, done.budget, done.waiting) == (2, 2, 1)
    assert done.trials_to_train == 3
    assert main(["enqueue", "tiny", "--storage", url, "maxlen=20", "embedding_dim=4"]) == 0
    out = capsys.readouterr().out
    assert f"tune run {tiny_sweep} --storage {url} --trials 4" in out  # the line that reaches this study
    from textclf_tune.store.enqueue import Enqueued

    quick = Enqueued("tiny-quick", {}, 3, sweep_file="t.py", quick=True, sweep_name="tiny")
    assert quick.run_command() == "tune run t.py --quick"
    named = Enqueued("mine", {}, 3, sweep_file="t.py", sweep_name="tiny")
    assert named.run_command("sqlite:///x y.db") == "tune run t.py --study-name mine --storage 'sqlite:///x y.db'"
    messages = _Messages()
    run_study(load_sweep(tiny_sweep), RunConfig(storage=url, trials=2), reporter=messages)
    assert any("2 enqueued trials" in m and "--trials 4" in m for m in messages.lines)
    study = _run(tiny_sweep, db, trials=4)
    assert [t.params["maxlen"] for t in study.get_trials()[2:]] == [60, 20]
    assert not study.get_trials(states=(TrialState.WAITING,))


COND_SPACE = {
    "model_type": {"type": "Choice", "values": ["mlp", "cnn"]},
    "filters": {**INT, "conditions": [{"parent": "model_type", "values": ["cnn"]}]},
    "units": {**INT, "conditions": [{"parent": "model_type", "values": ["mlp"]}]},
}


def test_a_value_of_a_branch_the_other_values_do_not_take_is_refused(tmp_path: Path) -> None:
    """filters exists only when model_type is cnn: enqueueing it with model_type=mlp would queue a
    value no build reads; refused, naming the condition. Values of the branch not taken are not
    listed as sampled."""
    url = f"sqlite:///{tmp_path / 'c.db'}"
    study = optuna.create_study(study_name="cond", storage=url, direction="maximize")
    study.set_user_attr(S.FINGERPRINT, {"hash": "x", "space": COND_SPACE})
    with pytest.raises(TuneError, match=r"filters=32 .*only when model_type in \['cnn'\].*model_type='mlp'"):
        enqueue("cond", ["model_type=mlp", "filters=32"], storage=url)
    assert not study.get_trials(states=(TrialState.WAITING,))
    done = enqueue("cond", ["model_type=cnn", "filters=32"], storage=url)
    assert done.sampled == []  # units belongs to the mlp branch
