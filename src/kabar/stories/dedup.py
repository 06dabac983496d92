"""Exact and near-duplicate articles (MinHash + LSH) and the passages two articles share.

Near-duplicates: word 3-shingles, a 128-value MinHash signature (numpy,
universal hashing modulo a Mersenne prime), and LSH banding (64 bands x 2
rows) so only documents colliding in a band are compared; candidate pairs
are kept when the estimated Jaccard similarity passes the threshold. The
work per document is constant, so the total is linear in the collection.

Shared passages: two outlets running the same wire copy with edits share
most sentences; :func:`shared_passages` says which sentences they share and
which each one added.
"""
from __future__ import annotations

import re
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

import numpy as np

SHINGLE = 3  # words per shingle: long enough that topic words alone rarely collide, short enough to survive edits
PERMS = 128
BANDS = 64  # 64 bands x 2 rows: pairs at J=0.4 collide with p>0.99; candidates are then checked
NEAR_THRESHOLD = 0.4  # estimated Jaccard from which two articles count as copies
MERSENNE = (1 << 61) - 1
SEED = 20240521
WORD = re.compile(r"[^\W_]+")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
SENTENCE_MATCH = 0.8  # word-set overlap from which two sentences are "the same" (light edits allowed)

_rng = np.random.default_rng(SEED)
_A = _rng.integers(1, MERSENNE, PERMS, dtype=np.uint64)
_B = _rng.integers(0, MERSENNE, PERMS, dtype=np.uint64)


def shingles(text: str, k: int = SHINGLE) -> np.ndarray:
    """32-bit hashes of the word k-grams of ``text`` (lower-cased)."""
    toks = [m.group().lower() for m in WORD.finditer(text)]
    grams = {" ".join(toks[i:i + k]) for i in range(max(1, len(toks) - k + 1))} if toks else set()
    return np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams), dtype=np.uint64, count=len(grams))


def signature(text: str) -> np.ndarray:
    """The MinHash signature (PERMS values) of ``text``."""
    h = shingles(text)
    if h.size == 0:
        return np.full(PERMS, MERSENNE, dtype=np.uint64)
    # (a*h + b) mod p with a, h < 2^61, 2^32: split a to keep the product inside 64 bits.
    a_hi, a_lo = _A >> np.uint64(32), _A & np.uint64(0xFFFFFFFF)
    hv = h[:, None]
    prod = ((a_hi * hv % MERSENNE) << np.uint64(32)) % MERSENNE + a_lo * hv
    return ((prod + _B) % MERSENNE).min(axis=0)


def jaccard_estimate(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a == b))


@dataclass
class DuplicateIndex:
    """Signatures bucketed by LSH band; add documents one at a time."""

    threshold: float = NEAR_THRESHOLD
    signatures: dict[str, np.ndarray] = field(default_factory=dict)
    _bands: dict[tuple[int, bytes], list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, doc_id: str, text: str) -> list[tuple[str, float]]:
        """Index ``text``; returns the earlier documents it nearly copies, with estimated Jaccard."""
        sig = signature(text)
        rows = PERMS // BANDS
        seen: set[str] = set()
        for b in range(BANDS):
            key = (b, sig[b * rows:(b + 1) * rows].tobytes())
            seen.update(self._bands[key])
            self._bands[key].append(doc_id)
        self.signatures[doc_id] = sig
        hits = [(other, jaccard_estimate(sig, self.signatures[other])) for other in seen]
        return sorted([h for h in hits if h[1] >= self.threshold], key=lambda h: -h[1])


def near_duplicates(docs: Iterable[tuple[str, str]], threshold: float = NEAR_THRESHOLD) -> list[tuple[str, str, float]]:
    """All (earlier id, later id, estimated Jaccard) pairs of near-copies among (id, text) items."""
    index = DuplicateIndex(threshold)
    out = []
    for doc_id, text in docs:
        out.extend((other, doc_id, round(j, 3)) for other, j in index.add(doc_id, text))
    return out


@dataclass
class SharedPassages:
    """Which sentences two articles share and which each one has alone."""

    shared: list[tuple[str, str]]  # (sentence in a, sentence in b)
    only_a: list[str]
    only_b: list[str]


def sentences(text: str) -> list[str]:
    """A light sentence split, enough to align copies of one text."""
    return [s.strip() for s in SENTENCE_END.split(text) if len(WORD.findall(s)) >= 3]


def shared_passages(a: str, b: str) -> SharedPassages:
    """Align the sentences of two articles: shared (allowing light edits) and added by each."""
    sa, sb = sentences(a), sentences(b)
    wa = [set(w.lower() for w in WORD.findall(s)) for s in sa]
    wb = [set(w.lower() for w in WORD.findall(s)) for s in sb]
    used_b: set[int] = set()
    shared, only_a = [], []
    for i, words_a in enumerate(wa):
        j = _best_match(words_a, wb, used_b)
        if j is None:
            only_a.append(sa[i])
        else:
            used_b.add(j)
            shared.append((sa[i], sb[j]))
    return SharedPassages(shared, only_a, [s for j, s in enumerate(sb) if j not in used_b])


def _best_match(words: set[str], candidates: list[set[str]], used: set[int]) -> int | None:
    """The unused candidate sentence with the highest overlap ≥ SENTENCE_MATCH."""
    best, best_score = None, SENTENCE_MATCH
    for j, other in enumerate(candidates):
        if j in used or not words or not other:
            continue
        score = len(words & other) / max(len(words), len(other))
        if score >= best_score:
            best, best_score = j, score
    return best
