"""`tune` on the command line: end to end, leaderboard formats, and clear errors."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import optuna
import pytest

from textclf_tune.cli.main import main


def _tune(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "textclf_tune", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=os.environ.copy(),
        cwd=cwd,
    )


def test_tune_run_end_to_end_then_leaderboard_agrees_with_storage(tiny_sweep: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'studies.db'}"
    run = _tune("run", str(tiny_sweep), "--storage", url, "--trials", "3")
    assert run.returncode == 0, run.stderr
    assert "trial 0 complete" in run.stdout and "[3/3]" in run.stdout
    assert "test acc" not in run.stdout and "sealed" in run.stdout  # no test figure, only "sealed"
    lb = _tune("leaderboard", "--storage", url, "--format", "json")
    (row,) = json.loads(lb.stdout)
    study = optuna.load_study(study_name="tiny", storage=url)
    assert row["complete"] == 3 and row["best_val"] == study.best_value
    assert row["best_test"] is None and row["test_status"] == "sealed"
    assert not any("test_accuracy" in t.user_attrs for t in study.trials)
    assert row["baseline_trial"] == 0
    assert study.user_attrs["command"].startswith("tune run")
    table = _tune("leaderboard", "--storage", url)
    assert "tiny" in table.stdout and table.returncode == 0
    md = _tune("leaderboard", "--storage", url, "--format", "markdown").stdout
    assert md.splitlines()[0].startswith("| study |") and "| tiny |" in md
    text = _tune("leaderboard", "--storage", url, "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["study"] == "tiny" and float(rows[0]["best_val"]) == study.best_value  # every digit
    assert "\r" not in text  # Unix line ends, as every other output


def test_default_storage_is_git_ignored_runs_folder_or_env(
    tiny_sweep: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TEXTCLF_STORAGE", raising=False)
    run = _tune("run", str(tiny_sweep), "--trials", "1", "--quiet", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "runs" / "studies.db").is_file() and not (tmp_path / "results").exists()
    monkeypatch.setenv("TEXTCLF_STORAGE", f"sqlite:///{tmp_path / 'env.db'}")
    lb = _tune("leaderboard", "--format", "json", cwd=tmp_path)  # reads the env's storage: none there yet
    assert lb.returncode == 2 and "env.db" in lb.stderr and "no such file" in lb.stderr
    assert not (tmp_path / "env.db").exists()  # a reading command creates no storage


def test_cli_habits_version_help_and_module_entry(tmp_path: Path) -> None:
    version = subprocess.run([sys.executable, "-m", "textclf_tune", "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.split() == ["textclf-tune", "0.1.0"]
    bare = subprocess.run([sys.executable, "-m", "textclf_tune"], capture_output=True, text=True)
    assert bare.returncode == 0 and "leaderboard" in bare.stdout
    for argv in ([], ["confirm"]):  # no argparse escape (95%%) left in any help text
        helped = subprocess.run([sys.executable, "-m", "textclf_tune", *argv, "--help"], capture_output=True, text=True)
        assert helped.returncode == 0 and "95% CI" in helped.stdout and "%%" not in helped.stdout


def test_leaderboard_does_not_import_tensorflow(tmp_path: Path) -> None:
    code = (
        "import sys; from textclf_tune.cli.main import main; main(['leaderboard', '--storage', "
        f"'sqlite:///{tmp_path / 'x.db'}']); print('tensorflow' in sys.modules, 'keras' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip().splitlines()[-1] == "False False"


def _error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 2
    return capsys.readouterr().err


def test_missing_sweep_file(capsys, tmp_path: Path) -> None:
    err = _error(capsys, "run", str(tmp_path / "nope.py"))
    assert "nope.py" in err and "does not exist" in err


def test_a_misspelled_sweep_file_gets_the_near_one(capsys, tmp_path: Path) -> None:
    (tmp_path / "topics.py").write_text("")
    err = _error(capsys, "run", str(tmp_path / "topic.py"))
    assert f"did you mean {tmp_path / 'topics.py'}?" in err


def test_sweep_without_build(capsys, tmp_path: Path) -> None:
    f = tmp_path / "nobuild.py"
    f.write_text("from textclf_tune import Data\ndata = Data('imdb')\n")
    err = _error(capsys, "run", str(f))
    assert "nobuild.py" in err and "defines no build(hp)" in err


def test_sweep_that_fails_to_import_names_file_and_line(capsys, tmp_path: Path) -> None:
    f = tmp_path / "broken.py"
    f.write_text("x = 1\ny = 1 / 0\n")
    err = _error(capsys, "run", str(f))
    assert "broken.py" in err and "line 2" in err and "ZeroDivisionError" in err


def test_min_greater_than_max_names_the_values(capsys, tiny_sweep: Path, tmp_path: Path) -> None:
    tiny_sweep.write_text(
        tiny_sweep.read_text().replace('hp.Int("maxlen", 20, 60, step=20)', 'hp.Int("maxlen", 60, 20, step=20)')
    )
    err = _error(capsys, "run", str(tiny_sweep), "--storage", f"sqlite:///{tmp_path / 's.db'}")
    assert "min_value <= max_value must hold, but got min_value=60, max_value=20" in err
    assert "hp.Int('maxlen'" in err


def test_unknown_sampler_and_pruner_are_refused(tiny_sweep: Path) -> None:
    for flag, value in (("--sampler", "annealing"), ("--pruner", "magic")):
        out = _tune("run", str(tiny_sweep), flag, value)
        assert out.returncode == 2 and f"invalid choice: '{value}'" in out.stderr


def test_bad_storage_url(capsys, tiny_sweep: Path) -> None:
    err = _error(capsys, "run", str(tiny_sweep), "--storage", "notaurl")
    assert "'notaurl' is not a URL" in err and "sqlite:///" in err
    err = _error(capsys, "run", str(tiny_sweep), "--storage", "mysqlx://nobody@nowhere/db")
    assert "cannot open storage 'mysqlx://nobody@nowhere/db'" in err


def test_nonpositive_trials(capsys, tiny_sweep: Path) -> None:
    assert "--trials must be >= 1, but got 0" in _error(capsys, "run", str(tiny_sweep), "--trials", "0")


def test_nonpositive_timeout(capsys, tiny_sweep: Path) -> None:
    assert "--timeout must be > 0 seconds, but got 0" in _error(capsys, "run", str(tiny_sweep), "--timeout", "0")


def test_a_sweep_named_without_py_points_to_the_file(capsys, tmp_path: Path, monkeypatch) -> None:
    """tune run my_sweep (as the study is called) when my_sweep.py is the file: the error names it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "my_sweep.py").write_text("x = 1\n")
    err = _error(capsys, "run", "my_sweep")
    assert "did you mean my_sweep.py?" in err and len(err.strip().splitlines()) == 1


