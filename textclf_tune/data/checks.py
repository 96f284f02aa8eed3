"""Validation of loader options: every bad value becomes one :class:`DataError` with a remedy."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from textclf_tune.errors import DataError


def is_int(value: object) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def check_num_words(num_words: object, minimum: int = 1, why: str = "") -> int:
    """``num_words`` as an int, or a DataError if it is not an integer >= ``minimum``."""
    if not is_int(num_words) or int(num_words) < minimum:  # type: ignore[call-overload]
        reason = f" ({why})" if why else ""
        raise DataError(
            f"num_words must be an integer >= {minimum}{reason}, but got num_words={num_words!r}; "
            "pass a positive vocabulary size such as num_words=20000"
        )
    return int(num_words)  # type: ignore[call-overload]


def check_fraction(name: str, value: object) -> float:
    """A fraction strictly between 0 and 1, or a DataError."""
    ok = isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool)
    if not ok or not 0.0 < float(value) < 1.0:  # type: ignore[arg-type]
        raise DataError(
            f"{name} must be a number strictly between 0 and 1, but got {name}={value!r}; "
            f"pass e.g. {name}=0.2 for a 20% split"
        )
    return float(value)  # type: ignore[arg-type]


def check_seed(seed: object) -> int:
    """A non-negative integer seed, or a DataError."""
    if not is_int(seed) or int(seed) < 0:  # type: ignore[call-overload]
        raise DataError(f"seed must be a non-negative integer, but got seed={seed!r}; pass e.g. seed=1337")
    return int(seed)  # type: ignore[call-overload]


def check_choice(name: str, value: object, choices: Sequence[str]) -> str:
    """One of ``choices``, or a DataError listing them."""
    if not isinstance(value, str) or value not in choices:
        raise DataError(f"{name} must be one of {list(choices)}, but got {name}={value!r}; pass one of those values")
    return value


def check_count(name: str, value: object, available: int) -> int | None:
    """``None`` (keep all) or an integer in ``1..available``, or a DataError."""
    if value is None:
        return None
    if not is_int(value) or not 1 <= int(value) <= available:  # type: ignore[call-overload]
        raise DataError(
            f"{name} must be None or an integer between 1 and {available} (the split's size), "
            f"but got {name}={value!r}; pass a smaller count or None to keep the whole split"
        )
    return int(value)  # type: ignore[call-overload]
