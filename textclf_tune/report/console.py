"""The rich Console every command prints through.

On a terminal it takes the window's width. Into a pipe or a log file rich would wrap at 80
columns, splitting paths and lists across lines (hard to grep or copy); there it is 200 columns
wide unless ``$COLUMNS`` says otherwise. Tables still take only the width they need.

When the reader of a pipe goes away (``tune confirm ... | head``), the command does not die in
the middle of its work: what it would still print is dropped, and it finishes what it was asked.
"""

from __future__ import annotations

import os
import sys
from typing import Any, TextIO

from rich.console import Console

LOG_WIDTH = 200


class PipeSafe:
    """A text stream that, once its reader has closed the pipe, silently drops what follows."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.closed_pipe = False

    def write(self, text: str) -> int:
        if not self.closed_pipe:
            try:
                self._stream.write(text)
            except BrokenPipeError:
                self._drop()
        return len(text)

    def flush(self) -> None:
        if not self.closed_pipe:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._drop()

    def _drop(self) -> None:
        self.closed_pipe = True
        try:  # the interpreter's own flush at exit must not raise on it either
            devnull = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(devnull, self._stream.fileno())
            finally:
                os.close(devnull)  # the stream's descriptor now points there; this copy is not needed
        except (OSError, ValueError, AttributeError):
            pass

    def __getattr__(self, name: str) -> Any:  # isatty, fileno, encoding: the stream's own
        return getattr(self._stream, name)


def make_console(**kwargs: Any) -> Console:
    """A Console without syntax highlighting, ``kwargs`` passed on (``stderr``, ``quiet``, ``file``)."""
    if "file" not in kwargs and not kwargs.get("stderr"):
        kwargs["file"] = PipeSafe(sys.stdout)
    console = Console(highlight=False, **kwargs)
    if not console.is_terminal and not os.environ.get("COLUMNS") and "width" not in kwargs:
        console.width = LOG_WIDTH
    return console
