"""Shared last step of the text loaders: fit the vocabulary on training rows, encode, split."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import numpy as np

from textclf_tune.data.cache import CODE_VERSION
from textclf_tune.data.dataset import Dataset, Split
from textclf_tune.data.splits import class_counts
from textclf_tune.data.vocab import IdRule, encode_corpus

CHUNK_DOCS = 2000


def dataset_meta(name: str, parts: dict[str, Split], num_classes: int, extra: dict[str, object]) -> dict[str, object]:
    """Meta common to every loader: sizes, per-class counts, code version, plus ``extra``."""
    return {
        "dataset": name,
        **extra,
        "sizes": {k: len(v) for k, v in parts.items()},
        "class_counts": {k: class_counts(v.y, num_classes) for k, v in parts.items()},
        "code_version": CODE_VERSION,
    }


def _chunks(texts: Sequence[str], docs: np.ndarray, tokenize: Callable[[str], list[str]]) -> Iterator[list[list[str]]]:
    for start in range(0, docs.size, CHUNK_DOCS):
        yield [tokenize(texts[i]) for i in docs[start : start + CHUNK_DOCS].tolist()]


def build_from_texts(
    name: str,
    texts: Sequence[str],
    tokenize: Callable[[str], list[str]],
    labels: np.ndarray,
    rows: dict[str, np.ndarray],
    class_names: list[str],
    rule: IdRule,
    meta: dict[str, object],
) -> Dataset:
    """Tokenize, fit the vocabulary on the ``train`` rows only, encode, and split.

    ``rows`` maps ``train`` / ``val`` / ``test`` to document indices, in the order each split
    should have. Training documents are read in document order (so frequency ties go to the word
    met first in the training texts, as Keras's ``Tokenizer``), then the others.
    """
    train_docs = np.sort(rows["train"])
    other_docs = np.sort(np.concatenate([rows["val"], rows["test"]]))
    encoded = encode_corpus(_chunks(texts, train_docs, tokenize), _chunks(texts, other_docs, tokenize), rule)
    position = np.empty(len(texts), dtype=np.int64)
    order = np.concatenate([train_docs, other_docs])
    position[order] = np.arange(order.size, dtype=np.int64)
    labels = np.asarray(labels, dtype=np.int64)
    parts = {k: Split(encoded.sequences[position[r]], labels[r]) for k, r in rows.items()}
    full_meta = dataset_meta(name, parts, len(class_names), {**meta, "vocab_size": encoded.vocab_size})
    return Dataset(
        name=name,
        train=parts["train"],
        val=parts["val"],
        test=parts["test"],
        num_words=rule.num_words,
        num_classes=len(class_names),
        class_names=class_names,
        words=encoded.words,
        meta=full_meta,
        capped_words=encoded.capped_words,
    )
