"""tune predict / load_exported: raw text in, class names and probabilities out; CSV files streamed;
bad folders, texts and files are one clear error (exit 2)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from conftest import write_sweep

from textclf_tune import RunConfig, load_exported, load_sweep, run_study
from textclf_tune.cli.main import main
from textclf_tune.errors import TuneError
from textclf_tune.export import batch
from textclf_tune.export.writer import export

POS = "A wonderful, brilliant film. I loved it: a superb masterpiece."
NEG = "Awful and boring, the worst waste of time. Terrible, stupid mess."


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory, imdb_dir: Path) -> Iterator[Path]:
    tmp = tmp_path_factory.mktemp("exported")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TEXTCLF_DATA_DIR", str(imdb_dir))
        mp.setenv("TEXTCLF_CACHE_DIR", str(tmp / "cache"))
        url = f"sqlite:///{tmp / 's.db'}"
        sweep = write_sweep(tmp / "tiny.py", epochs=3)
        run_study(load_sweep(sweep), RunConfig(storage=url, quick=False, trials=1))
        export("tiny", tmp / "model", storage=url, serving=False)
    yield tmp / "model"


def test_predict_gives_class_names_and_probabilities(exported: Path) -> None:
    model = load_exported(exported)
    pred = model.predict([POS, NEG])
    assert pred.labels == ["pos", "neg"]
    assert pred.probabilities.shape == (2, 2) and np.allclose(pred.probabilities.sum(axis=1), 1)
    rows = list(pred.rows())
    assert rows[0]["label"] == "pos" and rows[0]["probabilities"]["pos"] > 0.5
    assert len(model.predict([])) == 0
    # A text with no word the model knows is classified from padding alone: counted, so it is said.
    odd = model.predict([POS, "🙂🙂", "zzqqx wwvvy"])
    assert odd.known_words is not None and odd.known_words[0] > 0 and odd.known_words[1:].tolist() == [0, 0]
    assert odd.unknown == 2


def test_cli_predict_text(exported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["predict", str(exported), "--text", POS, "--text", NEG, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["label"] for r in rows] == ["pos", "neg"] and rows[0]["text"] == POS
    assert main(["predict", str(exported), "--text", POS]) == 0
    assert "no word the model knows" not in capsys.readouterr().err
    assert main(["predict", str(exported), "--text", POS, "--text", "🙂"]) == 0
    assert "note: 1 of 2 texts hold no word the model knows" in capsys.readouterr().err


def test_cli_predict_reads_texts_from_stdin(
    exported: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(f"{POS}\n\n{NEG}\r\n"))
    assert main(["predict", str(exported), "-", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["text"], r["label"]) for r in rows] == [(POS, "pos"), (NEG, "neg")]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    assert main(["predict", str(exported), "-"]) == 2


def test_cli_predict_csv_streams_in_chunks(
    exported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = [POS, NEG, 'Quoted "great", with a comma, and\na newline: loved it'] * 7
    src = tmp_path / "reviews.csv"
    with open(src, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "review"])
        w.writerows([[i, t] for i, t in enumerate(texts)])
    calls: list[int] = []
    model = load_exported(exported)
    real = type(model).predict

    def counting(self: object, chunk: list[str], *a: object, **k: object) -> object:
        calls.append(len(chunk))
        return real(self, chunk, *a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(type(model), "predict", counting)
    monkeypatch.setattr(batch, "CHUNK_ROWS", 5)
    out = tmp_path / "preds.csv"
    assert main(["predict", str(exported), str(src), "--text-column", "review", "--out", str(out)]) == 0
    assert calls == [5, 5, 5, 5, 1]  # never the whole file at once
    with open(out, newline="", encoding="utf-8") as f:
        got = list(csv.DictReader(f))
    assert [r["review"] for r in got] == texts and [r["id"] for r in got] == [str(i) for i in range(len(texts))]
    expected = real(model, texts)
    assert [r["pred_label"] for r in got] == expected.labels
    assert np.allclose([float(r["prob_pos"]) for r in got], expected.probabilities[:, 1], atol=1e-6)
    assert "21 rows classified" in capsys.readouterr().out


def test_cli_predict_tsv_writes_tsv_and_refuses_a_json_array(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "reviews.tsv"
    src.write_text("id\ttext\n1\t" + POS + "\n2\t" + NEG + "\n", encoding="utf-8")
    assert main(["predict", str(exported), str(src)]) == 0
    with open(tmp_path / "reviews.predictions.tsv", newline="", encoding="utf-8") as f:
        got = list(csv.DictReader(f, delimiter="\t"))
    assert [r["pred_label"] for r in got] == load_exported(exported).predict([POS, NEG]).labels
    array = tmp_path / "reviews.json"
    array.write_text('[{"text": "fine"}]\n', encoding="utf-8")
    capsys.readouterr()
    assert main(["predict", str(exported), str(array)]) == 2
    err = capsys.readouterr().err
    assert "reads CSV, TSV and JSON Lines (.jsonl) files, not .json" in err and "load_exported(DIR).predict" in err


def test_cli_predict_jsonl_adds_fields_to_each_object(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "reviews.jsonl"
    lines = [{"id": 1, "body": POS, "meta": {"src": "a"}}, {"id": 2, "body": NEG, "meta": None}]
    src.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")  # a blank last line
    assert main(["predict", str(exported), str(src), "--text-column", "body"]) == 0
    got = [json.loads(line) for line in (tmp_path / "reviews.predictions.jsonl").read_text().splitlines()]
    expected = load_exported(exported).predict([POS, NEG])
    assert [g["pred_label"] for g in got] == expected.labels
    assert [g["prob_pos"] for g in got] == pytest.approx(expected.probabilities[:, 1], abs=1e-6)
    assert [{k: g[k] for k in ("id", "body", "meta")} for g in got] == lines  # each object kept as it was
    assert "2 rows classified" in capsys.readouterr().out
    bad = tmp_path / "bad.jsonl"
    for content, message in [
        ('{"body": "fine"}\n{"text": "x"}\n', "bad.jsonl line 2 has no field 'body' (its fields: 'text')"),
        ('{"body": "fine"}\n{"body": \n', "bad.jsonl line 2: not valid JSON"),
        ('["fine"]\n', "bad.jsonl line 1: a JSON list, not an object"),
        ("\n", "holds no JSON object"),
    ]:
        bad.write_text(content, encoding="utf-8")
        assert main(["predict", str(exported), str(bad), "--text-column", "body"]) == 2
        assert message in capsys.readouterr().err
        assert not (tmp_path / "bad.predictions.jsonl").exists()  # nothing half-written


@pytest.mark.parametrize("end", ["\n", "\r\n"])
def test_predictions_keep_the_inputs_line_endings(exported: Path, tmp_path: Path, end: str) -> None:
    src = tmp_path / "reviews.csv"
    src.write_bytes(end.join(["id,text", f'1,"{POS}"', f'2,"{NEG}\nsecond line"', ""]).encode())
    assert main(["predict", str(exported), str(src)]) == 0
    raw = (tmp_path / "reviews.predictions.csv").read_bytes()
    assert raw.count(end.encode()) == 3 + (end == "\n")  # the quoted newline is kept as it was
    if end == "\n":
        assert b"\r" not in raw
    with open(tmp_path / "reviews.predictions.csv", newline="", encoding="utf-8") as f:
        got = list(csv.DictReader(f))
    assert [r["text"] for r in got] == [POS, NEG + "\nsecond line"]


def test_predict_refuses_a_header_naming_the_text_column_twice(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "reviews.csv"
    src.write_text(f'text,id,text\nsummary,1,"{POS}"\n', encoding="utf-8")
    assert main(["predict", str(exported), str(src)]) == 2
    assert "column 'text' 2 times (columns 1, 3)" in capsys.readouterr().err
    assert not (tmp_path / "reviews.predictions.csv").exists()


def test_cli_predict_names_the_line_that_is_not_utf8_and_takes_an_encoding(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "latin.csv"
    rows = [f"review number {i} {POS}".replace(",", "") for i in range(3000)]  # one column: no separators
    rows[2499] = "un film tr\xe8s beau"  # data row 2500 (line 2501), past the decoder's first blocks
    src.write_bytes(("text\n" + "\n".join(rows) + "\n").encode("latin-1"))
    assert main(["predict", str(exported), str(src)]) == 2
    err = capsys.readouterr().err
    assert "line 2501 is not utf-8 text" in err and "--encoding" in err
    assert main(["predict", str(exported), str(src), "--encoding", "latin-1", "-q"]) == 0
    with open(tmp_path / "latin.predictions.csv", newline="", encoding="utf-8") as f:
        got = list(csv.DictReader(f))
    assert got[2499]["text"] == "un film tr\xe8s beau" and len(got) == 3000


def test_bad_input_is_one_error_naming_the_file(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = load_exported(exported)
    with pytest.raises(TuneError, match=r"texts\[1\] \(text 2 of 2\) is empty"):
        model.predict([POS, "  "])
    with pytest.raises(TuneError, match="a list of texts"):
        model.predict(POS)  # type: ignore[arg-type]

    src = tmp_path / "r.csv"
    src.write_text("id,review\n1,fine film\n")
    assert main(["predict", str(exported), str(src)]) == 2
    err = capsys.readouterr().err
    assert str(src) in err and "no column 'text'" in err and "--text-column" in err
    src.write_text('text\nfine film\n""\n')
    assert main(["predict", str(exported), str(src)]) == 2
    assert "line 3: an empty text" in capsys.readouterr().err
    assert not (tmp_path / "r.predictions.csv").exists()  # nothing half-written
    assert main(["predict", str(exported), "--text", ""]) == 2
    assert "texts[0] (text 1 of 1) is empty" in capsys.readouterr().err

    # A folder from another version, an incomplete folder, not a folder at all.
    other = tmp_path / "other"
    other.mkdir()
    for f in exported.iterdir():
        if f.is_file():
            (other / f.name).write_bytes(f.read_bytes())
    prep = json.loads((other / "preprocessing.json").read_text())
    prep.update(format=99, textclf_tune_version="9.0")
    (other / "preprocessing.json").write_text(json.dumps(prep))
    assert main(["predict", str(other), "--text", POS]) == 2
    err = capsys.readouterr().err
    assert str(other / "preprocessing.json") in err and "format 99" in err and "export the model again" in err
    prep.update(format=1, tokenizer_rules={**prep["tokenizer_rules"], "tokens": "[a-z]+"})
    (other / "preprocessing.json").write_text(json.dumps(prep))
    with pytest.raises(TuneError, match="is not what this textclf-tune's tokenizer does"):
        load_exported(other)
    (other / "vocab.json").unlink()
    assert main(["predict", str(other), "--text", POS]) == 2
    err = capsys.readouterr().err
    assert f"{other / 'vocab.json'} is missing" in err and "tune export" in err
    assert main(["predict", str(tmp_path / "nowhere"), "--text", POS]) == 2
    assert "not an export folder" in capsys.readouterr().err


def test_sentence_table_off_a_terminal_shows_every_class_column(capsys: pytest.CaptureFixture[str]) -> None:
    from textclf_tune.cli.predict import print_rows

    names = ["politics", "technology", "sport", "food"]  # four columns: past 80 characters beside the text
    rows = [{"text": "a long sentence " * 10, "label": "technology", "probabilities": dict.fromkeys(names, 0.25)}]
    print_rows(rows, names)  # captured: not a terminal, as when piped or redirected
    out = capsys.readouterr().out
    assert all(f"P({c})" in out for c in names) and out.count("0.2500") == 4


def test_files_from_different_exports_are_refused(exported: Path, tmp_path: Path) -> None:
    import keras

    mixed = tmp_path / "mixed"
    mixed.mkdir()
    for f in exported.iterdir():
        if f.is_file():
            (mixed / f.name).write_bytes(f.read_bytes())
    assert load_exported(mixed).predict([POS]).labels  # an intact copy loads

    def foreign(units: int, vocabulary: int) -> None:  # another study's model copied in
        model = keras.Sequential(
            [
                keras.Input((None,), dtype="int32"),
                keras.layers.Embedding(vocabulary, 4),
                keras.layers.GlobalAveragePooling1D(),
                keras.layers.Dense(units, activation="softmax" if units > 1 else "sigmoid"),
            ]
        )
        model.save(mixed / "model.keras")

    n_ids = len(json.loads((exported / "vocab.json").read_text())["words"])
    foreign(4, n_ids)
    with pytest.raises(TuneError, match=r"model\.keras is not the file exported with the rest"):
        load_exported(mixed)
    (mixed / "config.json").unlink()  # no record: the shapes still tell
    with pytest.raises(TuneError, match=r"outputs 4 unit\(s\), but .* names 2 classes"):
        load_exported(mixed)
    foreign(1, n_ids // 2)
    with pytest.raises(TuneError, match=rf"embeds {n_ids // 2} word ids, but .* gives ids up to {n_ids - 1}"):
        load_exported(mixed)


def test_predict_csv_refuses_ragged_rows_reads_spaced_headers_and_keeps_the_umask(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os
    import stat

    src = tmp_path / "ragged.csv"
    src.write_text(f'text,id\n"{POS}",1\nworst film ever,3,extra\n', encoding="utf-8")
    assert main(["predict", str(exported), str(src), "-q"]) == 2
    err = capsys.readouterr().err
    assert "line 3: 3 fields but the header has 2" in err and str(src) in err
    assert not (tmp_path / "ragged.predictions.csv").exists()

    spaced = tmp_path / "spaced.csv"
    pos, neg = POS.replace(",", ""), NEG.replace(",", "")
    spaced.write_text(f"id, text\n1, {pos}\n2, {neg},\n", encoding="utf-8")  # a trailing empty field is harmless
    old = os.umask(0o022)
    try:
        assert main(["predict", str(exported), str(spaced), "-q"]) == 0
    finally:
        os.umask(old)
    out = tmp_path / "spaced.predictions.csv"
    with open(out, newline="", encoding="utf-8") as f:
        got = list(csv.DictReader(f))
    assert [r["pred_label"] for r in got] == load_exported(exported).predict([" " + pos, " " + neg]).labels
    assert stat.S_IMODE(out.stat().st_mode) == 0o644

    semi = tmp_path / "semi.csv"
    semi.write_text(f"id;text\n1;{POS}\n", encoding="utf-8")
    assert main(["predict", str(exported), str(semi)]) == 2
    err = capsys.readouterr().err
    assert "its columns: 'id;text'" in err and "comma-" in err
