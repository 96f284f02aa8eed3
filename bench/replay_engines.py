"""Engines run against a table (see :mod:`bench.tablefile`) at an equal simulated wall budget.

Each epoch an engine trains costs its recorded seconds on a :class:`SimClock`; the epoch that would
end past the budget is not trained and the run stops there (that trial is not counted). A pruned or
early-stopped trial costs only the epochs it ran. A proposed configuration is the table's nearest
row (:meth:`Table.nearest`); the lookup distance is reported.

- ``ours*``: textclf-tune's real ``run_study`` loop (study, reference trial, sampler, pruner,
  records) with each trial's training replaced by :class:`ReplayTrainer`, through
  ``RunConfig.trainer_factory``.
- ``kt-*``: KerasTuner's RandomSearch, BayesianOptimization and Hyperband oracles, driven
  directly (``create_trial`` / ``update_trial`` / ``end_trial``) without building a model.
"""

from __future__ import annotations

import contextlib
import math
import tempfile
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.common import BudgetSpent
from bench.tablefile import Row, Table


@dataclass
class SimClock:
    """Simulated seconds spent, against a budget."""

    budget_s: float
    spent: float = 0.0
    refused: float | None = None  # the epoch's seconds that did not fit

    def charge(self, seconds: float) -> None:
        """Spend ``seconds``, or raise :class:`BudgetSpent` (spending nothing) if they do not fit."""
        if self.spent + seconds > self.budget_s:
            self.refused = seconds
            raise BudgetSpent("simulated budget spent")
        self.spent += seconds


@dataclass
class Finished:
    """A trial that finished inside the budget: what it used and where the clock stood."""

    row: int
    distance: float
    epochs: int
    seconds: float  # the recorded seconds of the epochs it trained, plus the table's trial overhead
    end_s: float
    status: str  # "complete", "pruned", "failed"
    value: float | None  # the value the engine recorded for it (None: pruned or failed)
    test: float | None  # the table's test accuracy at the epoch that value came from


@dataclass
class RunLog:
    finished: list[Finished] = field(default_factory=list)

    def summary(self, clock: SimClock, maximize: bool, chosen: Finished | None) -> dict[str, Any]:
        done = [f for f in self.finished if f.status == "complete" and f.value is not None]
        trace, best = [], None
        for f in self.finished:
            if f.status == "complete" and f.value is not None and (best is None or _better(f.value, best, maximize)):
                best = f.value
                trace.append((round(f.end_s, 2), round(best, 5)))
        return {
            "best_val": None if chosen is None else chosen.value,
            "best_test": None if chosen is None else chosen.test,
            "best_row": None if chosen is None else chosen.row,
            "spent_s": round(clock.spent, 3),
            "finished": len(self.finished),
            "complete": len(done),
            "pruned": sum(f.status == "pruned" for f in self.finished),
            "failed": sum(f.status == "failed" for f in self.finished),
            "epochs": sum(f.epochs for f in self.finished),
            # Spent on the trial the budget cut (not counted): spent_s = its seconds + every finished trial's.
            "cut_s": round(clock.spent - sum(f.seconds for f in self.finished), 3),
            "refused_s": clock.refused,
            "mean_distance": _mean([f.distance for f in self.finished]),
            "exact": sum(f.distance == 0.0 for f in self.finished),
            "trace": trace,
        }


def _better(a: float, b: float, maximize: bool) -> bool:
    return a > b if maximize else a < b


def _mean(xs: list[float]) -> float | None:
    return round(sum(xs) / len(xs), 4) if xs else None


def define_space(hp: Any, space: dict[str, dict[str, Any]]) -> None:
    """Define every hyperparameter of a recorded space on ``hp`` (KerasTuner's or textclf-tune's),
    with its recorded arguments and conditions, in the recorded order (parents first)."""
    for name, spec in space.items():
        with contextlib.ExitStack() as scopes:
            for c in spec.get("conditions") or []:
                scopes.enter_context(hp.conditional_scope(c["parent"], c["values"]))
            _define_one(hp, name, spec)


def _define_one(hp: Any, name: str, spec: dict[str, Any]) -> None:
    kind, default = spec["type"], spec.get("default")
    if kind in ("Int", "Float"):
        make = hp.Int if kind == "Int" else hp.Float
        make(
            name,
            spec["min"],
            spec["max"],
            step=spec.get("step"),
            sampling=spec.get("sampling", "linear"),
            default=default,
        )
    elif kind == "Choice":
        hp.Choice(name, spec["values"], default=default)
    elif kind == "Boolean":
        # None recorded: each library's own default (KerasTuner refuses default=None).
        hp.Boolean(name, **({} if default is None else {"default": default}))
    else:
        hp.Fixed(name, spec["value"])


