"""State scores of the CRF (token x label), built from the model's weights without feature strings per token.

crfsuite scores a token by summing, for each of its features, that feature's weight row; features
the model never saw add nothing. The features of :class:`kabar.ner.features.FeatureMaker` that a
token owns depend only on its text, and so do those it lends each neighbour, so their summed rows
are kept per word type (in two growing arrays); a sentence then needs one lookup per token, a few
shifted array additions, and rows for the few position features (sentence start and end, cue and
gazetteer phrases, the word pair). What those ask of a word is kept per word type too (a capital in it,
whether it can open a cue or gazetteer phrase, its place among the model's word pairs), so a sentence
is read in Python only where it holds a phrase or no capital at all, and the word pairs are found by
one sorted search over the whole batch. :meth:`FeatureMaker.sentence` stays the one definition of the
features: ``tests/ner/test_ner_decode.py`` checks the sums against the strings it builds.
"""
from __future__ import annotations

import re
from typing import Iterator, Sequence

import numpy as np

from .crfmodel import CrfWeights
from .features import CUE_MATCHER, WINDOW, FeatureMaker
from .wordids import MISSING, FeatureIds

try:  # the compiled window sums (setup.py builds them where a C compiler is present); an older build lacks them
    from . import _crfdecode
except ImportError:
    _crfdecode = None
_WINDOW_COMPILED = hasattr(_crfdecode, "window")
_OFFSETS = np.array(WINDOW, dtype=np.int64)
# Word types kept; past this the cache starts again (a bound for long-running servers).
CACHE_WORDS = 100_000
_PAIR = "bi={}|{}"  # the word-pair feature of two lower-cased neighbours


