"""Search order (data_dir, TEXTCLF_DATA_DIR, Keras cache), download step, not-found error."""

from __future__ import annotations

from pathlib import Path

import pytest

from textclf_tune.data import imdb, load_imdb, locate
from textclf_tune.errors import DataError
from textclf_tune.testing.synthetic import write_imdb_archive, write_imdb_npz

pytestmark = pytest.mark.usefixtures("data_env")


def test_keras_cache_honours_keras_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert locate.keras_cache_dir() == tmp_path / "keras" / "datasets"
    monkeypatch.delenv("KERAS_HOME")
    assert locate.keras_cache_dir() == Path.home() / ".keras" / "datasets"


def test_search_order(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    assert locate.search_dirs(mine) == [mine, tmp_path / "data", tmp_path / "keras" / "datasets"]
    assert locate.search_dirs(None) == [tmp_path / "data", tmp_path / "keras" / "datasets"]


def test_shown_path_names_the_data_dir_variable_not_the_folder(tmp_path: Path) -> None:
    archive = tmp_path / "data" / "sub" / "aclImdb_v1.tar.gz"  # $TEXTCLF_DATA_DIR is tmp_path/data here
    assert locate.shown_path(archive) == "$TEXTCLF_DATA_DIR/sub/aclImdb_v1.tar.gz"
    assert locate.shown_path(tmp_path / "data") == "$TEXTCLF_DATA_DIR"
    assert locate.shown_path(tmp_path / "elsewhere.tar.gz") == str(tmp_path / "elsewhere.tar.gz")


def test_data_dir_wins_over_env_and_keras_cache(tmp_path: Path) -> None:
    write_imdb_archive(tmp_path / "data", n_per_class=2)
    write_imdb_archive(tmp_path / "keras" / "datasets", n_per_class=2)
    mine = write_imdb_archive(tmp_path / "mine", n_per_class=2, extracted=True)
    assert imdb.resolve_source("auto", tmp_path / "mine").path == mine
    assert imdb.resolve_source("auto", None).path == tmp_path / "data" / "aclImdb_v1.tar.gz"


def test_keras_cache_is_searched(tmp_path: Path) -> None:
    path = write_imdb_archive(tmp_path / "keras" / "datasets", n_per_class=2)
    assert imdb.resolve_source("archive", None).path == path


def test_auto_prefers_archive_over_npz_then_npz(tmp_path: Path) -> None:
    npz = write_imdb_npz(tmp_path / "data", n_per_class=2)
    assert imdb.resolve_source("auto", None) == locate.Candidate(npz, "npz")
    archive = write_imdb_archive(tmp_path / "keras" / "datasets", n_per_class=2)
    assert imdb.resolve_source("auto", None).path == archive
    assert imdb.resolve_source("keras", None).path == npz


def test_data_dir_may_be_the_archive_or_the_root_folder(tmp_path: Path) -> None:
    archive = write_imdb_archive(tmp_path / "x", n_per_class=2)
    assert imdb.resolve_source("auto", archive) == locate.Candidate(archive, "archive")
    folder = write_imdb_archive(tmp_path / "y", n_per_class=2, extracted=True)
    renamed = folder.rename(tmp_path / "y" / "reviews")
    assert imdb.resolve_source("auto", renamed).path == renamed
    with pytest.raises(DataError, match="source='keras' needs imdb.npz"):
        imdb.resolve_source("keras", archive)


def test_missing_explicit_data_dir(tmp_path: Path) -> None:
    with pytest.raises(DataError) as info:
        load_imdb(data_dir=tmp_path / "nope")
    msg = str(info.value)
    assert "data_dir must be an existing folder or archive file" in msg and "nope" in msg
    assert "pass the folder holding the dataset" in msg


def test_offline_not_found_lists_every_path_and_the_url(tmp_path: Path) -> None:
    with pytest.raises(DataError) as info:
        load_imdb()
    msg = str(info.value)
    for path in [
        tmp_path / "data" / "aclImdb_v1.tar.gz",
        tmp_path / "data" / "aclImdb",
        tmp_path / "data" / "imdb.npz",
        tmp_path / "keras" / "datasets" / "aclImdb_v1.tar.gz",
        tmp_path / "keras" / "datasets" / "aclImdb",
        tmp_path / "keras" / "datasets" / "imdb.npz",
    ]:
        assert f"  - {path}\n" in msg
    assert "https://ai.stanford.edu/~amaas/data/sentiment/aclImdb_v1.tar.gz" in msg
    assert "TEXTCLF_OFFLINE=1" in msg
    assert str(tmp_path / "keras" / "datasets") in msg.splitlines()[-1]
    assert msg.count("was not found") == 1


def test_failed_download_is_one_error_with_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TEXTCLF_OFFLINE")
    calls: list[tuple[str, str]] = []

    def no_network(url: str, fname: str) -> Path:
        calls.append((url, fname))
        raise OSError("Name or service not known")

    monkeypatch.setattr(locate, "fetch", no_network)
    with pytest.raises(DataError) as info:
        load_imdb(source="keras")
    assert calls == [("https://storage.googleapis.com/tensorflow/tf-keras-datasets/imdb.npz", "imdb.npz")]
    msg = str(info.value)
    assert "the download failed: OSError: Name or service not known" in msg
    assert "Download https://storage.googleapis.com/tensorflow/tf-keras-datasets/imdb.npz by hand" in msg


def test_download_lands_in_keras_cache_and_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TEXTCLF_OFFLINE")

    def fake_fetch(url: str, fname: str) -> Path:
        assert url == imdb.IMDB_URL and fname == "aclImdb_v1.tar.gz"
        return write_imdb_archive(locate.keras_cache_dir(), n_per_class=3)

    monkeypatch.setattr(locate, "fetch", fake_fetch)
    ds = load_imdb(num_words=50)
    assert ds.meta["source"]["path"] == str(tmp_path / "keras" / "datasets" / "aclImdb_v1.tar.gz")
    assert ds.meta["source"]["verified"] is True
