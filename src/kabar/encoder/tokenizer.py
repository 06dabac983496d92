"""The encoder's SentencePiece-unigram tokenizer, over the vocabulary read from the model file.

Text is normalised code point by code point (the file's table), runs of spaces
become one, a space is put in front, and every space becomes the metaspace
``▁``. The pieces are then the segmentation with the highest summed log
probability (Viterbi); a character no piece covers is ``<unk>`` at the lowest
piece score minus 10, as in the package's engine.

No piece of this vocabulary has ``▁`` after its first character, so every
``▁`` starts a piece and each ``▁word`` is segmented on its own: that is
what makes word-level caching and word-piece to word alignment exact.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from .e5file import Vocabulary

META = "\u2581"
UNK_PENALTY = 10.0
WORD_CACHE = 200_000


class Tokenizer:
    """Text or words to piece ids."""

    def __init__(self, vocab: Vocabulary):
        self.vocab = vocab
        self.ids = {p: i for i, p in enumerate(vocab.pieces) if p and i != vocab.unk}
        self.scores = [float(s) for s in vocab.scores]
        self.unk_score = min(self.scores) - UNK_PENALTY
        self.max_len = max(len(p) for p in self.ids)
        self._table = str.maketrans(vocab.normalization)
        self.segment = lru_cache(maxsize=WORD_CACHE)(self._viterbi)

    def normalize(self, text: str) -> str:
        """Normalised text in metaspace form (``▁`` for spaces, one in front)."""
        text = text.translate(self._table)
        while "  " in text:
            text = text.replace("  ", " ")
        if not text.startswith(" "):
            text = " " + text
        return text.replace(" ", META)

    def encode(self, text: str) -> list[int]:
        """Piece ids of ``text`` (no ``<s>``/``</s>``)."""
        out: list[int] = []
        for seg in _segments(self.normalize(text)):
            out.extend(self.segment(seg))
        return out

    def encode_words(self, words: Sequence[str]) -> tuple[list[int], list[int]]:
        """Piece ids of pre-split words and, per word, the index of its first piece.

        A word that normalises to nothing still gets one piece (``▁``), so every
        word has a piece to be labelled by.
        """
        ids: list[int] = []
        first: list[int] = []
        for word in words:
            first.append(len(ids))
            ids.extend(self.encode(word) or [self.ids.get(META, self.vocab.unk)])
        return ids, first

    def _viterbi(self, seg: str) -> tuple[int, ...]:
        """Best segmentation of one ``▁word`` segment into piece ids."""
        n = len(seg)
        best = [0.0] + [float("-inf")] * n
        back: list[tuple[int, int]] = [(0, -1)] * (n + 1)
        for i in range(n):
            if best[i] == float("-inf"):
                continue
            for e in range(i + 1, min(n, i + self.max_len) + 1):
                idx = self.ids.get(seg[i:e])
                if idx is not None and best[i] + self.scores[idx] > best[e]:
                    best[e], back[e] = best[i] + self.scores[idx], (i, idx)
            if best[i] + self.unk_score > best[i + 1]:
                best[i + 1], back[i + 1] = best[i] + self.unk_score, (i, self.vocab.unk)
        out, e = [], n
        while e > 0:
            e, idx = back[e]
            out.append(idx)
        return tuple(reversed(out))


def _segments(norm: str) -> list[str]:
    """Split metaspace text before every ``▁`` (each part is segmented on its own)."""
    parts, start = [], 0
    for i in range(1, len(norm)):
        if norm[i] == META:
            parts.append(norm[start:i])
            start = i
    if norm:
        parts.append(norm[start:])
    return parts
