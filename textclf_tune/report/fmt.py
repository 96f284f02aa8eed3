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
