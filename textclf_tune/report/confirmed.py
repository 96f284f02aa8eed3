"""REPORT.md sections about the test split: how ``tune confirm`` chose before opening it, and
every time it was opened (no TensorFlow import)."""

from __future__ import annotations

from typing import Any

from optuna.trial import FrozenTrial

from textclf_tune.analysis.choice import refit_epochs_phrase
from textclf_tune.report.fmt import d4 as _d
from textclf_tune.report.fmt import f4 as _f
from textclf_tune.report.fmt import g3 as _g
from textclf_tune.report.leaderboard import SEALED, SEEN, stale_confirmation


def candidates_table(c: dict[str, Any]) -> list[str]:
    """The choice made before the test split was opened (confirmations made before it: nothing)."""
    cands = c.get("candidates") or []
    if not cands:
        return []
    objective = c.get("objective", "val_accuracy")
    late = c.get("declared_after_test")
    L = [
        f"Chosen before the test split was opened: the top {len(cands)} configs by validation, retrained with "
        f"seeds {', '.join(map(str, c.get('seeds', [])))} (validation only); the best mean {objective} wins.",
        "",
    ]
    if isinstance(late, dict):
        L = [
            f"**Refit declared after the test split had been opened** ({late.get('when', '?')}, by "
            f"`{late.get('command', '?')}`): deciding to refit with test figures in view is a choice on test, so "
            "these figures are not a sealed estimate. The configuration itself was chosen on validation: the "
            f"top {len(cands)} configs by validation, retrained with seeds "
            f"{', '.join(map(str, c.get('seeds', [])))} (validation only); the best mean {objective} wins.",
            "",
        ]
    L += [
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


def confirm_section(
    c: dict[str, Any] | None, best: FrozenTrial | None, q: str, st: str, refit: bool = False
) -> list[str]:
    if refit and c:
        runs = c.get("refit_epochs_from") == "runs"
        epochs = refit_epochs_phrase(c.get("refit_epochs"), c.get("refit_epochs_from"), bool(c.get("baseline_config")))
        rows = ", ".join(map(str, c.get("train_rows") or [])) or "?"
        L = [
            "## Confirmed figures, refit on train + validation",
            "",
            f"`tune confirm {q}{st} --refit{' --refit-epochs runs' if runs else ''}`: each run trains on train + "
            f"validation ({rows} examples) for {epochs}, without early stopping, then scores the test split once.",
            "",
        ]
    else:
        L = ["## Confirmed figures", ""]
    if (not c or not c.get("tuned")) and best is None:
        return L + ["Nothing to confirm yet: no trial has finished.", ""]
    if not c or not c.get("tuned"):
        return L + [
            "Not confirmed yet: the test split is opened by `tune confirm`, which retrains the top configs by "
            "validation over several seeds, chooses the best mean validation, and only then scores it and the "
            f"reference config on test: `tune confirm {q}{st} --top 3 --seeds 3`.",
            "",
        ]
    stale = stale_confirmation(c, best.number if best is not None else None)
    if stale:
        L += [f"> ⚠ Stale: {stale}. Rerun `tune confirm {q}{st}{' --refit' if refit else ''}`.", ""]
    L += candidates_table(c)
    L += ["| config | runs | mean test accuracy | sd | accuracies |", "|---|---:|---:|---:|---|"]
    L.append(
        f"| tuned (trial {c.get('best_trial', '?')}{', chosen' if c.get('candidates') else ''}) | {len(c['tuned'])} | {_f(c.get('tuned_mean'))} | "
        f"{_f(c.get('tuned_sd'))} | {', '.join(f'{v:.4f}' for v in c['tuned'])} |"
    )
    if c.get("baseline"):
        L.append(
            f"| baseline (reference config) | {len(c['baseline'])} | {_f(c.get('baseline_mean'))} | "
            f"{_f(c.get('baseline_sd'))} | {', '.join(f'{v:.4f}' for v in c['baseline'])} |"
        )
    L.append("")
    if c.get("tuned_config") and c.get("tuned_config") == c.get("baseline_config"):
        L += [
            "The best trial is the reference config itself: the same runs serve both rows, so Δ is 0 by construction.",
            "",
        ]
    if c.get("diff_mean") is not None:
        ci = c.get("ci95") or [None, None]
        seeds = f"Seeds: {', '.join(map(str, c.get('seeds', [])))}."
        if ci[0] is None or ci[1] is None:  # the same runs on both sides, or one run a side: no interval
            L += [
                f"**Δ test accuracy = mean(tuned) − mean(baseline) = {c['diff_mean']:+.4f}** (no interval). {seeds}",
                "",
            ]
        else:
            L += [
                f"**Δ test accuracy = mean(tuned) − mean(baseline) = {c['diff_mean']:+.4f}**, 95% CI "
                f"[{_d(ci[0])}, {_d(ci[1])}] ({c.get('method', 'Welch t')}, df = {_g(c.get('df'))}, t quantile from "
                f"{c.get('t_source', '?')}). {seeds}",
                "",
            ]
        if ci[0] is not None and ci[1] is not None:
            if ci[0] > 0:
                verdict = "the interval lies above zero: the tuned config beats the baseline on this evidence"
            elif ci[1] < 0:
                verdict = "the interval lies below zero: the baseline is better on this evidence"
            else:
                verdict = "the interval contains zero: these runs do not separate the two configs"
            L += [f"Reading: {verdict}.", ""]
    cp = c.get("counterpart")
    if cp and cp.get("diff_mean") is not None:
        ci = cp.get("ci95") or [None, None]
        L += [
            f"On test {cp['metric']} (the objective's counterpart; {'lower' if cp.get('direction') == 'minimize' else 'higher'}"
            f" is better): tuned {_f(cp.get('tuned_mean'))} ± {_f(cp.get('tuned_sd'))}, baseline "
            f"{_f(cp.get('baseline_mean'))} ± {_f(cp.get('baseline_sd'))}; Δ = {cp['diff_mean']:+.4f}, 95% CI "
            f"[{_d(ci[0])}, {_d(ci[1])}].",
            "",
        ]
        if ci[0] is not None and ci[1] is not None:  # the objective's own verdict, its direction read
            lower = cp.get("direction") == "minimize"
            if (ci[1] < 0) if lower else (ci[0] > 0):
                verdict = "the tuned config beats the baseline on this evidence"
            elif (ci[0] > 0) if lower else (ci[1] < 0):
                verdict = "the baseline is better on this evidence"
            else:
                verdict = "the interval contains zero: these runs do not separate the two configs"
            L += [f"Reading on {cp['metric']}, the objective's measure: {verdict}.", ""]
    runs = unique_runs(c.get("runs") or [])
    same = bool(c.get("tuned_config")) and c.get("tuned_config") == c.get("baseline_config")
    if runs:
        L += [
            "<details><summary>Every confirmation run</summary>",
            "",
            "| config | seed | test accuracy | best epoch | validation | seconds |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for r in runs:
            role = "tuned = baseline" if same else r.get("role")
            L.append(
                f"| {role} | {r.get('seed')} | {_f(r.get('test_accuracy'))} | {r.get('best_epoch', '—')} | "
                f"{_f(r.get('val'))} | {_g(r.get('seconds'))} |"
            )
        L += ["", "</details>", ""]
    return L


def unique_runs(runs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per trained run: when the best trial is the reference config, one run serves both roles."""
    seen: set[tuple[Any, Any]] = set()
    out = []
    for r in runs:
        key = (r.get("config_hash", r.get("role")), r.get("seed"))
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out
