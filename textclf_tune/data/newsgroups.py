"""20 Newsgroups: the 19,997-document ``news20.tar.gz`` (or ``20news-bydate``), 20 classes.

Reading follows the Keras pre-trained-embeddings reference: groups in sorted order are classes
``0..19``; in each group the files with all-digit names, in sorted order; text decoded as
latin-1 with universal newlines; the header dropped as the reference does
(``i = t.find('\\n\\n'); if 0 < i: t = t[i:]``).

Encoding, like ``keras.preprocessing.text.Tokenizer`` with defaults fit on the *training*
documents only (the reference fit all texts, a leak not repeated here): word of frequency rank
``r`` (1-based; ties by first occurrence) gets id ``r``; ``0`` is padding; ids ``>= num_words``
and words unseen in training are dropped (``texts_to_sequences``); no start token.

Splits, ``split="random"`` (default): a seeded stratified ``test_fraction`` of all documents is
the test set (the reference holds out 20%), then a seeded stratified ``val_fraction`` of the
rest is the validation set. ``split="bydate"``: ``20news-bydate-test`` is the test set and the
validation set comes from ``20news-bydate-train`` (``test_fraction`` is ignored).
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from textclf_tune.data import cache
from textclf_tune.data.archive import iter_source
from textclf_tune.data.build import build_from_texts
from textclf_tune.data.checks import check_choice, check_fraction, check_num_words, check_seed
from textclf_tune.data.checksums import verify_file
from textclf_tune.data.dataset import Dataset
from textclf_tune.data.locate import (
    Candidate,
    download_or_fail,
    explicit_dir,
    find_first,
    not_found,
    offline,
    search_dirs,
)
from textclf_tune.data.splits import rng_for, stratified_split
from textclf_tune.data.tokenize import keras_tokens
from textclf_tune.data.vocab import IdRule
from textclf_tune.errors import DataError

NEWS20_URL = "http://www.cs.cmu.edu/afs/cs.cmu.edu/project/theo-20/www/data/news20.tar.gz"
NEWS20_ARCHIVE = "news20.tar.gz"
BYDATE_URL = "http://qwone.com/~jason/20Newsgroups/20news-bydate.tar.gz"
BYDATE_ARCHIVE = "20news-bydate.tar.gz"
BYDATE_DIRS = ("20news-bydate-train", "20news-bydate-test")
SPLITS = ("random", "bydate")
LAYOUTS = {
    "random": "20_newsgroup/<group>/<numeric id>",
    "bydate": "20news-bydate-{train,test}/<group>/<numeric id>",
}
ENCODING = {
    "pad": 0,
    "first_word_id": 1,
    "capped_words": "dropped (as Tokenizer.texts_to_sequences)",
    "unseen_words": "dropped",
    "vocabulary": "ranked over the training split only",
    "tokens": "keras Tokenizer defaults (lower, filters -> space, split on ' ')",
    "header": "text before the first blank line dropped, as the reference",
}


def news20_candidates(d: Path) -> list[Candidate]:
    """Where ``news20.tar.gz`` or its extracted ``20_newsgroup/`` may be inside ``d``."""
    found = [
        Candidate(d / NEWS20_ARCHIVE, "archive"),
        Candidate(d / "20_newsgroup", "folder"),
        Candidate(d / "news20_extracted" / "20_newsgroup", "folder"),
        Candidate(d / "news20" / "20_newsgroup", "folder"),
    ]
    if d.name == "20_newsgroup":
        found.append(Candidate(d, "folder"))
    return found


def bydate_candidates(d: Path) -> list[Candidate]:
    """Where ``20news-bydate.tar.gz`` or its two extracted folders may be inside ``d``."""
    marker = BYDATE_DIRS[0]
    return [
        Candidate(d / BYDATE_ARCHIVE, "archive"),
        Candidate(d, "folder", marker=marker),
        Candidate(d / "20news-bydate", "folder", marker=marker),
        Candidate(d / "20news-bydate_extracted", "folder", marker=marker),
    ]


def resolve_source(split: str, data_dir: str | os.PathLike[str] | None) -> Candidate:
    """Find the archive / folder for ``split`` (``news20`` may be downloaded; bydate is not)."""
    explicit = explicit_dir(data_dir)
    if explicit is not None and explicit.is_file():
        return Candidate(explicit, "archive")
    tried: list[str] = []
    candidates = news20_candidates if split == "random" else bydate_candidates
    found = find_first(search_dirs(data_dir), candidates, tried)
    if found is not None:
        return found
    if split == "bydate":
        reason = "split='bydate' is never downloaded automatically" + (" (downloads are disabled)" if offline() else "")
        raise not_found(
            "The 20news-bydate archive",
            BYDATE_URL,
            BYDATE_ARCHIVE,
            tried,
            f"the extracted folders {LAYOUTS['bydate']}",
            reason,
        )
    path = download_or_fail(
        "The 20 Newsgroups archive",
        NEWS20_URL,
        NEWS20_ARCHIVE,
        tried,
        f"the extracted folder {LAYOUTS['random']}",
    )
    return Candidate(path, "archive")


def post_text(data: bytes) -> str:
    """A post's body: latin-1, universal newlines, header dropped exactly as the reference."""
    text = data.decode("latin-1")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    i = text.find("\n\n")
    if 0 < i:
        text = text[i:]
    return text


