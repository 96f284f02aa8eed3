"""The published studies keep resuming: each built-in sweep's study in a copy of
results/studies.db opens against the space the sweep walks now (no training), or, where the space
has changed since (issue 21's knobs), a warm start copies every one of its finished trials into a
new study. Slow: it loads the real archives (TEXTCLF_DATA_DIR, a local folder of archives);
skipped without them."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import optuna
import pytest

from textclf_tune import RunConfig, StudyError, load_sweep
from textclf_tune.engine.opening import open_study
from textclf_tune.engine.setup import load_data, make_trainer, probe_space
from textclf_tune.store.records import FINISHED, S

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = os.environ.get("TEXTCLF_DATA_DIR")  # read at import: the autouse fixture hides it from tests


@pytest.mark.slow
@pytest.mark.parametrize("name", ["imdb_cnn", "imdb_lstm", "newsgroups_glove"])
def test_builtin_sweeps_studies_still_open(name: str, tmp_path: Path) -> None:
    if not DATA_DIR or not Path(DATA_DIR).is_dir():
        pytest.skip("TEXTCLF_DATA_DIR (a local folder of the archives) is not set")
    db = tmp_path / "studies.db"
    shutil.copy(ROOT / "results" / "studies.db", db)  # never opened in place
    sweep = load_sweep(ROOT / "sweeps" / f"{name}.py")
    dataset = load_data(sweep, False, DATA_DIR)
    trainer = make_trainer(sweep, dataset, False)
    t0 = time.perf_counter()
    space = probe_space(sweep, trainer)
    print(f"{name}: {len(space)} hyperparameters walked in {time.perf_counter() - t0:.1f} s")
    url = f"sqlite:///{db}"
    try:
        study = open_study(sweep, RunConfig(storage=url), space, dataset.meta)
    except StudyError as exc:  # the space changed since the study: its trials must carry over whole
        assert "--warm-start" in str(exc)
        new = open_study(sweep, RunConfig(storage=url, study_name=f"{name}-new", warm_start=name), space, dataset.meta)
        copied = new.user_attrs[S.WARM_START]["copied"]
        finished = optuna.load_study(study_name=name, storage=url).get_trials(deepcopy=False, states=FINISHED)
        assert len(copied) == len(finished) > 0 and new.user_attrs[S.WARM_START]["skipped"] == {}
        return
    assert study.study_name == name and len(study.trials) > 0
