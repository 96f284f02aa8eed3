"""Plots are real PNGs of a sensible size, drawn from stored trials without TensorFlow."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import optuna
import pytest
from matplotlib.image import imread
from optuna.trial import TrialState

from textclf_tune.report import plots
from textclf_tune.report.leaderboard import reference_trial
from textclf_tune.testing.fake_studies import make_study


def _png_ok(path: Path | None, min_w: int = 900, min_h: int = 550) -> np.ndarray:
    assert path is not None and path.is_file()
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    img = imread(path)
    h, w = img.shape[:2]
    assert w >= min_w and h >= min_h, (w, h)
    assert w <= 2000 and h <= 2000, (w, h)
    assert img[..., :3].std() > 0.05  # not a blank canvas
    return img


@pytest.fixture
def study(tmp_path: Path) -> optuna.Study:
    return make_study(optuna.storages.InMemoryStorage(), n=12)


def test_every_plot_is_a_real_png(study: optuna.Study, tmp_path: Path) -> None:
    trials = study.get_trials()
    base = reference_trial(trials)
    common = {"study_name": "imdb_fake", "objective": "val_accuracy", "direction": "maximize", "baseline": base}
    _png_ok(plots.optimization_history(trials, tmp_path / "h.png", reference_accuracy=0.8527, **common))
    _png_ok(plots.slice_plot(trials, tmp_path / "s.png", **common))
    _png_ok(plots.validation_curves(trials, tmp_path / "c.png", **common))
    _png_ok(plots.validation_vs_test(trials, tmp_path / "v.png", **common))
    imp = {"maxlen": 0.5, "embedding_dim": 0.3, "dropout": 0.1, "batch_size": 0.07, "learning_rate": 0.03}
    _png_ok(plots.param_importances(imp, tmp_path / "i.png", study_name="imdb_fake", n_trials=9), min_h=450)


def test_nothing_to_draw_returns_none(tmp_path: Path) -> None:
    study = optuna.create_study()
    assert plots.optimization_history([], tmp_path / "h.png", study_name="x") is None
    assert plots.slice_plot(study.get_trials(), tmp_path / "s.png", study_name="x") is None
    assert plots.validation_curves([], tmp_path / "c.png", study_name="x") is None
    assert plots.param_importances({}, tmp_path / "i.png", study_name="x", n_trials=0) is None
    assert plots.validation_vs_test([], tmp_path / "v.png", study_name="x") is None
    assert not list(tmp_path.glob("*.png"))


def test_minimized_loss_objective_draws_without_reference_line(tmp_path: Path) -> None:
    study = optuna.create_study(direction="minimize")
    study.optimize(
        lambda t: (t.suggest_float("lr", 1e-4, 1e-1, log=True) - 0.01) ** 2 + t.suggest_int("u", 1, 5) / 100, n_trials=6
    )
    trials = study.get_trials()
    assert all(t.state == TrialState.COMPLETE for t in trials)
    path = plots.optimization_history(
        trials,
        tmp_path / "h.png",
        study_name="loss",
        objective="val_loss",
        direction="minimize",
        reference_accuracy=0.85,
    )
    _png_ok(path)
    _png_ok(plots.slice_plot(trials, tmp_path / "s.png", study_name="loss", objective="val_loss", direction="minimize"))


def test_plots_and_reports_never_import_tensorflow() -> None:
    code = (
        "import sys, textclf_tune.report.markdown, textclf_tune.report.plots, textclf_tune.report.leaderboard, textclf_tune.analysis.stats; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('tensorflow', 'keras', 'jax', 'torch')); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr


def test_spearman_rank_correlation() -> None:
    assert plots._spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert plots._spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    assert plots._spearman([1, 2, 3, 4], [1, 3, 2, 4]) == pytest.approx(0.8)
    assert plots._spearman([1, 1, 2], [5, 6, 7]) == pytest.approx(0.8660254)  # ties take average ranks
    assert plots._spearman([1, 2, 3], [5, 5, 5]) is None


def test_a_reverse_log_hyperparameter_is_plotted_at_its_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from matplotlib.axes import Axes
    from optuna.distributions import FloatDistribution
    from optuna.trial import create_trial

    mirror = FloatDistribution(0.1, 0.5, log=True)  # Optuna samples the mirror hi + lo - value log-uniformly
    trials = [
        create_trial(
            value=0.7 + i / 100,
            params={"rate.mirror": 0.6 - rate},
            distributions={"rate.mirror": mirror},
            user_attrs={"derived": {"rate": rate}},
        )
        for i, rate in enumerate([0.45, 0.3, 0.4])
    ]
    study = optuna.create_study(direction="maximize")
    study.add_trials(trials)
    trials = study.get_trials()
    seen: list[tuple[list[float], str]] = []
    scatter, set_xlabel = Axes.scatter, Axes.set_xlabel
    monkeypatch.setattr(
        Axes, "scatter", lambda ax, xs, ys, **kw: (seen.append((list(xs), "")), scatter(ax, xs, ys, **kw))[1]
    )
    labels: list[str] = []
    monkeypatch.setattr(Axes, "set_xlabel", lambda ax, text, **kw: (labels.append(text), set_xlabel(ax, text, **kw))[1])
    _png_ok(plots.slice_plot(trials, tmp_path / "s.png", study_name="rev"), min_w=500, min_h=400)
    assert seen[0][0] == pytest.approx([0.45, 0.3, 0.4])  # the values build(hp) saw, not their mirrors
    assert not any("mirror" in text for text in labels)
