"""The data load tells the reporter what it does: a cache miss before encoding, then time and sizes."""

from __future__ import annotations

from pathlib import Path

import pytest

from textclf_tune.engine.progress import Reporter
from textclf_tune.engine.setup import ENCODE_SECONDS, load_data
from textclf_tune.space.sweep import load_sweep


class Recorder(Reporter):
    def __init__(self) -> None:
        self.events: list[tuple] = []

    def data_loading(self, dataset: str, estimate_seconds: float | None) -> None:
        self.events.append(("loading", dataset, estimate_seconds))

    def data_loaded(self, dataset: str, seconds: float, cached: bool, sizes: dict[str, int]) -> None:
        self.events.append(("loaded", dataset, cached, sizes))


def test_a_miss_is_announced_before_encoding_and_a_hit_is_not(
    tiny_sweep: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEXTCLF_CACHE_DIR", str(tmp_path / "fresh_cache"))
    sweep = load_sweep(tiny_sweep)
    first, second, quick = Recorder(), Recorder(), Recorder()
    full = load_data(sweep, False, reporter=first)
    load_data(sweep, False, reporter=second)
    load_data(sweep, True, reporter=quick)
    sizes = {"train": len(full.train.y), "val": len(full.val.y), "test": len(full.test.y)}
    assert first.events == [("loading", "imdb", ENCODE_SECONDS["imdb"]), ("loaded", "imdb", False, sizes)]
    assert second.events == [("loaded", "imdb", True, sizes)]
    q = sweep.quick
    assert quick.events == [("loaded", "imdb", True, {"train": q.n_train, "val": q.n_val, "test": q.n_test})]


def test_a_table_of_ones_own_is_named_by_its_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEXTCLF_CACHE_DIR", str(tmp_path / "cache"))
    rows = "".join(f'{{"text": "words of kind {k} number {i}", "label": "{k}"}}\n' for k in "ab" for i in range(10))
    (tmp_path / "tickets.jsonl").write_text(rows, encoding="utf-8")
    (tmp_path / "s.py").write_text(
        'from textclf_tune import Data\ndata = Data("csv", path="tickets.jsonl")\n\n\ndef build(hp):\n    return None\n'
    )
    seen = Recorder()
    load_data(load_sweep(tmp_path / "s.py"), False, reporter=seen)
    assert [e[:2] for e in seen.events] == [("loading", "tickets.jsonl"), ("loaded", "tickets.jsonl")]
