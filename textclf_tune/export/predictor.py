"""``load_exported(DIR)``: an exported model that classifies raw text, on any Keras backend.

model = textclf_tune.load_exported("runs/exports/imdb_cnn")
out = model.predict(["A moving, beautifully acted film.", "Two hours I will never get back."])
out.labels          # ['pos', 'neg']
out.probabilities   # (2, n_classes) float array, columns in model.class_names order
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from textclf_tune.data.checksums import sha256_file
from textclf_tune.errors import TuneError
from textclf_tune.export.preprocess import Preprocessing, TextPipeline, from_json

MODEL_FILE = "model.keras"
PREPROCESSING_FILE = "preprocessing.json"
VOCAB_FILE = "vocab.json"
#: What :func:`load_exported` needs in the folder.
REQUIRED = (MODEL_FILE, PREPROCESSING_FILE, VOCAB_FILE)
#: Rows per ``model.predict`` call.
BATCH_SIZE = 256


@dataclass(frozen=True)
class Predictions:
    """One label and one row of class probabilities per input text."""

    labels: list[str]
    probabilities: np.ndarray  # (n, n_classes)
    class_names: list[str]
    #: Per text, how many of its words the model knows (0: only unseen words or none, e.g. emoji:
    #: the label is then a guess from nothing). ``None`` when not counted.
    known_words: np.ndarray | None = None

    @property
    def unknown(self) -> int:
        """How many texts hold no word the model knows."""
        return 0 if self.known_words is None else int((self.known_words == 0).sum())

    def __len__(self) -> int:
        return len(self.labels)

    def rows(self) -> Iterator[dict[str, Any]]:
        """``{"label": ..., "probabilities": {class: p, ...}}`` per text."""
        for label, probs in zip(self.labels, self.probabilities):
            yield {"label": label, "probabilities": dict(zip(self.class_names, map(float, probs)))}


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TuneError(
            f"{path}: cannot be read as JSON ({exc}); the export is damaged, export the model again"
        ) from None


def check_folder(folder: str | Path) -> Path:
    """The export folder, or TuneError naming what is missing and how to make it."""
    path = Path(folder)
    if not path.is_dir():
        raise TuneError(
            f"{path} is not an export folder (it does not exist or is a file); pass the --out folder of "
            "`tune export STUDY --out DIR`"
        )
    missing = [name for name in REQUIRED if not (path / name).is_file()]
    if missing:
        raise TuneError(
            f"{path / missing[0]} is missing, so {path} is not a complete export (it needs {', '.join(REQUIRED)}); "
            f"export the model again: tune export STUDY --out {path}"
        )
    return path


class ExportedModel:
    """An export folder loaded: ``predict(texts)`` on raw strings."""

    def __init__(
        self, folder: str | Path, custom_objects: dict[str, Any] | None = None, sweep: str | Path | None = None
    ) -> None:
        self.folder = check_folder(folder)
        self.prep: Preprocessing = from_json(
            _read_json(self.folder / PREPROCESSING_FILE), str(self.folder / PREPROCESSING_FILE)
        )
        vocab = _read_json(self.folder / VOCAB_FILE)
        if not isinstance(vocab, dict) or not isinstance(vocab.get("words"), list):
            raise TuneError(f"{self.folder / VOCAB_FILE}: no 'words' list; the file is damaged, export the model again")
        self.pipeline = TextPipeline(self.prep, vocab["words"], vocab.get("capped_words") or [])
        check_digests(self.folder)
        objects = dict(custom_objects or {})
        if sweep is not None:  # the layers and functions the sweep file defines (and registers on import)
            from textclf_tune.space.sweep import load_sweep

            objects = {**sweep_objects(load_sweep(sweep)), **objects}
        config = _read_json(self.folder / "config.json") if (self.folder / "config.json").is_file() else {}
        trained_with = shlex.quote(str(config.get("sweep_path") or config.get("sweep_file") or "SWEEP.py"))
        remedy = (
            f"tune predict {self.folder} --sweep {trained_with} imports the sweep file that defines it "
            "(in Python: load_exported(DIR, sweep=...) or custom_objects={...})"
        )
        self.model = load_keras_model(self.folder / MODEL_FILE, objects or None, remedy)
        check_fits(self.model, self.prep, len(vocab["words"]), self.folder)

    @property
    def class_names(self) -> list[str]:
        return list(self.prep.class_names)

    @property
    def maxlen(self) -> int:
        return self.prep.maxlen

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """The padded ``int32`` ids the model reads for ``texts``."""
        return self.pipeline(_checked(texts))

    def predict(self, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> Predictions:
        """Class names and probabilities for raw ``texts`` (a list of strings)."""
        x = self.encode(texts)
        if len(x) == 0:
            return Predictions([], np.zeros((0, len(self.class_names)), dtype=np.float32), self.class_names)
        raw = np.asarray(self.model.predict(x, batch_size=batch_size, verbose=0), dtype=np.float32)
        probs = to_probabilities(raw, self.prep.output)
        names = self.class_names
        known = self.pipeline.known_words(x)
        return Predictions([names[i] for i in probs.argmax(axis=1).tolist()], probs, names, known)


def to_probabilities(raw: np.ndarray, output: str) -> np.ndarray:
    """``(n, n_classes)`` probabilities: one sigmoid unit is P(class 1). The label is the argmax,
    so a binary label is class 1 exactly when P > 0.5, as Keras's binary accuracy counts it."""
    raw = raw.reshape(len(raw), -1)
    if output == "sigmoid":
        p = raw[:, :1]
        return np.concatenate([1.0 - p, p], axis=1)
    return raw


