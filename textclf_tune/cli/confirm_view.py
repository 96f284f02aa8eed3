"""How ``tune confirm`` looks on a terminal: each run as it finishes, the candidates' validation
means and the choice (before any test figure exists), then the test comparison."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from textclf_tune.analysis.choice import refit_epochs_phrase
from textclf_tune.engine.confirm import ConfirmEvents
from textclf_tune.report.fmt import g4


def _f(v: float | None) -> str:
    return "—" if v is None else f"{v:.4f}"


def _pm(mean: float | None, sd: float | None) -> str:
    return _f(mean) + ("" if sd is None else f" ± {sd:.4f}")


class ConsoleConfirmView(ConfirmEvents):
    """Prints :class:`~textclf_tune.engine.confirm.ConfirmEvents` to a rich console."""

    def __init__(self, console: Console) -> None:
        self.console = console

    def warning(self, text: str) -> None:
        self.console.print(f"[yellow]warning:[/] {text}")

    def start(self, info: dict[str, Any]) -> None:
        how = "quick preset, " if info["quick"] else ""
        self.console.print(
            f"[bold]confirm {info['study']}[/]: top {len(info['candidates'])} configs by validation "
            f"(trials {', '.join(map(str, info['candidates']))}) × seeds {', '.join(map(str, info['seeds']))}\n"
            f"  validation only ({how}at most {info['epochs']} epoch{'s' if info['epochs'] != 1 else ''}): {info['to_train']} run(s) to train, "
            f"{info['reused']} stored; then the reference config with the same seeds (stored runs reused), and the test"
        )

    def run_start(self, phase: str, index: int, total: int, role: str, trial: int | None, seed: int) -> None:
        who = f"trial {trial}'s config" if role != "baseline" else "baseline (reference config)"
        self.console.print(f"  [{phase} {index}/{total}] {who}, seed {seed} ...", end="")

    def run_end(self, phase: str, record: dict[str, Any]) -> None:
        if phase == "validation":
            self.console.print(
                f" val {_f(record['val'])} (best epoch {record['best_epoch']}/{record['epochs_run']}, "
                f"{record['seconds']:.1f} s)"
            )
        else:
            others = "".join(
                f", {k} {_f(v)}"
                for k, v in (record.get("test_metrics") or {}).items()
                if k not in ("accuracy", "acc", "compile_metrics") and isinstance(v, (int, float))
            )
            self.console.print(f" test accuracy {_f(record['test_accuracy'])}{others}")

    def chosen(self, choice: dict[str, Any]) -> None:
        objective = choice["objective"]
        table = Table(title=f"candidates: mean {objective} over seeds {', '.join(map(str, choice['seeds']))}")
        for col in ("trial", "rank", f"mean ± sd {objective}", "runs", ""):
            table.add_column(col, justify="left" if col == "" else "right")
        for c in choice["candidates"]:
            table.add_row(
                str(c["trial"]),
                str(c["rank"]),
                _pm(c["mean"], c["sd"]),
                ", ".join(f"{v:.4f}" for v in c["values"]),
                "[bold green]chosen[/]" if c["chosen"] else "",
            )
        self.console.print(table)
        params = ", ".join(f"{k}={g4(v)}" for k, v in choice["chosen_config"].items())
        same = " (the reference config itself)" if choice["chosen_is_reference"] else ""
        self.console.print(f"chosen on mean validation: trial {choice['chosen_trial']}'s config{same}: {params}")
        base = choice.get("has_baseline", True)
        if choice["refit"]:
            epochs = refit_epochs_phrase(choice["refit_epochs"], choice.get("refit_epochs_from"), base)
            protocol = f"refit on train + validation for {epochs}"
        else:
            protocol = "the validation runs' weights, as chosen"
        who = "chosen config and baseline" if base else "chosen config (the sweep has no reference config)"
        self.console.print(f"opening the test split: {who}, {protocol}")

    def kept(self, record: dict[str, Any] | None) -> None:
        if record is None:
            self.console.print("no model kept for export (no artifact folder: pass --artifacts DIR)")
            return
        self.console.print(
            f"kept for `tune export --confirmed`: trial {record['trial']}'s config, seed {record['seed']} "
            f"(its best validation run: {record['objective']} {_f(record['val'])})"
        )


def print_summary(c: dict[str, Any], console: Console) -> None:
    """The test comparison of a confirmation summary (accuracy, and the objective's counterpart)."""
    how = " · refit on train + validation" if c.get("refit") else ""
    table = Table(title=f"confirmed test accuracy (seeds {', '.join(map(str, c['seeds']))}){how}")
    for col in ("config", "trial", "runs", "mean", "sd", "accuracies"):
        table.add_column(col, justify="left" if col in ("config", "accuracies") else "right")
    rows = [("tuned (chosen)", c["best_trial"], "tuned")]
    if c["baseline"]:
        rows.append(("baseline (reference config)", c.get("baseline_trial"), "baseline"))
    for label, trial, side in rows:
        table.add_row(
            label,
            "—" if trial is None else str(trial),
            str(len(c[side])),
            _f(c[f"{side}_mean"]),
            _f(c[f"{side}_sd"]),
            ", ".join(f"{v:.4f}" for v in c[side]),
        )
    console.print(table)
    vals = c.get("val_means") or {}
    tuned_val, base_val = vals.get("tuned"), vals.get("baseline")
    same = c.get("tuned_config") and c.get("tuned_config") == c.get("baseline_config")
    if tuned_val is not None and base_val is not None and not same:
        ahead = base_val > tuned_val if c.get("direction", "maximize") == "maximize" else base_val < tuned_val
        line = f"mean {c.get('objective', 'validation')} of these runs: tuned {_f(tuned_val)}, baseline {_f(base_val)}"
        console.print(
            line
            + (
                " — [yellow]the baseline is ahead on validation too: the search found nothing better[/]"
                if ahead
                else ""
            )
        )
    if c["diff_mean"] is None:
        console.print("no reference config in the sweep: nothing to compare the tuned config against")
        return
    if c.get("tuned_config") and c.get("tuned_config") == c.get("baseline_config"):
        console.print("the chosen config is the reference config itself: the same runs serve both rows (Δ is 0)")
    cp = c.get("counterpart")
    if cp:  # the objective's own test metric first: it is what the search optimised
        console.print(
            f"test {cp['metric']} (the objective's): tuned {_pm(cp['tuned_mean'], cp['tuned_sd'])} vs baseline "
            f"{_pm(cp['baseline_mean'], cp['baseline_sd'])}"
        )
        console.print(_delta_line(cp["metric"], cp, higher_is_better=cp.get("direction") != "minimize"))
    console.print(_delta_line("accuracy", c, higher_is_better=True))


def _delta_line(metric: str, c: dict[str, Any], higher_is_better: bool) -> str:
    lo, hi = c["ci95"]
    line = f"Δ {metric} = mean(tuned) − mean(baseline) = [bold]{c['diff_mean']:+.4f}[/]"
    if lo is None or hi is None:
        return line
    line += f", 95% CI [{lo:+.4f}, {hi:+.4f}] ({c['method']}, df {c['df']:.2f})"
    if (lo > 0 and higher_is_better) or (hi < 0 and not higher_is_better):
        return line + " — [green]the tuned config is better[/]"
    if lo > 0 or hi < 0:
        return line + " — [red]the baseline is better[/]"
    return line + " — [yellow]not separated: the interval contains 0[/]"
