"""Distributional word clusters trained on unlabeled Indonesian text.

Words that occur in the same contexts (``di [Jakarta]``, ``kata [Jokowi]``)
land in the same cluster, so the tagger generalises from names it saw in
training to names it never saw. Recipe: directional co-occurrence counts in a
±2 window, positive PMI with smoothed context probabilities, truncated SVD,
then k-means at several granularities. Every word maps to one cluster id per
granularity, coarse first, and then to a casing class: how often cased text
writes it with a capital away from the sentence start. That last column lets a
lower-cased line ("kata jokowi di bandung") still say which words are names.
The table is stored as gzipped TSV.
"""
from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path
from typing import Iterable, Sequence

# Context offsets counted as separate (directional) context features.
CONTEXT_OFFSETS = (-2, -1, 1, 2)
# Exponent that flattens the context distribution (Levy, Goldberg & Dagan 2015).
CONTEXT_ALPHA = 0.75
# Defaults, chosen by NER F1 on NERGrit test and NER UI fold 1 for ~1.5M tokens of text.
MIN_COUNT = 2
MAX_WORDS = 60_000
MAX_CONTEXTS = 8_000
DIMENSIONS = 100
GRANULARITIES = (32, 128, 512, 2048)
# Upper bounds of the share of capitalised mid-sentence uses for casing classes 0..4.
CASE_BOUNDS = (0.05, 0.3, 0.7, 0.95)
# Fewer mid-sentence uses than this: casing unknown ("u").
CASE_MIN_USES = 2


def vocabulary(sentences: Iterable[Sequence[str]], min_count: int, limit: int) -> list[str]:
    """The ``limit`` most frequent lower-cased words seen at least ``min_count`` times."""
    counts = Counter(w for s in sentences for w in s if w.strip() and not any(c.isspace() for c in w))
    return [w for w, c in counts.most_common(limit) if c >= min_count]


def cooccurrence(sentences: Sequence[Sequence[str]], words: list[str], contexts: list[str]):
    """Sparse matrix of (word, offset-context) counts."""
    import numpy as np
    from scipy import sparse

    w_index = {w: i for i, w in enumerate(words)}
    c_index = {c: i for i, c in enumerate(contexts)}
    rows, cols = [], []
    width = len(contexts)
    for sent in sentences:
        for i, word in enumerate(sent):
            wi = w_index.get(word)
            if wi is None:
                continue
            for k, off in enumerate(CONTEXT_OFFSETS):
                j = i + off
                ci = c_index.get(sent[j]) if 0 <= j < len(sent) else None
                if ci is not None:
                    rows.append(wi)
                    cols.append(k * width + ci)
    data = np.ones(len(rows), dtype=np.float32)
    shape = (len(words), width * len(CONTEXT_OFFSETS))
    return sparse.coo_matrix((data, (rows, cols)), shape=shape).tocsr()


def ppmi(counts):
    """Positive pointwise mutual information with smoothed context probabilities."""
    import numpy as np
    from scipy import sparse

    total = counts.sum()
    row = np.asarray(counts.sum(axis=1)).ravel() / total
    col = np.asarray(counts.sum(axis=0)).ravel() ** CONTEXT_ALPHA
    col = col / col.sum()
    coo = counts.tocoo()
    with np.errstate(divide="ignore"):
        pmi = np.log((coo.data / total) / (row[coo.row] * col[coo.col] + 1e-12))
    keep = pmi > 0
    return sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=counts.shape)


def casing_classes(sentences: Iterable[Sequence[str]]) -> dict[str, str]:
    """Lower-cased word -> casing class from cased text (sentence-initial tokens ignored)."""
    capital, total = Counter(), Counter()
    for sent in sentences:
        for word in sent[1:]:
            if word[:1].isalpha():
                key = word.lower()
                total[key] += 1
                capital[key] += word[:1].isupper()
    out = {}
    for word, n in total.items():
        if n >= CASE_MIN_USES:
            share = capital[word] / n
            out[word] = str(sum(share >= b for b in CASE_BOUNDS))
    return out


def build(sentences: Sequence[Sequence[str]], cased: Iterable[Sequence[str]] = (), *, min_count: int = MIN_COUNT, max_words: int = MAX_WORDS,
          max_contexts: int = MAX_CONTEXTS, dims: int = DIMENSIONS,
          granularities: Sequence[int] = GRANULARITIES, seed: int = 0) -> dict[str, tuple[str, ...]]:
    """Table ``word -> (cluster id per granularity..., casing class)``.

    ``sentences`` are lower-cased token lists to cluster; ``cased`` is text with its
    original capitals (the casing statistics must not see lower-cased corpora).
    """
    from threadpoolctl import threadpool_limits

    words = vocabulary(sentences, min_count, max_words)
    contexts = words[:max_contexts]
    matrix = ppmi(cooccurrence(sentences, words, contexts))
    with threadpool_limits(1):  # multi-threaded BLAS sums in varying order: not reproducible
        ids = _cluster(matrix, dims, granularities, seed)
    casing = casing_classes(cased)
    return {w: tuple(str(int(g[i])) for g in ids) + (casing.get(w, "u"),) for i, w in enumerate(words)}


def _cluster(matrix, dims: int, granularities: Sequence[int], seed: int) -> list:
    """Cluster labels of the rows of ``matrix`` at each granularity."""
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    vectors = TruncatedSVD(dims, random_state=seed).fit_transform(matrix)
    vectors = normalize(vectors)  # cosine geometry for k-means
    ids = []
    for k in granularities:
        km = MiniBatchKMeans(n_clusters=min(k, matrix.shape[0]), random_state=seed, n_init=3,
                             batch_size=4096)
        ids.append(km.fit_predict(vectors))
    return ids


def save(table: dict[str, tuple[str, ...]], path: Path) -> None:
    """Write the table as gzipped ``word<TAB>id<TAB>id...`` lines (deterministic bytes)."""
    lines = "".join(w + "\t" + "\t".join(ids) + "\n" for w, ids in sorted(table.items()))
    with open(path, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(lines.encode("utf-8"))


def load(path: Path) -> dict[str, tuple[str, ...]]:
    """Read a table written by :func:`save`."""
    table = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            word, *ids = line.rstrip("\n").split("\t")
            table[word] = tuple(ids)
    return table
