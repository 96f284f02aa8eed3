"""load_dataset by name; unknown names and options are DataErrors listing the valid ones."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from textclf_tune.data import dataset_names, load_dataset
from textclf_tune.errors import DataError
from textclf_tune.testing.synthetic import write_imdb_archive, write_news20_archive

pytestmark = pytest.mark.usefixtures("data_env")


def test_names() -> None:
    # In a fresh interpreter: a loader registered by an earlier test (an example sweep's) stays registered.
    code = "from textclf_tune.data import dataset_names; print(' '.join(dataset_names()))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["csv", "folder", "imdb", "newsgroups", "texts"]
    assert set(out.split()) <= set(dataset_names())


def test_load_by_name(tmp_path: Path) -> None:
    write_imdb_archive(tmp_path / "data", n_per_class=4)
    write_news20_archive(tmp_path / "data", n_per_group=5)
    assert load_dataset("imdb", num_words=50).name == "imdb"
    ng = load_dataset("newsgroups", num_words=50, seed=2)
    assert ng.name == "newsgroups" and ng.meta["seed"] == 2


def test_unknown_name() -> None:
    with pytest.raises(DataError) as info:
        load_dataset("reuters")
    assert "dataset must be one of ['csv', 'folder', 'imdb', 'newsgroups', 'texts'], but got 'reuters'" in str(
        info.value
    )


def test_a_file_format_as_the_name_points_to_the_csv_loader() -> None:
    with pytest.raises(DataError) as info:
        load_dataset("jsonl")
    assert 'Data("csv", path="texts.jsonl")' in str(info.value)


def test_unknown_option() -> None:
    with pytest.raises(DataError) as info:
        load_dataset("imdb", maxlen=200)
    msg = str(info.value)
    assert "does not take the options ['maxlen']" in msg and "'num_words'" in msg


def test_importing_the_data_layer_does_not_import_keras() -> None:
    code = (
        "import sys, textclf_tune.data; "
        "print(sorted(m for m in ('keras', 'tensorflow', 'pyarrow') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert out.stdout.strip() == "[]"
