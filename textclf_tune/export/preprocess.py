"""Raw text to the model's input, exactly as the dataset encoded its training text.

The steps are the dataset's own, run by the same code: the text rule of the loader (20 Newsgroups
drops a post's header), the tokenizer of :mod:`textclf_tune.data.tokenize`, the vocabulary's ids
(:class:`textclf_tune.data.vocab.TextEncoder`, the :class:`IdRule` the loader used) and Keras-style
padding (:meth:`textclf_tune.data.sequences.Sequences.pad`). An export stores the data these steps
need (``preprocessing.json``, ``vocab.json``) and the tokenizer's rules; loading checks that the
installed tokenizer still has exactly those rules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from textclf_tune.data import owntexts, tokenize
from textclf_tune.data.vocab import IdRule, TextEncoder
from textclf_tune.errors import TuneError

#: Bumped whenever what an export folder holds, or how it is read, changes.
EXPORT_FORMAT = 1


def _tokenizer_rules() -> dict[str, dict[str, Any]]:
    return {
        "imdb": {
            "lowercase": "str.lower",
            "replace": [[tokenize._BR.pattern, " "]],
            "tokens": tokenize._WORD.pattern,
            "function": "textclf_tune.data.tokenize.imdb_tokens",
        },
        "keras": {
            "lowercase": "str.lower",
            "filters": tokenize.KERAS_FILTERS,
            "split": " ",
            "function": "textclf_tune.data.tokenize.keras_tokens",
        },
    }


TOKENIZERS: dict[str, Callable[[str], list[str]]] = {"imdb": tokenize.imdb_tokens, "keras": tokenize.keras_tokens}
#: Which tokenizer (and text rule) each dataset's loader used.
DATASET_TEXT = {"imdb": ("imdb", "none"), "newsgroups": ("keras", "drop_header")}
#: Your own data (a table, a folder, texts, a registered loader), whatever its name: the IMDB word
#: rule on the text as given, ids from 2, capped and unseen words to the oov id 1 (data/owntexts.py).
OWN_TEXT = ("imdb", "none")


def drop_header(text: str) -> str:
    """20 Newsgroups' rule (:func:`textclf_tune.data.newsgroups.post_text`) on decoded text."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    i = text.find("\n\n")
    return text[i:] if 0 < i else text


TEXT_RULES: dict[str, Callable[[str], str]] = {"none": lambda t: t, "drop_header": drop_header}


@dataclass(frozen=True)
class Preprocessing:
    """What ``preprocessing.json`` holds (the words themselves are in ``vocab.json``)."""

    format: int
    textclf_tune_version: str
    dataset: str
    text_rule: str
    tokenizer: str
    tokenizer_rules: dict[str, Any]
    id_rule: dict[str, Any]
    maxlen: int
    padding: str
    truncating: str
    pad_id: int
    class_names: list[str]
    output: str  # "sigmoid" (one unit: P(class 1)) or "probabilities" (one unit per class)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def for_dataset(dataset: Any, maxlen: int, output: str, version: str) -> Preprocessing:
    """The preprocessing of ``dataset`` (a loaded :class:`~textclf_tune.data.Dataset`)."""
    encoding = (dataset.meta or {}).get("encoding", {})
    if encoding == owntexts.ENCODING:  # a user's texts: words unseen in training become the OOV id
        tokenizer, text_rule = OWN_TEXT
        rule = {"first_id": owntexts.FIRST_WORD_ID, "oov_id": owntexts.OOV_ID, "start_id": None}
        rule["unseen_to_oov"] = True
        pad_id = owntexts.PAD_ID
    elif dataset.name not in DATASET_TEXT or "tokens" not in encoding:
        raise TuneError(
            f"dataset {dataset.name!r} was not encoded from text by a known tokenizer (its encoding is "
            f"{encoding or 'unrecorded'}; Keras's imdb.npz ships ids, not its tokenizer), so raw text cannot be "
            "encoded as in training; run the sweep on text: the review archive (Data('imdb', source='archive')) "
            "or your own texts (Data('csv', path=...))"
        )
    else:
        tokenizer, text_rule = DATASET_TEXT[dataset.name]
        if dataset.name == "imdb":
            rule = {"first_id": encoding["index_from"] + 1, "oov_id": encoding["oov"], "start_id": encoding["start"]}
        else:
            rule = {"first_id": encoding.get("first_word_id", 1), "oov_id": None, "start_id": None}
        pad_id = 0
    return Preprocessing(
        format=EXPORT_FORMAT,
        textclf_tune_version=version,
        dataset=dataset.name,
        text_rule=text_rule,
        tokenizer=tokenizer,
        tokenizer_rules=_tokenizer_rules()[tokenizer],
        id_rule={**rule, "num_words": int(dataset.num_words)},
        maxlen=int(maxlen),
        padding="pre",
        truncating="pre",
        pad_id=pad_id,
        class_names=list(dataset.class_names),
        output=output,
    )


def from_json(raw: dict[str, Any], where: str) -> Preprocessing:
    """Read ``preprocessing.json``; TuneError naming the file when it is from another version."""
    fmt = raw.get("format")
    made_by = raw.get("textclf_tune_version", "an unknown version")
    if fmt != EXPORT_FORMAT:
        raise TuneError(
            f"{where}: export format {fmt!r} (written by textclf-tune {made_by}), but this textclf-tune reads "
            f"format {EXPORT_FORMAT}; export the model again with this version (tune export STUDY --out DIR) "
            f"or load it with textclf-tune {made_by}"
        )
    try:
        prep = Preprocessing(**{k: raw[k] for k in Preprocessing.__dataclass_fields__})
    except KeyError as exc:
        raise TuneError(f"{where}: missing the field {exc}; the file is damaged, export the model again") from None
    known = _tokenizer_rules().get(prep.tokenizer)
    if known is None or known != prep.tokenizer_rules or prep.text_rule not in TEXT_RULES:
        raise TuneError(
            f"{where}: tokenizer {prep.tokenizer!r} with rules {prep.tokenizer_rules} (textclf-tune {made_by}) is not "
            "what this textclf-tune's tokenizer does, so its ids would differ from training's; load it with "
            f"textclf-tune {made_by} or export the model again"
        )
    return prep


class TextPipeline:
    """Raw strings to padded ``int32`` id rows, as the dataset encoded its text."""

    def __init__(self, prep: Preprocessing, words: Sequence[str], capped_words: Sequence[str]) -> None:
        self.prep = prep
        self.text_rule = TEXT_RULES[prep.text_rule]
        self.tokenize = TOKENIZERS[prep.tokenizer]
        self.encoder = TextEncoder(words, capped_words, IdRule(**prep.id_rule))

    def tokens(self, texts: Sequence[str]) -> list[list[str]]:
        return [self.tokenize(self.text_rule(t)) for t in texts]

    def ids(self, texts: Sequence[str]) -> Any:
        """Unpadded rows (:class:`~textclf_tune.data.sequences.Sequences`), as in the dataset's splits."""
        return self.encoder.encode(self.tokens(texts))

    def known_words(self, padded: np.ndarray) -> np.ndarray:
        """Per row of ``padded`` ids, how many are words of the vocabulary: not padding, the start
        token or the out-of-vocabulary id."""
        rule = IdRule(**self.prep.id_rule)
        x = np.asarray(padded)
        known = x >= rule.first_id
        if rule.oov_id is not None and rule.oov_id >= rule.first_id:
            known &= x != rule.oov_id
        return known.sum(axis=1)

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        p = self.prep
        return self.ids(texts).pad(p.maxlen, padding=p.padding, truncating=p.truncating, value=p.pad_id)
