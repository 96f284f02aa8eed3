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


def test_a_gpu_given_but_not_seen_by_the_backend_gets_a_note() -> None:
    from textclf_tune.engine.runtime import unused_gpu_note

    cpu = {"backend": "jax", "device": "CPU (16 cores, x86_64)"}
    gpu = {"backend": "jax", "device": "GPU x1 (NVIDIA H100)"}
    assert "CUDA_VISIBLE_DEVICES=7 gives this run a GPU, but jax sees none" in unused_gpu_note(
        cpu, {"CUDA_VISIBLE_DEVICES": "7"}
    )
    assert "pip install 'jax[cuda12]'" in unused_gpu_note(cpu, {"CUDA_VISIBLE_DEVICES": "7"})
    tf = {"backend": "tensorflow", "device": "CPU (2 cores, x86_64)"}
    assert "pip install 'tensorflow[and-cuda]'" in unused_gpu_note(tf, {"CUDA_VISIBLE_DEVICES": "0"})
    assert unused_gpu_note(gpu, {"CUDA_VISIBLE_DEVICES": "0"}) == ""  # it is used
    for hidden in ({}, {"CUDA_VISIBLE_DEVICES": "-1"}, {"CUDA_VISIBLE_DEVICES": ""}):
        assert unused_gpu_note(cpu, hidden) == ""  # no GPU asked for: a CPU run says nothing
