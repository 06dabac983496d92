"""The encoder and the CRF together: their per-word label log-probabilities mixed, then BIO-decoded.

The CRF sees what the encoder does not (gazetteers of regions and names, word
clusters from Indonesian news, cue-word lists), the encoder what the CRF does not
(context over the whole sentence, subword shape, multilingual pre-training).
Mixing ``(1 - w) * log p_encoder + w * log p_crf`` per word, with ``w`` chosen on
a dev split, is a product of the two experts.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Sequence

import numpy as np

FLOOR = 1e-6  # smallest probability a label keeps, so one expert cannot veto alone


class CrfMarginals:
    """Per-word label marginals of a crfsuite model over kabar's CRF features."""

    def __init__(self, model_path: Path, features):
        import pycrfsuite

        self.features = features
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model_path))
        self.known = set(self.tagger.labels())
        self._lock = threading.Lock()  # a crfsuite tagger holds the sentence it was last given

    def logprobs(self, tokens: Sequence[str], labels: Sequence[str]) -> np.ndarray:
        """``[words, labels]`` log marginals (labels the model never saw get the floor)."""
        if not tokens:
            return np.zeros((0, len(labels)))
        features = self.features.sentence(tokens)
        with self._lock:
            self.tagger.set(features)
            probs = [[self.tagger.marginal(lab, i) if lab in self.known else 0.0 for lab in labels]
                     for i in range(len(tokens))]
        return np.log(np.clip(np.asarray(probs), FLOOR, 1.0))


def mix(encoder_lp: np.ndarray, crf_lp: np.ndarray, weight: float) -> np.ndarray:
    """The weighted sum of the two experts' log-probabilities, renormalised per word."""
    mixed = (1.0 - weight) * encoder_lp + weight * crf_lp
    top = mixed.max(axis=-1, keepdims=True)
    return mixed - top - np.log(np.exp(mixed - top).sum(axis=-1, keepdims=True))
