"""engine.runtime: Keras imported without TensorFlow's noise, and nothing else hidden."""

from __future__ import annotations

import logging

import pytest

from textclf_tune.engine.runtime import import_keras_quietly


def test_the_retracing_notice_is_dropped_and_other_warnings_are_not(caplog: pytest.LogCaptureFixture) -> None:
    import_keras_quietly()
    import_keras_quietly()  # twice: one filter
    tf_log = logging.getLogger("tensorflow")
    assert sum(type(f).__name__ == "_NoRetracingNotice" for f in tf_log.filters) == 1
    with caplog.at_level(logging.WARNING, logger="tensorflow"):
        tf_log.warning(
            "5 out of the last 5 calls to <function f> triggered tf.function retracing. Tracing is expensive"
        )
        tf_log.warning("something else worth reading")
    assert [r.getMessage() for r in caplog.records] == ["something else worth reading"]