# --------------------------------------------------------------------------- ours
class ReplayTrainer:
    """Stands in for :class:`textclf_tune.engine.training.Trainer` in ``run_study``: ``build``
    defines the recorded space on the trial's ``hp`` (no model), ``fit`` replays the nearest row's
    recorded epochs, charging each to the clock and reporting it to ``on_epoch`` (the pruner)."""

    def __init__(self, table: Table, clock: SimClock, log: RunLog) -> None:
        self.table, self.clock, self.log = table, clock, log
        t = table.header.get("training", {})
        self.epochs = int(t.get("epochs", max((r.epochs for r in table.rows), default=1)))
        self._maxlen, self._batch = int(t.get("maxlen", 200)), int(t.get("batch_size", 32))
        self.history: dict[str, list[float]] = {}

    def build(self, hp: Any, seed: int, clear: bool = True) -> None:
        define_space(hp, self.table.space)

    def define_fit(self, hp: Any, model: Any) -> None:
        return None

    def resolve(self, hp: Any) -> tuple[int, int]:
        return int(hp.values.get("maxlen", self._maxlen)), int(hp.values.get("batch_size", self._batch))

    def num_words_for(self, hp: Any) -> int | None:
        """The trial's vocabulary (recorded by the objective): its ``num_words``, else the table's."""
        value = hp.values.get("num_words", (self.table.header.get("data") or {}).get("num_words"))
        return None if value is None else int(value)

    def fit(
        self,
        hp: Any,
        seed: int,
        on_epoch: Callable[[int, dict[str, float]], None] | None = None,
        on_batch: Any = None,
        evaluate_test: bool = False,
        model: Any = None,
        trial_number: int | None = None,
    ) -> Any:
        import optuna

        from textclf_tune.engine.training import TrainResult
        from textclf_tune.errors import TrialFailed

        self.clock.charge(self.table.trial_overhead_s)  # before the lookup: a trial it cuts never started
        row, dist = self.table.nearest(hp.values)
        obj = self.table.objective
        self.history = {"loss": [], obj: []}
        ran = 0
        try:
            for e in range(row.epochs):
                self.clock.charge(row.epoch_s[e])
                ran = e + 1
                loss = (row.raw.get("loss") or [None] * row.epochs)[e]
                logs = {"loss": math.nan if loss is None else float(loss), obj: row.val[e]}
                self.history["loss"].append(logs["loss"])
                self.history[obj].append(row.val[e])
                # As the live trainer: an epoch whose loss went NaN (a failed row records it as
                # null) is not reported to the pruner; the trial then fails.
                if on_epoch is not None and not (loss is None and row.status != "ok"):
                    on_epoch(e, logs)
        except optuna.TrialPruned:
            self._finish(row, dist, ran, "pruned")
            raise
        if row.status != "ok":
            self._finish(row, dist, ran, "failed")
            raise TrialFailed(f"replayed table row {row.i} failed: {row.reason}")
        best = row.best_epoch(maximize=self.table.maximize)
        if best is None:
            self._finish(row, dist, ran, "failed")
            raise TrialFailed(f"replayed table row {row.i} reported no finite {obj}")
        self._finish(row, dist, ran, "complete", row.val[best], row.test[best] if best < len(row.test) else None)
        return TrainResult(
            history=dict(self.history),
            best_epoch=best + 1,
            best_value=row.val[best],
            param_count=int(row.param_count or 0),
            train_seconds=sum(row.epoch_s[:ran]),
            maxlen=self.resolve(hp)[0],
            batch_size=self.resolve(hp)[1],
        )

    def _finish(self, row: Row, dist: float, ran: int, status: str, value: Any = None, test: Any = None) -> None:
        seconds = self.table.trial_overhead_s + sum(row.epoch_s[:ran])
        self.log.finished.append(Finished(row.i, dist, ran, seconds, self.clock.spent, status, value, test))


#: Consecutive failed trials that stop a replay (tables hold few failed rows, and those far apart).
MAX_FAILURES = 50


@dataclass(frozen=True)
class OursVariant:
    """A way to run textclf-tune: sampler and pruner (names as ``tune run`` takes them, or a
    factory ``(seed, table, budget_s) -> Optuna object``), and whether the reference goes first."""

    sampler: str | Callable[[int, Table, float], Any] = "tpe"
    pruner: str | Callable[[int, Table, float], Any] = "median"
    reference: bool = True
    note: str = ""
    #: ``"sweep"``: the sweep's own early stopping; an int (or ``None``: none) replays another
    #: patience, which only a ``full`` table knows (:func:`bench.tablefile.with_patience`).
    patience: int | str | None = "sweep"