def _name_parts(name: str, split: str) -> tuple[str, str, str] | None:
    """``(part, group, file)`` of a post's path, or None for anything else."""
    parts = name.split("/")
    if len(parts) < (3 if split == "bydate" else 2) or not parts[-1].isdigit():
        return None
    if split == "bydate":
        return (parts[-3], parts[-2], parts[-1]) if parts[-3] in BYDATE_DIRS else None
    return ("all", parts[-2], parts[-1])


def read_posts(cand: Candidate, split: str) -> tuple[list[str], np.ndarray, np.ndarray, list[str]]:
    """``(texts, part, labels, class_names)`` sorted by (group, file name), as the reference."""
    url = NEWS20_URL if split == "random" else BYDATE_URL
    posts: list[tuple[str, str, str, bytes]] = []
    for name, data in iter_source(cand.path, cand.kind, lambda n: _name_parts(n, split) is not None, url):
        parts = _name_parts(name, split)
        if parts is not None:
            posts.append((parts[1], parts[2], parts[0], data))
    groups = sorted({g for g, _, _, _ in posts})
    seen: dict[str, set[str]] = {}
    for group, _, part_name, _ in posts:
        seen.setdefault(part_name, set()).add(group)
    parts_seen = {k: sorted(v) for k, v in sorted(seen.items())}
    bad = len(groups) < 2 or (
        split == "bydate"
        and (set(parts_seen) != set(BYDATE_DIRS) or parts_seen[BYDATE_DIRS[0]] != parts_seen[BYDATE_DIRS[1]])
    )
    if bad:
        raise DataError(
            f"{cand.path} does not have the 20 Newsgroups layout: expected {LAYOUTS[split]} "
            f"(one folder per newsgroup, posts named by number, at least 2 groups"
            f"{'; the same groups in train and test' if split == 'bydate' else ''}), but found "
            f"{len(posts)} posts in groups {parts_seen or '{}'}. Use the official archive from "
            f"{url} or extract it again without moving folders"
        )
    posts.sort(key=lambda post: (post[0], post[1], post[2]))
    class_of = {g: i for i, g in enumerate(groups)}
    texts = [post_text(data) for _, _, _, data in posts]
    part = np.array([p for _, _, p, _ in posts])
    labels = np.fromiter((class_of[g] for g, _, _, _ in posts), dtype=np.int64, count=len(posts))
    return texts, part, labels, groups


def _split_rows(
    part: np.ndarray, labels: np.ndarray, split: str, test_fraction: float, val_fraction: float, seed: int
) -> dict[str, np.ndarray]:
    if split == "random":
        rest, test = stratified_split(labels, test_fraction, rng_for(seed, "test"), "test_fraction")
    else:
        rest = np.flatnonzero(part == BYDATE_DIRS[0])
        test_rows = np.flatnonzero(part == BYDATE_DIRS[1])
        test = test_rows[rng_for(seed, "order").permutation(test_rows.size)]
    kept, held = stratified_split(labels[rest], val_fraction, rng_for(seed, "val"), "val_fraction")
    return {"train": rest[kept], "val": rest[held], "test": test}


def load_newsgroups(
    num_words: int = 20000,
    test_fraction: float = 0.2,
    val_fraction: float = 0.2,
    seed: int = 1337,
    split: str = "random",
    data_dir: str | os.PathLike[str] | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
) -> Dataset:
    """Load 20 Newsgroups encoded and split as the module docstring says (cached)."""
    num_words = check_num_words(num_words)
    test_fraction = check_fraction("test_fraction", test_fraction)
    val_fraction = check_fraction("val_fraction", val_fraction)
    seed = check_seed(seed)
    split = check_choice("split", split, SPLITS)
    cand = resolve_source(split, data_dir)
    options = {
        "num_words": num_words,
        "test_fraction": test_fraction if split == "random" else None,
        "val_fraction": val_fraction,
        "seed": seed,
        "split": split,
        "data_dir": None if data_dir is None else str(data_dir),
    }
    folder = cache.resolve_cache_dir(cache_dir)
    identity = cache.source_identity(cand.path, cand.kind, folder)
    key = cache.cache_key({"dataset": "newsgroups", **options, "data_dir": None, "source": identity})
    cached = cache.load(folder, "newsgroups", key)
    if cached is not None:
        cached.meta["options"] = options
        return cached
    source_meta: dict[str, object] = {"kind": cand.kind, "path": str(cand.path.resolve())}
    if cand.kind == "archive":
        source_meta.update(verify_file(cand.path, NEWS20_URL if split == "random" else BYDATE_URL))
        source_meta["size"] = cand.path.stat().st_size
    texts, part, labels, class_names = read_posts(cand, split)
    rows = _split_rows(part, labels, split, test_fraction, val_fraction, seed)
    meta = {"source": source_meta, "seed": seed, "options": options, "encoding": ENCODING}
    rule = IdRule(first_id=1, num_words=num_words, oov_id=None, start_id=None)
    dataset = build_from_texts("newsgroups", texts, keras_tokens, labels, rows, class_names, rule, meta)
    cache.save(folder, dataset, key)
    return dataset
