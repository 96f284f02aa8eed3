"""REPORT.md's "Linear baseline" section: the record ``tune baseline`` stored, and the gap to it."""

from __future__ import annotations

from typing import Any


def _f(v: Any) -> str:
    return "—" if v is None else f"{float(v):.4f}"


def linear_section(record: dict[str, Any] | None, row: dict[str, Any], command: str) -> list[str]:
    """Markdown lines (empty without a record); ``row`` is the study's leaderboard row and
    ``command`` the ``tune baseline`` command line that (re)fits it."""
    if not isinstance(record, dict) or not isinstance(record.get("features"), dict):
        return []
    opened = record.get("test_opened") or []
    metric = str(record.get("metric") or "accuracy")
    extra = "" if metric == "accuracy" else f"validation {metric} | test {metric} | "
    L = [
        "## Linear baseline",
        "",
        f"{record.get('model', 'linear model')} on this study's own splits and vocabulary (ids < "
        f"{record.get('num_words', '?')}), C chosen on validation {metric} from {record.get('c_grid')}; "
        f"{record.get('seconds', 0):.1f} s in all (`{command}`).",
        "",
        f"| features | C | {extra}validation accuracy | test accuracy | n features | seconds |",
        "|---|---:|" + "---:|" * (6 if extra else 4),
    ]
    for name, r in record["features"].items():
        chosen = " (chosen on validation)" if name == record.get("best") else ""
        test = _f(r.get("test_accuracy")) if opened else "sealed"
        by_metric = (
            f"{_f(r.get('val_metric'))} | {_f(r.get('test_metric')) if opened else 'sealed'} | " if extra else ""
        )
        L.append(
            f"| {name}{chosen} | {r.get('c', 0):g}{' (grid edge)' if r.get('c_at_edge') else ''} | {by_metric}{_f(r.get('val_accuracy'))} | {test} | "
            f"{r.get('n_features_in_train', r.get('n_features', 0)):,} | {r.get('seconds', 0):.1f} |"
        )
    L.append("")
    if opened:
        last = opened[-1]
        L.append(f"The test split was opened by `{last.get('command')}` at {last.get('when')}.")
    else:
        L.append(f"The test split is sealed: `{command} --score-test` scores it once, and records it.")
    if row.get("linear"):
        L.append(f"Δ linear (the tuned study against it): {row['linear']}.")
    return [*L, ""]