def sweep_of(table: Table, reference: bool = True) -> Any:
    """A :class:`~textclf_tune.Sweep` rebuilt from the table's header (no sweep file, no Keras model)."""
    from textclf_tune import Data, Sweep, Training

    h = table.header
    data = h.get("data") or {"name": "replay"}
    return Sweep(
        path=Path(h.get("sweep_file") or f"{h.get('sweep', 'table')}.py"),
        build=lambda hp: None,
        data=Data(data.get("name", "replay"), **{k: v for k, v in data.items() if k != "name"}),
        training=Training(**h.get("training", {})),
        objective=table.objective,
        direction="maximize" if table.maximize else "minimize",
        reference_config=dict(h.get("reference_config") or {}) if reference else {},
    )


def run_ours(table: Table, variant: OursVariant, seed: int, budget_s: float) -> dict[str, Any]:
    """textclf-tune's ``run_study`` against ``table`` until the simulated budget is spent."""
    import optuna

    from textclf_tune import RunConfig, run_study
    from textclf_tune.engine.progress import Reporter

    optuna.logging.set_verbosity(optuna.logging.ERROR)
    clock, log = SimClock(budget_s), RunLog()
    trainer = ReplayTrainer(table, clock, log)
    sweep = sweep_of(table, variant.reference)
    sampler = variant.sampler if isinstance(variant.sampler, str) else variant.sampler(seed, table, budget_s)
    pruner = variant.pruner if isinstance(variant.pruner, str) else variant.pruner(seed, table, budget_s)
    with tempfile.TemporaryDirectory(prefix="textclf-replay-", dir=fast_dir()) as tmp:
        cfg = RunConfig(
            storage=f"journal:///{tmp}/replay.log",
            study_name=f"replay-{seed}",
            trials=1_000_000,
            sampler=sampler,
            pruner=pruner,
            seed=seed,
            # A failed table row is a trial that charged its epochs; a trial failing before its
            # lookup charges nothing (a bug in the replay), so without a cap the budget never ends.
            max_failures=MAX_FAILURES,
            keep_weights=0,
            trainer_factory=lambda sw, ds, quick: trainer,
        )
        try:
            study = run_study(sweep, cfg, reporter=Reporter(), dataset=types.SimpleNamespace(meta={}))
        except BudgetSpent:
            study = None
        if study is None:
            from textclf_tune.store.storage import open_storage

            study = optuna.load_study(study_name=cfg.study_name, storage=open_storage(cfg.storage, heartbeat=False))
        chosen = _chosen_ours(study, log)
    out = log.summary(clock, table.maximize, chosen)
    if variant.reference and log.finished:  # trial 0: the sweep's reference config, looked up exactly
        out["reference_lookup"] = {"row": log.finished[0].row, "distance": log.finished[0].distance}
    return out


def fast_dir() -> str | None:
    """A memory-backed folder where there is one (each SQLite commit there costs no disk sync)."""
    import os

    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


def _chosen_ours(study: Any, log: RunLog) -> Finished | None:
    """The finished trial Optuna's ``study.best_trial`` names (what `tune run` reports as best)."""
    try:
        best = study.best_trial
    except ValueError:
        return None
    complete = [f for f in log.finished if f.status == "complete"]
    from optuna.trial import TrialState

    numbers = [t.number for t in study.get_trials(deepcopy=False) if t.state == TrialState.COMPLETE]
    return complete[numbers.index(best.number)] if best.number in numbers else None


# --------------------------------------------------------------------------- KerasTuner
#: KerasTuner's tuners replayed by :func:`bench.replay_kt.run_kerastuner`.
KT_ENGINES = {"kt-random": "RandomSearch", "kt-bayesian": "BayesianOptimization", "kt-hyperband": "Hyperband"}


# --------------------------------------------------------------------------- the engines
def _tpe(**kw: Any) -> Callable[[int, Table, float], Any]:
    def make(seed: int, table: Table, budget_s: float) -> Any:
        import optuna

        return optuna.samplers.TPESampler(seed=seed, **kw)

    return make


def _tpe_startup_for_budget(seed: int, table: Table, budget_s: float) -> Any:
    """TPE whose random start-up is a quarter of the trials the budget buys at the reference
    config's cost (known once trial 0 has run), between 3 and 10."""
    import optuna

    ref = table.reference()
    cost = sum(ref.epoch_s) if ref else sum(sum(r.epoch_s) for r in table.rows) / max(len(table.rows), 1)
    n = int(min(10, max(3, round(budget_s / max(cost, 1e-9) / 4))))
    return optuna.samplers.TPESampler(seed=seed, n_startup_trials=n)


