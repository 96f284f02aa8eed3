"""What a run needs before its study opens: the data (subsampled for the quick preset), the trainer,
and the whole search space, walked by building each of its branches once (no training)."""

from __future__ import annotations

import gc
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from optuna.distributions import CategoricalDistribution, FloatDistribution, IntDistribution

from textclf_tune.engine.frames import raised_by_us
from textclf_tune.engine.progress import Reporter
from textclf_tune.engine.signals import interrupt_behind
from textclf_tune.errors import SweepError, TuneError
from textclf_tune.space import space_cache  # stdlib only; imported early for its start time off Linux
from textclf_tune.space.specs import distribution_for
from textclf_tune.space.sweep import Sweep, check_epochs_values
from textclf_tune.store.records import default_study_name


def study_name_for(sweep: Sweep, quick: bool) -> str:
    return default_study_name(sweep.name, quick)


#: Seconds to read and encode a dataset on a cache miss, on an idle 2-core x86_64 CPU (IMDB: 7 s;
#: 20 Newsgroups took 0.42x IMDB's time when both were encoded on the same loaded machine).
ENCODE_SECONDS = {"imdb": 7.0, "newsgroups": 3.0}


def load_data(sweep: Sweep, quick: bool, data_dir: str | None = None, reporter: Reporter | None = None) -> Any:
    """The sweep's dataset, subsampled for the quick preset. ``reporter`` hears of a cache miss
    before the encoding starts, and of the load's time and sizes at the end."""
    from textclf_tune.data import cache, load_dataset
    from textclf_tune.data.owntexts import resolve_paths

    reporter = reporter or Reporter()
    name = sweep.data.name
    options = dict(sweep.data.options)
    resolve_paths(options, sweep.path.resolve().parent)  # a data file beside the sweep file
    if data_dir is not None:
        options["data_dir"] = data_dir
    t0 = time.perf_counter()
    label = Path(str(options["path"])).name if options.get("path") else name  # tickets.jsonl, not "csv"
    with cache.on_miss(lambda n: reporter.data_loading(label, ENCODE_SECONDS.get(n))):
        dataset = load_dataset(name, **options)
    for note in getattr(dataset, "notes", []):
        reporter.message(note)
    if quick:
        q = sweep.quick
        dataset = dataset.subsample_at_most(q.n_train, q.n_val, q.n_test, seed=sweep.training.seed)
    hit = bool(getattr(dataset, "meta", {}).get("cache", {}).get("hit"))
    sizes = {split: len(part.y) for split, part in dataset.splits().items()}
    reporter.data_loaded(label, time.perf_counter() - t0, hit, sizes)
    for note in (unmeasured_classes(dataset), shared_texts(dataset), shared_groups(dataset), wordless_texts(dataset)):
        if note:
            reporter.message(note)
    return dataset


def wordless_texts(dataset: Any) -> str:
    """A note when texts of the user's own data hold no word the tokenizer keeps (only punctuation,
    symbols or emoji): the model sees them empty and can only guess their class. '' when there are
    none, and for the built-in datasets."""
    import numpy as np

    splits = dataset.splits()
    if "content" not in getattr(dataset, "meta", {}):
        return ""
    found = []
    for split, part in splits.items():
        offsets = getattr(part.x, "offsets", None)  # Sequences: row i is empty where its bounds meet
        empty = int((np.diff(offsets) == 0).sum()) if offsets is not None else sum(len(r) == 0 for r in part.x)
        if empty:
            found.append(f"{empty} of the {len(part.y)} {split} texts")
    if not found:
        return ""
    return (
        f"note: {' and '.join(found)} hold no word the tokenizer keeps (it keeps letters and digits; punctuation, "
        "symbols and emoji are dropped), so the model sees them empty and can only guess their class; drop "
        "them, or where symbols carry the meaning, write them as words first (':)' as 'smile')"
    )


#: The share of a held-out split's texts that must also be training texts for :func:`shared_texts` to speak.
SHARED_TEXTS_NOTE = 0.01


