"""Live progress for ``tune run``: trial i/N, an epoch bar with live validation accuracy, the best
so far against the reference, and time estimates from measured batch and epoch times (from the
first batches of the first trial on). On a terminal it is a rich live panel; elsewhere (CI, logs,
pipes) it prints one plain line per epoch and per trial."""

from __future__ import annotations

import time
from typing import Any

from rich.console import Console, Group
from rich.live import Live
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TaskProgressColumn, TextColumn
from rich.table import Table
from rich.text import Text

from textclf_tune.engine.progress import Clock, Reporter, StudyInfo, duration
from textclf_tune.report.console import make_console
from textclf_tune.report.fmt import g4

#: What the data sets are called on screen.
DATASET_TITLES = {"imdb": "IMDB", "newsgroups": "20 Newsgroups"}


def _fmt(v: float | None) -> str:
    return "—" if v is None else f"{v:.4f}"


class EtaColumn(ProgressColumn):
    """``~4:12 left``: counts down from the ``eta_at`` field (a ``time.monotonic`` instant) that the
    reporter sets from measured times; ``? left`` until a batch or an epoch has been timed."""

    def render(self, task: Task) -> Text:
        at = task.fields.get("eta_at")
        left = None if at is None else max(at - time.monotonic(), 0.0)
        return Text(f"~{duration(left)} left" if left is not None else "? left", style="progress.remaining")


