"""A cache of probed search spaces, so that a run of an unchanged sweep skips the probe's builds.

:func:`textclf_tune.engine.setup.probe_space` builds a Keras model for the reference config and
for each branch of the space (24 builds, ~6.5 s, for ``sweeps/imdb_cnn.py``), on every ``tune run``
start and resume and on ``tune confirm`` / export. Its result depends only on the code that
defines hyperparameters and on what that code reads, so it is stored under a SHA-256 of all of it
(:func:`space_key`), one small JSON file per key in ``<cache folder>/spaces/`` (the data layer's
folder: ``$TEXTCLF_CACHE_DIR`` or ``~/.cache/textclf-tune``). ``TEXTCLF_SPACE_CACHE=0`` turns it off.

What the key holds, and why (a miss costs seconds; a wrong hit would hand a changed sweep the old
space, and so the old fingerprint, letting it resume a study it no longer matches):

* the sweep file's bytes, and the bytes of every loaded module file that is not part of the
  Python installation (stdlib, site-packages): the helpers a sweep imports from its own folder
  tree, and any other code of the user's (a project folder on ``sys.path``, an editable install);
* the repr of every plain-data global (``None``, bools, numbers, strings, and lists, tuples and
  dicts of them) of the sweep module and of those modules: a value computed at import, such as
  ``GLOVE_DIMS = available_glove_dims()`` or one read from an environment variable;
* for each module, class or function the sweep or those modules import from an installed package,
  that package's name and ``__version__``;
* the sweep's settings (``Sweep.settings(quick=True)``: data options, training, objective,
  reference config, quick preset) and the trainer's ``epochs`` and ``max_maxlen`` (the quick flag);
* the data facts ``build(hp, data)`` can read: the loaded dataset's name, ``meta`` (source digest,
  options, split sizes, class counts, subsample, encoding version; not its cache location), its
  ``num_words``, ``num_classes``, class names and vocabulary length, and the GloVe dimensions
  available now;
* the versions of Python, numpy, textclf-tune, Keras, KerasTuner and the backend (name and
  version), and a digest of textclf-tune's own source files (a development checkout changes
  without a version bump).

No key (the probe always runs) for a sweep built in Python without a file, a model (``build``, or a
HyperModel's ``build`` and ``fit``) defined outside the files hashed above and outside
textclf-tune, Keras and KerasTuner, a trainer other than the engine's ``Trainer``, or when one of
those files (or textclf-tune's) was modified after this process started: its module may have been
imported before the change, and the bytes on disk would then not describe the code that runs.
Other sweep files read in the same process are not part of the key. Not in the key: what
``build`` reads from outside at call time (a file, an environment variable read inside
``build``); such a sweep should run with ``TEXTCLF_SPACE_CACHE=0``.

An entry is written only after a successful probe (whose checks it therefore passed) under the
same key, computed again after the probe: a module of the user's that ``build`` imports when
called (not loaded when the key is first taken, so never in it) or a global that ``build``
changes leaves a different key, and nothing is written. Entries are written through a temporary
file and ``os.replace``; an unreadable or corrupt entry is a miss and is rewritten; a cache folder
that cannot be written is not an error.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import site
import sys
import sysconfig
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

from textclf_tune.space.sweep import Sweep

#: Set to ``0`` (or ``false``, ``no``, ``off``) to probe every time.
ENV_SPACE_CACHE = "TEXTCLF_SPACE_CACHE"
#: Sub-folder of the data layer's cache folder that holds the entries.
SUBDIR = "spaces"
#: Bumped when an entry's layout or the key's content changes.
FORMAT = 2  # 2: the notes of branches that failed to build
#: Packages whose installed code is known by the versions in the key.
_VERSIONED = ("textclf_tune", "keras", "keras_tuner")

#: Seconds of doubt around the process's start time (``/proc/stat``'s boot time is whole seconds).
MTIME_MARGIN_S = 2.0
_IMPORTED_AT = time.time()
#: How :func:`textclf_tune.space.sweep_file.load_sweep` names a sweep file's module.
SWEEP_MODULE_PREFIX = "_textclf_sweep_"

Space = dict[str, dict[str, Any]]


def enabled() -> bool:
    """Whether ``$TEXTCLF_SPACE_CACHE`` leaves the cache on (the default)."""
    return os.environ.get(ENV_SPACE_CACHE, "1").strip().lower() not in ("0", "false", "no", "off")


def cache_folder() -> Path:
    """``<$TEXTCLF_CACHE_DIR or ~/.cache/textclf-tune>/spaces``."""
    from textclf_tune.data.cache import default_cache_dir

    return default_cache_dir() / SUBDIR


def space_key(sweep: Sweep, trainer: Any) -> str | None:
    """The SHA-256 (hex) under which ``probe_space(sweep, trainer)``'s result is stored, or ``None``
    when it cannot be keyed soundly (see the module docstring) or the cache is off."""
    if not enabled():
        return None
    try:
        return _key(sweep, trainer)
    except Exception:  # a cache never stops a run: whatever cannot be read is probed
        return None


def _key(sweep: Sweep, trainer: Any) -> str | None:
    from textclf_tune.engine.training import Trainer

    if type(trainer) is not Trainer:
        return None
    path = Path(sweep.path)
    if not path.is_file():
        return None
    namespace = _sweep_namespace(sweep, path)
    if namespace is None:
        return None
    installed = _installation_dirs()
    package = os.path.dirname(os.path.abspath(_file_of(sys.modules["textclf_tune"]) or ""))
    modules = _user_modules(installed, package, path.resolve().parent)
    sources = {**{f: vars(m) for f, m in modules.items()}, _abs(str(path)): namespace}
    model = _model_code(sweep)
    if not all(_code_keyed(obj, set(sources)) for obj in model):
        return None
    own_files = sorted(Path(package).rglob("*.py"))
    if _edited_since_start([*sources, *map(str, own_files)]):  # the code in memory may not be the files'
        return None
    body = {
        "format": FORMAT,
        "sweep": hashlib.sha256(path.read_bytes()).hexdigest(),
        "modules": {f: _file_digest(f) for f in sorted(sources)},
        "model": [_code_identity(obj) for obj in model],  # which function of those files builds
        "globals": {f: _plain_globals(m) for f, m in sorted(sources.items())},
        "imports": sorted(_installed_imports(sources.values(), installed)),
        "settings": sweep.settings(quick=True),
        "trainer": {"epochs": trainer.epochs, "max_maxlen": trainer.max_maxlen},
        "data": _data_facts(trainer.dataset),
        "versions": _versions(),
        "textclf_tune_source": _tree_digest(Path(package), own_files),
    }
    canonical = json.dumps(body, sort_keys=True, default=repr)
    return hashlib.sha256(canonical.encode()).hexdigest()


def load(key: str) -> tuple[Space, list[dict[str, Any]]] | None:
    """The space stored under ``key`` and the probe's notes, or ``None`` (no entry, or one that
    cannot be read or trusted)."""
    try:
        entry = json.loads((cache_folder() / f"{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(entry, dict) or entry.get("format") != FORMAT or entry.get("key") != key:
        return None
    space = entry.get("space")
    if not isinstance(space, dict) or not all(isinstance(k, str) and isinstance(v, dict) for k, v in space.items()):
        return None
    notes = entry.get("notes", [])
    if not isinstance(notes, list) or not all(isinstance(n, dict) for n in notes):
        return None
    return space, notes


def store(key: str, space: Space, notes: list[dict[str, Any]] | None = None) -> bool:
    """Write ``space`` and the probe's ``notes`` under ``key`` (atomically); ``False`` when it was
    not written (a folder that cannot be written, or a space that JSON would not give back exactly)."""
    try:
        text = json.dumps({"format": FORMAT, "key": key, "space": space, "notes": notes or []}, sort_keys=True)
        if json.loads(text)["space"] != space:
            return False
    except (TypeError, ValueError):
        return False
    folder = cache_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=folder)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, folder / f"{key}.json")
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False
    return True


# --------------------------------------------------------------------------- key parts
def _abs(path: str) -> str:
    return os.path.normcase(os.path.abspath(path))


def _file_of(module: ModuleType) -> str | None:
    f = getattr(module, "__file__", None)
    return f if isinstance(f, str) and f else None


def _installation_dirs() -> tuple[str, ...]:
    """The folders of the Python installation: stdlib and site-packages (as given and resolved)."""
    paths = {sysconfig.get_paths().get(k) for k in ("stdlib", "platstdlib", "purelib", "platlib")}
    try:
        paths |= set(site.getsitepackages())
        paths.add(site.getusersitepackages())
    except AttributeError:  # an old virtualenv's site module
        pass
    out = set()
    for p in paths:
        if p:
            out |= {_abs(p), os.path.normcase(os.path.realpath(p))}
    return tuple(sorted(d.rstrip(os.sep) + os.sep for d in out))


def _under(path: str, dirs: Iterable[str]) -> bool:
    return any(path.startswith(d) for d in dirs)


def _user_modules(installed: tuple[str, ...], package: str, folder: Path) -> dict[str, ModuleType]:
    """Loaded modules, by file, that lie in the sweep's folder tree, or outside both the Python
    installation and textclf-tune (the user's code). A folder that holds an installation (a sweep
    in the home folder, beside a virtualenv) brings in only the files outside it."""
    own = package.rstrip(os.sep) + os.sep
    tree = _abs(str(folder)).rstrip(os.sep) + os.sep
    tree_installed = _under(tree, installed)  # a sweep shipped inside site-packages: its helpers count
    out: dict[str, ModuleType] = {}
    for name, module in list(sys.modules.items()):
        f = _file_of(module) if isinstance(module, ModuleType) else None
        if f is None or name.startswith(SWEEP_MODULE_PREFIX):  # other sweeps read in this process
            continue
        a = _abs(f)
        in_tree = a.startswith(tree) and (tree_installed or not _under(a, installed))
        if (in_tree or not (a.startswith(own) or _under(a, installed))) and os.path.isfile(a):
            out.setdefault(a, module)
    return out


def _sweep_namespace(sweep: Sweep, path: Path) -> dict[str, Any] | None:
    """The globals of the module the sweep was read from: its file is the sweep's and its ``data``
    is the sweep's (its model's globals, or a module still in ``sys.modules``)."""
    target = _abs(str(path))
    candidates = [getattr(getattr(obj, "__func__", obj), "__globals__", None) for obj in _model_code(sweep)]
    candidates += [vars(m) for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
    for ns in candidates:
        f = ns.get("__file__") if isinstance(ns, dict) else None
        if isinstance(f, str) and _abs(f) == target and ns.get("data") is sweep.data:  # type: ignore[union-attr]
            return ns
    return None


def _model_code(sweep: Sweep) -> list[Any]:
    """What defines hyperparameters: ``build``, or a HyperModel's ``build`` and ``fit``."""
    if sweep.hypermodel is None:
        return [sweep.build]
    cls = type(sweep.hypermodel)
    return [sweep.build, getattr(cls, "build", None), getattr(cls, "fit", None)]


