"""Frequency-ranked vocabulary fit on training documents, and encoding to ids, in one pass.

Documents are consumed chunk by chunk, training documents first. Each token is looked up once
in a dict that gives every new word the next provisional id (so provisional ids follow first
occurrence); everything after that is numpy: counts over the training tokens (``bincount``),
the ranking (stable sort by count, so ties go to the word met first, exactly as Keras's
``Tokenizer.fit_on_texts``) and the remapping to final ids (one table lookup). Token strings
live only for one chunk, which keeps memory low.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain

import numpy as np

from textclf_tune.data.sequences import Sequences


class _FirstSeen(dict[str, int]):
    """word -> provisional id; a missing word gets the next id (called once per new word)."""

    def __missing__(self, word: str) -> int:
        value = self[word] = len(self)
        return value


class WordIndexer:
    """Gives each new word the next provisional id (first-occurrence order)."""

    def __init__(self) -> None:
        self.index: dict[str, int] = _FirstSeen()

    def __len__(self) -> int:
        return len(self.index)

    def ids(self, docs: Sequence[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Provisional ids of every token of ``docs`` (flat ``int64``) and each doc's length."""
        lengths = np.fromiter(map(len, docs), dtype=np.int64, count=len(docs))
        flat = chain.from_iterable(docs)
        ids = np.fromiter(map(self.index.__getitem__, flat), dtype=np.int64, count=int(lengths.sum()))
        return ids, lengths


@dataclass(frozen=True)
class Encoded:
    """Result of :func:`encode_corpus`: rows in input order, id -> word, vocabulary size, and the
    training words ranked past the cap that become ``oov_id`` (empty when ``oov_id`` is None:
    they are dropped like unseen words), in rank order."""

    sequences: Sequences
    words: list[str]
    vocab_size: int
    capped_words: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class IdRule:
    """How frequency ranks become ids.

    Rank ``r`` (0-based) -> ``first_id + r``; ids ``>= num_words`` -> ``oov_id`` (None: the
    token is dropped); words unseen in training are dropped (``oov_id`` with ``unseen_to_oov``);
    ``start_id`` (None: no start token) begins every row.
    """

    first_id: int
    num_words: int
    oov_id: int | None
    start_id: int | None
    unseen_to_oov: bool = False  # words never seen in training -> ``oov_id`` instead of dropped


def encode_corpus(
    train_chunks: Iterable[Sequence[list[str]]],
    other_chunks: Iterable[Sequence[list[str]]],
    rule: IdRule,
) -> Encoded:
    """Fit the vocabulary on ``train_chunks`` only and encode both; rows keep input order."""
    indexer = WordIndexer()
    pieces: list[tuple[np.ndarray, np.ndarray]] = [indexer.ids(c) for c in train_chunks]
    n_train_tokens = sum(int(p.size) for p, _ in pieces)
    vocab_size = len(indexer)  # provisional ids < vocab_size: exactly the training words
    pieces += [indexer.ids(c) for c in other_chunks]
    pids = np.concatenate([p for p, _ in pieces]) if pieces else np.zeros(0, dtype=np.int64)
    lengths = np.concatenate([n for _, n in pieces]) if pieces else np.zeros(0, dtype=np.int64)

    counts = np.bincount(pids[:n_train_tokens], minlength=vocab_size)[:vocab_size]
    ranked = np.argsort(-counts, kind="stable")  # ties: lower provisional id = seen first
    keep = max(0, min(vocab_size, rule.num_words - rule.first_id))
    lookup = np.full(len(indexer), -1, dtype=np.int64)
    lookup[ranked[:keep]] = rule.first_id + np.arange(keep, dtype=np.int64)
    if rule.oov_id is not None:
        lookup[ranked[keep:]] = rule.oov_id
        if rule.unseen_to_oov:
            lookup[vocab_size:] = rule.oov_id

    ids = lookup[pids]
    kept = ids >= 0
    if not kept.all():
        row_of = np.repeat(np.arange(lengths.size, dtype=np.int64), lengths)
        lengths = np.bincount(row_of[kept], minlength=lengths.size).astype(np.int64)
        ids = ids[kept]
    seqs = Sequences.from_lengths(ids.astype(np.int32), lengths)
    if rule.start_id is not None:
        seqs = seqs.prepend(rule.start_id)

    by_pid = list(indexer.index)  # dict order = provisional id order
    words = [""] * min(rule.first_id, rule.num_words) + [by_pid[p] for p in ranked[:keep].tolist()]
    capped = [by_pid[p] for p in ranked[keep:vocab_size].tolist()] if rule.oov_id is not None else []
    return Encoded(seqs, words, vocab_size, capped)


class TextEncoder:
    """Raw documents to the ids :func:`encode_corpus` gave the dataset, for new text.

    ``words[i]`` is the word of id ``i`` (``""`` for reserved ids), ``capped_words`` the training
    words past the cap; the same :class:`IdRule` then applies: a kept word gets its id, a capped
    word ``oov_id`` (or is dropped when that is None), a word never seen in training is dropped
    (``oov_id`` with ``unseen_to_oov``), and ``start_id`` begins every row.
    """

    def __init__(self, words: Sequence[str], capped_words: Sequence[str], rule: IdRule) -> None:
        self.rule = rule
        self.ids: dict[str, int] = {w: i for i, w in enumerate(words) if w}
        if rule.oov_id is not None:
            for w in capped_words:
                self.ids.setdefault(w, rule.oov_id)

    def encode(self, docs: Iterable[list[str]]) -> Sequences:
        """Token lists to rows of ids (same ids, drops and start token as the dataset's)."""
        ids, unseen = self.ids, self.rule.oov_id if self.rule.unseen_to_oov else None
        rows = [[i for i in (ids.get(t, unseen) for t in tokens) if i is not None] for tokens in docs]
        seqs = Sequences.from_lists(rows)
        return seqs.prepend(self.rule.start_id) if self.rule.start_id is not None else seqs
