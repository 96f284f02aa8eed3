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


def _spy_fit(monkeypatch: pytest.MonkeyPatch) -> list[tuple[dict[str, Any], int]]:
    from textclf_tune.engine.training import Trainer

    calls: list[tuple[dict[str, Any], int]] = []
    original = Trainer.fit

    def spy(self: Trainer, hp: Any, seed: int, *args: Any, **kwargs: Any) -> Any:
        calls.append((dict(hp.given or {}), seed))
        return original(self, hp, seed, *args, **kwargs)

    monkeypatch.setattr(Trainer, "fit", spy)
    return calls


def test_confirm_stores_runs_and_second_call_trains_nothing(data_env: Trained, monkeypatch: pytest.MonkeyPatch) -> None:
    t = data_env
    calls = _spy_fit(monkeypatch)
    summary = confirm(t.name, storage=t.url, seeds=2)
    study = load_existing_study(t.name, t.url)
    best = study.best_trial
    configs = {config_hash(best.params), config_hash(study.user_attrs["reference_config"])}
    assert len(calls) == 2 * len(configs)  # the best may be the reference itself: each (config, seed) trains once
    assert sorted({seed for _, seed in calls}) == [SEED_BASE, SEED_BASE + 1]
    assert all(c in (best.params, study.user_attrs["reference_config"]) for c, _ in calls)

    stored = study.user_attrs["confirmation"]
    assert stored == summary
    assert stored["best_trial"] == best.number and stored["seeds"] == [1000, 1001]
    assert stored["method"] == "Welch t" and stored["t_source"] in ("scipy.stats.t", "built-in")
    runs = study.user_attrs[RUNS_ATTR]
    assert len(runs) == len(calls)
    by_key = {(r["config_hash"], r["seed"]): r for r in runs}
    tuned = [by_key[(config_hash(best.params), s)]["test_accuracy"] for s in (1000, 1001)]
    base = [by_key[(config_hash(study.user_attrs["reference_config"]), s)]["test_accuracy"] for s in (1000, 1001)]
    assert stored["tuned"] == tuned and stored["baseline"] == base
    assert (stored["tuned_mean"], stored["tuned_sd"]) == pytest.approx(mean_sd(tuned))
    assert (stored["baseline_mean"], stored["baseline_sd"]) == pytest.approx(mean_sd(base))
    w = welch_ci(tuned, base)
    assert stored["diff_mean"] == pytest.approx(w.diff) and stored["ci95"] == pytest.approx([w.low, w.high])
    for r in stored["runs"]:
        assert r["role"] in ("tuned", "baseline") and r["seed"] in (1000, 1001)
        assert 0 <= r["test_accuracy"] <= 1 and r["best_epoch"] >= 1 and r["seconds"] > 0 and "val" in r

    calls.clear()
    again = confirm(t.name, storage=t.url, seeds=2)
    assert calls == []  # every run is stored: nothing retrains
    assert {k: v for k, v in again.items() if k != "updated"} == {k: v for k, v in stored.items() if k != "updated"}

    # More seeds: only the new seed trains; the leaderboard shows the confirmed figures.
    assert main(["confirm", t.name, "--storage", t.url, "--seeds", "3"]) == 0
    assert sorted({seed for _, seed in calls}) == [SEED_BASE + 2] and len(calls) == len(configs)
    (row,) = leaderboard_rows(t.url)
    three = load_existing_study(t.name, t.url).user_attrs["confirmation"]
    assert len(three["tuned"]) == 3 and three["tuned"][:2] == tuned
    assert row["confirmed"].startswith(f"tuned {three['tuned_mean']:.4f}") and "n=3+3" in row["confirmed"]


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
    plain_before = load_existing_study(t.name, t.url).user_attrs.get("confirmation")
    calls: list[tuple[int, int]] = []
    original = Trainer.refit

    def spy(self: Trainer, hp: Any, seed: int, epochs: int, *args: Any, **kwargs: Any) -> Any:
        result = original(self, hp, seed, epochs, *args, **kwargs)
        calls.append((epochs, len(result.history["loss"])))
        return result

    monkeypatch.setattr(Trainer, "refit", spy)
    summary = confirm(t.name, storage=t.url, seeds=2, refit=True)
    study = load_existing_study(t.name, t.url)
    best, base = study.best_trial, study.trials[0]
    assert summary["refit"] is True
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
    confirm(t.name, storage=t.url, seeds=2, refit=True)
    assert calls == []  # stored: nothing retrains
    (row,) = leaderboard_rows(t.url)
    assert "refit on train+val: tuned" in row["confirmed"]
    assert main(["report", t.name, "--storage", t.url, "--out", str(tmp_path)]) == 0
    report = next(tmp_path.glob("*/REPORT.md")).read_text()
    assert "## Confirmed figures, refit on train + validation" in report and "80 examples" in report


