"""Data layer: IMDB, 20 Newsgroups and GloVe, encoded once, cached, split honestly.

Public API (what the sweep engine uses)::

    load_dataset("imdb" | "newsgroups", **options) -> Dataset
    load_imdb(num_words=20000, val_fraction=0.2, seed=1337, source="auto", val_split=None,  # movie-disjoint val
              data_dir=None, cache_dir=None)
    load_newsgroups(num_words=20000, test_fraction=0.2, val_fraction=0.2, seed=1337,
                    split="random", data_dir=None, cache_dir=None)
    Dataset.train / .val / .test: Split(x: Sequences, y: int64 labels)
    Sequences.pad(maxlen, padding="pre", truncating="pre")  # per-trial, Keras semantics
    Dataset.glove_matrix(dim=50) / load_glove(words, dim) / available_glove_dims()

Environment: ``TEXTCLF_DATA_DIR`` (where archives are), ``TEXTCLF_CACHE_DIR`` (encoded cache,
default ``~/.cache/textclf-tune``), ``KERAS_HOME`` (Keras cache, searched and downloaded into),
``TEXTCLF_OFFLINE=1`` (never download), ``TEXTCLF_VERIFY_SHA256=0`` (accept modified official
archives; see :mod:`textclf_tune.data.checksums`). Nothing here imports Keras or TensorFlow
except the download path.
"""

from textclf_tune.data.cache import CODE_VERSION
from textclf_tune.data.dataset import Dataset, Split
from textclf_tune.data.glove import GLOVE_DIMS, available_glove_dims, load_glove
from textclf_tune.data.imdb import load_imdb
from textclf_tune.data.newsgroups import load_newsgroups
from textclf_tune.data.registry import dataset_names, load_dataset
from textclf_tune.data.sequences import Sequences

__all__ = [
    "CODE_VERSION",
    "GLOVE_DIMS",
    "Dataset",
    "Sequences",
    "Split",
    "available_glove_dims",
    "dataset_names",
    "load_dataset",
    "load_glove",
    "load_imdb",
    "load_newsgroups",
]
