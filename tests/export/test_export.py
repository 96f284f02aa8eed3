"""tune export: the saved model reloads and reproduces its test accuracy; the one-liner retrains it."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from textclf_tune import RunConfig, load_sweep, run_study
from textclf_tune.cli.main import main
from textclf_tune.engine.setup import load_data
from textclf_tune.errors import TuneError
from textclf_tune.export.writer import FILES, export
from textclf_tune.testing.fake_studies import make_study


@pytest.fixture
def quick_study(tiny_sweep: Path, tmp_path: Path) -> tuple[str, Path]:
    url = f"sqlite:///{tmp_path / 's.db'}"
    # --score-test: the trial's own test accuracy is what the export must reproduce
    run_study(load_sweep(tiny_sweep), RunConfig(storage=url, quick=True, trials=2, score_test=True))
    return url, tiny_sweep


def test_export_reloads_and_reproduces_test_accuracy(quick_study: tuple[str, Path], tmp_path: Path) -> None:
    import keras
    import optuna

    url, sweep_path = quick_study
    out = tmp_path / "exported"
    cfg = export("tiny-quick", out, storage=url)
    for name in FILES:
        assert (out / name).is_file(), name
    on_disk = json.loads((out / "config.json").read_text())
    study = optuna.load_study(study_name="tiny-quick", storage=url)
    best = study.best_trial
    assert on_disk == json.loads(json.dumps(cfg, default=str))
    assert on_disk["trial"] == best.number and on_disk["params"] == best.params and on_disk["quick"] is True
    assert on_disk["seed"] == best.user_attrs["seed"] and on_disk["maxlen"] == best.user_attrs["maxlen"]
    assert on_disk["dataset"]["name"] == "imdb" and on_disk["dataset"]["options"] == {"num_words": 300}
    assert on_disk["sweep_file"] == str(sweep_path)

    # Reload the file and score the same (quick) test split independently of the exporter.
    model = keras.saving.load_model(out / "model.keras")
    dataset = load_data(load_sweep(sweep_path), quick=True)
    x_test = dataset.test.x.pad(on_disk["maxlen"])
    acc = float(model.evaluate(x_test, dataset.test.y, verbose=0, return_dict=True)["accuracy"])
    assert acc == pytest.approx(on_disk["test_accuracy"], abs=1e-6)
    assert on_disk["test_accuracy_reloaded"] == pytest.approx(on_disk["test_accuracy"], abs=1e-6)
    # Same seed, data and preset as the trial: within one test example of what the trial recorded.
    assert acc == pytest.approx(best.user_attrs["test_accuracy"], abs=1 / len(dataset.test.y) + 1e-6)
    # The export opened the test split, and the study says so.
    opened = optuna.load_study(study_name="tiny-quick", storage=url).user_attrs["test_openings"][-1]
    assert opened["command"] == "export tiny-quick" and opened["configs"][0]["trial"] == best.number

    vocab = json.loads((out / "vocab.json").read_text())
    assert vocab["words"] == list(dataset.words) and vocab["maxlen"] == on_disk["maxlen"]
    assert vocab["encoding"] == dataset.meta["encoding"] and vocab["padding"] == "pre"

    # RETRAIN.txt: one line that retrains this very trial.
    lines = (out / "RETRAIN.txt").read_text().splitlines()
    assert len(lines) == 1
    argv = shlex.split(lines[0])
    assert argv[:3] == ["tune", "export", "tiny-quick"] and argv[argv.index("--trial") + 1] == str(best.number)
    again = tmp_path / "again"
    argv[argv.index("--out") + 1] = str(again)
    assert main(argv[1:]) == 0
    assert json.loads((again / "config.json").read_text())["params"] == best.params


def test_export_user_errors(tmp_path: Path) -> None:
    url = f"journal://{tmp_path / 's.log'}"
    make_study(url, name="fake", n=8)  # trial 3 is pruned, trial 5 failed
    with pytest.raises(TuneError, match="--trial must name a complete trial, but trial 3 is PRUNED"):
        export("fake", tmp_path / "x", storage=url, trial=3)
    with pytest.raises(TuneError, match="--trial must name a trial of study 'fake'"):
        export("fake", tmp_path / "x", storage=url, trial=42)
    (tmp_path / "file").write_text("")
    with pytest.raises(TuneError, match="--out must be a folder"):
        export("fake", tmp_path / "file", storage=url)
    assert main(["export", "fake", "--storage", url, "--trial", "3", "--out", str(tmp_path / "y")]) == 2
