"""Independent sources: near-copies, pieces crediting one wire, and one sentence run by several outlets.

Three outlets running one agency's copy are one source, not three
confirmations. Documents are joined (union-find) when their texts are
near-copies (MinHash estimate of shingle Jaccard >= NEAR_THRESHOLD), when they
credit the same wire or agency in their byline ("Sumber: Antara"), and, for
one figure, when the sentences stating it are the same sentence lightly
edited (a shared press release). "3 outlets, 2 independent".
"""
from __future__ import annotations

from itertools import combinations

from ..brief.sources import outlet
from ..model import Document
from ..stories.dedup import NEAR_THRESHOLD, SENTENCE_MATCH, WORD, jaccard_estimate, signature
from .model import Claim


class Sources:
    """Which documents share an origin."""

    def __init__(self, docs: list[Document]):
        self.parent = {d.id: d.id for d in docs}
        self.outlet = {d.id: outlet(d) or d.id for d in docs}
        sigs = {d.id: signature(d.text) for d in docs if d.text}
        for a, b in combinations(docs, 2):
            if a.id in sigs and b.id in sigs and jaccard_estimate(sigs[a.id], sigs[b.id]) >= NEAR_THRESHOLD:
                self.join(a.id, b.id)
            elif _agencies(a) & _agencies(b):
                self.join(a.id, b.id)

    def root(self, doc_id: str) -> str:
        self.parent.setdefault(doc_id, doc_id)
        while self.parent[doc_id] != doc_id:
            self.parent[doc_id] = self.parent[self.parent[doc_id]]
            doc_id = self.parent[doc_id]
        return doc_id

    def join(self, a: str, b: str) -> None:
        self.parent[self.root(a)] = self.root(b)

    def count(self, claims: list[Claim]) -> tuple[int, int]:
        """(outlets, independent sources) among the documents stating ``claims``."""
        docs = {c.doc.id: c for c in claims}
        roots = {d: self.root(d) for d in docs}
        for (a, ca), (b, cb) in combinations(docs.items(), 2):
            if roots[a] != roots[b] and same_sentence(ca.sent.text, cb.sent.text):
                old = roots[a]
                roots = {d: (roots[b] if r == old else r) for d, r in roots.items()}
        return len({self.outlet.get(d, d) for d in docs}), len(set(roots.values()))


def _agencies(doc: Document) -> set[str]:
    return {a.strip().lower() for a in doc.byline.agencies if a.strip()}


def same_sentence(a: str, b: str) -> bool:
    """Whether two sentences are one sentence lightly edited (word-set overlap)."""
    wa, wb = {w.lower() for w in WORD.findall(a)}, {w.lower() for w in WORD.findall(b)}
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= SENTENCE_MATCH