def _cheapest_of(k: int) -> Callable[[int, Table, float], Any]:
    def make(seed: int, table: Table, budget_s: float) -> Any:
        import warnings

        import optuna

        from bench.cost_aware import CheapestOfK

        with warnings.catch_warnings():  # ``group`` is experimental in Optuna
            warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
            return CheapestOfK(optuna.samplers.TPESampler(seed=seed, multivariate=True, group=True), k=k)

    return make


def _pruner(name: str) -> Callable[[int, Table, float], Any]:
    def make(seed: int, table: Table, budget_s: float) -> Any:
        import optuna

        if name == "median-warm1":
            return optuna.pruners.MedianPruner(n_startup_trials=5, n_warmup_steps=1)
        if name == "asha":  # as `tune run --pruner asha`
            from textclf_tune.engine.schedulers import make_pruner

            return make_pruner("asha", int(table.header.get("training", {}).get("epochs", 10)))
        # Optuna's percentile is the share of trials KEPT at a step (its docs: "when given 25.0, top
        # of 25th percentile trials are kept"): 25 prunes three quarters, harsher than the median
        # (50); 75 prunes only the bottom quarter, kinder to slow starters.
        if name == "percentile25":
            return optuna.pruners.PercentilePruner(25.0, n_startup_trials=5, n_warmup_steps=1)
        if name == "percentile75":
            return optuna.pruners.PercentilePruner(75.0, n_startup_trials=5, n_warmup_steps=1)
        if name == "patient-median":  # the median's verdict must hold for two epochs running
            return optuna.pruners.PatientPruner(optuna.pruners.MedianPruner(n_startup_trials=5, n_warmup_steps=1), 1)
        raise ValueError(name)

    return make


OURS: dict[str, OursVariant] = {
    "ours": OursVariant(note="defaults of `tune run`: TPE, median pruner, reference config first"),
    "ours-noref": OursVariant(reference=False, note="defaults without the reference trial"),
    "ours-tpe-mv": OursVariant(sampler=_tpe(multivariate=True, group=True), note="multivariate grouped TPE"),
    "ours-tpe-startup": OursVariant(sampler=_tpe_startup_for_budget, note="TPE start-up sized to the budget"),
    "ours-nopruner": OursVariant(pruner="none", note="TPE, no pruner"),
    "ours-hyperband": OursVariant(pruner="hyperband", note="TPE, Optuna's Hyperband pruner"),
    "ours-asha": OursVariant(pruner=_pruner("asha"), note="TPE, successive halving (ASHA) over epochs"),
    "ours-median1": OursVariant(pruner=_pruner("median-warm1"), note="TPE, median pruner from epoch 1"),
    "ours-random": OursVariant(sampler="random", note="random sampler, median pruner"),
    "ours-p25": OursVariant(
        pruner=_pruner("percentile25"), note="TPE, PercentilePruner(25) from epoch 1 (keeps the top quarter)"
    ),
    "ours-p75": OursVariant(
        pruner=_pruner("percentile75"), note="TPE, PercentilePruner(75) from epoch 1 (prunes the bottom quarter)"
    ),
    "ours-patient": OursVariant(pruner=_pruner("patient-median"), note="TPE, median pruner with patience 1"),
    "ours-patience4": OursVariant(patience=4, note="defaults, early stopping patience 4 (full tables only)"),
    "ours-nostop": OursVariant(patience=None, note="defaults without early stopping (full tables only)"),
    "ours-cheap3": OursVariant(
        sampler=_cheapest_of(3), note="multivariate TPE, the cheapest per epoch of 3 proposals (bench.cost_aware)"
    ),
    "ours-cheap5": OursVariant(
        sampler=_cheapest_of(5), note="multivariate TPE, the cheapest per epoch of 5 proposals (bench.cost_aware)"
    ),
    "ours-mv-p25": OursVariant(
        sampler=_tpe(multivariate=True, group=True), pruner=_pruner("percentile25"), note="multivariate TPE + p25"
    ),
}
ENGINES = (*OURS, *KT_ENGINES)


def table_for(table: Table, engine: str) -> Table:
    """``table`` as ``engine`` trains on it: under its own early-stopping patience, if it has one."""
    variant = OURS.get(engine)
    if variant is None or variant.patience == "sweep":
        return table
    from bench.surrogate import SurrogateTable
    from bench.tablefile import with_patience

    patience = None if variant.patience is None else int(variant.patience)
    other = with_patience(table, patience)
    return SurrogateTable.of(other) if isinstance(table, SurrogateTable) else other


def run_engine(table: Table, engine: str, seed: int, budget_s: float) -> dict[str, Any]:
    if engine in OURS:
        return run_ours(table, OURS[engine], seed, budget_s)
    if engine in KT_ENGINES:
        from bench.replay_kt import run_kerastuner

        return run_kerastuner(table, engine, seed, budget_s)
    raise ValueError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
