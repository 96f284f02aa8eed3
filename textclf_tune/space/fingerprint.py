"""A study's fingerprint: its search space, data options and training settings.

Stored with the study when it is created; resuming with a sweep whose fingerprint differs is
refused, naming what changed, because its finished trials would no longer be comparable.

The sweep file names only the data options it sets; a loader default, the archive itself or the
encoding code can still change under a study. So the loaded dataset's own record (resolved
options, split sizes and class counts, vocabulary size, encoding version), stored with the study
as ``data``, is compared too: see :func:`data_differences`.

Where it is stored: the study's user attr ``fingerprint`` holds only the short hash (what
``optuna studies`` and optuna-dashboard show), the full record is the study's system attr
``textclf:fingerprint`` (:func:`write_fingerprint`, :func:`read_fingerprint`). Studies created
before held the whole record in the user attr; it is read the same.

Versions: version 2 (``"version": 2``, outside the hashed body) records every branch of a
conditional space, with each conditional entry's ``conditions``. A version-1 record, from a probe of
the reference config alone, saw only the branch the reference config takes; resuming one is
accepted when the space is the same where version 1 could see it (:func:`same_as_legacy`).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import optuna

from textclf_tune.errors import StudyError
from textclf_tune.space.specs import describe as describe_space_entry
from textclf_tune.store.records import S, Sys

#: The format :func:`fingerprint` writes (see the module docstring).
VERSION = 2


def fingerprint(space: dict[str, dict[str, Any]], settings: dict[str, Any]) -> dict[str, Any]:
    """The JSON-able record stored with a study, with its short ``hash``."""
    body = {"space": space, **settings}
    canonical = json.dumps(body, sort_keys=True, default=repr)
    return {"hash": hashlib.sha256(canonical.encode()).hexdigest()[:16], "version": VERSION, **json.loads(canonical)}


def same_as_legacy(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Whether a version-1 record ``old`` describes the sweep ``new`` (a version-2 record): equal
    settings, and the same space where version 1 could see it (hyperparameters only ``new`` holds
    are conditional: branches the reference config did not take)."""
    if old.get("version", 1) != 1:
        return False
    old_space, new_space = old.get("space", {}), new.get("space", {})
    if set(old_space) - set(new_space) or any(
        "conditions" not in new_space[n] for n in set(new_space) - set(old_space)
    ):
        return False
    seen = {n: {k: v for k, v in new_space[n].items() if k != "conditions"} for n in old_space}
    body = {k: v for k, v in new.items() if k not in ("hash", "version", "space")}
    return fingerprint(seen, body)["hash"] == old.get("hash")


def write_fingerprint(study: optuna.Study, storage: optuna.storages.BaseStorage, fp: dict[str, Any]) -> None:
    """Store ``fp``: its hash as the user attr people read, the record as a system attr."""
    storage.set_study_system_attr(storage.get_study_id_from_name(study.study_name), Sys.FINGERPRINT, fp)
    study.set_user_attr(S.FINGERPRINT, fp["hash"])


def read_fingerprint(study: optuna.Study, storage: optuna.storages.BaseStorage | None) -> dict[str, Any] | None:
    """The record stored with ``study`` (``None``: it has none). ``storage`` is the study's; without
    it only a record held whole in the user attr (studies created before) is found."""
    value = study.user_attrs.get(S.FINGERPRINT)
    if value is None or isinstance(value, dict):
        return value
    if storage is not None:
        record = storage.get_study_system_attrs(storage.get_study_id_from_name(study.study_name)).get(Sys.FINGERPRINT)
        if isinstance(record, dict):
            return record
    return {"hash": str(value)}


def fingerprint_hash(user_attrs: dict[str, Any]) -> str:
    """The hash shown for a study: its ``fingerprint`` user attr, a hash or (older studies) a record."""
    value = user_attrs.get(S.FINGERPRINT)
    return str(value.get("hash", "?")) if isinstance(value, dict) else str(value or "?")


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
    for key in sorted((set(old) | set(new)) - {"space", "hash", "version"}):
        if old.get(key) != new.get(key):
            lines.append(
                f"{key} changed: {json.dumps(old.get(key), sort_keys=True)} -> {json.dumps(new.get(key), sort_keys=True)}"
            )
    return lines


#: Dataset-record keys whose change makes old trials incomparable (paths and cache details are not).
DATA_KEYS = ("content", "options", "val_split", "class_names", "sizes", "class_counts", "vocab_size", "code_version")
_PATH_OPTIONS = ("data_dir", "cache_dir")


