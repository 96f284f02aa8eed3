"""Option validation: each bad value is a DataError stating rule, value and remedy."""

from __future__ import annotations

import numpy as np
import pytest

from textclf_tune.data.checks import check_choice, check_count, check_fraction, check_num_words, check_seed
from textclf_tune.errors import DataError, TuneError


@pytest.mark.parametrize("bad", [0, -5, 2.0, "100", True, None])
def test_num_words_must_be_positive_int(bad: object) -> None:
    with pytest.raises(DataError) as info:
        check_num_words(bad)
    msg = str(info.value)
    assert "num_words must be an integer >= 1" in msg and f"num_words={bad!r}" in msg
    assert "pass a positive vocabulary size" in msg


def test_num_words_minimum_and_reason() -> None:
    assert check_num_words(np.int64(7)) == 7
    with pytest.raises(DataError, match=r">= 3 \(reserved\)"):
        check_num_words(2, 3, "reserved")


@pytest.mark.parametrize("bad", [0, 1, 1.5, -0.1, "0.2", None, True])
def test_fraction_strictly_between_0_and_1(bad: object) -> None:
    with pytest.raises(DataError) as info:
        check_fraction("val_fraction", bad)
    msg = str(info.value)
    assert "val_fraction must be a number strictly between 0 and 1" in msg
    assert f"val_fraction={bad!r}" in msg and "pass e.g. val_fraction=0.2" in msg


def test_valid_values_pass() -> None:
    assert check_fraction("f", 0.25) == 0.25
    assert check_seed(0) == 0
    assert check_choice("source", "keras", ["auto", "keras"]) == "keras"
    assert check_count("n_train", None, 5) is None
    assert check_count("n_train", 5, 5) == 5


def test_seed_choice_count_errors() -> None:
    with pytest.raises(DataError, match=r"seed must be a non-negative integer, but got seed=-1"):
        check_seed(-1)
    with pytest.raises(DataError, match=r"source must be one of \['auto', 'keras'\], but got source='web'"):
        check_choice("source", "web", ["auto", "keras"])
    with pytest.raises(DataError, match=r"n_val must be None or an integer between 1 and 4 .* n_val=9"):
        check_count("n_val", 9, 4)


def test_data_error_is_tune_error() -> None:
    assert issubclass(DataError, TuneError)
