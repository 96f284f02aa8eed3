"""REPORT.md sections about the test split: how ``tune confirm`` chose before opening it, and
every time it was opened (no TensorFlow import)."""

from __future__ import annotations

from typing import Any

from textclf_tune.report.leaderboard import SEALED, SEEN


def _f(v: Any) -> str:
    return "—" if v is None else f"{float(v):.4f}"


def candidates_table(c: dict[str, Any]) -> list[str]:
    """The choice made before the test split was opened (confirmations made before it: nothing)."""
    cands = c.get("candidates") or []
    if not cands:
        return []
    objective = c.get("objective", "val_accuracy")
    L = [
        f"Chosen before the test split was opened: the top {len(cands)} configs by validation, retrained with "
        f"seeds {', '.join(map(str, c.get('seeds', [])))} (validation only); the best mean {objective} wins.",
        "",
        f"| trial | rank in the search | mean {objective} | sd | runs | |",
        "|---:|---:|---:|---:|---|---|",
    ]
    for k in cands:
        values = ", ".join(f"{v:.4f}" for v in k.get("values") or [])
        L.append(
            f"| {k['trial']} | {k['rank']} | {_f(k.get('mean'))} | {_f(k.get('sd'))} | {values} | "
            f"{'**chosen**' if k.get('chosen') else ''} |"
        )
    return [*L, ""]


def status_note(row: dict[str, Any]) -> str:
    if row.get("test_status") == SEEN:
        return " (trials were scored on test as they finished; their test accuracies are in trials.csv)"
    if row.get("test_status") == SEALED:
        return " (no test figure exists yet; `tune confirm` opens it)"
    return ""


def openings_section(row: dict[str, Any]) -> list[str]:
    openings = row.get("test_openings") or []
    if not openings:
        return []
    L = ["## Test split openings", "", "| when | command | purpose | configs |", "|---|---|---|---|"]
    for o in openings:
        configs = o.get("configs")
        which = (
            configs
            if isinstance(configs, str)
            else ", ".join(f"{c.get('role', 'trial')} (trial {c.get('trial', '—')})" for c in configs or [])
        )
        cells = [o.get("when", "?"), f"`{o.get('command', '?')}`", o.get("purpose", ""), which]
        L.append("| " + " | ".join(str(x).replace("|", "\\|") for x in cells) + " |")
    return [*L, ""]
