"""The tabulated benchmark's file: one JSON line per trained configuration, and its lookup.

A table (``results/bench/tables/<sweep>.jsonl``, written by ``python -m bench.table``) holds::

    {"kind": "header", "sweep": ..., "space": {...}, "fingerprint": ..., "subsample": {...}, ...}
    {"kind": "session", "command": ..., "machine": {...}, "started": ...}   # one per (re)start
    {"kind": "config", "i": 0, "params": {...}, "val": [...], "test": [...], "epoch_s": [...], ...}
    ...

Lines are only ever appended, each in one write ending in a newline, so a run killed at any moment
leaves at most one torn last line (no newline): :func:`read_table` sets it aside (``repair=True``
moves it to ``<table>.torn`` and cuts it from the table, so that appending goes on cleanly).

:meth:`Table.nearest` maps any configuration of the space to the table's nearest row by a
normalised distance (see :func:`normalise`). No Keras here.

A table's curves are of one of two kinds (the header's ``curves``). ``early-stopped`` (tables made
before the choice existed): each configuration trained under the sweep's own early stopping, so a
row ends where that ended it, and nothing is known past it. ``full``: each trained every epoch, and
:func:`read_table` applies the sweep's early stopping itself (:func:`early_stopped_end`, the rule of
Keras's ``EarlyStopping``), giving the same rows an ``early-stopped`` table would hold, each with its
uncut curves in :attr:`Row.full`. Those let a replay continue a configuration past where a run from
epoch 0 stopped, as KerasTuner's Hyperband does live: each bracket's continuation is a new ``fit``
with a fresh ``EarlyStopping``, so a slow starter the first run cut trains on.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

HEADER, SESSION, CONFIG = "header", "session", "config"
#: The header's ``curves``: every epoch trained (early stopping applied on reading), or cut as trained.
FULL, EARLY_STOPPED = "full", "early-stopped"


class TableError(Exception):
    """A table file that cannot be used as asked; the message names the file, the value and the fix."""


@dataclass
class Row:
    """One trained configuration: per-epoch curves as the sweep's own training produced them."""

    i: int
    params: dict[str, Any]
    val: list[float]
    test: list[float | None]
    epoch_s: list[float]
    status: str = "ok"  # "ok" or "failed" (a live trial would fail too: NaN loss, out of memory)
    reason: str = ""
    reference: bool = False
    param_count: int | None = None
    raw: dict[str, Any] = field(default_factory=dict)
    full: Row | None = None  # a ``full`` table's uncut row (this one is cut where early stopping ends it)

    @property
    def epochs(self) -> int:
        """Epochs the sweep's training ran (its early stopping ended it here)."""
        return len(self.epoch_s)

    def best_epoch(self, upto: int | None = None, start: int = 0, maximize: bool = True) -> int | None:
        """0-based index of the best objective among epochs ``start .. upto-1`` (None: none there)."""
        end = self.epochs if upto is None else min(upto, self.epochs)
        vals = [(v, e) for e, v in enumerate(self.val[:end]) if e >= start and v is not None and math.isfinite(v)]
        if not vals:
            return None
        # The first epoch reaching the best value, as the trainer keeps it.
        best = max(v for v, _ in vals) if maximize else min(v for v, _ in vals)
        return min(e for v, e in vals if v == best)


