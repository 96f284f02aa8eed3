"""Small statistics for confirmation runs: mean, sample sd, and Welch's t interval for a difference.

``tune confirm`` retrains the tuned and the reference configuration a few times each; the figure it
reports is ``mean(tuned) - mean(baseline)`` with a 95% confidence interval from Welch's t
(unequal variances, Welch–Satterthwaite degrees of freedom). The t quantile comes from
``scipy.stats.t`` when SciPy is importable and from a built-in inverse of the Student t CDF
otherwise (regularised incomplete beta by continued fraction, then bisection); both agree to
~1e-10. No NumPy or TensorFlow is needed here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

METHOD = "Welch t"


def mean_sd(values: Sequence[float]) -> tuple[float | None, float | None]:
    """Mean and sample standard deviation (``n - 1`` denominator); ``None`` where undefined."""
    xs = [float(v) for v in values]
    n = len(xs)
    if n == 0:
        return None, None
    m = math.fsum(xs) / n
    if n < 2:
        return m, None
    if min(xs) == max(xs):
        return xs[0], 0.0  # exactly: the mean of equal floats can be off by one ulp
    var = math.fsum((x - m) ** 2 for x in xs) / (n - 1)
    return m, math.sqrt(var)


@dataclass(frozen=True)
class WelchResult:
    """``diff = mean(a) - mean(b)`` and its two-sided confidence interval ``[low, high]``."""

    diff: float
    low: float
    high: float
    se: float
    df: float
    t_crit: float
    level: float
    method: str
    t_source: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def welch_ci(a: Sequence[float], b: Sequence[float], level: float = 0.95) -> WelchResult:
    """Welch's t confidence interval for ``mean(a) - mean(b)``.

    Each group needs at least two values (a variance is estimated from each). When both groups
    have zero spread the interval collapses to the difference itself (``df = n_a + n_b - 2``).

    Raises:
        ValueError: fewer than two values in a group, or ``level`` outside (0, 1).
    """
    if not 0.0 < level < 1.0:
        raise ValueError(f"level must lie in (0, 1), but got {level}")
    na, nb = len(a), len(b)
    if na < 2 or nb < 2:
        raise ValueError(f"Welch's t needs >= 2 values per group, but got {na} and {nb}")
    ma, sa = mean_sd(a)
    mb, sb = mean_sd(b)
    assert ma is not None and sa is not None and mb is not None and sb is not None  # n >= 2 above
    va, vb = sa * sa / na, sb * sb / nb
    se2 = va + vb
    diff = ma - mb
    if se2 == 0.0:
        df = float(na + nb - 2)
        t_crit, source = t_quantile(0.5 + level / 2, df)
        return WelchResult(diff, diff, diff, 0.0, df, t_crit, level, METHOD, source)
    denom = (va * va / (na - 1) if va else 0.0) + (vb * vb / (nb - 1) if vb else 0.0)
    df = se2 * se2 / denom
    t_crit, source = t_quantile(0.5 + level / 2, df)
    se = math.sqrt(se2)
    return WelchResult(diff, diff - t_crit * se, diff + t_crit * se, se, df, t_crit, level, METHOD, source)


def t_quantile(p: float, df: float) -> tuple[float, str]:
    """The ``p`` quantile of Student's t with ``df`` degrees of freedom, and which code computed it."""
    try:
        from scipy.stats import t as student_t
    except ImportError:
        return t_ppf(p, df), "built-in"
    return float(student_t.ppf(p, df)), "scipy.stats.t"


# ----------------------------------------------------------------------------- fallback t quantile
def t_cdf(x: float, df: float) -> float:
    """Student t CDF through the regularised incomplete beta function."""
    if df <= 0:
        raise ValueError(f"df must be > 0, but got {df}")
    tail = 0.5 * _betainc(df / 2.0, 0.5, df / (df + x * x))
    return 1.0 - tail if x >= 0 else tail


def t_ppf(p: float, df: float) -> float:
    """Inverse of :func:`t_cdf` by bisection (no SciPy)."""
    if not 0.0 < p < 1.0:
        raise ValueError(f"p must lie in (0, 1), but got {p}")
    if p == 0.5:
        return 0.0
    if p < 0.5:
        return -t_ppf(1.0 - p, df)
    lo, hi = 0.0, 1.0
    while t_cdf(hi, df) < p:
        hi *= 2.0
        if hi > 1e12:
            return math.inf
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if t_cdf(mid, df) < p:
            lo = mid
        else:
            hi = mid
        if hi - lo <= 1e-13 * max(1.0, hi):
            break
    return 0.5 * (lo + hi)


def _betainc(a: float, b: float, x: float) -> float:
    """Regularised incomplete beta I_x(a, b) (Numerical Recipes' continued fraction)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    front = math.exp(log_front)
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _betacf(a, b, x) / a
    return 1.0 - front * _betacf(b, a, 1.0 - x) / b


def _betacf(a: float, b: float, x: float) -> float:
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 500):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-15:
            break
    return h


def accuracy_of(outputs: Any, y: Any) -> float:
    """Accuracy of a model's outputs on class ids ``y``, as Keras counts it: one unit is class 1
    where it is above 0.5, several the argmax."""
    import numpy as np

    out = np.asarray(outputs, dtype=float)
    pred = out.argmax(axis=1) if out.ndim == 2 and out.shape[1] > 1 else (out.reshape(-1) > 0.5).astype(int)
    return float(np.mean(pred == np.asarray(y).reshape(-1)))