class Emissions:
    """Per-sentence state-score matrices for one model and its feature maker."""

    def __init__(self, features: FeatureMaker, weights: CrfWeights):
        self.features, self.attrs, self.state = features, weights.attrs, weights.state
        self.n_labels = weights.state.shape[1]
        self.pad = np.stack([self.vector([f"{off}:pad"]) for off in WINDOW])
        self.bos, self.eos, self.lcs = (self.vector([f]) for f in ("bos", "eos", "lcs"))
        self._rows = np.vstack([self.state, np.zeros((1, self.n_labels))])  # the weights and a zero row
        self.ids = FeatureIds(features, self.attrs, len(self.state))
        self._pair_first, self._pair_second, self._pair_keys, self._pair_attrs = self._pair_index()
        self._reset()

    def _pair_index(self) -> tuple[dict[str, int], dict[str, int], np.ndarray, np.ndarray]:
        """The model's word-pair features as numbers: ids of the words that open and close a pair,
        and the pairs (first id x number of second words + second id) sorted, with their attribute ids.
        A word may hold '|' itself, so every cut of "bi=a|b" at a '|' is a pair: the feature string of
        two words is the attribute exactly when one of its cuts gives those two words."""
        first: dict[str, int] = {}
        second: dict[str, int] = {}
        pairs: list[tuple[int, int, int]] = []
        for attr, a in self.attrs.items():
            if not attr.startswith("bi="):
                continue
            rest = attr[3:]
            for cut in (m.start() for m in re.finditer(r"\|", rest)):
                x = first.setdefault(rest[:cut], len(first))
                pairs.append((x, second.setdefault(rest[cut + 1:], len(second)), a))
        keys = np.array([x * len(second) + y for x, y, _ in pairs], dtype=np.int64)
        order = np.argsort(keys, kind="stable")
        return first, second, keys[order], np.array([a for _, _, a in pairs], dtype=np.intp)[order]

    def _reset(self) -> None:
        """Empty the word cache."""
        self._index: dict[str, int] = {}
        self._own = np.zeros((1024, self.n_labels))
        self._ctx = np.zeros((1024, len(WINDOW), self.n_labels))
        self._capital = np.zeros(1024, dtype=bool)  # a capital letter anywhere in the word
        self._opens = np.zeros(1024, dtype=bool)  # the lower-cased word opens a cue or gazetteer phrase
        self._first = np.full(1024, -1, dtype=np.int64)  # its id as a pair's first word (-1: none)
        self._second = np.full(1024, -1, dtype=np.int64)  # and as a pair's second word

    def vector(self, feats: Sequence[str]) -> np.ndarray:
        """The summed weight rows of ``feats`` (unknown features add nothing)."""
        ids = [self.attrs[f] for f in feats if f in self.attrs]
        return self.state[ids].sum(axis=0) if ids else np.zeros(self.n_labels)

    def _learn(self, words: list[str]) -> None:
        """Cache the summed rows of new words, all in one array operation."""
        first = len(self._index)
        while first + len(words) > len(self._own):
            self._own = np.concatenate([self._own, np.zeros_like(self._own)])
            self._ctx = np.concatenate([self._ctx, np.zeros_like(self._ctx)])
            self._capital, self._opens = (np.concatenate([a, np.zeros_like(a)]) for a in (self._capital, self._opens))
            self._first, self._second = (np.concatenate([a, np.full_like(a, -1)]) for a in (self._first, self._second))
        self._learn_positions(words, first)
        ids, starts = self.ids.rows(words)
        flat = np.array(ids, dtype=np.intp)
        known = flat != MISSING
        starts = np.cumsum(known)[starts] - 1  # each list's first row (the zero row, always kept), once MISSING goes
        sums = np.add.reduceat(self._rows[flat[known]], starts).reshape(
            len(words), 1 + len(WINDOW), self.n_labels)
        self._own[first:first + len(words)] = sums[:, 0]
        self._ctx[first:first + len(words)] = sums[:, 1:]
        self._index.update((w, first + k) for k, w in enumerate(words))

    def _learn_positions(self, words: list[str], first: int) -> None:
        """What the position features ask of each new word, in the rows from ``first``."""
        lowers = [w.lower() for w in words]
        rows = slice(first, first + len(words))
        cue, gaz = CUE_MATCHER.lengths, self.features.gazetteer.lengths
        self._capital[rows] = [any(map(str.isupper, w)) for w in words]
        self._opens[rows] = [w in cue or w in gaz for w in lowers]
        self._first[rows] = [self._pair_first.get(w, -1) for w in lowers]
        self._second[rows] = [self._pair_second.get(w, -1) for w in lowers]

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
        idx = np.fromiter(map(index.__getitem__, flat), dtype=np.intp, count=len(flat))
        pos = np.arange(len(idx)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        window = self._compiled_window if _WINDOW_COMPILED else self.numpy_window
        out = window(idx, lengths, pos)
        self._add_phrase_features(out, sents, idx, lengths)
        self._add_pair_features(out, idx, pos)
        bounds = [0] + np.cumsum(lengths).tolist()  # each sentence's rows, cut as np.split cuts them (an empty
        return [out[a:b] for a, b in zip(bounds, bounds[1:])] or [out]  # batch gives its one empty array)

    def numpy_window(self, idx: np.ndarray, lengths: np.ndarray, pos: np.ndarray) -> np.ndarray:
        """Per token (``idx``: word rows; ``pos``: place in its sentence), its word's own row, the rows
        its neighbours lend (the padding row past the sentence), the sentence start and end rows."""
        size = np.repeat(lengths, lengths)
        out = self._own[idx]
        ctx = self._ctx[idx]
        for k, off in enumerate(WINDOW):
            inside = (pos + off >= 0) & (pos + off < size)
            src = np.clip(np.arange(len(idx)) + off, 0, max(len(idx) - 1, 0))
            out += np.where(inside[:, None], ctx[src, k], self.pad[k])
        out[pos == 0] += self.bos
        out[pos == size - 1] += self.eos
        return out

    def _compiled_window(self, idx: np.ndarray, lengths: np.ndarray, pos: np.ndarray) -> np.ndarray:
        """:meth:`numpy_window` by :mod:`kabar.ner._crfdecode` (the same rows added in the same order)."""
        out = np.empty((len(idx), self.n_labels))
        _crfdecode.window(self._own, self._ctx, idx, np.asarray(lengths, dtype=np.int64), _OFFSETS, self.pad,
                          self.bos, self.eos, out)
        return out

    def _add_phrase_features(self, out: np.ndarray, sents: Sequence[Sequence[str]], idx: np.ndarray,
                             lengths: np.ndarray) -> None:
        """Rows of the lower-case line and phrase features, read only in the sentences that can have
        them (no capital anywhere, or a word that opens a phrase) and tried only at those words."""
        bounds = np.concatenate([[0], np.cumsum(lengths)]).tolist()
        capitals = np.concatenate([[0], np.cumsum(self._capital[idx])])[bounds]
        opening = np.flatnonzero(self._opens[idx])
        cuts = np.searchsorted(opening, bounds).tolist()
        opening = opening.tolist()
        where: list[int] = []
        ids: list[int] = []
        get = self.attrs.get
        for n in np.flatnonzero((np.diff(capitals) == 0) | (np.diff(cuts) > 0)).tolist():
            toks, base = sents[n], bounds[n]
            at = [i - base for i in opening[cuts[n]:cuts[n + 1]]]
            lower_case = not capitals[n + 1] - capitals[n]
            for i, f in self._phrase_features(toks, [t.lower() for t in toks], at, lower_case):
                a = get(f)
                if a is not None:
                    where.append(base + i)
                    ids.append(a)
        if ids:
            np.add.at(out, np.array(where, dtype=np.intp), self.state[np.array(ids, dtype=np.intp)])

    def _add_pair_features(self, out: np.ndarray, idx: np.ndarray, pos: np.ndarray) -> None:
        """Rows of the word pairs ("bi=a|b" of each token and the one before it in its sentence), added
        last as :meth:`_position_features` yields them: one sorted search for the whole batch."""
        if len(idx) < 2 or not len(self._pair_keys):
            return
        a, b = self._first[idx[:-1]], self._second[idx[1:]]
        key = a * len(self._pair_second) + b
        at = np.minimum(np.searchsorted(self._pair_keys, key), len(self._pair_keys) - 1)
        hit = np.flatnonzero((a >= 0) & (b >= 0) & (pos[1:] > 0) & (self._pair_keys[at] == key))
        if len(hit):
            out[hit + 1] += self.state[self._pair_attrs[at[hit]]]

    def _position_features(self, tokens: Sequence[str]) -> Iterator[tuple[int, str]]:
        """(token, feature) for the features :meth:`FeatureMaker.sentence` adds beyond the word's own
        and its neighbours' (which come from the cache)."""
        lowers = [t.lower() for t in tokens]
        yield from self._phrase_features(tokens, lowers)
        yield from ((i, _PAIR.format(lowers[i - 1], lowers[i])) for i in range(1, len(tokens)))

    def _phrase_features(self, tokens: Sequence[str], lowers: list[str], at: Sequence[int] | None = None,
                         lower_case: bool | None = None) -> Iterator[tuple[int, str]]:
        """The position features but the word pairs: lower-case line, cue and gazetteer phrases (``at``:
        the positions of every word that opens a phrase, when known; ``lower_case``: no capital anywhere)."""
        n = len(tokens)
        if lower_case is None:
            lower_case = not any(map(str.isupper, "".join(tokens)))  # each character tested, in C
        if lower_case:
            yield from ((i, "lcs") for i in range(n))
        for prefix, found in (("mq=", CUE_MATCHER.matches(lowers, at)),
                              ("gz=", self.features.gazetteer.matches(lowers, at))):
            for i, size, cls in found:
                for j in range(i, i + size):
                    mark = f"{prefix}{'B' if j == i else 'I'}{cls}"
                    yield j, mark
                    if prefix == "gz=":  # a neighbour inside a known name is a strong hint
                        yield from ((k, f"{j - k}:{mark}") for k in (j - 1, j + 1) if 0 <= k < n)
