"""Devices and workers: GPU detection and slots, the launcher, and many workers on one study."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import optuna
import pytest
from conftest import write_sweep
from optuna.trial import TrialState

from textclf_tune.cli.main import main
from textclf_tune.parallel.devices import (
    GPU_ENV,
    NO_GPU,
    DeviceError,
    parse_gpus,
    parse_nvidia_smi,
    plan_slots,
    visible_from_env,
)
from textclf_tune.parallel.workers import (
    SURPLUS_REASON,
    TWIN_REASON,
    Launcher,
    SurplusTrial,
    WorkerObjective,
    WorkerResult,
    exit_code,
)
from textclf_tune.store.storage import open_storage
from textclf_tune.testing.pgserver import new_database

SMI = """GPU 0: NVIDIA H100 80GB HBM3 (UUID: GPU-5c1e9a4b-0d1e-4c59-9a53-111111111111)
GPU 1: NVIDIA H100 80GB HBM3 (UUID: GPU-5c1e9a4b-0d1e-4c59-9a53-222222222222)
"""
SMI_MIG = """GPU 0: NVIDIA A100-SXM4-40GB (UUID: GPU-aaaaaaaa-0000-0000-0000-000000000000)
  MIG 3g.20gb     Device  0: (UUID: MIG-11111111-2222-3333-4444-555555555555)
  MIG 3g.20gb     Device  1: (UUID: MIG-66666666-7777-8888-9999-000000000000)
GPU 1: NVIDIA A100-SXM4-40GB (UUID: GPU-bbbbbbbb-0000-0000-0000-000000000000)
"""


@pytest.fixture
def fake_gpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An ``nvidia-smi`` on PATH that lists two GPUs (this machine has none)."""
    bindir = tmp_path / "fakebin"
    bindir.mkdir()
    smi = bindir / "nvidia-smi"
    smi.write_text("#!/bin/sh\n[ \"$1\" = -L ] || exit 9\ncat <<'EOF'\n" + SMI + "EOF\n")
    smi.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.delenv("CUDA_VISIBLE_DEVICES", raising=False)
    return smi


# --------------------------------------------------------------------------- devices
def test_nvidia_smi_listing_gives_indices_or_mig_uuids() -> None:
    assert parse_nvidia_smi(SMI) == ["0", "1"]
    assert parse_nvidia_smi(SMI_MIG) == [
        "MIG-11111111-2222-3333-4444-555555555555",
        "MIG-66666666-7777-8888-9999-000000000000",
        "1",
    ]
    assert parse_nvidia_smi("No devices were found\n") == []


def test_cuda_visible_devices_decides_auto_when_set(fake_gpus: Path) -> None:
    assert visible_from_env({}) is None
    assert visible_from_env({"CUDA_VISIBLE_DEVICES": "2, 3"}) == ["2", "3"]
    assert visible_from_env({"CUDA_VISIBLE_DEVICES": ""}) == []
    assert visible_from_env({"CUDA_VISIBLE_DEVICES": "-1"}) == []
    assert parse_gpus("auto", {"CUDA_VISIBLE_DEVICES": "3"}) == ["3"]
    assert parse_gpus("auto", {}) == ["0", "1"]  # from nvidia-smi -L
    assert parse_gpus("none") == []
    assert parse_gpus("1") == ["1"]


def test_no_nvidia_smi_and_no_cuda_variable_means_cpu(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no nvidia-smi anywhere
    assert parse_gpus("auto", {}) == []
    assert parse_gpus("0,1") == ["0", "1"]  # named GPUs are not checked without nvidia-smi


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("zero", r"--gpus takes 'auto', 'none' or comma-separated GPU indices/UUIDs .* but got 'zero'.*Remedy"),
        ("0,,1", r"but got '0,,1' \(''"),
        ("0,0", r"--gpus names a GPU twice: '0,0'\. Remedy: .*--trials-per-gpu"),
        ("5", r"--gpus 5: no GPU 5 on this host; nvidia-smi -L lists 0, 1\. Remedy"),
    ],
)
def test_bad_gpu_lists_are_refused_with_a_remedy(spec: str, message: str, fake_gpus: Path) -> None:
    with pytest.raises(DeviceError, match=message):
        parse_gpus(spec)


