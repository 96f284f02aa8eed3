"""Loading a sweep file: KerasTuner's names for the objective and the budget are understood."""

from __future__ import annotations

from pathlib import Path

import keras_tuner as kt
import pytest

from textclf_tune import SweepError, load_sweep

HEAD = """
import keras_tuner as kt
from textclf_tune import Data

data = Data("imdb", num_words=300)


def build(hp):
    raise RuntimeError("not built here")
"""


def _sweep(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "kt_names.py"
    path.write_text(HEAD + body)
    return path


def test_a_keras_tuner_objective_and_max_trials_are_taken(tmp_path: Path) -> None:
    sweep = load_sweep(str(_sweep(tmp_path, 'objective = kt.Objective("val_loss", direction="min")\nmax_trials = 7\n')))
    assert (sweep.objective, sweep.direction, sweep.budget) == ("val_loss", "minimize", 7)
    sweep = load_sweep(str(_sweep(tmp_path, 'objective = kt.Objective("val_auc", direction="max")\n')))
    assert (sweep.objective, sweep.direction, sweep.budget) == ("val_auc", "maximize", 30)


@pytest.mark.parametrize(
    ("objective", "direction"),
    [
        ("val_mae", "minimize"),  # KerasTuner minimises a Keras error, not only a name ending in "loss"
        ("val_mean_squared_error", "minimize"),
        ("val_binary_crossentropy", "minimize"),
        ("val_false_positives", "minimize"),
        ("val_rmse", "minimize"),  # unknown to KerasTuner, but an error by its name
        ("val_auc", "maximize"),
        ("val_macro_f1", "maximize"),
        ("val_f1", "maximize"),  # textclf_tune.metrics.F1
        ("val_f1_score", "maximize"),  # keras.metrics.F1Score, which KerasTuner would minimise
        ("val_loss", "minimize"),
    ],
)
def test_the_direction_is_inferred_as_keras_tuner_infers_it(tmp_path: Path, objective: str, direction: str) -> None:
    assert load_sweep(str(_sweep(tmp_path, f"objective = {objective!r}\n"))).direction == direction
    made = load_sweep(str(_sweep(tmp_path, f"objective = {objective!r}\ndirection = 'max'\n")))
    assert made.direction == "maximize"  # said in the file: KerasTuner's spelling, and it wins


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("budget = 5\nmax_trials = 7\n", "budget = 5 and max_trials = 7 say two things"),
        ("executions_per_trial = 2\n", r"tune confirm STUDY --seeds 2"),
        ('objective = kt.Objective("val_auc", direction="max")\ndirection = "minimize"\n', "keep one of them"),
        ('objective = [kt.Objective("val_loss", "min"), "val_accuracy"]\n', "a list of 2, but a study optimises one"),
        (
            "from textclf_tune import Training\ntraining = Training(epoch=3)\n",
            r"did you mean epochs=\? \(Training takes ",
        ),
        ('objective = "macro_f1"\n', r"got 'macro_f1'; did you mean objective = 'val_macro_f1'\?"),
        ('objective = "val_top_prob"\n', r"cannot tell whether objective 'val_top_prob' is better higher or lower"),
        ('objective = "val_error_rate"\n', r'add direction = "maximize" \(or "minimize"\) to'),
    ],
)
def test_keras_tuner_settings_that_cannot_hold_are_refused(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(SweepError, match=message) as err:
        load_sweep(str(_sweep(tmp_path, body)))
    assert "kt_names.py" in str(err.value) and "\n" not in str(err.value)


def test_a_sweep_without_a_file_says_how_to_make_one() -> None:
    from textclf_tune import Data, Sweep, Training

    with pytest.raises(SweepError, match=r"must be the sweep file's path, but got None.*load_sweep"):
        Sweep(path=None, build=lambda hp: None, data=Data("imdb"), training=Training())  # type: ignore[arg-type]
    made = Sweep(path="x.py", build=lambda hp: None, data=Data("imdb"), training=Training())  # type: ignore[arg-type]
    assert made.path == Path("x.py")


def test_class_weights_keyed_by_names_and_indices_have_a_fingerprint() -> None:
    from textclf_tune import Training
    from textclf_tune.space.fingerprint import fingerprint

    mixed = Training(class_weight={"2": 4.0, 0: 2.0}).to_dict()
    assert mixed["class_weight"] == {"str:2": 4.0, "int:0": 2.0}
    assert Training(class_weight={"a": 2.0}).to_dict()["class_weight"] == {"a": 2.0}  # as before
    assert len(fingerprint({}, {"training": mixed})["hash"]) == 16  # sortable: no TypeError


BUILT = """
import keras


def built(hp):  # KerasTuner builds the model once as the tuner is made
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(hp.Int("units", 1, 3))])
    model.compile("adam", "mse")
    return model

"""


def _tuner(tmp_path: Path, build: str = "build", **options: str) -> str:
    args = "".join(f", {k}={v}" for k, v in options.items())
    made = f"tuner = kt.RandomSearch({build}{args}, directory={str(tmp_path / 'kt')!r}, project_name='p')\n"
    return BUILT + ("build = built\n" if build == "build" else "") + made


def test_a_keras_tuner_tuner_in_the_file_gives_its_objective_and_max_trials(tmp_path: Path) -> None:
    """A KerasTuner script pasted whole: its tuner's settings are read, not silently dropped."""
    tuner = _tuner(tmp_path, objective='kt.Objective("val_loss", direction="min")', max_trials="2")
    sweep = load_sweep(str(_sweep(tmp_path, tuner)))
    assert (sweep.objective, sweep.direction, sweep.budget) == ("val_loss", "minimize", 2)
    assert sweep.build.__name__ == "built"
    path = _sweep(tmp_path, _tuner(tmp_path, "built", objective='"val_auc"'))
    path.write_text(path.read_text().replace("def build(hp):", "def unused(hp):"))
    sweep = load_sweep(str(path))  # no build in the file: the tuner's hypermodel builds
    assert (sweep.objective, sweep.direction, sweep.budget) == ("val_auc", "maximize", 10)  # RandomSearch's default
    assert sweep.hypermodel is not None and sweep.build.__name__ == "built"


def test_a_hyperband_tuners_max_epochs_is_said_to_be_unused_unless_it_matches(tmp_path: Path) -> None:
    made = _tuner(tmp_path, max_epochs="30").replace("kt.RandomSearch(", "kt.Hyperband(")
    sweep = load_sweep(str(_sweep(tmp_path, made)))
    (note,) = sweep.notes
    assert note.startswith(f"{tmp_path / 'kt_names.py'}: tuner = Hyperband(...) has max_epochs=30, which is not used")
    assert "Training(epochs=10); set training = Training(epochs=30) to match" in note
    unset = load_sweep(str(_sweep(tmp_path, made.replace(", max_epochs=30", ""))))
    assert "max_epochs=100 (KerasTuner's default)" in unset.notes[0] and "to match" not in unset.notes[0]
    same = made + "from textclf_tune import Training\ntraining = Training(epochs=30)\n"
    assert load_sweep(str(_sweep(tmp_path, same))).notes == ()
    assert load_sweep(str(_sweep(tmp_path, _tuner(tmp_path)))).notes == ()  # RandomSearch has no max_epochs


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"objective": '"val_loss"', "max_trials": "4"}, r"objective = 'val_accuracy', but tuner = RandomSearch"),
        ({"max_trials": "4", "executions_per_trial": "3"}, r"tune confirm STUDY --seeds 3"),
    ],
)
def test_a_tuner_that_disagrees_with_the_file_is_refused(tmp_path: Path, options: dict[str, str], message: str) -> None:
    body = 'objective = "val_accuracy"\n' + _tuner(tmp_path, **options)
    with pytest.raises(SweepError, match=message) as err:
        load_sweep(str(_sweep(tmp_path, body)))
    assert "\n" not in str(err.value)


