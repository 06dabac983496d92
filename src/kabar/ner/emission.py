"""State scores of the CRF (token x label), built from the model's weights without feature strings per token.

crfsuite scores a token by summing, for each of its features, that feature's weight row; features
the model never saw add nothing. The features of :class:`kabar.ner.features.FeatureMaker` that a
token owns depend only on its text, and so do those it lends each neighbour, so their summed rows
are kept per word type (in two growing arrays); a sentence then needs one lookup per token, a few
shifted array additions, and rows for the few position features (sentence start and end, cue and
gazetteer phrases, the word pair). :func:`sentence_features` stays the one definition of the
features: ``tests/ner/test_emission.py`` checks the sums against the strings it builds.
"""
from __future__ import annotations

from functools import partial
from operator import is_not
from typing import Iterator, Sequence

import numpy as np

from .crfmodel import CrfWeights
from .features import CUE_MATCHER, WINDOW, FeatureMaker

# Word types kept; past this the cache starts again (a bound for long-running servers).
CACHE_WORDS = 100_000
_known = partial(is_not, None)
_PAIR = "bi={}|{}"  # the word-pair feature of two lower-cased neighbours  # an attribute id the model has (ids may be 0: never test for truth)


class Emissions:
    """Per-sentence state-score matrices for one model and its feature maker."""

    def __init__(self, features: FeatureMaker, weights: CrfWeights):
        self.features, self.attrs, self.state = features, weights.attrs, weights.state
        self.n_labels = weights.state.shape[1]
        self.pad = np.stack([self.vector([f"{off}:pad"]) for off in WINDOW])
        self.bos, self.eos, self.lcs = (self.vector([f]) for f in ("bos", "eos", "lcs"))
        self._rows = np.vstack([self.state, np.zeros((1, self.n_labels))])  # the weights and a zero row
        self._lent, self._none = self._lent_index(), (None,) * len(WINDOW)
        self._reset()

    def _lent_index(self) -> dict[str, list[int | None]]:
        """For each feature a word lends its neighbours, the model's attribute id at every offset
        ("w=jakarta" -> ids of "-2:w=jakarta", "-1:w=jakarta", "1:w=jakarta", "2:w=jakarta")."""
        out: dict[str, list[int | None]] = {}
        position = {str(off): k for k, off in enumerate(WINDOW)}
        for attr, a in self.attrs.items():
            off, sep, rest = attr.partition(":")
            if sep and off in position:
                out.setdefault(rest, [None] * len(WINDOW))[position[off]] = a
        return out

    def _reset(self) -> None:
        """Empty the word cache."""
        self._index: dict[str, int] = {}
        self._own = np.zeros((1024, self.n_labels))
        self._ctx = np.zeros((1024, len(WINDOW), self.n_labels))

    def vector(self, feats: Sequence[str]) -> np.ndarray:
        """The summed weight rows of ``feats`` (unknown features add nothing)."""
        ids = [self.attrs[f] for f in feats if f in self.attrs]
        return self.state[ids].sum(axis=0) if ids else np.zeros(self.n_labels)

    def _learn(self, words: list[str]) -> None:
        """Cache the summed rows of new words, all in one array operation."""
        first, attrs, zero = len(self._index), self.attrs, len(self.state)  # ``zero``: the all-zero row
        while first + len(words) > len(self._own):
            self._own = np.concatenate([self._own, np.zeros_like(self._own)])
            self._ctx = np.concatenate([self._ctx, np.zeros_like(self._ctx)])
        ids: list[int] = []
        starts: list[int] = []
        lent_ids, none, features = self._lent.get, self._none, self.features.word_and_context
        for word in words:
            own, lent = features(word)
            starts.append(len(ids))
            ids.append(zero)
            ids.extend(filter(_known, map(attrs.get, own)))
            # the lent features' ids at each offset (a column per offset), in the features' order
            by_offset = zip(*[lent_ids(f, none) for f in lent]) if lent else [()] * len(WINDOW)
            for column in by_offset:
                starts.append(len(ids))
                ids.append(zero)
                ids.extend(filter(_known, column))
        sums = np.add.reduceat(self._rows[np.array(ids, dtype=np.intp)], starts).reshape(
            len(words), 1 + len(WINDOW), self.n_labels)
        self._own[first:first + len(words)] = sums[:, 0]
        self._ctx[first:first + len(words)] = sums[:, 1:]
        self._index.update((w, first + k) for k, w in enumerate(words))

    def sentences(self, sents: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """One (tokens, labels) state-score array per non-empty sentence of ``sents``."""
        lengths = np.array([len(s) for s in sents])
        if len(self._index) + int(lengths.sum()) > CACHE_WORDS:
            self._reset()  # never in the middle of a batch: its rows stay valid
        index = self._index
        flat = [w for s in sents for w in s]
        new = [w for w in dict.fromkeys(flat) if w not in index]
        if new:
            self._learn(new)
        idx = np.array([index[w] for w in flat], dtype=np.intp)
        pos = np.arange(len(idx)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        size = np.repeat(lengths, lengths)
        out = self._own[idx]
        ctx = self._ctx[idx]
        for k, off in enumerate(WINDOW):
            inside = (pos + off >= 0) & (pos + off < size)
            src = np.clip(np.arange(len(idx)) + off, 0, max(len(idx) - 1, 0))
            out += np.where(inside[:, None], ctx[src, k], self.pad[k])
        out[pos == 0] += self.bos
        out[pos == size - 1] += self.eos
        self._add_sentence_features(out, sents)
        return np.split(out, np.cumsum(lengths)[:-1])

    def _add_sentence_features(self, out: np.ndarray, sents: Sequence[Sequence[str]]) -> None:
        """Rows of the features that depend on the sentence: lower-case line, phrases, word pairs."""
        where: list[int] = []
        ids: list[int] = []
        base, get = 0, self.attrs.get
        for toks in sents:
            lowers = [t.lower() for t in toks]
            for i, f in self._phrase_features(toks, lowers):
                a = get(f)
                if a is not None:
                    where.append(base + i)
                    ids.append(a)
            # the word pairs last, as _position_features yields them, looked up in one pass
            for i, a in enumerate(map(get, map(_PAIR.format, lowers, lowers[1:])), base + 1):
                if a is not None:
                    where.append(i)
                    ids.append(a)
            base += len(toks)
        if ids:
            np.add.at(out, np.array(where, dtype=np.intp), self.state[np.array(ids, dtype=np.intp)])

    def _position_features(self, tokens: Sequence[str]) -> Iterator[tuple[int, str]]:
        """(token, feature) for the features :meth:`FeatureMaker.sentence` adds beyond the word's own
        and its neighbours' (which come from the cache)."""
        lowers = [t.lower() for t in tokens]
        yield from self._phrase_features(tokens, lowers)
        yield from ((i, _PAIR.format(lowers[i - 1], lowers[i])) for i in range(1, len(tokens)))

    def _phrase_features(self, tokens: Sequence[str], lowers: list[str]) -> Iterator[tuple[int, str]]:
        """The position features but the word pairs: lower-case line, cue and gazetteer phrases."""
        n = len(tokens)
        if not any(map(str.isupper, "".join(tokens))):  # no capital anywhere (each character tested, in C)
            yield from ((i, "lcs") for i in range(n))
        for prefix, found in (("mq=", CUE_MATCHER.matches(lowers)), ("gz=", self.features.gazetteer.matches(lowers))):
            for i, size, cls in found:
                for j in range(i, i + size):
                    mark = f"{prefix}{'B' if j == i else 'I'}{cls}"
                    yield j, mark
                    if prefix == "gz=":  # a neighbour inside a known name is a strong hint
                        yield from ((k, f"{j - k}:{mark}") for k in (j - 1, j + 1) if 0 <= k < n)
