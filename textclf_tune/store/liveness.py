"""Whether the process that ran a trial is gone, told at once on the machine it ran on.

A run killed with ``kill -9`` (or by the kernel's out-of-memory killer) leaves its trial RUNNING;
the heartbeat finds it stale only after the grace period (a minute by default), and until then a
resumed run waits on it and ``tune leaderboard`` counts it as running. Each trial records its
process id and a key of the process's machine (:func:`machine_key`); a trial whose key is this
process's own and whose process no longer exists is dead, whatever its heartbeat says.

The key is the host name, the kernel's boot id and the process-id namespace, so a process id is
only ever looked up where it means the same process: not on another host that shares the storage,
not after a reboot, not in another container that happens to share the host name. Where any of the
three cannot be read (not Linux), there is no key and trials wait out the grace period as before.
A process id reused by a new process reads as alive: the trial then waits out the grace period.
"""

from __future__ import annotations

import functools
import os
import platform
from pathlib import Path


@functools.cache
def machine_key() -> str | None:
    """``host/boot-id/pid-namespace`` of this process, or None where it cannot be told."""
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
        namespace = os.readlink("/proc/self/ns/pid")
    except OSError:
        return None
    host = platform.node()
    return f"{host}/{boot}/{namespace}" if host and boot and namespace else None


def process_gone(key: object, pid: object) -> bool:
    """Whether process ``pid`` of machine ``key`` (as a trial recorded them) has exited: only when
    ``key`` is this process's own and ``pid`` is not this process. A zombie (exited, not yet reaped
    by its parent) is gone."""
    if not isinstance(key, str) or not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
        return False
    if key != machine_key() or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # no permission: it exists, under another user
        return False
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:  # exited between the two looks, or a /proc of another pid namespace: look again
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except OSError:
            return False
        return False
    return stat.rsplit(")", 1)[-1].split()[:1] in (["Z"], ["X"])  # a zombie, or dead
