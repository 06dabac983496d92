"""BIO label sets and constrained decoding."""
from __future__ import annotations

import numpy as np

from kabar.encoder.labels import allowed_transitions, bio_labels, decode

LABELS = bio_labels(["PER", "LOC"])  # O B-PER I-PER B-LOC I-LOC


def logp(rows: list[list[float]]) -> np.ndarray:
    return np.log(np.asarray(rows))


def test_label_order():
    assert LABELS == ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]


def test_inside_only_after_its_own_type():
    ok = allowed_transitions(LABELS)
    assert ok[1, 2] and ok[2, 2] and not ok[0, 2] and not ok[3, 2] and ok[2, 3]


def test_a_stray_inside_label_is_repaired():
    # Greedy would give O I-PER: invalid. The best valid path starts the name.
    scores = logp([[0.9, 0.02, 0.02, 0.03, 0.03], [0.1, 0.3, 0.5, 0.05, 0.05]])
    assert [LABELS[i] for i in decode(scores, LABELS)] == ["O", "B-PER"]


def test_type_switch_inside_a_name_is_not_allowed():
    scores = logp([[0.01, 0.9, 0.03, 0.03, 0.03], [0.01, 0.02, 0.4, 0.07, 0.5]])
    assert [LABELS[i] for i in decode(scores, LABELS)] == ["B-PER", "I-PER"]


def test_empty_sentence():
    assert decode(np.zeros((0, 5)), LABELS) == []