def test_a_folder_given_as_the_sweep_file_is_named_as_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "adir.py"
    folder.mkdir()
    (folder / "mine.py").write_text("")
    with pytest.raises(
        SweepError, match=r"adir.py' is a folder; pass the path of a \.py sweep file\. Sweep files in it: mine\.py"
    ):
        load_sweep(str(folder))


def test_a_keras_tuner_scripts_search_is_not_run_when_the_file_is_read(tmp_path: Path) -> None:
    """A KerasTuner script ends with tuner.search(...): read as a sweep, it ran a whole KerasTuner
    search at each load. The reading stops there, says where, and removes the empty folders the
    tuner's constructor made; KerasTuner is left as it was."""
    init = kt.engine.base_tuner.BaseTuner.__dict__["__init__"]
    made = _tuner(tmp_path, max_trials="2")
    script = made + (
        "def go():\n"
        "    tuner.search([[0.0, 0.0, 0.0]], [0.0], epochs=1)\n"
        "try:\n"
        "    go()\n"  # the module-level line is the one named
        "except Exception:\n"  # a script's own handler cannot swallow the stop
        "    pass\n"
        "best = tuner.get_best_hyperparameters()[0]\n"
    )
    path = _sweep(tmp_path, script)
    sweep = load_sweep(str(path))
    (note,) = sweep.notes
    line = path.read_text().splitlines().index("    go()") + 1
    assert note.startswith(f"{path} line {line}: tuner.search(...) and the lines after it were not run")
    assert not (tmp_path / "kt").exists()  # the empty folders it made are gone, nothing searched
    assert sweep.budget == 2 and sweep.build.__name__ == "built"
    assert kt.engine.base_tuner.BaseTuner.__dict__["__init__"] is init
    moved = path.read_text().replace('data = Data("imdb", num_words=300)\n', "") + 'data = Data("imdb")\n'
    path.write_text(moved)
    with pytest.raises(SweepError, match=r"`data` must be .*lines after tuner.search\(...\) at line \d+ were not run"):
        load_sweep(str(path))
    assert kt.engine.base_tuner.BaseTuner.__dict__["__init__"] is init  # restored after a refusal too


def test_reading_a_keras_tuner_script_keeps_the_users_folders_and_results(tmp_path: Path) -> None:
    """A directory= that existed before is kept (only what the constructor made goes), overwrite=True
    deletes nothing while the file is read, and a tuner class overriding search is stopped too."""
    (tmp_path / "kt").mkdir()
    results = tmp_path / "kt" / "p" / "trial_0"
    results.mkdir(parents=True)
    (results / "trial.json").write_text("{}")
    made = _tuner(tmp_path, overwrite="True").replace("kt.RandomSearch(", "Mine(")
    script = (
        "class Mine(kt.RandomSearch):\n"
        "    def search(self, *args, **kwargs):\n"
        "        raise RuntimeError('searched')\n" + made + "tuner.search()\n"
    )
    sweep = load_sweep(str(_sweep(tmp_path, script)))
    assert (results / "trial.json").read_text() == "{}"  # KerasTuner's overwrite would have removed it
    assert sweep.notes and " line " in sweep.notes[0]
    empty = tmp_path / "empty"
    empty.mkdir()
    load_sweep(str(_sweep(tmp_path, _tuner(tmp_path).replace(str(tmp_path / "kt"), str(empty)))))
    assert empty.is_dir() and not (empty / "p").exists()  # its project folder made and removed, it kept
