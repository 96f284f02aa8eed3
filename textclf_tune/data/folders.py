"""``Data("folder", path=DIR)``: one subfolder per class, one text per file.

The layout of ``keras.utils.text_dataset_from_directory``: ``DIR/<class>/<file>`` (files at any
depth under a class folder; hidden files and folders, and what archivers and file browsers leave
(``__MACOSX``, ``Thumbs.db``, ``desktop.ini``), skipped). When ``DIR/train`` exists, it holds
the class folders and ``DIR/test`` (optional) holds the test split's, with no class the training
folders lack. Each file is read whole and decoded strictly with ``encoding`` (UTF-8 by default):
nothing is stripped. Classes are the sorted folder names.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from pathlib import Path

from textclf_tune.data.dataset import Dataset
from textclf_tune.data.owntexts import Part, build_own
from textclf_tune.data.tables import decode, looked_in
from textclf_tune.errors import DataError

LAYOUT = "DIR/<class>/<file> (or DIR/train/<class>/<file> and DIR/test/<class>/<file>)"


#: What archivers and file browsers leave in folders: never a class, never a text.
_SYSTEM = {"__MACOSX", "Thumbs.db", "desktop.ini", "ehthumbs.db"}


def _visible(names: list[str]) -> list[str]:
    return sorted(n for n in names if not n.startswith(".") and n not in _SYSTEM)


def class_files(root: Path) -> dict[str, list[Path]]:
    """``{class: [files, sorted]}`` for the class folders of ``root``; a DataError for a bad layout."""
    classes = _visible([e.name for e in os.scandir(root) if e.is_dir()])
    if not classes:
        loose = _visible([e.name for e in os.scandir(root) if e.is_file()])
        raise DataError(
            f"{root} has no class subfolders: expected {LAYOUT}, one folder per class, but found "
            f"{len(loose)} files and no folders. Put each class's files in a folder named after the class"
        )
    found: dict[str, list[Path]] = {}
    for c in classes:
        files: list[Path] = []
        for dirpath, dirnames, filenames in os.walk(root / c):
            dirnames[:] = _visible(dirnames)
            files += [Path(dirpath) / f for f in _visible(filenames)]
        if not files:
            raise DataError(
                f"{root / c} (class {c!r}) holds no files; put that class's texts in it as files, or remove the folder"
            )
        found[c] = sorted(files)
    return found


def read_part(root: Path, encoding: str, role: str) -> Part:
    texts, labels, where = [], [], []
    for c, files in class_files(root).items():
        for f in files:
            texts.append(decode(f, encoding))
            labels.append(c)
            where.append(str(f.relative_to(root)))
    return Part(texts, labels, root.name, where)


def _digest(root: Path) -> str:
    """SHA-256 over every file's relative path and bytes, in sorted order (reads the files)."""
    h = hashlib.sha256()
    for files in class_files(root).values():
        for f in files:
            h.update(f"{f.relative_to(root).as_posix()}\0{f.stat().st_size}\0".encode())
            h.update(f.read_bytes())
    return h.hexdigest()


def load_folder(
    path: str | os.PathLike[str],
    encoding: str = "utf-8",
    num_words: int = 20000,
    test_fraction: float = 0.2,
    val_fraction: float = 0.2,
    seed: int = 1337,
    cache_dir: str | os.PathLike[str] | None = None,
    data_dir: str | os.PathLike[str] | None = None,
) -> Dataset:
    """A folder of labelled text files, split, encoded and cached as :mod:`textclf_tune.data.owntexts`
    says (``test_fraction`` is not used when ``DIR/test`` exists; ``data_dir`` is ignored)."""
    if not isinstance(path, (str, os.PathLike)) or not Path(path).expanduser().is_dir():
        raise DataError(
            f"path={str(path)!r} is not a folder{looked_in(Path(str(path)))}; pass the folder that holds one "
            f"subfolder per class: {LAYOUT}"
        )
    root = Path(path).expanduser()
    subfolders = set(_visible([e.name for e in os.scandir(root) if e.is_dir()]))
    split = "train" in subfolders and subfolders <= {"train", "test"}
    roots = {role: root / role for role in sorted(subfolders)} if split else {"train": root}

    def read() -> dict[str, Part]:
        parts = {role: read_part(r, encoding, role) for role, r in roots.items()}
        for role, part in parts.items():
            part.source, part.unit, part.names = str(roots[role]), "file", list(part.where)
            part.where = [f"{roots[role] / w}" for w in part.where]
        return parts

    dataset = build_own(
        "folder",
        read,
        num_words=num_words,
        test_fraction=test_fraction,
        val_fraction=val_fraction,
        seed=seed,
        cache_dir=cache_dir,
        options={"encoding": encoding, "layout": "train/test" if split else "classes"},
        extra_meta={"paths": {role: str(r.resolve()) for role, r in roots.items()}},
        file_sha256={role: _digest(r) for role, r in roots.items()},
    )
    notes = _loose_files([root, *roots.values()] if split else [root])
    return dataclasses.replace(dataset, notes=[*dataset.notes, *notes]) if notes else dataset


def _loose_files(folders: list[Path]) -> list[str]:
    """A note for each folder whose own files (not in a class folder) are not read: a README, or
    texts left outside their class (as ``keras.utils.text_dataset_from_directory`` skips them)."""
    notes = []
    for folder in folders:
        loose = _visible([e.name for e in os.scandir(folder) if e.is_file()])
        if loose:
            shown = ", ".join(loose[:3]) + (", ..." if len(loose) > 3 else "")
            notes.append(
                f"note: {len(loose)} file{'s' if len(loose) > 1 else ''} directly in {folder} not read ({shown}): "
                f"only files inside a class folder are texts, {LAYOUT}"
            )
    return notes