# ------------------------------------------------------------------ storage logic without training
class FakeTrainer:
    """Returns a made-up result per (config, seed); raises KeyboardInterrupt on call ``stop_at``."""

    epochs = 1

    def __init__(self, stop_at: int | None = None) -> None:
        self.calls = 0
        self.stop_at = stop_at

    def fit(self, hp: Any, seed: int, evaluate_test: bool = True) -> Any:
        self.calls += 1
        if self.calls == self.stop_at:
            raise KeyboardInterrupt
        cfg = hp.given
        acc = 0.80 + (0.05 if cfg != REFERENCE else 0.0) + (seed - SEED_BASE) * 0.004
        return SimpleNamespace(
            test_accuracy=acc,
            test_metrics={"accuracy": acc},
            best_epoch=1,
            best_value=acc + 0.01,
            history={"loss": [0.5], "val_accuracy": [acc + 0.01]},
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


def test_interrupted_confirm_keeps_finished_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"journal://{tmp_path / 's.log'}"
    make_study(url, name="fake", n=8)
    stopping = FakeTrainer(stop_at=3)
    _fake_retraining(monkeypatch, stopping)
    with pytest.raises(KeyboardInterrupt):
        confirm("fake", storage=url, seeds=3)
    study = load_existing_study("fake", url)
    assert len(study.user_attrs[RUNS_ATTR]) == 2  # tuned and baseline of seed 1000, stored as they finished
    assert "confirmation" not in study.user_attrs

    rest = FakeTrainer()
    _fake_retraining(monkeypatch, rest)
    summary = confirm("fake", storage=url, seeds=3)
    assert rest.calls == 4  # only the four runs that had not finished
    assert summary["tuned"] == pytest.approx([0.85, 0.854, 0.858])
    assert summary["baseline"] == pytest.approx([0.80, 0.804, 0.808])
    # Equal spread (sd 0.004, n 3 each): df 4, Δ 0.05 ± t(0.975, 4) * sqrt(2 * 0.004^2 / 3)
    half = 2.776445 * (2 * 0.004**2 / 3) ** 0.5
    assert summary["diff_mean"] == pytest.approx(0.05)
    assert summary["ci95"] == pytest.approx([0.05 - half, 0.05 + half], abs=1e-9)
    assert summary["df"] == pytest.approx(4.0)
    assert summary["baseline_trial"] == 0 and summary["baseline_config"] == REFERENCE


def test_confirm_user_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"journal://{tmp_path / 's.log'}"
    make_study(url, name="fake", n=4)
    with pytest.raises(TuneError, match="--seeds must be a whole number >= 2"):
        confirm("fake", storage=url, seeds=1)
    with pytest.raises(StudyError, match="not in storage"):
        confirm("nope", storage=url, seeds=2)
    optuna.create_study(storage=open_storage(url, heartbeat=False), study_name="empty")
    with pytest.raises(StudyError, match="no complete trial"):
        confirm("empty", storage=url, seeds=2)
    assert main(["confirm", "fake", "--storage", url, "--seeds", "0"]) == 2
