"""Sentence vectors from kabar's own reading of the wheel (the check that the reader is right).

e5 embeds ``"passage: " + text`` (or ``"query: "``): the mean of the last
hidden states over all pieces, ``<s>`` and ``</s>`` included, L2-normalised.
A text longer than the encoder's window is cut into windows of at most 510
pieces and the windows' means are averaged, weighted by their piece counts.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

from .model import Encoder
from .tokenizer import Tokenizer

PREFIXES = {"passage": "passage: ", "query": "query: "}


def sentence_vectors(encoder: Encoder, tok: Tokenizer, texts: Sequence[str], kind: str = "passage") -> np.ndarray:
    """``[len(texts), H]`` unit vectors, as the package's ``E5.passage`` / ``E5.query`` give them."""
    voc, width = encoder.file.vocabulary, encoder.cfg.max_positions - 2
    windows, owner = [], []
    for i, text in enumerate(texts):
        ids = tok.encode(PREFIXES[kind] + text)
        for start in range(0, max(len(ids), 1), width):
            windows.append([voc.bos] + ids[start:start + width] + [voc.eos])
            owner.append(i)
    total = np.zeros((len(texts), encoder.cfg.hidden), dtype=np.float64)
    weight = np.zeros(len(texts))
    for i, win in zip(owner, windows):
        hidden, _ = encoder.hidden([win])
        count = max(len(win) - 2, 1)
        total[i] += count * hidden[0].mean(axis=0)
        weight[i] += count
    vec = total / np.maximum(weight, 1)[:, None]
    return (vec / np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-12)).astype(np.float32)
