"""IMDB (Large Movie Review Dataset): official 25k train / 25k test, binary sentiment.

Encoding, the same id scheme as ``keras.datasets.imdb`` (``start_char=1, oov_char=2,
index_from=3``): ``0`` pad, ``1`` start of every review, ``2`` out-of-vocabulary, ``3`` unused,
and the word of frequency rank ``r`` (1-based, counted over the *training* split only, i.e.
official train minus validation) gets id ``r + 3``. Ids ``>= num_words`` become ``2``. As in
Keras's IMDB, words never seen in the training split are skipped (``meta["encoding"]``).
Text: lower-cased, ``<br />`` -> space, words of letters / digits keeping inner apostrophes.

Splits: test = the official test set; validation = ``val_fraction`` of the official train set;
train = the rest. Rows of each split are in a seeded shuffled order. The validation split is
*movie-disjoint* by default (``val_split="movie"``): whole movies are held out, read from the
archive's ``urls_{pos,neg}.txt``, as the dataset's authors made train and test movie-disjoint "so
no significant performance is obtained by memorizing movie-unique terms". A random validation
split (``val_split="random"``, seeded and stratified) shares movies with train and overestimates
test accuracy: by 0.014-0.017 against -0.003-+0.001 for the movie split, measured with one
imdb_cnn config and two seeds (``python -m bench.val_split``, results/bench/val_split.json). Keras's ``imdb.npz`` has no movie ids,
so it splits at random.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import NamedTuple

import numpy as np

from textclf_tune.data import cache
from textclf_tune.data.archive import iter_source
from textclf_tune.data.build import build_from_texts
from textclf_tune.data.checks import check_choice, check_fraction, check_num_words, check_seed
from textclf_tune.data.checksums import verify_file
from textclf_tune.data.dataset import Dataset
from textclf_tune.data.keras_npz import (
    IMDB_NPZ_URL,
    INDEX_FROM,
    OOV_ID,
    PAD_ID,
    START_ID,
    encode_keras_imdb,
    word_index_identity,
)
from textclf_tune.data.locate import (
    Candidate,
    download_or_fail,
    explicit_dir,
    find_first,
    search_dirs,
)
from textclf_tune.data.splits import grouped_split, rng_for, stratified_split
from textclf_tune.data.tokenize import imdb_tokens
from textclf_tune.data.vocab import IdRule
from textclf_tune.errors import DataError

IMDB_URL = "https://ai.stanford.edu/~amaas/data/sentiment/aclImdb_v1.tar.gz"
IMDB_ARCHIVE = "aclImdb_v1.tar.gz"
CLASS_NAMES = ["neg", "pos"]
SOURCES = ("auto", "archive", "keras")
VAL_SPLITS = ("movie", "random")
ENCODING = {
    "pad": PAD_ID,
    "start": START_ID,
    "oov": OOV_ID,
    "index_from": INDEX_FROM,
    "unseen_words": "skipped",
    "vocabulary": "ranked over the training split (official train minus validation)",
    "tokens": "lower-case, <br /> -> space, letters/digits with inner apostrophes",
}
LAYOUT = "aclImdb/{train,test}/{pos,neg}/<id>_<rating>.txt"
_MEMBER = re.compile(r"(?:^|/)(train|test)/(neg|pos)/(\d+)_(\d+)\.txt$")
_URLS = re.compile(r"(?:^|/)(train|test)/urls_(neg|pos)\.txt$")


class Reviews(NamedTuple):
    """Every review, sorted by (split, label, numeric id); ``movies`` is ``None`` without url lists."""

    texts: list[str]
    is_test: np.ndarray
    labels: np.ndarray
    movies: np.ndarray | None


def text_candidates(d: Path) -> list[Candidate]:
    """Where the archive or its extracted folder may be inside ``d``."""
    return [
        Candidate(d / IMDB_ARCHIVE, "archive"),
        Candidate(d / "aclImdb", "folder"),
        Candidate(d / "aclImdb_v1_extracted" / "aclImdb", "folder"),
        Candidate(d / "aclImdb_v1" / "aclImdb", "folder"),
        Candidate(d, "folder", marker="train/pos"),
    ]


def npz_candidates(d: Path) -> list[Candidate]:
    """Where Keras's ``imdb.npz`` may be inside ``d``."""
    return [Candidate(d / "imdb.npz", "npz")]