@dataclass
class Table:
    """A read table: its header, the config rows by index, what was set aside."""

    path: Path
    header: dict[str, Any]
    rows: list[Row]
    sessions: list[dict[str, Any]] = field(default_factory=list)
    torn: str = ""  # the text of a torn last line, if any
    duplicates: int = 0  # rows whose index appeared before (two writers at once): the first is kept

    def __post_init__(self) -> None:
        self.space: dict[str, dict[str, Any]] = self.header.get("space") or {}
        self.objective: str = self.header.get("objective", "val_accuracy")
        self.maximize: bool = self.header.get("direction", "maximize") == "maximize"
        self._index: _Index | None = None

    @property
    def curves(self) -> str:
        """:data:`FULL` or :data:`EARLY_STOPPED` (see the module's docstring)."""
        return str(self.header.get("curves", EARLY_STOPPED))

    @property
    def patience(self) -> int | None:
        """The sweep's early-stopping patience (``None``: it trains every epoch)."""
        value = (self.header.get("training") or {}).get("early_stopping")
        return None if value is None else int(value)

    @property
    def trial_overhead_s(self) -> float:
        """Seconds a replay charges each trial before its first epoch (``bench.replay
        --trial-overhead``): building, tracing, restoring and recording, which a live trial pays and
        the table's epoch seconds leave out. 0 unless set (:func:`with_trial_overhead`)."""
        return float(self.header.get("trial_overhead_s") or 0.0)

    @property
    def done(self) -> set[int]:
        return {r.i for r in self.rows}

    def reference(self) -> Row | None:
        return next((r for r in self.rows if r.reference), None)

    def nearest(self, values: dict[str, Any]) -> tuple[Row, float]:
        """The row nearest to ``values`` and its normalised distance (0: the same configuration)."""
        if not self.rows:
            raise TableError(f"{self.path}: the table holds no trained configuration yet; run bench.table first")
        if self._index is None:
            self._index = _Index(self.space, [r.params for r in self.rows])
        k, d = self._index.nearest(values)
        return self.rows[k], d


def with_trial_overhead(table: Table, seconds: float) -> Table:
    """``table`` whose replays charge ``seconds`` at the start of every trial (every fit: a
    KerasTuner Hyperband continuation is a new one)."""
    if seconds < 0:
        raise TableError(f"--trial-overhead {seconds:g}: seconds must be >= 0")
    return replace(table, header={**table.header, "trial_overhead_s": float(seconds)})


def with_clock(table: Table, clock: str) -> Table:
    """``table`` with each row's ``epoch_s`` read from the clock asked for: ``"wall"`` (as recorded)
    or ``"cpu"`` (the process's CPU seconds of each epoch, ``epoch_cpu_s``, which another job on the
    machine barely changes). A row that trained epochs without CPU seconds is a :class:`TableError`."""
    if clock == "wall":
        return table
    if clock != "cpu":
        raise TableError(f"clock {clock!r}: choose wall or cpu")
    missing = [r.i for r in table.rows if r.epochs and len(r.raw.get("epoch_cpu_s") or []) < (r.full or r).epochs]
    if missing:
        raise TableError(
            f"{table.path}: {len(missing)} of {len(table.rows)} rows (first: {missing[0]}) have no CPU seconds "
            "(trained before bench.table recorded them); replay it with --clock wall"
        )

    def cpu(r: Row) -> Row:
        seconds = [float(x) for x in r.raw.get("epoch_cpu_s") or []]
        full = None if r.full is None else replace(r.full, epoch_s=seconds[: r.full.epochs])
        return replace(r, epoch_s=seconds[: r.epochs], full=full)

    return replace(table, rows=[cpu(r) for r in table.rows])


def early_stopped_end(val: list[float], start: int, patience: int | None, maximize: bool = True) -> int:
    """The epoch (exclusive end) at which a ``fit`` from epoch ``start`` over the curve ``val`` stops
    under Keras's ``EarlyStopping(patience)`` (fresh at ``start``, min_delta 0): it stops after the
    ``patience``-th epoch in a row without a better value. As there, the first epoch always counts as
    better, even a NaN (after which nothing is), and a NaN never does later. ``None``: no early
    stopping, the whole curve."""
    if patience is None:
        return len(val)
    best: float | None = None
    wait = 0
    for e in range(start, len(val)):
        v = math.nan if val[e] is None else val[e]
        wait += 1
        if e == start or (v > best if maximize else v < best):  # type: ignore[operator]
            best, wait = v, 0
            continue
        if wait >= patience and e > 0:
            return e + 1
    return len(val)


def as_early_stopped(table: Table) -> Table:
    """A ``full`` table read as the ``early-stopped`` one its rows make (their uncut curves dropped):
    the same rows and seconds, so a replay of both isolates what the curves past the stop change."""
    if table.curves != FULL:
        return table
    return replace(
        table, header={**table.header, "curves": EARLY_STOPPED}, rows=[replace(r, full=None) for r in table.rows]
    )


