"""The wheel as a user installs it: built, installed into a fresh virtual environment, and run from a
folder outside the repository, where `tune run imdb_cnn` must find the built-in sweep by name."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_installs_and_finds_builtin_sweeps_by_name(tmp_path: Path) -> None:
    dist, venv, elsewhere = tmp_path / "dist", tmp_path / "venv", tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # as a user's shell: no checkout on the path
    # No build isolation: the installed setuptools builds it, so the test needs no network.
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        env=env,
    )
    (wheel,) = dist.glob("textclf_tune-*.whl")
    # --system-site-packages: the dependencies (Keras, TensorFlow, Optuna) come from this environment.
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True, env=env, cwd=elsewhere
    )
    code = (
        "import textclf_tune; from textclf_tune.space.sweep import builtin_sweep, load_sweep; "
        "s = load_sweep('imdb_cnn'); print(textclf_tune.__file__); print(s.path); print(s.name)"
    )
    out = subprocess.run([str(python), "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True, check=True)
    package, sweep_path, name = out.stdout.split()
    assert package.startswith(str(venv)) and sweep_path.startswith(str(venv)) and name == "imdb_cnn"
    helped = subprocess.run(
        [str(venv / "bin" / "tune"), "run", "--help"], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    assert helped.returncode == 0 and "built-in sweep" in helped.stdout
