"""Read the files of a ``.tar.gz`` archive or of an extracted folder, without extracting.

Both yield ``(relative posix name, bytes)``: for an archive the member name as stored (e.g.
``aclImdb/train/pos/0_9.txt``), for a folder the path relative to it (``train/pos/0_9.txt``).
A truncated or corrupt archive becomes one :class:`DataError` naming the file and the remedy.
"""

from __future__ import annotations

import os
import tarfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from textclf_tune.errors import DataError

_CORRUPT = (tarfile.TarError, EOFError, zlib.error, OSError)


def corrupt_archive(path: Path, exc: BaseException, url: str | None) -> DataError:
    """The error for an archive that cannot be read to the end."""
    fetch = f"download it again from {url}" if url else "replace it with an intact copy"
    return DataError(f"archive {path} is truncated or corrupt ({type(exc).__name__}: {exc}); delete it and {fetch}")


def iter_archive(path: Path, want: Callable[[str], bool], url: str | None = None) -> Iterator[tuple[str, bytes]]:
    """Files of a tar archive (any compression tarfile reads) whose name passes ``want``."""
    try:
        with tarfile.open(path, "r:*") as tar:
            for member in tar:
                if member.isfile() and want(member.name):
                    handle = tar.extractfile(member)
                    if handle is not None:
                        yield member.name, handle.read()
            _check_end(tar)
    except _CORRUPT as exc:
        raise corrupt_archive(path, exc, url) from exc


def _check_end(tar: tarfile.TarFile) -> None:
    """``tarfile`` ends its member loop quietly at an unreadable header past the first one, as if
    the archive ended there: a corrupt archive would then look like one with the wrong layout.
    An archive that really ended has only zero blocks after its last member (at least one)."""
    stream = tar.fileobj
    if stream is None:
        return
    seen = 0
    while chunk := stream.read(1 << 20):
        seen += len(chunk)
        if chunk.count(0) != len(chunk):
            raise tarfile.ReadError(f"unreadable member header at byte {tar.offset} of the tar stream")
    if seen == 0:
        raise tarfile.ReadError(f"the tar stream ends without its end-of-archive blocks (byte {tar.offset})")


def iter_folder(root: Path, want: Callable[[str], bool]) -> Iterator[tuple[str, bytes]]:
    """Files under ``root`` whose relative posix name passes ``want`` (sorted walk)."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel_dir = os.path.relpath(dirpath, root)
        prefix = "" if rel_dir == "." else rel_dir.replace(os.sep, "/") + "/"
        for name in sorted(filenames):
            rel = prefix + name
            if not want(rel):
                continue
            full = os.path.join(dirpath, name)
            try:
                with open(full, "rb") as f:
                    yield rel, f.read()
            except OSError as exc:
                raise DataError(
                    f"cannot read {full} ({exc}); check the file's permissions or extract the archive again"
                ) from exc


def iter_source(
    path: Path, kind: str, want: Callable[[str], bool], url: str | None = None
) -> Iterator[tuple[str, bytes]]:
    """Files of an archive (``kind="archive"``) or an extracted folder (``kind="folder"``)."""
    if kind == "archive":
        return iter_archive(path, want, url)
    return iter_folder(path, want)


def folder_identity(root: Path, depth: int = 2) -> list[list[object]]:
    """Cheap fingerprint of an extracted folder: ``[relpath, mtime_ns, entries]`` per directory.

    Adding, removing or renaming files changes it; editing a file in place does not (delete the
    cache after doing that).
    """
    out: list[list[object]] = []
    level = [root]
    for _ in range(depth + 1):
        nxt: list[Path] = []
        for d in level:
            try:
                entries = list(os.scandir(d))
                stat = d.stat()
            except OSError:
                continue
            out.append([d.relative_to(root).as_posix(), stat.st_mtime_ns, len(entries)])
            nxt.extend(Path(e.path) for e in entries if e.is_dir(follow_symlinks=True))
        level = sorted(nxt)
    return sorted(out)
