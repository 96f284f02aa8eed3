"""tune confirm: retrains best and reference configs per seed, stores every run, reuses them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import optuna
import pytest
from conftest import write_sweep

from textclf_tune import RunConfig, load_sweep, run_study
from textclf_tune.analysis.stats import mean_sd, welch_ci
from textclf_tune.cli.main import main
from textclf_tune.engine import confirm as confirm_mod
from textclf_tune.engine.confirm import RUNS_ATTR, SEED_BASE, config_hash, confirm
from textclf_tune.errors import StudyError, TuneError
from textclf_tune.report.leaderboard import leaderboard_rows
from textclf_tune.store.storage import load_existing_study, open_storage
from textclf_tune.testing.fake_studies import REFERENCE, make_study


@dataclass
class Trained:
    url: str
    sweep: Path
    data: Path
    name: str = "tiny-quick"


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory, imdb_dir: Path) -> Iterator[Trained]:
    """A quick study of 2 trained trials on the synthetic IMDB data (trial 0: the reference)."""
    root = tmp_path_factory.mktemp("confirm")
    sweep = write_sweep(root / "tiny.py")
    url = f"sqlite:///{root / 's.db'}"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TEXTCLF_DATA_DIR", str(imdb_dir))
        mp.setenv("TEXTCLF_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
        mp.setenv("KERAS_HOME", str(tmp_path_factory.getbasetemp() / "keras_home"))
        run_study(load_sweep(sweep), RunConfig(storage=url, quick=True, trials=2))
    yield Trained(url, sweep, imdb_dir)


@pytest.fixture
def data_env(trained: Trained, monkeypatch: pytest.MonkeyPatch) -> Trained:
    monkeypatch.setenv("TEXTCLF_DATA_DIR", str(trained.data))
    return trained


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, dict[str, Any], int]]:
    """Every fit (``"fit"``: validation only; ``"fit+test"``) and every test scoring, in order."""
    from textclf_tune.engine.training import Trainer

    events: list[tuple[str, dict[str, Any], int]] = []
    fit, evaluate = Trainer.fit, Trainer.evaluate_test

    def spy_fit(self: Trainer, hp: Any, seed: int, *args: Any, **kwargs: Any) -> Any:
        events.append(("fit+test" if kwargs.get("evaluate_test") else "fit", dict(hp.given or {}), seed))
        return fit(self, hp, seed, *args, **kwargs)

    def spy_test(self: Trainer, *args: Any, **kwargs: Any) -> Any:
        events.append(("test", {}, -1))
        return evaluate(self, *args, **kwargs)

    monkeypatch.setattr(Trainer, "fit", spy_fit)
    monkeypatch.setattr(Trainer, "evaluate_test", spy_test)
    return events


def test_confirm_chooses_on_validation_then_opens_test_and_reuses_runs(
    data_env: Trained, monkeypatch: pytest.MonkeyPatch
) -> None:
    t = data_env
    events = _spy(monkeypatch)
    summary = confirm(t.name, storage=t.url, seeds=2, command="tune confirm tiny-quick --seeds 2")
    study = load_existing_study(t.name, t.url)
    reference = study.user_attrs["reference_config"]
    complete = sorted(study.trials, key=lambda x: (-x.value, x.number))
    configs = {config_hash(x.params) for x in complete}
    # 1. Validation runs of every candidate (here both trials, distinct configs), nothing scored on test.
    fits = [e for e in events if e[0].startswith("fit")]
    assert [e[0] for e in fits] == ["fit"] * 2 * len(configs)
    assert sorted({seed for _, _, seed in fits}) == [SEED_BASE, SEED_BASE + 1]
    first_test = next(i for i, e in enumerate(events) if e[0] == "test")
    assert all(e[0] == "test" for e in events[first_test:])  # test only after every validation run
    # 2. The choice: the best mean validation over the seeds, each candidate's runs shown.
    runs = {(r["config_hash"], r["seed"]): r for r in study.user_attrs[RUNS_ATTR]}
    means = {x.number: np.mean([runs[(config_hash(x.params), s)]["val"] for s in (1000, 1001)]) for x in complete}
    assert [c["trial"] for c in summary["candidates"]] == [x.number for x in complete]
    for c in summary["candidates"]:
        assert c["mean"] == pytest.approx(means[c["trial"]]) and len(c["values"]) == 2 and c["sd"] is not None
        assert c["chosen"] == (c["trial"] == summary["best_trial"])
    assert means[summary["best_trial"]] == max(means.values())
    chosen = study.trials[summary["best_trial"]]
    # 3. Test: the chosen config and the baseline, the very weights chosen on (no retraining).
    roles = {config_hash(chosen.params), config_hash(reference)}
    assert len(events) - first_test == 2 * len(roles)
    stored = study.user_attrs["confirmation"]
    assert stored == summary and stored["seeds"] == [1000, 1001] and stored["tuned_config"] == chosen.params
    assert stored["method"] == "Welch t" and stored["t_source"] in ("scipy.stats.t", "built-in")
    tuned = [runs[(config_hash(chosen.params), s)]["test_accuracy"] for s in (1000, 1001)]
    base = [runs[(config_hash(reference), s)]["test_accuracy"] for s in (1000, 1001)]
    assert stored["tuned"] == tuned and stored["baseline"] == base
    val_means = {  # the same runs' validation: a baseline ahead there is shown before any test figure
        "tuned": np.mean([runs[(config_hash(chosen.params), s)]["val"] for s in (1000, 1001)]),
        "baseline": np.mean([runs[(config_hash(reference), s)]["val"] for s in (1000, 1001)]),
    }
    assert stored["val_means"] == pytest.approx(val_means)
    assert (stored["tuned_mean"], stored["tuned_sd"]) == pytest.approx(mean_sd(tuned))
    w = welch_ci(tuned, base)
    assert stored["diff_mean"] == pytest.approx(w.diff) and stored["ci95"] == pytest.approx([w.low, w.high])
    assert stored["counterpart"] is None  # the objective is accuracy itself
    losers = [r for (h, _), r in runs.items() if h not in roles]
    assert all(r["test_accuracy"] is None for r in losers)  # configs not chosen were never scored on test
    (opened,) = study.user_attrs["test_openings"]
    assert opened["command"] == "tune confirm tiny-quick --seeds 2" and opened["seeds"] == [1000, 1001]
    assert {c["role"]: c["trial"] for c in opened["configs"]} == {"tuned": chosen.number, "baseline": 0}

    events.clear()
    again = confirm(t.name, storage=t.url, seeds=2)
    assert events == []  # every run is stored: nothing retrains, nothing is scored again
    assert {k: v for k, v in again.items() if k != "updated"} == {k: v for k, v in stored.items() if k != "updated"}
    assert len(load_existing_study(t.name, t.url).user_attrs["test_openings"]) == 1

    # More seeds: only the new seed trains; the leaderboard shows the confirmed figures.
    assert main(["confirm", t.name, "--storage", t.url, "--seeds", "3"]) == 0
    assert {seed for kind, _, seed in events if kind.startswith("fit")} == {SEED_BASE + 2}
    (row,) = leaderboard_rows(t.url)
    three = load_existing_study(t.name, t.url).user_attrs["confirmation"]
    assert len(three["tuned"]) == 3 and three["tuned"][:2] == tuned
    assert row["confirmed"].startswith(f"tuned {three['tuned_mean']:.4f}") and "n=3+3" in row["confirmed"]
    assert row["best_test"] == three["tuned_mean"] and row["test_status"] == "confirmed"


def test_changed_sweep_is_refused_naming_the_change(data_env: Trained, tmp_path: Path) -> None:
    t = data_env
    moved = shutil.copy(t.sweep, tmp_path / "tiny.py")
    write_sweep(Path(moved), emb_low=8)  # a different search space
    with pytest.raises(StudyError, match=r"(?s)no longer matches.*'embedding_dim' changed"):
        confirm(t.name, storage=t.url, seeds=2, sweep_path=str(moved))
    write_sweep(Path(moved), epochs=3)  # a different training setting: refused before loading any data
    with pytest.raises(StudyError, match=r"(?s)no longer matches.*training changed"):
        confirm(t.name, storage=t.url, seeds=2, sweep_path=str(moved))


def test_refit_trains_on_train_and_validation_for_the_chosen_epochs(
    data_env: Trained, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textclf_tune.engine.training import Trainer

    t = data_env
    confirm(t.name, storage=t.url, seeds=2, command="tune confirm tiny-quick --seeds 2")  # test opened, plain
    plain_before = load_existing_study(t.name, t.url).user_attrs.get("confirmation")
    calls: list[tuple[int, int]] = []
    original = Trainer.refit

    def spy(self: Trainer, hp: Any, seed: int, epochs: int, *args: Any, **kwargs: Any) -> Any:
        result = original(self, hp, seed, epochs, *args, **kwargs)
        calls.append((epochs, len(result.history["loss"])))
        return result

    monkeypatch.setattr(Trainer, "refit", spy)
    warnings: list[str] = []

    class Events(confirm_mod.ConfirmEvents):
        def warning(self, text: str) -> None:
            warnings.append(text)

    summary = confirm(t.name, storage=t.url, seeds=2, refit=True, events=Events())
    study = load_existing_study(t.name, t.url)
    # Declared after the plain confirmation had opened the test split: said, and recorded with it.
    assert len(warnings) == 1 and "declared after the test split was opened" in warnings[0]
    assert summary["declared_after_test"]["command"] == "tune confirm tiny-quick --seeds 2"
    best, base = study.trials[summary["best_trial"]], study.trials[0]
    assert summary["refit"] is True and summary["refit_epochs_from"] == "trial"
    opened = study.user_attrs["test_openings"][-1]  # declared with the protocol, before the test opened
    assert opened["refit"] is True and opened["refit_epochs"] == summary["refit_epochs"]
    assert summary["refit_epochs"] == {
        "tuned": best.user_attrs["best_epoch"],
        "baseline": base.user_attrs["best_epoch"],
    }
    assert all(e == ran for e, ran in calls) and len(calls) >= 2  # exactly the chosen epochs, no early stop
    assert summary["train_rows"] == [60 + 20]  # the quick preset's train (60) + validation (20)
    assert study.user_attrs["confirmation_refit"] == summary
    assert study.user_attrs.get("confirmation") == plain_before  # the plain confirmation is kept apart
    refit_runs = [r for r in study.user_attrs[RUNS_ATTR] if r.get("refit_epochs")]
    assert len(refit_runs) == len(calls) and all(r["val"] is None for r in refit_runs)
    calls.clear()
    again = confirm(t.name, storage=t.url, seeds=2, refit=True)
    assert calls == []  # stored: nothing retrains
    assert again["declared_after_test"] == summary["declared_after_test"]  # a rerun keeps the record
    (row,) = leaderboard_rows(t.url)
    assert "refit on train+val: tuned" in row["confirmed"]
    assert main(["report", t.name, "--storage", t.url, "--out", str(tmp_path)]) == 0
    report = next(tmp_path.glob("*/REPORT.md")).read_text()
    assert "## Confirmed figures, refit on train + validation" in report and "80 examples" in report
    assert "**Refit declared after the test split had been opened**" in report
    assert "tune confirm tiny-quick --seeds 2   # the confirmation that ran" in report  # as it ran, not a default
    # --refit-epochs runs: the chosen config trains the median best epoch of its validation runs.
    # The stored validation runs are made to peak at epoch 2, where the trial peaked at 1.
    records = study.user_attrs[RUNS_ATTR]
    for r in records:
        if r["trial"] == summary["best_trial"] and r["val"] is not None:
            r["best_epoch"] = 2
    study.set_user_attr(RUNS_ATTR, records)
    assert best.user_attrs["best_epoch"] == 1
    by_runs = confirm(t.name, storage=t.url, seeds=2, refit=True, refit_epochs="runs")
    assert by_runs["refit_epochs"] == {"tuned": 2, "baseline": base.user_attrs["best_epoch"]}
    assert by_runs["refit_epochs_from"] == "runs"  # stored, so the report says where the 2 came from
    assert load_existing_study(t.name, t.url).user_attrs["test_openings"][-1]["refit_epochs_from"] == "runs"
    assert main(["report", t.name, "--storage", t.url, "--out", str(tmp_path)]) == 0
    report = next(tmp_path.glob("*/REPORT.md")).read_text()
    assert "--refit --refit-epochs runs`" in report and "median best epoch of its validation runs (2)" in report
    with pytest.raises(TuneError, match="refit_epochs must be one of trial, runs"):
        confirm(t.name, storage=t.url, seeds=2, refit=True, refit_epochs="mean")


# ------------------------------------------------------------------ storage logic without training
class FakeTrainer:
    """A made-up result per (config, seed): validation 0.80 + ``bonus[config hash]`` + 0.004 per
    seed, test 0.01 below it (auc 0.05 above); raises KeyboardInterrupt on fit number ``stop_at``."""

    epochs = 1

    def __init__(self, bonus: dict[str, float], stop_at: int | None = None) -> None:
        self.bonus, self.stop_at = bonus, stop_at
        self.calls: list[bool] = []  # evaluate_test of each fit

    def fit(self, hp: Any, seed: int, evaluate_test: bool = False) -> Any:
        self.calls.append(evaluate_test)
        if len(self.calls) == self.stop_at:
            raise KeyboardInterrupt
        val = 0.80 + self.bonus.get(config_hash(hp.given), 0.0) + (seed - SEED_BASE) * 0.004
        test = {"accuracy": val - 0.01, "auc": val + 0.05} if evaluate_test else {}
        return SimpleNamespace(
            test_accuracy=test.get("accuracy"),
            test_metrics=test,
            best_epoch=1,
            best_value=val,
            history={"loss": [0.5], "val_accuracy": [val]},
            maxlen=100,
            batch_size=30,
            train_seconds=0.01,
        )


def _fake_retraining(monkeypatch: pytest.MonkeyPatch, trainer: FakeTrainer) -> None:
    def fake_open(study_name: str, storage: str, data_dir: str | None = None, sweep_path: str | None = None) -> Any:
        return confirm_mod.Retraining(
            load_existing_study(study_name, storage),
            SimpleNamespace(path=Path("fake.py"), objective="val_accuracy"),
            True,
            SimpleNamespace(test=SimpleNamespace(y=np.zeros(20))),
            trainer,
        )

    monkeypatch.setattr(confirm_mod, "open_for_retraining", fake_open)
    monkeypatch.setattr(
        "textclf_tune.engine.runtime.runtime_info",
        lambda: {"backend": "fake", "device": "CPU", "versions": {}, "host": {}},
    )


def test_best_mean_validation_wins_over_the_best_single_trial(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The winner's curse: the second-best trial's config is better on mean validation, so it is the
    one scored on test, and a stopped confirm keeps its finished runs."""
    url = f"journal://{tmp_path / 's.log'}"
    make_study(url, name="fake", n=12, sealed=True)
    cands = confirm_mod.top_trials(load_existing_study("fake", url), 3)
    w = max(i for i, c in enumerate(cands) if i > 0 and c.params != REFERENCE)  # not the best single trial
    second = config_hash(cands[w].params)
    stopping = FakeTrainer({second: 0.05}, stop_at=3)
    _fake_retraining(monkeypatch, stopping)
    with pytest.raises(KeyboardInterrupt):
        confirm("fake", storage=url, seeds=3)
    study = load_existing_study("fake", url)
    assert len(study.user_attrs[RUNS_ATTR]) == 2  # two validation runs, stored as they finished
    assert "confirmation" not in study.user_attrs and "test_openings" not in study.user_attrs

    rest = FakeTrainer({second: 0.05})
    _fake_retraining(monkeypatch, rest)
    summary = confirm("fake", storage=url, seeds=3)
    assert rest.calls == [False] * 7 + [True] * 6  # the rest of the 3x3 validation runs, then test: 3 + 3
    assert summary["best_trial"] == cands[w].number and summary["tuned_config"] == cands[w].params
    assert [c["trial"] for c in summary["candidates"]] == [c.number for c in cands]
    assert [c["chosen"] for c in summary["candidates"]] == [i == w for i in range(3)]
    assert summary["candidates"][w]["mean"] == pytest.approx(0.854)
    assert summary["candidates"][w]["values"] == pytest.approx([0.85, 0.854, 0.858])
    assert summary["tuned"] == pytest.approx([0.84, 0.844, 0.848])
    assert summary["baseline"] == pytest.approx([0.79, 0.794, 0.798])
    # Equal spread (sd 0.004, n 3 each): df 4, Δ 0.05 ± t(0.975, 4) * sqrt(2 * 0.004^2 / 3)
    half = 2.776445 * (2 * 0.004**2 / 3) ** 0.5
    assert summary["diff_mean"] == pytest.approx(0.05)
    assert summary["ci95"] == pytest.approx([0.05 - half, 0.05 + half], abs=1e-9)
    assert summary["df"] == pytest.approx(4.0)
    assert summary["baseline_trial"] == 0 and summary["baseline_config"] == REFERENCE
    (opened,) = load_existing_study("fake", url).user_attrs["test_openings"]
    assert opened["top"] == 3 and opened["refit"] is False
    (row,) = leaderboard_rows(url)
    assert row["test_status"] == "confirmed" and row["best_test"] == pytest.approx(0.844)
    assert "STALE" not in row["confirmed"]  # the best trial is among the candidates


