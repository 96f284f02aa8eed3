"""What each benchmark preset does: subsample sizes, epochs, budgets, seeds.

The default preset fits in about 25 minutes on 2 CPU cores (the budgeted sections take a fixed
wall-clock time whatever the load; the others grow with it). ``--full`` is bigger in every
direction and takes several hours on such a machine.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

IMDB_CNN = "sweeps/imdb_cnn.py"
ALL_SWEEPS = ("sweeps/imdb_cnn.py", "sweeps/imdb_lstm.py", "sweeps/newsgroups_glove.py")


@dataclass(frozen=True)
class OverheadPreset:
    """A bare ``model.fit`` loop against one textclf-tune trial of the sweep's reference config."""

    sweep: str = IMDB_CNN
    # ~13 s fits: with 5 s fits the machine's noise (±5% between pairs) swamped a 2% goal.
    n_train: int | None = 10000  # None: the whole training split
    n_val: int | None = 2000
    n_test: int | None = 2000
    epochs: int = 2
    pairs: int = 7  # alternating (bare, tune) pairs; the order flips every pair
    warmup: bool = True  # one discarded bare run first (kernel loading, first tracing)
    seed: int = 0


@dataclass(frozen=True)
class PruningPreset:
    """Equal wall-clock budget per arm, each pruner (median, hyperband) against none, TPE for all."""

    sweep: str = IMDB_CNN
    n_train: int | None = 1000
    n_val: int | None = 500
    n_test: int | None = 500
    epochs: int = 6
    max_maxlen: int | None = 150
    budget_s: float = 150.0
    seeds: tuple[int, ...] = (0,)
    arms: tuple[str, ...] = ("median", "hyperband", "none")  # each `tune run --pruner` choice


@dataclass(frozen=True)
class EnginesPreset:
    """Equal wall-clock budget per (engine, seed) on one subsample shared by every engine."""

    sweeps: tuple[str, ...] = (IMDB_CNN,)
    n_train: int | None = 1000
    n_val: int | None = 500
    n_test: int | None = 1000
    epochs: int = 3
    max_maxlen: int | None = 150  # None: each sweep's own quick.max_maxlen
    budget_s: float = 40.0
    seeds: tuple[int, ...] = (0, 1, 2)
    engines: tuple[str, ...] = ("ours", "ours-noref", "kt-random", "kt-bayesian", "kt-hyperband")


@dataclass(frozen=True)
class MemoryPreset:
    """Resident memory over a run of ``trials`` trials (used by the fallback, and passed on)."""

    sweep: str = IMDB_CNN
    trials: int = 20
    n_train: int | None = 500
    n_val: int | None = 200
    n_test: int | None = 200
    epochs: int = 2
    max_maxlen: int | None = 120


@dataclass(frozen=True)
class Preset:
    name: str
    overhead: OverheadPreset = field(default_factory=OverheadPreset)
    pruning: PruningPreset = field(default_factory=PruningPreset)
    engines: EnginesPreset = field(default_factory=EnginesPreset)
    memory: MemoryPreset = field(default_factory=MemoryPreset)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


DEFAULT = Preset(name="default")

FULL = Preset(
    name="full",
    overhead=OverheadPreset(n_train=None, n_val=None, n_test=None, epochs=3, pairs=7),
    pruning=PruningPreset(
        n_train=5000,
        n_val=1000,
        n_test=2000,
        epochs=10,
        max_maxlen=400,
        budget_s=900.0,
        seeds=(0, 1),
        arms=("median", "hyperband", "none"),
    ),
    engines=EnginesPreset(
        sweeps=ALL_SWEEPS,
        n_train=4000,
        n_val=1000,
        n_test=2000,
        epochs=6,
        max_maxlen=None,
        budget_s=240.0,
        seeds=(0, 1, 2),
    ),
    memory=MemoryPreset(trials=20, n_train=2000, n_val=500, n_test=500, epochs=2, max_maxlen=200),
)


#: A plumbing check that takes a couple of minutes; its figures mean nothing.
SMOKE = Preset(
    name="smoke",
    overhead=OverheadPreset(n_train=300, n_val=100, n_test=100, epochs=1, pairs=1, warmup=False),
    pruning=PruningPreset(n_train=300, n_val=100, n_test=100, epochs=3, max_maxlen=60, budget_s=15.0),
    engines=EnginesPreset(n_train=300, n_val=100, n_test=100, epochs=2, max_maxlen=60, budget_s=10.0, seeds=(0,)),
    memory=MemoryPreset(trials=3, n_train=200, n_val=100, n_test=100, epochs=1, max_maxlen=60),
)

PRESETS = {"default": DEFAULT, "full": FULL, "smoke": SMOKE}


def preset(full: bool = False, smoke: bool = False) -> Preset:
    return SMOKE if smoke else FULL if full else DEFAULT
