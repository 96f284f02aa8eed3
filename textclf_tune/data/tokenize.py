"""Text to tokens: the IMDB word rule and Keras's ``Tokenizer`` defaults.

Both run as C-level string / regex operations per document; no Python work per token.
"""

from __future__ import annotations

import re

# <br />, <br/>, <br> (any case) become a space, as Keras's IMDB preprocessing intends.
_BR = re.compile(r"<br\s*/?>")
# A word: letters / digits (Unicode), keeping inner apostrophes ("don't", "it's").
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")

#: ``keras.preprocessing.text.Tokenizer``'s default ``filters``: each becomes a separator.
KERAS_FILTERS = '!"#$%&()*+,-./:;<=>?@[\\]^_`{|}~\t\n'
_KERAS_TABLE = str.maketrans({c: " " for c in KERAS_FILTERS})


def imdb_tokens(text: str) -> list[str]:
    """IMDB rule: lower-case, ``<br />`` -> space, words of letters/digits with inner apostrophes."""
    return _WORD.findall(_BR.sub(" ", text.lower()))


def keras_tokens(text: str) -> list[str]:
    """Exactly ``keras.preprocessing.text.text_to_word_sequence`` with its defaults.

    Lower-case, every character of :data:`KERAS_FILTERS` becomes a space, split on ``" "``,
    empty strings dropped. As in Keras, only the space splits: other whitespace that is not a
    filter (``\\r``, form feed) stays inside tokens.
    """
    return list(filter(None, text.lower().translate(_KERAS_TABLE).split(" ")))
