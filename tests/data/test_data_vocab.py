"""Vocabulary ranking (train-only, Keras tie rule) and encoding to ids in one pass."""

from __future__ import annotations

from textclf_tune.data.vocab import IdRule, TextEncoder, WordIndexer, encode_corpus

TRAIN = [["b", "a", "c", "a"], ["c", "d", "b"], ["e"]]


def test_indexer_gives_first_occurrence_ids() -> None:
    indexer = WordIndexer()
    ids, lengths = indexer.ids([["x", "y", "x"], []])
    assert ids.tolist() == [0, 1, 0] and lengths.tolist() == [3, 0]
    ids, _ = indexer.ids([["z", "y"]])
    assert ids.tolist() == [2, 1] and list(indexer.index) == ["x", "y", "z"]


def test_rank_by_count_ties_by_first_occurrence() -> None:
    # a:2 b:2 c:2 d:1 e:1 -> ties keep first-seen order b, a, c then d, e (Tokenizer's rule).
    out = encode_corpus([TRAIN], [], IdRule(first_id=1, num_words=100, oov_id=None, start_id=None))
    assert out.words == ["", "b", "a", "c", "d", "e"]
    assert out.vocab_size == 5
    assert out.sequences.to_lists() == [[1, 2, 3, 2], [3, 4, 1], [5]]


def test_training_chunks_alone_decide_the_ranking() -> None:
    # "z" is frequent outside training: it is never ranked, and dropped as unseen.
    other = [["z", "z", "z", "e"], ["z"]]
    out = encode_corpus([TRAIN[:2], TRAIN[2:]], [other], IdRule(1, 100, None, None))
    assert "z" not in out.words
    assert out.sequences.to_lists()[3:] == [[5], []]


def test_newsgroup_style_cap_drops_tokens() -> None:
    out = encode_corpus([TRAIN], [[["a", "zz", "c", "b"], []]], IdRule(1, 3, None, None))
    assert out.words == ["", "b", "a"]
    assert out.sequences.to_lists()[3:] == [[2, 1], []]


def test_imdb_style_start_oov_index_from() -> None:
    rule = IdRule(first_id=4, num_words=6, oov_id=2, start_id=1)
    out = encode_corpus([TRAIN], [[["a", "zz", "e", "b"]]], rule)
    assert out.words == ["", "", "", "", "b", "a"]
    assert out.sequences.to_lists() == [[1, 4, 5, 2, 5], [1, 2, 2, 4], [1, 2], [1, 5, 2, 4]]
    assert encode_corpus([TRAIN], [], IdRule(4, 3, 2, 1)).words == ["", "", ""]
    assert len(encode_corpus([TRAIN], [], IdRule(4, 100, 2, 1)).words) == 9


def test_text_encoder_gives_new_text_the_corpus_ids() -> None:
    # IMDB rule with a cap: words past it become oov (they were seen in training), unseen words drop.
    rule = IdRule(first_id=4, num_words=6, oov_id=2, start_id=1)
    other = [["a", "zz", "e", "b", "d"], []]
    out = encode_corpus([TRAIN], [other], rule)
    assert out.words == ["", "", "", "", "b", "a"] and out.capped_words == ["c", "d", "e"]
    encoder = TextEncoder(out.words, out.capped_words, rule)
    assert encoder.encode(TRAIN + other).to_lists() == out.sequences.to_lists()
    # Newsgroups rule: capped words are dropped like unseen ones, so none are kept.
    rule = IdRule(first_id=1, num_words=3, oov_id=None, start_id=None)
    out = encode_corpus([TRAIN], [other], rule)
    assert out.capped_words == []
    assert TextEncoder(out.words, [], rule).encode(TRAIN + other).to_lists() == out.sequences.to_lists()
