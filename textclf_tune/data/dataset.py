"""The encoded dataset handed to the sweep engine: three splits, the vocabulary and provenance."""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass, field

import numpy as np

from textclf_tune.data.checks import check_count, check_num_words, check_seed
from textclf_tune.data.glove import load_glove
from textclf_tune.data.sequences import Sequences
from textclf_tune.data.splits import apportion, class_counts, rng_for
from textclf_tune.errors import DataError

SPLIT_NAMES = ("train", "val", "test")


@dataclass(frozen=True, eq=False)
class Split:
    """Token-id sequences ``x`` and their ``int64`` labels ``y`` (``0..num_classes-1``)."""

    x: Sequences
    y: np.ndarray

    def __post_init__(self) -> None:
        if len(self.x) != len(self.y):
            raise ValueError(f"Split has {len(self.x)} sequences but {len(self.y)} labels")

    def __len__(self) -> int:
        return len(self.x)

    def take(self, rows: np.ndarray) -> Split:
        """The rows ``rows`` (integer indices) of this split."""
        return Split(self.x[rows], np.asarray(self.y[rows], dtype=np.int64))


@dataclass(frozen=True, eq=False)
class Dataset:
    """An encoded text-classification dataset.

    Every id in every split is ``< num_words`` (the Embedding ``input_dim``); ``words[i]`` is the
    word with id ``i`` (``""`` for reserved ids). Id rules: :mod:`textclf_tune.data.imdb` and
    :mod:`textclf_tune.data.newsgroups`. ``meta`` is JSON-serialisable provenance: source path
    and SHA-256, seed, options, split sizes, per-class counts, encoding, code version, cache.
    """

    name: str
    train: Split
    val: Split
    test: Split
    num_words: int
    num_classes: int
    class_names: list[str]
    words: list[str]
    meta: dict = field(default_factory=dict)
    #: Training words ranked past ``num_words`` that encode as the out-of-vocabulary id (empty
    #: when such words are dropped, or unknown: Keras's imdb.npz). Needed to encode new text.
    capped_words: list[str] = field(default_factory=list)
    #: What the loader noticed and the run should say (files it skipped); not provenance, not cached.
    notes: list[str] = field(default_factory=list)
    _glove: dict[tuple[int, str | None], tuple[np.ndarray, float]] = field(default_factory=dict, repr=False)

    def splits(self) -> dict[str, Split]:
        """``{"train": ..., "val": ..., "test": ...}``."""
        return {"train": self.train, "val": self.val, "test": self.test}

    def subsample_at_most(self, n_train: int, n_val: int, n_test: int, seed: int = 0) -> Dataset:
        """:meth:`subsample` with each count capped at its split's size: a split smaller than its
        count is used whole (the ``--quick`` preset on small data)."""
        n = (min(n_train, len(self.train)), min(n_val, len(self.val)), min(n_test, len(self.test)))
        return self.subsample(*n, seed=seed)

    def subsample(self, n_train: int | None, n_val: int | None, n_test: int | None, seed: int = 0) -> Dataset:
        """A stratified, seeded subset of each split (``None`` keeps a split whole).

        Rows keep their relative order; class shares are kept (largest-remainder rounding). The
        counts and seed are recorded in ``meta["subsample"]`` and the sizes / class counts in
        ``meta`` are updated.
        """
        seed = check_seed(seed)
        wanted = {"train": n_train, "val": n_val, "test": n_test}
        parts: dict[str, Split] = {}
        for i, (name, split) in enumerate(self.splits().items()):
            n = check_count(f"n_{name}", wanted[name], len(split))
            if n is None or n == len(split):
                parts[name] = split
                continue
            rng = rng_for(seed, "subsample", i)
            per_class = apportion(np.bincount(split.y, minlength=self.num_classes), n)
            chosen = [rng.permutation(np.flatnonzero(split.y == c))[: per_class[c]] for c in range(self.num_classes)]
            parts[name] = split.take(np.sort(np.concatenate(chosen)))
        meta = copy.deepcopy(self.meta)
        meta["subsample"] = {**{f"n_{k}": v for k, v in wanted.items()}, "seed": seed}
        meta["sizes"] = {k: len(v) for k, v in parts.items()}
        meta["class_counts"] = {k: class_counts(v.y, self.num_classes) for k, v in parts.items()}
        return Dataset(
            name=self.name,
            train=parts["train"],
            val=parts["val"],
            test=parts["test"],
            num_words=self.num_words,
            num_classes=self.num_classes,
            class_names=list(self.class_names),
            words=self.words,
            meta=meta,
            capped_words=self.capped_words,
        )

    def with_num_words(self, num_words: int) -> Dataset:
        """This dataset as if loaded with the smaller vocabulary ``num_words``: the same splits with ids
        ``>= num_words`` mapped as the loader maps capped words (to the out-of-vocabulary id, or dropped
        where the encoding has none, as 20 Newsgroups'), ``words`` cut to the kept ids and ``capped_words``
        grown by the words cut off. Ids are frequency ranks, so this equals loading with ``num_words``."""
        encoding = (self.meta or {}).get("encoding") or {}
        oov = encoding.get("oov")
        if oov is None and "first_word_id" not in encoding:
            raise DataError(
                f"dataset {self.name!r} does not record how it encodes capped words (meta['encoding'] has neither "
                "'oov' nor 'first_word_id'), so its vocabulary cannot be cut to num_words; load it with the "
                "num_words wanted instead"
            )
        n = check_num_words(num_words, 1 if oov is None else int(oov) + 1, "the reserved ids stay")
        if n > self.num_words:
            raise DataError(
                f"num_words={n} is larger than the {self.num_words} ids dataset {self.name!r} was loaded with; "
                f"load it with num_words >= {n} (Data(..., num_words={n})) to choose among smaller vocabularies"
            )
        if n == self.num_words:
            return self
        parts = {k: Split(_cap(v.x, n, oov), v.y) for k, v in self.splits().items()}
        cut = [w for w in self.words[n:] if w] if oov is not None else []
        meta = copy.deepcopy(self.meta)
        meta.setdefault("options", {})["num_words"] = n
        meta["capped_from"] = self.num_words
        return Dataset(
            name=self.name,
            train=parts["train"],
            val=parts["val"],
            test=parts["test"],
            num_words=n,
            num_classes=self.num_classes,
            class_names=list(self.class_names),
            words=self.words[:n],
            meta=meta,
            capped_words=cut + list(self.capped_words),
        )

    def glove_matrix(self, dim: int = 50, path: str | os.PathLike[str] | None = None) -> tuple[np.ndarray, float]:
        """A ``(num_words, dim)`` float32 GloVe matrix for this vocabulary and its coverage.

        Row ``i`` is the vector of ``words[i]``; reserved ids and words GloVe lacks are zero rows.
        Coverage is the share of word ids (non-reserved) found. Sources: see
        :func:`textclf_tune.data.glove.load_glove`; the dataset's own ``data_dir`` is searched too.
        Read once per dataset, dimension and path (a sweep's every trial asks); do not modify it.
        """
        key = (dim, None if path is None else str(path))
        if key not in self._glove:
            self._glove[key] = self._read_glove(dim, path)
        return self._glove[key]

    def _read_glove(self, dim: int, path: str | os.PathLike[str] | None) -> tuple[np.ndarray, float]:
        data_dir = self.meta.get("options", {}).get("data_dir")
        matrix, coverage = load_glove(self.words, dim=dim, path=path, extra_dirs=[data_dir] if data_dir else [])
        if matrix.shape[0] < self.num_words:
            full = np.zeros((self.num_words, matrix.shape[1]), dtype=np.float32)
            full[: matrix.shape[0]] = matrix
            matrix = full
        return matrix, coverage


def _cap(seqs: Sequences, n: int, oov: int | None) -> Sequences:
    """``seqs`` with ids ``>= n`` set to ``oov``, or removed when ``oov`` is None."""
    flat = np.asarray(seqs.flat)
    if oov is not None:
        return Sequences(np.where(flat >= n, np.int32(oov), flat).astype(np.int32), seqs.offsets)
    kept = flat < n
    rows = np.repeat(np.arange(len(seqs), dtype=np.int64), seqs.lengths())
    return Sequences.from_lengths(flat[kept], np.bincount(rows[kept], minlength=len(seqs)))
