"""``python -m bench``: run the benchmarks and write ``results/bench/<section>.json`` and
``results/bench/SUMMARY.md``.

Sections: overhead (bare ``model.fit`` vs one trial), data (first encode / cached load, from
``bench.data``), pruning (median pruner vs none at equal wall clock), engines (ours vs KerasTuner
at equal wall clock), memory (resident memory over a 20-trial run, from ``bench.memory`` when it
exists). Benchmark studies live in temporary SQLite files; ``results/studies.db`` is never
touched. See :mod:`bench.presets` for what the default and ``--full`` presets do.
"""

from __future__ import annotations

import argparse
import dataclasses
import shlex
import sys
import time
import traceback
import uuid
from pathlib import Path
from typing import Any

from bench.common import DATA_DIR_HELP, DEFAULT_OUT, data_source, load_snapshot, now_iso, write_json
from bench.presets import ALL_SWEEPS, Preset, preset
from bench.summary import SECTIONS


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        prog="python -m bench",
        description="Run textclf-tune's benchmarks; write results/bench/<section>.json and results/bench/SUMMARY.md.",
    )
    size = ap.add_mutually_exclusive_group()
    size.add_argument("--full", action="store_true", help="the bigger preset (hours on 2 cores)")
    size.add_argument("--smoke", action="store_true", help="a minutes-long plumbing check; its figures mean nothing")
    ap.add_argument(
        "--data-dir",
        default=None,
        help=DATA_DIR_HELP,
    )
    ap.add_argument(
        "--only",
        default=",".join(SECTIONS),
        type=_sections,
        help=f"comma-separated sections to run, of {','.join(SECTIONS)} (default all)",
    )
    ap.add_argument(
        "--sweeps",
        default=None,
        type=_sweep_names,
        help="comma-separated sweep names (imdb_cnn,imdb_lstm,newsgroups_glove) the engines section "
        "compares on, instead of the preset's",
    )
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="where the JSON files and SUMMARY.md go")
    ap.add_argument("--summary-only", action="store_true", help="rewrite SUMMARY.md from the JSON files, run nothing")
    return ap.parse_args(argv)


def _sections(text: str) -> list[str]:
    names = [s.strip() for s in text.split(",") if s.strip()]
    bad = [s for s in names if s not in SECTIONS]
    if bad or not names:
        raise argparse.ArgumentTypeError(f"unknown section(s) {bad or text!r}; choose from {','.join(SECTIONS)}")
    return [s for s in SECTIONS if s in names]  # canonical order


def _sweep_names(text: str) -> tuple[str, ...]:
    known = {Path(p).stem: p for p in ALL_SWEEPS}
    names = [s.strip() for s in text.split(",") if s.strip()]
    bad = [s for s in names if s not in known]
    if bad or not names:
        raise argparse.ArgumentTypeError(f"unknown sweep(s) {bad or text!r}; choose from {','.join(known)}")
    return tuple(known[s] for s in names)


def run_section(name: str, p: Preset, data_dir: str | None, log: Any) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """(results, preset fields) of one section."""
    if name == "overhead":
        from bench import overhead

        return overhead.run(p.overhead, data_dir, log), _fields(p.overhead)
    if name == "data":
        from bench import data

        return data.run(data_dir, out=None), None  # written to --out below, not results/bench
    if name == "pruning":
        from bench import pruning

        return pruning.run(p.pruning, data_dir, log), _fields(p.pruning)
    if name == "engines":
        from bench import engines

        return engines.run(p.engines, data_dir, log), _fields(p.engines)
    if name == "memory":
        return run_memory(p, data_dir, log), _fields(p.memory)
    raise ValueError(name)


def run_memory(p: Preset, data_dir: str | None, log: Any) -> dict[str, Any]:
    """Resident memory over the preset's trials in one process (``bench.memory``)."""
    from bench import memory

    log(f"memory: bench.memory.run, {p.memory.trials} trials")
    res = memory.run(trials=p.memory.trials, data_dir=data_dir, preset=p.memory, log=log, out=None)
    return dict(res)


def _fields(obj: Any) -> dict[str, Any]:
    return {k: getattr(obj, k) for k in obj.__dataclass_fields__}


def _measured(path: Path) -> bool:
    """Whether ``path`` holds a section's successful record."""
    import json

    try:
        return json.loads(path.read_text(encoding="utf-8")).get("status") == "ok"
    except (OSError, ValueError, AttributeError):
        return False


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from bench import summary
    from bench.common import machine, quiet_tensorflow

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    command = "python -m bench" + (
        "" if argv is None and len(sys.argv) <= 1 else " " + shlex.join(sys.argv[1:] if argv is None else argv)
    )
    p = preset(full=args.full, smoke=args.smoke)
    if args.sweeps:
        p = dataclasses.replace(p, engines=dataclasses.replace(p.engines, sweeps=args.sweeps))
    data_dir: str | None = args.data_dir  # None: the data layer's own lookup, as in `tune run`
    run_meta: dict[str, Any] = {
        "run_id": uuid.uuid4().hex[:12],
        "date": now_iso(),
        "command": command,
        "preset": p.to_dict(),
        "data_dir": data_source(data_dir),
        "sections": [] if args.summary_only else args.only,
    }
    if args.summary_only:
        old = out / "run.json"
        if old.is_file():
            import json

            run_meta = json.loads(old.read_text(encoding="utf-8"))
        print(f"written: {summary.write(out, run_meta)}")
        return 0

    quiet_tensorflow()
    run_meta["machine"] = machine()
    t_all = time.perf_counter()

    def log(msg: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')} +{time.perf_counter() - t_all:6.0f}s] {msg}", flush=True)

    log(f"{command}: preset {p.name}, sections {','.join(args.only)}, data {data_source(data_dir)}, out {out}")
    failures = 0
    for name in args.only:
        record: dict[str, Any] = {
            "section": name,
            "run_id": run_meta["run_id"],
            "command": command,
            "started": now_iso(),
            "load_before": load_snapshot(),
        }
        t0 = time.perf_counter()
        log(f"== {name}")
        try:
            results, fields = run_section(name, p, data_dir, log)
            record.update(status="ok", results=results, preset=fields)
        except Exception as exc:  # one broken section must not lose the others
            failures += 1
            record.update(status="error", error=f"{type(exc).__name__}: {exc}", traceback=traceback.format_exc())
            log(f"   {name} FAILED: {type(exc).__name__}: {exc}")
        record["wall_s"] = round(time.perf_counter() - t0, 1)
        record["load_after"] = load_snapshot()
        record["machine"] = run_meta["machine"]
        path = out / f"{name}.json"
        if record["status"] != "ok" and _measured(path):  # a failed rerun must not erase a measurement
            path = out / f"{name}.failed.json"
            log(f"   {name}.json keeps its earlier measurement; this failure is in {path.name}")
        write_json(path, record)
        log(f"   {name} done in {record['wall_s']:.0f}s -> {path}")
        run_meta["wall_s"] = round(time.perf_counter() - t_all, 1)
        write_json(out / "run.json", run_meta)
        summary.write(out, run_meta)
    log(f"all done in {run_meta['wall_s']:.0f}s; summary {out / 'SUMMARY.md'}")
    return 1 if failures else 0
