"""Dataset.with_num_words: cutting a loaded vocabulary equals loading with the smaller num_words."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from textclf_tune.data import Dataset, load_csv, load_imdb, load_newsgroups
from textclf_tune.errors import DataError
from textclf_tune.testing.synthetic import isolated_env, write_imdb_archive, write_news20_archive


@pytest.fixture(autouse=True)
def _env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in isolated_env(tmp_path).items():
        monkeypatch.setenv(key, value)


def _same(capped: Dataset, loaded: Dataset) -> None:
    assert capped.num_words == loaded.num_words
    for name, split in capped.splits().items():
        other = loaded.splits()[name]
        assert np.array_equal(split.x.flat, other.x.flat), name
        assert np.array_equal(split.x.offsets, other.x.offsets), name
        assert np.array_equal(split.y, other.y), name
    assert capped.words == loaded.words
    assert capped.capped_words == loaded.capped_words
    assert capped.meta["options"]["num_words"] == loaded.num_words


def _imdb(n: int) -> Dataset:
    return load_imdb(num_words=n)


def _news(n: int) -> Dataset:
    return load_newsgroups(num_words=n)


def _csv(n: int) -> Dataset:
    return load_csv(str(Path.cwd() / "own.csv"), num_words=n)


@pytest.mark.parametrize("load", [_imdb, _news, _csv], ids=["imdb-oov", "newsgroups-dropped", "csv-oov"])
def test_cut_equals_loading_with_fewer_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, load) -> None:
    write_imdb_archive(tmp_path / "data", n_per_class=30, seed=1)
    write_news20_archive(tmp_path / "data", n_groups=3, n_per_group=30)
    rng = np.random.default_rng(0)
    vocab = [f"w{i}" for i in range(120)]
    rows = [" ".join(rng.choice(vocab, 12)) + f",{'ab'[i % 2]}" for i in range(80)]
    (tmp_path / "own.csv").write_text("text,label\n" + "\n".join(rows) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    full = load(100000)
    assert full.meta["vocab_size"] > 45  # the cuts below remove real words
    for n in (5, 20, 40):
        capped = full.with_num_words(n)
        assert int(max(s.x.flat.max(initial=0) for s in capped.splits().values())) < n
        _same(capped, load(n))
    assert full.with_num_words(full.num_words) is full
    _same(full.with_num_words(40).with_num_words(20), load(20))  # a cut of a cut
    _same(full.subsample(20, 10, 10, seed=3).with_num_words(20), load(20).subsample(20, 10, 10, seed=3))


def test_cut_errors(tmp_path: Path) -> None:
    write_imdb_archive(tmp_path / "data", n_per_class=10)
    ds = load_imdb(num_words=50)
    with pytest.raises(DataError, match=r"num_words=60 is larger than the 50 ids.*Data\(\.\.\., num_words=60\)"):
        ds.with_num_words(60)
    with pytest.raises(DataError, match="num_words must be an integer >= 3"):
        ds.with_num_words(2)
    bare = Dataset(ds.name, ds.train, ds.val, ds.test, ds.num_words, 2, ds.class_names, ds.words, meta={})
    with pytest.raises(DataError, match="does not record how it encodes capped words"):
        bare.with_num_words(10)