def _code_keyed(obj: Any, hashed: set[str]) -> bool:
    """Whether ``obj``'s code lies in a hashed file or in a package whose version is in the key."""
    try:
        f = inspect.getsourcefile(inspect.unwrap(obj))
    except (TypeError, ValueError):
        return False
    if f is not None and _abs(f) in hashed:
        return True
    module = inspect.getmodule(obj)
    return module is not None and module.__name__.split(".")[0] in _VERSIONED


def _code_identity(obj: Any) -> str:
    """``file:line qualname`` of a function (a sweep object whose ``build`` was replaced differs)."""
    fn = inspect.unwrap(obj)
    code = getattr(getattr(fn, "__func__", fn), "__code__", None)
    where = f"{_abs(code.co_filename)}:{code.co_firstlineno}" if code is not None else "?"
    return f"{where} {getattr(fn, '__qualname__', '?')}"


def _process_start() -> float:
    """When this process started (Linux: from ``/proc``; elsewhere: when this module was imported,
    with ``textclf_tune``)."""
    try:
        after_name = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        boot = next(
            int(line.split()[1]) for line in Path("/proc/stat").read_text().splitlines() if line.startswith("btime ")
        )
        return boot + int(after_name[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration, AttributeError):
        return _IMPORTED_AT


def _edited_since_start(files: Iterable[str]) -> bool:
    """Whether a file changed after this process started (give or take :data:`MTIME_MARGIN_S`): its
    module may have been imported before the change, so its bytes would not key the code that runs."""
    since = _process_start() - MTIME_MARGIN_S
    for f in files:
        try:
            if os.stat(f).st_mtime >= since:
                return True
        except OSError:
            return True
    return False


def _file_digest(path: str) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return "unreadable"


def _is_plain(value: Any, depth: int = 0) -> bool:
    if value is None or isinstance(value, (bool, int, float, str)):
        return True
    if depth > 20:
        return False
    if isinstance(value, (list, tuple)):
        return all(_is_plain(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return all(_is_plain(k, depth + 1) and _is_plain(v, depth + 1) for k, v in value.items())
    return False


def _plain_globals(namespace: dict[str, Any]) -> dict[str, str]:
    """``repr`` of each plain-data module global (dunders left out: a sweep module's name is per process)."""
    return {
        name: repr(value)
        for name, value in sorted(namespace.items())
        if not name.startswith("__")
        and type(value) in (type(None), bool, int, float, str, list, tuple, dict)
        and _is_plain(value)
    }


def _installed_imports(namespaces: Iterable[dict[str, Any]], installed: tuple[str, ...]) -> set[str]:
    """``package==version`` of each installed package a module's globals come from."""
    out = set()
    for namespace in namespaces:
        for value in list(namespace.values()):
            name = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
            if not isinstance(name, str) or name.startswith(SWEEP_MODULE_PREFIX):
                continue
            top = sys.modules.get(name.split(".")[0])
            f = _file_of(top) if top is not None else None
            if top is not None and (f is None or _under(_abs(f), installed)):
                out.add(f"{top.__name__}=={getattr(top, '__version__', '?')}")
    return out


def _data_facts(dataset: Any) -> dict[str, Any]:
    from textclf_tune.data import available_glove_dims

    meta = {k: v for k, v in dict(getattr(dataset, "meta", {}) or {}).items() if k != "cache"}
    return {
        "name": getattr(dataset, "name", None),
        "meta": meta,
        "num_words": getattr(dataset, "num_words", None),
        "num_classes": getattr(dataset, "num_classes", None),
        "class_names": list(getattr(dataset, "class_names", []) or []),
        "words": len(getattr(dataset, "words", []) or []),
        "glove_dims": available_glove_dims(),
    }


def _versions() -> dict[str, Any]:
    import keras
    import keras_tuner
    import numpy

    import textclf_tune

    backend = keras.backend.backend()
    module = sys.modules.get({"tensorflow": "tensorflow", "jax": "jax", "torch": "torch"}.get(backend, backend))
    return {
        "python": sys.version.split()[0],
        "numpy": numpy.__version__,
        "textclf_tune": textclf_tune.__version__,
        "keras": keras.__version__,
        "keras_tuner": keras_tuner.__version__,
        "backend": backend,
        "backend_version": getattr(module, "__version__", None),
    }


def _tree_digest(folder: Path, files: list[Path]) -> str:
    """SHA-256 over the paths (relative to ``folder``) and bytes of ``files``."""
    h = hashlib.sha256()
    for f in files:
        h.update(str(f.relative_to(folder)).encode() + b"\0")
        try:
            h.update(f.read_bytes())
        except OSError:
            h.update(b"unreadable")
        h.update(b"\0")
    return h.hexdigest()
