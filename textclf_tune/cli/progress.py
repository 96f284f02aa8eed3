"""Live progress for ``tune run``: trial i/N, an epoch bar with live validation accuracy, the best
so far against the reference, and an ETA. On a terminal it is a rich live panel; elsewhere (CI,
logs, pipes) it prints one plain line per epoch and per trial."""

from __future__ import annotations

import time
from typing import Any

from rich.console import Console, Group
from rich.live import Live
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn
from rich.table import Table

from textclf_tune.engine.progress import Reporter, StudyInfo


def _fmt(v: float | None) -> str:
    return "—" if v is None else f"{v:.4f}"


class RichReporter(Reporter):
    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(highlight=False)
        self.live_mode = self.console.is_terminal
        self.wants_batches = self.live_mode
        if not self.live_mode:
            self.console.width = max(self.console.width, 160)  # one line per epoch in logs
        self.info: StudyInfo | None = None
        self.best: float | None = None
        self.trial_seconds: list[float] = []
        self._trial = ""
        self._trial_epochs = 0
        self._epoch_logs: dict[str, float] = {}
        self._last_draw = 0.0
        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[extra]}"),
            TimeRemainingColumn(),
            console=self.console,
        )
        self._trials_task = self._progress.add_task("trials", total=1, extra="")
        self._epoch_task = self._progress.add_task("epoch", total=1, extra="", visible=False)
        self._batch_task = self._progress.add_task("batches", total=1, extra="", visible=False)
        self._live: Live | None = None

    # -------------------------------------------------------------- hooks
    def study_start(self, info: StudyInfo) -> None:
        self.info = info
        self.best = info.best_value
        ref = f" · reference {info.reference_accuracy:.4f}" if info.reference_accuracy is not None else ""
        self.console.print(
            f"[bold]study[/] {info.study_name} · {info.finished}/{info.budget} finished · "
            f"objective {info.objective}{ref} · storage {info.storage}"
        )
        self._progress.update(self._trials_task, total=info.budget, completed=info.finished, extra=self._best_text())
        if self.live_mode:
            self._live = Live(self._render(), console=self.console, refresh_per_second=4, transient=False)
            self._live.start()

    def trial_start(self, number: int, index: int, params: dict[str, Any], is_reference: bool) -> None:
        assert self.info is not None
        tag = " (reference config)" if is_reference else ""
        self._trial = f"trial {number}{tag}"
        self._epoch_logs = {}
        # A build(hp) may define an 'epochs' hyperparameter (the engine reads it; never above the cap).
        epochs = params.get("epochs")
        self._trial_epochs = min(epochs, self.info.epochs) if isinstance(epochs, int) else self.info.epochs
        self._progress.update(
            self._epoch_task,
            total=self._trial_epochs,
            completed=0,
            visible=True,
            description=f"{self._trial} epochs",
            extra="",
        )
        self._progress.update(self._batch_task, completed=0, visible=self.live_mode)
        shown = ", ".join(f"{k}={_short(v)}" for k, v in params.items())
        self.console.print(f"[{index}/{self.info.budget}] {self._trial}: {shown}")
        self._draw()

    def batch(self, step: int, steps: int) -> None:
        if not self.live_mode:
            return
        now = time.monotonic()
        if now - self._last_draw < 0.25 and step != steps:
            return
        self._last_draw = now
        self._progress.update(self._batch_task, total=steps, completed=step)
        self._draw()

    def epoch(self, epoch: int, logs: dict[str, float]) -> None:
        assert self.info is not None
        self._epoch_logs = logs
        val = logs.get(self.info.objective)
        self._progress.update(self._epoch_task, completed=epoch + 1, extra=f"{self.info.objective} {_fmt(val)}")
        if not self.live_mode:
            metrics = " ".join(f"{k}={v:.4f}" for k, v in logs.items())
            self.console.print(f"    epoch {epoch + 1}/{self._trial_epochs} {metrics}")
        self._draw()

    def trial_end(
        self,
        number: int,
        state: str,
        value: float | None,
        test_accuracy: float | None,
        seconds: float,
        reason: str = "",
    ) -> None:
        assert self.info is not None
        self.trial_seconds.append(seconds)
        if state in ("COMPLETE", "PRUNED"):
            self.info.finished += 1
        if state == "COMPLETE" and value is not None and (self.best is None or value > self.best):
            self.best = value
        self._progress.update(self._trials_task, completed=self.info.finished, extra=self._best_text())
        self._progress.update(self._epoch_task, visible=False)
        self._progress.update(self._batch_task, visible=False)
        colour = {"COMPLETE": "green", "PRUNED": "yellow"}.get(state, "red")
        why = f" — {reason}" if reason else ""
        test = f", test acc {test_accuracy:.4f}" if test_accuracy is not None else ""
        line = (
            f"[{colour}]trial {number} {state.lower()}[/] {self.info.objective} {_fmt(value)}{test} "
            f"in {seconds:.0f}s{why}"
        )
        self.console.print(line)
        self._draw()

    def message(self, text: str) -> None:
        self.console.print(text)

    def close(self) -> None:
        if self._live is not None:
            self._live.update(self._render())
            self._live.stop()
            self._live = None

    # -------------------------------------------------------------- drawing
    def _best_text(self) -> str:
        assert self.info is not None
        text = f"best val {_fmt(self.best)}"
        if self.info.reference_accuracy is not None:
            text += f" · reference test {self.info.reference_accuracy:.4f}"
        return text

    def _render(self) -> Group:
        table = Table.grid(padding=(0, 2))
        if self._epoch_logs:
            table.add_row(*(f"{k} {v:.4f}" for k, v in self._epoch_logs.items()))
        return Group(self._progress, table)

    def _draw(self) -> None:
        if self._live is not None:
            self._live.update(self._render())


def _short(v: Any) -> str:
    return f"{v:.4g}" if isinstance(v, float) else str(v)
