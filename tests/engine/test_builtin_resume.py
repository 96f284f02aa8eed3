"""The published studies keep resuming: each built-in sweep's study in a copy of
results/studies.db opens against the space the sweep walks now (no training). Slow: it loads the
real archives (TEXTCLF_DATA_DIR, a local folder of archives); skipped without them."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from textclf_tune import RunConfig, load_sweep
from textclf_tune.engine.opening import open_study
from textclf_tune.engine.setup import load_data, make_trainer, probe_space

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = os.environ.get("TEXTCLF_DATA_DIR")  # read at import: the autouse fixture hides it from tests


@pytest.mark.slow
@pytest.mark.parametrize("name", ["imdb_cnn", "imdb_lstm", "newsgroups_glove"])
def test_builtin_sweeps_studies_still_open(name: str, tmp_path: Path) -> None:
    if not DATA_DIR or not Path(DATA_DIR).is_dir():
        pytest.skip("TEXTCLF_DATA_DIR (a local folder of the archives) is not set")
    db = tmp_path / "studies.db"
    shutil.copy(ROOT / "results" / "studies.db", db)  # never opened in place
    sweep = load_sweep(name)
    dataset = load_data(sweep, False, DATA_DIR)
    trainer = make_trainer(sweep, dataset, False)
    t0 = time.perf_counter()
    space = probe_space(sweep, trainer)
    print(f"{name}: {len(space)} hyperparameters walked in {time.perf_counter() - t0:.1f} s")
    study = open_study(sweep, RunConfig(storage=f"sqlite:///{db}"), space, dataset.meta)  # refusal raises
    assert study.study_name == name and len(study.trials) > 0
