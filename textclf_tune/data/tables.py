"""``Data("csv", path=..., text_column=..., label_column=...)``: a table of labelled texts.

Formats by extension: ``.csv`` (comma), ``.tsv`` / ``.tab`` (tab), ``.jsonl`` / ``.ndjson`` (one
JSON object per line); any other extension needs ``sep=``. A header row is expected (CSV / TSV).
Files are decoded strictly with ``encoding`` (UTF-8 by default, a byte-order mark is skipped): a
byte that does not decode is an error naming the file and line, never a silent replacement.
Splits, vocabulary, cache and the data record: :mod:`textclf_tune.data.owntexts`.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
from pathlib import Path
from typing import Any

from textclf_tune.data.cache import content_sha256, resolve_cache_dir
from textclf_tune.data.dataset import Dataset
from textclf_tune.data.owntexts import Part, build_own
from textclf_tune.errors import DataError

SEPARATORS = {".csv": ",", ".tsv": "\t", ".tab": "\t"}
JSON_LINES = (".jsonl", ".ndjson")


def looked_in(p: Path) -> str:
    """Where a relative path was looked for; nothing for an absolute one."""
    return "" if p.is_absolute() else f" (looked in {Path.cwd()})"


def _file(path: Any, what: str) -> Path:
    if not isinstance(path, (str, os.PathLike)):
        raise DataError(f"{what} must be the path of a data file, but got {path!r}; pass e.g. {what}='spam.csv'")
    p = Path(path).expanduser()
    if not p.is_file():
        where = "is a folder" if p.is_dir() else "does not exist"
        raise DataError(
            f"{what}={str(path)!r} {where}{looked_in(p)}; pass the path of a .csv, .tsv or .jsonl "
            "file, absolute or relative to the working folder or the sweep file"
        )
    return p


def decode(path: Path, encoding: str) -> str:
    """The file's text; an undecodable byte is a DataError naming the file, line and remedy."""
    try:
        codecs.lookup(encoding)
    except (LookupError, TypeError):
        raise DataError(
            f"encoding={encoding!r} is not a text encoding Python knows; pass e.g. encoding='utf-8' or 'latin-1'"
        ) from None
    data = path.read_bytes()
    enc = "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise DataError(
            f"{path} line {line} (byte {column}) is not valid {encoding}: byte 0x{data[exc.start]:02x}; pass the "
            "file's encoding, e.g. encoding='latin-1' or encoding='cp1252', or re-save the file as UTF-8"
        ) from None


def read_table(
    path: Path,
    text_column: str,
    label_column: str,
    sep: str | None,
    encoding: str,
    group_column: str | None,
    role: str,
) -> Part:
    """The texts, labels (and groups) of one table file, each row with its line for messages. The
    training file must have ``group_column``; a given test or validation file may (its groups are
    then compared with training's: :func:`textclf_tune.data.owntexts.shared_groups`) or may not."""
    text = decode(path, encoding)
    suffix = path.suffix.lower()
    json_lines = sep is None and suffix in JSON_LINES
    delimiter = sep if sep is not None else SEPARATORS.get(suffix)
    if not json_lines and delimiter is None:
        raise DataError(
            f"{path}: cannot tell the format from the extension {suffix or '(none)'!r}; name the file .csv, .tsv "
            "or .jsonl, or pass the separator, e.g. sep=',' or sep='\\t'"
        )

    def rows_of(wanted: list[str]) -> tuple[list[dict[str, Any]], list[int], list[str]]:
        return _json_lines(path, text, wanted) if json_lines else _delimited(path, text, str(delimiter), wanted)

    wanted = [c for c in (text_column, label_column, group_column) if c is not None]
    if group_column is not None and role != "train":  # optional here: read where the file has it
        rows, lines, columns = rows_of(wanted[:2])
        if group_column in columns and rows:
            try:
                rows, lines, columns = rows_of(wanted)
            except DataError as exc:  # JSON lines: some lines have the key, some not
                raise DataError(
                    f"{exc} (group_column {group_column!r} may be left out of a {role} file, but where one "
                    "line has it, every line needs it)"
                ) from None
        else:
            group_column = None
            wanted.pop()
    else:
        rows, lines, columns = rows_of(wanted)
    missing = [c for c in wanted if c not in columns]
    if missing:
        raise DataError(
            f"{path}: no column {missing[0]!r} ({'text_column' if missing[0] == text_column else 'label_column' if missing[0] == label_column else 'group_column'}); "
            f"the columns found are {columns}. Pass the right column name"
            + ("" if sep is not None or json_lines else " (or the right sep= if the header is one column)")
        )
    where = [f"{path.name} line {n}" for n in lines]
    return Part(
        texts=[r[text_column] for r in rows],
        labels=[r[label_column] for r in rows],
        source=path.name,
        where=where,
        groups=[r[group_column] for r in rows] if group_column else None,
        unit="line" if json_lines else "row",
    )


