"""The serving graph's text rewriting gives our tokenizers' tokens (TensorFlow only)."""

from __future__ import annotations

import pytest

from textclf_tune.export.preprocess import TEXT_RULES, TOKENIZERS, Preprocessing
from textclf_tune.export.serving import _split_fn, standardize_fn

TEXTS = [
    "A WONDERFUL film!!<br />I loved it; don't miss it's ending.<BR>Really<br/>.",
    "'quoted' words, rock'n'roll, ''double'' and trailing' apostrophes ' alone",
    "under_scores, naïve café, ÜBER 42nd 3.14 e-mail user@host.com",
    "tabs\tand\nnewlines  and   spaces; (brackets) [square] {curly} ~tilde~",
    "Subject: header line\nFrom: someone\n\nThe body starts here.\n\nSecond paragraph.",
    "\n\nstarts with a blank line\n\nthen more",
    "no header at all",
    "",
]


def _prep(tokenizer: str, text_rule: str) -> Preprocessing:
    return Preprocessing(1, "0", "x", text_rule, tokenizer, {}, {}, 10, "pre", "pre", 0, ["a", "b"], "sigmoid")


@pytest.mark.parametrize(("tokenizer", "text_rule"), [("imdb", "none"), ("keras", "drop_header")])
def test_standardize_then_split_gives_our_tokens(tokenizer: str, text_rule: str) -> None:
    tf = pytest.importorskip("tensorflow")
    prep = _prep(tokenizer, text_rule)
    text = standardize_fn(prep)(tf.constant(TEXTS))
    split = _split_fn(prep)
    parts = tf.strings.split(text) if split == "whitespace" else split(text)
    got = [[t.decode() for t in row if t] for row in parts.to_list()]
    want = [TOKENIZERS[tokenizer](TEXT_RULES[text_rule](t)) for t in TEXTS]
    assert got == want
