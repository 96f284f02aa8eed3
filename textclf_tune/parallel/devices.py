"""Which devices a ``tune run`` uses, decided without importing TensorFlow, JAX or torch.

``--gpus auto`` reads ``CUDA_VISIBLE_DEVICES`` when it is set, else ``nvidia-smi -L``; ``--gpus
0,1`` names them; ``--gpus none`` runs on the CPU. Each GPU gets ``--trials-per-gpu`` worker
slots; without a GPU there are ``--workers`` CPU slots. A slot is what one worker process runs
on, expressed as the environment it starts with.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field

from textclf_tune.errors import TuneError


class DeviceError(TuneError):
    """A ``--gpus``/``--trials-per-gpu``/``--workers`` value that cannot be honoured."""


#: Set in every GPU worker: take GPU memory as needed instead of all of it at start, so that
#: several workers share one GPU (TensorFlow, JAX; torch allocates lazily already), and number
#: the GPUs in PCI order, as nvidia-smi does.
GPU_ENV = {
    "TF_FORCE_GPU_ALLOW_GROWTH": "true",
    "XLA_PYTHON_CLIENT_PREALLOCATE": "false",
    "CUDA_DEVICE_ORDER": "PCI_BUS_ID",
}
#: ``CUDA_VISIBLE_DEVICES`` of a CPU worker: no GPU at all.
NO_GPU = "-1"

_GPU_LINE = re.compile(r"^GPU (\d+):.*?(?:\(UUID: (GPU-[0-9a-fA-F-]+)\))?\s*$")
_MIG_LINE = re.compile(r"^\s+MIG .*\(UUID: (MIG-[^)\s]+)\)\s*$")
_TOKEN = re.compile(r"^(\d+|GPU-[0-9a-fA-F-]+|MIG-[^,\s]+)$")


@dataclass(frozen=True)
class Slot:
    """One worker: its index (``--worker``), the GPU it sees (``None``: CPU) and its environment."""

    index: int
    gpu: str | None
    env: dict[str, str] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"w{self.index} " + (f"gpu{self.gpu}" if self.gpu is not None else "cpu")


def nvidia_smi_gpus(timeout: float = 15.0) -> list[str] | None:
    """GPU ids from ``nvidia-smi -L``: indices, or MIG UUIDs where a GPU is split into MIG
    instances. ``None`` when nvidia-smi is absent or fails."""
    exe = shutil.which("nvidia-smi")
    if exe is None:
        return None
    try:
        out = subprocess.run([exe, "-L"], capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:
        return None
    return parse_nvidia_smi(out.stdout)


def parse_nvidia_smi(text: str) -> list[str]:
    gpus: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        m = _GPU_LINE.match(line)
        if m:
            gpus.append((m.group(1), []))
            continue
        mig = _MIG_LINE.match(line)
        if mig and gpus:
            gpus[-1][1].append(mig.group(1))
    ids: list[str] = []
    for index, migs in gpus:
        ids.extend(migs or [index])
    return ids


def visible_from_env(environ: dict[str, str] | os._Environ[str] | None = None) -> list[str] | None:
    """The GPUs ``CUDA_VISIBLE_DEVICES`` allows (``[]`` when it hides all), or ``None`` if unset."""
    environ = os.environ if environ is None else environ
    raw = environ.get("CUDA_VISIBLE_DEVICES")
    if raw is None:
        return None
    ids = [t.strip() for t in raw.split(",") if t.strip()]
    if not ids or ids[0].startswith("-"):  # "" or "-1": no GPU (CUDA stops at the first invalid id)
        return []
    return ids


def detect_gpus(environ: dict[str, str] | os._Environ[str] | None = None) -> list[str]:
    """``--gpus auto``: ``CUDA_VISIBLE_DEVICES`` when set, else what ``nvidia-smi -L`` lists."""
    from_env = visible_from_env(environ)
    if from_env is not None:
        return from_env
    return nvidia_smi_gpus() or []


def parse_gpus(spec: str, environ: dict[str, str] | os._Environ[str] | None = None) -> list[str]:
    """The GPU ids that ``--gpus SPEC`` asks for: ``auto``, ``none`` or a comma list."""
    spec = spec.strip()
    if spec.lower() == "auto":
        return detect_gpus(environ)
    if spec.lower() in ("none", "cpu", ""):
        return []
    ids = [t.strip() for t in spec.split(",")]
    bad = [t for t in ids if not _TOKEN.match(t)]
    if bad:
        raise DeviceError(
            f"--gpus takes 'auto', 'none' or comma-separated GPU indices/UUIDs (as CUDA_VISIBLE_DEVICES "
            f"does), but got {spec!r} ({', '.join(repr(b) for b in bad)} is not one). "
            "Remedy: e.g. --gpus 0,1, or --gpus auto to use every GPU nvidia-smi lists"
        )
    if len(set(ids)) != len(ids):
        raise DeviceError(
            f"--gpus names a GPU twice: {spec!r}. Remedy: name each once and use --trials-per-gpu K "
            "to run K trials on each"
        )
    known = nvidia_smi_gpus()
    indices = [t for t in ids if t.isdigit()]
    if known and indices and visible_from_env(environ) is None:
        missing = [t for t in indices if t not in known and not any(k.startswith("MIG-") for k in known)]
        if missing:
            raise DeviceError(
                f"--gpus {spec}: no GPU {', '.join(missing)} on this host; nvidia-smi -L lists "
                f"{', '.join(known)}. Remedy: pick from those, or --gpus auto"
            )
    return ids


def plan_slots(gpus: list[str], trials_per_gpu: int = 1, workers: int = 1) -> list[Slot]:
    """One slot per (GPU, k) for k < ``trials_per_gpu``; with no GPU, ``workers`` CPU slots.

    CPU workers share the cores: each gets an equal share of threads (``OMP_NUM_THREADS``,
    ``TF_NUM_INTRAOP_THREADS``) so that N workers do not each start one thread per core."""
    if trials_per_gpu < 1:
        raise DeviceError(f"--trials-per-gpu must be >= 1, but got {trials_per_gpu}. Remedy: e.g. --trials-per-gpu 2")
    if workers < 1:
        raise DeviceError(f"--workers must be >= 1, but got {workers}. Remedy: e.g. --workers 2")
    if gpus:
        return [
            Slot(i, gpu, {**GPU_ENV, "CUDA_VISIBLE_DEVICES": gpu})
            for i, gpu in enumerate(g for g in gpus for _ in range(trials_per_gpu))
        ]
    threads = str(max(1, (os.cpu_count() or 1) // workers))
    cpu_env = {"CUDA_VISIBLE_DEVICES": NO_GPU, "JAX_PLATFORMS": "cpu"}
    if workers > 1:
        cpu_env.update(OMP_NUM_THREADS=threads, TF_NUM_INTRAOP_THREADS=threads, TF_NUM_INTEROP_THREADS="1")
    return [Slot(i, None, dict(cpu_env)) for i in range(workers)]