def _delimited(path: Path, text: str, sep: str, wanted: list[str]) -> tuple[list[dict[str, Any]], list[int], list[str]]:
    csv.field_size_limit(2**31 - 1)  # long documents are fine
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    lines_of: list[str] = []

    def physical() -> list[str]:  # the file's lines as the reader counts them, split once when needed
        if not lines_of:
            lines_of.extend(io.StringIO(text, newline="").readlines())
        return lines_of

    try:
        header = next(reader, None)
        if header is None:
            raise DataError(f"{path} is empty; it needs a header row naming the columns, then one row per text")
        columns = [h.strip() for h in header]
        if any(c not in columns for c in wanted):
            return [], [], columns
        for c in wanted:
            if repeated := repeated_column(path, columns, c, "read"):
                raise DataError(repeated)
        index = {c: columns.index(c) for c in wanted}
        rows: list[dict[str, Any]] = []
        lines: list[int] = []
        start = reader.line_num + 1  # the line the next row starts on (a quoted field may span lines)
        for fields in reader:
            if not fields:
                start = reader.line_num + 1
                continue  # a blank line
            extra = [f for f in fields[len(columns) :] if f.strip()]  # trailing empty fields are harmless
            if len(fields) < len(columns) and any("\n" in f for f in fields):
                raise DataError(
                    f'{path} line {start}: a quote (") opens a field that runs over lines {start}-{reader.line_num} '
                    'and the row ends short: a quote left open. Close it, or double a quote inside a text ("")'
                )
            if len(fields) < len(columns):
                raise DataError(
                    f"{path} line {start}: {_fields(len(fields))} but the header has {len(columns)} ({columns}); "
                    f"give the row a value for each column, separated by {sep!r}"
                )
            if extra:
                raise DataError(
                    f"{path} line {start}: {_fields(len(fields))} but the header has {len(columns)} "
                    f'({columns}); quote texts that contain {sep!r} ("like, this") or fix the row'
                )
            if any("\n" in f for f in fields) and not _strict(physical(), start, reader.line_num, sep):
                raise DataError(
                    f'{path} line {start}: a quote (") opens a field that runs over lines {start}-{reader.line_num} '
                    "and text follows its closing quote: a quote left open. Close it, or double a quote inside a "
                    'text ("")'
                )
            if sep == "\t" and any("\n" in f and "\t" in f for f in fields):
                raise DataError(
                    f'{path} line {start}: a quote (") opens a field that runs over lines {start}-{reader.line_num}, '
                    'tabs and all: a quote left open. Close it, or double a quote inside a text ("")'
                )
            rows.append({c: fields[i] for c, i in index.items()})
            lines.append(reader.line_num)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise DataError(
            f"{path} line {start}: not a valid table ({exc}) in the row that starts there; fix its quoting "
            "(a quote left open runs to the end of the file)"
        ) from None
    return rows, lines, columns


ARGUMENT = {"train": "path", "test": "test_path", "val": "val_path"}


def _refuse_shared_files(files: dict[str, Path], paths: dict[str, str], digests: dict[str, str]) -> None:
    """Refuse one file (or two copies of it) given as two splits: a model scored on the texts it
    trained on, or chosen on its own test texts, gives figures that mean nothing."""
    roles = list(files)
    for i, a in enumerate(roles):
        for b in roles[i + 1 :]:
            if paths[a] == paths[b] or digests[a] == digests[b]:
                how = "is the same file as" if paths[a] == paths[b] else "has the same content as"
                raise DataError(
                    f"{ARGUMENT[b]}={str(files[b])!r} {how} {ARGUMENT[a]}={str(files[a])!r}: "
                    + (
                        f"the {b} split must hold texts the model never trains on"
                        if a == "train"
                        else "validation and test must hold different texts (a test that chose the model cannot score it)"
                    )
                    + f"; pass a separate file, or leave {ARGUMENT[b]} out to carve that split from path"
                )


