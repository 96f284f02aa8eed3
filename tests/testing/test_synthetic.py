"""Synthetic archives: genuine layouts, recorded sums, learnable class signal."""

from __future__ import annotations

import tarfile
from collections import Counter
from pathlib import Path

import pytest

from textclf_tune.data.checksums import listed_sums, sha256_file
from textclf_tune.data.tokenize import imdb_tokens
from textclf_tune.testing.synthetic import (
    IMDB_WORDS,
    isolated_env,
    write_glove_txt,
    write_imdb_archive,
    write_news20_archive,
)


def test_imdb_archive_layout_and_sum(tmp_path: Path) -> None:
    path = write_imdb_archive(tmp_path, n_per_class=3, seed=1)
    assert path.name == "aclImdb_v1.tar.gz"
    assert listed_sums(path) == {sha256_file(path)}
    with tarfile.open(path) as tar:
        names = tar.getnames()
    reviews = [n for n in names if n.endswith(".txt") and "/urls_" not in n]
    assert len(reviews) == 12 and "aclImdb/README" in names and "aclImdb/imdb.vocab" in names
    assert any(n.startswith("aclImdb/train/pos/") for n in reviews)
    again = write_imdb_archive(tmp_path / "again", n_per_class=3, seed=1)
    assert again.read_bytes() == path.read_bytes()  # deterministic


def test_reviews_are_learnable(tmp_path: Path) -> None:
    folder = write_imdb_archive(tmp_path, n_per_class=30, extracted=True)
    for label in ("pos", "neg"):
        counts = Counter()
        for f in (folder / "train" / label).iterdir():
            counts.update(imdb_tokens(f.read_text()))
        own = sum(counts[w] for w in IMDB_WORDS[label])
        other = sum(counts[w] for w in IMDB_WORDS["neg" if label == "pos" else "pos"])
        assert own > 4 * other
    assert any("<br />" in f.read_text() for f in (folder / "train" / "pos").iterdir())


def test_news20_layout(tmp_path: Path) -> None:
    path = write_news20_archive(tmp_path, n_groups=2, n_per_group=4)
    with tarfile.open(path) as tar:
        files = [m for m in tar.getmembers() if m.isfile()]
        first = tar.extractfile(files[0]).read()  # type: ignore[union-attr]
    assert {f.name.split("/")[1] for f in files} == {"alt.atheism", "comp.graphics"}
    assert all(f.name.split("/")[0] == "20_newsgroup" and f.name.split("/")[2].isdigit() for f in files)
    assert first.startswith(b"Xref: ") and (b"\n\n" in first or b"\r\n\r\n" in first)
    with pytest.raises(ValueError):
        write_news20_archive(tmp_path, n_groups=21)


def test_glove_txt(tmp_path: Path) -> None:
    path = write_glove_txt(tmp_path / "g.txt", ["a", "b"], dim=3)
    lines = path.read_text().splitlines()
    assert [ln.split(" ")[0] for ln in lines] == ["a", "b"] and all(len(ln.split(" ")) == 4 for ln in lines)


def test_isolated_env_keys(tmp_path: Path) -> None:
    env = isolated_env(tmp_path)
    assert env["TEXTCLF_OFFLINE"] == "1" and env["TEXTCLF_DATA_DIR"] == str(tmp_path / "data")
    assert set(env) == {"TEXTCLF_DATA_DIR", "TEXTCLF_CACHE_DIR", "KERAS_HOME", "TEXTCLF_OFFLINE"}


@pytest.mark.slow
def test_tiny_keras_model_learns_synthetic_imdb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    keras = pytest.importorskip("keras")
    from textclf_tune.data import load_imdb

    for key, value in isolated_env(tmp_path).items():
        monkeypatch.setenv(key, value)
    write_imdb_archive(tmp_path / "data", n_per_class=150)
    ds = load_imdb(num_words=2000)
    keras.utils.set_random_seed(0)
    model = keras.Sequential(
        [
            keras.Input((100,)),
            keras.layers.Embedding(ds.num_words, 16),
            keras.layers.GlobalAveragePooling1D(),
            keras.layers.Dense(2, activation="softmax"),
        ]
    )
    model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(ds.train.x.pad(100), ds.train.y, epochs=3, batch_size=16, verbose=0)
    _, accuracy = model.evaluate(ds.test.x.pad(100), ds.test.y, verbose=0)
    assert accuracy > 0.75
