"""IMDB loader: Keras id rules, train-only vocabulary, official test split, errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from textclf_tune.data import imdb, load_imdb
from textclf_tune.errors import DataError
from textclf_tune.testing.synthetic import write_imdb_archive, write_imdb_texts

NEG = "The the THE the movie movie movie. Awful<br />bad"
POS = "the the the the movie, movie movie! great<br /><br />good don't"
TEST = "The MOVIE, the end.<br />Don't awful"


pytestmark = pytest.mark.usefixtures("data_env")


@pytest.fixture
def handmade(tmp_path: Path) -> Path:
    return write_imdb_texts(
        tmp_path / "data",
        {"train": {"neg": [NEG] * 5, "pos": [POS] * 5}, "test": {"neg": [TEST] * 2, "pos": [TEST] * 2}},
    )


def test_keras_id_rules(handmade: Path) -> None:
    ds = load_imdb(num_words=100)
    # Ranked over the 8 training reviews: the 32, movie 24, then ties by first occurrence.
    assert ds.words == ["", "", "", "", "the", "movie", "awful", "bad", "great", "good", "don't"]
    assert ds.class_names == ["neg", "pos"] and ds.num_classes == 2 and ds.num_words == 100
    # start 1; the -> 4; movie -> 5; "end" unseen in training: skipped; don't -> 10; awful -> 6.
    assert ds.test.x.to_lists() == [[1, 4, 5, 4, 10, 6]] * 4
    neg_rows = ds.train.x[ds.train.y == 0].to_lists()
    assert neg_rows[0] == [1, 4, 4, 4, 4, 5, 5, 5, 6, 7]
    assert "br" not in ds.words and "end" not in ds.words
    assert ds.meta["encoding"]["index_from"] == 3 and ds.meta["vocab_size"] == 7


def test_num_words_cap_maps_to_oov(handmade: Path) -> None:
    ds = load_imdb(num_words=6)
    assert ds.words == ["", "", "", "", "the", "movie"]
    assert ds.test.x.to_lists() == [[1, 4, 5, 4, 2, 2]] * 4
    for split in ds.splits().values():
        assert split.x.flat.max() < 6
    assert load_imdb(num_words=3).test.x.to_lists() == [[1, 2, 2, 2, 2, 2]] * 4


def test_vocabulary_is_fit_on_training_rows_only(tmp_path: Path) -> None:
    # Every training review carries its own word; only those in the train split may be ranked.
    texts = {
        "train": {"neg": [f"bad uniq{i}" for i in range(10)], "pos": [f"good uniq{i + 10}" for i in range(10)]},
        "test": {"neg": ["bad testonly"], "pos": ["good testonly"]},
    }
    write_imdb_texts(tmp_path / "data", texts)
    ds = load_imdb(num_words=1000, val_fraction=0.2)
    uniq = {w for w in ds.words if w.startswith("uniq")}
    assert len(uniq) == len(ds.train) == 16
    assert "testonly" not in ds.words
    uniq_ids = {ds.words.index(w) for w in uniq}
    assert all(len(uniq_ids & set(row)) == 1 for row in ds.train.x.to_lists())
    assert all(not uniq_ids & set(row) for row in ds.val.x.to_lists())  # unseen: skipped
    assert ds.test.x.to_lists() and all(len(r) == 2 for r in ds.test.x.to_lists())


def _capture_rows(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    seen: list[dict] = []
    real = imdb.build_from_texts

    def spy(name, texts, tokenize, labels, rows, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append({"rows": {k: v.copy() for k, v in rows.items()}, "labels": labels.copy()})
        return real(name, texts, tokenize, labels, rows, *args, **kwargs)

    monkeypatch.setattr(imdb, "build_from_texts", spy)
    return seen


def test_splits_official_test_stratified_val_no_overlap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_imdb_archive(tmp_path / "data", n_per_class=20)
    seen = _capture_rows(monkeypatch)
    ds = load_imdb(num_words=500, val_fraction=0.25, seed=3, val_split="random")
    rows = seen[0]["rows"]
    assert {k: len(v) for k, v in rows.items()} == {"train": 30, "val": 10, "test": 40}
    assert not set(rows["train"]) & set(rows["val"])
    assert not (set(rows["train"]) | set(rows["val"])) & set(rows["test"])
    assert sorted(np.concatenate([rows["train"], rows["val"]])) == list(range(40))  # official train
    assert sorted(rows["test"]) == list(range(40, 80))  # official test (sorted after train)
    assert ds.meta["class_counts"] == {"train": [15, 15], "val": [5, 5], "test": [20, 20]}
    assert ds.meta["sizes"] == {"train": 30, "val": 10, "test": 40}
    assert ds.meta["seed"] == 3 and ds.meta["options"]["val_fraction"] == 0.25
    assert np.bincount(ds.val.y).tolist() == [5, 5]
    json.dumps(ds.meta)


def test_splits_are_deterministic_per_seed(tmp_path: Path) -> None:
    write_imdb_archive(tmp_path / "data", n_per_class=20)
    a = load_imdb(num_words=500, seed=1, cache_dir=tmp_path / "c1")
    b = load_imdb(num_words=500, seed=1, cache_dir=tmp_path / "c2")
    c = load_imdb(num_words=500, seed=2, cache_dir=tmp_path / "c3")
    assert a.val.x.to_lists() == b.val.x.to_lists() and np.array_equal(a.train.y, b.train.y)
    assert a.val.x.to_lists() != c.val.x.to_lists()
    assert np.bincount(c.test.y).tolist() == [20, 20] and len(a.val) == len(b.val)
    assert len(a.val) >= 8 and len(c.val) >= 8  # whole movies (of 6 or 8 reviews) up to 20% of 40


def _movies(root: Path, n_per_class: int) -> np.ndarray:
    """Each official-train row's movie (rows sorted by label, then id), from the synthetic rule."""
    from textclf_tune.testing.synthetic import imdb_movie_url

    return np.array([imdb_movie_url("train", i, n_per_class) for _label in (0, 1) for i in range(n_per_class)])


