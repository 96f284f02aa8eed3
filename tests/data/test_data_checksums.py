"""SHA-256 rule: official names are verified against known or listed sums; opt-out by env."""

from __future__ import annotations

from pathlib import Path

import pytest

from textclf_tune.data.checksums import KNOWN_SHA256, expected_sums, listed_sums, sha256_file, verify_file
from textclf_tune.errors import DataError
from textclf_tune.testing.synthetic import record_sha256


@pytest.fixture(autouse=True)
def _verify_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TEXTCLF_VERIFY_SHA256", raising=False)


def test_known_sums_include_official_and_project_copies() -> None:
    assert "c40f74a18d3b61f90feba1e17730e0d38e8b97c05fde7008942e91923d1658fe" in KNOWN_SHA256["aclImdb_v1.tar.gz"]
    assert "7742b240cc4309acb147dda61d94cd7ff973a1f4c070cb030778fc3ccf210c77" in KNOWN_SHA256["aclImdb_v1.tar.gz"]
    assert "bb44a1c52578965794632a01c3b679c17c3d15cf69c8e0f66b761220292de919" in KNOWN_SHA256["news20.tar.gz"]


def test_official_name_with_unknown_sum_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "aclImdb_v1.tar.gz"
    path.write_bytes(b"not the real archive")
    with pytest.raises(DataError) as info:
        verify_file(path, "https://example.org/aclImdb_v1.tar.gz")
    msg = str(info.value)
    assert str(path) in msg and sha256_file(path) in msg
    assert "c40f74a18d3b61f90feba1e17730e0d38e8b97c05fde7008942e91923d1658fe" in msg
    assert "download it again from https://example.org/aclImdb_v1.tar.gz" in msg
    assert "TEXTCLF_VERIFY_SHA256=0" in msg and "SHA256SUMS" in msg


def test_sums_file_beside_the_archive_vouches(tmp_path: Path) -> None:
    path = tmp_path / "news20.tar.gz"
    path.write_bytes(b"tiny synthetic archive")
    digest = record_sha256(path)
    assert listed_sums(path) == {digest}
    assert verify_file(path, None) == {"sha256": digest, "verified": True}
    path.write_bytes(b"tiny synthetic archive, modified")
    with pytest.raises(DataError, match="SHA-256 mismatch"):
        verify_file(path, None)


def test_sums_file_formats(tmp_path: Path) -> None:
    (tmp_path / "SHA256SUMS").write_text(
        f"{'a' * 64}  imdb.npz\n{'B' * 64} *imdb.npz\ngarbage line\n{'c' * 64}  other.tar.gz\n"
    )
    assert listed_sums(tmp_path / "imdb.npz") == {"a" * 64, "b" * 64}
    assert expected_sums(tmp_path / "unrelated.bin") == frozenset()


def test_other_names_are_not_verified(tmp_path: Path) -> None:
    path = tmp_path / "my_imdb.tar.gz"
    path.write_bytes(b"anything")
    assert verify_file(path, None) == {"sha256": sha256_file(path), "verified": False}


def test_env_switch_disables_verification(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "aclImdb_v1.tar.gz"
    path.write_bytes(b"modified on purpose")
    monkeypatch.setenv("TEXTCLF_VERIFY_SHA256", "0")
    assert verify_file(path, None)["verified"] is False


def test_unreadable_file_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="cannot read"):
        sha256_file(tmp_path / "missing.tar.gz")
