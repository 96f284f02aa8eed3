"""Stopping a run: SIGUSR1 finishes the running trial and starts no new one; SIGINT and SIGTERM
cut the running trial short (it is recorded as interrupted)."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

#: ``kill -USR1 PID``: finish the running trial, start no new one (SIGINT/SIGTERM cut it short instead).
STOP_SIGNAL = getattr(signal, "SIGUSR1", None)
STOP_SIGNAL_NAME = "SIGUSR1"


class GracefulStop:
    """Sets ``requested`` on SIGUSR1 once installed (main thread, POSIX only; elsewhere a no-op).

    ``tune run`` installs it first thing, so that the signal never meets Python's default action
    (which ends the process) while data loads; :func:`run_study` installs it too, for API users."""

    def __init__(self) -> None:
        self.requested = False
        self._previous: Any = None
        self._installed = False

    def install(self) -> bool:
        """Install the handler; ``False`` when it already was (or cannot be, off the main thread)."""
        if STOP_SIGNAL is None or self._installed:
            return False
        try:
            self._previous = signal.signal(STOP_SIGNAL, self._on_signal)
        except ValueError:  # not the main thread: no signal handlers there
            return False
        self._installed = True
        return True

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        self.requested = True

    def restore(self) -> None:
        if STOP_SIGNAL is not None and self._installed:
            signal.signal(STOP_SIGNAL, self._previous)
            self._installed = False
        self.requested = False


GRACEFUL_STOP = GracefulStop()


def raise_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


@contextmanager
def sigint_held() -> Iterator[None]:
    """Hold Ctrl-C for the block and raise it after. For garbage collection: a KeyboardInterrupt
    raised inside a weak-reference callback is printed and dropped by Python ("Exception ignored
    in ..."), so a Ctrl-C there would be lost and the run would go on. Main thread only."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: held.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if held:
        raise KeyboardInterrupt
