"""Sentence-splitting quality and speed on the UD Indonesian treebanks.

Running text is rebuilt from each CoNLL-U file by joining the ``# text =``
lines of consecutive sentences with a single space. A ``# newdoc`` or
``# newpar`` marker would start a new text, but none of the CSUI or GSD files
carries one, so each file becomes one running text (this is the hard case: no
line break ever helps the splitter, and headlines without a final period merge
with the next sentence). A predicted sentence counts as correct only when its
``(start, end)`` span equals a gold span exactly.

Tuning uses CSUI train and GSD dev; CSUI test and GSD test are for reporting.
The naive baseline splits at ``[.?!]`` + whitespace before an upper-case letter.

Usage: ``python benchmarks/sentences.py [--files test|tune|all]``
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from kabar.text.sentences import split_sentences

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / ".." / "shared" / "data"
TEST_FILES = ("ud-id-csui/id_csui-ud-test.conllu", "ud-id-gsd/id_gsd-ud-test.conllu")
TUNE_FILES = ("ud-id-csui/id_csui-ud-train.conllu", "ud-id-gsd/id_gsd-ud-dev.conllu")
# Repeat the corpus for the speed measurement so timing noise stays small.
SPEED_REPEAT = 20
_NAIVE = re.compile(r"(?<=[.?!])\s+(?=[A-Z])")

Splitter = Callable[[str], list[tuple[int, int]]]


@dataclass
class Score:
    precision: float
    recall: float
    f1: float
    gold: int
    predicted: int


def read_texts(path: Path) -> Iterator[list[str]]:
    """Sentence texts of ``path``, one list per document (file, ``newdoc`` or ``newpar``)."""
    sentences: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(("# newdoc", "# newpar")) and sentences:
            yield sentences
            sentences = []
        elif line.startswith("# text = "):
            sentences.append(line[len("# text = "):].strip())
    if sentences:
        yield sentences


def running_text(sentences: list[str]) -> tuple[str, set[tuple[int, int]]]:
    """One space-joined text and the gold spans of its sentences."""
    spans, pos = set(), 0
    for s in sentences:
        spans.add((pos, pos + len(s)))
        pos += len(s) + 1
    return " ".join(sentences), spans


def naive_split(text: str) -> list[tuple[int, int]]:
    """The baseline: split at sentence punctuation + space before a capital."""
    spans, start = [], 0
    for m in _NAIVE.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def score(docs: list[tuple[str, set[tuple[int, int]]]], split: Splitter) -> Score:
    """Exact-span precision, recall and F1 of ``split`` over ``docs``."""
    hits = n_gold = n_pred = 0
    for text, gold in docs:
        pred = set(split(text))
        hits += len(pred & gold)
        n_gold += len(gold)
        n_pred += len(pred)
    p = hits / n_pred if n_pred else 0.0
    r = hits / n_gold if n_gold else 0.0
    return Score(p, r, 2 * p * r / (p + r) if p + r else 0.0, n_gold, n_pred)


def load(path: Path) -> list[tuple[str, set[tuple[int, int]]]]:
    """The running texts with gold spans of one CoNLL-U file."""
    return [running_text(s) for s in read_texts(path)]


def speed(docs: list[tuple[str, set[tuple[int, int]]]], split: Splitter) -> float:
    """Throughput of ``split`` in MB (UTF-8) per second."""
    texts = [t for t, _ in docs] * SPEED_REPEAT
    size = sum(len(t.encode("utf-8")) for t in texts)
    t0 = time.perf_counter()
    for t in texts:
        split(t)
    return size / 1e6 / (time.perf_counter() - t0)


def errors(docs: list[tuple[str, set[tuple[int, int]]]], limit: int) -> Iterator[str]:
    """Up to ``limit`` wrong predicted spans with a little context, for tuning."""
    shown = 0
    for text, gold in docs:
        for s, e in sorted(set(split_sentences(text)) - gold):
            if shown >= limit:
                return
            shown += 1
            yield f"  {text[s:e][:60]!r} ... {text[max(s, e - 60):e]!r}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", choices=("test", "tune", "all"), default="test")
    ap.add_argument("--errors", type=int, default=0, help="show this many wrong spans per file")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"no data at {DATA.resolve()}", file=sys.stderr)
        return 1
    names = {"test": TEST_FILES, "tune": TUNE_FILES, "all": TUNE_FILES + TEST_FILES}[args.files]
    print(f"{'file':34} {'splitter':8} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5} {'MB/s':>6}")
    for name in names:
        docs = load(DATA / name)
        for label, split in (("kabar", split_sentences), ("naive", naive_split)):
            sc = score(docs, split)
            print(f"{Path(name).name:34} {label:8} {sc.precision:6.3f} {sc.recall:6.3f} {sc.f1:6.3f} "
                  f"{sc.gold:5d} {sc.predicted:5d} {speed(docs, split):6.1f}")
        for line in errors(docs, args.errors):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
