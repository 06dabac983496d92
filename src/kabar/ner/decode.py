"""Best label paths and marginal probabilities of a linear-chain CRF, many sentences at once.

The same computations as crfsuite's tagger (``crf1d_context.c``): Viterbi with the first
best predecessor kept on ties, and forward-backward marginals, here in numpy over a batch
of sentences padded to one length, so one document costs a few dozen array operations per
token position rather than Python work per token and label.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

try:  # the compiled Viterbi (setup.py builds it where a C compiler is present): the same paths, faster
    from . import _crfdecode
except ImportError:
    _crfdecode = None


def pad(emissions: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The emissions stacked into (sentences, longest, labels), zeros after each end, and the lengths."""
    lengths = np.array([len(e) for e in emissions])
    out = np.zeros((len(emissions), int(lengths.max()), emissions[0].shape[1]))
    for s, e in enumerate(emissions):
        out[s, :len(e)] = e
    return out, lengths


def viterbi(emissions: Sequence[np.ndarray], trans: np.ndarray) -> list[list[int]]:
    """The best label index sequence of each sentence (``emissions``: one (tokens, labels) array each)."""
    if not emissions:
        return []
    if _crfdecode is not None and all(len(e) for e in emissions):
        return _compiled_viterbi(emissions, trans)
    return numpy_viterbi(emissions, trans)


def _compiled_viterbi(emissions: Sequence[np.ndarray], trans: np.ndarray) -> list[list[int]]:
    """:func:`viterbi` by :mod:`kabar.ner._crfdecode`, all sentences in one call."""
    lengths = [len(e) for e in emissions]
    flat = np.ascontiguousarray(np.concatenate(emissions), dtype=np.float64)
    out = np.empty(len(flat), dtype=np.int64)
    _crfdecode.viterbi(flat, np.array(lengths, dtype=np.int64), np.ascontiguousarray(trans, dtype=np.float64), out)
    labels, paths, at = out.tolist(), [], 0
    for n in lengths:
        paths.append(labels[at:at + n])
        at += n
    return paths


def numpy_viterbi(emissions: Sequence[np.ndarray], trans: np.ndarray) -> list[list[int]]:
    """:func:`viterbi` in numpy, a batch of sentences padded to one length (where the compiled one is missing)."""
    em, lengths = pad(emissions)
    n_sent, longest, n_labels = em.shape
    back = np.zeros((n_sent, longest, n_labels), dtype=np.intp)
    hist = np.empty_like(em)  # the best score of each label at each position
    hist[:, 0] = em[:, 0]
    cand = np.empty((n_sent, n_labels, n_labels))
    for t in range(1, longest):  # written in place: a few array calls per position
        np.add(hist[:, t - 1, :, None], trans, out=cand)  # (sentence, from, to)
        np.argmax(cand, axis=1, out=back[:, t])  # the first maximum, as crfsuite keeps it
        np.max(cand, axis=1, out=hist[:, t])
        hist[:, t] += em[:, t]
    last = hist[np.arange(n_sent), lengths - 1].argmax(axis=1)
    return [_backtrack(back[s, :n].tolist(), int(last[s]), int(n)) for s, n in enumerate(lengths)]


def _backtrack(back: list[list[int]], last: int, n: int) -> list[int]:
    """Follow the back pointers from the last label to the first."""
    path = [last]
    for t in range(n - 1, 0, -1):
        path.append(back[t][path[-1]])
    path.reverse()
    return path


def marginals(emissions: Sequence[np.ndarray], trans: np.ndarray) -> list[np.ndarray]:
    """P(label at t | sentence) for every token of each sentence, by scaled forward-backward."""
    if not emissions:
        return []
    if _crfdecode is not None and all(len(e) for e in emissions):
        return _compiled_marginals(emissions, trans)
    return numpy_marginals(emissions, trans)


def _compiled_marginals(emissions: Sequence[np.ndarray], trans: np.ndarray) -> list[np.ndarray]:
    """:func:`marginals` by :mod:`kabar.ner._crfdecode`, all sentences in one call (the exponentials
    taken here, as the numpy version takes them)."""
    lengths = np.array([len(e) for e in emissions], dtype=np.int64)
    flat = np.concatenate(emissions)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    top = np.maximum.reduceat(flat.max(axis=1), starts)  # each sentence's highest score
    states = np.ascontiguousarray(np.exp(flat - np.repeat(top, lengths)[:, None]), dtype=np.float64)
    out = np.empty_like(states)
    _crfdecode.marginals(states, lengths, np.ascontiguousarray(np.exp(trans), dtype=np.float64), out)
    cuts = starts.tolist() + [len(out)]  # each sentence's rows, as np.split cuts them (plain slices)
    return [out[a:b] for a, b in zip(cuts, cuts[1:])]


def numpy_marginals(emissions: Sequence[np.ndarray], trans: np.ndarray) -> list[np.ndarray]:
    """:func:`marginals` in numpy, a batch of sentences padded to one length (where the compiled one is missing)."""
    em, lengths = pad(emissions)
    n_sent, longest, _ = em.shape
    top = np.array([e.max() for e in emissions])[:, None, None]
    states = np.exp(em - top)  # a constant per sentence cancels in the normalised products
    states[np.arange(longest)[None, :] >= lengths[:, None]] = 1.0  # past a sentence's end: inert
    e_trans = np.exp(trans)
    alpha = _scaled_pass(states, e_trans)
    rev = np.ones_like(states)
    for s, n in enumerate(lengths):  # each sentence reversed, so the backward pass runs forward too
        rev[s, :n] = states[s, n - 1::-1]
    beta_rev = _scaled_pass(rev, e_trans.T, emit_first=False)
    out = []
    for s, n in enumerate(lengths):
        prod = alpha[s, :n] * beta_rev[s, n - 1::-1]
        out.append(prod / prod.sum(axis=1, keepdims=True))
    return out


def _scaled_pass(states: np.ndarray, e_trans: np.ndarray, emit_first: bool = True) -> np.ndarray:
    """Forward sums normalised at each step. With ``emit_first`` False this is the backward pass
    over reversed sentences: position t holds sum over the next labels of trans * state * beta."""
    n_sent, longest, n_labels = states.shape
    out = np.empty_like(states)
    cur = states[:, 0].copy() if emit_first else np.ones((n_sent, n_labels))
    cur /= cur.sum(axis=1, keepdims=True)
    out[:, 0] = cur
    for t in range(1, longest):
        if emit_first:
            cur = cur @ e_trans
            cur *= states[:, t]
        else:
            cur *= states[:, t - 1]
            cur = cur @ e_trans
        cur /= cur.sum(axis=1, keepdims=True)
        out[:, t] = cur
    return out
