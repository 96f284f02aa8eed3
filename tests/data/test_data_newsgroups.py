"""20 Newsgroups loader: reference header rule, Tokenizer ids fit on training posts, splits."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from textclf_tune.data import load_newsgroups, newsgroups
from textclf_tune.data.newsgroups import post_text
from textclf_tune.errors import DataError
from textclf_tune.testing.synthetic import HEADER_MARKER, write_news20_archive, write_news20_texts

HEAD = "From: someone@example.edu\nSubject: headerword\nLines: 3\n\n"


pytestmark = pytest.mark.usefixtures("data_env")


def _capture_rows(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    seen: list[dict] = []
    real = newsgroups.build_from_texts

    def spy(name, texts, tokenize, labels, rows, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append({k: v.copy() for k, v in rows.items()})
        return real(name, texts, tokenize, labels, rows, *args, **kwargs)

    monkeypatch.setattr(newsgroups, "build_from_texts", spy)
    return seen


def test_header_rule_is_the_reference_one() -> None:
    assert post_text(b"Subject: x\nFrom: y\n\nBody\n\nmore") == "\n\nBody\n\nmore"
    assert post_text(b"no blank line at all") == "no blank line at all"
    assert post_text(b"\n\nstarts blank") == "\n\nstarts blank"  # i == 0: kept (0 < i)
    assert post_text(b"A: b\r\nC: d\r\n\r\nbody\r\n") == "\n\nbody\n"  # universal newlines
    assert post_text("Subject: x\n\ncaf\xe9".encode("latin-1")) == "\n\ncafé"


def test_ids_are_tokenizer_ranks_from_1_and_capped_words_dropped(tmp_path: Path) -> None:
    write_news20_texts(
        tmp_path / "data",
        {
            "sci.space": [HEAD + "the the the fish fish"] * 5,
            "alt.atheism": [HEAD + "The, the; THE cat cat dog"] * 5,
        },
    )
    ds = load_newsgroups(num_words=100, test_fraction=0.2, val_fraction=0.25)
    assert ds.class_names == ["alt.atheism", "sci.space"]
    assert ds.words == ["", "the", "cat", "fish", "dog"]
    assert "headerword" not in ds.words and "subject" not in ds.words
    capped = load_newsgroups(num_words=3, test_fraction=0.2, val_fraction=0.25)
    assert capped.words == ["", "the", "cat"]
    rows = {tuple(r) for split in capped.splits().values() for r in split.x.to_lists()}
    assert rows == {(1, 1, 1, 2, 2), (1, 1, 1)}
    assert capped.meta["sizes"] == {"train": 6, "val": 2, "test": 2}


def test_latin1_crlf_non_digit_files_and_no_blank_line(tmp_path: Path) -> None:
    root = write_news20_texts(
        tmp_path / "data",
        {
            "comp.graphics": [HEAD + "café naïve"] * 4 + ["Subject: onlyheader kept"],
            "rec.autos": ["From: a\r\nSubject: crlfheader\r\n\r\nengine oil\r\n"] * 5,
        },
    )
    (root / "rec.autos" / "README").write_text("ignoredword")
    ds = load_newsgroups(num_words=100, test_fraction=0.2, val_fraction=0.25)
    vocab = set(ds.words)
    assert "crlfheader" not in vocab and "ignoredword" not in vocab and "headerword" not in vocab
    assert {"engine", "oil"} <= vocab and ("café" in vocab or "naïve" in vocab)
    assert sum(ds.meta["sizes"].values()) == 10


def test_vocabulary_is_fit_on_training_posts_only(tmp_path: Path) -> None:
    write_news20_texts(
        tmp_path / "data",
        {
            "misc.forsale": [HEAD + f"sale uniq{i}" for i in range(10)],
            "sci.med": [HEAD + f"doctor uniq{i + 10}" for i in range(10)],
        },
    )
    ds = load_newsgroups(num_words=1000)
    uniq = {w for w in ds.words if w.startswith("uniq")}
    assert len(uniq) == len(ds.train) == 13  # 20 - 4 test - round(0.2 * 16) val
    uniq_ids = {ds.words.index(w) for w in uniq}
    for split in (ds.val, ds.test):
        assert all(not uniq_ids & set(r) for r in split.x.to_lists())


def test_random_split_stratified_disjoint_and_test_independent_of_val(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_news20_archive(tmp_path / "data", n_groups=4, n_per_group=25)
    seen = _capture_rows(monkeypatch)
    ds = load_newsgroups(num_words=500, seed=5)
    rows = seen[0]
    assert {k: len(v) for k, v in rows.items()} == {"train": 64, "val": 16, "test": 20}
    assert len(set(np.concatenate(list(rows.values())))) == 100
    assert ds.meta["class_counts"] == {"train": [16] * 4, "val": [4] * 4, "test": [5] * 4}
    assert HEADER_MARKER not in ds.words
    load_newsgroups(num_words=500, seed=5, val_fraction=0.4)
    load_newsgroups(num_words=500, seed=5, cache_dir=tmp_path / "other")
    load_newsgroups(num_words=500, seed=6)
    assert np.array_equal(seen[1]["test"], rows["test"])  # val_fraction never moves the test set
    assert all(np.array_equal(seen[2][k], rows[k]) for k in rows)  # deterministic
    assert set(seen[3]["test"]) != set(rows["test"])


def test_archive_and_folder_agree(tmp_path: Path) -> None:
    archive = write_news20_archive(tmp_path / "a", n_per_group=6)
    folder = write_news20_archive(tmp_path / "b", n_per_group=6, extracted=True)
    a, b = load_newsgroups(data_dir=archive.parent), load_newsgroups(data_dir=folder)
    assert a.meta["source"]["verified"] is True and b.meta["source"]["kind"] == "folder"
    assert a.words == b.words and a.test.x.to_lists() == b.test.x.to_lists()


@pytest.mark.parametrize("extracted", [False, True])
def test_bydate_split(tmp_path: Path, extracted: bool) -> None:
    write_news20_archive(tmp_path / "data", n_groups=3, n_per_group=10, layout="bydate", extracted=extracted)
    ds = load_newsgroups(split="bydate", num_words=300)
    assert ds.meta["sizes"] == {"train": 14, "val": 4, "test": 12}  # 6 train / 4 test per group
    assert ds.meta["class_counts"]["test"] == [4, 4, 4]
    assert ds.meta["options"]["test_fraction"] is None


def test_bydate_is_never_downloaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TEXTCLF_OFFLINE")
    with pytest.raises(DataError) as info:
        load_newsgroups(split="bydate")
    msg = str(info.value)
    assert "split='bydate' is never downloaded automatically" in msg
    assert "http://qwone.com/~jason/20Newsgroups/20news-bydate.tar.gz" in msg
    assert f"  - {tmp_path / 'data' / '20news-bydate.tar.gz'}" in msg


def test_offline_not_found(tmp_path: Path) -> None:
    with pytest.raises(DataError) as info:
        load_newsgroups()
    msg = str(info.value)
    assert newsgroups.NEWS20_URL in msg and f"  - {tmp_path / 'data' / 'news20.tar.gz'}" in msg
    assert f"  - {tmp_path / 'keras' / 'datasets' / '20_newsgroup'}" in msg


def test_wrong_layout_one_group(tmp_path: Path) -> None:
    write_news20_texts(tmp_path / "data", {"sci.space": [HEAD + "x"] * 3})
    with pytest.raises(DataError) as info:
        load_newsgroups()
    msg = str(info.value)
    assert "does not have the 20 Newsgroups layout: expected 20_newsgroup/<group>/<numeric id>" in msg
    assert "found 3 posts in groups {'all': ['sci.space']}" in msg


def test_checksum_mismatch(tmp_path: Path) -> None:
    archive = write_news20_archive(tmp_path / "data", n_per_group=3)
    (archive.parent / "SHA256SUMS").unlink()
    with pytest.raises(DataError) as info:
        load_newsgroups()
    assert "bb44a1c52578965794632a01c3b679c17c3d15cf69c8e0f66b761220292de919" in str(info.value)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"num_words": 0},
            "num_words must be an integer >= 1, but got num_words=0; pass a positive vocabulary size",
        ),
        ({"test_fraction": 1.5}, "test_fraction must be a number strictly between 0 and 1, but got test_fraction="),
        ({"val_fraction": -0.2}, "val_fraction=-0.2"),
        ({"split": "bytime"}, "split must be one of ['random', 'bydate'], but got split='bytime'"),
    ],
)
def test_bad_options(kwargs: dict, message: str) -> None:
    with pytest.raises(DataError) as info:
        load_newsgroups(**kwargs)
    assert message in str(info.value)