def test_objective_counterpart_is_compared_on_test(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"journal://{tmp_path / 's.log'}"
    make_study(url, name="fake", n=12, sealed=True).set_user_attr("objective", "val_auc")
    cands = confirm_mod.top_trials(load_existing_study("fake", url), 1)
    _fake_retraining(monkeypatch, FakeTrainer({config_hash(cands[0].params): 0.03}))
    summary = confirm("fake", storage=url, seeds=2, top=1)
    cp = summary["counterpart"]
    assert cp["metric"] == "auc" and cp["direction"] == "maximize"
    assert cp["tuned"] == pytest.approx([0.88, 0.884]) and cp["baseline"] == pytest.approx([0.85, 0.854])
    assert cp["diff_mean"] == pytest.approx(0.03) and None not in cp["ci95"]
    assert summary["diff_mean"] == pytest.approx(0.03)  # accuracy is compared as well
    (row,) = leaderboard_rows(url)
    assert "auc Δ +0.0300" in row["confirmed"]
    assert row["best_test_objective"] == pytest.approx(0.882)  # the confirmed test auc, not a trial's


def test_the_reference_config_chosen_gives_delta_zero_without_an_interval(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When mean validation chooses the reference config, its runs serve both rows: Δ is 0 exactly,
    and a Welch interval (for independent samples) would show seed noise as uncertainty."""
    url = f"journal://{tmp_path / 's.log'}"
    make_study(url, name="fake", n=12, sealed=True).set_user_attr("objective", "val_auc")
    _fake_retraining(monkeypatch, FakeTrainer({config_hash(REFERENCE): 0.2}))
    summary = confirm("fake", storage=url, seeds=2, top=12)  # every config: the reference among them
    assert summary["tuned_config"] == REFERENCE and summary["tuned"] == summary["baseline"]
    assert summary["diff_mean"] == 0.0 and summary["ci95"] == [None, None] and summary["same_runs"]
    assert summary["counterpart"]["diff_mean"] == 0.0 and summary["counterpart"]["ci95"] == [None, None]
    (row,) = leaderboard_rows(url)
    assert "Δ +0.0000, n=2+2" in row["confirmed"]


def test_confirm_user_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"journal://{tmp_path / 's.log'}"
    make_study(url, name="fake", n=4)
    with pytest.raises(TuneError, match="--seeds must be a whole number >= 2"):
        confirm("fake", storage=url, seeds=1)
    with pytest.raises(TuneError, match="--top must be a whole number >= 1"):
        confirm("fake", storage=url, seeds=2, top=0)
    with pytest.raises(StudyError, match="not in storage"):
        confirm("nope", storage=url, seeds=2)
    optuna.create_study(storage=open_storage(url, heartbeat=False), study_name="empty")
    with pytest.raises(StudyError, match="no complete trial"):
        confirm("empty", storage=url, seeds=2)
    assert main(["confirm", "fake", "--storage", url, "--seeds", "0"]) == 2


def test_a_reverse_log_hyperparameter_is_retrained_with_its_value(
    tmp_path: Path, imdb_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Optuna holds a continuous reverse-log value as its mirror param ``rate.mirror``: confirm,
    the leaderboard and the report take the value build(hp) saw, not the mirror."""
    monkeypatch.setenv("TEXTCLF_DATA_DIR", str(imdb_dir))
    ref = '{"maxlen": 40, "embedding_dim": 8, "learning_rate": 0.01, "rate": 0.3}'
    sweep = write_sweep(
        tmp_path / "rev.py",
        extra=f"reference_config = {ref}",
        build_extra='hp.Float("rate", 0.1, 0.5, sampling="reverse_log")',
    )
    url = f"sqlite:///{tmp_path / 's.db'}"
    run_study(load_sweep(sweep), RunConfig(storage=url, quick=True, trials=2))
    study = load_existing_study("rev-quick", url)
    sampled = study.trials[1]
    value = sampled.user_attrs["derived"]["rate"]
    assert sampled.params["rate.mirror"] == pytest.approx(0.6 - value)  # what Optuna stores
    assert study.trials[0].user_attrs["derived"]["rate"] == pytest.approx(0.3)  # the reference's own value
    summary = confirm("rev-quick", storage=url, seeds=2, top=2)
    tuned = summary["tuned_config"]
    assert (
        "rate.mirror" not in tuned
        and tuned["rate"] == study.trials[summary["best_trial"]].user_attrs["derived"]["rate"]
    )
    (row,) = leaderboard_rows(url)
    assert "rate.mirror" not in row["best_params"] and 0.1 <= row["best_params"]["rate"] <= 0.5


def test_configs_whose_runs_ignore_the_seed_are_warned_about(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """keras.utils.set_random_seed(42) inside build(hp) made every confirm run of a config the same
    model (0.5946 ± 0.0000 under 2 seeds), without a word."""

    class SeedBlind(FakeTrainer):
        def fit(self, hp: Any, seed: int, evaluate_test: bool = False) -> Any:
            return super().fit(hp, SEED_BASE, evaluate_test)  # every seed: the same run

    url = f"journal://{tmp_path / 's.log'}"
    make_study(url, name="fake", n=12, sealed=True)
    _fake_retraining(monkeypatch, SeedBlind({}))
    said: list[str] = []
    events = confirm_mod.ConfirmEvents()
    events.warning = said.append  # type: ignore[method-assign]
    confirm("fake", storage=url, seeds=2, events=events)
    (note,) = [w for w in said if "under every seed" in w]
    assert "(0.8000) config are identical, epoch for epoch, under every seed (1000, 1001)" in note
    assert "set_random_seed" in note
    _fake_retraining(monkeypatch, FakeTrainer({}))
    said.clear()
    confirm("fake", storage=url, seeds=3, events=events)  # seed 1002 differs: runs that vary say nothing
    assert not [w for w in said if "under every seed" in w]
