"""Stopping a run: SIGUSR1 finishes the running trial and starts no new one; SIGINT and SIGTERM
cut the running trial short (it is recorded as interrupted)."""

from __future__ import annotations

import signal
import sys
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


class _Interrupt:
    """Whether SIGINT/SIGTERM arrived during this run. Python drops an exception raised inside a
    weakref callback or ``__del__`` ("Exception ignored in ..."), as when the signal lands in the
    garbage collection of ``clear_session()``; the objective checks this flag so the run still stops."""

    requested = False
    signum: int | None = None  # which one, for the exit code (see interrupted_exit_code)
    depth = 0  # nesting of interrupts_armed: only the outermost starts with a clear flag


INTERRUPT = _Interrupt()


def interrupted_exit_code(signum: int | None = None) -> int:
    """A stopped command exits 128 + the signal's number, as a shell reports a process the signal
    killed: 130 for Ctrl-C (SIGINT), 143 for SIGTERM; ``signum`` defaults to the one this run caught."""
    return 128 + (signum or INTERRUPT.signum or signal.SIGINT)


def raise_interrupt(signum: int, frame: FrameType | None) -> None:
    INTERRUPT.requested = True
    INTERRUPT.signum = signum
    raise KeyboardInterrupt(f"signal {signum}")


def interrupt_behind(exc: BaseException) -> KeyboardInterrupt | None:
    """The KeyboardInterrupt that ``exc`` was raised while handling, if any. A SIGINT that lands inside
    TensorFlow's device-scope context manager surfaces as its RuntimeError ("Exiting device scope
    without proper scope nesting"), with the interrupt as ``__context__``: it is still a Ctrl-C.
    While interrupts are armed and one arrived, any error is that interrupt too: a library may
    swallow it and raise an unrelated error afterwards, nothing chained (TensorFlow's tensor
    conversion under SIGTERM: "TypeError: Failed to convert elements of (None,) to Tensor")."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        if isinstance(cur, KeyboardInterrupt):
            return cur
        seen.add(id(cur))
        cur = cur.__cause__ or cur.__context__
    if INTERRUPT.depth and INTERRUPT.requested:
        return KeyboardInterrupt(f"signal {INTERRUPT.signum} (swallowed; {type(exc).__name__} raised after it)")
    return None


def check_interrupt() -> None:
    """Raise the interrupt again if a signal arrived but its KeyboardInterrupt was swallowed."""
    if INTERRUPT.requested:
        raise KeyboardInterrupt("interrupted (the signal's first KeyboardInterrupt was swallowed)")


def quiet_swallowed_interrupts(unraisable: Any) -> None:
    """A ``sys.unraisablehook``: a KeyboardInterrupt that Python had to drop (see :data:`INTERRUPT`)
    is not printed as a traceback, since :func:`check_interrupt` raises it again; the rest is."""
    if isinstance(unraisable.exc_value, KeyboardInterrupt) and INTERRUPT.requested:
        return
    sys.__unraisablehook__(unraisable)


@contextmanager
def interrupts_armed() -> Iterator[None]:
    """For the block, SIGTERM and SIGINT (unless ignored, as in a shell's background job) raise
    KeyboardInterrupt as Python's Ctrl-C does, and set :data:`INTERRUPT`, so that one Python has to
    drop (inside a weakref callback while Keras builds or collects) is still seen by
    :func:`check_interrupt`. ``tune run`` arms it before the data loads, ``run_study`` again around
    its loop; the outermost block starts with a clear flag. Main thread only."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    if INTERRUPT.depth == 0:
        INTERRUPT.requested, INTERRUPT.signum = False, None
    INTERRUPT.depth += 1
    previous_term = signal.signal(signal.SIGTERM, raise_interrupt)
    sigint = signal.getsignal(signal.SIGINT)
    if sigint is signal.default_int_handler:
        signal.signal(signal.SIGINT, raise_interrupt)
    unraisable, sys.unraisablehook = sys.unraisablehook, quiet_swallowed_interrupts
    try:
        yield
    finally:
        INTERRUPT.depth -= 1
        signal.signal(signal.SIGTERM, previous_term)
        if sigint is signal.default_int_handler:
            signal.signal(signal.SIGINT, sigint)
        sys.unraisablehook = unraisable


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
