"""``tune predict DIR FILE``: classify a CSV or TSV column, or a JSONL field, streaming.

The input is read in chunks of :data:`CHUNK_ROWS` rows (never whole: a 1 GB file costs one chunk
of memory) and each output row is the input row plus ``pred_label`` and one ``prob_<class>``
column per class (in a JSON Lines file: fields of each object). The output is written to a temporary file beside ``--out`` and renamed into
place at the end, so a stopped or failed run leaves no half-written predictions.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textclf_tune.data.tables import repeated_column
from textclf_tune.errors import TuneError

CHUNK_ROWS = 1000
LABEL_COLUMN = "pred_label"
PROB_PREFIX = "prob_"

Progress = Callable[[int, int], None]  # (bytes read so far, total bytes)


class _CountingReader(io.RawIOBase):
    """A binary file that counts the bytes read through it (the progress bar's position)."""

    def __init__(self, raw: Any) -> None:
        self.raw, self.count = raw, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self.raw.readinto(buffer)
        self.count += n or 0
        return n


@dataclass
class BatchResult:
    rows: int
    out: Path
    counts: dict[str, int]
    unknown: int = 0  # rows holding no word the model knows: their label is a guess from nothing


#: JSON Lines: one object a line (as training reads them, textclf_tune.data.tables).
JSON_LINES = (".jsonl", ".ndjson")


def default_out(path: Path) -> Path:
    if path.suffix.lower() in JSON_LINES:
        return path.with_name(path.stem + ".predictions.jsonl")
    return path.with_name(path.stem + ".predictions" + (".tsv" if _delimiter(path) == "\t" else ".csv"))


def _delimiter(path: Path) -> str:
    """Tab for a ``.tsv`` file, else comma; other table formats are refused with the way to go."""
    suffix = path.suffix.lower()
    if suffix in (".json", ".parquet", ".xlsx", ".xls"):
        raise TuneError(
            f"{path}: tune predict reads CSV, TSV and JSON Lines (.jsonl) files, not {suffix} files; save it as "
            "CSV or JSONL, or classify its texts in Python with load_exported(DIR).predict(texts)"
        )
    return "\t" if suffix in (".tsv", ".tab") else ","


def predict_file(
    model: Any,
    path: str | Path,
    text_column: str,
    out: str | Path | None = None,
    progress: Progress | None = None,
    encoding: str = "utf-8-sig",
) -> BatchResult:
    """:func:`predict_jsonl` for a ``.jsonl`` file, else :func:`predict_csv`."""
    if Path(path).suffix.lower() in JSON_LINES:
        return predict_jsonl(model, path, text_column, out, progress, encoding)
    return predict_csv(model, path, text_column, out, progress, encoding)


def _checked_paths(path: str | Path, out: str | Path | None, encoding: str) -> tuple[Path, Path]:
    path = Path(path)
    if not path.is_file():
        raise TuneError(f"{path}: no such file; pass the path of a CSV or JSONL file")
    target = Path(out) if out is not None else default_out(path)
    if target.resolve() == path.resolve():
        raise TuneError(f"--out {target} is the input file; pass another file name")
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise TuneError(
            f"--encoding {encoding!r} is not an encoding Python knows; pass e.g. utf-8, latin-1, cp1252"
        ) from None
    return path, target


@contextmanager
def _written_in_place(target: Path) -> Iterator[Any]:
    """A UTF-8 text file that becomes ``target`` only when the block ends without an error (a
    stopped or failed run leaves no half-written predictions), with a new file's usual mode."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            yield f
        os.chmod(tmp_name, _file_mode())  # mkstemp's 0600, else: a plain new file's mode
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def predict_jsonl(
    model: Any,
    path: str | Path,
    text_column: str,
    out: str | Path | None = None,
    progress: Progress | None = None,
    encoding: str = "utf-8-sig",
) -> BatchResult:
    """Classify field ``text_column`` of each object of the JSON Lines file at ``path``, writing
    ``out`` as JSON Lines: each object with ``pred_label`` and ``prob_<class>`` added."""
    path, target = _checked_paths(path, out, encoding)
    line_end = _line_end(path, encoding)
    names = model.class_names
    added = [LABEL_COLUMN, *(PROB_PREFIX + c for c in names)]
    counts, unknown, rows = dict.fromkeys(names, 0), 0, 0
    total = path.stat().st_size
    with open(path, "rb", buffering=0) as raw, _written_in_place(target) as f:
        counter = _CountingReader(raw)
        text = io.TextIOWrapper(io.BufferedReader(counter), encoding=encoding, newline="")
        for chunk in _json_chunks(text, path, text_column, added):
            pred = model.predict([obj[text_column] for obj in chunk])
            unknown += pred.unknown
            for obj, label, probs in zip(chunk, pred.labels, pred.probabilities):
                obj[LABEL_COLUMN] = label
                obj.update({PROB_PREFIX + c: round(float(p), 6) for c, p in zip(names, probs)})
                f.write(json.dumps(obj, ensure_ascii=False) + line_end)
                counts[label] += 1
            rows += len(chunk)
            if progress is not None:
                progress(counter.count, total)
        if not rows:  # raised inside: nothing is written
            raise TuneError(f'{path} holds no JSON object; give one object a line, e.g. {{"{text_column}": "..."}}')
    return BatchResult(rows, target, counts, unknown)


def _json_chunks(lines: Any, path: Path, field: str, added: list[str]) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    n = 0
    try:
        for n, line in enumerate(lines, 1):  # noqa: B007 - n names the line of an error after the loop too
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise TuneError(f"{path} line {n}: not valid JSON ({exc.msg}); each line must be one object") from None
            if not isinstance(obj, dict):
                raise TuneError(f"{path} line {n}: a JSON {type(obj).__name__}, not an object; give one object a line")
            value = obj.get(field)
            if not isinstance(value, str) or not value.strip():
                keys = ", ".join(map(repr, obj)) or "none"
                what = "has no field" if field not in obj else "has an empty or non-text field"
                raise TuneError(
                    f"{path} line {n} {what} {field!r} (its fields: {keys}); pass --text-column NAME with the "
                    "field that holds the text"
                )
            clash = sorted(set(added) & set(obj))
            if clash:
                raise TuneError(f"{path} line {n} already has the fields {clash} that predictions add; rename them")
            chunk.append(obj)
            if len(chunk) >= CHUNK_ROWS:
                yield chunk
                chunk = []
    except UnicodeDecodeError as exc:
        raise _not_decodable(path, exc) from None
    if chunk:
        yield chunk


def _line_end(path: Path, encoding: str) -> str:
    """The input's own line ending, for the output: ``\r\n`` when its first line ends so, else
    ``\n`` (csv's default is always ``\r\n``, which a file written on Linux or macOS does not use).
    Read from the first newline in the file: a header with a quoted line break, or a file of bare
    ``\r`` line ends (classic Mac OS), gets ``\n``."""
    with open(path, "rb") as f:
        head = f.read(1 << 16).decode(encoding, errors="ignore")
    i = head.find("\n")
    return "\r\n" if i > 0 and head[i - 1] == "\r" else "\n"


def _field_limit() -> None:
    limit = sys.maxsize
    while True:  # the largest the platform's C long allows: one review may be long
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 10


def _chunks(reader: Any, column: int, width: int, path: Path) -> Iterator[list[list[str]]]:
    chunk: list[list[str]] = []
    try:
        for row in reader:
            if not row:
                continue  # a blank line
            while len(row) > width and not row[-1].strip():
                row = row[:-1]  # trailing empty fields are harmless (a spreadsheet's stray separators)
            if len(row) != width:
                # A row with more fields than the header would shift every added column; one with
                # fewer would give its predictions to the wrong header.
                raise TuneError(
                    f"{path} line {reader.line_num}: {len(row)} fields but the header has {width}; quote "
                    'texts that contain the separator ("like, this") or fix the row'
                )
            if not row[column].strip():
                raise TuneError(
                    f"{path} line {reader.line_num}: an empty text in the named column; fill or remove "
                    "the rows without text"
                )
            chunk.append(row)
            if len(chunk) >= CHUNK_ROWS:
                yield chunk
                chunk = []
    except UnicodeDecodeError as exc:
        raise _not_decodable(path, exc) from None
    except csv.Error as exc:
        raise TuneError(f"{path}: not a valid CSV near line {reader.line_num} ({exc}); check its quoting") from None
    if chunk:
        yield chunk


def _file_mode() -> int:
    """The mode a new file gets under the process's umask (0644 under the usual 022)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _not_decodable(path: Path, exc: UnicodeDecodeError) -> TuneError:
    """The error for a file that is not in its encoding, naming the first line that is not (the
    decoder reads ahead in blocks, so the reader's own row count would point earlier)."""
    line = None
    with open(path, "rb") as f:
        decoder = codecs.getincrementaldecoder(exc.encoding)()
        for n, raw in enumerate(f, 1):
            try:
                decoder.decode(raw)
            except UnicodeDecodeError:
                line = n
                break
    where = f"line {line}" if line is not None else "somewhere"
    return TuneError(
        f"{path}: {where} is not {exc.encoding} text ({exc.reason}); save the file as UTF-8, or pass its "
        "encoding with --encoding (e.g. latin-1, cp1252)"
    )


def predict_csv(
    model: Any,
    path: str | Path,
    text_column: str,
    out: str | Path | None = None,
    progress: Progress | None = None,
    encoding: str = "utf-8-sig",
) -> BatchResult:
    """Classify ``text_column`` of the CSV (or TSV, by extension) at ``path`` (header row first), writing
    ``out`` in the same format, with the same line endings."""
    path, target = _checked_paths(path, out, encoding)
    delimiter = _delimiter(path)
    total = path.stat().st_size
    names = model.class_names
    counts = dict.fromkeys(names, 0)
    unknown = 0
    _field_limit()
    with open(path, "rb", buffering=0) as raw:
        counter = _CountingReader(raw)
        text = io.TextIOWrapper(io.BufferedReader(counter), encoding=encoding, newline="")
        reader = csv.reader(text, delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            raise TuneError(f"{path} is empty; pass a CSV with a header row naming its columns") from None
        except UnicodeDecodeError as exc:
            raise _not_decodable(path, exc) from None
        except csv.Error as exc:
            raise TuneError(f"{path}: cannot read its header row ({exc}); save it as a UTF-8 CSV") from None
        names_read = [h.strip() for h in header]  # as training reads a header: "id, text" names "text"
        if text_column not in names_read:
            hint = ""
            if len(header) == 1 and any(sep in header[0] for sep in ";|\t,"):
                hint = (
                    "; its header reads as one column, so its separator is not "
                    f"{'a tab' if delimiter == chr(9) else 'a comma'}: tune predict reads .csv files as comma- and "
                    ".tsv files as tab-separated, so save it in one of those"
                )
            raise TuneError(
                f"{path} has no column {text_column!r} (its columns: {', '.join(map(repr, header)) or 'none'}); "
                f"pass --text-column NAME with the column that holds the text{hint}"
            )
        added = [LABEL_COLUMN, *(PROB_PREFIX + c for c in names)]
        clash = sorted(set(added) & set(header))
        if clash:
            raise TuneError(
                f"{path} already has the columns {clash} that predictions add; rename them in the input first"
            )
        if repeated := repeated_column(path, names_read, text_column, "classify"):
            raise TuneError(repeated)
        column = names_read.index(text_column)
        line_end = _line_end(path, encoding)
        rows = 0
        with _written_in_place(target) as f:
            writer = csv.writer(f, delimiter=delimiter, lineterminator=line_end)
            writer.writerow([*header, *added])
            for chunk in _chunks(reader, column, len(header), path):
                pred = model.predict([r[column] for r in chunk])
                unknown += pred.unknown
                for row, label, probs in zip(chunk, pred.labels, pred.probabilities):
                    writer.writerow([*row, label, *(f"{float(p):.6f}" for p in probs)])
                    counts[label] += 1
                rows += len(chunk)
                if progress is not None:
                    progress(counter.count, total)
    return BatchResult(rows, target, counts, unknown)