def _data_identity(meta: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in DATA_KEYS:
        if key not in meta:
            continue
        value = meta[key]
        if key == "options" and isinstance(value, dict):
            value = {k: v for k, v in value.items() if k not in _PATH_OPTIONS}
        if key == "val_split" and isinstance(value, dict):
            value = value.get("kind")
        out[key] = value
    return out


def data_differences(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Lines naming what differs between two dataset records (``Dataset.meta``), comparing only
    what both recorded (a study stored by an older version may lack a key)."""
    a, b = _data_identity(old), _data_identity(new)
    lines: list[str] = []
    for key in DATA_KEYS:
        if key not in a or key not in b:
            continue
        if key == "content" and isinstance(a[key], dict) and isinstance(b[key], dict):
            lines += content_differences(a[key], b[key])
        elif key == "options" and isinstance(a[key], dict) and isinstance(b[key], dict):
            for opt in sorted(set(a[key]) & set(b[key])):
                if a[key][opt] != b[key][opt]:
                    lines.append(f"data option {opt}: {a[key][opt]!r} -> {b[key][opt]!r}")
        elif json.dumps(a[key], sort_keys=True) != json.dumps(b[key], sort_keys=True):
            lines.append(f"data {key}: {json.dumps(a[key], sort_keys=True)} -> {json.dumps(b[key], sort_keys=True)}")
    return lines


def content_differences(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Which data file changed and where: its SHA-256, row count and the first block of rows that differs
    (``meta["content"]`` of :mod:`textclf_tune.data.owntexts`)."""
    lines = []
    for role in sorted(set(old) | set(new)):
        a, b = old.get(role) or {}, new.get(role) or {}
        if a.get("sha256") == b.get("sha256"):
            continue
        if not a or not b:
            lines.append(f"data: the {role} file was {'added' if b else 'removed'}")
            continue
        text = f"data {'folder' if b.get('unit') == 'file' else 'file'} {b.get('file')} ({role}) changed: SHA-256 {str(a.get('sha256'))[:12]}… -> {str(b.get('sha256'))[:12]}…"
        if a.get("rows") != b.get("rows"):
            text += f"; {a.get('rows')} -> {b.get('rows')} rows"
        da, db = a.get("digests") or [], b.get("digests") or []
        if a.get("block") == b.get("block") and da and db:
            text += _first_block(da, db, b)
        lines.append(text)
    return lines


def _first_block(old: list[str], new: list[str], record: dict[str, Any]) -> str:
    """'; first difference in rows 11-20' (or the files there) from two lists of block digests."""
    first = next((i for i, (x, y) in enumerate(zip(old, new)) if x != y), min(len(old), len(new)))
    if first >= max(len(old), len(new)):
        return ""
    size, unit = int(record["block"]), str(record.get("unit") or "row")
    lo, hi = first * size + 1, min((first + 1) * size, int(record.get("rows") or 0))
    starts = record.get("starts") or []
    if unit == "file" and first < len(starts):
        where = f"file {starts[first]}" if lo >= hi else f"the {hi - lo + 1} files from {starts[first]} on"
    else:
        where = f"{unit} {lo}" if lo >= hi else f"{unit}s {lo}-{hi}"
    text = f"; first difference in {where}" + (" (data rows, not counting the header)" if unit == "row" else "")
    changed = sum(x != y for x, y in zip(old, new)) + abs(len(old) - len(new))
    return text + (f"; {changed} blocks of {size} differ" if changed > 1 else "")


def require_same_data(recorded: dict[str, Any], loaded: dict[str, Any], problem: str, remedy: str = "") -> None:
    """Raise :class:`StudyError` (``problem``, each difference, then how to load the recorded data
    again and ``remedy``, another way out) when :func:`data_differences` finds any between the
    study's record and the loaded dataset's."""
    changed = data_differences(recorded, loaded)
    if changed:
        restore = restore_hint(recorded, loaded)
        fix = f"{restore}, or {remedy}" if remedy else f"{restore}."
        raise StudyError(f"{problem}:\n  - " + "\n  - ".join(changed) + f"\nRemedy: {fix}")


def restore_hint(recorded: dict[str, Any], loaded: dict[str, Any] | None = None) -> str:
    """How to load the data a study recorded: a user's own files are named (restore them as they
    were; with ``loaded``, only those whose content changed); a built-in dataset comes from its
    archive and this version's encoding."""
    content = recorded.get("content") or {}
    now = (loaded or {}).get("content") or {}
    changed = {
        r: c for r, c in content.items() if not now or (now.get(r) or {}).get("sha256") != (c or {}).get("sha256")
    }
    files = sorted({str(c.get("file")) for c in (changed or content).values() if c and c.get("file")})
    if files:
        return f"restore {', '.join(files)} as the study read {'it' if len(files) == 1 else 'them'} (the SHA-256 above)"
    return "load the data the study used (the same archive and textclf-tune version)"
