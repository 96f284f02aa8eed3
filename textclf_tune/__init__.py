"""textclf-tune: hyperparameter sweeps for Keras text classifiers.

KerasTuner's ``build(hp)`` in front, Optuna's samplers and pruners behind, every study stored
(SQLite by default) so that it resumes after any stop. Importing this package does not import
TensorFlow or any other Keras backend.
"""

from typing import TYPE_CHECKING, Any

from textclf_tune.engine.run import RunConfig, run_study
from textclf_tune.errors import DataError, StudyError, SweepError, TuneError
from textclf_tune.export.predictor import ExportedModel, load_exported
from textclf_tune.space.sweep import Data, Quick, Sweep, Training, load_sweep, register_dataset
from textclf_tune.store.storage import DEFAULT_STORAGE, open_storage

if TYPE_CHECKING:
    from textclf_tune.space.hp import HyperParameters

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """``textclf_tune.HyperParameters`` is KerasTuner's, so importing it imports Keras: only on first use."""
    if name == "HyperParameters":
        from textclf_tune.space.hp import HyperParameters

        return HyperParameters
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_STORAGE",
    "Data",
    "DataError",
    "ExportedModel",
    "HyperParameters",
    "Quick",
    "RunConfig",
    "StudyError",
    "Sweep",
    "SweepError",
    "Training",
    "TuneError",
    "load_exported",
    "load_sweep",
    "open_storage",
    "register_dataset",
    "run_study",
]
