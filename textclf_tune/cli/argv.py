"""The command line a study records: what the user typed, also inside a worker process."""

from __future__ import annotations

import argparse
import os
import shlex


def recorded_command(args: argparse.Namespace) -> str:
    """``tune ARGS`` as parsed by :func:`textclf_tune.cli.main.main`, or the launcher's command line
    when this process is one of its workers (the launcher passes it in ``$TEXTCLF_COMMAND``)."""
    from textclf_tune.parallel.workers import COMMAND_ENV

    return os.environ.get(COMMAND_ENV) or "tune " + shlex.join(args.argv)