def _file_candidate(path: Path, source: str) -> Candidate:
    kind = "npz" if path.suffix == ".npz" else "archive"
    if source != "auto" and (kind == "npz") != (source == "keras"):
        raise DataError(
            f"source={source!r} needs {'imdb.npz' if source == 'keras' else 'the review archive'}, "
            f"but data_dir points at the file {path}; pass source='auto' or a matching file"
        )
    return Candidate(path, kind)


def resolve_source(source: str, data_dir: str | os.PathLike[str] | None) -> Candidate:
    """Find the IMDB source (or download it), following the documented search order."""
    explicit = explicit_dir(data_dir)
    if explicit is not None and explicit.is_file():
        return _file_candidate(explicit, source)
    dirs = search_dirs(data_dir)
    tried: list[str] = []
    if source in ("auto", "archive"):
        found = find_first(dirs, text_candidates, tried)
        if found is not None:
            return found
    if source in ("auto", "keras"):
        found = find_first(dirs, npz_candidates, tried)
        if found is not None:
            return found
    if source == "keras":
        path = download_or_fail("Keras's imdb.npz", IMDB_NPZ_URL, "imdb.npz", tried, "imdb.npz")
        return Candidate(path, "npz")
    path = download_or_fail("The IMDB review archive", IMDB_URL, IMDB_ARCHIVE, tried, f"the extracted folder {LAYOUT}")
    return Candidate(path, "archive")


def read_reviews(cand: Candidate) -> Reviews:
    """Every review, sorted by (split, label, numeric id), with its movie where the archive's
    ``{train,test}/urls_{pos,neg}.txt`` say (line ``i`` is the movie of review id ``i``)."""
    found: list[tuple[int, int, int, bytes]] = []
    urls: dict[tuple[bool, int], list[str]] = {}

    def want(name: str) -> bool:
        return _MEMBER.search(name) is not None or _URLS.search(name) is not None

    for name, data in iter_source(cand.path, cand.kind, want, IMDB_URL):
        match = _MEMBER.search(name)
        if match is None:
            url_match = _URLS.search(name)
            if url_match is not None:
                key = (url_match.group(1) == "test", CLASS_NAMES.index(url_match.group(2)))
                urls[key] = data.decode("utf-8", errors="replace").split()
            continue
        split, label, doc_id, _rating = match.groups()
        found.append((split == "test", CLASS_NAMES.index(label), int(doc_id), data))
    counts = {
        f"{s}/{c}": sum(1 for t, lab, _, _ in found if t == (s == "test") and lab == i)
        for s in ("train", "test")
        for i, c in enumerate(CLASS_NAMES)
    }
    missing = [k for k, v in counts.items() if v == 0]
    if missing:
        raise DataError(
            f"{cand.path} does not have the IMDB layout: expected {LAYOUT} with reviews in each of "
            f"train/pos, train/neg, test/pos, test/neg, but found no reviews in {missing} "
            f"(counts found: {counts}). Use the official archive from {IMDB_URL} or extract it "
            "again without moving folders"
        )
    found.sort(key=lambda item: item[:3])
    texts = [data.decode("utf-8", errors="replace") for _, _, _, data in found]
    is_test = np.fromiter((t for t, _, _, _ in found), dtype=bool, count=len(found))
    labels = np.fromiter((lab for _, lab, _, _ in found), dtype=np.int64, count=len(found))
    movies = None
    if all(len(urls.get((t, lab), [])) > doc_id for t, lab, doc_id, _ in found):  # type: ignore[arg-type]
        movies = np.array([urls[(t, lab)][doc_id].removesuffix("/usercomments") for t, lab, doc_id, _ in found])  # type: ignore[index]
    return Reviews(texts, is_test, labels, movies)