def with_patience(table: Table, patience: int | None) -> Table:
    """A ``full`` table read under another early-stopping patience (``None``: none): what the
    sweep would give with ``Training(early_stopping=patience)``. Only a full table knows that."""
    if table.curves != FULL:
        raise TableError(
            f"{table.path}: its curves are {table.curves}, cut where the sweep's own early stopping ended each run, "
            f"so another patience cannot be replayed on it; make a table with --curves {FULL}"
        )
    training = {**(table.header.get("training") or {}), "early_stopping": patience}
    rows = [cut_row(r.full or r, patience, table.maximize) for r in table.rows]
    return replace(table, header={**table.header, "training": training}, rows=rows)


def past_early_stop(table: Table, margin: float = 0.02) -> dict[str, Any] | None:
    """What a ``full`` table's curves hold past where the sweep's early stopping ends a run from epoch
    0: of its finished rows, how many it cuts, by how much the uncut curve's best beats the cut one's
    (median over the cut rows, and how many by at least ``margin``). ``None`` for other tables."""
    if table.curves != FULL:
        return None
    sign = 1.0 if table.maximize else -1.0
    gains = []
    rows = [r for r in table.rows if r.status == "ok" and r.best_epoch() is not None]
    for r in rows:
        full = r.full or r
        b, fb = r.best_epoch(maximize=table.maximize), full.best_epoch(maximize=table.maximize)
        if r.epochs < full.epochs and b is not None and fb is not None:
            gains.append(sign * (full.val[fb] - r.val[b]))
    return {
        "rows": len(rows),
        "cut": len(gains),
        "median_gain": round(float(np.median(gains)), 4) if gains else None,
        "margin": margin,
        "gain_at_least_margin": sum(g >= margin for g in gains),
    }


def cut_row(row: Row, patience: int | None, maximize: bool = True) -> Row:
    """A ``full`` table's row as a run from epoch 0 under the sweep's early stopping sees it: cut where
    that stops it (a failure later than that, as a NaN loss, is never reached: the run completes),
    with the uncut row in :attr:`Row.full`."""
    end = early_stopped_end(row.val, 0, patience, maximize)
    if end >= row.epochs:
        return replace(row, full=row)
    return replace(
        row,
        val=row.val[:end],
        test=row.test[:end],
        epoch_s=row.epoch_s[:end],
        status="ok",
        reason="",
        full=row,
    )


