"""Tokenizers: the IMDB word rule and Keras Tokenizer defaults."""

from __future__ import annotations

from textclf_tune.data.tokenize import KERAS_FILTERS, imdb_tokens, keras_tokens


def test_imdb_lowercases_and_splits_punctuation() -> None:
    assert imdb_tokens("Great MOVIE, really-good!") == ["great", "movie", "really", "good"]


def test_imdb_br_becomes_space() -> None:
    assert imdb_tokens("end.<br /><br />Next<br/>one<BR>two") == ["end", "next", "one", "two"]
    assert "br" not in imdb_tokens("a<br />b")


def test_imdb_keeps_inner_apostrophes_and_digits() -> None:
    assert imdb_tokens("I don't like 'quotes' in 1990's films") == [
        "i",
        "don't",
        "like",
        "quotes",
        "in",
        "1990's",
        "films",
    ]
    assert imdb_tokens("rock'n'roll __init__ café") == ["rock'n'roll", "init", "café"]


def test_keras_tokens_match_text_to_word_sequence() -> None:
    # keras.preprocessing.text.text_to_word_sequence("Hello, World! e-mail: a@b.com\tx\ny")
    assert keras_tokens("Hello, World! e-mail: a@b.com\tx\ny") == [
        "hello",
        "world",
        "e",
        "mail",
        "a",
        "b",
        "com",
        "x",
        "y",
    ]
    assert keras_tokens("don't") == ["don't"]  # apostrophe is not a filter
    assert keras_tokens("a\rb  c") == ["a\rb", "c"]  # only ' ' splits, as in Keras
    assert keras_tokens(KERAS_FILTERS) == []
    assert keras_tokens("Café NAÏVE") == ["café", "naïve"]