def _checked(texts: Sequence[str]) -> list[str]:
    if isinstance(texts, str):
        raise TuneError("predict takes a list of texts, but got one string; pass [text]")
    out = list(texts)
    for i, t in enumerate(out):
        if not isinstance(t, str):
            raise TuneError(
                f"texts[{i}] (text {i + 1} of {len(out)}) is a {type(t).__name__}, not a string; pass raw text strings"
            )
        if not t.strip():
            raise TuneError(
                f"texts[{i}] (text {i + 1} of {len(out)}) is empty; pass the text to classify (remove or fill empty texts)"
            )
    return out


#: ``config.json``'s record of the files written together (name -> sha256), checked on loading.
DIGESTS_KEY = "files"
DIGESTED = (MODEL_FILE, PREPROCESSING_FILE, VOCAB_FILE)


def check_digests(folder: Path) -> None:
    """Refuse a folder whose model, preprocessing or vocabulary is not the one exported with the
    others (a file copied in from another export): its predictions would be silently wrong."""
    config = folder / "config.json"
    if not config.is_file():
        return  # an export from before the record, or one whose card was removed: the shape checks remain
    recorded = _read_json(config).get(DIGESTS_KEY)
    if not isinstance(recorded, dict):
        return
    for name in DIGESTED:
        want = recorded.get(name)
        if isinstance(want, str) and sha256_file(folder / name) != want:
            raise TuneError(
                f"{folder / name} is not the file exported with the rest of {folder} (its sha256 differs from "
                f"config.json's record), so the model and its text preprocessing may not belong together; "
                f"export the model again: tune export STUDY --out {folder}"
            )


def check_fits(model: Any, prep: Preprocessing, n_ids: int, folder: Path) -> None:
    """Refuse a model whose output or vocabulary does not fit the preprocessing beside it."""
    want = 1 if prep.output == "sigmoid" else len(prep.class_names)
    try:
        units = int(model.outputs[0].shape[-1])
    except (AttributeError, IndexError, TypeError):
        units = None  # a subclassed model without symbolic outputs: nothing to compare
    if units is not None and units != want:
        raise TuneError(
            f"{folder / MODEL_FILE} outputs {units} unit(s), but {folder / PREPROCESSING_FILE} names "
            f"{len(prep.class_names)} classes ({prep.output} output: {want} unit(s)); the files come from different "
            f"exports: export the model again, tune export STUDY --out {folder}"
        )
    dims = [int(layer.input_dim) for layer in _layers(model) if type(layer).__name__ == "Embedding"]
    if dims and max(dims) < n_ids:
        raise TuneError(
            f"{folder / MODEL_FILE} embeds {max(dims)} word ids, but {folder / VOCAB_FILE} gives ids up to "
            f"{n_ids - 1}; the files come from different exports: export the model again, "
            f"tune export STUDY --out {folder}"
        )


