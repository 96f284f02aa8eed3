"""Shared pieces of the benchmarks: paths, machine facts, load, data, deadlines, JSON.

Nothing here imports Keras at module level, so that ``python -m bench --help`` and the
summary writer stay fast.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import platform
import statistics
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "results" / "bench"


ENV_DATA_DIR = "TEXTCLF_DATA_DIR"  # the data layer's own variable (textclf_tune.data.locate)
DATA_DIR_HELP = (
    "folder with aclImdb_v1.tar.gz and news20.tar.gz; default: the data layer's own lookup, as in "
    "`tune run` ($TEXTCLF_DATA_DIR, then the Keras cache, then a download)"
)


def data_source(data_dir: str | None) -> str:
    """Where the data comes from, in the data layer's own lookup order (the same as ``tune run``):
    ``data_dir`` when given, else ``$TEXTCLF_DATA_DIR``, else the Keras cache or a download.
    Written so that no machine's folder shows unless the caller named it."""
    if data_dir:
        return data_dir
    if os.environ.get(ENV_DATA_DIR):
        return f"${ENV_DATA_DIR}"
    return "the Keras cache (downloaded when missing)"


def now_iso() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


# --------------------------------------------------------------------------- machine and load
def machine() -> dict[str, Any]:
    """Where the figures were measured: CPUs, platform, Python, backend, library versions."""
    from textclf_tune.engine import runtime as env

    mem_gib = None
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    mem_gib = round(int(line.split()[1]) / 1024**2, 1)
    except OSError:
        pass
    return {
        "cpu_count": os.cpu_count(),
        "processor": platform.processor() or platform.machine(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "memory_gib": mem_gib,
        "backend": env.backend_name(),
        "device": env.device(),
        "versions": env.versions(),
    }


def load_snapshot() -> dict[str, Any]:
    """Load average and the other busy Python processes on this machine (read from /proc)."""
    out: dict[str, Any] = {"time": now_iso()}
    try:
        out["loadavg"] = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        out["loadavg"] = None
    out["other_processes"] = other_processes()
    return out


def other_processes(limit: int = 8) -> list[str]:
    """Command lines of other Python / tune processes (not this one, nor its children)."""
    me = os.getpid()
    found: list[str] = []
    proc = Path("/proc")
    if not proc.is_dir():
        return found
    for p in proc.iterdir():
        if not p.name.isdigit() or int(p.name) == me:
            continue
        try:
            raw = (p / "cmdline").read_bytes()
            stat = (p / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        state, ppid, nice = fields[0], int(fields[1]), int(fields[16])
        if ppid == me or state in ("T", "t"):  # a stopped process (SIGSTOP) competes for nothing
            continue
        cmd = " ".join(raw.replace(b"\0", b" ").decode(errors="replace").split())
        if ("python" in cmd or "tune " in cmd) and "bash" not in cmd.split(" ")[0]:
            found.append(cmd[:140] + (f" (nice {nice})" if nice else ""))
    # Sweeps first: they are the long, heavy neighbours.
    return sorted(set(found), key=lambda c: (" run " not in c, c))[:limit]


# --------------------------------------------------------------------------- data
def load_sweep_dataset(
    sweep: Any, data_dir: str | None, n_train: int | None, n_val: int | None, n_test: int | None, seed: int = 0
) -> Any:
    """The sweep's dataset (from the encoded cache after the first time), subsampled with the
    data layer's stratified, seeded ``Dataset.subsample``. ``data_dir`` None: the data layer's
    own lookup (the sweep's ``data_dir`` option, ``$TEXTCLF_DATA_DIR``, the Keras cache, a download)."""
    from textclf_tune.data import load_dataset

    options = dict(sweep.data.options)
    if data_dir is not None:
        options["data_dir"] = data_dir
    ds = load_dataset(sweep.data.name, **options)
    if n_train is None and n_val is None and n_test is None:
        return ds
    return ds.subsample(n_train, n_val, n_test, seed=seed)


def sizes(ds: Any) -> dict[str, int]:
    return {"train": len(ds.train), "val": len(ds.val), "test": len(ds.test)}


def with_quick(
    sweep: Any,
    *,
    n_train: int | None,
    n_val: int | None,
    n_test: int | None,
    epochs: int,
    max_maxlen: int | None,
    trials: int = 1,
) -> Any:
    """A copy of ``sweep`` whose quick preset is the benchmark's (RunConfig(quick=True) then
    trains ``epochs`` epochs with maxlen capped at ``max_maxlen``)."""
    from textclf_tune import Quick

    quick = Quick(
        n_train=n_train or 0,
        n_val=n_val or 0,
        n_test=n_test or 0,
        epochs=epochs,
        trials=trials,
        max_maxlen=max_maxlen or 0,
    )  # 0: no cap (Trainer reads it as falsy)
    return dataclasses.replace(sweep, quick=quick)


# --------------------------------------------------------------------------- hyperparameters
class FixedHP:
    """The smallest replay of KerasTuner's ``hp`` interface: every call returns the given value.
    The bare arm uses it, so that it runs no textclf-tune code at all."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.values = dict(values)

    def _get(self, name: str, *args: Any, **kwargs: Any) -> Any:
        return self.values[name]

    Int = Float = Choice = Boolean = _get

    def conditional_scope(self, parent_name: str, parent_values: Any) -> Any:
        return contextlib.nullcontext()

    def Fixed(self, name: str, value: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N802
        self.values.setdefault(name, value)
        return self.values[name]

    def get(self, name: str) -> Any:
        return self.values[name]

    def __contains__(self, name: str) -> bool:
        return name in self.values


# --------------------------------------------------------------------------- deadlines
class BudgetSpent(KeyboardInterrupt):
    """Raised inside training when a benchmark arm's wall-clock budget is spent.

    A ``KeyboardInterrupt``: textclf-tune records the running trial as failed (interrupted) and
    stops the study cleanly, exactly as on Ctrl-C; KerasTuner catches only ``Exception`` and so
    lets it through too. Only finished trials are counted."""


#: What a benchmark budget is measured in: wall-clock seconds, or this process's CPU seconds (all
#: its threads: what a run cost whatever else shares the machine; bench.spot uses it to match a
#: table replayed with --clock cpu).
CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}
_clock = CLOCKS["wall"]


def set_clock(name: str) -> None:
    """Measure every budget of this process on clock ``name`` (one of :data:`CLOCKS`)."""
    global _clock
    _clock = CLOCKS[name]


def clock() -> float:
    """Now, on the budget clock (see :func:`set_clock`; wall clock unless set)."""
    return _clock()


def deadline_reporter(deadline: float) -> Any:
    """A silent textclf-tune Reporter that raises :class:`BudgetSpent` at the first trial start
    or training batch past ``deadline`` (a :func:`clock` value)."""
    from textclf_tune.engine.progress import Reporter

    class DeadlineReporter(Reporter):
        # Without this run_study passes no per-batch callback (see Reporter.wants_batches) and the
        # deadline is checked at trial starts only: the last trial ran to its end, up to minutes
        # past the budget, and was counted, while KerasTuner's were cut at the first late batch.
        wants_batches = True

        def __init__(self) -> None:
            self.deadline = deadline
            self.expired = False

        def _check(self) -> None:
            if clock() >= self.deadline:
                self.expired = True
                raise BudgetSpent("benchmark budget spent")

        def trial_start(self, number: int, index: int, params: dict[str, Any], is_reference: bool) -> None:
            self._check()

        def batch(self, step: int, steps: int) -> None:
            self._check()

    return DeadlineReporter()


# --------------------------------------------------------------------------- numbers and files
#: KerasTuner draws each hyperparameter value from ``random.Random(state)`` and adds 1 to
#: ``state`` per value drawn (``Oracle._random_values``), so runs seeded s and s + k share their
#: draws, shifted by k values: consecutive seeds are not independent replicates. Seeds this far
#: apart never meet within a run (a run draws thousands of values, not a million).
KT_SEED_STRIDE = 1_000_003


def kerastuner_seed(seed: int) -> int:
    """The KerasTuner seed of replicate ``seed`` (0, 1, ...): independent streams, never 0
    (KerasTuner reads 0 as "no seed")."""
    return 1 + seed * KT_SEED_STRIDE


def median(values: Sequence[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return float(statistics.median(vals)) if vals else None


def ratio(a: float | None, b: float | None) -> float | None:
    if a is None or b is None or b == 0:
        return None
    return a / b


def write_json(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, default=_default) + "\n", encoding="utf-8")


def write_json_atomic(path: Path, record: dict[str, Any]) -> None:
    """``record`` to ``path`` through a temporary file renamed over it: a killed run leaves the
    previous version whole (resumable records: bench.spot, bench.seed_noise)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(record, indent=1, default=str) + "\n")
    tmp.replace(path)


def table_conditions(
    table: Path, header: dict[str, Any], data_dir: str | None, sweep_path: str | None = None
) -> tuple[Any, Any, Any]:
    """(sweep, dataset, trainer) under a table's own conditions: its sweep (``sweep_path``, else the
    recorded file, else the sweep by name) and its seeded subsample. A sweep whose fingerprint is not
    the table's is refused (ValueError): training it now would search another space."""
    from bench.table import resolve_sweep
    from textclf_tune import load_sweep
    from textclf_tune.engine.setup import make_trainer, probe_space
    from textclf_tune.space.fingerprint import fingerprint

    recorded = REPO / str(header.get("sweep_file", ""))
    sweep = load_sweep(sweep_path or (str(recorded) if recorded.is_file() else resolve_sweep(header["sweep"])))
    sub = header["subsample"]
    ds = load_sweep_dataset(sweep, data_dir, sub["n_train"], sub["n_val"], sub["n_test"], seed=sub["seed"])
    trainer = make_trainer(sweep, ds, quick=False)
    fp = fingerprint(probe_space(sweep, trainer), sweep.settings())["hash"]
    if fp != header.get("fingerprint"):
        raise ValueError(
            f"{table}: made from another version of the {header['sweep']} sweep (fingerprint "
            f"{header.get('fingerprint')}, the sweep now {fp}), so training it now would search another space; "
            "check out the sweep file the table was made from"
        )
    return sweep, ds, trainer


def _default(o: Any) -> Any:
    if dataclasses.is_dataclass(o) and not isinstance(o, type):
        return dataclasses.asdict(o)
    if hasattr(o, "item"):  # numpy scalars
        return o.item()
    if isinstance(o, (set, tuple)):
        return list(o)
    if isinstance(o, Path):
        return str(o)
    return repr(o)


def quiet_tensorflow() -> None:
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    import logging
    import warnings

    logging.getLogger("tensorflow").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", module="keras_tuner")
    try:
        import optuna

        optuna.logging.set_verbosity(optuna.logging.ERROR)  # not the budget's interrupted trials
    except ImportError:
        pass
