"""tune confirm keeps the chosen config's best validation run; tune export --confirmed exports it
without training, its validation figure re-scored against the kept run's."""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Any

import optuna
import pytest
from conftest import write_sweep

from textclf_tune import RunConfig, load_exported, load_sweep, run_study
from textclf_tune.cli.main import main
from textclf_tune.engine.confirm import RUNS_ATTR, config_hash, confirm
from textclf_tune.engine.training import Trainer
from textclf_tune.errors import StudyError, TuneError
from textclf_tune.export.writer import export
from textclf_tune.store.artifacts import open_store
from textclf_tune.store.records import S
from textclf_tune.store.storage import load_existing_study
from textclf_tune.testing.fake_studies import make_study

NAME = "tiny-quick"


@pytest.fixture
def studied(tmp_path: Path, imdb_dir: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A quick study of 2 trials on the synthetic IMDB data, in a SQLite file (artifacts beside it)."""
    monkeypatch.setenv("TEXTCLF_DATA_DIR", str(imdb_dir))
    url = f"sqlite:///{tmp_path / 's.db'}"
    run_study(load_sweep(write_sweep(tmp_path / "tiny.py")), RunConfig(storage=url, quick=True, trials=2))
    return url


def _fits(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The seed of every Trainer.fit from now on."""
    seeds: list[int] = []
    fit = Trainer.fit

    def spy(self: Trainer, hp: Any, seed: int, *args: Any, **kwargs: Any) -> Any:
        seeds.append(seed)
        return fit(self, hp, seed, *args, **kwargs)

    monkeypatch.setattr(Trainer, "fit", spy)
    return seeds


def _best_run(study: optuna.Study) -> dict[str, Any]:
    chosen = study.user_attrs["confirmation"]["tuned_config"]
    runs = [r for r in study.user_attrs[RUNS_ATTR] if r["config_hash"] == config_hash(chosen)]
    return max(runs, key=lambda r: (r["val"], -r["seed"]))


@pytest.mark.filterwarnings("error:Skipping variable loading:UserWarning")  # Keras on a half-saved optimizer
def test_confirm_keeps_the_chosen_run_and_export_uses_it_without_training(
    studied: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = studied
    summary = confirm(NAME, storage=url, seeds=2, top=2)
    study = load_existing_study(NAME, url)
    kept = study.user_attrs[S.CONFIRMED_MODEL]
    best = _best_run(study)
    assert kept["trial"] == summary["best_trial"] and kept["config"] == summary["tuned_config"]
    assert kept["seed"] == best["seed"] and kept["val"] == best["val"] and kept["retrained"] is False
    assert kept["maxlen"] == best["maxlen"] and kept["batch_size"] == best["batch_size"]
    store = open_store(tmp_path / "s.artifacts")
    with store.open_reader(kept["artifact_id"]):
        pass  # the file is in the artifact store beside the SQLite file

    fits = _fits(monkeypatch)
    again = confirm(NAME, storage=url, seeds=2, top=2)  # every run stored, the model kept: no training
    assert fits == [] and again["best_trial"] == summary["best_trial"]
    assert load_existing_study(NAME, url).user_attrs[S.CONFIRMED_MODEL] == kept

    out = tmp_path / "confirmed"
    cfg = export(NAME, out, storage=url, confirmed=True, serving=False)
    assert fits == []  # exported from the kept file
    assert cfg["weights"] == {
        "source": "confirmed",
        "artifact_id": kept["artifact_id"],
        "seconds": pytest.approx(0, abs=60),
    }
    assert cfg["trial"] == kept["trial"] and cfg["params"] == kept["config"] and cfg["seed"] == kept["seed"]
    assert cfg["maxlen"] == kept["maxlen"] and cfg["confirmed_run"]["seeds"] == [1000, 1001]
    # Re-scored on validation: the kept run's figure (export refuses a mismatch).
    assert cfg["validation"]["recorded"] == kept["val"]
    assert cfg["validation"]["exported"] == pytest.approx(kept["val"], abs=1 / cfg["validation"]["examples"] + 1e-6)
    assert load_exported(out).maxlen == kept["maxlen"]
    card = (out / "MODEL.md").read_text()
    assert f"seed {kept['seed']}" in card and "Kept by `tune confirm`" in card
    argv = shlex.split((out / "RETRAIN.txt").read_text().strip())
    assert "--confirmed" in argv and "--trial" not in argv
    assert main(["export", NAME, "--storage", url, "--confirmed", "--out", str(tmp_path / "cli"), "--quiet"]) == 0
    assert json.loads((tmp_path / "cli" / "config.json").read_text())["weights"]["source"] == "confirmed"
    assert fits == []
    # A new best trial outside the candidates makes the confirmation stale: the export says so.
    import io

    import optuna
    from rich.console import Console

    first = study.trials[kept["trial"]]
    study.add_trial(optuna.trial.create_trial(params=first.params, distributions=first.distributions, value=1.0))
    said = io.StringIO()
    export(NAME, tmp_path / "stale", storage=url, confirmed=True, serving=False, console=Console(file=said))
    assert "the confirmation is stale" in said.getvalue() and fits == []


def test_a_confirm_without_the_weights_retrains_only_the_kept_run(
    studied: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Runs stored by an earlier confirm (weights gone): the chosen config's best seed is retrained
    once, validation only, and export checks the weights against that run's own figure."""
    url = studied
    confirm(NAME, storage=url, seeds=2, top=2)
    study = load_existing_study(NAME, url)
    old = study.user_attrs[S.CONFIRMED_MODEL]
    study.set_user_attr(S.CONFIRMED_MODEL, None)  # as a confirm made before models were kept
    fits = _fits(monkeypatch)
    confirm(NAME, storage=url, seeds=2, top=2)
    kept = load_existing_study(NAME, url).user_attrs[S.CONFIRMED_MODEL]
    assert fits == [old["seed"]] and kept["seed"] == old["seed"] and kept["retrained"] is True
    assert kept["artifact_id"] != old["artifact_id"]
    cfg = export(NAME, tmp_path / "out", storage=url, confirmed=True, serving=False)
    assert fits == [old["seed"]] and cfg["validation"]["recorded"] == kept["val"]


def test_export_confirmed_user_errors(tmp_path: Path) -> None:
    url = f"journal://{tmp_path / 's.log'}"
    make_study(url, name="fake", n=4)
    with pytest.raises(StudyError, match="no model kept by tune confirm"):
        export("fake", tmp_path / "x", storage=url, confirmed=True)
    load_existing_study("fake", url).set_user_attr(S.CONFIRMED_MODEL, {"trial": 1, "artifact_id": "gone"})
    with pytest.raises(TuneError, match="pass one of them, not both"):
        export("fake", tmp_path / "x", storage=url, confirmed=True, trial=2)
    with pytest.raises(SystemExit) as refused:  # argparse: --trial and --confirmed exclude each other
        main(["export", "fake", "--storage", url, "--confirmed", "--trial", "2", "--out", str(tmp_path)])
    assert refused.value.code == 2
    load_existing_study("fake", url).set_user_attr(S.CONFIRMED_MODEL, None)
    assert main(["export", "fake", "--storage", url, "--confirmed", "--out", str(tmp_path / "y")]) == 2


def test_the_model_card_gives_the_objectives_own_test_metric_beside_accuracy() -> None:
    """A macro-F1 study's MODEL.md showed only test accuracy, where the leaderboard, report and
    confirm lead with macro F1."""
    from textclf_tune.export.card import _confirmation_lines

    c = {
        "best_trial": 3,
        "seeds": [0, 1],
        "tuned": [0.80, 0.82],
        "tuned_mean": 0.81,
        "tuned_sd": 0.014,
        "baseline": [0.70, 0.72],
        "baseline_mean": 0.71,
        "baseline_sd": 0.014,
        "diff_mean": 0.10,
        "ci95": [0.05, 0.15],
        "method": "Welch",
        "counterpart": {
            "metric": "macro_f1",
            "tuned": [0.61, 0.63],
            "tuned_mean": 0.62,
            "tuned_sd": 0.014,
            "baseline": [0.41, 0.43],
            "baseline_mean": 0.42,
            "baseline_sd": 0.014,
            "diff_mean": 0.20,
            "ci95": [0.1, 0.3],
        },
    }
    text = "\n".join(_confirmation_lines(c, 3))
    assert "| tuned | 2 | 0.8100 |" in text and "| tuned | 2 | 0.6200 |" in text
    assert "| baseline (reference config) | 2 | 0.4200 |" in text
    assert "Δ macro_f1 = +0.2000, 95% CI [+0.1000, +0.3000]." in text
    assert "macro_f1" not in "\n".join(_confirmation_lines({**c, "counterpart": None}, 3))  # accuracy studies