def _strict(lines: list[str], first: int, last: int, sep: str) -> bool:
    """Whether lines ``first``-``last`` (1-based) parse as a table under the strict rule that a
    closing quote ends its field. The lenient reader reads a quote left open as a field running on
    to the next quote and keeps what follows it, so a row swallowing the next rows can still have
    the right number of fields; strictly, the text after the closing quote is an error."""
    try:
        list(csv.reader(io.StringIO("".join(lines[first - 1 : last]), newline=""), delimiter=sep, strict=True))
    except csv.Error:
        return False
    return True


def _json_lines(path: Path, text: str, wanted: list[str]) -> tuple[list[dict[str, Any]], list[int], list[str]]:
    rows: list[dict[str, Any]] = []
    lines: list[int] = []
    seen: list[str] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(
                f"{path} line {n}: not a JSON object ({exc.msg} at column {exc.colno}); write one object per line"
            ) from None
        if not isinstance(obj, dict):
            raise DataError(f"{path} line {n}: a JSON {type(obj).__name__}, but each line must be an object")
        seen += [k for k in obj if k not in seen]
        absent = [c for c in wanted if c not in obj]
        if absent:
            if any(c not in seen for c in absent) and not rows:
                return [], [], seen
            raise DataError(f"{path} line {n}: no key {absent[0]!r}; every line needs {wanted}")
        rows.append({c: obj[c] for c in wanted})
        lines.append(n)
    return rows, lines, seen


def load_csv(
    path: str | os.PathLike[str],
    text_column: str = "text",
    label_column: str = "label",
    test_path: str | os.PathLike[str] | None = None,
    val_path: str | os.PathLike[str] | None = None,
    sep: str | None = None,
    encoding: str = "utf-8",
    group_column: str | None = None,
    num_words: int = 20000,
    test_fraction: float = 0.2,
    val_fraction: float = 0.2,
    seed: int = 1337,
    cache_dir: str | os.PathLike[str] | None = None,
    data_dir: str | os.PathLike[str] | None = None,
) -> Dataset:
    """A table of labelled texts, split, encoded and cached as :mod:`textclf_tune.data.owntexts` says.

    ``test_path`` / ``val_path``: your own fixed splits (same columns); otherwise a seeded
    stratified ``test_fraction`` of ``path`` is the test split and ``val_fraction`` of the rest
    the validation split (whole groups of ``group_column`` when given). ``data_dir`` is ignored.
    """
    for name, value in (("text_column", text_column), ("label_column", label_column), ("group_column", group_column)):
        if value is not None and (not isinstance(value, str) or not value):
            raise DataError(f"{name} must be a column name, but got {name}={value!r}; pass e.g. {name}='text'")
    if sep is not None and (not isinstance(sep, str) or len(sep) != 1):
        raise DataError(f"sep must be one character, but got sep={sep!r}; pass e.g. sep=',' or sep='\\t'")
    files = {"train": _file(path, "path")}
    if test_path is not None:
        files["test"] = _file(test_path, "test_path")
    if val_path is not None:
        files["val"] = _file(val_path, "val_path")

    def read() -> dict[str, Part]:
        return {
            role: read_table(p, text_column, label_column, sep, encoding, group_column, role)
            for role, p in files.items()
        }

    options = {
        "text_column": text_column,
        "label_column": label_column,
        "sep": sep,
        "encoding": encoding,
        "group_column": group_column,
        "files": sorted(files),
    }
    paths = {role: str(p.resolve()) for role, p in files.items()}
    folder = resolve_cache_dir(cache_dir)
    digests = {role: content_sha256(p.resolve(), folder) for role, p in files.items()}
    _refuse_shared_files(files, paths, digests)
    return build_own(
        "csv",
        read,
        num_words=num_words,
        test_fraction=test_fraction,
        val_fraction=val_fraction,
        seed=seed,
        cache_dir=cache_dir,
        options=options,
        extra_meta={"paths": paths, "source": {role: p.name for role, p in files.items()}},
        file_sha256=digests,
    )


def _fields(n: int) -> str:
    return f"{n} field{'' if n == 1 else 's'}"


def repeated_column(path: Path | str, columns: list[str], name: str, purpose: str) -> str | None:
    """The error for a header that names column ``name`` more than once (which one to ``purpose``
    is unclear), or None. Training and ``tune predict`` refuse such a header alike."""
    at = [str(i + 1) for i, c in enumerate(columns) if c == name]
    if len(at) < 2:
        return None
    return (
        f"{path}: the header names column {name!r} {len(at)} times (columns {', '.join(at)}), so which one to "
        f"{purpose} is unclear; rename the others"
    )
