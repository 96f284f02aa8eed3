"""What every case of the fault battery shares: a tiny sweep, a `tune` runner, storage checks, the row."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


#: A tiny sweep over generated IMDB-like data: a trial takes a second or two on one CPU core.
TINY_SWEEP = '''
"""Tiny sweep for the fault battery."""
import keras
from textclf_tune import Data, Training

data = Data("imdb", num_words=300)
training = Training(epochs=2, batch_size=16, maxlen=40, early_stopping=None)
budget = 4
reference_config = {{"maxlen": 40, "embedding_dim": 8, "learning_rate": 0.01}}

def build(hp):
    hp.Int("maxlen", 20, 60, step=20)
    {extra}
    model = keras.Sequential([
        keras.Input((None,), dtype="int32"),
        keras.layers.Embedding(300, hp.Int("embedding_dim", 4, 16, step=4)),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(keras.optimizers.Adam(hp.Float("learning_rate", 1e-3, 1e-1, sampling="log")),
                  "binary_crossentropy", metrics=["accuracy"])
    return model
'''


@dataclass
class Row:
    case: str
    expected: str
    observed: str
    intact: bool
    ok: bool


# --------------------------------------------------------------------------- helpers
def write_sweep(path: Path, extra: str = "") -> Path:
    path.write_text(TINY_SWEEP.format(extra=extra))
    return path


def make_env(tmp: Path) -> dict[str, str]:
    """The environment of a ``tune`` subprocess: tiny generated data, caches in ``tmp``."""
    from textclf_tune.testing.synthetic import write_imdb_archive

    data = tmp / "data"
    if not (data / "aclImdb_v1.tar.gz").exists():
        data.mkdir(parents=True, exist_ok=True)
        write_imdb_archive(data, n_per_class=60, seed=0)
    env = dict(os.environ)
    env.update(
        TEXTCLF_DATA_DIR=str(data),
        TEXTCLF_CACHE_DIR=str(tmp / "cache"),
        KERAS_HOME=str(tmp / "keras_home"),
        TEXTCLF_OFFLINE="1",
        TF_CPP_MIN_LOG_LEVEL="3",
        PYTHONPATH=str(REPO) + os.pathsep + env.get("PYTHONPATH", ""),
    )
    env.pop("TEXTCLF_STORAGE", None)
    return env


def tune(
    args: list[str], env: dict[str, str], cwd: Path, fsize: int | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """``python -m textclf_tune ARGS``; ``fsize``: no file may grow past that many bytes (a full disk)."""

    def limit() -> None:
        if fsize is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    return subprocess.run(
        [sys.executable, "-m", "textclf_tune", *args, "-q"],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=limit,
    )


def trials(url: str, name: str) -> list[Any]:
    import optuna

    from textclf_tune.store.storage import open_storage

    return optuna.load_study(study_name=name, storage=open_storage(url, heartbeat=False, create=False)).get_trials()


def finished(ts: list[Any]) -> int:
    from textclf_tune.store.records import FINISHED

    return sum(t.state in FINISHED for t in ts)


def sqlite_ok(db: Path) -> bool:
    with sqlite3.connect(db) as con:
        return bool(con.execute("PRAGMA integrity_check").fetchone()[0] == "ok")


def one_line_error(p: subprocess.CompletedProcess[str]) -> str:
    """The error line of a command that should have failed cleanly ('' when it did not)."""
    lines = [ln for ln in p.stderr.splitlines() if ln.strip()]
    errors = [ln for ln in lines if ln.startswith("error: ")]
    if p.returncode != 2 or len(errors) != 1 or "Traceback" in p.stderr:
        return ""
    return errors[0]


def short(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