def test_an_empty_leaderboard_suggests_a_command_that_runs_anywhere(capsys, tmp_path: Path) -> None:
    """sweeps/imdb_cnn.py exists only in a checkout; the built-in name runs from any folder."""
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    optuna.storages.RDBStorage(url)  # an empty storage file
    assert main(["leaderboard", "--storage", url]) == 0
    out = capsys.readouterr().out
    assert "tune run imdb_cnn --quick" in out and "sweeps/imdb_cnn.py" not in out


def test_export_of_an_unknown_study_prints_one_line(tmp_path: Path) -> None:
    """TensorFlow's C++ start-up lines (absl, oneDNN) came before export's error: only the error now."""
    url = f"sqlite:///{tmp_path / 'one.db'}"
    optuna.create_study(study_name="present", storage=url)
    out = _tune("export", "absent", "--storage", url, "--out", str(tmp_path / "x"))
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [out.stderr.strip()] and "study 'absent'" in out.stderr


@pytest.mark.parametrize("command", ["run", "export", "predict"])
def test_ctrl_c_speaks_of_trials_only_where_there_are_some(
    command: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from textclf_tune.cli import main as cli_main

    def interrupted(args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setitem(cli_main.COMMANDS, command, interrupted)
    argv = {
        "run": ["run", "imdb_cnn"],
        "export": ["export", "s", "--out", "x"],
        "predict": ["predict", "x", "--text", "t"],
    }
    assert cli_main.main(argv[command]) == 130
    err = capsys.readouterr().err
    assert ("trial" in err) == (command == "run")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ["run", "x.py", "--trails", "3"],
            "tune run: error: unrecognized arguments: --trails 3 (--trails: did you mean --trials?)",
        ),
        (["run", "x.py", "--trials", "three"], "tune run: error: argument --trials: invalid int value: 'three'"),
        (
            ["leaderboard", "--wdie"],
            "tune leaderboard: error: unrecognized arguments: --wdie (--wdie: did you mean --wide?)",
        ),
    ],
)
def test_a_wrong_argument_is_one_line_from_its_command(
    capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    """Not the whole usage block first, nor the top-level usage for a subcommand's option."""
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.splitlines() == [f"{expected} (see tune {argv[0]} --help)"]


def test_merge_takes_study_names_after_an_option(tmp_path: Path) -> None:
    """tune merge FROM --storage URL STUDY: argparse alone refused STUDY as unrecognized."""
    url, copy = f"sqlite:///{tmp_path / 'main.db'}", tmp_path / "copy.db"
    optuna.create_study(study_name="s1", storage=url)
    optuna.create_study(study_name="s1", storage=f"sqlite:///{copy}").optimize(lambda t: t.suggest_float("x", 0, 1), 1)
    assert main(["merge", str(copy), "--storage", url, "s1"]) == 0
    assert len(optuna.load_study(study_name="s1", storage=url).trials) == 1


def test_reading_an_empty_file_as_storage_leaves_it_empty(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """tune leaderboard on a 0-byte file made it a 112 KiB SQLite database."""
    empty = tmp_path / "empty.db"
    empty.touch()
    assert "is empty (0 bytes)" in _error(capsys, "leaderboard", "--storage", f"sqlite:///{empty}")
    assert empty.stat().st_size == 0
