"""Data layer: IMDB, 20 Newsgroups and GloVe, encoded once, cached, split honestly.

Public API (what the sweep engine uses)::

    load_dataset("imdb" | "newsgroups" | "csv" | "folder" | "texts" | registered, **options) -> Dataset
    load_csv(path, text_column="text", label_column="label", test_path=None, val_path=None, sep=None,
             encoding="utf-8", group_column=None, num_words=20000, test_fraction=0.2, val_fraction=0.2, seed=1337)
    load_folder(path, encoding="utf-8", num_words=20000, test_fraction=0.2, val_fraction=0.2, seed=1337)
    register_dataset(name)  # decorator: a loader of your own returning (texts, labels)
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
from textclf_tune.data.folders import load_folder
from textclf_tune.data.glove import GLOVE_DIMS, available_glove_dims, load_glove
from textclf_tune.data.imdb import load_imdb
from textclf_tune.data.newsgroups import load_newsgroups
from textclf_tune.data.registry import dataset_names, load_dataset, register_dataset
from textclf_tune.data.sequences import Sequences
from textclf_tune.data.tables import load_csv

__all__ = [
    "CODE_VERSION",
    "GLOVE_DIMS",
    "Dataset",
    "Sequences",
    "Split",
    "available_glove_dims",
    "dataset_names",
    "load_csv",
    "load_dataset",
    "load_folder",
    "load_glove",
    "load_imdb",
    "load_newsgroups",
    "register_dataset",
]
