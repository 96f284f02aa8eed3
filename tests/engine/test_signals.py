"""engine.signals: which errors are an interrupt in disguise."""

from __future__ import annotations

import os
import signal
import time

from textclf_tune.engine.signals import INTERRUPT, interrupt_behind, interrupts_armed


def test_an_error_chained_to_an_interrupt_is_that_interrupt() -> None:
    try:
        try:
            raise KeyboardInterrupt
        finally:
            raise RuntimeError("Exiting device scope without proper scope nesting")
    except RuntimeError as exc:
        assert isinstance(interrupt_behind(exc), KeyboardInterrupt)
    assert interrupt_behind(TypeError("nothing behind it")) is None


def test_an_error_after_a_swallowed_signal_is_the_interrupt_only_while_armed() -> None:
    try:
        _swallow_a_signal_then_ask()
    finally:  # the flag outlives the block (for the exit code); leave none for later tests
        INTERRUPT.requested, INTERRUPT.signum = False, None


def _swallow_a_signal_then_ask() -> None:
    with interrupts_armed():
        assert interrupt_behind(TypeError("before any signal")) is None
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(2)
        except KeyboardInterrupt:
            pass  # swallowed, as TensorFlow's tensor conversion did
        found = interrupt_behind(TypeError("Failed to convert elements of (None,) to Tensor"))
        assert isinstance(found, KeyboardInterrupt) and f"signal {int(signal.SIGTERM)}" in str(found)
    # Disarmed, the flag still tells the exit code (143) but no longer turns errors into interrupts.
    assert INTERRUPT.requested and interrupt_behind(TypeError("later, unrelated")) is None
