"""Seeded stratified splits: deterministic, class shares kept, never overlapping."""

from __future__ import annotations

import numpy as np
import pytest

from textclf_tune.data.splits import apportion, class_counts, rng_for, stratified_split, stratified_take
from textclf_tune.errors import DataError

LABELS = np.repeat([0, 1, 2], [50, 30, 20])


def test_apportion_sums_and_is_proportional() -> None:
    counts = np.array([50, 30, 20])
    assert apportion(counts, 20).tolist() == [10, 6, 4]
    for total in range(0, 101):
        shares = apportion(counts, total)
        assert shares.sum() == total
        assert np.all(np.abs(shares - counts * total / 100) < 1)
        assert np.all(shares <= counts)
    assert apportion(np.array([1, 1, 1]), 2).tolist() == [1, 1, 0]  # ties: lower class first


def test_split_is_deterministic_and_disjoint() -> None:
    kept1, held1 = stratified_split(LABELS, 0.2, rng_for(7, "val"), "val_fraction")
    kept2, held2 = stratified_split(LABELS, 0.2, rng_for(7, "val"), "val_fraction")
    assert np.array_equal(kept1, kept2) and np.array_equal(held1, held2)
    assert not set(kept1) & set(held1)
    assert sorted(np.concatenate([kept1, held1])) == list(range(100))
    kept3, held3 = stratified_split(LABELS, 0.2, rng_for(8, "val"), "val_fraction")
    assert set(held3) != set(held1)


def test_split_is_stratified() -> None:
    kept, held = stratified_split(LABELS, 0.2, rng_for(1, "val"), "val_fraction")
    assert class_counts(LABELS[held], 3) == [10, 6, 4]
    assert class_counts(LABELS[kept], 3) == [40, 24, 16]


def test_held_rows_are_shuffled_across_classes() -> None:
    _, held = stratified_split(LABELS, 0.5, rng_for(3, "val"), "val_fraction")
    assert not np.all(np.diff(LABELS[held]) >= 0)


def test_stages_are_independent_streams() -> None:
    a = rng_for(5, "test").permutation(50)
    b = rng_for(5, "val").permutation(50)
    assert not np.array_equal(a, b)


def test_take_exact_count() -> None:
    mask = stratified_take(LABELS, 7, rng_for(0, "subsample"))
    assert mask.sum() == 7


@pytest.mark.parametrize("fraction", [0.001, 0.999])
def test_empty_side_is_an_error(fraction: float) -> None:
    with pytest.raises(DataError) as info:
        stratified_split(np.array([0, 1, 0, 1]), fraction, rng_for(0, "val"), "val_fraction")
    msg = str(info.value)
    assert f"val_fraction={fraction} of 4 documents" in msg and "both must be >= 1" in msg


def test_grouped_split_keeps_groups_whole_and_is_seeded() -> None:
    from textclf_tune.data.splits import grouped_split

    groups = np.repeat(np.arange(50), 4)  # 50 groups of 4 rows
    labels = np.arange(200) % 2
    kept, held = grouped_split(labels, groups, 0.2, rng_for(0, "val"), "val_fraction")
    assert len(held) == 40 and len(kept) == 160 and not set(kept) & set(held)
    assert not set(groups[kept]) & set(groups[held])
    again = grouped_split(labels, groups, 0.2, rng_for(0, "val"), "val_fraction")
    assert np.array_equal(again[1], held)
    other = grouped_split(labels, groups, 0.2, rng_for(1, "val"), "val_fraction")
    assert set(other[1]) != set(held)
    uneven = np.array([0] * 30 + list(range(1, 71)))  # one big group among singletons
    _, held = grouped_split(np.zeros(100), uneven, 0.1, rng_for(0, "val"), "val_fraction")
    assert len(held) >= 10 and (len(held) == 10 or 0 in uneven[held])  # overshoots by under one group


def test_grouped_split_with_one_group_is_an_error() -> None:
    from textclf_tune.data.splits import grouped_split

    with pytest.raises(DataError, match="leaves whole groups on both sides"):
        grouped_split(np.zeros(10), np.zeros(10), 0.2, rng_for(0, "val"), "val_fraction")
