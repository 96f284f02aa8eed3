"""On-disk cache of encoded datasets: written once, atomically; memory-mapped afterwards.

Layout: ``<cache_dir>/<name>-<key[:24]>/`` holding ``<split>_flat.npy``, ``<split>_offsets.npy``,
``<split>_y.npy`` for each split and ``manifest.json`` (key, code version, vocabulary, meta).
An entry is built in a hidden ``.tmp-*`` sibling and renamed into place in one ``os.replace``,
so an interrupted write leaves at most a ``.tmp-*`` folder that no load ever reads. A final
folder is trusted only if its manifest carries the expected key and :data:`CODE_VERSION` and
every array is present with consistent shapes; anything else is a miss and is rebuilt.

The key hashes the dataset name, the loader options, the source's identity (an archive's SHA-256
and size, so a fresh copy of the same archive elsewhere still hits; directory mtimes / entry
counts for an extracted folder) and :data:`CODE_VERSION`. Bump :data:`CODE_VERSION` whenever
encoding output changes. Archive digests are remembered in ``.sha256-memo.json`` per (path, size,
mtime), so a cached load hashes nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from textclf_tune.data.archive import folder_identity
from textclf_tune.data.dataset import SPLIT_NAMES, Dataset, Split
from textclf_tune.data.sequences import Sequences

CODE_VERSION = "1"
ENV_CACHE_DIR = "TEXTCLF_CACHE_DIR"
MANIFEST = "manifest.json"
MEMO = ".sha256-memo.json"  # hidden: not an entry
_FORMAT = 2  # 2: the manifest holds capped_words (format-1 entries are rebuilt once, same key)


def default_cache_dir() -> Path:
    """``$TEXTCLF_CACHE_DIR`` or ``~/.cache/textclf-tune``."""
    env = os.environ.get(ENV_CACHE_DIR)
    return Path(env).expanduser() if env else Path.home() / ".cache" / "textclf-tune"


def resolve_cache_dir(cache_dir: str | os.PathLike[str] | None) -> Path:
    """``cache_dir`` or the default."""
    return Path(cache_dir).expanduser() if cache_dir is not None else default_cache_dir()


def source_identity(path: Path, kind: str, cache_dir: Path) -> dict[str, object]:
    """Identity of a source for the key: a file's content digest, or an extracted folder's fingerprint."""
    resolved = path.resolve()
    if kind == "folder":
        return {"path": str(resolved), "kind": kind, "tree": folder_identity(resolved)}
    return {"kind": kind, "size": resolved.stat().st_size, "sha256": content_sha256(resolved, cache_dir)}


def content_sha256(path: Path, cache_dir: Path) -> str:
    """SHA-256 of ``path``, remembered in ``cache_dir`` under its (path, size, mtime) so that only a
    new or changed file is read. The memo is only written into a cache folder that already exists."""
    from textclf_tune.data.checksums import sha256_file

    stat = path.stat()
    token = f"{path}|{stat.st_size}|{stat.st_mtime_ns}"
    memo_file = cache_dir / MEMO
    try:
        memo = json.loads(memo_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        memo = {}
    memo = memo if isinstance(memo, dict) else {}
    if isinstance(memo.get(token), str):
        return memo[token]
    digest = sha256_file(path)
    if cache_dir.is_dir():
        memo[token] = digest
        try:
            fd, tmp = tempfile.mkstemp(prefix=".tmp-memo-", dir=cache_dir)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(memo, f)
            os.replace(tmp, memo_file)
        except OSError:
            pass  # a read-only cache only costs a re-hash next time
    return digest


def cache_key(payload: dict[str, object]) -> str:
    """Hex SHA-256 of the canonical JSON of ``payload`` plus the code version."""
    blob = json.dumps({**payload, "code_version": CODE_VERSION}, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def entry_dir(cache_dir: Path, name: str, key: str) -> Path:
    """The folder of one cache entry."""
    return cache_dir / f"{name}-{key[:24]}"


def _write_array(path: Path, array: np.ndarray) -> None:
    np.save(path, np.ascontiguousarray(array), allow_pickle=False)


#: Called with a dataset's name when its cache misses, before it is encoded (see :func:`on_miss`).
_MISS_LISTENERS: list[Callable[[str], None]] = []


@contextmanager
def on_miss(listener: Callable[[str], None]) -> Iterator[None]:
    """Within the block, ``listener(name)`` hears of each cache miss before the encoding starts, so a
    caller can say that a wait is coming."""
    _MISS_LISTENERS.append(listener)
    try:
        yield
    finally:
        _MISS_LISTENERS.remove(listener)


def load(cache_dir: Path, name: str, key: str) -> Dataset | None:
    """The cached dataset for ``key``, or None if absent or not trustworthy."""
    found = _load(cache_dir, name, key)
    if found is None:
        for listener in list(_MISS_LISTENERS):
            listener(name)
    return found


def _load(cache_dir: Path, name: str, key: str) -> Dataset | None:
    folder = entry_dir(cache_dir, name, key)
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if (
            manifest.get("format") != _FORMAT
            or manifest.get("key") != key
            or manifest.get("code_version") != CODE_VERSION
        ):
            return None
        parts = {}
        for split in SPLIT_NAMES:
            flat = np.load(folder / f"{split}_flat.npy", mmap_mode="r", allow_pickle=False)
            offsets = np.load(folder / f"{split}_offsets.npy", allow_pickle=False)
            y = np.load(folder / f"{split}_y.npy", allow_pickle=False)
            if flat.dtype != np.int32 or offsets.dtype != np.int64 or y.dtype != np.int64:
                return None
            parts[split] = Split(Sequences(flat, offsets), y)
    except (OSError, ValueError, KeyError, TypeError, json.JSONDecodeError):
        return None
    meta = manifest["meta"]
    meta["cache"] = {"path": str(folder), "hit": True}
    return Dataset(
        name=manifest["name"],
        train=parts["train"],
        val=parts["val"],
        test=parts["test"],
        num_words=int(manifest["num_words"]),
        num_classes=int(manifest["num_classes"]),
        class_names=list(manifest["class_names"]),
        words=list(manifest["words"]),
        meta=meta,
        capped_words=list(manifest.get("capped_words") or []),
    )


def save(cache_dir: Path, dataset: Dataset, key: str) -> Path | None:
    """Write ``dataset`` under ``key`` atomically; returns the entry folder.

    A cache that cannot be written (read-only disk, full disk) only warns: the dataset is still
    returned to the caller, just not cached.
    """
    folder = entry_dir(cache_dir, dataset.name, key)
    dataset.meta["cache"] = {"path": str(folder), "hit": False}
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{folder.name}-", dir=cache_dir))
    except OSError as exc:
        warnings.warn(
            f"cannot write the dataset cache in {cache_dir} ({exc}); continuing without a cache. "
            "Set TEXTCLF_CACHE_DIR (or cache_dir=) to a writable folder to cache encodings",
            stacklevel=3,
        )
        return None
    try:
        for split_name, split in dataset.splits().items():
            _write_array(tmp / f"{split_name}_flat.npy", split.x.flat)
            _write_array(tmp / f"{split_name}_offsets.npy", split.x.offsets)
            _write_array(tmp / f"{split_name}_y.npy", np.asarray(split.y, dtype=np.int64))
        manifest = {
            "format": _FORMAT,
            "key": key,
            "code_version": CODE_VERSION,
            "name": dataset.name,
            "num_words": dataset.num_words,
            "num_classes": dataset.num_classes,
            "class_names": dataset.class_names,
            "words": dataset.words,
            "capped_words": dataset.capped_words,
            "meta": dataset.meta,
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
        if folder.exists():  # a stale or broken entry: load() refused it
            shutil.rmtree(folder, ignore_errors=True)
        try:
            os.replace(tmp, folder)
        except OSError:
            if not (folder / MANIFEST).exists():  # lost a race only if the winner completed
                raise
            shutil.rmtree(tmp, ignore_errors=True)
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(exc, OSError):
            warnings.warn(
                f"cannot write the dataset cache in {cache_dir} ({exc}); continuing without a "
                "cache. Set TEXTCLF_CACHE_DIR (or cache_dir=) to a writable folder",
                stacklevel=3,
            )
            return None
        raise
    return folder
