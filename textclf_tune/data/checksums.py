"""SHA-256 verification of the official archives.

Rule (checked whenever an archive is read to be encoded; cached loads skip it):

* A file is verified when its *name* is one of the official archive names in
  :data:`KNOWN_SHA256`, or when a ``SHA256SUMS`` file in the same directory lists its name.
* Its SHA-256 must then be one of the built-in sums for that name or a sum listed for it in that
  ``SHA256SUMS`` file (``sha256sum`` format: ``<hex>  <name>`` or ``<hex> *<name>``).
  Otherwise a :class:`DataError` names the path, the sum received, the sums expected and the
  remedy.
* ``TEXTCLF_VERIFY_SHA256=0`` turns verification off (for an archive modified on purpose).
* Files with other names (an archive passed as ``data_dir=/x/my_imdb.tar.gz``) and extracted
  folders are not verified; the sum is still computed and recorded in ``Dataset.meta``.

So a truncated or altered ``aclImdb_v1.tar.gz`` is refused, while the tiny archives that
:mod:`textclf_tune.testing.synthetic` writes under the official names load with default settings,
because the writer lists their sums in a ``SHA256SUMS`` beside them (the convention
``sha256sum -c`` uses and the way the project's shared copies are distributed).
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from textclf_tune.errors import DataError

ENV_VERIFY = "TEXTCLF_VERIFY_SHA256"
SUMS_FILE = "SHA256SUMS"

#: Sums accepted for each official file name: the official download, and the project's copy.
KNOWN_SHA256: dict[str, frozenset[str]] = {
    "aclImdb_v1.tar.gz": frozenset(
        {
            # Official Stanford archive (84,125,825 bytes).
            "c40f74a18d3b61f90feba1e17730e0d38e8b97c05fde7008942e91923d1658fe",
            # Project copy without train/unsup and *.feat (../shared/data/SHA256SUMS).
            "7742b240cc4309acb147dda61d94cd7ff973a1f4c070cb030778fc3ccf210c77",
        }
    ),
    "news20.tar.gz": frozenset(
        # The 19,997-document collection (../shared/data/SHA256SUMS).
        {"bb44a1c52578965794632a01c3b679c17c3d15cf69c8e0f66b761220292de919"}
    ),
    "imdb.npz": frozenset(
        # keras.datasets.imdb's file_hash for storage.googleapis.com/.../imdb.npz.
        {"69664113be75683a8fe16e3ed0ab59fda8886cb3cd7ada244f7d9544e4676b9f"}
    ),
}

_SUMS_LINE = re.compile(r"^([0-9a-fA-F]{64}) [ *](.+)$")


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    """Hex SHA-256 of a file."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            while block := f.read(chunk):
                digest.update(block)
    except OSError as exc:
        raise DataError(
            f"cannot read {path} to check its SHA-256 ({exc}); make sure the file exists and is readable"
        ) from exc
    return digest.hexdigest()


def verification_enabled() -> bool:
    """False when ``TEXTCLF_VERIFY_SHA256`` is ``0`` / ``false`` / ``no`` / ``off``."""
    return os.environ.get(ENV_VERIFY, "1").strip().lower() not in {"0", "false", "no", "off"}


def listed_sums(path: Path) -> frozenset[str]:
    """Sums that a ``SHA256SUMS`` file beside ``path`` lists for ``path.name``."""
    sums_file = path.parent / SUMS_FILE
    try:
        lines = sums_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return frozenset()
    found = set()
    for line in lines:
        match = _SUMS_LINE.match(line.strip())
        if match and Path(match.group(2).strip()).name == path.name:
            found.add(match.group(1).lower())
    return frozenset(found)


def expected_sums(path: Path) -> frozenset[str]:
    """Every sum acceptable for ``path`` (empty: the file is not subject to verification)."""
    return KNOWN_SHA256.get(path.name, frozenset()) | listed_sums(path)


def verify_file(path: Path, url: str | None) -> dict[str, object]:
    """Check ``path`` against the rule above; returns ``{"sha256", "verified"}`` for the meta."""
    got = sha256_file(path)
    expected = expected_sums(path)
    if not expected or not verification_enabled():
        return {"sha256": got, "verified": False}
    if got not in expected:
        fetch = f"download it again from {url}" if url else "replace it with an intact copy"
        raise DataError(
            f"SHA-256 mismatch for {path}: got {got}, expected one of {sorted(expected)} "
            f"(the known sums for {path.name!r}). The file is incomplete, corrupt or modified. "
            f"Delete it and {fetch}; if you use a modified archive on purpose, list its sum in "
            f"{path.parent / SUMS_FILE} or set {ENV_VERIFY}=0"
        )
    return {"sha256": got, "verified": True}
