"""Encoded-dataset cache: hit without re-reading, atomic writes, nothing half-written trusted."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from textclf_tune.data import cache, imdb, load_imdb
from textclf_tune.testing.synthetic import write_imdb_archive

pytestmark = pytest.mark.usefixtures("data_env")


@pytest.fixture(autouse=True)
def _archive(tmp_path: Path) -> None:
    write_imdb_archive(tmp_path / "data", n_per_class=10)


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = imdb.read_reviews

    def spy(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(imdb, "read_reviews", spy)
    return calls


def _entries(cache_dir: Path) -> list[Path]:
    return sorted(p for p in cache_dir.iterdir() if not p.name.startswith(".")) if cache_dir.exists() else []


def test_second_load_is_a_cache_hit_without_reading_the_archive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = _count_reads(monkeypatch)
    first = load_imdb(num_words=40)
    assert reads == [1] and first.meta["cache"]["hit"] is False
    second = load_imdb(num_words=40)
    assert reads == [1] and second.meta["cache"]["hit"] is True
    for name in ("train", "val", "test"):
        a, b = getattr(first, name), getattr(second, name)
        assert a.x.to_lists() == b.x.to_lists() and np.array_equal(a.y, b.y)
    assert isinstance(second.train.x.flat, np.memmap)  # memory-mapped
    assert first.words == second.words and first.class_names == second.class_names
    assert json.loads(json.dumps(second.meta))["sizes"] == first.meta["sizes"]
    assert _entries(tmp_path / "cache") == [Path(second.meta["cache"]["path"])]


def test_key_covers_options_source_and_code_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads = _count_reads(monkeypatch)
    load_imdb(num_words=40)
    load_imdb(num_words=41)
    load_imdb(num_words=40, seed=2)
    load_imdb(num_words=40, val_fraction=0.3)
    assert len(reads) == 4
    monkeypatch.setattr(cache, "CODE_VERSION", "test-bump")
    load_imdb(num_words=40)
    assert len(reads) == 5
    archive = tmp_path / "data" / "aclImdb_v1.tar.gz"
    write_imdb_archive(tmp_path / "data", n_per_class=11)  # new archive: new size / mtime
    assert archive.exists()
    load_imdb(num_words=40)
    assert len(reads) == 6


def test_a_fresh_copy_of_the_same_archive_hits_and_a_changed_one_misses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = _count_reads(monkeypatch)
    load_imdb(num_words=40)
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(tmp_path / "data" / "aclImdb_v1.tar.gz", copy / "aclImdb_v1.tar.gz")  # new path and mtime
    assert load_imdb(num_words=40, data_dir=copy).meta["cache"]["hit"] is True
    assert len(reads) == 1
    assert len(json.loads((tmp_path / "cache" / cache.MEMO).read_text())) == 1  # memo written once the folder exists
    write_imdb_archive(copy, n_per_class=10, seed=1)  # same name and size class, other reviews
    assert load_imdb(num_words=40, data_dir=copy).meta["cache"]["hit"] is False
    assert len(reads) == 2


def test_explicit_cache_dir(tmp_path: Path) -> None:
    ds = load_imdb(num_words=40, cache_dir=tmp_path / "elsewhere")
    assert Path(ds.meta["cache"]["path"]).parent == tmp_path / "elsewhere"


def test_interrupted_write_leaves_no_trusted_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = cache._write_array
    written: list[Path] = []

    def dies_midway(path: Path, array: np.ndarray) -> None:
        if len(written) == 4:
            raise KeyboardInterrupt  # e.g. Ctrl-C in the middle of the write
        written.append(path)
        real_write(path, array)

    monkeypatch.setattr(cache, "_write_array", dies_midway)
    with pytest.raises(KeyboardInterrupt):
        load_imdb(num_words=40)
    assert _entries(tmp_path / "cache") == []
    assert list((tmp_path / "cache").iterdir()) == []  # the temporary folder was removed too
    monkeypatch.setattr(cache, "_write_array", real_write)
    reads = _count_reads(monkeypatch)
    assert load_imdb(num_words=40).meta["cache"]["hit"] is False
    assert reads == [1]


def test_leftover_tmp_folder_from_a_killed_run_is_never_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    entry = Path(load_imdb(num_words=40).meta["cache"]["path"])
    shutil.move(entry, entry.parent / f".tmp-{entry.name}-killed")  # as if killed before rename
    reads = _count_reads(monkeypatch)
    assert load_imdb(num_words=40).meta["cache"]["hit"] is False
    assert reads == [1]


def test_incomplete_or_foreign_entry_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    entry = Path(load_imdb(num_words=40).meta["cache"]["path"])
    (entry / "val_y.npy").unlink()
    reads = _count_reads(monkeypatch)
    again = load_imdb(num_words=40)
    assert reads == [1] and again.meta["cache"]["hit"] is False
    assert (entry / "val_y.npy").exists()
    manifest = json.loads((entry / "manifest.json").read_text())
    manifest["code_version"] = "0"
    (entry / "manifest.json").write_text(json.dumps(manifest))
    assert load_imdb(num_words=40).meta["cache"]["hit"] is False
    assert load_imdb(num_words=40).meta["cache"]["hit"] is True


def test_unwritable_cache_warns_and_still_returns(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache folder should be")
    with pytest.warns(UserWarning, match="cannot write the dataset cache"):
        ds = load_imdb(num_words=40, cache_dir=blocker / "cache")
    assert len(ds.train) + len(ds.val) == 20 and len(ds.test) == 20


def test_capped_words_are_cached_and_an_older_manifest_is_rebuilt(monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = load_imdb(num_words=20)
    assert fresh.capped_words and not set(fresh.capped_words) & set(fresh.words)
    hit = load_imdb(num_words=20)
    assert hit.meta["cache"]["hit"] is True and hit.capped_words == fresh.capped_words
    entry = Path(hit.meta["cache"]["path"])
    manifest = json.loads((entry / "manifest.json").read_text())
    manifest["format"] = 1  # written before capped_words were kept: new text could not be encoded exactly
    del manifest["capped_words"]
    (entry / "manifest.json").write_text(json.dumps(manifest))
    reads = _count_reads(monkeypatch)
    again = load_imdb(num_words=20)
    assert reads == [1] and again.capped_words == fresh.capped_words