def shared_texts(dataset: Any) -> str:
    """A note when validation or test texts of the user's own data are also training texts, token
    for token (a file with each row twice, a test file cut from the training file): their figures
    read high. '' when under :data:`SHARED_TEXTS_NOTE` of each split, and for the built-in datasets,
    whose repeats are the dataset's own (20 Newsgroups' cross-posts: about 5%; IMDB: 0.4% of test)."""
    import hashlib

    splits = dataset.splits()
    if "train" not in splits or "content" not in getattr(dataset, "meta", {}):
        return ""

    def keys(part: Any) -> list[bytes]:  # an empty row (every word unknown) says nothing
        return [hashlib.blake2b(row.tobytes(), digest_size=12).digest() if len(row) else b"" for row in part.x]

    train = set(keys(splits["train"]))
    how = dataset.meta.get("val_split", {})
    carved_by_group = {"val": how.get("kind") == "group", "test": how.get("test") == "group"}
    found, grouped = [], True
    for split in ("val", "test"):
        if split in splits and len(splits[split].y):
            held = keys(splits[split])
            shared = sum(bool(k) and k in train for k in held)
            if shared >= SHARED_TEXTS_NOTE * len(held):
                found.append(f"{shared} of the {len(held)} {split} texts")
                grouped = grouped and carved_by_group[split]
    if not found:
        return ""
    remedy = (
        "drop the repeats from the data (group_column keeps each group on one side; these repeats are in "
        "different groups)"
        if grouped
        else "drop the repeats from the data (or, where rows belong together, keep them on one side: group_column=)"
    )
    return (
        f"note: {' and '.join(found)} are also training texts, word for word after tokenizing: their figures "
        f"read high; {remedy}"
    )


def shared_groups(dataset: Any) -> str:
    """A note when a given test or validation file holds texts of groups (``group_column``) that
    the training file also has: those texts read high, as texts of a seen movie or author do.
    '' when none do."""
    meta = getattr(dataset, "meta", {})
    shared = meta.get("shared_groups") or {}
    if not shared:
        return ""
    column = (meta.get("options") or {}).get("group_column")
    source = meta.get("source") or {}
    found = " and ".join(
        f"{n} of the {total} texts of {source.get(split, split)}" for split, (n, total) in shared.items()
    )
    return (
        f"note: {found} belong to groups ({column}) that the training file also has: their figures read "
        "high; move each group to one file"
    )


def unmeasured_classes(dataset: Any) -> str:
    """A note naming the classes that have training texts but none in validation or test (too few
    texts for a split's share to round to one): trained on, never measured. '' when there are none."""
    import numpy as np

    splits = dataset.splits()
    names = list(getattr(dataset, "class_names", []) or [])
    if "train" not in splits or not names:
        return ""
    train = np.bincount(np.asarray(splits["train"].y, dtype=int), minlength=len(names))
    missing: dict[int, list[str]] = {}
    for split in ("val", "test"):
        if split in splits:
            held = np.bincount(np.asarray(splits[split].y, dtype=int), minlength=len(names))
            for c in np.flatnonzero((train > 0) & (held == 0)):
                missing.setdefault(int(c), []).append(split)
    if not missing:
        return ""
    shown = ", ".join(
        f"{names[c]!r} ({int(train[c])} training texts, none in {' or '.join(s)})" for c, s in list(missing.items())[:5]
    )
    return (
        f"note: classes {shown}: trained on but never measured there, as their share of the split rounds to "
        "no text; add texts of those classes, or pass your own val_path= / test_path="
    )


def make_trainer(sweep: Sweep, dataset: Any, quick: bool) -> Any:
    from textclf_tune.engine.training import Trainer  # imports Keras

    if quick:
        return Trainer(sweep, dataset, epochs=sweep.quick.epochs, max_maxlen=sweep.quick.max_maxlen)
    return Trainer(sweep, dataset)


#: The most builds a space walk makes besides the first (each branch value is built once, untrained).
MAX_WALK_BUILDS = 100


def probe_space(sweep: Sweep, trainer: Any, say: Callable[[str], None] | None = None) -> dict[str, dict[str, Any]]:
    """The sweep's whole search space (:func:`walk_space`), from the cache of probed spaces when
    neither the sweep nor anything it reads has changed since a probe stored it
    (:mod:`textclf_tune.space.space_cache`; ``TEXTCLF_SPACE_CACHE=0`` probes every time). ``say``
    gets a note for each branch that failed to build (cached ones too)."""
    check_class_weight(sweep, getattr(trainer, "dataset", None))
    key = space_cache.space_key(sweep, trainer)
    cached = space_cache.load(key) if key is not None else None
    if cached is not None:
        space, notes = cached
        check_epochs(sweep, space)
    else:
        notes = []
        space = walk_space(sweep, trainer, notes)
        check_epochs(sweep, space)
        # Stored only after a probe that passed its checks, and only when the walk changed nothing the
        # key reads (a module of yours imported inside build(), a global build() changed).
        if key is not None and space_cache.space_key(sweep, trainer) == key:
            space_cache.store(key, space, notes)
    if say is not None:
        for failed in notes:
            say(branch_note(sweep, failed))
    return space


