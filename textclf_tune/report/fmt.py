"""Number formats shared by the report's sections: one place, so a figure reads the same everywhere."""

from __future__ import annotations

from typing import Any


def f4(v: Any) -> str:
    """``0.8747``; ``—`` when missing."""
    return "—" if v is None else f"{float(v):.4f}"


def d4(v: Any) -> str:
    """A signed difference, ``+0.0221``; ``—`` when missing."""
    return "—" if v is None else f"{float(v):+.4f}"


def g3(v: Any) -> str:
    """Three significant figures below 100, whole numbers above (degrees of freedom, seconds)."""
    if v is None:
        return "—"
    return f"{float(v):.3g}" if isinstance(v, float) and abs(v) < 100 else f"{float(v):.0f}"


def g4(v: Any) -> str:
    """A hyperparameter value in a line or table: floats to 4 significant figures (``0.001``, ``0.3``)."""
    return f"{v:.4g}" if isinstance(v, float) else str(v)


def exact(v: Any) -> str:
    """A hyperparameter value as sampled, without binary noise: Optuna's stepped floats such as
    0.30000000000000004 read 0.3; 10 significant figures keep any value a user typed."""
    return f"{v:.10g}" if isinstance(v, float) else str(v)
