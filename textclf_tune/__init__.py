"""textclf-tune: hyperparameter sweeps for Keras text classifiers.

KerasTuner's ``build(hp)`` in front, Optuna's samplers and pruners behind, every study stored
(SQLite by default) so that it resumes after any stop. Importing this package does not import
TensorFlow or any other Keras backend.
"""

from textclf_tune.errors import DataError, StudyError, SweepError, TuneError
from textclf_tune.hp import HyperParameters
from textclf_tune.storage import DEFAULT_STORAGE, open_storage
from textclf_tune.study import RunConfig, run_study
from textclf_tune.sweep import Data, Quick, Sweep, Training, load_sweep

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_STORAGE",
    "Data",
    "DataError",
    "HyperParameters",
    "Quick",
    "RunConfig",
    "StudyError",
    "Sweep",
    "SweepError",
    "Training",
    "TuneError",
    "load_sweep",
    "open_storage",
    "run_study",
]