def _layers(model: Any) -> Iterator[Any]:
    for layer in getattr(model, "layers", []):
        yield layer
        if getattr(layer, "layers", None):
            yield from _layers(layer)


def load_keras_model(
    path: Path,
    custom_objects: dict[str, Any] | None = None,
    remedy: str = "pass the classes it names in custom_objects=",
    otherwise: str = "export the model again",
) -> Any:
    """A saved Keras model, as compiled when textclf-tune's metrics (F1, MacroF1), the user's
    registered objects or ``custom_objects`` are importable here; else uncompiled (predicting and
    exporting need no metric or loss, so a custom one this process cannot import does not stop
    it). A layer this process does not know is one TuneError naming it and ending in ``remedy``;
    a layer Keras cannot rebuild from its config, one naming it and the rule; anything else that
    stops Keras, one ending in ``otherwise``."""
    import keras

    import textclf_tune.metrics  # noqa: F401  registers F1 and MacroF1 for deserialising

    try:
        try:
            return keras.saving.load_model(path, custom_objects=custom_objects)
        except TypeError:  # "Could not locate class ...": a compile-time object unknown here
            return keras.saving.load_model(path, custom_objects=custom_objects, compile=False)
    except Exception as exc:  # a truncated or foreign file, or a layer of the user's not importable here
        unknown = re.search(r"Could not locate (?:class|function) '([^']+)'", str(exc))
        if unknown:
            name = unknown.group(1)
            registered = f" (registered as {name})" if ">" in name else ""
            raise TuneError(
                f"{path} uses {name.split('>')[-1]!r}{registered}, a class or function this process does not "
                f"know; {remedy}"
            ) from None
        rebuild = re.search(
            r"(\w+)\.__init__\(\) (got an unexpected keyword argument '\w+'|missing .*?argument)", str(exc)
        )
        if rebuild:
            raise TuneError(
                f"{path}: Keras cannot rebuild layer {rebuild.group(1)!r} from its saved config ({rebuild.group(2)}); "
                "give its __init__ **kwargs passed on to super().__init__(**kwargs) and a get_config() that returns "
                "its own arguments (as keras.io's examples add for saving), then run the trials again: their saved "
                "models carry the old config"
            ) from None
        raise TuneError(
            f"{path} cannot be loaded by Keras {keras.__version__} ({type(exc).__name__}: {str(exc)[:300]}); "
            f"{otherwise}"
        ) from None


def own_layers(model: Any) -> list[str]:
    """The names of the classes in the model's saved config that are neither Keras's nor
    textclf-tune's (a layer of the sweep file or a module beside it, nested or wrapped too): Keras
    must import them to load the model (``tune predict --sweep``)."""
    import keras

    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            module = node.get("module")
            if isinstance(module, str) and "class_name" in node and not module.startswith(("keras", "textclf_tune")):
                found.add(str(node["class_name"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(keras.saving.serialize_keras_object(model))
    return sorted(found)


def sweep_objects(sweep: Any) -> dict[str, Any]:
    """The classes and functions at the top level of the sweep file's module, by name (a Metric or
    layer defined there, for Keras to deserialise)."""
    import inspect
    import sys

    module = sys.modules.get(getattr(sweep.build, "__module__", None) or "")
    if module is None:
        return {}
    return {name: obj for name, obj in vars(module).items() if inspect.isclass(obj) or inspect.isfunction(obj)}


def load_exported(
    folder: str | Path, custom_objects: dict[str, Any] | None = None, sweep: str | Path | None = None
) -> ExportedModel:
    """Load an export folder written by ``tune export``; see :class:`ExportedModel`. A model with
    layers of your own loads with ``sweep=`` (the sweep file that defines them, imported) or
    ``custom_objects=`` (Keras's own mapping of names to classes)."""
    return ExportedModel(folder, custom_objects, sweep)
