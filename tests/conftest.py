"""Shared fixtures: tiny generated data, isolated caches, and small sweep files.

Nothing here reads ../shared or the network: every dataset is generated in a temp folder.
"""

from __future__ import annotations

import gc
import os
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


@pytest.fixture(scope="module")
def postgres() -> Iterator[str]:
    """A throwaway PostgreSQL server on localhost (Debian's package); skips, saying why, without one."""
    from textclf_tune.testing.pgserver import Unavailable, postgres_server

    try:
        with postgres_server() as url:
            yield url
    except Unavailable as exc:
        pytest.skip(f"no PostgreSQL server: {exc}")


@pytest.fixture(scope="session")
def imdb_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding a tiny, learnable IMDB archive in the official layout."""
    from textclf_tune.testing.synthetic import write_imdb_archive

    d = tmp_path_factory.mktemp("imdb_data")
    write_imdb_archive(d, n_per_class=60, seed=0)
    return d


@pytest.fixture(autouse=True)
def _thawed() -> Iterator[None]:
    """run_study sets aside (gc.freeze) what is alive when its trials start; a test process runs
    many studies, so each test hands those objects back to the collector when it ends."""
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the user's caches or writes into the checkout."""
    cache = tmp_path_factory.getbasetemp() / "cache"
    monkeypatch.setenv("TEXTCLF_CACHE_DIR", str(cache))
    monkeypatch.setenv("KERAS_HOME", str(tmp_path_factory.getbasetemp() / "keras_home"))
    monkeypatch.delenv("TEXTCLF_DATA_DIR", raising=False)
    monkeypatch.delenv("TEXTCLF_STORAGE", raising=False)  # never a developer's own storage
    monkeypatch.setenv("TEXTCLF_OFFLINE", "1")  # a test that cannot find its data fails, never downloads


TINY_SWEEP = '''
"""A tiny sweep over the synthetic IMDB data, for engine tests."""
import keras
from textclf_tune import Data, Quick, Training

data = Data("imdb", num_words=300)
training = Training(epochs={epochs}, batch_size=16, maxlen=40, early_stopping=None)
budget = {budget}
reference_accuracy = 0.8
reference_config = {{"maxlen": 40, "embedding_dim": 8, "learning_rate": 0.01}}
quick = Quick(n_train=60, n_val=20, n_test=20, epochs=1, trials=2, max_maxlen=40)
{extra}

def build(hp):
    hp.Int("maxlen", 20, 60, step=20)
    {build_extra}
    model = keras.Sequential([
        keras.Input((None,), dtype="int32"),
        keras.layers.Embedding(300, hp.Int("embedding_dim", {emb_low}, 16, step=4)),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(keras.optimizers.Adam(hp.Float("learning_rate", 1e-3, 1e-1, sampling="log")),
                  "binary_crossentropy", metrics=["accuracy"])
    return model
'''


def write_sweep(
    path: Path, *, epochs: int = 2, budget: int = 3, extra: str = "", build_extra: str = "", emb_low: int = 4
) -> Path:
    path.write_text(
        TINY_SWEEP.format(
            epochs=epochs, budget=budget, extra=textwrap.dedent(extra), build_extra=build_extra, emb_low=emb_low
        )
    )
    return path


@pytest.fixture
def tiny_sweep(tmp_path: Path, imdb_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TEXTCLF_DATA_DIR", str(imdb_dir))
    return write_sweep(tmp_path / "tiny.py")


@pytest.fixture
def data_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every data location inside this test's ``tmp_path`` (``data/``, ``cache/``, ``keras/``), no
    downloads, official checksums enforced. Data tests use it: ``pytestmark = usefixtures("data_env")``."""
    from textclf_tune.testing.synthetic import isolated_env

    for key, value in isolated_env(tmp_path).items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("TEXTCLF_VERIFY_SHA256", raising=False)
