"""Reading the CoNLL NER files, label mapping, BIO decoding and scoring."""
from pathlib import Path

import pytest

from kabar.ner.data import CORE_LABELS, map_label, read_conll, repair_bio, spans
from kabar.ner.evaluate import score

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


@pytest.mark.parametrize("tag, keep, expected", [
    ("B-PERSON", CORE_LABELS, "B-PER"),
    ("I-ORGANISATION", CORE_LABELS, "I-ORG"),
    ("B-ORGANIZATION", CORE_LABELS, "B-ORG"),
    ("B-PLACE", CORE_LABELS, "B-LOC"),
    ("I-PLC", CORE_LABELS, "I-LOC"),
    ("B-IND", CORE_LABELS, "B-ORG"),
    ("B-EVT", CORE_LABELS, "O"),
    ("B-EVT", CORE_LABELS + ("EVT",), "B-EVT"),
    ("O", CORE_LABELS, "O"),
])
def test_map_label(tag, keep, expected):
    assert map_label(tag, frozenset(keep)) == expected


@pytest.mark.parametrize("labels, expected", [
    (["B-PER", "I-PER", "O", "B-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),
    (["I-ORG", "I-ORG", "B-ORG"], [(0, 2, "ORG"), (2, 3, "ORG")]),
    (["B-PER", "I-LOC", "O"], [(0, 1, "PER"), (1, 2, "LOC")]),
    (["O", "O"], []),
    ([], []),
])
def test_spans(labels, expected):
    assert spans(labels) == expected


@pytest.mark.parametrize("labels, expected", [
    (["O", "I-PER", "I-PER"], ["O", "B-PER", "I-PER"]),
    (["B-PER", "I-LOC"], ["B-PER", "B-LOC"]),
    (["B-ORG", "I-ORG"], ["B-ORG", "I-ORG"]),
])
def test_repair_bio(labels, expected):
    assert repair_bio(labels) == expected


def test_read_conll_maps_and_splits(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("Kata\tO\nJokowi\tB-PERSON\n\r\nDi\tO\nbandung\tB-PLC\nbarat\tI-PLC\n", encoding="utf-8")
    sents = read_conll(path)
    assert [s.tokens for s in sents] == [["Kata", "Jokowi"], ["Di", "bandung", "barat"]]
    assert sents[1].labels == ["O", "B-LOC", "I-LOC"]


@pytest.mark.parametrize("gold, pred, f1", [
    ([["B-PER", "I-PER", "O"]], [["B-PER", "I-PER", "O"]], 1.0),
    ([["B-PER", "I-PER", "O"]], [["B-PER", "O", "O"]], 0.0),     # partial span is wrong
    ([["B-PER", "O", "B-LOC"]], [["B-ORG", "O", "B-LOC"]], 0.5),  # wrong type is wrong
])
def test_score_exact_span_and_type(gold, pred, f1):
    assert score(gold, pred).f1 == pytest.approx(f1)


@pytest.mark.parametrize("folder, name", [
    ("indolem-nerui", "test.01.tsv"),
    ("indonlu-nergrit", "test_preprocess.txt"),
    ("indonlu-nerp", "test_preprocess.txt"),
])
def test_real_files_read_with_known_labels(folder, name):
    path = SHARED / folder / name
    if not path.exists():
        pytest.skip(f"shared NER data not found at {path}")
    sents = read_conll(path, frozenset(CORE_LABELS + ("EVT", "FNB")))
    assert len(sents) > 200
    assert all(len(s.tokens) == len(s.labels) for s in sents)
    kinds = {lab[2:] for s in sents for lab in s.labels if lab != "O"}
    assert {"PER", "ORG", "LOC"} <= kinds <= {"PER", "ORG", "LOC", "EVT", "FNB"}
