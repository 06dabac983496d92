"""The numpy tagger on the toy model file with a random head: windows, batching, cache, spans."""
from __future__ import annotations

import numpy as np
import pytest

from kabar.encoder import weights
from kabar.encoder.e5file import E5File
from kabar.encoder.labels import bio_labels
from kabar.encoder.tagger import EncoderTagger, windows
from kabar.encoder.tokenizer import Tokenizer

from . import fake_e5

LABELS = bio_labels(["PER", "ORG", "LOC"])


@pytest.fixture()
def toy(tmp_path):
    e5 = tmp_path / "tiny.bin"
    fake_e5.write(e5)
    head = np.random.default_rng(3).normal(0, 2, (len(LABELS), fake_e5.HIDDEN))
    path = tmp_path / "w.npz"
    weights.save(path, {"head.w": head, "head.b": np.zeros(len(LABELS))}, {"labels": LABELS})
    return EncoderTagger(path, e5_path=e5)


def test_windows_cut_at_word_boundaries(tmp_path):
    e5 = tmp_path / "tiny.bin"
    fake_e5.write(e5)
    tok = Tokenizer(E5File(e5).vocabulary)
    wins = windows(tok, ["kabar", "bar", "kabar", "ab"], bos=0, eos=2, limit=3)
    assert [len(w.ids) - 2 for w in wins] == [3, 3]  # ▁kabar ▁ bar | ▁kabar ▁a b
    assert [w.first for w in wins] == [[1, 2], [1, 2]]
    assert all(w.ids[0] == 0 and w.ids[-1] == 2 for w in wins)


def test_one_label_per_word_and_valid_bio(toy):
    sentences = [["kabar", "bar"], ["a"] * 7, []]
    tagged = toy.tag(sentences)
    assert [len(t) for t in tagged] == [2, 7, 0]
    for seq in tagged:
        for prev, lab in zip(["O"] + seq, seq):
            assert not lab.startswith("I-") or prev[2:] == lab[2:]


def test_batched_equals_one_by_one(toy):
    sentences = [["kabar", "bar", "a"], ["bar"], ["a", "kabar"] * 5]
    together = toy.word_logprobs(sentences)
    toy._cache.clear()
    alone = [toy.word_logprobs([s])[0] for s in sentences]
    for a, b in zip(together, alone):
        np.testing.assert_allclose(a, b, atol=1e-4)


def test_cache_answers_a_sentence_seen_before(toy):
    first = toy.word_logprobs([["kabar", "a"]])[0]
    toy.encoder = None  # any new computation would now fail
    np.testing.assert_array_equal(toy.word_logprobs([["kabar", "a"]])[0], first)


def test_entities_have_scores_between_0_and_1(toy):
    for spans in toy.entities([["kabar", "bar", "a", "b"] * 3]):
        for sp in spans:
            assert 0 < sp.score <= 1 and sp.end > sp.start