def _encode_text(
    cand: Candidate,
    num_words: int,
    val_fraction: float,
    val_split: str | None,
    seed: int,
    meta: dict[str, object],
) -> Dataset:
    texts, is_test, labels, movies = read_reviews(cand)
    if val_split == "movie" and movies is None:
        raise DataError(
            f"val_split='movie' needs the movie of every review, from {cand.path}'s "
            "{train,test}/urls_{pos,neg}.txt (one url per review id), but they are missing or short. "
            "Use the official archive, or pass val_split='random'"
        )
    train_rows = np.flatnonzero(~is_test)
    test_rows = np.flatnonzero(is_test)
    how = "movie" if movies is not None and val_split != "random" else "random"
    if how == "movie":
        assert movies is not None
        kept, held = grouped_split(
            labels[train_rows], movies[train_rows], val_fraction, rng_for(seed, "val"), "val_fraction"
        )
        meta["val_split"] = {
            "kind": "movie",
            "val_movies": len(set(movies[train_rows[held]].tolist())),
            "train_movies": len(set(movies[train_rows[kept]].tolist())),
            "test_movies_seen_in_train_or_val": len(set(movies[test_rows].tolist()) & set(movies[train_rows].tolist())),
        }
    else:
        kept, held = stratified_split(labels[train_rows], val_fraction, rng_for(seed, "val"), "val_fraction")
        meta["val_split"] = {"kind": "random", "why": "asked for" if val_split == "random" else "no movie ids"}
    rows = {
        "train": train_rows[kept],
        "val": train_rows[held],
        "test": test_rows[rng_for(seed, "order").permutation(test_rows.size)],
    }
    rule = IdRule(first_id=INDEX_FROM + 1, num_words=num_words, oov_id=OOV_ID, start_id=START_ID)
    return build_from_texts(
        "imdb",
        texts,
        imdb_tokens,
        labels,
        rows,
        list(CLASS_NAMES),
        rule,
        {**meta, "encoding": ENCODING},
    )


def load_imdb(
    num_words: int = 20000,
    val_fraction: float = 0.2,
    seed: int = 1337,
    source: str = "auto",
    val_split: str | None = None,
    data_dir: str | os.PathLike[str] | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
) -> Dataset:
    """Load IMDB encoded as described in the module docstring, from the cache when possible.

    ``source``: ``"archive"`` (``aclImdb_v1.tar.gz`` or the extracted ``aclImdb/``), ``"keras"``
    (Keras's ``imdb.npz``, its fixed encoding), ``"auto"`` (the archive if found, else
    ``imdb.npz`` if found, else download the official archive). Data is searched in ``data_dir``
    (a folder, or the archive / npz file itself), ``$TEXTCLF_DATA_DIR``, then the Keras cache.
    ``val_split``: ``"movie"`` (whole movies held out), ``"random"``, or ``None``: movie-disjoint
    when the source names each review's movie (the archive does), else random; ``meta["val_split"]``
    says which was used.
    """
    num_words = check_num_words(num_words, 3, "ids 0, 1, 2 are reserved for pad, start and oov")
    val_fraction = check_fraction("val_fraction", val_fraction)
    seed = check_seed(seed)
    source = check_choice("source", source, SOURCES)
    if val_split is not None:
        val_split = check_choice("val_split", val_split, VAL_SPLITS)
    cand = resolve_source(source, data_dir)
    if cand.kind == "npz" and val_split == "movie":
        raise DataError(
            f"val_split='movie' needs each review's movie, which Keras's imdb.npz ({cand.path}) does not have; "
            "pass val_split='random', or use the review archive aclImdb_v1.tar.gz (source='archive')"
        )
    options = {
        "num_words": num_words,
        "val_fraction": val_fraction,
        "seed": seed,
        "source": source,
        "val_split": val_split,
        "data_dir": None if data_dir is None else str(data_dir),
    }
    folder = cache.resolve_cache_dir(cache_dir)
    identity = cache.source_identity(cand.path, cand.kind, folder)
    if cand.kind == "npz":
        identity["word_index"] = word_index_identity(cand.path)
    key = cache.cache_key({"dataset": "imdb", **options, "data_dir": None, "source": identity})
    cached = cache.load(folder, "imdb", key)
    if cached is not None:
        cached.meta["options"] = options
        return cached
    source_meta: dict[str, object] = {"kind": cand.kind, "path": str(cand.path.resolve())}
    if cand.kind != "folder":
        url = IMDB_NPZ_URL if cand.kind == "npz" else IMDB_URL
        source_meta.update(verify_file(cand.path, url))
        source_meta["size"] = cand.path.stat().st_size
    meta = {"source": source_meta, "seed": seed, "options": options}
    if cand.kind == "npz":
        meta["val_split"] = {"kind": "random", "why": "imdb.npz has no movie ids"}
        dataset = encode_keras_imdb(cand.path, num_words, val_fraction, seed, meta, CLASS_NAMES)
    else:
        dataset = _encode_text(cand, num_words, val_fraction, val_split, seed, meta)
    cache.save(folder, dataset, key)
    return dataset
