"""What every plot shares: figure size, Okabe–Ito colours, axis style, saving, labels."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure
from optuna.trial import FrozenTrial

DPI = 100
WIDTH_IN = 10.0
HEIGHT_IN = 6.0

#: Colours (colour-blind safe, Okabe–Ito) used the same way in every plot.
C_TRIAL = "#0072B2"
C_BEST = "#D55E00"
C_BASELINE = "#000000"
C_REFERENCE = "#009E73"
C_PRUNED = "#999999"
C_TEST = "#56B4E9"
TOP_COLOURS = ["#D55E00", "#0072B2", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442"]


def _figure(width: float = WIDTH_IN, height: float = HEIGHT_IN) -> Figure:
    fig = Figure(figsize=(width, height), dpi=DPI, layout="constrained")
    return fig


def _style(ax: Any) -> None:
    ax.grid(True, alpha=0.3, linewidth=0.8)
    ax.spines["top"].set_visible(False)
    ax.spines["right"].set_visible(False)
    ax.tick_params(labelsize=10)


def _save(fig: Figure, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=DPI, facecolor="white")
    return path


def _maximize(direction: str) -> bool:
    return direction.lower().endswith("maximize")


def _last_value(trial: FrozenTrial) -> float | None:
    if trial.value is not None:
        return float(trial.value)
    if trial.intermediate_values:
        v = trial.intermediate_values[max(trial.intermediate_values)]
        return float(v) if math.isfinite(v) else None
    return None


def _best_of(trials: Sequence[FrozenTrial], direction: str) -> FrozenTrial:
    """The trial with the best objective value (all of ``trials`` must have one)."""
    maximize = _maximize(direction)
    return max(trials, key=lambda t: t.value if maximize else -t.value)  # type: ignore[arg-type,return-value,operator]


def _label(objective: str) -> str:
    return objective.replace("val_", "validation ").replace("_", " ")


def _fmt_choice(c: Any) -> str:
    if isinstance(c, float):
        return f"{c:g}"
    return str(c)
