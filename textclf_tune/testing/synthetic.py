"""Tiny archives in the genuine layouts, for tests and demos (never the real data).

The texts are *learnable*: each class has its own words, mixed with shared filler, so a small
Keras model is clearly above chance after 2-3 epochs on 100-200 documents per class.

Archives written under an official name (``aclImdb_v1.tar.gz``, ``news20.tar.gz``,
``imdb.npz``, ``20news-bydate.tar.gz``) get their SHA-256 listed in a ``SHA256SUMS`` beside
them, so the loaders accept them with default checksum settings (see
:mod:`textclf_tune.data.checksums`). Copy that file along if you move an archive.

Typical use in a test::

    for key, value in isolated_env(tmp_path).items():
        monkeypatch.setenv(key, value)
    write_imdb_archive(tmp_path / "data", n_per_class=100)
    ds = load_imdb()  # found through TEXTCLF_DATA_DIR, cached under tmp_path / "cache"
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import random
import tarfile
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from textclf_tune.data.checksums import SUMS_FILE
from textclf_tune.data.tokenize import imdb_tokens
from textclf_tune.testing.wordlists import IMDB_FILLER, IMDB_WORDS, NEWS_FILLER, NEWS_GROUPS, NEWS_TOPICS

PathLike = str | os.PathLike[str]

HEADER_MARKER = "cantaloupe"  # appears only in headers: must never reach the vocabulary


def isolated_env(tmp: PathLike) -> dict[str, str]:
    """Environment that points every data location into ``tmp`` and forbids downloads.

    ``TEXTCLF_DATA_DIR=tmp/data``, ``TEXTCLF_CACHE_DIR=tmp/cache``, ``KERAS_HOME=tmp/keras``,
    ``TEXTCLF_OFFLINE=1``. Apply with ``monkeypatch.setenv`` (and ``delenv`` of
    ``TEXTCLF_VERIFY_SHA256``) so a test never touches the home folder or the network.
    """
    root = Path(tmp)
    return {
        "TEXTCLF_DATA_DIR": str(root / "data"),
        "TEXTCLF_CACHE_DIR": str(root / "cache"),
        "KERAS_HOME": str(root / "keras"),
        "TEXTCLF_OFFLINE": "1",
    }


def record_sha256(path: PathLike) -> str:
    """Add (or replace) ``path``'s SHA-256 in the ``SHA256SUMS`` beside it; returns the sum."""
    path = Path(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    sums = path.parent / SUMS_FILE
    lines = sums.read_text(encoding="utf-8").splitlines() if sums.is_file() else []
    lines = [ln for ln in lines if not ln.rstrip().endswith(f" {path.name}")]
    lines.append(f"{digest}  {path.name}")
    sums.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return digest


def _write_tar_gz(path: Path, files: Iterable[tuple[str, bytes]], dirs: Iterable[str]) -> None:
    """A deterministic .tar.gz (fixed mtimes) holding ``dirs`` and ``files``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        with tarfile.open(fileobj=gz, mode="w", format=tarfile.GNU_FORMAT) as tar:
            for name in dirs:
                info = tarfile.TarInfo(name)
                info.type, info.mode, info.mtime = tarfile.DIRTYPE, 0o755, 0
                tar.addfile(info)
            for name, data in files:
                info = tarfile.TarInfo(name)
                info.size, info.mode, info.mtime = len(data), 0o644, 0
                tar.addfile(info, io.BytesIO(data))


def _write_tree(root: Path, files: Iterable[tuple[str, bytes]]) -> None:
    for name, data in files:
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def _dirs_of(names: Iterable[str]) -> list[str]:
    dirs: set[str] = set()
    for name in names:
        parts = name.split("/")[:-1]
        dirs.update("/".join(parts[: i + 1]) for i in range(len(parts)))
    return sorted(dirs)


def review_text(rng: random.Random, label: str) -> str:
    """One synthetic movie review: filler plus words of its class, with ``<br />`` breaks."""
    own, other = IMDB_WORDS[label], IMDB_WORDS["pos" if label == "neg" else "neg"]
    sentences = []
    for _ in range(rng.randint(3, 6)):
        words = []
        for _ in range(rng.randint(5, 11)):
            roll = rng.random()
            pool = own if roll < 0.3 else other if roll < 0.34 else IMDB_FILLER
            words.append(rng.choice(pool))
        sentence = " ".join(words)
        sentences.append(sentence[0].upper() + sentence[1:] + rng.choice([".", "!", "...", "?"]))
    text = "".join(s + rng.choice([" ", " ", "<br /><br />"]) for s in sentences)
    return text.strip()


def imdb_reviews(n_per_class: int, seed: int) -> list[tuple[str, str, int, int, str]]:
    """``(split, label, id, rating, text)`` for ``n_per_class`` reviews per class and split."""
    rng = random.Random(seed)
    out = []
    for split in ("train", "test"):
        for label in ("neg", "pos"):
            for doc_id in range(n_per_class):  # ids count from 0 in each folder, as in the real archive
                rating = rng.randint(1, 4) if label == "neg" else rng.randint(7, 10)
                out.append((split, label, doc_id, rating, review_text(rng, label)))
    return out


def imdb_movie_url(split: str, doc_id: int, n_per_class: int) -> str:
    """The synthetic movie of a review: about 3 positive and 3 negative reviews per movie, train
    and test movies disjoint (as in the real archive)."""
    movies = max(2, n_per_class // 3)
    base = 0 if split == "train" else 5_000_000
    return f"http://www.imdb.com/title/tt{base + doc_id % movies:07d}/usercomments"


def write_imdb_archive(dir: PathLike, n_per_class: int = 20, seed: int = 0, extracted: bool = False) -> Path:
    """Write ``aclImdb_v1.tar.gz`` (or the extracted ``aclImdb/``) into ``dir``; returns it.

    Layout as the official archive: ``aclImdb/{train,test}/{neg,pos}/<id>_<rating>.txt``
    (``n_per_class`` reviews in each of the four), plus ``README``, ``imdb.vocab`` and
    ``{train,test}/urls_{pos,neg}.txt``. The archive's sum is recorded in ``SHA256SUMS``.
    """
    root = Path(dir)
    reviews = imdb_reviews(n_per_class, seed)
    files = [("aclImdb/README", b"Synthetic Large Movie Review Dataset for tests.\n")]
    vocab = sorted({w for ws in IMDB_WORDS.values() for w in ws} | set(IMDB_FILLER))
    files.append(("aclImdb/imdb.vocab", ("\n".join(vocab) + "\n").encode()))
    for split in ("train", "test"):
        for label in ("neg", "pos"):
            n = sum(1 for r in reviews if r[0] == split and r[1] == label)
            urls = "".join(imdb_movie_url(split, i, n_per_class) + "\n" for i in range(n))
            files.append((f"aclImdb/{split}/urls_{label}.txt", urls.encode()))
    for split, label, doc_id, rating, text in reviews:
        files.append((f"aclImdb/{split}/{label}/{doc_id}_{rating}.txt", text.encode("utf-8")))
    if extracted:
        _write_tree(root, files)
        return root / "aclImdb"
    path = root / "aclImdb_v1.tar.gz"
    _write_tar_gz(path, files, _dirs_of(n for n, _ in files))
    record_sha256(path)
    return path


def post_bytes(rng: random.Random, group_index: int, doc_id: int, crlf: bool = False) -> bytes:
    """One Usenet post (latin-1): headers, a blank line, a body mixing topic and filler words."""
    group = NEWS_GROUPS[group_index]
    topic = NEWS_TOPICS[group_index].split()
    user = f"user{rng.randint(1, 999)}"
    header = [
        f"Xref: {HEADER_MARKER}.srv.cs.cmu.edu {group}:{doc_id}",
        f"Path: {HEADER_MARKER}.srv.cs.cmu.edu!news",
        f"From: {user}@example.edu ({user.title()})",
        f"Newsgroups: {group}",
        f"Subject: Re: {rng.choice(topic)}",
        f"Message-ID: <{doc_id}@example.edu>",
        "Organization: Example University",
        f"Lines: {rng.randint(5, 40)}",
    ]
    body = []
    for _ in range(rng.randint(3, 7)):
        words = [rng.choice(topic if rng.random() < 0.3 else NEWS_FILLER) for _ in range(rng.randint(5, 12))]
        body.append(("> " if rng.random() < 0.2 else "") + " ".join(words) + rng.choice([".", ",", "?", "!"]))
    body.append(f"-- \n{user}@example.edu")
    newline = "\r\n" if crlf else "\n"
    text = newline.join(header) + newline + newline + newline.join(body) + newline
    return text.encode("latin-1")


def news20_posts(n_groups: int, n_per_group: int, seed: int) -> list[tuple[str, str, bytes]]:
    """``(group, file name, bytes)`` for ``n_per_group`` posts in each of the first groups."""
    if not 1 <= n_groups <= len(NEWS_GROUPS):
        raise ValueError(f"n_groups must be 1..{len(NEWS_GROUPS)}, got {n_groups}")
    rng = random.Random(seed)
    posts = []
    for g in range(n_groups):
        doc_id = 49960 + 1000 * g
        for k in range(n_per_group):
            doc_id += rng.randint(1, 30)
            posts.append((NEWS_GROUPS[g], str(doc_id), post_bytes(rng, g, doc_id, crlf=k % 7 == 3)))
    return posts


def write_news20_archive(
    dir: PathLike,
    n_groups: int = 3,
    n_per_group: int = 20,
    seed: int = 0,
    extracted: bool = False,
    layout: str = "news20",
) -> Path:
    """Write ``news20.tar.gz`` (``20_newsgroup/<group>/<id>``) into ``dir``; returns it.

    ``extracted=True`` writes the ``20_newsgroup/`` folder instead. ``layout="bydate"`` writes
    ``20news-bydate.tar.gz`` (``20news-bydate-{train,test}/<group>/<id>``, 60/40 by file
    order; with ``extracted=True`` the two folders go straight into ``dir``, which is returned).
    Posts are latin-1 with full headers; every 7th uses CRLF line ends.
    """
    root = Path(dir)
    posts = news20_posts(n_groups, n_per_group, seed)
    if layout == "news20":
        files = [(f"20_newsgroup/{g}/{name}", data) for g, name, data in posts]
        archive, folder = root / "news20.tar.gz", root / "20_newsgroup"
    elif layout == "bydate":
        files = []
        for g in NEWS_GROUPS[:n_groups]:
            mine = [(name, data) for grp, name, data in posts if grp == g]
            cut = max(1, int(len(mine) * 0.6))
            for i, (name, data) in enumerate(mine):
                part = "20news-bydate-train" if i < cut else "20news-bydate-test"
                files.append((f"{part}/{g}/{name}", data))
        archive, folder = root / "20news-bydate.tar.gz", root
    else:
        raise ValueError(f"layout must be 'news20' or 'bydate', got {layout!r}")
    if extracted:
        _write_tree(root, files)
        return folder
    _write_tar_gz(archive, files, _dirs_of(n for n, _ in files))
    record_sha256(archive)
    return archive


def write_imdb_npz(dir: PathLike, n_per_class: int = 20, seed: int = 0, word_index: bool = True) -> Path:
    """Write Keras's ``imdb.npz`` format (raw ranks from 1, object arrays) into ``dir``.

    Ranks are over the training reviews, as Keras's file; test words unseen in training are
    skipped. With ``word_index``, ``imdb_word_index.json`` (word -> rank) goes beside it.
    """
    root = Path(dir)
    root.mkdir(parents=True, exist_ok=True)
    reviews = imdb_reviews(n_per_class, seed)
    rng = random.Random(seed + 1)
    rng.shuffle(reviews)
    tokens = {
        split: [(imdb_tokens(r[4]), int(r[1] == "pos")) for r in reviews if r[0] == split]
        for split in ("train", "test")
    }
    counts = Counter(w for toks, _ in tokens["train"] for w in toks)
    rank = {w: i + 1 for i, (w, _) in enumerate(sorted(counts.items(), key=lambda x: -x[1]))}
    arrays = {}
    for split, docs in tokens.items():
        x = np.empty(len(docs), dtype=object)
        x[:] = [[rank[w] for w in toks if w in rank] for toks, _ in docs]
        arrays[f"x_{split}"] = x
        arrays[f"y_{split}"] = np.array([y for _, y in docs], dtype=np.int64)
    path = root / "imdb.npz"
    np.savez(path, **arrays)  # type: ignore[arg-type]
    record_sha256(path)
    if word_index:
        (root / "imdb_word_index.json").write_text(json.dumps(rank), encoding="utf-8")
    return path


def write_glove_txt(path: PathLike, words: Sequence[str], dim: int, seed: int = 0) -> Path:
    """Write a GloVe-format text file: ``<word> <dim floats>`` per line, seeded random vectors."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    vectors = rng.normal(0.0, 0.5, size=(len(words), dim)).astype(np.float32)
    with open(path, "w", encoding="utf-8") as f:
        for word, vec in zip(words, vectors):
            f.write(word + " " + " ".join(f"{v:.5f}" for v in vec) + "\n")
    return path


def write_glove_zip(path: PathLike, words: Sequence[str], dims: Sequence[int] = (50,), seed: int = 0) -> Path:
    """Write a ``glove.6B.zip``-style archive holding ``glove.6B.<d>d.txt`` for each of ``dims``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for dim in dims:
            tmp = path.parent / f".glove-{dim}.tmp"
            write_glove_txt(tmp, words, dim, seed)
            archive.write(tmp, f"glove.6B.{dim}d.txt")
            tmp.unlink()
    return path


def write_imdb_texts(dir: PathLike, texts: dict[str, dict[str, list[str]]]) -> Path:
    """Write an extracted ``aclImdb/`` with exactly these reviews; returns the folder.

    ``texts[split][label]`` is the list of review texts for ``split`` in ``train`` / ``test``
    and ``label`` in ``neg`` / ``pos``; file ``i`` is named ``<i>_<1 or 10>.txt``.
    """
    root = Path(dir) / "aclImdb"
    files = []
    for split, by_label in texts.items():
        for label, docs in by_label.items():
            rating = 1 if label == "neg" else 10
            files += [(f"{split}/{label}/{i}_{rating}.txt", t.encode("utf-8")) for i, t in enumerate(docs)]
    _write_tree(root, files)
    return root


def write_news20_texts(dir: PathLike, posts: dict[str, list[str]]) -> Path:
    """Write an extracted ``20_newsgroup/`` with exactly these posts (latin-1); returns it.

    ``posts[group]`` are the raw post texts (headers included); file ``i`` is named
    ``<10000 + i>``.
    """
    root = Path(dir) / "20_newsgroup"
    files = [
        (f"{group}/{10000 + i}", text.encode("latin-1"))
        for group, texts in posts.items()
        for i, text in enumerate(texts)
    ]
    _write_tree(root, files)
    return root
