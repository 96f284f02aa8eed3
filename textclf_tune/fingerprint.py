"""A study's fingerprint: its search space, data options and training settings.

Stored with the study when it is created; resuming with a sweep whose fingerprint differs is
refused, naming what changed, because its finished trials would no longer be comparable.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from textclf_tune.hp import describe_space_entry


def fingerprint(space: dict[str, dict[str, Any]], settings: dict[str, Any]) -> dict[str, Any]:
    """The JSON-able record stored with a study, with its short ``hash``."""
    body = {"space": space, **settings}
    canonical = json.dumps(body, sort_keys=True, default=repr)
    return {"hash": hashlib.sha256(canonical.encode()).hexdigest()[:16], **json.loads(canonical)}


def differences(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Human-readable lines naming each setting or hyperparameter that changed."""
    lines: list[str] = []
    old_space, new_space = old.get("space", {}), new.get("space", {})
    for name in sorted(set(old_space) | set(new_space)):
        a, b = old_space.get(name), new_space.get(name)
        if a == b:
            continue
        if a is None:
            lines.append(f"hyperparameter {name!r} was added: {describe_space_entry(b)}")
        elif b is None:
            lines.append(f"hyperparameter {name!r} was removed (was {describe_space_entry(a)})")
        else:
            lines.append(f"hyperparameter {name!r} changed: {describe_space_entry(a)} -> {describe_space_entry(b)}")
    for key in sorted((set(old) | set(new)) - {"space", "hash"}):
        if old.get(key) != new.get(key):
            lines.append(f"{key} changed: {json.dumps(old.get(key), sort_keys=True)} -> {json.dumps(new.get(key), sort_keys=True)}")
    return lines
