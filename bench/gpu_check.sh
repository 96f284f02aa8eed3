#!/usr/bin/env bash
# GPU check for a machine with NVIDIA GPUs and JAX (the JAX backend; TensorFlow is not needed).
#
# Runs `tune run --gpus auto --trials-per-gpu 2` (so two worker processes share each GPU) on a
# small sweep over generated IMDB-layout data, then prints per-trial worker, GPU, device and
# seconds, and the leaderboard. Finishes in about 1-3 minutes. From the repo root:
#
#   bash bench/gpu_check.sh                 # logs to $OUT when set, else a temporary folder
#
# On a machine without internet, put wheels of what it lacks in .whl/ (git-ignored; installed by
# bench/gpu_env.sh), e.g. for Python 3.12:
#   keras namex optree optuna colorlog     (journal storage: no SQLAlchemy needed; rich, numpy,
#                                            absl-py, h5py, ml-dtypes, tqdm, PyYAML assumed there)
# e.g. python3 -m pip download --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
#        --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
#        -d .whl keras==3.15.1 namex optree optuna==5.0.0 colorlog
#
# Locally (CPU, to try the script):
#   GPU_CHECK_NO_WHEELS=1 GPU_CHECK_ARGS="--gpus none --workers 2" bash bench/gpu_check.sh
set -uo pipefail
cd "$(dirname "$0")/.."
source bench/gpu_env.sh
export KERAS_BACKEND="${KERAS_BACKEND:-jax}" PYTHONUNBUFFERED=1 TEXTCLF_HEARTBEAT=5 COLUMNS=160
WORK="$(mktemp -d)"
LOGDIR="${OUT:-$WORK}"
ARGS="${GPU_CHECK_ARGS:---gpus auto --trials-per-gpu 2}"
TRIALS="${GPU_CHECK_TRIALS:-6}"
STORAGE="journal://$WORK/studies.log"
export TEXTCLF_DATA_DIR="$WORK/data" TEXTCLF_CACHE_DIR="$WORK/cache"

echo "== devices"
nvidia-smi -L 2>/dev/null || echo "(no nvidia-smi)"
python3 - <<'EOF'
import importlib.metadata as m
for name in ("keras", "optuna", "jax", "jaxlib"):
    try:
        print(f"{name} {m.version(name)}")
    except m.PackageNotFoundError:
        print(f"{name} missing")
import jax
print("jax devices:", jax.devices())
EOF

echo "== data and sweep in $WORK"
python3 - "$WORK" "$TRIALS" <<'EOF'
import sys
from pathlib import Path
from textclf_tune.testing.synthetic import write_imdb_archive

work, trials = Path(sys.argv[1]), int(sys.argv[2])
write_imdb_archive(work / "data", n_per_class=1000, seed=0)
(work / "gpu_check.py").write_text(f'''
"""GPU check: a small Conv1D text classifier on generated IMDB-layout data."""
import keras
from textclf_tune import Data, Training

data = Data("imdb", num_words=5000)
training = Training(epochs=3, batch_size=64, maxlen=200, early_stopping=None)
budget = {trials}
reference_accuracy = 0.9
reference_config = {{"maxlen": 200, "embedding_dim": 64, "filters": 128, "learning_rate": 0.003}}

def build(hp):
    hp.Int("maxlen", 100, 300, step=100)
    model = keras.Sequential([
        keras.Input((None,), dtype="int32"),
        keras.layers.Embedding(5000, hp.Int("embedding_dim", 32, 128, step=32)),
        keras.layers.Conv1D(hp.Int("filters", 64, 256, step=64), 5, activation="relu"),
        keras.layers.GlobalMaxPooling1D(),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(keras.optimizers.Adam(hp.Float("learning_rate", 1e-4, 1e-2, sampling="log")),
                  "binary_crossentropy", metrics=["accuracy"])
    return model
''')
print("ok")
EOF

echo "== tune run $ARGS --trials $TRIALS"
START=$(date +%s)
# shellcheck disable=SC2086
timeout 200 python3 -m textclf_tune.cli.main run "$WORK/gpu_check.py" --storage "$STORAGE" --pruner none \
  --trials "$TRIALS" $ARGS 2>&1 | grep -v "^\[w[0-9]* [a-z0-9]*\]     epoch" | tee "$LOGDIR/gpu_check.log"
RC=${PIPESTATUS[0]}
echo "== exit $RC after $(( $(date +%s) - START )) s"

echo "== trials"
python3 - "$STORAGE" <<'EOF' | tee "$LOGDIR/gpu_check_trials.txt"
import sys
import optuna
from textclf_tune.store.storage import open_storage

optuna.logging.set_verbosity(optuna.logging.WARNING)
study = optuna.load_study(study_name="gpu_check", storage=open_storage(sys.argv[1], heartbeat=False))
print(f"{'#':>3} {'state':>8} {'worker':>6} {'CUDA_VISIBLE':>12} {'backend':>7} {'train s':>8} {'val':>6} {'test':>6}  device / params")
for t in study.get_trials():
    a = t.user_attrs
    val = f"{t.value:.4f}" if t.value is not None else "-"
    test = f"{a['test_accuracy']:.4f}" if a.get("test_accuracy") is not None else "-"
    print(f"{t.number:>3} {t.state.name:>8} {a.get('worker', '-')!s:>6} {a.get('cuda_visible_devices', '-')!s:>12} "
          f"{a.get('backend', '-'):>7} {a.get('train_seconds', '-')!s:>8} {val:>6} {test:>6}  {a.get('device', '-')} {t.params}"
          + (f"  reason: {a['fail_reason']}" if a.get("fail_reason") else ""))
done = [t for t in study.get_trials() if t.state.name in ("COMPLETE", "PRUNED")]
secs = [t.user_attrs["train_seconds"] for t in done if "train_seconds" in t.user_attrs]
print(f"finished {len(done)} of budget {study.user_attrs.get('budget')}; numbers unique: "
      f"{len({t.number for t in study.trials}) == len(study.trials)}; workers: "
      f"{sorted({t.user_attrs.get('worker') for t in done})}; mean train s {sum(secs) / max(len(secs), 1):.1f}")
EOF

echo "== leaderboard"
python3 -m textclf_tune.cli.main leaderboard --storage "$STORAGE"
exit "$RC"
