"""PNG plots of a study, drawn with Matplotlib's Agg canvas (no pyplot state, no TensorFlow).

Every function takes finished Optuna trials (``FrozenTrial``) and plain values, writes one PNG and
returns its path, or ``None`` when the study holds nothing to draw (the report then says why).
Figures are ~1000 x 600 px at 100 dpi, titled, with labelled axes and a legend where needed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator
from optuna.distributions import BaseDistribution, CategoricalDistribution, IntDistribution
from optuna.trial import FrozenTrial, TrialState

from textclf_tune.report.curves import _spearman, validation_curves, validation_vs_test
from textclf_tune.report.plot_style import (
    C_BASELINE,
    C_BEST,
    C_PRUNED,
    C_REFERENCE,
    C_TEST,
    C_TRIAL,
    WIDTH_IN,
    _best_of,
    _figure,
    _fmt_choice,
    _label,
    _last_value,
    _maximize,
    _save,
    _style,
)
from textclf_tune.space.specs import MIRROR
from textclf_tune.store.records import T, trial_values

__all__ = [
    "optimization_history",
    "param_importances",
    "slice_plot",
    "validation_curves",
    "validation_vs_test",
    "_spearman",
]


def shows_reference_line(reference_accuracy: float | None, objective: str) -> bool:
    """Whether the history plot draws the original script's reported accuracy: only beside an
    accuracy objective, whose scale it shares."""
    return reference_accuracy is not None and "accuracy" in objective


def optimization_history(
    trials: Sequence[FrozenTrial],
    path: Path,
    *,
    study_name: str,
    objective: str = "val_accuracy",
    direction: str = "maximize",
    reference_accuracy: float | None = None,
    baseline: FrozenTrial | None = None,
) -> Path | None:
    """Objective per trial, the best so far, pruned trials, each trial's test accuracy, the baseline
    trial marked, and the original script's reported accuracy as a horizontal line."""
    complete = [t for t in trials if t.state == TrialState.COMPLETE and t.value is not None]
    pruned = [t for t in trials if t.state == TrialState.PRUNED and _last_value(t) is not None]
    if not complete and not pruned:
        return None
    maximize = _maximize(direction)
    fig = _figure()
    ax = fig.add_subplot()
    _style(ax)
    if pruned:
        ax.scatter(
            [t.number for t in pruned],
            [_last_value(t) for t in pruned],  # type: ignore[arg-type]
            marker="x",
            s=40,
            color=C_PRUNED,
            linewidths=1.5,
            label="pruned (last reported value)",
            zorder=2,
        )
    if complete:
        ax.scatter(
            [t.number for t in complete],
            [t.value for t in complete],  # type: ignore[arg-type]
            s=46,
            color=C_TRIAL,
            edgecolor="white",
            linewidth=0.6,
            label=f"complete: {_label(objective)}",
            zorder=3,
        )
        with_test = [t for t in complete if t.user_attrs.get(T.TEST_ACCURACY) is not None]
        if with_test and "accuracy" in objective:
            ax.scatter(
                [t.number for t in with_test],
                [t.user_attrs[T.TEST_ACCURACY] for t in with_test],
                s=30,
                marker="D",
                facecolor="none",
                edgecolor=C_TEST,
                linewidth=1.2,
                label="its test accuracy (scored during the search: test seen)",
                zorder=3,
            )
        xs, ys, best = [], [], None
        for t in sorted(complete, key=lambda t: t.number):
            v = float(t.value)  # type: ignore[arg-type]
            if best is None or (v > best if maximize else v < best):
                best = v
            xs.append(t.number)
            ys.append(best)
        ax.step(xs, ys, where="post", color=C_BEST, linewidth=2.0, label="best so far", zorder=4)
    if baseline is not None and baseline.value is not None:
        ax.scatter(
            [baseline.number],
            [baseline.value],
            marker="*",
            s=320,
            color="#F0E442",
            edgecolor=C_BASELINE,
            linewidth=1.2,
            label=f"baseline trial {baseline.number} (reference config)",
            zorder=5,
        )
    if reference_accuracy is not None and shows_reference_line(reference_accuracy, objective):
        ax.axhline(
            reference_accuracy,
            color=C_REFERENCE,
            linestyle="--",
            linewidth=1.8,
            label=f"original script's reported accuracy {reference_accuracy:.4f}",
            zorder=1,
        )
    numbers = [t.number for t in complete + pruned]
    ax.set_xlim(min(numbers) - 0.6, max(numbers) + 0.6)
    if max(numbers) - min(numbers) <= 20:
        ax.set_xticks(range(min(numbers), max(numbers) + 1))
    ax.set_xlabel("trial number", fontsize=12)
    shows_test = (
        bool(complete)
        and "accuracy" in objective
        and any(t.user_attrs.get(T.TEST_ACCURACY) is not None for t in complete)
    )
    ax.set_ylabel(f"{_label(objective)} (test: hollow)" if shows_test else _label(objective), fontsize=12)
    ax.set_title(f"{study_name}: optimization history ({len(complete)} complete, {len(pruned)} pruned)", fontsize=14)
    fig.legend(*ax.get_legend_handles_labels(), loc="outside lower center", ncol=3, fontsize=9, frameon=False)
    return _save(fig, path)


