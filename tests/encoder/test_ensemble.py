"""Mixing the encoder with the CRF: a CRF's marginals as log-probabilities, and the renormalised mix."""
from __future__ import annotations

import numpy as np
import pycrfsuite

from kabar.encoder.ensemble import FLOOR, CrfMarginals, mix


class WordFeatures:
    """The smallest feature maker: the word itself."""

    def sentence(self, tokens):
        return [[f"w={t.lower()}"] for t in tokens]


def toy_crf(path):
    trainer = pycrfsuite.Trainer(verbose=False)
    for _ in range(5):
        trainer.append([["w=budi"], ["w=ke"], ["w=bogor"]], ["B-PER", "O", "B-LOC"])
    trainer.set_params({"max_iterations": 50})
    trainer.train(str(path))
    return path


def test_marginals_follow_the_crf_and_floor_unknown_labels(tmp_path):
    crf = CrfMarginals(toy_crf(tmp_path / "toy.crfsuite"), WordFeatures())
    labels = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG"]
    lp = crf.logprobs(["Budi", "ke", "Bogor"], labels)
    assert lp.shape == (3, 6)
    assert [labels[i] for i in lp.argmax(axis=1)] == ["B-PER", "O", "B-LOC"]
    assert np.allclose(lp[:, 5], np.log(FLOOR))  # the CRF never saw B-ORG
    assert crf.logprobs([], labels).shape == (0, 6)


def test_mix_is_a_renormalised_weighted_sum():
    a = np.log(np.array([[0.7, 0.2, 0.1]]))
    b = np.log(np.array([[0.1, 0.8, 0.1]]))
    assert np.allclose(mix(a, b, 0.0), a) and np.allclose(mix(a, b, 1.0), b)
    half = mix(a, b, 0.5)
    assert np.isclose(np.exp(half).sum(), 1.0)
    assert half.argmax() == 1  # sqrt(.2*.8) > sqrt(.7*.1)
