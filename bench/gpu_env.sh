# Sourced by bench/gpu_check.sh and bench/gpu_realdata.sh from the repo root: installs the wheels in
# .whl/ (what an offline GPU machine lacks; list in gpu_check.sh) into /tmp/site and puts them and the
# checkout on PYTHONPATH. GPU_CHECK_NO_WHEELS=1 skips the wheels (to try a script on a CPU machine).
if [ -z "${GPU_CHECK_NO_WHEELS:-}" ] && ls .whl/*.whl >/dev/null 2>&1; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl \
    || { echo "wheel install failed"; exit 1; }
  export PYTHONPATH="/tmp/site:$PWD"
else
  export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
fi
