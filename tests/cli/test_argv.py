"""The command line a study records is what the user typed, in-process or in a launcher's worker."""

from __future__ import annotations

import argparse

import pytest

from textclf_tune.cli.argv import recorded_command


def test_the_parsed_arguments_are_recorded_not_the_host_programs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TEXTCLF_COMMAND", raising=False)
    monkeypatch.setattr("sys.argv", ["pytest", "-q"])  # main(argv) called from Python: sys.argv is not the command
    args = argparse.Namespace(argv=["run", "sweeps/my sweep.py", "--trials", "3"])
    assert recorded_command(args) == "tune run 'sweeps/my sweep.py' --trials 3"
    monkeypatch.setenv("TEXTCLF_COMMAND", "tune run x --workers 2")  # a worker records its launcher's line
    assert recorded_command(args) == "tune run x --workers 2"


def test_a_storage_from_the_environment_is_part_of_the_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TEXTCLF_COMMAND", raising=False)
    monkeypatch.setenv("TEXTCLF_STORAGE", "sqlite:////tmp/my studies.db")
    args = argparse.Namespace(argv=["run", "x.py"])
    assert recorded_command(args) == "TEXTCLF_STORAGE='sqlite:////tmp/my studies.db' tune run x.py"
    args = argparse.Namespace(argv=["run", "x.py", "--storage", "sqlite:///a.db"])
    assert recorded_command(args) == "tune run x.py --storage sqlite:///a.db"  # the option wins