def test_validation_holds_out_whole_movies_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_imdb_archive(tmp_path / "data", n_per_class=30)  # 10 train movies of 6 reviews (3 neg, 3 pos)
    seen = _capture_rows(monkeypatch)
    ds = load_imdb(num_words=500, val_fraction=0.2, seed=3)
    rows = seen[0]["rows"]
    movies = _movies(tmp_path / "data", 30)
    val_movies, train_movies = set(movies[rows["val"]]), set(movies[rows["train"]])
    assert not val_movies & train_movies  # no movie on both sides
    assert len(rows["val"]) == 12 and len(val_movies) == 2  # 20% of 60 reviews = two whole movies
    assert ds.meta["val_split"] == {
        "kind": "movie",
        "val_movies": 2,
        "train_movies": 8,
        "test_movies_seen_in_train_or_val": 0,
    }
    assert ds.meta["options"]["val_split"] is None
    again = load_imdb(num_words=500, val_fraction=0.2, seed=3, val_split="movie", cache_dir=tmp_path / "c")
    assert again.val.x.to_lists() == ds.val.x.to_lists()  # None means "movie" where movies are known


def test_random_validation_on_request_and_without_movie_ids(tmp_path: Path, handmade: Path) -> None:
    ds = load_imdb(num_words=100)  # handmade texts: no urls files, so no movie ids
    assert ds.meta["val_split"] == {"kind": "random", "why": "no movie ids"}
    with pytest.raises(DataError, match=r"val_split='movie' needs the movie of every review.*val_split='random'"):
        load_imdb(num_words=100, val_split="movie", cache_dir=tmp_path / "c2")


def test_archive_and_extracted_folder_give_the_same_dataset(tmp_path: Path) -> None:
    archive = write_imdb_archive(tmp_path / "a", n_per_class=8)
    folder = write_imdb_archive(tmp_path / "b", n_per_class=8, extracted=True)
    a, b = load_imdb(data_dir=archive.parent), load_imdb(data_dir=folder.parent)
    assert a.meta["source"]["kind"] == "archive" and b.meta["source"]["kind"] == "folder"
    assert a.meta["source"]["verified"] is True and "sha256" not in b.meta["source"]
    assert a.words == b.words
    for name in ("train", "val", "test"):
        assert getattr(a, name).x.to_lists() == getattr(b, name).x.to_lists()


def test_wrong_layout(tmp_path: Path) -> None:
    folder = write_imdb_archive(tmp_path / "data", n_per_class=3, extracted=True)
    shutil.rmtree(folder / "train" / "pos")
    with pytest.raises(DataError) as info:
        load_imdb()
    msg = str(info.value)
    assert f"{folder} does not have the IMDB layout" in msg
    assert "aclImdb/{train,test}/{pos,neg}/<id>_<rating>.txt" in msg
    assert "['train/pos']" in msg and "'train/neg': 3" in msg


def test_checksum_mismatch_on_official_name(tmp_path: Path) -> None:
    archive = write_imdb_archive(tmp_path / "data", n_per_class=3)
    (tmp_path / "data" / "SHA256SUMS").unlink()  # no longer vouched for: must match the official sum
    with pytest.raises(DataError) as info:
        load_imdb()
    msg = str(info.value)
    assert f"SHA-256 mismatch for {archive}" in msg
    assert "c40f74a18d3b61f90feba1e17730e0d38e8b97c05fde7008942e91923d1658fe" in msg
    assert imdb.IMDB_URL in msg and "TEXTCLF_VERIFY_SHA256=0" in msg


def test_truncated_archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = write_imdb_archive(tmp_path / "data", n_per_class=40)
    archive.write_bytes(archive.read_bytes()[:3000])
    with pytest.raises(DataError, match="SHA-256 mismatch"):  # caught by the checksum first
        load_imdb()
    monkeypatch.setenv("TEXTCLF_VERIFY_SHA256", "0")
    with pytest.raises(DataError) as info:
        load_imdb()
    msg = str(info.value)
    assert f"archive {archive} is truncated or corrupt" in msg
    assert f"delete it and download it again from {imdb.IMDB_URL}" in msg


def test_custom_named_archive_is_not_checksummed(tmp_path: Path) -> None:
    archive = write_imdb_archive(tmp_path / "x", n_per_class=3)
    renamed = archive.rename(tmp_path / "x" / "my-reviews.tar.gz")
    ds = load_imdb(data_dir=renamed, num_words=30)
    assert ds.meta["source"]["verified"] is False and len(ds.test) == 6


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"num_words": 0},
            "num_words must be an integer >= 3 (ids 0, 1, 2 are reserved for pad, start and oov), but got num_words=0",
        ),
        ({"num_words": 2}, "num_words=2"),
        ({"val_fraction": 1.0}, "val_fraction must be a number strictly between 0 and 1, but got val_fraction=1"),
        ({"val_fraction": 0}, "val_fraction=0"),
        ({"val_split": "movies"}, "val_split"),
        ({"source": "web"}, "source must be one of ['auto', 'archive', 'keras'], but got source='web'"),
        ({"seed": -3}, "seed=-3"),
    ],
)
def test_bad_options(kwargs: dict, message: str) -> None:
    with pytest.raises(DataError) as info:
        load_imdb(**kwargs)
    assert message in str(info.value)