def check_class_weight(sweep: Sweep, dataset: Any) -> None:
    """Refuse, before a study opens, ``Training(class_weight=...)`` naming a class the data lacks
    (the reference trial failed on it, leaving a study of one failed trial)."""
    train = getattr(dataset, "train", None)
    if sweep.training.class_weight is None or train is None:
        return
    try:
        sweep.training.weights_for(train.y, list(dataset.class_names))
    except SweepError as exc:
        raise SweepError(f"{sweep.path}: {exc}") from None


def walk_space(sweep: Sweep, trainer: Any, failed: list[dict[str, Any]] | None = None) -> dict[str, dict[str, Any]]:
    """The sweep's whole search space, every conditional branch included (no training).

    Builds the reference config once (checking it is a point of the space), or KerasTuner's
    defaults without one; then, as KerasTuner's own space tracking would over many trials, walks
    the branches: each value of every ``Choice`` and ``Boolean`` and both ends of every ``Int``
    (a loop's count) is built once, from the configuration that first defined it, and every
    hyperparameter any build defines is recorded, active or not. A HyperModel's ``fit`` is run
    without training so that what it tunes is recorded too. No ``clear_session()``: the next
    trial's build clears these models away. A branch that fails to build adds a note to
    ``failed`` (one per cause, at most :data:`MAX_BRANCH_NOTES`; :func:`branch_note`): its trials will fail."""
    from textclf_tune.space.hp import MISSING_DEFAULT, HyperParameters  # imports Keras

    if sweep.reference_config:
        hp = HyperParameters(values=sweep.reference_config, where=f"{sweep.path}: reference_config")
    else:
        hp = HyperParameters(values={}, where=str(sweep.path), missing=MISSING_DEFAULT)
    _checked_define(sweep, trainer, hp, "the reference config" if sweep.reference_config else "the space's defaults")
    if sweep.reference_config:
        unused = sorted(set(sweep.reference_config) - set(hp.specs))
        if unused:
            raise SweepError(
                f"{sweep.path}: reference_config names {unused}, which build(hp) never defines; "
                f"defined: {sorted(hp.specs)}. Fix the names or remove them"
            )
    specs = dict(hp.specs)
    tried = {(n, repr(v)) for n, v in hp.values.items()}
    queue = [(name, dict(hp.values)) for name in specs]
    builds = 0
    while queue and builds < MAX_WALK_BUILDS:
        name, config = queue.pop(0)
        for value in _branch_values(specs[name]):
            if (name, repr(value)) in tried or builds >= MAX_WALK_BUILDS:
                continue
            walk = HyperParameters(
                values={**config, name: value},
                where=f"{sweep.path}: {name}={value!r}",
                missing=MISSING_DEFAULT,
                known=specs,
            )
            builds += 1
            try:
                _define(trainer, walk)
            except TuneError:
                raise  # a bad definition in another branch: the sweep is wrong wherever it lies
            except Exception as exc:  # this branch fails to build: its trials will say why, and a note now
                interrupt = interrupt_behind(exc)  # unless it is a Ctrl-C that Keras turned into its own error
                if interrupt is not None:
                    raise interrupt from exc
                if failed is not None:
                    _note_failed_branch(failed, sweep, f"{name}={value!r}", exc)
            tried |= {(n, repr(v)) for n, v in walk.values.items()}
            for new in walk.specs.keys() - specs.keys():
                specs[new] = walk.specs[new]
                queue.append((new, dict(walk.values)))
    if builds:
        gc.collect()  # the walk's models, now: not in the first trial's clear_session(), where a Ctrl-C can be lost
    return specs


#: The most notes of branches that fail to build (one per distinct error).
MAX_BRANCH_NOTES = 3


def _note_failed_branch(failed: list[dict[str, Any]], sweep: Sweep, branch: str, exc: BaseException) -> None:
    first = (str(exc).strip().splitlines() or [""])[0][:200]
    cause = f"{type(exc).__name__}: {first}"
    if len(failed) >= MAX_BRANCH_NOTES or any(cause == f["cause"] for f in failed):
        return
    failed.append({"branch": branch, "line": _lineno_in(sweep, exc), "cause": cause})


