"""Reading archives and extracted folders; corrupt archives give one clear error."""

from __future__ import annotations

from pathlib import Path

import pytest

from textclf_tune.data.archive import folder_identity, iter_archive, iter_folder, iter_source
from textclf_tune.errors import DataError
from textclf_tune.testing.synthetic import write_imdb_archive


def test_archive_and_folder_yield_the_same_reviews(tmp_path: Path) -> None:
    archive = write_imdb_archive(tmp_path / "a", n_per_class=3)
    folder = write_imdb_archive(tmp_path / "b", n_per_class=3, extracted=True)
    from_tar = {n.removeprefix("aclImdb/"): d for n, d in iter_archive(archive, lambda n: n.endswith(".txt"))}
    from_dir = dict(iter_folder(folder, lambda n: n.endswith(".txt")))
    assert from_tar == from_dir
    names = " ".join(from_dir)
    assert "train/pos/0_" in names and "train/pos/3_" not in names  # ids from 0 in each folder, as the real one
    assert len(list(iter_source(folder, "folder", lambda n: "/pos/" in n))) == 6


def test_truncated_archive_is_a_data_error(tmp_path: Path) -> None:
    archive = write_imdb_archive(tmp_path, n_per_class=30)
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) // 2])
    with pytest.raises(DataError) as info:
        list(iter_archive(archive, lambda n: True, "https://example.org/x.tar.gz"))
    msg = str(info.value)
    assert f"archive {archive} is truncated or corrupt" in msg
    assert "delete it and download it again from https://example.org/x.tar.gz" in msg


def test_garbage_archive_is_a_data_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tar.gz"
    bad.write_bytes(b"\x1f\x8b\x08garbage" * 10)
    with pytest.raises(DataError, match="truncated or corrupt"):
        list(iter_archive(bad, lambda n: True))


def test_folder_identity_changes_when_files_are_added(tmp_path: Path) -> None:
    folder = write_imdb_archive(tmp_path, n_per_class=2, extracted=True)
    before = folder_identity(folder)
    (folder / "train" / "pos" / "99_9.txt").write_text("new")
    assert folder_identity(folder) != before


@pytest.mark.parametrize("damage", ["header", "cut"])
def test_archive_corrupt_past_its_first_member_is_a_data_error_not_a_short_read(tmp_path: Path, damage: str) -> None:
    """tarfile stops quietly at a bad header past the first member (or a tar cut at a member
    boundary): without a check, a corrupt archive (checksums off) looked like a wrong layout."""
    import gzip
    import io
    import tarfile

    archive = write_imdb_archive(tmp_path, n_per_class=10)
    raw = bytearray(gzip.decompress(archive.read_bytes()))
    offsets = [m.offset for m in tarfile.open(fileobj=io.BytesIO(bytes(raw)))]
    middle = offsets[len(offsets) // 2]
    if damage == "header":
        raw[middle + 148 : middle + 156] = b"garbage!"  # the header's checksum field
    else:
        raw = raw[:middle]
    bad = tmp_path / "bad.tar.gz"
    bad.write_bytes(gzip.compress(bytes(raw)))
    with pytest.raises(DataError, match="truncated or corrupt"):
        list(iter_archive(bad, lambda name: True))
