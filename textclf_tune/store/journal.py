"""A journal file cut short (disk full, a crash mid-write) is mended before it is opened.

Optuna's journal is one JSON record per line, appended under a lock. A write that fails half way
(``ENOSPC``, a killed process, a file size limit) leaves a last line without its newline; the next
append would glue its record onto that half line, and from then on every reader fails with a
``JSONDecodeError``. :func:`mend_journal` runs under the journal's own lock when a storage opens
it: the torn bytes are moved to a dated file beside the journal (``NAME.torn-YYYYmmddTHHMMSS``),
a record glued onto a torn line is kept, and every complete record stays, so the study resumes.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from optuna.storages.journal import JournalFileSymlinkLock

from textclf_tune.errors import StudyError

_log = logging.getLogger(__name__)
#: How every Optuna journal record starts (``json.dumps`` of a dict whose first key is op_code).
_RECORD_START = b'{"op_code":'


@dataclass(frozen=True)
class Mended:
    """What :func:`mend_journal` set aside: bytes moved to ``backup``, records kept and salvaged."""

    path: Path
    backup: Path
    torn_bytes: int
    kept: int
    salvaged: int

    def line(self) -> str:
        glued = f", {self.salvaged} record(s) glued onto it recovered" if self.salvaged else ""
        return (
            f"journal {self.path} ended in a torn record (a write cut short: disk full or a crash); "
            f"{self.torn_bytes} bytes set aside to {self.backup}{glued}; its {self.kept} complete records "
            "are kept and the study goes on from them"
        )


def _complete(line: bytes) -> bool:
    try:
        json.loads(line)
    except ValueError:  # JSONDecodeError, or bytes that are not UTF-8
        return False
    return True


def _split(data: bytes) -> tuple[list[bytes], bytes, int]:
    """The complete records (each ending in a newline), the torn bytes, and how many records were
    recovered from a line a later append glued onto a torn one."""
    keep: list[bytes] = []
    torn = bytearray()
    salvaged = 0
    lines = data.splitlines(keepends=True)
    for i, line in enumerate(lines):
        last = i == len(lines) - 1
        if line.endswith(b"\n") and _complete(line):
            keep.append(line)
            continue
        if last and not line.endswith(b"\n"):
            torn += line
            continue
        start = line.rfind(_RECORD_START, 1)  # a whole record appended after a torn one
        if start > 0 and line.endswith(b"\n") and _complete(line[start:]):
            torn += line[:start] + b"\n"
            keep.append(line[start:])
            salvaged += 1
        else:
            torn += line if line.endswith(b"\n") else line + b"\n"
    return keep, bytes(torn), salvaged


def _needs_mending(path: Path) -> bool:
    """Cheap check: the file ends in a newline and its lines decode (read once, no lock)."""
    with open(path, "rb") as f:
        data = f.read()
    if not data:
        return False
    if not data.endswith(b"\n"):
        return True
    return any(not _complete(line) for line in data.splitlines() if line.strip())


def mend_journal(path: Path) -> Mended | None:
    """Set aside a torn tail (and any record torn mid-file) of the journal at ``path``; ``None``
    when it is whole. Runs under the journal's lock, so no writer is half way through a record."""
    if not path.exists() or not _needs_mending(path):
        return None
    lock = JournalFileSymlinkLock(str(path))
    try:
        lock.acquire()
    except OSError as exc:
        raise _cannot_mend(path, exc) from exc
    try:
        data = path.read_bytes()
        keep, torn, salvaged = _split(data)
        if not torn:
            return None  # a writer was mid-append when we looked; it finished under the lock
        backup = path.with_name(f"{path.name}.torn-{time.strftime('%Y%m%dT%H%M%S')}")
        n = 1
        while backup.exists():
            n += 1
            backup = path.with_name(f"{path.name}.torn-{time.strftime('%Y%m%dT%H%M%S')}-{n}")
        try:
            backup.write_bytes(torn)
            if b"".join(keep) + torn == data:  # only the tail is torn: cut it off
                os.truncate(path, len(data) - len(torn))
            else:
                tmp = path.with_name(path.name + ".mending")
                tmp.write_bytes(b"".join(keep))
                os.replace(tmp, path)
        except OSError as exc:
            raise _cannot_mend(path, exc) from exc
    finally:
        lock.release()
    mended = Mended(path, backup, len(torn), len(keep), salvaged)
    _log.warning(mended.line())
    return mended


def _cannot_mend(path: Path, exc: OSError) -> StudyError:
    return StudyError(
        f"journal {path} ends in a torn record (a write cut short) and cannot be mended here: "
        f"{exc.strerror or exc}. Remedy: free space on its disk or make it writable, then run the same "
        "command; nothing is lost until then"
    )
