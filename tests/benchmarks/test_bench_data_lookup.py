"""The benchmarks find their data as ``tune run`` does (--data-dir, then $TEXTCLF_DATA_DIR, then
the Keras cache / a download) and name no folder of the machine they were written on."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from bench.cli import parse_args
from bench.common import REPO, data_source, load_sweep_dataset
from textclf_tune.errors import DataError


def test_no_data_dir_means_the_data_layers_own_lookup(capsys: pytest.CaptureFixture[str]) -> None:
    assert parse_args([]).data_dir is None
    with pytest.raises(SystemExit):
        parse_args(["--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "$TEXTCLF_DATA_DIR, then the Keras cache" in help_text and "shared" not in help_text


def test_data_source_names_no_folder_it_was_not_given(monkeypatch: pytest.MonkeyPatch) -> None:
    assert data_source("/given/folder") == "/given/folder"
    monkeypatch.setenv("TEXTCLF_DATA_DIR", "/machine/folder")
    assert data_source(None) == "$TEXTCLF_DATA_DIR"
    monkeypatch.delenv("TEXTCLF_DATA_DIR")
    assert "Keras cache" in data_source(None)


def test_bench_loads_from_the_variable_then_fails_naming_only_the_loaders_paths(
    tiny_sweep: Path, imdb_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textclf_tune import load_sweep

    sweep = load_sweep(tiny_sweep)  # the fixture set TEXTCLF_DATA_DIR=imdb_dir
    ds = load_sweep_dataset(sweep, None, 40, 10, 10)
    assert (len(ds.train), len(ds.val), len(ds.test)) == (40, 10, 10)
    assert len(load_sweep_dataset(sweep, str(imdb_dir), 40, 10, 10).train) == 40  # --data-dir still wins
    monkeypatch.delenv("TEXTCLF_DATA_DIR")
    with pytest.raises(DataError) as err:  # offline in tests: no download, one error listing what was tried
        load_sweep_dataset(sweep, None, 40, 10, 10)
    assert "shared" not in str(err.value) and "keras_home" in str(err.value)


def test_memory_section_uses_real_data_without_a_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    from bench import memory
    from bench.presets import DEFAULT

    calls: list[list[str]] = []

    def fake_run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        calls.append(cmd)
        return subprocess.CompletedProcess(cmd, 0, stdout=json.dumps({"ok": 1}) + "\n", stderr="")

    monkeypatch.setattr(memory.subprocess, "run", fake_run)
    assert memory.run(trials=3, data_dir=None, preset=DEFAULT.memory, out=None) == {"ok": 1}
    assert "--preset" in calls[-1] and "--data-dir" not in calls[-1]
    memory.run(trials=3, data_dir="/d", preset=DEFAULT.memory, out=None)
    assert calls[-1][calls[-1].index("--data-dir") + 1] == "/d"
    memory.run(trials=3, out=None)  # no preset: generated data
    assert "--preset" not in calls[-1]


def test_bench_names_no_machine_folder() -> None:
    found = [
        f"{p.relative_to(REPO)}: {needle}"
        for p in sorted((REPO / "bench").rglob("*"))
        if p.is_file() and p.suffix in {".py", ".sh", ".md"}
        for needle in ("shared/data", "/work/", "lent GPU", "device tool")
        if needle in p.read_text(encoding="utf-8")
    ]
    assert found == []


def test_data_section_writes_only_into_the_out_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """``python -m bench --out DIR --only data`` must not rewrite the published results/bench/data.json."""
    from bench import cli, data

    seen: list[Any] = []
    monkeypatch.setattr(data, "run", lambda data_dir=None, out=data.OUT: seen.append((data_dir, out)) or {})
    cli.run_section("data", cli.preset(smoke=True), None, print)
    assert seen == [(None, None)]
