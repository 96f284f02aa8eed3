"""Seeded, stratified, non-overlapping splits.

Every random choice draws from ``rng_for(seed, stage)``: an independent stream per stage, so
for example changing ``val_fraction`` never changes which documents form the test split.
"""

from __future__ import annotations

import numpy as np

from textclf_tune.errors import DataError

# Stage numbers mixed into the seed; never renumber (it would change every split).
STAGES = {"test": 1, "val": 2, "order": 3, "subsample": 4}


def rng_for(seed: int, stage: str, *extra: int) -> np.random.Generator:
    """The random stream for one stage of one seed."""
    return np.random.default_rng(np.random.SeedSequence([seed, STAGES[stage], *extra]))


def apportion(counts: np.ndarray, total: int) -> np.ndarray:
    """Split ``total`` across classes proportionally to ``counts`` (largest remainder).

    Each class gets the floor or the ceiling of its exact share; the shares sum to ``total``.
    Ties for the leftover units go to the lower class index, so the result is deterministic.
    """
    counts = np.asarray(counts, dtype=np.int64)
    n = int(counts.sum())
    if n == 0:
        return np.zeros_like(counts)
    exact = counts * total / n
    base = np.minimum(np.floor(exact).astype(np.int64), counts)
    left = total - int(base.sum())
    if left > 0:
        remainder = np.where(base < counts, exact - base, -1.0)
        order = np.lexsort((np.arange(counts.size), -remainder))
        base[order[:left]] += 1
    return base


def stratified_take(labels: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """Boolean mask choosing ``k`` rows, stratified by label (class shares kept)."""
    labels = np.asarray(labels)
    classes, inverse = np.unique(labels, return_inverse=True)
    per_class = apportion(np.bincount(inverse, minlength=classes.size), k)
    mask = np.zeros(labels.size, dtype=bool)
    for c in range(classes.size):
        members = np.flatnonzero(inverse == c)
        mask[rng.permutation(members)[: per_class[c]]] = True
    return mask


def stratified_split(
    labels: np.ndarray, fraction: float, rng: np.random.Generator, what: str
) -> tuple[np.ndarray, np.ndarray]:
    """Hold out a stratified ``fraction`` of rows: ``(kept, held)`` index arrays, each shuffled.

    The held-out size is ``round(fraction * n)``; a split that would leave either side empty is a
    DataError naming ``what`` (e.g. ``"val_fraction"``).
    """
    n = int(np.asarray(labels).size)
    k = int(np.floor(fraction * n + 0.5))
    if k < 1 or k >= n:
        raise DataError(
            f"{what}={fraction} of {n} documents gives {k} held-out and {n - k} remaining "
            f"documents; both must be >= 1. Pass a {what} that leaves documents on both sides, "
            "or use a larger dataset"
        )
    held = stratified_take(labels, k, rng)
    kept_idx = rng.permutation(np.flatnonzero(~held))
    held_idx = rng.permutation(np.flatnonzero(held))
    return kept_idx, held_idx


def grouped_split(
    labels: np.ndarray, groups: np.ndarray, fraction: float, rng: np.random.Generator, what: str
) -> tuple[np.ndarray, np.ndarray]:
    """Hold out whole groups (e.g. every review of a movie): ``(kept, held)`` index arrays, shuffled.

    Groups are drawn in a seeded random order until the held-out rows reach ``round(fraction * n)``,
    so the held-out share overshoots by less than one group; no group is on both sides. A split
    that would leave either side empty is a DataError naming ``what``.
    """
    labels, groups = np.asarray(labels), np.asarray(groups)
    n = int(labels.size)
    if groups.size != n:
        raise ValueError(f"one group per row is needed, but got {groups.size} groups for {n} rows")
    target = int(np.floor(fraction * n + 0.5))
    names, inverse, sizes = np.unique(groups, return_inverse=True, return_counts=True)
    order = rng.permutation(names.size)
    reached = np.cumsum(sizes[order]) >= target
    taken = order[: int(np.argmax(reached)) + 1] if target >= 1 and reached.any() else order[:0]
    held = np.isin(inverse, taken)
    if not 1 <= int(held.sum()) < n:
        raise DataError(
            f"{what}={fraction} of {n} documents in {names.size} groups leaves {int(held.sum())} held-out and "
            f"{n - int(held.sum())} remaining documents; both must be >= 1. Pass a {what} that leaves whole groups "
            "on both sides, or split at random"
        )
    return rng.permutation(np.flatnonzero(~held)), rng.permutation(np.flatnonzero(held))


def class_counts(labels: np.ndarray, num_classes: int) -> list[int]:
    """Number of rows of each class ``0..num_classes-1``."""
    return np.bincount(np.asarray(labels, dtype=np.int64), minlength=num_classes).tolist()
