"""Reading the Indonesian NER sets (NER UI, NERGrit, NERP) into one shape.

All three are CoNLL-style ``token<TAB>label`` files with BIO tags and a blank
line between sentences; they differ only in their type names. ``read_conll``
maps every type to kabar's labels (``PER``/``ORG``/``LOC``, plus ``EVT`` and
``FNB`` from NERP when asked to keep them).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# Dataset type names to kabar labels; None drops the type (its tokens become O).
LABEL_MAP: dict[str, str | None] = {
    "PERSON": "PER", "PPL": "PER",
    "ORGANIZATION": "ORG", "ORGANISATION": "ORG", "IND": "ORG",
    "LOCATION": "LOC", "PLACE": "LOC", "PLC": "LOC",
    "EVT": "EVT", "FNB": "FNB",
}
CORE_LABELS = ("PER", "ORG", "LOC")

# Published entity F1 on each benchmark's held-out split (from the dataset READMEs).
PUBLISHED = {
    "nerui": ("IndoBERT (IndoLEM) 90.1; BiLSTM-CRF 82.2", 90.1),
    "nergrit": ("NusaBERT-large 79.86", 79.86),
    "nerp": ("NusaBERT-large 85.12", 85.12),
}


@dataclass
class Sentence:
    """One tagged sentence: tokens and BIO labels of the same length."""

    tokens: list[str]
    labels: list[str]


def map_label(tag: str, keep: frozenset[str]) -> str:
    """A dataset BIO tag in kabar's label names, or O when the type is not kept."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, kind = tag.split("-", 1)
    label = LABEL_MAP.get(kind)
    return f"{prefix}-{label}" if label in keep else "O"


def read_conll(path: Path, keep: frozenset[str] = frozenset(CORE_LABELS)) -> list[Sentence]:
    """Sentences of a ``token<TAB>label`` file, labels mapped to kabar's names."""
    sents, tokens, labels = [], [], []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.rstrip("\r")
        if not line.strip():
            if tokens:
                sents.append(Sentence(tokens, repair_bio(labels)))
            tokens, labels = [], []
            continue
        token, _, tag = line.rpartition("\t")
        tokens.append(token)
        labels.append(map_label(tag.strip(), keep))
    if tokens:
        sents.append(Sentence(tokens, repair_bio(labels)))
    return sents


def repair_bio(labels: list[str]) -> list[str]:
    """Turn an I- tag that does not continue its type into B- (IOB1 leftovers)."""
    out, prev = [], "O"
    for lab in labels:
        if lab.startswith("I-") and prev[2:] != lab[2:]:
            lab = "B-" + lab[2:]
        out.append(lab)
        prev = lab
    return out


def spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """Entity spans ``(first token, end token exclusive, type)`` of a BIO sequence."""
    out, start, kind = [], None, None
    for i, lab in enumerate(labels + ["O"]):
        if start is not None and not (lab.startswith("I-") and lab[2:] == kind):
            out.append((start, i, kind))
            start = None
        if lab.startswith("B-") or (lab.startswith("I-") and start is None):
            start, kind = i, lab[2:]
    return out


def shared_data_dir() -> Path:
    """The licensed data folder: ``<repo>/../shared/data``."""
    return Path(__file__).resolve().parents[3] / ".." / "shared" / "data"


def split_path(dataset: str, split: str, fold: int = 1, root: Path | None = None) -> Path:
    """File of one split: ``nerui`` has folds ``train.0N.tsv``; the IndoNLU sets one file each."""
    root = root or shared_data_dir()
    if dataset == "nerui":
        return root / "indolem-nerui" / f"{split}.{fold:02d}.tsv"
    folder = {"nergrit": "indonlu-nergrit", "nerp": "indonlu-nerp"}[dataset]
    return root / folder / f"{split}_preprocess.txt"


def labels_for(dataset: str) -> frozenset[str]:
    """The label set a dataset is scored on (NERP keeps its event and food types)."""
    return frozenset(CORE_LABELS + ("EVT", "FNB")) if dataset == "nerp" else frozenset(CORE_LABELS)


def load(dataset: str, split: str, fold: int = 1, keep: frozenset[str] | None = None,
         root: Path | None = None) -> list[Sentence]:
    """Read one split of one dataset (``split`` is train / valid / test; ``dev`` for nerui)."""
    if dataset == "nerui" and split == "valid":
        split = "dev"
    return read_conll(split_path(dataset, split, fold, root), keep or labels_for(dataset))