def branch_note(sweep: Sweep, failed: dict[str, Any]) -> str:
    """The note for a branch that failed to build (as :func:`walk_space` records it)."""
    line = f", line {failed['line']}" if failed.get("line") else ""
    return (
        f"note: {sweep.path}{line}: the branch {failed['branch']} fails to build ({failed['cause']}); trials "
        "that draw it will fail until build(hp) is fixed"
    )


def _lineno_in(sweep: Sweep, exc: BaseException) -> int:
    """The last line of the sweep file in the exception's traceback (0 if none)."""
    here = Path(sweep.path).resolve()
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if Path(f.filename).resolve() == here]
    return (frames[-1].lineno or 0) if frames else 0


def _line_in(sweep: Sweep, exc: BaseException) -> str:
    """``", line N"``: the last line of the sweep file in the exception's traceback ('' if none)."""
    n = _lineno_in(sweep, exc)
    return f", line {n}" if n else ""


def check_epochs(sweep: Sweep, space: dict[str, dict[str, Any]]) -> None:
    """Refuse, before any trial, an ``epochs`` hyperparameter with values outside 1 ..
    ``Training(epochs)`` (the most a trial trains, the pruner's horizon): a trial would find it
    only when it samples one."""
    spec = space.get("epochs")
    if spec is None:
        return
    dist = distribution_for(spec)
    if dist is None:
        values = [spec.get("value")]
    elif isinstance(dist, CategoricalDistribution):
        values = list(dist.choices)
    else:
        assert isinstance(dist, (IntDistribution, FloatDistribution))
        values = [dist.low, dist.high]
    check_epochs_values(sweep, values, "its range reaches ")


def _checked_define(sweep: Sweep, trainer: Any, hp: Any, what: str) -> None:
    """:func:`_define` once; an exception from the user's ``build`` becomes one SweepError naming
    the sweep file, the line in it, the exception and the remedy."""
    stage = "build(hp)"
    try:
        model = trainer.build(hp, seed=0, clear=False)
        if sweep.hypermodel is not None:
            stage = f"{type(sweep.hypermodel).__name__}.fit(hp, model, ...)"
        trainer.define_fit(hp, model)
    except TuneError:
        raise
    except Exception as exc:
        interrupt = interrupt_behind(exc)
        if interrupt is not None:
            raise interrupt from exc
        if raised_by_us(exc):
            raise  # a bug of textclf-tune's own checks, not the user's build: its traceback, not a remedy
        line = _line_in(sweep, exc)
        first = (str(exc).strip().splitlines() or [""])[0][:300]
        remedy = "fix build(hp) (or reference_config) and run again"
        if stage != "build(hp)":
            remedy = f"fix {stage} and run again"
            if "multiple values for keyword argument" in first:
                arg = first.rsplit(" ", 1)[-1].strip("'\"")
                remedy = (
                    f"fit receives {arg}= in **kwargs already; set it there instead of passing it twice: "
                    f"kwargs[{arg!r}] = hp.Int(...) (or hp.Choice), then model.fit(*args, **kwargs)"
                )
            first = first.replace("textclf_tune.engine.training._FitArgs.fit()", "model.fit()")
        if isinstance(exc, AttributeError) and type(hp).__name__ in first:
            methods = [m for m in ("Int", "Float", "Choice", "Boolean", "Fixed") if hasattr(hp, m)]
            remedy = f"hp has no such method; use one of hp.{', hp.'.join(methods)}"
        raise SweepError(
            f"{sweep.path}{line}: {stage} raised {type(exc).__name__}: {first} (while building {what} "
            f"to check the space, before any trial). Remedy: {remedy}"
        ) from exc


def _define(trainer: Any, hp: Any) -> None:
    model = trainer.build(hp, seed=0, clear=False)
    trainer.define_fit(hp, model)


def _branch_values(spec: dict[str, Any]) -> list[Any]:
    """The values of a space entry that may open another branch of ``build``."""
    kind = spec["type"]
    if kind == "Choice":
        return list(spec["values"])
    if kind == "Boolean":
        return [False, True]
    if kind != "Int":
        return []
    dist = distribution_for(spec)
    if isinstance(dist, CategoricalDistribution):
        return [min(dist.choices), max(dist.choices)]  # type: ignore[type-var]
    return [dist.low, dist.high]  # type: ignore[union-attr]
