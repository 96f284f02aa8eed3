"""Fault battery: what survives a full disk, a torn journal, a read-only or corrupt storage, two runs
racing for one study, odd study names and a broken ``build``.

``python -m bench.faults [--only NAME,...] [--fast]`` runs each case in a temporary folder (tiny
generated data, never ``results/``) and prints a table: case, expected, observed, storage intact.
It exits 1 when a case did not behave as expected. The fast cases also run in CI
(``tests/engine/test_fault_battery.py``); the others train a tiny sweep in a subprocess.

A full disk is a file size limit (``RLIMIT_FSIZE``, with ``SIGXFSZ`` ignored, so that writes past it
fail with ``EFBIG`` as they would with ``ENOSPC``); a read-only storage is a tmpfs remounted
read-only when this runs as root, else a file without write permission.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.fault_disk import case_disk_full_journal, case_disk_full_sqlite, case_read_only
from bench.fault_kit import TINY_SWEEP, Row, make_env, one_line_error, short, sqlite_ok, trials, tune, write_sweep
from textclf_tune.store.records import T


# --------------------------------------------------------------------------- fast cases
def case_torn_journal(tmp: Path) -> Row:
    import optuna

    from textclf_tune.store.storage import open_storage
    from textclf_tune.testing.fake_studies import make_study

    path = tmp / "studies.log"
    url = f"journal://{path}"
    make_study(url, n=12)
    whole = trials(url, "imdb_fake")
    path.write_bytes(path.read_bytes()[:-300])  # truncate -s -300
    study = optuna.load_study(study_name="imdb_fake", storage=open_storage(url))
    kept = {t.number: t for t in study.get_trials()}
    lost = [t.number for t in whole if t.number not in kept or kept[t.number].state != t.state]
    study.add_trial(optuna.trial.create_trial(value=0.5, params={}, distributions={}))
    intact = len(trials(url, "imdb_fake")) == len(kept) + 1
    backup = list(tmp.glob("studies.log.torn-*"))
    cut = len(lost)  # the last trial's final record was among the 300 bytes cut off
    return Row(
        "torn journal (truncate -s -300)",
        "tail set aside, all complete records kept, resumes",
        f"{len(backup)} backup file; {len(whole) - cut}/{len(whole)} trials as before (1 lost its cut record)",
        intact,
        bool(backup) and intact and cut <= 1,
    )


def case_glued_journal(tmp: Path) -> Row:
    from textclf_tune.report.leaderboard import leaderboard_rows
    from textclf_tune.testing.fake_studies import make_study

    path = tmp / "studies.log"
    url = f"journal://{path}"
    make_study(url, n=8)
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join(lines[:-2]) + lines[-2][:50] + lines[-2] + lines[-1])  # appended onto a torn line
    rows = leaderboard_rows(url)
    intact = path.read_bytes() == b"".join(lines)
    return Row(
        "record appended onto a torn line",
        "leaderboard reads it; the record is recovered",
        f"leaderboard: {len(rows)} study, {rows[0]['complete']} complete; file as before the tear: {intact}",
        intact,
        intact and len(rows) == 1,
    )


def case_corrupt_sqlite(tmp: Path) -> Row:
    from textclf_tune.testing.fake_studies import make_study

    db = tmp / "s.db"
    make_study(f"sqlite:///{db}", n=4)
    raw = bytearray(db.read_bytes())
    raw[4096:8192] = b"\xff" * 4096
    db.write_bytes(bytes(raw))
    before = db.read_bytes()
    p = tune(["leaderboard", "--storage", f"sqlite:///{db}"], make_env(tmp), tmp)
    line = one_line_error(p)
    return Row(
        "corrupt SQLite page, tune leaderboard",
        "exit 2, one line: corrupt + remedy",
        f"exit {p.returncode}: {short(line[line.find('failed:') :]) or short(p.stderr[-200:])}",
        db.read_bytes() == before,
        "corrupt" in line and "Remedy" in line,
    )


def case_missing_storage(tmp: Path) -> Row:
    env = make_env(tmp)
    url = f"sqlite:///{tmp / 'typo' / 'studies.db'}"
    codes = []
    for args in (["leaderboard"], ["report", "--out", str(tmp / "r")], ["enqueue", "x", "a=1"]):
        p = tune([*args, "--storage", url], env, tmp)
        codes.append(p.returncode if one_line_error(p) else -1)
    created = (tmp / "typo").exists()
    return Row(
        "mistyped SQLite path: leaderboard, report, enqueue",
        "exit 2 each, no file created",
        f"exits {codes}; file created: {created}",
        not created,
        codes == [2, 2, 2] and not created,
    )


def _race_worker(url: str, name: str, sweep_path: str, space: dict[str, Any], barrier: Any, out: Any) -> None:
    from textclf_tune.engine.opening import open_study
    from textclf_tune.engine.run import RunConfig
    from textclf_tune.errors import StudyError
    from textclf_tune.space.sweep import load_sweep
    from textclf_tune.store.storage import open_storage

    sweep = load_sweep(sweep_path)
    storage = open_storage(url)
    barrier.wait()
    try:
        open_study(sweep, RunConfig(storage=url, study_name=name), space, {}, storage)
        out.put((name, space["units"]["values"][0], "ok"))
    except StudyError:
        out.put((name, space["units"]["values"][0], "refused"))


def case_fingerprint_race(tmp: Path, pairs: int = 8) -> Row:
    """Pairs of processes open one new study with different spaces at the same moment."""
    sweep = tmp / "nokeras.py"
    sweep.write_text("from textclf_tune import Data\ndata = Data('imdb')\ndef build(hp):\n    pass\n")
    url = f"sqlite:///{tmp / 'race.db'}"
    from textclf_tune.store.storage import open_storage

    open_storage(url)  # the schema exists before the race
    # Not fork: it would copy the locks of a parent with threads (pytest, TensorFlow). A fork
    # server that imported these once starts each racer in milliseconds.
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["bench.faults", "textclf_tune.engine.run", "textclf_tune.space.sweep"])
    out = ctx.Queue()
    both = 0
    mixed = 0
    for i in range(pairs):
        barrier = ctx.Barrier(2)
        procs = [
            ctx.Process(
                target=_race_worker,
                args=(url, f"race{i}", str(sweep), {"units": {"type": "Choice", "values": [k]}}, barrier, out),
            )
            for k in (1, 2)
        ]
        for p in procs:
            p.start()
        for p in procs:
            p.join(120)
        got = [out.get(timeout=10) for _ in procs]
        winners = [units for _, units, how in got if how == "ok"]
        both += len(winners) != 1
        from textclf_tune.space.fingerprint import read_fingerprint
        from textclf_tune.store.storage import load_existing_study, open_storage

        fp = read_fingerprint(load_existing_study(f"race{i}", url), open_storage(url, heartbeat=False)) or {}
        mixed += [fp["space"]["units"]["values"][0]] != winners
    return Row(
        f"two runs, two sweeps, one new study ({pairs} synchronized pairs)",
        "exactly one opens it per pair, the other is refused",
        f"{pairs - both}/{pairs} pairs: one opened, one refused",
        mixed == 0,
        both == 0 and mixed == 0,
    )


def case_report_names(tmp: Path) -> Row:
    from textclf_tune.report.markdown import write_reports
    from textclf_tune.testing.fake_studies import make_study

    url = f"sqlite:///{tmp / 's.db'}"
    names = ["a/b", "a_b", "x" * 300, "é" * 150]
    for i, name in enumerate(names):
        make_study(url, name=name, n=4, seed=i)
    try:
        reports, _ = write_reports(storage=url, out=tmp / "reports", draw=False)
        folders = {r.report.parent.name for r in reports}
        longest = max(len(f.encode()) for f in folders)
        observed = f"{len(folders)} folders for {len(names)} studies, longest name {longest} bytes"
        ok = len(folders) == len(names) and longest <= 255
    except OSError as exc:
        observed, ok = f"{type(exc).__name__}: {exc}", False
    return Row("tune report: a/b, a_b, 300-byte names", "one folder each, names <= 255 bytes", observed, True, ok)


def case_warm_start_missing(tmp: Path) -> Row:
    from textclf_tune.engine.opening import open_study
    from textclf_tune.engine.run import RunConfig
    from textclf_tune.errors import StudyError
    from textclf_tune.space.sweep import load_sweep
    from textclf_tune.store.storage import open_storage

    sweep = tmp / "nokeras.py"
    sweep.write_text("from textclf_tune import Data\ndata = Data('imdb')\ndef build(hp):\n    pass\n")
    url = f"sqlite:///{tmp / 's.db'}"
    storage = open_storage(url)
    import optuna

    try:
        open_study(load_sweep(sweep), RunConfig(storage=url, study_name="new", warm_start="nope"), {}, {}, storage)
        refused = False
    except StudyError:
        refused = True
    left = optuna.get_all_study_names(storage=storage)
    return Row(
        "--warm-start from a study that does not exist",
        "refused, no empty study left",
        f"refused: {refused}; studies left: {left or 'none'}",
        not left,
        refused and not left,
    )


def case_missing_sweep(tmp: Path) -> Row:
    t0 = time.perf_counter()
    p = tune(["run", str(tmp / "nope.py"), "--storage", f"sqlite:///{tmp / 's.db'}"], make_env(tmp), tmp)
    seconds = time.perf_counter() - t0
    line = one_line_error(p)
    return Row(
        "missing sweep file",
        "exit 2 in seconds (before Keras loads)",
        f"exit {p.returncode} after {seconds:.1f} s",
        not (tmp / "s.db").exists(),
        bool(line) and seconds < 8,
    )


def _build_error(tmp: Path, extra: str, label: str, words: str) -> Row:
    env = make_env(tmp)
    sweep = write_sweep(tmp / "broken.py", extra=extra)
    p = tune(["run", str(sweep), "--storage", f"sqlite:///{tmp / 's.db'}", "--trials", "1"], env, tmp)
    line = one_line_error(p)
    lineno = next(i for i, ln in enumerate(sweep.read_text().splitlines(), 1) if extra.strip() in ln)
    named = f"{sweep}, line {lineno}" in line
    return Row(
        label,
        "exit 2, one line: file, line, exception, remedy",
        f"exit {p.returncode}: {short(line[line.find('build') :]) if line else short(p.stderr[-160:])}",
        True,
        named and words in line and "Remedy" in line,
    )


def case_build_raises(tmp: Path) -> Row:
    return _build_error(
        tmp, 'raise ValueError("units must be even")', "build raises at the startup check", "ValueError"
    )


def case_hp_real(tmp: Path) -> Row:
    return _build_error(tmp, 'hp.Real("dropout", 0.0, 0.5)', "build calls hp.Real (no such method)", "Real")


def case_launcher_killed(tmp: Path) -> Row:
    """``kill -9`` of the ``--workers`` launcher: its workers record their trials interrupted."""
    env = make_env(tmp)
    env["TEXTCLF_HEARTBEAT"] = "20"
    sweep = tmp / "slow.py"
    sweep.write_text(TINY_SWEEP.format(extra="").replace("epochs=2", "epochs=40"))
    url = f"sqlite:///{tmp / 's.db'}"
    cmd = [sys.executable, "-m", "textclf_tune", "run", str(sweep), "--storage", url, "--workers", "2"]
    cmd += ["--pruner", "none"]
    parent = subprocess.Popen(cmd, env=env, cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    running: list[Any] = []
    while time.time() < deadline and len(running) < 2:
        time.sleep(0.5)
        try:
            running = [t for t in trials(url, "slow") if t.state.name == "RUNNING" and len(t.params) == 3]
        except Exception:
            running = []
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    time.sleep(15)  # workers look for their parent every second, then record and exit
    ts = {t.number: t for t in trials(url, "slow")}
    states = [ts[t.number] for t in running]
    interrupted = sum(t.state.name == "FAIL" and "interrupted" in t.user_attrs.get(T.FAIL_REASON, "") for t in states)
    return Row(
        "kill -9 of the --workers launcher",
        "each worker's running trial recorded interrupted",
        f"{interrupted}/{len(running)} running trials recorded interrupted within 15 s",
        sqlite_ok(tmp / "s.db"),
        len(running) == 2 and interrupted == 2,
    )


FAST: dict[str, Callable[[Path], Row]] = {
    "torn_journal": case_torn_journal,
    "glued_journal": case_glued_journal,
    "corrupt_sqlite": case_corrupt_sqlite,
    "missing_storage": case_missing_storage,
    "fingerprint_race": case_fingerprint_race,
    "report_names": case_report_names,
    "warm_start_missing": case_warm_start_missing,
    "missing_sweep": case_missing_sweep,
}


SLOW: dict[str, Callable[[Path], Row]] = {
    "disk_full_sqlite": case_disk_full_sqlite,
    "disk_full_journal": case_disk_full_journal,
    "read_only": case_read_only,
    "build_raises": case_build_raises,
    "hp_real": case_hp_real,
    "launcher_killed": case_launcher_killed,
}


CASES = {**FAST, **SLOW}


def run_case(name: str) -> Row:
    with tempfile.TemporaryDirectory(prefix=f"faults-{name}-") as d:
        try:
            return CASES[name](Path(d))
        except Exception as exc:  # a case that breaks is a finding, not a crash of the battery
            return Row(
                name, "(the case ran)", f"case crashed: {type(exc).__name__}: {short(str(exc), 120)}", False, False
            )


def table(rows: list[Row]) -> str:
    head = "| case | expected | observed | storage intact | as expected |"
    lines = [head, "|---|---|---|---|---|"]
    for r in rows:
        cells = [r.case, r.expected, r.observed, "yes" if r.intact else "NO", "yes" if r.ok else "NO"]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.faults", description=__doc__.splitlines()[0])
    ap.add_argument("--only", default=None, help=f"comma-separated cases, of {','.join(CASES)}")
    ap.add_argument("--fast", action="store_true", help="only the cases that train nothing")
    args = ap.parse_args(argv)
    import optuna

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    names = list(FAST if args.fast else CASES)
    if args.only:
        names = [n.strip() for n in args.only.split(",") if n.strip()]
        bad = [n for n in names if n not in CASES]
        if bad:
            ap.error(f"unknown case(s) {bad}; choose from {','.join(CASES)}")
    rows = []
    t0 = time.perf_counter()
    for name in names:
        print(f"[{time.perf_counter() - t0:6.0f} s] {name} ...", file=sys.stderr, flush=True)
        rows.append(run_case(name))
    print(table(rows))
    bad_rows = [r.case for r in rows if not (r.ok and r.intact)]
    print(
        f"\n{len(rows) - len(bad_rows)}/{len(rows)} cases as expected, storage intact in "
        f"{sum(r.intact for r in rows)}/{len(rows)}; {time.perf_counter() - t0:.0f} s"
    )
    return 1 if bad_rows else 0


if __name__ == "__main__":
    raise SystemExit(main())
