"""Your own data: tables, folders, Python texts and registered loaders, encoded like the built-in
sets; every bad input is one DataError naming the file, the value and the fix."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from textclf_tune.data import load_csv, load_dataset, load_folder, register_dataset
from textclf_tune.data.owntexts import OOV_ID
from textclf_tune.data.pytexts import remember_texts
from textclf_tune.data.registry import LOADERS
from textclf_tune.errors import DataError
from textclf_tune.space.fingerprint import data_differences

WORDS = {"ham": "lunch home thanks later dinner", "spam": "win prize cash claim free"}


def _rows(n: int = 60, spam_every: int = 4) -> list[tuple[str, str]]:
    out = []
    for i in range(n):
        label = "spam" if i % spam_every == 0 else "ham"
        words = WORDS[label].split()
        out.append((f"{words[i % 5]} {words[(i + 2) % 5]} row{i} café £{i}", label))
    return out


def _csv(path: Path, rows: list[tuple[str, object]], header: str = "text,label", sep: str = ",") -> Path:
    lines = [header.replace(",", sep)] + [f'"{t}"{sep}{y}' for t, y in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _error(fn, *args, **kwargs) -> str:
    with pytest.raises(DataError) as info:
        fn(*args, **kwargs)
    return str(info.value)


# --------------------------------------------------------------------------- tables
def test_csv_classes_sorted_splits_stratified_vocabulary_from_train_only(tmp_path: Path) -> None:
    rows = _rows(100)
    ds = load_csv(_csv(tmp_path / "spam.csv", rows), num_words=1000, seed=3)
    assert ds.class_names == ["ham", "spam"] and ds.num_classes == 2
    assert ds.meta["sizes"] == {"train": 64, "val": 16, "test": 20}
    assert ds.meta["class_counts"]["test"] == [15, 5] and ds.meta["class_counts"]["val"] == [12, 4]
    assert ds.train.y.dtype == np.int64 and set(ds.train.y.tolist()) == {0, 1}
    # each row has its own words row<i> and <i>: only the 64 training rows' are in the vocabulary, and
    # the validation / test rows' become the out-of-vocabulary id, twice per row
    assert sum(w.startswith("row") for w in ds.words) == 64
    assert [row.tolist().count(OOV_ID) for row in ds.test.x] == [2] * 20
    assert OOV_ID not in ds.train.x.flat.tolist()
    assert "café" in ds.words and not any("£" in w for w in ds.words)  # UTF-8 decoded, then tokenized
    assert ds.meta["content"]["train"]["rows"] == 100 and len(ds.meta["content"]["train"]["sha256"]) == 64
    capped = load_csv(tmp_path / "spam.csv", num_words=5)
    assert capped.train.x.flat.max() == 4 and ds.words[:2] == ["", ""]


def test_tsv_jsonl_and_int_labels_sorted_numerically(tmp_path: Path) -> None:
    rows = [(t, 10 if y == "spam" else 2) for t, y in _rows(60)]
    tsv = load_csv(_csv(tmp_path / "x.tsv", rows, sep="\t"))
    assert tsv.class_names == ["2", "10"]  # numbers, not "10" < "2"
    path = tmp_path / "x.jsonl"
    path.write_text("\n".join(json.dumps({"body": t, "y": y}) for t, y in rows), encoding="utf-8")
    js = load_csv(path, text_column="body", label_column="y")
    assert js.class_names == ["2", "10"] and js.meta["sizes"] == tsv.meta["sizes"]
    semi = tmp_path / "x.txt"
    semi.write_text("text;label\n" + "\n".join(f"{t};{y}" for t, y in rows), encoding="utf-8")
    assert load_csv(semi, sep=";").meta["class_counts"] == tsv.meta["class_counts"]
    listed = tmp_path / "listed.jsonl"
    listed.write_text("\n".join(json.dumps({"text": t, "label": [y]}) for t, y in rows), encoding="utf-8")
    err = _error(load_csv, listed)
    assert "listed.jsonl line 1: the label is a list ([10])" in err and "one label per text" in err
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"text": "fine", "label": 1}\n{"text": "cut off, "label": 2}\n', encoding="utf-8")
    assert "broken.jsonl line 2: not a JSON object (Expecting ',' delimiter at column 21)" in _error(load_csv, broken)


def test_given_test_and_val_files_and_group_column(tmp_path: Path) -> None:
    rows = _rows(80)
    train = _csv(tmp_path / "train.csv", rows[:50])
    test = _csv(tmp_path / "test.csv", rows[50:70])
    val = _csv(tmp_path / "val.csv", rows[70:])
    ds = load_csv(train, test_path=test, val_path=val)
    assert ds.meta["sizes"] == {"train": 50, "val": 10, "test": 20}
    assert ds.meta["val_split"] == {"test": "given", "kind": "given"}
    grouped = tmp_path / "g.csv"
    grouped.write_text(
        "text,label,thread\n" + "\n".join(f'"{t}",{y},t{i // 4}' for i, (t, y) in enumerate(_rows(120))),
        encoding="utf-8",
    )
    g = load_csv(grouped, group_column="thread")
    assert g.meta["val_split"]["kind"] == "group" and sum(g.meta["sizes"].values()) == 120
    assert g.meta["shared_groups"] == {}


def test_given_test_files_groups_are_compared_with_trainings(tmp_path: Path) -> None:
    """A grouped split keeps each group on one side only where it carves the split; a given test
    file holding groups that training has is counted (the run notes it), and one without the
    group column is read as before."""
    from textclf_tune.engine.setup import shared_groups

    rows = _rows(100)
    lines = [f'"{t}",{y},m{i // 5}' for i, (t, y) in enumerate(rows)]
    train = tmp_path / "train.csv"
    train.write_text("text,label,movie\n" + "\n".join(lines[:80]), encoding="utf-8")
    test = tmp_path / "test.csv"  # rows 75-99: movie m15 (rows 75-79) is also in training
    test.write_text("text,label,movie\n" + "\n".join(lines[75:]), encoding="utf-8")
    ds = load_csv(train, test_path=test, group_column="movie")
    assert ds.meta["shared_groups"] == {"test": [5, 25]}
    assert shared_groups(ds).startswith("note: 5 of the 25 texts of test.csv belong to groups (movie)")
    quick = ds.subsample_at_most(20, 5, 10, seed=0)  # --quick: the count is the file's, said so
    assert shared_groups(quick).startswith("note: 5 of the 25 texts of test.csv")
    plain = tmp_path / "plain.csv"
    plain.write_text("text,label\n" + "\n".join(f'"{t}",{y}' for t, y in rows[80:]), encoding="utf-8")
    ds = load_csv(train, test_path=plain, group_column="movie")
    assert ds.meta["shared_groups"] == {} and shared_groups(ds) == "" and ds.meta["sizes"]["test"] == 20
    jsonl = tmp_path / "test.jsonl"
    jsonl.write_text("\n".join(json.dumps({"text": t, "label": y, "movie": "m0"}) for t, y in rows[80:]), "utf-8")
    assert load_csv(train, test_path=jsonl, group_column="movie").meta["shared_groups"] == {"test": [20, 20]}
    lines = jsonl.read_text().splitlines()
    jsonl.write_text("\n".join([lines[0], *(json.dumps({"text": t, "label": y}) for t, y in rows[81:])]), "utf-8")
    with pytest.raises(DataError, match=r"test.jsonl line 2: no key 'movie'.*may be left out of a test file"):
        load_csv(train, test_path=jsonl, group_column="movie")


def test_second_load_is_a_cache_hit_keyed_by_content(tmp_path: Path) -> None:
    path = _csv(tmp_path / "spam.csv", _rows(60))
    first = load_csv(path)
    again = load_csv(path)
    assert not first.meta["cache"]["hit"] and again.meta["cache"]["hit"]
    assert again.train.x.to_lists() == first.train.x.to_lists()
    copy = _csv(tmp_path / "copy.csv", _rows(60))  # same content elsewhere: same entry
    hit = load_csv(copy)
    assert hit.meta["cache"]["hit"] and hit.meta["source"] == {"train": "copy.csv"}  # under this load's name
    test = _csv(tmp_path / "test.csv", _rows(80)[60:])
    read = load_csv(_csv(tmp_path / "again.csv", _rows(60)), test_path=test)  # read, then found in the cache
    assert read.meta["source"] == {"train": "again.csv", "test": "test.csv"}
    assert load_csv(copy, test_path=test).meta["source"] == {"train": "copy.csv", "test": "test.csv"}


def test_one_file_as_two_splits_is_refused(tmp_path: Path) -> None:
    train = _csv(tmp_path / "train.csv", _rows(60))
    copy = _csv(tmp_path / "copy.csv", _rows(60))
    test = _csv(tmp_path / "test.csv", _rows(80)[60:])
    err = _error(load_csv, train, test_path=train)
    assert "test_path=" in err and "is the same file as path=" in err and "never trains on" in err
    assert "has the same content as path=" in _error(load_csv, train, val_path=copy)
    err = _error(load_csv, train, test_path=test, val_path=tmp_path / "test.csv")
    assert "val_path=" in err and "same file as test_path=" in err and "different texts" in err


def test_an_edited_row_is_named_on_resume(tmp_path: Path) -> None:
    rows = _rows(60)
    path = _csv(tmp_path / "spam.csv", rows)
    before = load_csv(path).meta
    rows[41] = ("lunch home thanks edited", rows[41][1])
    after = load_csv(_csv(path, rows)).meta
    lines = data_differences(before, after)  # the content first, then what follows from it (vocabulary)
    assert "data file spam.csv (train) changed" in lines[0] and "first difference in row 42" in lines[0]
    assert any(line.startswith("data vocab_size") for line in lines[1:])


ACCENTED = ["tr\u00e8s bon", "tre\u0300s bon", "bad"]


@pytest.mark.parametrize(
    ("content", "kwargs", "expected"),
    [
        (
            "text,label\n",
            {"label_column": "category"},
            "no column 'category' (label_column); the columns found are ['text', 'label']",
        ),
        ('text,label\n"hi there",ham\n"   ",spam\n', {}, "spam.csv line 3: the text is empty"),
        ('text,label\n"hi there",\n', {}, "spam.csv line 2: the label is empty"),
        ("text,label\n" + "\n".join(f"t{i},ham" for i in range(9)), {}, "needs at least 2 classes"),
        (
            "text,label\n" + "\n".join(f"t{i},{'ab'[i % 2]}" for i in range(9)) + "\nlast,c\n",
            {},
            "the classes 'c' have only one text",
        ),
        (
            "text,label\n" + "\n".join(f"t{i},{['Pos', 'pos ', 'neg'][i % 3]}" for i in range(12)) + "\nx,POS\n",
            {},
            "labels that differ only in case, Unicode form or number format would be separate classes: 'POS' "
            "(1 text), 'Pos' (4 texts), 'pos' (4 texts)",
        ),
        (  # pandas writes integer labels as 1.0 once a value in the column is missing
            "text,label\n" + "\n".join(f"t{i},{['1', '1.0', '2'][i % 3]}" for i in range(12)),
            {},
            "would be separate classes: '1' (4 texts), '1.0' (4 texts)",
        ),
        (  # the same accented label, composed and decomposed
            "text,label\n" + "\n".join(f"t{i},{ACCENTED[i % 3]}" for i in range(12)),
            {},
            "would be separate classes: 'tre\\u0300s bon' (4 texts), 'tr\\xe8s bon' (4 texts)",
        ),
        (  # two columns named text: which one holds the texts is not for us to guess
            "id,text,label,text\n" + "\n".join(f"{i},t{i},{'ab'[i % 2]},x" for i in range(12)),
            {},
            "the header names column 'text' 2 times (columns 2, 4)",
        ),
        (  # text and label columns swapped: every "label" is a long, unique text
            "body,topic\n" + "\n".join(f"review {i} {'long words ' * 20},{'ab'[i % 2]}" for i in range(30)),
            {"text_column": "topic", "label_column": "body"},
            "30 of its 30 labels occur once ('review 0 long words long words long word...', ",
        ),
    ],
)
def test_bad_tables_are_one_clear_error(tmp_path: Path, content: str, kwargs: dict, expected: str) -> None:
    path = tmp_path / "spam.csv"
    path.write_text(content, encoding="utf-8")
    assert expected in _error(load_csv, path, **kwargs)


def test_a_row_with_more_fields_or_an_open_quote_is_refused_at_its_line(tmp_path: Path) -> None:
    """A text with an unquoted separator would otherwise be cut (label first) or mislabelled."""
    ok = "\n".join(f"t{i} words,{'ab'[i % 2]}" for i in range(9))
    path = tmp_path / "spam.csv"
    path.write_text(f"text,label\n{ok}\ngood film, not bad,a\n", encoding="utf-8")
    assert "spam.csv line 11: 3 fields but the header has 2" in _error(load_csv, path)
    path.write_text(f"text,label\n{ok}\na text without its label\n", encoding="utf-8")
    short = _error(load_csv, path)
    assert "spam.csv line 11: 1 field but the header has 2" in short and "quote" not in short
    trailing = ok.replace("\n", ",\n")  # an export's trailing empty fields: fine
    path.write_text(f"text,label\n{trailing},\nplain,b,,\n", encoding="utf-8")
    assert load_csv(path).meta["sizes"]["train"] > 0
    tsv = tmp_path / "q.tsv"
    rows = "\n".join(f"t{i} words\t{'ab'[i % 2]}" for i in range(9))
    tsv.write_text(f'text\tlabel\n"open quote\tb\n{rows}\nit is 5" tall\ta\n', encoding="utf-8")
    assert 'q.tsv line 2: a quote (") opens a field that runs over lines 2-12' in _error(load_csv, tsv)
    path.write_text(f'text,label\n{ok}\n"never closed,a\nmore,b\n', encoding="utf-8")
    assert 'spam.csv line 11: a quote (") opens a field that runs over lines 11-12' in _error(load_csv, path)
    # The quote closes at the next row's opening quote: the merged row still has its two fields.
    quoted = "\n".join(f'"t{i} words",{"ab"[i % 2]}' for i in range(9))
    path.write_text(f'text,label\n{quoted}\n"never closed,a\n"next row",b\n', encoding="utf-8")
    err = _error(load_csv, path)
    assert 'spam.csv line 11: a quote (") opens a field that runs over lines 11-12' in err and "follows" in err
    path.write_text(f'text,label\n{quoted}\n"a text\nover two lines",b\n"the ""5"" is fine",a\n', encoding="utf-8")
    assert load_csv(path).meta["sizes"]["train"] > 0  # a quoted newline and doubled quotes are fine


def test_missing_file_unknown_label_in_test_and_non_utf8(tmp_path: Path) -> None:
    assert "path='nope.csv' does not exist" in _error(load_csv, "nope.csv")
    train = _csv(tmp_path / "train.csv", _rows(40))
    test = _csv(tmp_path / "test.csv", [("free cash", "spam"), ("hello", "eggs")])
    msg = _error(load_csv, train, test_path=test)
    assert "test.csv line 3: label 'eggs' of the test split never occurs in the training data" in msg
    latin = tmp_path / "latin.csv"
    latin.write_bytes("text,label\nok then,ham\nprize \xa3100,spam\n".encode("latin-1"))
    msg = _error(load_csv, latin)
    assert "latin.csv line 3" in msg and "not valid utf-8: byte 0xa3" in msg and "encoding='latin-1'" in msg
    others = {}
    for role in ("test", "val"):  # each split its own file, in the same encoding
        others[role] = tmp_path / f"latin_{role}.csv"
        others[role].write_bytes(f"text,label\nok {role},ham\nprize \xa3{role},spam\n".encode("latin-1"))
    rows = load_csv(latin, encoding="latin-1", test_path=others["test"], val_path=others["val"]).meta["sizes"]
    assert rows == {"train": 2, "val": 2, "test": 2}


def test_nothing_is_cached_after_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEXTCLF_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "spam.csv"
    path.write_text('text,label\n"hi",ham\n"",spam\n', encoding="utf-8")
    _error(load_csv, path)
    assert not list((tmp_path / "cache").glob("csv-*"))


# --------------------------------------------------------------------------- folders
def _folder(root: Path, per_class: int = 12, classes=("news", "sport", "weather")) -> Path:
    for c in classes:
        for i in range(per_class):
            (root / c).mkdir(parents=True, exist_ok=True)
            (root / c / f"{i:02d}.txt").write_text(f"Subject: {c} {i}\n\nbody about {c} £{i}\n", encoding="utf-8")
    return root


def test_folder_reads_whole_files_as_utf8_one_class_per_subfolder(tmp_path: Path) -> None:
    ds = load_folder(_folder(tmp_path / "d"), num_words=100)
    assert ds.class_names == ["news", "sport", "weather"] and sum(ds.meta["sizes"].values()) == 36
    assert "subject" in ds.words  # nothing stripped: the header line is text too
    (tmp_path / "d" / "__MACOSX" / "news").mkdir(parents=True)  # what a zip from a Mac brings
    (tmp_path / "d" / "__MACOSX" / "news" / "._a.txt").write_bytes(b"\x00\x05\x16\x07")
    (tmp_path / "d" / "news" / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0")
    assert load_folder(tmp_path / "d", num_words=100).class_names == ["news", "sport", "weather"]
    split = load_folder(_folder(tmp_path / "s" / "train") and tmp_path / "s")
    assert split.meta["val_split"]["test"] == "stratified"
    _folder(tmp_path / "s" / "test", per_class=3)
    split = load_folder(tmp_path / "s")
    assert split.meta["sizes"]["test"] == 9 and split.meta["val_split"]["test"] == "given"


def test_files_outside_the_class_folders_are_named_not_read(tmp_path: Path) -> None:
    assert load_folder(_folder(tmp_path / "d"), num_words=100).notes == []
    (tmp_path / "d" / "README.md").write_text("about this data", encoding="utf-8")
    (tmp_path / "d" / ".DS_Store").write_bytes(b"\x00")  # hidden: skipped without a word
    ds = load_folder(tmp_path / "d", num_words=100)
    assert sum(ds.meta["sizes"].values()) == 36  # still only the class folders' texts
    (note,) = ds.notes
    assert "1 file directly in" in note and "(README.md)" in note
    _folder(tmp_path / "s" / "train")
    for name in ("a.txt", "b.txt"):
        (tmp_path / "s" / "train" / name).write_text("left outside its class", encoding="utf-8")
    (note,) = load_folder(tmp_path / "s", num_words=100).notes
    assert f"2 files directly in {tmp_path / 's' / 'train'} not read (a.txt, b.txt)" in note


def test_folder_errors(tmp_path: Path) -> None:
    flat = tmp_path / "flat"
    flat.mkdir()
    (flat / "a.txt").write_text("x", encoding="utf-8")
    assert "has no class subfolders" in _error(load_folder, flat) and "found 1 files" in _error(load_folder, flat)
    assert "is not a folder" in _error(load_folder, tmp_path / "missing")
    root = _folder(tmp_path / "bad", per_class=5)
    (root / "news" / "03.txt").write_bytes(b"ok\nbad \xff byte\n")
    msg = _error(load_folder, root)
    assert "03.txt line 2" in msg and "encoding=" in msg
    root = _folder(tmp_path / "t" / "train", per_class=5, classes=("a", "b")).parent
    _folder(root / "test", per_class=2, classes=("a", "c"))
    assert "label 'c' of the test split never occurs" in _error(load_folder, root)


# --------------------------------------------------------------------------- Python
def test_from_texts_lists_and_arrays_and_registered_loader() -> None:
    texts, labels = zip(*_rows(60))
    key = remember_texts(np.array(texts), np.array(labels))
    ds = load_dataset("texts", texts_sha256=key, seed=1)
    assert ds.class_names == ["ham", "spam"] and sum(ds.meta["sizes"].values()) == 60
    fixed = remember_texts(list(texts[:40]), list(labels[:40]), test=(list(texts[40:]), list(labels[40:])))
    assert load_dataset("texts", texts_sha256=fixed).meta["sizes"]["test"] == 20

    @register_dataset("tiny_test_loader")
    def load(n: int = 40):
        return {"train": (texts[:n], labels[:n]), "test": (texts[n:], labels[n:])}

    try:
        ds = load_dataset("tiny_test_loader", n=44, num_words=30)
        assert ds.meta["sizes"]["test"] == 16 and ds.num_words == 30
        assert "does not take the options ['m']" in _error(load_dataset, "tiny_test_loader", m=1)
    finally:
        LOADERS.pop("tiny_test_loader", None)
    assert "built-in dataset" in _error(register_dataset, "csv")
    assert "one label per text" in _error(remember_texts, ["a", "b"], [1])


def test_an_edited_file_of_a_folder_is_named(tmp_path: Path) -> None:
    root = _folder(tmp_path / "d", per_class=4)
    before = load_folder(root).meta
    (root / "sport" / "02.txt").write_text("Subject: sport 2\n\nedited\n", encoding="utf-8")
    lines = data_differences(before, load_folder(root).meta)
    assert (
        lines[0].startswith(f"data folder {root} (train) changed")
        and "first difference in file sport/02.txt" in lines[0]
    )


def test_a_cold_csv_load_announces_its_encoding_once(tmp_path: Path) -> None:
    """tune run printed "loading csv (encoding once)" twice: the file-digest lookup and the content
    lookup both missed, for the same key."""
    from textclf_tune.data import cache

    path = _csv(tmp_path / "once.csv", _rows())
    heard: list[str] = []
    with cache.on_miss(heard.append):
        load_csv(path, num_words=50, cache_dir=tmp_path / "c")
    assert heard == ["csv"]
    with cache.on_miss(heard.append):
        load_csv(path, num_words=50, cache_dir=tmp_path / "c")
    assert heard == ["csv"]  # the second load is a hit
