"""A TensorFlow SavedModel that takes a batch of raw strings (TensorFlow backend only).

Inside the graph: a ``TextVectorization`` layer whose ``standardize`` rewrites the text with RE2
so that splitting it gives our tokenizer's tokens, over a vocabulary of every training word; a
lookup from its indices to our ids (capped words to the out-of-vocabulary id, unseen words
dropped or, for your own data, out-of-vocabulary too, as :class:`textclf_tune.data.vocab.TextEncoder`); the start id; 'pre' truncation and
padding to ``maxlen``; then the model. Signature ``serve(texts: string[batch])`` returns
``probabilities`` (batch, n_classes), ``label_index`` and ``label``.

RE2 is not Python's ``re``: ``\\p{L}\\p{N}`` stands for Python's ``[^\\W_]`` and ICU lower-casing for
``str.lower``, which differ on rare characters, so the two can disagree on some inputs: the
agreement is measured, never assumed (``check`` below, and ``python -m textclf_tune.export.check``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from textclf_tune.data import tokenize
from textclf_tune.export.predictor import to_probabilities
from textclf_tune.export.preprocess import Preprocessing, TextPipeline

#: Validation rows rebuilt into text for the check at export time.
CHECK_ROWS = 200
#: Probabilities this close count as the same prediction.
PROB_TOLERANCE = 1e-5


def _re2_class(chars: str) -> str:
    escaped = {"\t": "\\t", "\n": "\\n"}
    return "[" + "".join(escaped.get(c, "\\" + c if not c.isalnum() else c) for c in chars) + "]"


def standardize_fn(prep: Preprocessing) -> Any:
    """The tf ops that turn a text into space-separated tokens of ``prep``'s tokenizer."""
    import tensorflow as tf

    def header(x: Any) -> Any:
        if prep.text_rule != "drop_header":
            return x
        x = tf.strings.regex_replace(x, "\r\n", "\n")
        x = tf.strings.regex_replace(x, "\r", "\n")
        # Python: i = text.find("\n\n"); text[i:] if i > 0. The prefix has no blank line, is not empty
        # and does not end in a newline: (\n?[^\n])+.
        return tf.strings.regex_replace(x, r"\A(?:\n?[^\n])+\n\n", "\n\n", replace_global=False)

    if prep.tokenizer == "imdb":

        def standardize(x: Any) -> Any:
            x = tf.strings.lower(header(x), encoding="utf-8")
            x = tf.strings.regex_replace(x, tokenize._BR.pattern, " ")
            x = tf.strings.regex_replace(x, r"[^\p{L}\p{N}']+", " ")  # Python's [^\W_] and the apostrophe
            x = tf.strings.regex_replace(x, r"''+", " ")  # an apostrophe joins two word parts, never two
            x = tf.strings.regex_replace(x, r"(^|\s)'", r"\1")  # none begins a token ...
            return tf.strings.regex_replace(x, r"'(\s|$)", r"\1")  # ... or ends one

        return standardize

    def standardize_keras(x: Any) -> Any:
        x = tf.strings.lower(header(x), encoding="utf-8")
        return tf.strings.regex_replace(x, _re2_class(tokenize.KERAS_FILTERS), " ")

    return standardize_keras


def _split_fn(prep: Preprocessing) -> Any:
    import tensorflow as tf

    if prep.tokenizer == "imdb":
        return "whitespace"
    return lambda x: tf.strings.split(x, sep=" ")  # Keras's Tokenizer splits on ' ' only


