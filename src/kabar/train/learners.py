"""Two small learners in numpy, writing the JSON that :mod:`kabar.clean.model` reads.

* gradient-boosted trees of a fixed depth on binned features, logistic loss,
  Newton leaf values with an L2 penalty, deterministic (no sampling);
* L2-regularised logistic regression over standardised features (Newton steps).

They exist so training needs nothing beyond numpy and the run-time model is a
plain JSON file.
"""
from __future__ import annotations

import numpy as np

MAX_BINS = 32


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def fit_gbdt(X: np.ndarray, y: np.ndarray, w: np.ndarray | None = None, *, trees: int = 150, depth: int = 3,
             rate: float = 0.1, min_leaf: float = 5.0, l2: float = 1.0) -> dict:
    """Boosted trees for a 0/1 target; ``w`` weights the rows."""
    w = np.ones(len(y)) if w is None else w
    cuts = [_cuts(X[:, j]) for j in range(X.shape[1])]
    codes = np.stack([np.searchsorted(c, X[:, j], side="left") for j, c in enumerate(cuts)], axis=1)
    prior = np.clip(np.average(y, weights=w), 1e-3, 1 - 1e-3)
    base = float(np.log(prior / (1 - prior)))
    margin = np.full(len(y), base)
    feats, threshs, leaves = [], [], []
    for _ in range(trees):
        p = sigmoid(margin)
        g, h = (p - y) * w, np.maximum(p * (1 - p), 1e-6) * w
        f, t, leaf = _grow(codes, cuts, g, h, depth, min_leaf, l2)
        feats.append(f), threshs.append(t), leaves.append(leaf)
        margin += rate * _apply(X, f, t, leaf, depth)
    return {"kind": "gbdt", "base": base, "learning_rate": rate, "depth": depth,
            "feature": [list(map(int, f)) for f in feats],
            "threshold_at": [[float(v) if np.isfinite(v) else 1e300 for v in t] for t in threshs],
            "leaf": [list(map(float, v)) for v in leaves]}


def _cuts(col: np.ndarray) -> np.ndarray:
    """Candidate thresholds: midpoints between distinct values (quantiles when there are many)."""
    vals = np.unique(col)
    if len(vals) > MAX_BINS:
        vals = np.unique(np.quantile(col, np.linspace(0, 1, MAX_BINS + 1)))
    return (vals[:-1] + vals[1:]) / 2 if len(vals) > 1 else np.zeros(0)


def _grow(codes, cuts, g, h, depth, min_leaf, l2):
    """One complete tree: internal nodes (feature, threshold) level by level, then leaf values."""
    n_int = 2 ** depth - 1
    feat, thresh = np.zeros(n_int, dtype=np.int64), np.full(n_int, np.inf)
    node = np.zeros(len(g), dtype=np.int64)
    for i in range(n_int):
        rows = node == i
        best = _best_split(codes[rows], g[rows], h[rows], cuts, min_leaf, l2)
        if best:
            feat[i], thresh[i] = best
        right = rows & (codes[:, feat[i]] > _code_of(cuts[feat[i]], thresh[i])) if best else np.zeros_like(rows)
        node[rows] = 2 * i + 1
        node[right] = 2 * i + 2
    leaf = np.zeros(n_int + 1)
    for j in range(n_int + 1):
        rows = node == n_int + j
        leaf[j] = -g[rows].sum() / (h[rows].sum() + l2) if rows.any() else 0.0
    return feat, thresh, leaf


def _code_of(cut: np.ndarray, t: float) -> int:
    """The bin code below which values go left for threshold ``t``."""
    return int(np.searchsorted(cut, t, side="left"))


def _best_split(codes, g, h, cuts, min_leaf, l2):
    """(feature, threshold) with the largest gain, or None."""
    if len(g) < 2 * min_leaf:
        return None
    G, H = g.sum(), h.sum()
    parent = G * G / (H + l2)
    best, best_gain = None, 1e-9
    for j, cut in enumerate(cuts):
        if not len(cut):
            continue
        nb = len(cut) + 1
        gl = np.cumsum(np.bincount(codes[:, j], weights=g, minlength=nb))[:-1]
        hl = np.cumsum(np.bincount(codes[:, j], weights=h, minlength=nb))[:-1]
        cl = np.cumsum(np.bincount(codes[:, j], minlength=nb))[:-1]
        ok = (cl >= min_leaf) & (len(g) - cl >= min_leaf)
        if not ok.any():
            continue
        gain = gl ** 2 / (hl + l2) + (G - gl) ** 2 / (H - hl + l2) - parent
        gain[~ok] = -np.inf
        k = int(np.argmax(gain))
        if gain[k] > best_gain:
            best, best_gain = (j, float(cut[k])), float(gain[k])
    return best


def _apply(X, feat, thresh, leaf, depth):
    node = np.zeros(len(X), dtype=np.int64)
    for _ in range(depth):
        node = 2 * node + 1 + (X[np.arange(len(X)), feat[node]] > thresh[node])
    return leaf[node - (2 ** depth - 1)]


def fit_logreg(X: np.ndarray, y: np.ndarray, w: np.ndarray | None = None, *, l2: float | np.ndarray = 1.0,
               steps: int = 50) -> dict:
    """L2-regularised logistic regression by Newton's method on standardised columns.

    ``l2`` is one penalty for every column or one per column.
    """
    w = np.ones(len(y)) if w is None else w
    mean, scale = X.mean(axis=0), X.std(axis=0)
    scale[scale < 1e-9] = 1.0
    Z = np.hstack([(X - mean) / scale, np.ones((len(X), 1))])
    beta = np.zeros(Z.shape[1])
    reg = np.append(np.broadcast_to(np.asarray(l2, dtype=float), (X.shape[1],)), 0.0)
    for _ in range(steps):
        p = sigmoid(Z @ beta)
        grad = Z.T @ ((p - y) * w) + reg * beta
        hess = (Z * (p * (1 - p) * w)[:, None]).T @ Z + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return {"kind": "logreg", "mean": mean.tolist(), "scale": scale.tolist(), "coef": beta[:-1].tolist(),
            "intercept": float(beta[-1])}
