"""tune baseline: the linear model on a study's own data; the test split read only with --score-test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import optuna
import pytest
from conftest import write_sweep

import textclf_tune.data as data_pkg
from textclf_tune import RunConfig, load_sweep, run_study
from textclf_tune.cli.main import main
from textclf_tune.data import Dataset, load_imdb
from textclf_tune.engine.baseline import baseline
from textclf_tune.errors import StudyError, SweepError
from textclf_tune.store.records import S
from textclf_tune.store.storage import load_existing_study
from textclf_tune.testing.fake_studies import make_study

GRID = {"c_grid": (0.1, 1.0)}


class SpyDataset(Dataset):
    """A Dataset that counts every read of its test split."""

    reads: list[str]

    def __getattribute__(self, name: str) -> Any:
        if name in ("test", "splits"):
            object.__getattribute__(self, "reads").append(name)
        return object.__getattribute__(self, name)


@pytest.fixture
def spy(imdb_dir: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every dataset the baseline loads is a SpyDataset; returns the list of its test-split reads."""
    monkeypatch.setenv("TEXTCLF_DATA_DIR", str(imdb_dir))
    reads: list[str] = []
    real = data_pkg.load_dataset

    def load(name: str, **options: Any) -> Dataset:
        ds = real(name, **options)
        out = SpyDataset(**{f: getattr(ds, f) for f in Dataset.__dataclass_fields__})
        object.__setattr__(out, "reads", reads)
        return out

    monkeypatch.setattr(data_pkg, "load_dataset", load)
    from textclf_tune.analysis import linear

    monkeypatch.setattr(linear, "C_GRID", GRID["c_grid"])
    monkeypatch.setattr(linear.fit_linear, "__defaults__", (None, GRID["c_grid"], None, "accuracy"))
    return reads


def _study(url: str, imdb_dir: Path, name: str = "tiny", **attrs: Any) -> optuna.Study:
    study = make_study(url, name=name, n=6)
    ds = load_imdb(num_words=300, data_dir=str(imdb_dir))
    study.set_user_attr(
        S.FINGERPRINT, {"hash": "x", "data": {"name": "imdb", "num_words": 300}, "training": {"seed": 0}}
    )
    study.set_user_attr(S.QUICK, False)
    study.set_user_attr(S.DATA, ds.meta)
    for k, v in attrs.items():
        study.set_user_attr(k, v)
    return study


def test_fits_on_the_study_data_stores_figures_and_never_reads_test(spy: list[str], imdb_dir: Path, tmp_path) -> None:
    url = f"journal://{tmp_path / 's.log'}"
    _study(url, imdb_dir)
    rec = baseline("tiny", storage=url, command="tune baseline tiny")
    assert spy == []  # the test split was not read
    stored = load_existing_study("tiny", url).user_attrs[S.LINEAR_BASELINE]
    assert stored == rec
    assert rec["test_opened"] == [] and rec["test_accuracy"] is None
    for f in rec["features"].values():
        assert f["test_accuracy"] is None and f["c"] in GRID["c_grid"] and f["seconds"] >= 0
        assert f["train_rows"] == 96 and f["val_rows"] == 24  # the study's own splits (120 train reviews, 20% val)
    assert rec["val_accuracy"] == max(f["val_accuracy"] for f in rec["features"].values()) > 0.8
    assert rec["num_words"] == 300 and rec["command"] == "tune baseline tiny"


def test_score_test_opens_it_once_records_it_and_a_rerun_keeps_it(spy: list[str], imdb_dir: Path, tmp_path) -> None:
    url = f"journal://{tmp_path / 's.log'}"
    _study(url, imdb_dir)
    sealed = baseline("tiny", storage=url)
    opened = baseline("tiny", storage=url, score_test=True, command="tune baseline tiny --score-test")
    assert "test" in spy
    assert opened["test_opened"][0]["command"] == "tune baseline tiny --score-test"
    assert opened["test_opened"][0]["when"] == opened["finished"]
    assert opened["test_accuracy"] is not None
    assert {k: v["c"] for k, v in opened["features"].items()} == {k: v["c"] for k, v in sealed["features"].items()}
    assert opened["val_accuracy"] == sealed["val_accuracy"]
    spy.clear()
    again = baseline("tiny", storage=url)  # no --score-test: nothing read, the same fit keeps its figures
    assert spy == []
    assert again["test_accuracy"] == opened["test_accuracy"] and again["test_opened"] == opened["test_opened"]
    # the study's own record of openings has it too, so the leaderboard no longer says "sealed"
    openings = load_existing_study("tiny", url).user_attrs[S.TEST_OPENINGS]
    assert [(o["command"], o["purpose"].split(":")[0]) for o in openings] == [
        ("tune baseline tiny --score-test", "baseline")
    ]