def write_serving(path: Path, model: Any, prep: Preprocessing, dataset: Any) -> dict[str, Any]:
    """Write the SavedModel to ``path`` and check it against the id pipeline; returns the check."""
    import keras
    import tensorflow as tf

    words, capped = list(dataset.words), list(dataset.capped_words)
    oov = prep.id_rule["oov_id"]
    vocab = [w for w in words if w] + (capped if oov is not None else [])
    ours = [i for i, w in enumerate(words) if w] + ([oov] * len(capped) if oov is not None else [])
    # TextVectorization: 0 = mask (the empty token), 1 = not in vocab (unseen: dropped, or oov), 2.. = vocab.
    unseen = oov if prep.id_rule.get("unseen_to_oov") and oov is not None else -1
    remap = tf.constant(np.array([-1, unseen, *ours], dtype=np.int64))
    vectorize = keras.layers.TextVectorization(
        standardize=standardize_fn(prep), split=_split_fn(prep), output_mode="int", vocabulary=vocab, ragged=True
    )
    vectorize(tf.constant(["built"]))  # an unbuilt layer cannot be tracked for export
    start, maxlen = prep.id_rule["start_id"], prep.maxlen
    names = tf.constant(prep.class_names)

    def ids_of(texts: Any) -> Any:
        idx = vectorize(texts)
        ids = tf.ragged.map_flat_values(lambda f: tf.gather(remap, f), idx)
        ids = tf.ragged.boolean_mask(ids, ids >= 0)
        if start is not None:
            first = tf.RaggedTensor.from_tensor(tf.fill([tf.shape(texts)[0], 1], tf.constant(start, tf.int64)))
            ids = tf.concat([first, ids], axis=1)
        n = ids.row_lengths()
        src = n[:, None] - maxlen + tf.range(maxlen, dtype=tf.int64)[None, :]  # keep the last maxlen ids
        flat = tf.concat([ids.flat_values, tf.zeros([1], tf.int64)], axis=0)
        picked = tf.gather(flat, ids.row_starts()[:, None] + tf.maximum(src, 0))
        return tf.cast(tf.where(src >= 0, picked, tf.constant(prep.pad_id, tf.int64)), tf.int32)  # padded in front

    def serve(texts: Any) -> dict[str, Any]:
        raw = model(ids_of(texts), training=False)
        if prep.output == "sigmoid":
            p = tf.reshape(raw, [-1, 1])
            probs = tf.concat([1.0 - p, p], axis=1)
        else:
            probs = raw
        index = tf.argmax(probs, axis=1)
        return {"probabilities": probs, "label_index": index, "label": tf.gather(names, index)}

    archive = keras.export.ExportArchive()
    archive.track(model)
    archive.track(vectorize)
    archive.add_endpoint(name="serve", fn=serve, input_signature=[tf.TensorSpec([None], tf.string, name="texts")])
    archive.write_out(str(path), verbose=False)
    texts = rebuilt_texts(dataset, CHECK_ROWS)
    pipeline = TextPipeline(prep, words, capped)
    expected = to_probabilities(np.asarray(model.predict(pipeline(texts), verbose=0)), prep.output)
    return {"path": path.name, **compare(path, texts, expected)}


def rebuilt_texts(dataset: Any, n: int) -> list[str]:
    """The first ``n`` validation rows written back as text (their kept words, space-separated)."""
    words = dataset.words
    return [" ".join(words[i] for i in row.tolist() if words[i]) or "." for row in list(dataset.val.x)[:n]]


def compare(path: Path, texts: list[str], expected: np.ndarray) -> dict[str, Any]:
    """Run the SavedModel on ``texts``; how often its label and probabilities match ``expected``."""
    got = predict_serving(path, texts)
    same_label = got.argmax(axis=1) == expected.argmax(axis=1)
    close = np.abs(got - expected).max(axis=1) <= PROB_TOLERANCE
    return {
        "checked": len(texts),
        "agree": int((same_label & close).sum()),
        "same_label": int(same_label.sum()),
        "max_abs_diff": float(np.abs(got - expected).max()) if len(texts) else 0.0,
    }


def predict_serving(path: Path, texts: list[str], batch_size: int = 256) -> np.ndarray:
    """Probabilities from the SavedModel at ``path`` (TensorFlow only)."""
    import tensorflow as tf

    loaded = tf.saved_model.load(str(path))
    parts = [
        loaded.serve(tf.constant(texts[i : i + batch_size]))["probabilities"].numpy()
        for i in range(0, len(texts), batch_size)
    ]
    return np.concatenate(parts) if parts else np.zeros((0, 0), dtype=np.float32)
