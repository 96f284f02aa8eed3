"""The command line a study records: what the user typed, also inside a worker process."""

from __future__ import annotations

import argparse
import os
import shlex


def recorded_command(args: argparse.Namespace) -> str:
    """``tune ARGS`` as parsed by :func:`textclf_tune.cli.main.main`, or the launcher's command line
    when this process is one of its workers (the launcher passes it in ``$TEXTCLF_COMMAND``)."""
    from textclf_tune.parallel.workers import COMMAND_ENV
    from textclf_tune.store.storage import STORAGE_ENV

    launched = os.environ.get(COMMAND_ENV)
    if launched:
        return launched
    line = "tune " + shlex.join(args.argv)
    given = any(a == "--storage" or a.startswith("--storage=") for a in args.argv)
    env = os.environ.get(STORAGE_ENV)
    if env and not given:  # the storage came from the environment: the line alone would open another
        line = f"{STORAGE_ENV}={shlex.quote(env)} {line}"
    return line
