"""A user's runs never touch tracked files: every default output is git-ignored, wherever in a
checkout the command runs (the defaults are relative to the working folder)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from textclf_tune.cli.main import DEFAULT_REPORTS
from textclf_tune.store.storage import DEFAULT_STORAGE

ROOT = Path(__file__).resolve().parents[2]


def _in_git_checkout() -> bool:
    if shutil.which("git") is None:
        return False
    out = subprocess.run(["git", "rev-parse", "--is-inside-work-tree"], cwd=ROOT, capture_output=True, text=True)
    return out.returncode == 0 and out.stdout.strip() == "true"


@pytest.mark.skipif(not _in_git_checkout(), reason="not a git checkout")
@pytest.mark.parametrize("folder", [".", "sweeps", "sweeps/examples", "docs", "bench"])
def test_default_outputs_are_ignored_from_any_folder_of_the_checkout(folder: str) -> None:
    db = DEFAULT_STORAGE.removeprefix("sqlite:///")
    outputs = [
        db,
        str(Path(db).with_suffix(".artifacts") / "abc" / "model.keras"),  # the artifact store beside it
        f"{DEFAULT_REPORTS}/LEADERBOARD.md",
        "runs/exports/my_model/model.keras",  # the docs' --out for tune export
        "runs/examples/spam.csv",  # sweeps/examples write their data here
    ]
    paths = [str(Path(folder) / p) for p in outputs]
    out = subprocess.run(["git", "check-ignore", "--no-index", *paths], cwd=ROOT, capture_output=True, text=True)
    assert sorted(out.stdout.split()) == sorted(str(Path(p)) for p in paths), out.stdout + out.stderr
