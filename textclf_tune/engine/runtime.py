"""What a trial ran on: backend, device, library versions, host. Recorded with every trial."""

from __future__ import annotations

import os
import platform
from functools import lru_cache
from importlib import metadata
from typing import Any

_PACKAGES = ("textclf-tune", "keras", "keras-tuner", "optuna", "numpy", "tensorflow", "tensorflow-cpu", "jax", "torch")


def backend_name() -> str:
    """The Keras backend in use, without importing Keras (it reads the same settings)."""
    if "KERAS_BACKEND" in os.environ:
        return os.environ["KERAS_BACKEND"]
    import keras  # only when the environment does not say

    return str(keras.backend.backend())


@lru_cache(maxsize=1)
def versions() -> dict[str, str]:
    out: dict[str, str] = {"python": platform.python_version()}
    for name in _PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return out


@lru_cache(maxsize=1)
def device() -> str:
    """A short description of the accelerator Keras trains on, or the CPU."""
    backend = backend_name()
    try:
        if backend == "tensorflow":
            import tensorflow as tf

            gpus = tf.config.list_physical_devices("GPU")
            if gpus:
                return (
                    f"GPU x{len(gpus)} ({tf.config.experimental.get_device_details(gpus[0]).get('device_name', 'GPU')})"
                )
        elif backend == "jax":
            import jax

            devs = jax.devices()
            if devs and devs[0].platform != "cpu":
                return f"{devs[0].platform.upper()} x{len(devs)} ({devs[0].device_kind})"
        elif backend == "torch":
            import torch

            if torch.cuda.is_available():
                return f"GPU x{torch.cuda.device_count()} ({torch.cuda.get_device_name(0)})"
    except Exception:  # a broken driver must not stop a CPU run
        pass
    return f"CPU ({os.cpu_count()} cores, {platform.processor() or platform.machine()})"


def host() -> dict[str, Any]:
    return {
        "hostname": platform.node(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
    }


def runtime_info() -> dict[str, Any]:
    """Everything a trial record stores about where it ran."""
    return {"backend": backend_name(), "device": device(), "versions": versions(), "host": host()}


class _NoRetracingNotice:
    """Drops TensorFlow's "N out of the last N calls to <function> triggered tf.function retracing"
    warning: every trial and confirmation run builds a new model, so each one's first predict or
    evaluate traces anew by design; the notice broke progress lines and asked for nothing to do."""

    def filter(self, record: Any) -> bool:
        return "triggered tf.function retracing" not in str(record.getMessage())


def import_keras_quietly() -> None:
    """Import Keras (and its backend) with native stderr muted: TensorFlow's C++ start-up log
    lines ("oneDNN custom operations are on", absl notices) ignore TF_CPP_MIN_LOG_LEVEL.
    Python-level errors still surface: they are raised after stderr is restored."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    import logging
    import sys

    tf_log = logging.getLogger("tensorflow")
    if not any(isinstance(f, _NoRetracingNotice) for f in tf_log.filters):
        tf_log.addFilter(_NoRetracingNotice())

    try:
        fd = sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):  # stderr replaced (pytest capture, notebooks)
        import keras  # noqa: F401

        return
    sys.stderr.flush()
    saved = os.dup(fd)
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
        import keras  # noqa: F401
    finally:
        sys.stderr.flush()
        os.dup2(saved, fd)
        os.close(saved)
        os.close(devnull)


def freeze_heap() -> None:
    """Set aside every object alive now (Keras, the backend's modules, the dataset) from the cyclic
    garbage collector, which they would outlive anyway. Each later collection, the one in
    ``keras.backend.clear_session()`` before every trial's build and the weight keeper's after
    saving a model, then scans only what trials create: with TensorFlow loaded that is about 0.01 s
    instead of 0.4 s per collection, two per trial (``gc.freeze``; objects set aside are never
    collected, so it is done once, when garbage from set-up is gone)."""
    import gc

    gc.collect()
    gc.freeze()


def unused_gpu_note(runtime: dict[str, Any], environ: dict[str, str] | os._Environ[str] | None = None) -> str:
    """A note when ``CUDA_VISIBLE_DEVICES`` gives this process a GPU (``--gpus`` pins each worker so)
    but the backend trains on the CPU (a CPU-only build, no driver, a GPU id that does not exist);
    empty otherwise. Named GPUs are checked against ``nvidia-smi`` only where it is installed."""
    from textclf_tune.parallel.devices import visible_from_env

    gpus = visible_from_env(environ)
    if not gpus or not str(runtime.get("device", "")).startswith("CPU"):
        return ""
    backend = str(runtime.get("backend"))
    build = GPU_BUILDS.get(backend, f"{backend}'s GPU build")
    return (
        f"CUDA_VISIBLE_DEVICES={','.join(gpus)} gives this run a GPU, but {backend} sees none, so it trains on the "
        f"CPU; install {build} and check the GPU with nvidia-smi, or run with --gpus none"
    )


#: How each backend's GPU build is installed (what unused_gpu_note advises).
GPU_BUILDS = {
    "tensorflow": "pip install 'tensorflow[and-cuda]'",
    "jax": "pip install 'jax[cuda12]'",
    "torch": "a CUDA build of torch (pytorch.org's install selector)",
}
