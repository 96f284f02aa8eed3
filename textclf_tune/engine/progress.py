"""The hooks a run calls as it goes (study start, trial start, batch, epoch, trial end). The base
is silent; ``textclf_tune.cli.progress.RichReporter`` draws them on a terminal or as log lines."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class StudyInfo:
    study_name: str
    storage: str
    budget: int
    finished: int
    epochs: int
    objective: str
    reference_accuracy: float | None
    best_value: float | None


class Reporter:
    """Silent base: every hook is a no-op. Subclass to show or log progress."""

    #: Whether :meth:`batch` should be called: a per-batch callback slows training a little.
    wants_batches: bool = False

    def study_start(self, info: StudyInfo) -> None: ...
    def trial_start(self, number: int, index: int, params: dict[str, Any], is_reference: bool) -> None: ...
    def batch(self, step: int, steps: int) -> None: ...
    def epoch(self, epoch: int, logs: dict[str, float]) -> None: ...
    def trial_end(
        self,
        number: int,
        state: str,
        value: float | None,
        test_accuracy: float | None,
        seconds: float,
        reason: str = "",
    ) -> None: ...
    def message(self, text: str) -> None: ...
    def close(self) -> None: ...
