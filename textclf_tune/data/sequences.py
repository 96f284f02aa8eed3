"""Ragged integer sequences stored flat, with vectorised Keras-style padding.

A :class:`Sequences` holds ``n`` variable-length rows of token ids as one ``int32`` array
(``flat``) plus ``n + 1`` ``int64`` row boundaries (``offsets``): row ``i`` is
``flat[offsets[i]:offsets[i + 1]]``. This is compact, can be memory-mapped from the cache and
makes padding a handful of numpy operations instead of a Python loop per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import numpy as np

from textclf_tune.errors import DataError

_PAD_SIDES = ("pre", "post")


class Sequences:
    """``n`` ragged rows of ``int32`` token ids: ``flat`` (1-D) and ``offsets`` (length ``n + 1``)."""

    __slots__ = ("flat", "offsets")

    flat: np.ndarray
    offsets: np.ndarray

    def __init__(self, flat: np.ndarray, offsets: np.ndarray) -> None:
        if not isinstance(flat, np.ndarray):  # keep np.memmap (cache) as it is
            flat = np.asarray(flat)
        offsets = np.asarray(offsets)
        if flat.ndim != 1 or offsets.ndim != 1 or offsets.size < 1:
            raise ValueError(
                f"Sequences needs a 1-D flat array and a 1-D offsets array of length n + 1 >= 1, "
                f"but got flat.shape={flat.shape}, offsets.shape={offsets.shape}"
            )
        if flat.dtype != np.int32:
            flat = flat.astype(np.int32)
        if offsets.dtype != np.int64:
            offsets = offsets.astype(np.int64)
        if offsets[0] != 0 or offsets[-1] != flat.size or np.any(np.diff(offsets) < 0):
            raise ValueError(
                "Sequences offsets must start at 0, never decrease and end at len(flat), but got "
                f"offsets[0]={int(offsets[0])}, offsets[-1]={int(offsets[-1])}, len(flat)={flat.size}"
            )
        self.flat = flat
        self.offsets = offsets

    @classmethod
    def from_lists(cls, rows: Iterable[Sequence[int]]) -> Sequences:
        """Build from an iterable of integer sequences (lists, tuples or arrays)."""
        rows = list(rows)
        lengths = np.fromiter((len(r) for r in rows), dtype=np.int64, count=len(rows))
        offsets = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        flat = np.empty(int(offsets[-1]), dtype=np.int32)
        for i, row in enumerate(rows):
            flat[offsets[i] : offsets[i + 1]] = row
        return cls(flat, offsets)

    @classmethod
    def from_lengths(cls, flat: np.ndarray, lengths: np.ndarray) -> Sequences:
        """Build from the flat ids and the length of each row."""
        offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        return cls(flat, offsets)

    def __len__(self) -> int:
        return int(self.offsets.size - 1)

    def prepend(self, value: int) -> Sequences:
        """A copy with ``value`` inserted at the start of every row (Keras's ``start_char``)."""
        n = len(self)
        offsets = self.offsets + np.arange(n + 1, dtype=np.int64)
        flat = np.empty(self.flat.size + n, dtype=np.int32)
        is_token = np.ones(flat.size, dtype=bool)
        is_token[offsets[:-1]] = False
        flat[offsets[:-1]] = value
        flat[is_token] = self.flat
        return Sequences(flat, offsets)

    def __repr__(self) -> str:
        return f"Sequences(n={len(self)}, tokens={self.flat.size})"

    def __iter__(self) -> Iterator[np.ndarray]:
        for i in range(len(self)):
            yield self.flat[self.offsets[i] : self.offsets[i + 1]]

    def lengths(self) -> np.ndarray:
        """Length of every row, ``int64``."""
        return np.diff(self.offsets)

    def row(self, i: int) -> np.ndarray:
        """Row ``i`` as an ``int32`` array (a view)."""
        n = len(self)
        if not -n <= i < n:
            raise IndexError(f"row index {i} is out of range for {n} sequences")
        i %= n
        return self.flat[self.offsets[i] : self.offsets[i + 1]]

    def to_lists(self) -> list[list[int]]:
        """Rows as Python lists (for tests and small inspections)."""
        return [row.tolist() for row in self]

    def __getitem__(self, idx: np.ndarray | slice | Sequence[int]) -> Sequences:
        """Row subset: an integer index array, a boolean mask of length n, or a slice."""
        n = len(self)
        if isinstance(idx, slice):
            start, stop, step = idx.indices(n)
            if step == 1:
                stop = max(stop, start)
                lo, hi = self.offsets[start], self.offsets[stop]
                return Sequences(self.flat[lo:hi], self.offsets[start : stop + 1] - lo)
            rows = np.arange(start, stop, step, dtype=np.int64)
        else:
            rows = np.asarray(idx)
            if rows.dtype == bool:
                if rows.shape != (n,):
                    raise IndexError(f"boolean mask has shape {rows.shape}, expected ({n},)")
                rows = np.flatnonzero(rows)
            elif rows.size == 0:
                rows = rows.astype(np.int64)
            elif not np.issubdtype(rows.dtype, np.integer) or rows.ndim != 1:
                raise IndexError(
                    f"Sequences rows are selected by a 1-D integer array, boolean mask or slice, "
                    f"not {rows.dtype} with shape {rows.shape}"
                )
            if rows.size and (rows.min() < -n or rows.max() >= n):
                raise IndexError(f"row index out of range for {n} sequences")
            rows = rows.astype(np.int64) % max(n, 1)
        starts = self.offsets[rows]
        lengths = self.offsets[rows + 1] - starts
        new_offsets = np.zeros(rows.size + 1, dtype=np.int64)
        np.cumsum(lengths, out=new_offsets[1:])
        total = int(new_offsets[-1])
        # Position of every kept token in the old flat array: row start + rank within the row.
        src = np.repeat(starts - new_offsets[:-1], lengths) + np.arange(total, dtype=np.int64)
        return Sequences(self.flat[src], new_offsets)

    def pad(self, maxlen: int, padding: str = "pre", truncating: str = "pre", value: int = 0) -> np.ndarray:
        """Pad / truncate every row to ``maxlen``: an ``(n, maxlen)`` ``int32`` array.

        Same result as ``keras.utils.pad_sequences(rows, maxlen, dtype="int32", padding=...,
        truncating=..., value=...)``: ``truncating="pre"`` keeps the last ``maxlen`` ids,
        ``"post"`` the first; ``padding="pre"`` puts the fill ``value`` before the ids, ``"post"``
        after. Defaults are ``"pre"`` for both, as in Keras and the reference scripts.
        """
        if isinstance(maxlen, bool) or not isinstance(maxlen, (int, np.integer)) or maxlen < 1:
            raise DataError(
                f"maxlen must be an integer >= 1, but got maxlen={maxlen!r}; "
                "pass the sequence length to pad / truncate to, e.g. maxlen=200"
            )
        for name, side in (("padding", padding), ("truncating", truncating)):
            if side not in _PAD_SIDES:
                raise DataError(
                    f"{name} must be one of {list(_PAD_SIDES)}, but got {name}={side!r}; "
                    f"pass {name}='pre' (the Keras default) or {name}='post'"
                )
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
            raise DataError(
                f"value must be an integer padding id, but got value={value!r}; pass value=0 "
                "(the id reserved for padding)"
            )
        maxlen = int(maxlen)
        n = len(self)
        out = np.full((n, maxlen), value, dtype=np.int32)
        lengths = self.lengths()
        kept = np.minimum(lengths, maxlen)
        total = int(kept.sum())
        if total == 0:
            return out
        # First source position of each row: truncating='pre' drops the head of long rows.
        src_start = self.offsets[:-1] + (lengths - kept if truncating == "pre" else 0)
        # First destination column: padding='pre' right-aligns the ids.
        dst_start = maxlen - kept if padding == "pre" else np.zeros(n, dtype=np.int64)
        row_first = np.cumsum(kept) - kept
        within = np.arange(total, dtype=np.int64) - np.repeat(row_first, kept)
        rows = np.repeat(np.arange(n, dtype=np.int64), kept)
        out[rows, np.repeat(dst_start, kept) + within] = self.flat[np.repeat(src_start, kept) + within]
        return out