def param_importances(
    importances: dict[str, float],
    path: Path,
    *,
    study_name: str,
    n_trials: int,
    method: str = "fANOVA",
    objective: str = "val_accuracy",
) -> Path | None:
    """Horizontal bars, most important on top, each labelled with its share."""
    if not importances:
        return None
    items = sorted(importances.items(), key=lambda kv: kv[1])
    names = [k for k, _ in items]
    values = [float(v) for _, v in items]
    fig = _figure(WIDTH_IN, max(4.5, 1.2 + 0.5 * len(items)))
    ax = fig.add_subplot()
    _style(ax)
    ax.grid(True, axis="x", alpha=0.3)
    ax.grid(False, axis="y")
    bars = ax.barh(names, values, color=C_TRIAL, height=0.6)
    bars[-1].set_color(C_BEST)
    top = max(values) if values else 1.0
    for bar, v in zip(bars, values, strict=True):
        ax.text(bar.get_width() + top * 0.01, bar.get_y() + bar.get_height() / 2, f"{v:.2f}", va="center", fontsize=10)
    ax.set_xlim(0, top * 1.12 if top > 0 else 1)
    ax.set_xlabel(f"importance for {_label(objective)} ({method}; shares sum to 1)", fontsize=12)
    ax.set_ylabel("hyperparameter", fontsize=12)
    ax.tick_params(axis="y", labelsize=11)
    ax.set_title(f"{study_name}: hyperparameter importances ({n_trials} complete trials)", fontsize=14)
    return _save(fig, path)


