"""Tiny made-up data for the examples, written on first use under ``runs/examples/`` (git-ignored).

The sweeps beside this file import it (a sweep's own folder is on ``sys.path`` while it loads), as
your sweeps can import a loader or helper of your own. The texts are generated, deterministic and
learnable (each class has its own words among shared filler); they include UTF-8 such as "£" and
"café". Replace the calls with the paths of your own files.
"""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

OUT = Path("runs/examples")
FILLER = "the a to and you your for this is on at it of in we are be with can".split()
SPAM = "win free prize cash claim urgent £1000 offer txt reply now call winner guaranteed bonus".split()
HAM = "lunch tomorrow meeting home thanks mum café later sorry running late dinner see tonight ok".split()
TOPICS = {
    "cooking": "recipe oven flour butter simmer garlic sauce bake onion pepper".split(),
    "cycling": "bike gears saddle chain tyre climb descent pedal helmet route".split(),
    "gardening": "soil seeds compost prune roses weeds spade bloom shrub hedge".split(),
}


def _sentence(rng: random.Random, words: list[str], n: int) -> str:
    out = [rng.choice(words) if rng.random() < 0.45 else rng.choice(FILLER) for _ in range(n)]
    return " ".join(out).capitalize() + rng.choice([".", "!", "?", "..."])


def _write_if_changed(path: Path, text: str) -> None:
    """Write only when the content differs, so the file (and its cached encoding) stays put."""
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def spam_csv(n: int = 400, spam_share: float = 0.15, seed: int = 0) -> str:
    """A CSV ``text,label`` of short messages, ``spam_share`` of them ``spam`` (the rest ``ham``)."""
    rng = random.Random(seed)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["text", "label"])
    for _ in range(n):
        label = "spam" if rng.random() < spam_share else "ham"
        writer.writerow([_sentence(rng, SPAM if label == "spam" else HAM, rng.randint(5, 14)), label])
    path = OUT / "spam.csv"
    _write_if_changed(path, buf.getvalue())
    return str(path)


def topic_folder(per_class: int = 60, seed: int = 0) -> str:
    """A folder ``topics/<class>/<n>.txt``, one short UTF-8 text per file, three classes."""
    rng = random.Random(seed)
    root = OUT / "topics"
    for topic, words in TOPICS.items():
        for i in range(per_class):
            text = "\n".join(_sentence(rng, words, rng.randint(6, 12)) for _ in range(rng.randint(1, 3)))
            _write_if_changed(root / topic / f"{i:03d}.txt", text + "\n")
    return str(root)


def reviews(n: int = 300, seed: int = 0) -> tuple[list[str], list[int]]:
    """Texts and 0/1 labels held in Python (1: positive)."""
    rng = random.Random(seed)
    good, bad = "great lovely superb enjoyed brilliant".split(), "awful dull boring waste poor".split()
    labels = [rng.randint(0, 1) for _ in range(n)]
    return [_sentence(rng, good if y else bad, rng.randint(5, 12)) for y in labels], labels
