"""report.console: lines into a pipe or a log are not cut at 80 columns."""

from __future__ import annotations

import io

import pytest

from textclf_tune.report.console import LOG_WIDTH, make_console


def test_off_a_terminal_a_long_line_stays_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    out = io.StringIO()
    console = make_console(file=out)
    path = "/tmp/" + "a" * 120 + "/exports/model"
    console.print(f"wrote {path}")
    assert console.width == LOG_WIDTH
    assert out.getvalue().splitlines() == [f"wrote {path}"]


def test_columns_still_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    assert make_console(file=io.StringIO()).width == 60


def test_a_closed_pipe_drops_the_output_and_the_work_goes_on() -> None:
    from textclf_tune.report.console import PipeSafe

    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError

    stream = PipeSafe(Closed())
    console = make_console(file=stream)  # type: ignore[arg-type]
    console.print("first line")  # the reader (| head) is gone: no exception
    console.print("second line")
    assert stream.closed_pipe