# --------------------------------------------------------------------------- reading and writing
def read_table(path: Path, repair: bool = False) -> Table:
    """Read ``path``. A torn last line (no newline) is set aside: kept in :attr:`Table.torn` and,
    with ``repair``, moved to ``<path>.torn`` and cut from the file. Any other unreadable line is a
    :class:`TableError` naming the line."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TableError(f"{path}: cannot read the table ({exc}); pass the .jsonl file bench.table wrote") from exc
    torn = b""
    if data and not data.endswith(b"\n"):
        cut = data.rfind(b"\n") + 1
        data, torn = data[:cut], data[cut:]
        if repair:
            with open(str(path) + ".torn", "ab") as f:
                f.write(torn + b"\n")
            with open(path, "r+b") as f:
                f.truncate(cut)
    header: dict[str, Any] | None = None
    sessions: list[dict[str, Any]] = []
    rows: list[Row] = []
    seen: set[int] = set()
    duplicates = 0
    for n, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise TableError(
                f"{path}, line {n}: not a JSON record ({exc.msg}); only a torn last line is set aside. "
                "Remedy: delete that line (its configuration is trained again on the next bench.table run)"
            ) from None
        kind = rec.get("kind")
        if kind == HEADER:
            header = header or rec
        elif kind == SESSION:
            sessions.append(rec)
        elif kind == CONFIG:
            if rec["i"] in seen:
                duplicates += 1
                continue
            seen.add(rec["i"])
            rows.append(row_from(rec))
    if header is None:
        raise TableError(f"{path}: no header line; it is not a table written by python -m bench.table")
    rows.sort(key=lambda r: r.i)
    table = Table(path, header, rows, sessions, torn.decode("utf-8", errors="replace"), duplicates)
    if table.curves == FULL:
        table.rows = [cut_row(r, table.patience, table.maximize) for r in rows]
    elif table.curves != EARLY_STOPPED:
        raise TableError(
            f"{path}: curves {table.curves!r} in its header; a table's curves are {FULL} or {EARLY_STOPPED}"
        )
    return table


def row_from(rec: dict[str, Any]) -> Row:
    return Row(
        i=int(rec["i"]),
        params=dict(rec["params"]),
        val=[float(v) if v is not None else math.nan for v in rec.get("val", [])],
        test=list(rec.get("test", [])),
        epoch_s=[float(s) for s in rec.get("epoch_s", [])],
        status=rec.get("status", "ok"),
        reason=rec.get("reason", ""),
        reference=bool(rec.get("reference")),
        param_count=rec.get("param_count"),
        raw=rec,
    )


def append_line(path: Path, record: dict[str, Any]) -> None:
    """Append one record as one line, in one write, flushed to disk."""
    import os

    text = json.dumps(record, separators=(",", ":"), default=_plain) + "\n"
    with open(path, "a", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())


def _plain(o: Any) -> Any:
    if hasattr(o, "item"):
        return o.item()
    return repr(o)


# --------------------------------------------------------------------------- lookup
def normalise(spec: dict[str, Any], value: Any) -> tuple[str, float]:
    """One hyperparameter value as ``("num", x)`` with x in [0, 1] (linear, log or reverse-log scale
    of an Int/Float range; a numeric Choice by its rank among the sorted values) or ``("cat", code)``
    (a non-numeric Choice or a Boolean: equal or not)."""
    kind = spec["type"]
    if kind in ("Int", "Float"):
        lo, hi, sampling = float(spec["min"]), float(spec["max"]), spec.get("sampling", "linear")
        v = float(value)
        if hi <= lo:
            return "num", 0.0
        if sampling == "log":
            return "num", (math.log(v) - math.log(lo)) / (math.log(hi) - math.log(lo))
        if sampling == "reverse_log":
            m = hi + lo - v
            return "num", 1.0 - (math.log(m) - math.log(lo)) / (math.log(hi) - math.log(lo))
        return "num", (v - lo) / (hi - lo)
    if kind == "Choice":
        values = list(spec["values"])
        numeric = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)
        if numeric:
            ranked = sorted(values)
            pos = min(range(len(ranked)), key=lambda k: abs(ranked[k] - float(value)))
            return "num", pos / (len(ranked) - 1) if len(ranked) > 1 else 0.0
        codes = [repr(v) for v in values]
        return "cat", float(codes.index(repr(value))) if repr(value) in codes else -2.0
    return "cat", 1.0 if bool(value) else 0.0  # Boolean


class _Index:
    """Rows as vectors: numeric dimensions in [0, 1] (NaN: inactive) and categorical codes (-1:
    inactive). Distance: root mean square over the tunable hyperparameters of the per-dimension
    difference (|a-b| for numeric, 0/1 for categorical; 1 where exactly one side is inactive)."""

    def __init__(self, space: dict[str, dict[str, Any]], configs: list[dict[str, Any]]) -> None:
        self.names = [n for n, s in space.items() if s["type"] != "Fixed"]
        self.space = space
        self.kinds = [normalise(space[n], _sample_value(space[n]))[0] for n in self.names]
        self.matrix = np.array([self.vector(c) for c in configs], dtype=float).reshape(len(configs), len(self.names))

    def vector(self, values: dict[str, Any]) -> list[float]:
        out = []
        for n, kind in zip(self.names, self.kinds):
            if n not in values or values[n] is None:
                out.append(math.nan if kind == "num" else -1.0)
            else:
                out.append(normalise(self.space[n], values[n])[1])
        return out

    def nearest(self, values: dict[str, Any]) -> tuple[int, float]:
        if not self.names:
            return 0, 0.0
        q = np.array(self.vector(values), dtype=float)
        num = np.array([k == "num" for k in self.kinds])
        m = self.matrix
        diff = np.zeros_like(m)
        a, b = m[:, num], q[num]
        nan_a, nan_b = np.isnan(a), np.isnan(b)
        d = np.abs(a - b)
        d[nan_a & nan_b] = 0.0
        d[nan_a ^ nan_b] = 1.0
        diff[:, num] = d
        diff[:, ~num] = (m[:, ~num] != q[~num]).astype(float)
        dist = np.sqrt((diff**2).mean(axis=1))
        k = int(np.argmin(dist))  # ties: the lowest index
        return k, float(dist[k])


def _sample_value(spec: dict[str, Any]) -> Any:
    kind = spec["type"]
    if kind in ("Int", "Float"):
        return spec["min"]
    if kind == "Choice":
        return spec["values"][0]
    return False
