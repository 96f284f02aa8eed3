"""Your own data end to end: the shipped examples run with --quick, an edited data file is refused
on resume with the changed rows named, class weights, the F1 metrics, and a sweep's own helpers."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import numpy as np
import optuna
import pytest

from textclf_tune.cli.main import main
from textclf_tune.errors import SweepError
from textclf_tune.report.markdown import write_study_report
from textclf_tune.space.sweep import Training, load_sweep

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "sweeps" / "examples"


@pytest.fixture
def examples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of sweeps/examples, run from tmp_path (the examples write their data under runs/)."""
    monkeypatch.chdir(tmp_path)
    dest = tmp_path / "examples"
    shutil.copytree(EXAMPLES, dest, ignore=shutil.ignore_patterns("__pycache__"))
    return dest


@pytest.mark.parametrize(
    ("name", "objective", "classes"),
    [
        ("csv_spam", "val_f1", 2),
        ("folder_topics", "val_macro_f1", 3),
        ("python_texts", "val_auc", 2),
        ("registered_loader", "val_accuracy", 2),
    ],
)
def test_examples_run_quick_and_the_leaderboard_names_the_objective(
    examples: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, objective: str, classes: int
) -> None:
    url = f"sqlite:///{tmp_path / 'studies.db'}"
    # --score-test: trials keep their test metrics, so the objective's test figure can be checked
    args = ["run", str(examples / f"{name}.py"), "--quick", "--trials", "2", "--storage", url, "-q", "--score-test"]
    assert main(args) == 0
    assert main(["leaderboard", "--storage", url, "--format", "json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    study = optuna.load_study(study_name=f"{name}-quick", storage=url)
    assert row["objective"] == objective and row["complete"] == 2
    counts = study.user_attrs["data"]["class_counts"]["val"]  # not test: it stays sealed
    assert len(counts) == classes and row["majority"] == pytest.approx(max(counts) / sum(counts))
    metric = objective.removeprefix("val_")
    assert row["best_test_objective"] == study.best_trial.user_attrs["test_metrics"][metric]
    assert 0.0 <= row["best_val"] <= 1.0
    text = write_study_report(study, tmp_path / "reports", storage=url, draw=False).report.read_text()
    assert f"objective: `{objective}`" in text
    assert f"**{row['majority']:.4f}** accuracy" in text


CSV_SWEEP = """
import keras
from textclf_tune import Data, Quick, Training
data = Data("csv", path="texts.csv", text_column="text", label_column="label", num_words=200)
training = Training(epochs=1, batch_size=16, maxlen=20, class_weight="balanced")
quick = Quick(epochs=1, trials=1, max_maxlen=20)
def build(hp):
    model = keras.Sequential([keras.Input((None,), dtype="int32"),
        keras.layers.Embedding(200, hp.Int("dim", 4, 8, step=4)), keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(1, activation="sigmoid")])
    model.compile("adam", "binary_crossentropy", metrics=["accuracy"])
    return model
"""


def test_an_edited_data_file_is_refused_on_resume_naming_the_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "project"
    folder.mkdir()
    (folder / "sweep.py").write_text(CSV_SWEEP)
    rows = [
        (f"{'win cash' if i % 4 == 0 else 'see you'} number {i}", "spam" if i % 4 == 0 else "ham") for i in range(80)
    ]
    data = folder / "texts.csv"
    data.write_text("text,label\n" + "\n".join(f"{t},{y}" for t, y in rows) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # texts.csv is found beside the sweep file, not in the working folder
    url = f"sqlite:///{tmp_path / 'studies.db'}"
    assert main(["run", "project/sweep.py", "--quick", "--storage", url, "-q"]) == 0
    lines = data.read_text(encoding="utf-8").splitlines()
    lines[31] = "see you later number 30,ham"  # data row 31
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["run", "project/sweep.py", "--quick", "--storage", url, "-q"]) == 2
    err = capsys.readouterr().err
    assert "trained on other data" in err and "data file texts.csv (train) changed" in err
    assert "first difference in row 31" in err
    assert "Remedy: restore texts.csv" in err  # the remedy names the user's own file, not an archive
    study = optuna.load_study(study_name="sweep-quick", storage=url)
    assert len(study.trials) == 1  # nothing written by the refused run


def test_class_weight_balanced_and_by_name() -> None:
    y = np.array([0] * 6 + [1] * 2)
    assert Training(class_weight="balanced").weights_for(y, ["ham", "spam"]) == {0: 8 / 12, 1: 8 / 4}
    assert Training(class_weight={"spam": 3}).weights_for(y, ["ham", "spam"]) == {0: 1.0, 1: 3.0}
    assert Training().weights_for(y, ["ham", "spam"]) is None
    assert "class_weight" not in Training().to_dict()  # older studies' fingerprints still match
    with pytest.raises(SweepError, match="names class 'eggs'"):
        Training(class_weight={"eggs": 2.0}).weights_for(y, ["ham", "spam"])
    with pytest.raises(SweepError, match="'balanced' or a dict"):
        Training(class_weight="auto")


def test_f1_metrics_take_1d_labels() -> None:
    from textclf_tune.metrics import F1, MacroF1

    y = np.array([1, 0, 1, 1, 0, 0, 1, 0])
    p = np.array([0.9, 0.6, 0.2, 0.7, 0.1, 0.4, 0.8, 0.3], dtype="float32")
    f1 = F1()
    f1.update_state(y, p[:, None])  # a sigmoid head's (n, 1) output
    tp, fp, fn = 3, 1, 1
    assert float(f1.result()) == pytest.approx(2 * tp / (2 * tp + fp + fn))
    f1.update_state(y, p)  # accumulates over batches
    assert float(f1.result()) == pytest.approx(2 * 6 / (12 + 2 + 2))
    probs = np.eye(3, dtype="float32")[[0, 1, 2, 2, 1, 0]]
    macro = MacroF1(3)
    macro.update_state(np.array([0, 1, 2, 1, 1, 0]), probs)
    # class 0: tp 2 -> 1.0; class 1: tp 2 fn 1 -> 0.8; class 2: tp 1 fp 1 -> 2/3
    assert float(macro.result()) == pytest.approx((1.0 + 0.8 + 2 / 3) / 3)


def test_macro_f1_leaves_out_a_class_absent_from_the_split_as_scikit_learn_does() -> None:
    from sklearn.metrics import f1_score

    from textclf_tune.metrics import MacroF1

    # 4 classes; class 3 (too rare to reach this split) is neither present nor predicted. Counted
    # as 0 it capped the score at 0.75, while tune baseline's scikit-learn figure left it out.
    y, pred = np.array([0, 1, 2, 1, 1, 0, 2]), np.array([0, 1, 2, 2, 1, 0, 0])
    macro = MacroF1(4)
    macro.update_state(y, np.eye(4, dtype="float32")[pred])
    expected = f1_score(y, pred, average="macro", zero_division=0)
    assert float(macro.result()) == pytest.approx(expected)
    macro.update_state(np.array([3]), np.eye(4, dtype="float32")[[0]])  # present, never predicted: F1 0, counted
    y, pred = np.append(y, 3), np.append(pred, 0)
    assert float(macro.result()) == pytest.approx(f1_score(y, pred, average="macro", zero_division=0))


def test_a_sweep_imports_helpers_from_its_own_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "my_helpers_for_test.py").write_text("NUM_WORDS = 123\n")
    (folder / "s.py").write_text(
        "from my_helpers_for_test import NUM_WORDS\nfrom textclf_tune import Data\n"
        "data = Data('imdb', num_words=NUM_WORDS)\ndef build(hp):\n    return None\n"
    )
    try:
        assert load_sweep(folder / "s.py").data.options == {"num_words": 123}
        assert str(folder) not in sys.path
    finally:
        sys.modules.pop("my_helpers_for_test", None)


@pytest.mark.parametrize(
    ("head", "units"),
    [("keras.layers.Dense(1, activation='sigmoid')", 1), ("keras.layers.Dense(2, activation='softmax')", 2)],
)
def test_an_output_layer_that_does_not_fit_the_classes_is_refused_before_training(
    examples: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], head: str, units: int
) -> None:
    # Three classes: Dense(1, sigmoid) used to train silently to a meaningless accuracy, and
    # Dense(2, softmax) failed every trial deep in TensorFlow with the cause cut off.
    sweep = examples / "folder_topics.py"
    text = sweep.read_text()
    assert 'keras.layers.Dense(k, activation="softmax")' in text
    sweep.write_text(
        text.replace('keras.layers.Dense(k, activation="softmax")', head).replace("MacroF1(k)", "'accuracy'")
    )
    url = f"sqlite:///{tmp_path / 'studies.db'}"
    assert main(["run", str(sweep), "--quick", "--storage", url, "-q"]) == 2
    err = capsys.readouterr().err.strip()
    assert f"folder_topics.py: build(hp) returns a model with {units} output unit" in err
    assert "the data has 3 classes" in err and "Dense(3, activation='softmax')" in err
    assert "Traceback" not in err and len(err.splitlines()) == 1
    assert optuna.get_all_study_names(url) == []  # refused before any study or trial is written


