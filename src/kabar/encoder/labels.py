"""BIO label sets and the constrained decoding of per-word label scores into a valid BIO sequence."""
from __future__ import annotations

from typing import Sequence

import numpy as np


def bio_labels(types: Sequence[str]) -> list[str]:
    """``O`` then ``B-``/``I-`` of each type, in that order."""
    return ["O"] + [f"{p}-{t}" for t in types for p in ("B", "I")]


def allowed_transitions(labels: Sequence[str]) -> np.ndarray:
    """``[from, to]`` True where BIO allows ``to`` after ``from`` (``I-X`` only after ``B-X``/``I-X``)."""
    n = len(labels)
    ok = np.ones((n, n), dtype=bool)
    for j, to in enumerate(labels):
        if to.startswith("I-"):
            ok[:, j] = [frm[2:] == to[2:] and frm != "O" for frm in labels]
    return ok


def decode(logp: np.ndarray, labels: Sequence[str], ok: np.ndarray | None = None) -> list[int]:
    """The highest-scoring valid BIO sequence (Viterbi) over ``[words, labels]`` log-probabilities."""
    if len(logp) == 0:
        return []
    ok = allowed_transitions(labels) if ok is None else ok
    forbid = np.where(ok, 0.0, -np.inf)
    start = np.array([0.0 if not lab.startswith("I-") else -np.inf for lab in labels])
    score = logp[0] + start
    back = np.zeros(logp.shape, dtype=np.int64)
    for t in range(1, len(logp)):
        cand = score[:, None] + forbid
        back[t] = cand.argmax(axis=0)
        score = cand.max(axis=0) + logp[t]
    path = [int(score.argmax())]
    for t in range(len(logp) - 1, 0, -1):
        path.append(int(back[t][path[-1]]))
    return path[::-1]
