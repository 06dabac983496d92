"""Storylines: stories of one continuing topic, linked regardless of their dates.

Two stories belong to one storyline when their centroids are close on
content words and canonical entities, with no date penalty (an arrest in
March and its verdict in September). Linking is transitive (union-find over
candidate pairs that share a strong key), so the cost stays near-linear.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from .cluster import Story, _norm as vector_norm, cosine, entity_overlap
from .features import ENTITY_PREFIX, DocFreq

LINK_KEYS = 10  # a story's strongest words/entities used to find related stories
MAX_POSTING = 500  # keys shared by more stories than this are too common to link on


@dataclass(frozen=True)
class LineWeights:
    """How story similarity combines for storylines; calibrated by benchmarks/stories.py."""

    text: float = 0.5
    entity: float = 0.5
    threshold: float = 0.35


def story_similarity(a: Story, b: Story, df: DocFreq, w: LineWeights, norms: dict[str, float] | None = None) -> float:
    """Symmetric content + entity similarity of two stories (dates ignored); ``norms`` caches term-vector norms."""
    if norms is None:
        text = cosine(a.terms, b.terms, df.idf)
    else:
        text = cosine(a.terms, b.terms, df.idf, _cached_norm(b, df, norms), _cached_norm(a, df, norms))
    ents = (entity_overlap(a.entities, b.entities, df.idf) + entity_overlap(b.entities, a.entities, df.idf)) / 2
    return w.text * text + w.entity * ents


def link_storylines(stories: Iterable[Story], df: DocFreq, w: LineWeights | None = None) -> dict[str, str]:
    """Story id -> storyline id (the id of the storyline's earliest story)."""
    w = w or LineWeights()
    stories = sorted(stories, key=lambda s: (s.start or 0, s.id))
    parent = {s.id: s.id for s in stories}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_id = {s.id: s for s in stories}
    norms: dict[str, float] = {}  # each story's norm once, not once per pair
    for a_id, b_id in _candidate_pairs(stories, df):
        ra, rb = find(a_id), find(b_id)
        if ra != rb and story_similarity(by_id[a_id], by_id[b_id], df, w, norms) >= w.threshold:
            first, second = sorted((ra, rb), key=lambda r: (by_id[r].start or 0, r))
            parent[second] = first
    return {s.id: find(s.id) for s in stories}


def _cached_norm(s: Story, df: DocFreq, norms: dict[str, float]) -> float:
    """The IDF-weighted norm of a story's terms, computed on first use."""
    value = norms.get(s.id)
    if value is None:
        value = norms[s.id] = vector_norm(s.terms, df.idf)
    return value


def _candidate_pairs(stories: list[Story], df: DocFreq) -> list[tuple[str, str]]:
    """Pairs of stories sharing one of their strongest keys."""
    posting: dict[str, list[str]] = defaultdict(list)
    for s in stories:
        for key in _keys(s, df):
            posting[key].append(s.id)
    pairs: set[tuple[str, str]] = set()
    for ids in posting.values():
        if len(ids) > MAX_POSTING:
            continue
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                pairs.add((a, b))
    return sorted(pairs)


def _keys(s: Story, df: DocFreq) -> list[str]:
    idf = df.idf
    top_t = sorted(s.terms, key=lambda k: -s.terms[k] * idf(k))[:LINK_KEYS]
    top_e = sorted(s.entities, key=lambda e: -s.entities[e] * idf(ENTITY_PREFIX + e))[:LINK_KEYS]
    return top_t + [ENTITY_PREFIX + e for e in top_e]