class RichReporter(Reporter):
    def __init__(self, console: Console | None = None) -> None:
        self.console = console or make_console()
        self.live_mode = self.console.is_terminal
        self.wants_batches = self.live_mode
        if not self.live_mode:
            self.console.width = max(self.console.width, 160)  # one line per epoch in logs
        self.info: StudyInfo | None = None
        self.clock = Clock(budget_epochs=1)
        self.best: float | None = None
        self.trial_seconds: list[float] = []
        self._trial = ""
        self._trial_epochs = 0
        self._epoch_logs: dict[str, float] = {}
        self._last_draw = 0.0
        self._estimate_said = False
        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[extra]}"),
            EtaColumn(),
            console=self.console,
        )
        self._trials_task = self._progress.add_task("trials", total=1, extra="", eta_at=None)
        self._epoch_task = self._progress.add_task("epoch", total=1, extra="", eta_at=None, visible=False)
        self._batch_task = self._progress.add_task("batches", total=1, extra="", eta_at=None, visible=False)
        self._live: Live | None = None

    # -------------------------------------------------------------- hooks
    def data_loading(self, dataset: str, estimate_seconds: float | None) -> None:
        about = f", ~{estimate_seconds:.0f} s" if estimate_seconds else ""
        self.console.print(f"loading {DATASET_TITLES.get(dataset, dataset)} (encoding once{about})")

    def data_loaded(self, dataset: str, seconds: float, cached: bool, sizes: dict[str, int]) -> None:
        how = "from the cache" if cached else "encoded and cached"
        shown = " · ".join(f"{n:,} {split}" for split, n in sizes.items())
        self.console.print(f"{DATASET_TITLES.get(dataset, dataset)} {how} in {seconds:.1f} s: {shown}")

    def study_start(self, info: StudyInfo) -> None:
        self.info = info
        self.best = info.best_value
        self.clock = Clock(budget_epochs=info.epochs, prior=info.seconds_per_epoch)
        ref = f" · reference accuracy {info.reference_accuracy:.4f}" if info.reference_accuracy is not None else ""
        if info.quick and ref:
            ref += " (full data; a quick run is not comparable)"
        self.console.print(
            f"[bold]study[/] {info.study_name} · {info.finished}/{info.budget} finished · "
            f"objective {info.objective} ({info.direction}){ref} · storage {info.storage}"
        )
        if info.quick:
            self.console.print(
                "quick run: a plumbing check on a subsample with few epochs; its figures only show the "
                "sweep works end to end (drop --quick for the real sweep)"
            )
        self.console.print(self._budget_line())
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
        self.clock.start_trial(self._trial_epochs)
        self._progress.update(
            self._epoch_task,
            total=self._trial_epochs,
            completed=0,
            visible=True,
            description=f"{self._trial} epochs",
            extra="",
        )
        self._progress.update(self._batch_task, completed=0, visible=self.live_mode)
        shown = ", ".join(f"{k}={g4(v)}" for k, v in params.items())
        self.console.print(f"[{index}/{self.info.budget}] {self._trial}: {shown}")
        self._update_etas()
        self._draw()

    def batch(self, step: int, steps: int) -> None:
        if not self.live_mode:
            return
        self.clock.batch(step, steps)
        now = time.monotonic()
        if now - self._last_draw < 0.25 and step != steps:
            return
        self._last_draw = now
        self._progress.update(self._batch_task, total=steps, completed=step)
        self._update_etas()
        self._draw()

    def epoch(self, epoch: int, logs: dict[str, float]) -> None:
        assert self.info is not None
        seconds = self.clock.end_epoch()
        self._epoch_logs = logs
        val = logs.get(self.info.objective)
        self._progress.update(self._epoch_task, completed=epoch + 1, extra=f"{self.info.objective} {_fmt(val)}")
        self._update_etas()
        if not self.live_mode:
            metrics = " ".join(f"{k}={v:.4f}" for k, v in logs.items())
            self.console.print(
                f"    epoch {epoch + 1}/{self._trial_epochs} {metrics} ({seconds:.0f} s; "
                f"trial ~{duration(self.clock.trial_left())} left, study ~{duration(self._study_left())} left)"
            )
        if not self._estimate_said and self.info.seconds_per_epoch is None:
            self._estimate_said = True
            self.console.print(
                f"first epoch took {seconds:.0f} s: the study's "
                f"{'1 trial to run takes' if self._to_run() == 1 else f'{self._to_run()} trials to run take'} up to "
                f"~{duration(self._to_run() * self.info.epochs * seconds)} "
                f"({self.info.epochs} epoch{'s' if self.info.epochs != 1 else ''} each; "
                "early stopping and pruning end trials sooner)"
            )
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
            self.clock.end_trial(seconds)
        if state == "COMPLETE" and value is not None and (self.best is None or value > self.best):
            self.best = value
        self._progress.update(self._trials_task, completed=self.info.finished, extra=self._best_text())
        self._progress.update(self._epoch_task, visible=False)
        self._progress.update(self._batch_task, visible=False)
        colour = {"COMPLETE": "green", "PRUNED": "yellow"}.get(state, "red")
        why = f" — {reason}" if reason else ""
        test = f", test acc {test_accuracy:.4f}" if test_accuracy is not None else ""
        quick = " (quick run)" if self.info.quick and state == "COMPLETE" else ""
        line = (
            f"[{colour}]trial {number} {state.lower()}[/] {self.info.objective} {_fmt(value)}{test}{quick} "
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

    # -------------------------------------------------------------- estimates
    def _to_run(self) -> int:
        assert self.info is not None
        return max(self.info.budget - self.info.finished, 0)

    def _study_left(self) -> float | None:
        return self.clock.study_left(self._to_run() - 1)

    def _budget_line(self) -> str:
        assert self.info is not None
        b, e = self.info.budget, self.info.epochs
        head = f"budget: {b} trial{'s' if b != 1 else ''} of up to {e} epoch{'s' if e != 1 else ''}; {self._to_run()} to run"
        per = self.info.seconds_per_epoch
        if not self._to_run():
            if self.info.finished > b:  # a --trials below what the study holds: nothing is undone
                return head + f" (it holds {self.info.finished} finished; --trials N sets the total, raise it to go on)"
            return head
        if per is None:
            return head + "; duration unknown until the first epoch is timed"
        total = self._to_run() * self.info.epochs * per
        return head + f"; up to ~{duration(total)} at the study's {per:.0f} s per epoch"

    def _update_etas(self) -> None:
        now = time.monotonic()
        for task, left in (
            (self._batch_task, self.clock.epoch_left()),
            (self._epoch_task, self.clock.trial_left()),
            (self._trials_task, self._study_left()),
        ):
            self._progress.update(task, eta_at=None if left is None else now + left)

    # -------------------------------------------------------------- drawing
    def _best_text(self) -> str:
        assert self.info is not None
        text = f"best val {_fmt(self.best)}"
        if self.info.reference_accuracy is not None:
            text += f" · reference test {self.info.reference_accuracy:.4f}"
            if self.info.quick:
                text += " (full data)"
        return text

    def _render(self) -> Group:
        table = Table.grid(padding=(0, 2))
        if self._epoch_logs:
            table.add_row(*(f"{k} {v:.4f}" for k, v in self._epoch_logs.items()))
        return Group(self._progress, table)

    def _draw(self) -> None:
        if self._live is not None:
            self._live.update(self._render())