def test_a_class_with_no_text_in_validation_or_test_is_named() -> None:
    from types import SimpleNamespace

    import numpy as np

    from textclf_tune.engine.setup import unmeasured_classes

    def part(*ids: int) -> SimpleNamespace:
        return SimpleNamespace(y=np.array(ids))

    splits = {"train": part(0, 0, 1, 1, 2, 2), "val": part(0, 1), "test": part(0, 1, 2)}
    ds = SimpleNamespace(class_names=["a", "b", "rare"], splits=lambda: splits)
    assert unmeasured_classes(ds).startswith("note: classes 'rare' (2 training texts, none in val)")
    splits["test"] = part(0, 1)
    assert unmeasured_classes(ds).startswith("note: classes 'rare' (2 training texts, none in val or test):")
    splits["val"], splits["test"] = part(0, 1, 2), part(0, 1, 2)
    assert unmeasured_classes(ds) == ""


def test_a_run_says_which_files_of_a_folder_it_did_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from textclf_tune.engine.progress import Reporter
    from textclf_tune.engine.setup import load_data

    monkeypatch.setenv("TEXTCLF_CACHE_DIR", str(tmp_path / "cache"))
    texts = tmp_path / "texts"
    for c in ("a", "b"):
        (texts / c).mkdir(parents=True)
        for i in range(10):
            (texts / c / f"{i}.txt").write_text(f"{c} words {i}", encoding="utf-8")
    (texts / "notes.txt").write_text("not a text of any class", encoding="utf-8")
    (tmp_path / "s.py").write_text(
        'from textclf_tune import Data\ndata = Data("folder", path="texts")\n\n\ndef build(hp):\n    return None\n'
    )
    said: list[str] = []

    class Says(Reporter):
        def message(self, text: str) -> None:
            said.append(text)

    ds = load_data(load_sweep(tmp_path / "s.py"), quick=True, reporter=Says())
    assert sum(len(p.y) for p in ds.splits().values()) == 20
    assert [m for m in said if "notes.txt" in m] == [
        f"note: 1 file directly in {texts} not read (notes.txt): only files inside a class folder are texts, "
        "DIR/<class>/<file> (or DIR/train/<class>/<file> and DIR/test/<class>/<file>)"
    ]


