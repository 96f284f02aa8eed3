"""Per-trial curves: validation per epoch (top trials vs the baseline) and validation vs test."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from matplotlib.lines import Line2D
from optuna.trial import FrozenTrial, TrialState

from textclf_tune.report.plot_style import (
    C_BASELINE,
    C_BEST,
    C_PRUNED,
    C_TRIAL,
    TOP_COLOURS,
    _best_of,
    _figure,
    _label,
    _maximize,
    _save,
    _style,
)
from textclf_tune.store.records import T


def validation_curves(
    trials: Sequence[FrozenTrial],
    path: Path,
    *,
    study_name: str,
    objective: str = "val_accuracy",
    direction: str = "maximize",
    baseline: FrozenTrial | None = None,
    top_k: int = 5,
) -> Path | None:
    """Per-epoch validation curves of the ``top_k`` complete trials against the baseline trial;
    the epoch whose weights were kept is marked on each curve."""
    key = objective
    complete = [
        t
        for t in trials
        if t.state == TrialState.COMPLETE and t.value is not None and (t.user_attrs.get(T.HISTORY) or {}).get(key)
    ]
    if not complete:
        return None
    maximize = _maximize(direction)
    ranked = sorted(complete, key=lambda t: -t.value if maximize else t.value)  # type: ignore[arg-type,return-value,operator]
    rank = {t.number: i + 1 for i, t in enumerate(ranked)}
    top = [t for t in ranked if baseline is None or t.number != baseline.number][:top_k]
    fig = _figure()
    ax = fig.add_subplot()
    _style(ax)
    longest = 1
    for i, t in enumerate(top):
        ys = t.user_attrs[T.HISTORY][key]
        xs = list(range(1, len(ys) + 1))
        longest = max(longest, len(ys))
        colour = TOP_COLOURS[i % len(TOP_COLOURS)]
        ax.plot(
            xs,
            ys,
            marker="o",
            markersize=4,
            linewidth=2.2 if i == 0 else 1.5,
            color=colour,
            alpha=1.0 if i == 0 else 0.85,
            label=f"#{rank[t.number]}: trial {t.number} (best {t.value:.4f})",
        )
        be = t.user_attrs.get(T.BEST_EPOCH)
        if isinstance(be, int) and 1 <= be <= len(ys):
            ax.scatter([be], [ys[be - 1]], s=110, facecolor="none", edgecolor=colour, linewidth=2, zorder=4)
    if baseline is not None:
        ys = (baseline.user_attrs.get(T.HISTORY) or {}).get(key)
        if ys:
            longest = max(longest, len(ys))
            where = f", #{rank[baseline.number]}" if baseline.number in rank else ""
            ax.plot(
                range(1, len(ys) + 1),
                ys,
                color=C_BASELINE,
                linestyle="--",
                linewidth=2.4,
                marker="s",
                markersize=5,
                label=f"baseline: trial {baseline.number} (reference config{where})",
                zorder=5,
            )
            be = baseline.user_attrs.get(T.BEST_EPOCH)
            if isinstance(be, int) and 1 <= be <= len(ys):
                ax.scatter([be], [ys[be - 1]], s=110, facecolor="none", edgecolor=C_BASELINE, linewidth=2, zorder=6)
    ax.set_xlim(0.7, longest + 0.3)
    if longest <= 30:
        ax.set_xticks(range(1, longest + 1))
    ax.set_xlabel("epoch", fontsize=12)
    ax.set_ylabel(_label(key), fontsize=12)
    ax.set_title(f"{study_name}: per-epoch {_label(key)}, top {len(top)} trials vs baseline", fontsize=14)
    handles, labels = ax.get_legend_handles_labels()
    handles.append(
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markerfacecolor="none",
            markeredgecolor="#555555",
            markersize=10,
            markeredgewidth=2,
        )
    )
    labels.append("epoch whose weights were kept (#n: rank by objective)")
    fig.legend(
        handles, labels, loc="outside lower center", ncol=2 if len(labels) <= 4 else 3, fontsize=9, frameon=False
    )
    return _save(fig, path)


def validation_vs_test(
    trials: Sequence[FrozenTrial],
    path: Path,
    *,
    study_name: str,
    objective: str = "val_accuracy",
    direction: str = "maximize",
    baseline: FrozenTrial | None = None,
) -> Path | None:
    """Each complete trial's objective against its test accuracy, with the y = x line and their
    rank correlation: how well choosing on validation picks what the test split rewards. Only
    drawn for accuracy objectives (the two axes must share a scale)."""
    if "acc" not in objective:
        return None
    done = [
        t
        for t in trials
        if t.state == TrialState.COMPLETE
        and t.value is not None
        and isinstance(t.user_attrs.get(T.TEST_ACCURACY), (int, float))
    ]
    if len(done) < 2:
        return None
    xs = [float(t.value) for t in done]  # type: ignore[arg-type]
    ys = [float(t.user_attrs[T.TEST_ACCURACY]) for t in done]
    best = _best_of(done, direction)
    rho = _spearman(xs, ys)
    gap = sum(x - y for x, y in zip(xs, ys)) / len(xs)
    fig = _figure()
    ax = fig.add_subplot()
    _style(ax)
    ax.set_aspect("equal", adjustable="box")
    ax.scatter(xs, ys, s=36, color=C_TRIAL, alpha=0.8, label=f"complete trial ({len(done)})", zorder=3)
    ax.scatter(
        [best.value],  # type: ignore[arg-type]
        [best.user_attrs[T.TEST_ACCURACY]],
        s=150,
        facecolor="none",
        edgecolor=C_BEST,
        linewidth=2.2,
        label=f"best by validation: trial {best.number}",
        zorder=4,
    )
    if baseline is not None and isinstance(baseline.user_attrs.get(T.TEST_ACCURACY), (int, float)):
        ax.scatter(
            [baseline.value],  # type: ignore[arg-type]
            [baseline.user_attrs[T.TEST_ACCURACY]],
            marker="*",
            s=220,
            color=C_BASELINE,
            label=f"baseline: trial {baseline.number}",
            zorder=5,
        )
    lo, hi = min(xs + ys), max(xs + ys)
    pad = (hi - lo) * 0.06 or 0.01
    ax.plot(
        [lo - pad, hi + pad],
        [lo - pad, hi + pad],
        color=C_PRUNED,
        linestyle="--",
        linewidth=1.5,
        label="test = validation",
    )
    ax.set_xlim(lo - pad, hi + pad)
    ax.set_ylim(lo - pad, hi + pad)
    ax.set_xlabel(_label(objective), fontsize=12)
    ax.set_ylabel("test accuracy (scored after training)", fontsize=12)
    rho_text = "—" if rho is None else f"{rho:+.2f}"
    ax.set_title(f"{study_name}: validation vs test · Spearman ρ {rho_text} · mean gap {gap:+.4f}", fontsize=13)
    fig.legend(loc="outside lower center", ncol=2, fontsize=9, frameon=False)
    return _save(fig, path)


def _spearman(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Spearman's rank correlation (average ranks for ties); ``None`` when a side is constant."""

    def ranks(v: Sequence[float]) -> list[float]:
        order = sorted(range(len(v)), key=lambda i: v[i])
        out = [0.0] * len(v)
        i = 0
        while i < len(order):
            j = i
            while j + 1 < len(order) and v[order[j + 1]] == v[order[i]]:
                j += 1
            for k in range(i, j + 1):
                out[order[k]] = (i + j) / 2 + 1
            i = j + 1
        return out

    rx, ry = ranks(xs), ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    sxy = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    sxx = sum((a - mx) ** 2 for a in rx)
    syy = sum((b - my) ** 2 for b in ry)
    if sxx == 0 or syy == 0:
        return None
    return sxy / math.sqrt(sxx * syy)