def test_quick_study_gets_its_subsample(spy: list[str], imdb_dir: Path, tmp_path) -> None:
    url = f"journal://{tmp_path / 's.log'}"
    ds = load_imdb(num_words=300, data_dir=str(imdb_dir)).subsample(40, 10, 20, seed=0)
    _study(url, imdb_dir)
    study = load_existing_study("tiny", url)
    fp = dict(study.user_attrs[S.FINGERPRINT], quick={"n_train": 40, "n_val": 10, "n_test": 20})
    study.set_user_attr(S.FINGERPRINT, fp)
    study.set_user_attr(S.QUICK, True)
    study.set_user_attr(S.DATA, ds.meta)
    rec = baseline("tiny", storage=url)
    assert {(f["train_rows"], f["val_rows"]) for f in rec["features"].values()} == {(40, 10)}


def test_quick_study_of_data_smaller_than_the_preset_uses_its_splits_whole(
    spy: list[str], imdb_dir: Path, tmp_path: Path
) -> None:
    """--quick on a dataset smaller than Quick()'s 2,000 / 500 / 1,000: the run uses each split
    whole, and so must the baseline (it refused the preset's counts as larger than the splits)."""
    url = f"journal://{tmp_path / 's.log'}"
    sweep = write_sweep(tmp_path / "small.py", epochs=1, extra="quick = Quick(epochs=1, trials=1)")
    run_study(load_sweep(sweep), RunConfig(storage=url, quick=True, trials=1, data_dir=str(imdb_dir)))
    rec = baseline("small-quick", storage=url, data_dir=str(imdb_dir))
    assert {(f["train_rows"], f["val_rows"]) for f in rec["features"].values()} == {(96, 24)}


def test_other_data_than_the_study_recorded_is_refused(spy: list[str], imdb_dir: Path, tmp_path) -> None:
    url = f"journal://{tmp_path / 's.log'}"
    study = _study(url, imdb_dir)
    meta = dict(study.user_attrs[S.DATA], sizes={"train": 1, "val": 1, "test": 1})
    study.set_user_attr(S.DATA, meta)
    with pytest.raises(StudyError, match="other data"):
        baseline("tiny", storage=url)
    assert S.LINEAR_BASELINE not in load_existing_study("tiny", url).user_attrs


def test_cli_baseline_then_leaderboard_shows_delta_linear(spy: list[str], imdb_dir: Path, tmp_path, capsys) -> None:
    url = f"journal://{tmp_path / 's.log'}"
    _study(url, imdb_dir)
    assert main(["baseline", "tiny", "--storage", url]) == 0
    out = capsys.readouterr().out
    assert "uni+bigrams" in out and "sealed" in out and spy == []
    assert main(["baseline", "tiny", "--storage", url, "--score-test"]) == 0
    assert "test" in spy
    capsys.readouterr()
    rec = load_existing_study("tiny", url).user_attrs[S.LINEAR_BASELINE]
    assert rec["test_opened"][0]["command"].startswith("tune ")
    assert main(["leaderboard", "--storage", url, "--format", "json"]) == 0
    import json

    (row,) = json.loads(capsys.readouterr().out)
    study = load_existing_study("tiny", url)
    assert row["linear_val"] == rec["val_accuracy"] and row["linear_test"] == rec["test_accuracy"]
    assert row["delta_linear"] == pytest.approx(study.best_value - rec["val_accuracy"])


def test_unknown_study_is_one_clear_error(tmp_path, capsys) -> None:
    url = f"journal://{tmp_path / 's.log'}"
    make_study(url, name="other", n=3)
    assert main(["baseline", "nope", "--storage", url]) == 2
    err = capsys.readouterr().err
    assert "nope" in err and "other" in err


