"""Warm start into a sweep that loads a larger vocabulary and cuts it per trial (``num_words``): the old
trials are copied with ``num_words`` = their old ``Data(num_words)``, when the sweep declares that default."""

from __future__ import annotations

from pathlib import Path

import optuna
import pytest

from textclf_tune import RunConfig, StudyError, load_sweep, run_study
from textclf_tune.store.records import S

OLD = """
import keras
from textclf_tune import Data, Training

data = Data("imdb", num_words=40)
training = Training(epochs=1, batch_size=16, maxlen=30, early_stopping=None)
reference_config = {"learning_rate": 0.01}


def build(hp):
{num_words}
    model = keras.Sequential([
        keras.Input((None,), dtype="int32"),
        keras.layers.Embedding(n, 8),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(keras.optimizers.Adam(hp.Float("learning_rate", 1e-3, 1e-1, sampling="log")),
                  "binary_crossentropy", metrics=["accuracy"])
    return model
"""


def _sweep(path: Path, data_words: int, num_words: str, reference: str = "") -> Path:
    text = OLD.replace("{num_words}", num_words).replace("num_words=40)", f"num_words={data_words})")
    if reference:
        text = text.replace('{"learning_rate": 0.01}', reference)
    path.write_text(text)
    return path


def _run(sweep: Path, db: Path, **kw) -> optuna.Study:
    return run_study(load_sweep(sweep), RunConfig(storage=f"sqlite:///{db}", **kw))


def test_old_trials_are_copied_with_the_num_words_their_data_had(
    tmp_path: Path, imdb_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEXTCLF_DATA_DIR", str(imdb_dir))
    db, path = tmp_path / "s.db", tmp_path / "v.py"
    _run(_sweep(path, 40, "    n = 40"), db, trials=2)
    ref = '{"num_words": 40, "learning_rate": 0.01}'
    # The cut must be declared: without default=40 nothing says which vocabulary the old trials had.
    _sweep(path, 300, '    n = hp.Choice("num_words", [40, 300])', ref)
    with pytest.raises(StudyError, match=r"\['num_words'\] are new in this sweep"):
        _run(path, db, trials=3, study_name="v2", warm_start="v")
    # A default other than the old Data(num_words) is another model: refused, naming the data setting.
    _sweep(
        path, 300, '    n = hp.Choice("num_words", [40, 300], default=300)', '{"num_words": 300, "learning_rate": 0.01}'
    )
    with pytest.raises(StudyError, match=r"(?s)other settings.*data"):
        _run(path, db, trials=3, study_name="v3", warm_start="v")
    _sweep(path, 300, '    n = hp.Choice("num_words", [40, 300], default=40)', ref)
    new = _run(path, db, trials=3, study_name="v4", warm_start="v")
    trials = new.get_trials()
    assert [t.params["num_words"] for t in trials[:2]] == [40, 40]
    assert all("warm_start" in t.user_attrs for t in trials[:2]) and "warm_start" not in trials[2].user_attrs
    assert new.user_attrs[S.WARM_START]["assumed"] == {"num_words": 40}
    assert len(trials) == 3 and trials[2].state == optuna.trial.TrialState.COMPLETE
