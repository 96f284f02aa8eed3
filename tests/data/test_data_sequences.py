"""Sequences: ragged storage, row subsets, and padding with Keras pad_sequences semantics."""

from __future__ import annotations

import numpy as np
import pytest

from textclf_tune.data.sequences import Sequences
from textclf_tune.errors import DataError

ROWS = [[1, 2, 3, 4, 5], [], [6, 7], [8, 9, 10]]


@pytest.fixture
def seqs() -> Sequences:
    return Sequences.from_lists(ROWS)


def test_storage_is_flat_int32_with_int64_offsets(seqs: Sequences) -> None:
    assert seqs.flat.dtype == np.int32 and seqs.offsets.dtype == np.int64
    assert seqs.flat.tolist() == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    assert seqs.offsets.tolist() == [0, 5, 5, 7, 10]
    assert len(seqs) == 4
    assert seqs.lengths().tolist() == [5, 0, 2, 3]
    assert seqs.to_lists() == ROWS


def test_row_subsets(seqs: Sequences) -> None:
    assert seqs[np.array([3, 0])].to_lists() == [[8, 9, 10], [1, 2, 3, 4, 5]]
    assert seqs[np.array([-1])].to_lists() == [[8, 9, 10]]
    assert seqs[np.array([True, False, True, False])].to_lists() == [[1, 2, 3, 4, 5], [6, 7]]
    assert seqs[1:3].to_lists() == [[], [6, 7]]
    assert seqs[::2].to_lists() == [[1, 2, 3, 4, 5], [6, 7]]
    assert seqs[np.array([], dtype=np.int64)].to_lists() == []
    assert seqs[[2, 2]].to_lists() == [[6, 7], [6, 7]]
    assert seqs.row(2).tolist() == [6, 7]


def test_bad_index_raises(seqs: Sequences) -> None:
    with pytest.raises(IndexError):
        seqs[np.array([4])]
    with pytest.raises(IndexError):
        seqs[np.array([True, False])]


def test_invalid_offsets_rejected() -> None:
    with pytest.raises(ValueError, match="offsets"):
        Sequences(np.arange(3), np.array([0, 2]))


def test_prepend(seqs: Sequences) -> None:
    assert seqs.prepend(1).to_lists() == [[1, *r] for r in ROWS]


# Hand-written expectations of keras.utils.pad_sequences(ROWS, maxlen=3, ...).
@pytest.mark.parametrize(
    ("padding", "truncating", "expected"),
    [
        ("pre", "pre", [[3, 4, 5], [0, 0, 0], [0, 6, 7], [8, 9, 10]]),
        ("post", "pre", [[3, 4, 5], [0, 0, 0], [6, 7, 0], [8, 9, 10]]),
        ("pre", "post", [[1, 2, 3], [0, 0, 0], [0, 6, 7], [8, 9, 10]]),
        ("post", "post", [[1, 2, 3], [0, 0, 0], [6, 7, 0], [8, 9, 10]]),
    ],
)
def test_pad_matches_keras_semantics(seqs: Sequences, padding: str, truncating: str, expected: list) -> None:
    out = seqs.pad(3, padding=padding, truncating=truncating)
    assert out.dtype == np.int32 and out.shape == (4, 3)
    assert out.tolist() == expected


def test_pad_default_is_pre_and_value(seqs: Sequences) -> None:
    assert seqs.pad(6, value=-1).tolist() == [
        [-1, 1, 2, 3, 4, 5],
        [-1] * 6,
        [-1, -1, -1, -1, 6, 7],
        [-1, -1, -1, 8, 9, 10],
    ]
    assert Sequences.from_lists([[], []]).pad(2).tolist() == [[0, 0], [0, 0]]


def test_pad_large_random_equals_reference_loop() -> None:
    rng = np.random.default_rng(0)
    rows = [rng.integers(1, 100, size=rng.integers(0, 30)).tolist() for _ in range(200)]
    seqs = Sequences.from_lists(rows)
    for padding in ("pre", "post"):
        for truncating in ("pre", "post"):
            expected = np.zeros((200, 10), dtype=np.int32)
            for i, r in enumerate(rows):  # the Keras loop, written out
                trunc = r[-10:] if truncating == "pre" else r[:10]
                if not trunc:
                    continue
                if padding == "post":
                    expected[i, : len(trunc)] = trunc
                else:
                    expected[i, -len(trunc) :] = trunc
            assert np.array_equal(seqs.pad(10, padding, truncating), expected)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"maxlen": 0}, "maxlen must be an integer >= 1, but got maxlen=0"),
        ({"maxlen": 2.5}, "maxlen=2.5"),
        ({"maxlen": 3, "padding": "middle"}, "padding must be one of ['pre', 'post'], but got padding='middle'"),
        ({"maxlen": 3, "truncating": "x"}, "truncating='x'"),
        ({"maxlen": 3, "value": 0.5}, "value must be an integer"),
    ],
)
def test_pad_errors(seqs: Sequences, kwargs: dict, message: str) -> None:
    with pytest.raises(DataError) as info:
        seqs.pad(**kwargs)
    assert message in str(info.value)
    assert "pass" in str(info.value)