def test_a_study_of_texts_given_in_its_sweep_file_gets_its_baseline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Data.from_texts lives in the sweep file: the baseline must run it (in a new process the texts
    # exist nowhere else), and --sweep must compare against the whole fingerprint in the storage.
    import shutil

    from textclf_tune.data import pytexts

    examples = Path(__file__).resolve().parents[2] / "sweeps" / "examples"
    dest = tmp_path / "examples"
    shutil.copytree(examples, dest, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.chdir(tmp_path)
    url = f"sqlite:///{tmp_path / 's.db'}"
    sweep = dest / "python_texts.py"
    assert main(["run", str(sweep), "--quick", "--trials", "1", "--storage", url, "-q"]) == 0
    for extra in ([], ["--sweep", str(sweep)]):
        monkeypatch.setattr(pytexts, "IN_MEMORY", {})  # as in a new process: no texts until the sweep runs
        capsys.readouterr()
        assert main(["baseline", "python_texts-quick", "--storage", url, *extra]) == 0, capsys.readouterr().err
        record = load_existing_study("python_texts-quick", url).user_attrs[S.LINEAR_BASELINE]
        assert 0.5 <= record["val_accuracy"] <= 1.0 and record["test_accuracy"] is None  # test stays sealed


TICKETS_SWEEP = """
import keras
from textclf_tune import Data, Quick, Training

data = Data("csv", path="tickets.csv", num_words=200)  # beside this file, not in the working folder
training = Training(epochs=1, batch_size=16, maxlen=20, early_stopping=None)
quick = Quick(n_train=80, n_val=20, n_test=20, epochs=1, trials=1, max_maxlen=20)


def build(hp):
    model = keras.Sequential([keras.Input((None,), dtype="int32"), keras.layers.Embedding(200, hp.Choice("dim", [4, 8])),
                              keras.layers.GlobalAveragePooling1D(), keras.layers.Dense(1, activation="sigmoid")])
    model.compile("adam", "binary_crossentropy", metrics=["accuracy"])
    return model
"""


def test_a_data_file_beside_the_sweep_is_found_from_another_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """tune run finds path="tickets.csv" beside the sweep file from any folder; tune baseline, which
    rebuilds the data from the study's record, must too (it looked in the working folder only)."""
    proj, cwd = tmp_path / "proj", tmp_path / "cwd"
    proj.mkdir()
    cwd.mkdir()
    rows = [
        (f"refund my order {i} please" if i % 3 else f"login fails on screen {i}", "billing" if i % 3 else "access")
        for i in range(150)
    ]
    (proj / "tickets.csv").write_text("text,label\n" + "".join(f"{t},{c}\n" for t, c in rows), encoding="utf-8")
    (proj / "tickets.py").write_text(TICKETS_SWEEP)
    monkeypatch.chdir(cwd)
    url = f"sqlite:///{tmp_path / 's.db'}"
    assert main(["run", "../proj/tickets.py", "--quick", "--trials", "1", "--storage", url, "-q"]) == 0
    capsys.readouterr()
    assert main(["baseline", "tickets-quick", "--storage", url]) == 0, capsys.readouterr().err
    record = load_existing_study("tickets-quick", url).user_attrs[S.LINEAR_BASELINE]
    assert record["val_accuracy"] > 0.9 and record["test_accuracy"] is None
    # from yet another folder, "../proj/tickets.py" names nothing: the study's run_folder finds it
    from textclf_tune.engine.retraining import recorded_sweep

    elsewhere = tmp_path / "a" / "b"
    elsewhere.mkdir(parents=True)
    monkeypatch.chdir(elsewhere)
    study = load_existing_study("tickets-quick", url)
    assert study.user_attrs[S.RUN_FOLDER] == str(cwd)
    assert recorded_sweep(study, None, "x").path.resolve() == (proj / "tickets.py").resolve()
    (proj / "tickets.py").unlink()
    with pytest.raises(SweepError, match=rf"relative to {cwd}, where the study was created"):
        recorded_sweep(study, None, "x")
