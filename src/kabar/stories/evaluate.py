"""B-cubed precision and recall of a clustering against gold clusters."""
from __future__ import annotations

from collections import defaultdict


def bcubed(gold: dict[str, str], pred: dict[str, str]) -> dict[str, float]:
    """Per-item B-cubed P/R/F1 over the items both mappings (item -> cluster) share."""
    keys = [k for k in gold if k in pred]
    if not keys:
        return {"p": 0.0, "r": 0.0, "f1": 0.0, "items": 0}
    g, p = defaultdict(set), defaultdict(set)
    for k in keys:
        g[gold[k]].add(k)
        p[pred[k]].add(k)
    prec = sum(len(g[gold[k]] & p[pred[k]]) / len(p[pred[k]]) for k in keys) / len(keys)
    rec = sum(len(g[gold[k]] & p[pred[k]]) / len(g[gold[k]]) for k in keys) / len(keys)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"p": round(prec, 4), "r": round(rec, 4), "f1": round(f1, 4), "items": len(keys)}
