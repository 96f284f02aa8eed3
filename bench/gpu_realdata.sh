#!/usr/bin/env bash
# Real-data GPU check for a machine with an NVIDIA GPU, JAX and torch (TensorFlow is not needed).
#
# 1. encodes the real IMDB archive once (the data layer's first-encode time on that machine),
# 2. `python -m bench.epoch_times` under KERAS_BACKEND=jax, then torch: seconds per epoch of the
#    IMDB reference configs (the LSTM with and without recurrent_dropout), and of each IMDB study's
#    best trial, on the whole training split,
# 3. the README quickstart's sweep (`tune run sweeps/imdb_cnn.py --quick`) under JAX on the GPU.
# Outputs go to $OUT when set, else a temporary folder. About 8 minutes on one GPU.
#
# The IMDB archive is found as `tune run` finds it: $TEXTCLF_DATA_DIR (a local folder of archives,
# e.g. aclImdb_v1.tar.gz and SHA256SUMS), then the Keras cache, then a download. On a machine
# without internet, put wheels of what it lacks in .whl/ (see bench/gpu_check.sh; also sqlalchemy,
# greenlet, alembic, mako for SQLite storage). Never commit data or wheels.
set -uo pipefail
cd "$(dirname "$0")/.."
source bench/gpu_env.sh
OUTDIR="${OUT:-$(mktemp -d)}"
export PYTHONUNBUFFERED=1 COLUMNS=160
export TEXTCLF_CACHE_DIR="$(mktemp -d)"
nvidia-smi -L 2>/dev/null || echo "(no nvidia-smi)"
nproc

echo "== first encode of IMDB"
KERAS_BACKEND=jax timeout 150 python3 - <<'PY' 2>&1 | tee "$OUTDIR/encode.txt"
import time
from textclf_tune.data import load_dataset
for attempt in ("first encode", "cached load"):
    t0 = time.perf_counter()
    ds = load_dataset("imdb", num_words=20000, val_split="movie")
    print(f"{attempt}: {time.perf_counter() - t0:.2f} s; train {len(ds.train)} val {len(ds.val)} test {len(ds.test)}")
PY

ORDER="lstm-reference-rd0,lstm-reference,cnn-reference,cnn-best,lstm-best"
echo "== epoch times, jax"
KERAS_BACKEND=jax timeout "${GPU_JAX_S:-170}" python3 -m bench.epoch_times --epochs 3 --only "$ORDER" \
  --out "$OUTDIR/epoch_times-jax.json" 2>&1 | grep -E '^\{|Error|error' | cut -c1-600
echo "== epoch times, torch"
KERAS_BACKEND=torch timeout "${GPU_TORCH_S:-170}" python3 -m bench.epoch_times --epochs 2 --only "$ORDER" \
  --out "$OUTDIR/epoch_times-torch.json" 2>&1 | grep -E '^\{|Error|error' | cut -c1-600

echo "== quickstart sweep under jax"
START=$(date +%s)
KERAS_BACKEND=jax timeout "${GPU_QUICK_S:-90}" python3 -m textclf_tune.cli.main run sweeps/imdb_cnn.py --quick \
  --storage "sqlite:///$OUTDIR/quick.db" 2>&1 | grep -v "     epoch" | tail -25 | tee "$OUTDIR/quick.txt"
echo "== quick exit ${PIPESTATUS[0]} after $(( $(date +%s) - START )) s"
