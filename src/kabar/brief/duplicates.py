"""Near-copies: articles that run the same copy, which sentences they share and what each added."""
from __future__ import annotations

from itertools import combinations

from ..model import Document
from ..stories.dedup import NEAR_THRESHOLD, jaccard_estimate, near_duplicates, shared_passages, signature
from .sources import outlet


def story_pairs(docs: list[Document], threshold: float = NEAR_THRESHOLD) -> list[dict]:
    """Near-copy pairs among a story's few documents (every pair compared)."""
    sigs = {d.id: signature(d.text) for d in docs}
    out = []
    for a, b in combinations(docs, 2):
        sim = jaccard_estimate(sigs[a.id], sigs[b.id])
        if sim >= threshold:
            out.append({"a": a.id, "b": b.id, "similarity": round(sim, 3),
                        "shared": len(shared_passages(a.text, b.text).shared)})
    return sorted(out, key=lambda p: -p["similarity"])


def store_pairs(store, threshold: float = NEAR_THRESHOLD) -> list[dict]:
    """Near-copy pairs over the whole store (MinHash + LSH), with shared and added sentences."""
    ids = [d.id for d in reversed(store.documents(limit=store.count()))]  # oldest first: the copy comes second
    texts = ((i, doc.text) for i in ids if (doc := store.get(i)) is not None and doc.text)  # one in memory at a time
    out = []
    for a_id, b_id, sim in near_duplicates(texts, threshold):
        a, b = store.get(a_id), store.get(b_id)
        sp = shared_passages(a.text, b.text)
        out.append({"a": _meta(a), "b": _meta(b), "similarity": sim, "shared": [x for x, _ in sp.shared],
                    "only_a": sp.only_a, "only_b": sp.only_b})
    return sorted(out, key=lambda p: -p["similarity"])


def _meta(doc: Document) -> dict:
    return {"doc_id": doc.id, "outlet": outlet(doc), "title": doc.title, "published": doc.published}