def slice_plot(
    trials: Sequence[FrozenTrial],
    path: Path,
    *,
    study_name: str,
    objective: str = "val_accuracy",
    direction: str = "maximize",
    baseline: FrozenTrial | None = None,
) -> Path | None:
    """One panel per hyperparameter: objective against its value, coloured by trial number; the
    best trial ringed, the baseline starred. Log ranges use a log axis, choices a category axis."""
    complete = [t for t in trials if t.state == TrialState.COMPLETE and t.value is not None]
    if not complete:
        return None
    dists: dict[str, BaseDistribution] = {}
    for t in complete:
        for name, d in t.distributions.items():
            if name.endswith(MIRROR):  # a reverse-log range: its value on a linear axis, not the mirror
                name, d = name.removesuffix(MIRROR), type(d)(d.low, d.high)  # type: ignore[attr-defined,call-arg]
            dists.setdefault(name, d)
    values = {t.number: trial_values(t) for t in complete}
    names = sorted(dists)
    if not names:
        return None
    best = _best_of(complete, direction)
    cols = min(3, len(names))
    rows = math.ceil(len(names) / cols)
    fig = _figure(WIDTH_IN if cols > 1 else 9.0, max(5.5, 3.0 * rows + 1.2))
    axes = fig.subplots(rows, cols, squeeze=False, sharey=True)
    numbers = [t.number for t in complete]
    vmin, vmax = min(numbers), max(max(numbers), min(numbers) + 1)
    scatter = None
    for i, name in enumerate(names):
        ax = axes[i // cols][i % cols]
        _style(ax)
        dist = dists[name]
        have = [t for t in complete if name in values[t.number]]
        if isinstance(dist, CategoricalDistribution):
            choices = list(dist.choices)
            pos = {repr(c): j for j, c in enumerate(choices)}
            xs = [pos.get(repr(values[t.number][name]), -1) for t in have]
            ax.set_xticks(range(len(choices)))
            ax.set_xticklabels([_fmt_choice(c) for c in choices], rotation=30 if len(choices) > 4 else 0)
            ax.set_xlim(-0.5, len(choices) - 0.5)
        else:
            xs = [values[t.number][name] for t in have]
            if getattr(dist, "log", False):
                ax.set_xscale("log")
            else:
                ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=isinstance(dist, IntDistribution)))
            low, high = float(dist.low), float(dist.high)  # type: ignore[attr-defined]
            if getattr(dist, "log", False):
                ax.set_xlim(low / (high / low) ** 0.04, high * (high / low) ** 0.04)
            else:
                pad = (high - low) * 0.04 or 0.5
                ax.set_xlim(low - pad, high + pad)
            ax.axvline(low, color=C_PRUNED, linewidth=0.8, linestyle=":")
            ax.axvline(high, color=C_PRUNED, linewidth=0.8, linestyle=":")
        scatter = ax.scatter(
            xs,
            [t.value for t in have],
            c=[t.number for t in have],
            cmap="viridis",
            vmin=vmin,
            vmax=vmax,
            s=40,
            edgecolor="white",
            linewidth=0.5,
            zorder=3,
        )
        if name in values[best.number]:
            bx = xs[have.index(best)]
            ax.scatter([bx], [best.value], s=170, facecolor="none", edgecolor=C_BEST, linewidth=2, zorder=4)
        if baseline is not None and baseline.value is not None and baseline in have:
            ax.scatter(
                [xs[have.index(baseline)]],
                [baseline.value],
                marker="*",
                s=200,
                color="#F0E442",
                edgecolor=C_BASELINE,
                linewidth=1,
                zorder=5,
            )
        ax.set_xlabel(name, fontsize=11)
        if i % cols == 0:
            ax.set_ylabel(_label(objective), fontsize=11)
    for j in range(len(names), rows * cols):
        axes[j // cols][j % cols].set_visible(False)
    if scatter is not None:
        cbar = fig.colorbar(scatter, ax=axes.ravel().tolist(), shrink=0.9, pad=0.01)
        cbar.set_label("trial number", fontsize=11)
        cbar.locator = MaxNLocator(integer=True)
        cbar.update_ticks()
    handles = [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markerfacecolor="none",
            markeredgecolor=C_BEST,
            markersize=11,
            markeredgewidth=2,
            label=f"best trial {best.number}",
        )
    ]
    if baseline is not None and baseline.value is not None:
        handles.append(
            Line2D(
                [],
                [],
                marker="*",
                linestyle="",
                color="#F0E442",
                markeredgecolor=C_BASELINE,
                markersize=13,
                label=f"baseline trial {baseline.number}",
            )
        )
    handles.append(Line2D([], [], color=C_PRUNED, linestyle=":", label="range bounds"))
    fig.legend(handles=handles, loc="outside lower center", ncol=len(handles), fontsize=10, frameon=False)
    fig.suptitle(
        f"{study_name}: {_label(objective)} against each hyperparameter ({len(complete)} complete trials)", fontsize=14
    )
    return _save(fig, path)