def test_held_out_texts_that_are_also_training_texts_are_noted() -> None:
    from types import SimpleNamespace

    import numpy as np

    from textclf_tune.data.sequences import Sequences
    from textclf_tune.engine.setup import shared_texts

    def part(*rows: list[int]) -> SimpleNamespace:
        return SimpleNamespace(x=Sequences.from_lists(rows), y=np.zeros(len(rows), dtype=int))

    splits = {"train": part([2, 3], [4, 5], [6]), "val": part([7], [8]), "test": part([4, 5], [9], [10])}
    own = SimpleNamespace(meta={"content": {}}, splits=lambda: splits)
    assert shared_texts(own).startswith("note: 1 of the 3 test texts are also training texts")
    assert "group_column=" in shared_texts(own)  # the remedy where rows belong together
    grouped = SimpleNamespace(
        meta={"content": {}, "val_split": {"kind": "group", "test": "group"}}, splits=lambda: splits
    )
    assert shared_texts(grouped).startswith("note: 1 of the 3") and "group_column=" not in shared_texts(grouped)
    grouped.meta["val_split"]["test"] = "given"  # a given test file: groups did not carve it
    assert "group_column=" in shared_texts(grouped)
    assert shared_texts(SimpleNamespace(meta={}, splits=lambda: splits)) == ""  # a built-in dataset's own repeats
    splits["test"] = part([9], [10])
    assert shared_texts(own) == ""


def test_texts_without_a_word_the_tokenizer_keeps_are_noted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from textclf_tune import load_sweep
    from textclf_tune.engine.progress import Reporter
    from textclf_tune.engine.setup import load_data

    class Says(Reporter):
        def __init__(self) -> None:
            self.said: list[str] = []

        def message(self, text: str) -> None:
            self.said.append(text)

    monkeypatch.setenv("TEXTCLF_CACHE_DIR", str(tmp_path / "cache"))
    rows = [
        (f"good film number {i}" if i % 2 else f"bad film number {i}", "pos" if i % 2 else "neg") for i in range(40)
    ]
    rows += [("!!!", "pos"), ("\U0001f600\U0001f600", "neg"), ("?!", "pos")]
    path = tmp_path / "tweets.csv"
    path.write_text("text,label\n" + "".join(f"{t},{label}\n" for t, label in rows), encoding="utf-8")
    sweep_file = tmp_path / "tweets.py"
    sweep_file.write_text(
        "import keras\nfrom textclf_tune import Data\ndata = Data('csv', path='tweets.csv')\n"
        "def build(hp):\n    raise RuntimeError('not built here')\n"
    )
    says = Says()
    dataset = load_data(load_sweep(str(sweep_file)), False, reporter=says)
    counts = {k: int(sum(len(r) == 0 for r in v.x)) for k, v in dataset.splits().items()}
    assert sum(counts.values()) == 3
    (note,) = [m for m in says.said if "hold no word the tokenizer keeps" in m]
    for split, n in counts.items():
        assert (f"{n} of the {len(dataset.splits()[split].y)} {split} texts" in note) == bool(n)
    path.write_text("text,label\n" + "".join(f"{t},{label}\n" for t, label in rows[:40]), encoding="utf-8")
    says.said.clear()
    load_data(load_sweep(str(sweep_file)), False, reporter=says)
    assert not [m for m in says.said if "tokenizer keeps" in m]
