"""Where data files come from: explicit ``data_dir``, ``TEXTCLF_DATA_DIR``, the Keras cache,
then a download from the official URL.

Set ``TEXTCLF_OFFLINE=1`` to skip the download step (tests, air-gapped machines): a missing
dataset then fails at once with the list of paths tried and the URL to fetch by hand.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from textclf_tune.errors import DataError

ENV_DATA_DIR = "TEXTCLF_DATA_DIR"
ENV_OFFLINE = "TEXTCLF_OFFLINE"


@dataclass(frozen=True)
class Candidate:
    """A place a dataset may be: an archive file or an extracted folder.

    ``marker`` (folders only) is a relative path that must exist inside the folder.
    """

    path: Path
    kind: str  # "archive" | "folder" | "npz" | "txt" | "zip" | "kumo"
    marker: str | None = None

    def exists(self) -> bool:
        if self.kind == "folder":
            return self.path.is_dir() and (self.marker is None or (self.path / self.marker).exists())
        return self.path.is_file()


def keras_cache_dir() -> Path:
    """``$KERAS_HOME/datasets`` or ``~/.keras/datasets`` (where ``keras.utils.get_file`` saves)."""
    home = os.environ.get("KERAS_HOME") or os.path.join(os.path.expanduser("~"), ".keras")
    return Path(home).expanduser() / "datasets"


def keras_home() -> Path:
    """``$KERAS_HOME`` or ``~/.keras``."""
    return keras_cache_dir().parent


def explicit_dir(data_dir: str | os.PathLike[str] | None) -> Path | None:
    """``data_dir`` as a Path; a DataError if it was given but does not exist."""
    if data_dir is None:
        return None
    path = Path(data_dir).expanduser()
    if not path.exists():
        raise DataError(
            f"data_dir must be an existing folder or archive file, but got data_dir={str(data_dir)!r} "
            "which does not exist; pass the folder holding the dataset (or the archive itself), "
            f"or leave it out to search ${ENV_DATA_DIR} and the Keras cache"
        )
    return path


def shown_path(path: str | os.PathLike[str]) -> str:
    """``path`` as a record shows it: a file under ``$TEXTCLF_DATA_DIR`` as ``$TEXTCLF_DATA_DIR/NAME``,
    so that a study shared with its results names no folder of the machine that ran it (the
    file's SHA-256 and size identify it); any other path as given."""
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        try:
            rel = Path(path).resolve().relative_to(Path(env).expanduser().resolve())
        except (OSError, ValueError):
            return str(path)
        return f"${ENV_DATA_DIR}" if rel == Path() else f"${ENV_DATA_DIR}/{rel.as_posix()}"
    return str(path)


def search_dirs(data_dir: str | os.PathLike[str] | None) -> list[Path]:
    """Folders to search, in order: ``data_dir``, ``$TEXTCLF_DATA_DIR``, the Keras cache."""
    dirs: list[Path] = []
    explicit = explicit_dir(data_dir)
    if explicit is not None:
        dirs.append(explicit)
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        dirs.append(Path(env).expanduser())
    dirs.append(keras_cache_dir())
    unique: list[Path] = []
    for d in dirs:
        if d not in unique:
            unique.append(d)
    return unique


def find_first(
    dirs: Sequence[Path],
    candidates: Callable[[Path], list[Candidate]],
    tried: list[str],
) -> Candidate | None:
    """The first existing candidate over ``dirs`` in order; every path checked goes to ``tried``."""
    for d in dirs:
        for cand in candidates(d):
            shown = str(cand.path / cand.marker if cand.marker else cand.path)
            if shown not in tried:
                tried.append(shown)
            if cand.exists():
                return cand
    return None


def offline() -> bool:
    """True when ``TEXTCLF_OFFLINE`` asks not to download."""
    return os.environ.get(ENV_OFFLINE, "").strip().lower() in {"1", "true", "yes", "on"}


def fetch(url: str, fname: str) -> Path:
    """Download ``url`` into the Keras cache with ``keras.utils.get_file`` (progress bar).

    Keras is imported here only: loading data never imports it otherwise.
    """
    from keras.utils import get_file  # noqa: PLC0415 - lazy: heavy import, download path only

    return Path(get_file(fname=fname, origin=url, cache_dir=str(keras_home())))


def download_or_fail(what: str, url: str, fname: str, tried: list[str], layout: str, arg: str = "data_dir") -> Path:
    """Download ``url``; on failure (or offline) one DataError listing every path tried."""
    if offline():
        reason = f"downloads are disabled ({ENV_OFFLINE}=1)"
    else:
        try:
            return fetch(url, fname)
        except Exception as exc:  # noqa: BLE001 - any failure becomes the one user-facing error
            reason = f"the download failed: {type(exc).__name__}: {exc}"
    raise not_found(what, url, fname, tried, layout, reason, arg)


def not_found(
    what: str,
    url: str | None,
    fname: str,
    tried: list[str],
    layout: str,
    reason: str,
    arg: str = "data_dir",
) -> DataError:
    """The error for a dataset found nowhere: every path tried, the URL, where to put it."""
    paths = "\n".join(f"  - {p}" for p in tried) or "  (none)"
    fetch_hint = f"Download {url} by hand and put {fname}" if url else f"Put {fname}"
    return DataError(
        f"{what} was not found and {reason}.\nPaths tried:\n{paths}\n"
        f"{fetch_hint} (or {layout}) in one of: the {arg} argument, ${ENV_DATA_DIR}, or "
        f"{keras_cache_dir()}."
    )
