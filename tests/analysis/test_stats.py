"""Welch's t interval and the fallback t quantile, against numbers worked out by hand."""

from __future__ import annotations

import math
import sys

import pytest

from textclf_tune.analysis import stats


def test_mean_sd_uses_sample_sd() -> None:
    m, sd = stats.mean_sd([0.85, 0.86, 0.87])
    assert m == pytest.approx(0.86)
    # ((-0.01)^2 + 0 + 0.01^2) / (3 - 1) = 1e-4 -> sd 0.01
    assert sd == pytest.approx(0.01)
    assert stats.mean_sd([]) == (None, None)
    assert stats.mean_sd([0.5]) == (0.5, None)


def test_welch_equal_spread_by_hand() -> None:
    # tuned: mean 0.86, sd 0.01; baseline: mean 0.83, sd 0.01; n = 3 each.
    # se = sqrt(0.01^2/3 + 0.01^2/3) = sqrt(6.6667e-5) = 0.0081650
    # df = (2e-4/3)^2 / (2 * (1e-4/3)^2 / 2) = 4 (equal n and sd: n_a + n_b - 2)
    # t(0.975, 4) = 2.776445 (tables) -> half width 0.0226696
    w = stats.welch_ci([0.85, 0.86, 0.87], [0.82, 0.83, 0.84])
    assert w.diff == pytest.approx(0.03)
    assert w.se == pytest.approx(0.0081650, abs=1e-7)
    assert w.df == pytest.approx(4.0)
    assert w.t_crit == pytest.approx(2.776445, abs=1e-6)
    assert w.low == pytest.approx(0.03 - 0.0226696, abs=1e-6)
    assert w.high == pytest.approx(0.03 + 0.0226696, abs=1e-6)
    assert (w.low, w.high) == pytest.approx((0.0073304, 0.0526696), abs=1e-6)
    assert w.method == "Welch t" and w.level == 0.95


def test_welch_unequal_spread_and_size_by_hand() -> None:
    # a = 1, 2, 3, 4: mean 2.5, var 5/3; b = 10, 14: mean 12, var 8.
    # se^2 = (5/3)/4 + 8/2 = 0.416667 + 4 = 4.416667
    # df = 4.416667^2 / (0.416667^2 / 3 + 4^2 / 1) = 19.506944 / 16.057870 = 1.214790
    w = stats.welch_ci([1, 2, 3, 4], [10, 14])
    assert w.diff == pytest.approx(-9.5)
    assert w.se == pytest.approx(math.sqrt(4.416667), abs=1e-6)
    assert w.df == pytest.approx(1.214790, abs=1e-6)
    assert w.low == pytest.approx(-9.5 - w.t_crit * w.se)
    assert w.high == pytest.approx(-9.5 + w.t_crit * w.se)
    # The df is not an integer: its quantile lies between t(0.975, 1) = 12.706 and t(0.975, 2) = 4.303.
    assert 4.303 < w.t_crit < 12.706


def test_builtin_t_quantile_matches_tables() -> None:
    # Two-sided 95% critical values from a t table.
    table = {1: 12.706205, 2: 4.302653, 3: 3.182446, 4: 2.776445, 5: 2.570582, 10: 2.228139, 30: 2.042272}
    for df, t in table.items():
        assert stats.t_ppf(0.975, df) == pytest.approx(t, abs=1e-6)
    assert stats.t_ppf(0.025, 4) == pytest.approx(-2.776445, abs=1e-6)
    assert stats.t_ppf(0.5, 7.3) == 0.0
    assert stats.t_cdf(2.776445, 4) == pytest.approx(0.975, abs=1e-7)


def test_fallback_used_without_scipy(monkeypatch: pytest.MonkeyPatch) -> None:
    with_scipy = stats.welch_ci([1, 2, 3, 4], [10, 14])
    monkeypatch.setitem(sys.modules, "scipy.stats", None)  # `from scipy.stats import t` now fails
    without = stats.welch_ci([1, 2, 3, 4], [10, 14])
    assert without.t_source == "built-in"
    assert without.t_crit == pytest.approx(with_scipy.t_crit, rel=1e-9)
    assert (without.low, without.high) == pytest.approx((with_scipy.low, with_scipy.high), rel=1e-9)


def test_zero_spread_collapses_interval() -> None:
    w = stats.welch_ci([0.9, 0.9], [0.8, 0.8, 0.8])
    assert w.diff == pytest.approx(0.1) and w.low == w.high == w.diff and w.se == 0.0


def test_welch_needs_two_values_per_group() -> None:
    with pytest.raises(ValueError, match=">= 2 values"):
        stats.welch_ci([0.9], [0.8, 0.7])
    with pytest.raises(ValueError, match="level"):
        stats.welch_ci([0.9, 0.8], [0.8, 0.7], level=1.5)
