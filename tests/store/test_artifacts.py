"""The artifact store keeps the models of a study's top K trials, and only those."""

from __future__ import annotations

from pathlib import Path

import optuna
import pytest

from textclf_tune.store import artifacts as arts
from textclf_tune.store.records import S
from textclf_tune.store.storage import open_storage


class FakeModel:
    def __init__(self, tag: str) -> None:
        self.tag = tag

    def save(self, path: str | Path) -> None:
        Path(path).write_text(self.tag)


def test_default_root_sits_beside_a_file_storage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(arts.ARTIFACTS_ENV, raising=False)
    assert arts.default_root("sqlite:///runs/studies.db") == Path("runs/studies.artifacts")
    assert arts.default_root("journal:///x/study.log") == Path("/x/study.artifacts")
    assert arts.default_root("journal:////x/study.log") == Path("/x/study.artifacts")  # as sqlite:////
    assert arts.default_root("postgresql://u@h/db") is None and arts.default_root("sqlite:///:memory:") is None
    assert arts.artifact_root("postgresql://u@h/db", str(tmp_path)) == tmp_path
    monkeypatch.setenv(arts.ARTIFACTS_ENV, str(tmp_path / "env"))
    assert arts.artifact_root("sqlite:///runs/studies.db") == tmp_path / "env"


@pytest.mark.parametrize("direction", ["maximize", "minimize"])
def test_only_the_top_k_trials_keep_their_model(tmp_path: Path, direction: str) -> None:
    url = f"sqlite:///{tmp_path / 'studies.db'}"
    study = optuna.create_study(storage=url, study_name="s", direction=direction)
    keeper = arts.WeightKeeper.open(study, url, open_storage(url, heartbeat=False), keep=2)
    assert keeper is not None and keeper.root == tmp_path / "studies.artifacts"
    values = [0.5, 0.9, 0.7, 0.6, 0.95, 0.9]
    for v in values:
        trial = study.ask()
        keeper.keep_trial(trial, v, FakeModel(f"trial {trial.number}"))
        study.tell(trial, v)
    # maximize: 0.95 (trial 4) and 0.9 (trial 1; trial 5 ties and came later). minimize: 0.5, 0.6.
    want = {4, 1} if direction == "maximize" else {0, 3}
    storage = open_storage(url, heartbeat=False)
    store = arts.open_store(keeper.root)
    kept = {t.number for t in study.trials if arts.model_artifact(t, storage, store) is not None}
    assert kept == want
    assert len(list(keeper.root.iterdir())) == 2  # the dropped trials' files are gone from disk
    t = study.trials[min(want)]
    arts.download_model(store, arts.model_artifact(t, storage, store) or "", tmp_path / "m.keras")
    assert (tmp_path / "m.keras").read_text() == f"trial {t.number}"


def test_a_trial_another_worker_finishes_meanwhile_keeps_its_model(tmp_path: Path) -> None:
    """Two workers: trial 1 (the best) is still running when trial 2 ranks itself, and finishes
    before trial 2's upload ends. Trial 2's pruning must rank trial 1 by its value, not drop it."""
    url = f"sqlite:///{tmp_path / 'studies.db'}"
    study = optuna.create_study(storage=url, study_name="s", direction="maximize")
    keeper = arts.WeightKeeper.open(study, url, open_storage(url, heartbeat=False), keep=2)
    assert keeper is not None
    first = study.ask()
    keeper.keep_trial(first, 0.5, FakeModel("0"))
    study.tell(first, 0.5)
    other, mine = study.ask(), study.ask()  # trial 1 on the other worker, trial 2 here
    keeper.keep_trial(other, 0.9, FakeModel("1"))  # uploaded while running
    assert keeper.ranks_in_top(mine.number, 0.7) == {0, 2}  # trial 1 has no value yet
    study.tell(other, 0.9)  # ... and finishes before this worker prunes
    assert keeper.prune(mine.number, 0.7) == [0]  # the top 2 now: trials 1 and 2
    storage, store = open_storage(url, heartbeat=False), arts.open_store(keeper.root)  # type: ignore[arg-type]
    assert arts.model_artifact(study.trials[1], storage, store) is not None


def test_no_keeper_without_a_folder_or_with_k_zero(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(arts.ARTIFACTS_ENV, raising=False)
    memory = optuna.storages.InMemoryStorage()
    study = optuna.create_study(storage=memory)
    assert arts.WeightKeeper.open(study, "sqlite:///:memory:", memory) is None
    url = f"sqlite:///{tmp_path / 'a.db'}"
    study = optuna.create_study(storage=url)
    assert arts.WeightKeeper.open(study, url, open_storage(url, heartbeat=False), keep=0) is None
    # An explicit folder is recorded with the study, so that export finds it without the flag.
    keeper = arts.WeightKeeper.open(study, url, open_storage(url, heartbeat=False), explicit=str(tmp_path / "w"))
    assert keeper is not None and study.user_attrs[S.ARTIFACT_ROOT] == str((tmp_path / "w").resolve())
    assert arts.artifact_root(url, None, study) == (tmp_path / "w").resolve()
    run_id = arts.keep_run_model(study, url, FakeModel("confirm run"))
    assert run_id is not None and any(m.artifact_id == run_id for m in optuna.artifacts.get_all_artifact_meta(study))