def test_slots_pin_one_gpu_each_and_let_memory_grow() -> None:
    slots = plan_slots(["0", "1"], trials_per_gpu=2)
    assert [(s.index, s.gpu) for s in slots] == [(0, "0"), (1, "0"), (2, "1"), (3, "1")]
    for s in slots:
        assert s.env["CUDA_VISIBLE_DEVICES"] == s.gpu
        assert s.env["TF_FORCE_GPU_ALLOW_GROWTH"] == "true" and s.env["XLA_PYTHON_CLIENT_PREALLOCATE"] == "false"
        assert GPU_ENV.items() <= s.env.items()
    assert [s.label for s in slots] == ["w0 gpu0", "w1 gpu0", "w2 gpu1", "w3 gpu1"]


def test_cpu_workers_hide_gpus_and_share_the_cores() -> None:
    (one,) = plan_slots([], workers=1)
    assert one.gpu is None and one.env["CUDA_VISIBLE_DEVICES"] == NO_GPU and "OMP_NUM_THREADS" not in one.env
    two = plan_slots([], trials_per_gpu=4, workers=2)  # trials_per_gpu means nothing without a GPU
    assert len(two) == 2
    share = str(max(1, (os.cpu_count() or 1) // 2))
    assert all(s.env["OMP_NUM_THREADS"] == share == s.env["TF_NUM_INTRAOP_THREADS"] for s in two)
    with pytest.raises(DeviceError, match=r"--trials-per-gpu must be >= 1, but got 0\. Remedy"):
        plan_slots(["0"], trials_per_gpu=0)
    with pytest.raises(DeviceError, match=r"--workers must be >= 1, but got -1\. Remedy"):
        plan_slots([], workers=-1)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--gpus", "first"], "--gpus takes 'auto', 'none'"),
        (["--trials-per-gpu", "0"], "--trials-per-gpu must be >= 1, but got 0"),
        (["--workers", "0"], "--workers must be >= 1, but got 0"),
        (["--worker", "-2"], "--worker must be >= 0, but got -2"),
    ],
)
def test_cli_refuses_bad_device_flags(
    args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", str(tmp_path / "any.py"), *args]) == 2
    assert message in capsys.readouterr().err


def test_missing_sweep_is_reported_once_before_any_worker_starts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", str(tmp_path / "nope.py"), "--workers", "3"]) == 2
    captured = capsys.readouterr()
    assert "nope.py" in captured.err and "started worker" not in captured.out


# --------------------------------------------------------------------------- the worker guard
def _recording(calls: list[int]) -> Callable[[optuna.Trial], float]:
    """An objective that records each trial it trains in ``calls``."""

    def objective(trial: optuna.Trial) -> float:
        calls.append(trial.number)
        return trial.suggest_float("x", 0, 1)

    return objective


def test_trial_past_the_budget_is_dropped_untrained_and_recorded(tmp_path: Path) -> None:
    study = optuna.create_study(storage=f"sqlite:///{tmp_path / 's.db'}")
    calls: list[int] = []
    objective = _recording(calls)

    guarded = WorkerObjective(objective, study, budget=2, worker=3)
    study.optimize(guarded, n_trials=1)  # trial 0: nothing ahead of it
    assert calls == [0] and not guarded.surplus
    other = study.ask()  # trial 1, held by another worker
    study.enqueue_trial({"x": 0.25}, user_attrs={"is_reference": True})
    with pytest.raises(SurplusTrial):
        study.optimize(guarded, n_trials=1)  # trial 2 (the queued one): 0 and 1 already fill the budget
    assert calls == [0] and guarded.surplus
    t0, t1, t2, t3 = study.get_trials()
    assert t0.user_attrs["worker"] == 3 and t0.user_attrs["worker_pid"] == os.getpid()
    assert "cuda_visible_devices" in t0.user_attrs
    assert t2.state == TrialState.FAIL and t2.user_attrs["fail_reason"] == SURPLUS_REASON and not t2.params
    # The queued parameters are queued again for whoever needs them, should trial 1 fail.
    assert t3.state == TrialState.WAITING and t3.user_attrs == {"is_reference": True}
    study.tell(other, state=TrialState.FAIL)
    study.optimize(guarded, n_trials=1)
    assert study.get_trials()[3].state == TrialState.COMPLETE and study.get_trials()[3].params == {"x": 0.25}


def test_a_second_reference_queued_by_a_concurrent_start_is_dropped_untrained(tmp_path: Path) -> None:
    study = optuna.create_study(storage=f"sqlite:///{tmp_path / 's.db'}")
    calls: list[int] = []
    objective = _recording(calls)

    for _ in range(2):  # both runs found no reference trial and queued one
        study.enqueue_trial({"x": 0.5}, user_attrs={"is_reference": True})
    guarded = WorkerObjective(objective, study, budget=5, worker=0)
    held = study.ask()  # trial 0, the reference, taken by the other run
    with pytest.raises(SurplusTrial):
        study.optimize(guarded, n_trials=1)  # trial 1: the second copy
    t1 = study.get_trials()[1]
    assert calls == [] and t1.state == TrialState.FAIL and t1.user_attrs["fail_reason"] == TWIN_REASON.format(0)
    assert len(study.get_trials()) == 2  # not queued again
    study.tell(held, 0.5)
    study.optimize(guarded, n_trials=1)
    assert calls == [2]  # sampling goes on


# --------------------------------------------------------------------------- the launcher (no Keras)
FAKE_WORKER = r"""
import json, os, signal, sys, time
i = int(sys.argv[1])
mode = sys.argv[2]
def on_signal(signum, frame):
    print(f"worker {i} got signal {signum}", flush=True)
    sys.exit(130)
signal.signal(signal.SIGINT, on_signal)
signal.signal(signal.SIGTERM, on_signal)
def on_stop(signum, frame):
    print(f"worker {i} stops after its trial", flush=True)
    sys.exit(0)
signal.signal(signal.SIGUSR1, on_stop)
print(f"hello from {i} on {os.environ.get('CUDA_VISIBLE_DEVICES')}", flush=True)
if i == 0:
    if mode == "broken":
        print("error: the sweep is broken", flush=True)
        sys.exit(2)
    with open(os.environ["TEXTCLF_READY_FILE"], "w") as f:
        json.dump({"study_name": "s", "storage": "sqlite:///x.db", "budget": 3}, f)
else:
    assert "TEXTCLF_READY_FILE" not in os.environ
    while not os.path.exists(os.environ["TEXTCLF_WAIT_FILE"]):
        time.sleep(0.05)
    print(f"worker {i} sees the study", flush=True)
if mode == "w1dies":
    if i == 1:
        os.kill(os.getpid(), signal.SIGKILL)  # as the OOM killer would
    time.sleep(3)
    print(f"worker {i} done", flush=True)
if mode == "hang":
    print(f"worker {i} trains", flush=True)
    time.sleep(60)
sys.exit(0)
"""


class _Out:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def write(self, text: str) -> None:
        self.lines.extend(text.splitlines())

    def flush(self) -> None: ...


def _launch(mode: str, gpus: list[str], workers: int = 1) -> tuple[Launcher, list[WorkerResult], _Out]:
    out = _Out()
    launcher = Launcher(
        plan_slots(gpus, workers=workers),
        lambda i: [sys.executable, "-c", FAKE_WORKER, str(i), mode],
        out=out,
        poll=0.05,
    )
    return launcher, launcher.run(), out


def test_launcher_runs_one_pinned_worker_per_slot_after_worker_zero_sets_up() -> None:
    launcher, results, out = _launch("ok", ["0", "1"])
    assert [r.returncode for r in results] == [0, 0] and exit_code(results) == 0
    assert launcher.ready == {"study_name": "s", "storage": "sqlite:///x.db", "budget": 3}
    assert "[w0 gpu0] hello from 0 on 0" in out.lines and "[w1 gpu1] hello from 1 on 1" in out.lines
    assert "[w1 gpu1] worker 1 sees the study" in out.lines


def test_launcher_stops_the_others_when_worker_zero_fails_to_set_up() -> None:
    launcher, results, out = _launch("broken", ["0", "1"])
    assert results[0].returncode == 2 and exit_code(results) == 2
    assert "[w0 gpu0] error: the sweep is broken" in out.lines
    assert any("worker 0 ended (exit 2) before setting up the study; stopped the others" in x for x in out.lines)
    assert not [x for x in out.lines if x.startswith("[w1")]  # its lines were held back, then dropped
    assert launcher.ready == {}


def test_a_worker_that_dies_is_reported_when_it_dies_not_when_all_end() -> None:
    _, results, out = _launch("w1dies", [], workers=2)
    assert [r.returncode for r in results] == [0, -9]
    assert results[1].seconds < results[0].seconds  # its own end, not the time worker 0 took
    said = next(i for i, x in enumerate(out.lines) if "killed by signal 9 after" in x)
    assert said < out.lines.index("[w0 cpu] worker 0 done")  # while worker 0 still ran


def _signal_self_once_workers_listen(out: _Out, signum: int, n: int = 2) -> None:
    """Send ``signum`` to this process once ``n`` fake workers said hello (their handlers are set)."""

    def run() -> None:
        deadline = time.time() + 60
        while time.time() < deadline and sum("hello from" in x for x in out.lines) < n:
            time.sleep(0.05)
        os.kill(os.getpid(), signum)

    threading.Thread(target=run, daemon=True).start()


def _hanging_launcher(out: _Out) -> Launcher:
    return Launcher(
        plan_slots([], workers=2), lambda i: [sys.executable, "-c", FAKE_WORKER, str(i), "hang"], out=out, poll=0.05
    )


def test_launcher_forwards_ctrl_c_to_every_worker_and_exits_130() -> None:
    out = _Out()
    launcher = _hanging_launcher(out)
    _signal_self_once_workers_listen(out, signal.SIGINT)
    results = launcher.run()
    assert launcher.interrupted == 1
    assert [r.returncode for r in results] == [130, 130]
    assert exit_code(results, interrupted=True) == 130
    assert "[w0 cpu] worker 0 got signal 2" in out.lines and "[w1 cpu] worker 1 got signal 2" in out.lines


def test_launcher_passes_the_graceful_stop_to_every_worker() -> None:
    out = _Out()
    launcher = _hanging_launcher(out)
    _signal_self_once_workers_listen(out, signal.SIGUSR1)
    results = launcher.run()
    assert launcher.interrupted == 0
    assert [r.returncode for r in results] == [0, 0] and exit_code(results) == 0
    assert "[w0 cpu] worker 0 stops after its trial" in out.lines
    assert "[w1 cpu] worker 1 stops after its trial" in out.lines


def test_exit_code_reports_the_first_failure() -> None:
    slot = plan_slots([])[0]
    ok, killed, bad = (WorkerResult(slot, 1, rc, 1.0) for rc in (0, -9, 3))
    assert exit_code([ok, ok]) == 0
    assert exit_code([ok, killed, bad]) == 137
    assert exit_code([ok, ok], interrupted=True) == 130
    assert exit_code([ok, ok], interrupted=True, signum=signal.SIGTERM) == 143  # as a shell reports a SIGTERM


def test_launcher_stopped_by_sigterm_exits_143() -> None:
    out = _Out()
    launcher = _hanging_launcher(out)
    _signal_self_once_workers_listen(out, signal.SIGTERM)
    results = launcher.run()
    assert launcher.interrupted == 1 and launcher.signum == signal.SIGTERM
    assert exit_code(results, interrupted=True, signum=launcher.signum) == 143


# --------------------------------------------------------------------------- end to end (Keras)


@pytest.mark.parametrize(
    "kind",
    ["sqlite", pytest.param("journal", marks=pytest.mark.slow), pytest.param("postgres", marks=pytest.mark.slow)],
)
def test_two_gpu_workers_complete_exactly_the_budget(
    kind: str, tiny_sweep: Path, tmp_path: Path, fake_gpus: Path, request: pytest.FixtureRequest
) -> None:
    """``tune run`` on a host whose nvidia-smi lists two GPUs: two workers, one per GPU, share the
    study; it ends with exactly its budget of finished trials, numbered once each, the reference
    first, and each trial records the GPU its worker was pinned to. (Keras runs on the CPU here:
    CUDA_VISIBLE_DEVICES names a GPU that the CPU build ignores.)"""
    if kind == "sqlite":
        url = f"sqlite:///{tmp_path / 'studies.db'}"
    elif kind == "journal":
        url = f"journal://{tmp_path / 'studies.log'}"
    else:
        url = new_database(request.getfixturevalue("postgres"), "e2e")
    write_sweep(tiny_sweep, epochs=2, budget=5)
    run = subprocess.run(
        [sys.executable, "-m", "textclf_tune.cli.main", "run", str(tiny_sweep), "--storage", url],
        capture_output=True,
        text=True,
        timeout=300,
        env=os.environ.copy(),
    )
    out = run.stdout + run.stderr
    assert run.returncode == 0, out
    assert out.startswith(f"2 workers, 1 per GPU on GPU 0, 1; study in {url}")
    assert "[w0 gpu0] " in out and "[w1 gpu1] " in out
    for w in (0, 1):  # each worker says its GPU goes unused, as the CPU build trains on the CPU
        assert f"[w{w} gpu{w}] note: CUDA_VISIBLE_DEVICES={w} gives this run a GPU, but" in out
    study = optuna.load_study(study_name="tiny", storage=open_storage(url, heartbeat=False))
    trials = study.get_trials()
    finished = [t for t in trials if t.state in (TrialState.COMPLETE, TrialState.PRUNED)]
    assert len(finished) == 5
    assert sorted(t.number for t in trials) == list(range(len(trials)))
    assert all(
        t.state == TrialState.FAIL and t.user_attrs["fail_reason"] == SURPLUS_REASON
        for t in trials
        if t not in finished
    )  # a worker may start one trial too many; it is dropped
    assert trials[0].user_attrs["is_reference"] is True and trials[0].state == TrialState.COMPLETE
    assert {t.user_attrs["worker"] for t in finished} == {0, 1}
    for t in finished:
        assert t.user_attrs["cuda_visible_devices"] == str(t.user_attrs["worker"])
        assert t.user_attrs["backend"] and t.user_attrs["device"]
    for w in (0, 1):
        n = sum(t.user_attrs["worker"] == w for t in finished)
        assert f"worker {w} (GPU {w}, pid" in out and f"{n} complete" in out
    rows = re.findall(r"^tiny\s+(\d+)/(\d+)\s", out, flags=re.M)  # the leaderboard row: finished/budget
    assert rows == [("5", "5")]  # printed once, by the launcher
    assert study.user_attrs["command"].startswith("tune run") and "--worker" not in study.user_attrs["command"]


# --------------------------------------------------------------------------- backends (slow)
LSTM_SWEEP = '''
"""A tiny LSTM sweep whose recurrent dropout keeps cuDNN off, for the backend test."""
import keras
from textclf_tune import Data, Quick, Training

data = Data("imdb", num_words=300)
training = Training(epochs=2, batch_size=16, maxlen=40, early_stopping=None)
budget = 2
reference_accuracy = 0.8
reference_config = {"maxlen": 40, "units": 8, "learning_rate": 0.01}

def build(hp):
    hp.Int("maxlen", 20, 40, step=20)
    model = keras.Sequential([
        keras.Input((None,), dtype="int32"),
        keras.layers.Embedding(300, 8),
        keras.layers.LSTM(hp.Int("units", 4, 8, step=4), recurrent_dropout=0.1),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(keras.optimizers.Adam(hp.Float("learning_rate", 1e-3, 1e-1, sampling="log")),
                  "binary_crossentropy", metrics=["accuracy"])
    return model
'''


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["tensorflow", "jax", "torch"])
def test_same_sweep_runs_on_each_keras_backend(
    backend: str, tmp_path: Path, imdb_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same sweep file under KERAS_BACKEND=tensorflow, jax and torch (CPU): the trial records
    say which backend ran them, and the LSTM's recurrent dropout is noted as keeping cuDNN off."""
    import importlib.util

    if importlib.util.find_spec(backend) is None:
        pytest.skip(f"{backend} is not installed (pip install -e '.[{backend}]')")
    monkeypatch.setenv("TEXTCLF_DATA_DIR", str(imdb_dir))
    monkeypatch.setenv("KERAS_BACKEND", backend)
    sweep = tmp_path / "lstm.py"
    sweep.write_text(LSTM_SWEEP)
    url = f"sqlite:///{tmp_path / 'studies.db'}"
    t0 = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-m", "textclf_tune.cli.main", "run", str(sweep), "--storage", url, "--gpus", "none"],
        capture_output=True,
        text=True,
        timeout=600,
        env=os.environ.copy(),
    )
    seconds = time.perf_counter() - t0
    assert run.returncode == 0, run.stdout + run.stderr
    study = optuna.load_study(study_name="lstm", storage=url)
    trials = study.get_trials()
    assert [t.state for t in trials] == [TrialState.COMPLETE] * 2
    for t in trials:
        assert t.user_attrs["backend"] == backend
        assert t.user_attrs["device"].startswith("CPU")
        assert t.user_attrs["versions"]["keras"]
        assert t.user_attrs["cuda_visible_devices"] == NO_GPU
        (note,) = t.user_attrs["notes"]
        assert (
            "recurrent_dropout=0.1 keeps cuDNN off (the generic, non-cuDNN loop is much slower per epoch on a GPU)"
            in note
        )
        assert "test_accuracy" not in t.user_attrs  # the search never opens the test split
    best = max(t.value for t in trials)
    versions = trials[0].user_attrs["versions"]
    print(
        f"\n{backend}: {len(trials)} trials in {seconds:.0f}s, best val accuracy {best:.3f}, "
        f"device {trials[0].user_attrs['device']!r}, keras {trials[0].user_attrs['versions']['keras']}, "
        f"{backend} {versions.get(backend) or versions.get(backend + '-cpu', '?')}"
    )


def test_the_summary_counts_each_workers_trials_of_this_launch_only() -> None:
    from textclf_tune.parallel.devices import Slot
    from textclf_tune.parallel.workers import WorkerResult, summary

    study = optuna.create_study()
    dist = {"x": optuna.distributions.FloatDistribution(0, 1)}
    # worker 0's trials from an earlier launch (pid 11), then this launch's (pid 21 and 22)
    for worker, pid, n in ((0, 11, 8), (0, 21, 2), (1, 22, 3)):
        for _ in range(n):
            study.add_trial(
                optuna.trial.create_trial(
                    params={"x": 0.5}, distributions=dist, value=0.5, user_attrs={"worker": worker, "worker_pid": pid}
                )
            )
    results = [WorkerResult(Slot(0, None), 21, 0, 10.0), WorkerResult(Slot(1, None), 22, 0, 10.0)]
    lines = summary(results, study)
    assert [line.rsplit("; ", 1)[1] for line in lines] == ["2 complete", "3 complete"]
