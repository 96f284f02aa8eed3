"""Fault cases that need a full or read-only disk (a tmpfs when run as root, else a file size limit)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from bench.fault_kit import Row, finished, make_env, one_line_error, short, sqlite_ok, trials, tune, write_sweep
from textclf_tune.store.records import T

# --------------------------------------------------------------------------- cases that train
#: Trials the full-disk cases' study asks for; the disk fills long before (SQLite keeps a few
#: free pages, so it needs a few trials to outgrow its file).
FULL_DISK_BUDGET = 8


def _full_disk(tmp: Path, name: str, slack: int) -> tuple[str, bool, tuple[subprocess.CompletedProcess[str], ...]]:
    """Run 2 trials; then to a budget of ``FULL_DISK_BUDGET`` on a full disk; then again with room.
    The disk is a tmpfs shrunk to what the storage uses (+``slack`` bytes) when this runs as root,
    else a file size limit at the storage file's size (+``slack``). Returns the URL, whether a
    tmpfs was used, and the three processes."""
    env = make_env(tmp)
    sweep = write_sweep(tmp / "tiny.py")
    disk = tmp / "disk"
    disk.mkdir()
    tmpfs = os.geteuid() == 0 and _mount_tmpfs(disk, "64m")
    path = disk / name
    url = f"sqlite:///{path}" if name.endswith(".db") else f"journal://{path}"
    run = ["run", str(sweep), "--storage", url, "--pruner", "none", "--trials"]
    try:
        first = tune([*run, "2"], env, tmp)
        size = path.stat().st_size
        if tmpfs:
            used = shutil.disk_usage(disk).used
            _remount(disk, f"size={used + max(slack, 4096)}")
            full = tune([*run, str(FULL_DISK_BUDGET)], env, tmp)
            _remount(disk, "size=64m")
        else:
            full = tune([*run, str(FULL_DISK_BUDGET)], env, tmp, size + slack)
        again = tune([*run, str(FULL_DISK_BUDGET)], env, tmp)
        if tmpfs:  # keep the storage for the checks after the tmpfs goes
            shutil.copy2(path, tmp / name)
    finally:
        if tmpfs:
            subprocess.run(["umount", str(disk)], check=False)
    return url.replace(str(path), str(tmp / name)) if tmpfs else url, tmpfs, (first, full, again)


def _remount(folder: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(folder)], check=True)


def _full_disk_row(label: str, url: str, tmpfs: bool, runs: tuple[subprocess.CompletedProcess[str], ...]) -> Row:
    first, full, again = runs
    line = one_line_error(full)
    label += " (tmpfs)" if tmpfs else " (RLIMIT_FSIZE)"
    db = Path(url.split(":///", 1)[1]) if url.startswith("sqlite") else None
    intact = first.returncode == 0 and (db is None or sqlite_ok(db))
    cause = next((c for c in ("disk full", "I/O error") if f"failed: {c}" in line), "")
    ts = trials(url, "tiny")
    running = sum(t.state.name == "RUNNING" for t in ts)
    blank = sum(t.state.name == "FAIL" and not t.user_attrs.get(T.FAIL_REASON) for t in ts)
    cut = sum("storage refused a write" in t.user_attrs.get(T.FAIL_REASON, "") for t in ts)
    done = finished(ts)
    mended = "mended" if "torn record" in again.stderr else "no mend needed"
    return Row(
        label,
        f"exit 2, one line (disk full or I/O error); rerun ends at {FULL_DISK_BUDGET}/{FULL_DISK_BUDGET}",
        f"exit {full.returncode}: {f'one line, {cause}' if cause else short(full.stderr[-160:])}; "
        f"rerun exit {again.returncode} ({mended}): {done}/{FULL_DISK_BUDGET} finished, {running} RUNNING, "
        f"{blank} failed w/o reason, {cut} recorded interrupted",
        intact,
        bool(cause) and again.returncode == 0 and done == FULL_DISK_BUDGET and running == 0 and blank == 0,
    )


def case_disk_full_sqlite(tmp: Path) -> Row:
    url, tmpfs, runs = _full_disk(tmp, "studies.db", 0)
    return _full_disk_row("SQLite on a full disk", url, tmpfs, runs)


def case_disk_full_journal(tmp: Path) -> Row:
    url, tmpfs, runs = _full_disk(tmp, "studies.log", 120)  # 120 bytes: the next record is cut mid-line
    return _full_disk_row("journal on a full disk, write cut mid-record", url, tmpfs, runs)


def case_read_only(tmp: Path) -> Row:
    env = make_env(tmp)
    sweep = write_sweep(tmp / "tiny.py")
    from textclf_tune.testing.fake_studies import make_study

    folder = tmp / "ro"
    folder.mkdir()
    mounted = os.geteuid() == 0 and _mount_tmpfs(folder, "4m")
    db = folder / "studies.db"
    make_study(f"sqlite:///{tmp / 'made.db'}", n=3)  # made elsewhere: this process keeps that file open
    shutil.copy2(tmp / "made.db", db)
    before = db.read_bytes()
    if mounted:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    else:
        db.chmod(0o444)
        folder.chmod(0o555)
    try:
        p = tune(["run", str(sweep), "--storage", f"sqlite:///{db}", "--trials", "2"], env, tmp)
        intact = db.read_bytes() == before
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)], check=False)
        else:
            folder.chmod(0o755)
    line = one_line_error(p)
    how = "read-only tmpfs" if mounted else "chmod a-w"
    return Row(
        f"read-only storage ({how}), tune run",
        "exit 2, one line: read-only + remedy",
        f"exit {p.returncode}: {short(line[line.find('failed:') :]) or short(p.stderr[-160:])}",
        intact,
        "read-only" in line and "Remedy" in line,
    )


def _mount_tmpfs(folder: Path, size: str) -> bool:
    if shutil.which("mount") is None:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    return done.returncode == 0
