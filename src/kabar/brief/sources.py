"""What every part of a briefing shares: references into documents and sentence comparison.

A :class:`Sent` is one sentence of one document with the content-word stems
and canonical entities it mentions; :func:`similarity` says how much two
sentences state the same thing, so a fact told by several outlets is cited
with all of them.
"""
from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlparse

from ..model import Document
from ..stories.features import content_stems

ENTITY_FLOOR = 0.75  # the share of the word overlap kept when two sentences name no common party
SENTENCE_ENDS = frozenset(".!?\"”’')…")  # subheadings and captions end without one
MIN_WORDS = 5
ENTITY_TERM = "@"  # marks an entity key among stems in one bag of terms
_DIGITS = re.compile(r"\d[\d.,/]*\d|\d")  # shorter lines (subheadings, captions) are not statements


@dataclass
class Sent:
    """One sentence of one document, ready for comparison."""

    doc: Document
    index: int
    start: int
    end: int
    stems: frozenset[str]
    entities: frozenset[str]
    words: int
    numbers: int = 0
    dates: int = 0

    @property
    def text(self) -> str:
        return self.doc.text[self.start:self.end]


def outlet(doc: Document) -> str | None:
    """The outlet name, or the host of its URL when the outlet is unknown."""
    if doc.source.outlet:
        return doc.source.outlet
    if doc.source.url:
        host = urlparse(doc.source.url).hostname or ""
        return host.removeprefix("www.") or None
    return None


def ref(doc: Document, start: int, end: int) -> dict:
    """A citation of ``doc.text[start:end]`` (the briefing's Ref)."""
    return {"doc_id": doc.id, "outlet": outlet(doc), "published": doc.published, "start": start, "end": end}


def entity_key(entity) -> str:
    """The id that joins mentions of one entity across documents."""
    return entity.entity_id or (entity.canonical or entity.text).lower()


def sentences(doc: Document) -> list[Sent]:
    """Every sentence of ``doc`` with its stems, entities, numbers and dates."""
    spans = [(s.start, s.end) for s in doc.sentences] or [(0, len(doc.text))]
    starts = [s for s, _ in spans]
    ents: list[set[str]] = [set() for _ in spans]
    numbers, dates = [0] * len(spans), [0] * len(spans)
    for e in doc.entities:
        ents[_index(starts, e.start)].add(entity_key(e))
    for q in doc.quantities:
        numbers[_index(starts, q.start)] += 1
    for t in doc.times:
        dates[_index(starts, t.start)] += 1
    out = []
    for i, (s, e) in enumerate(spans):
        text = doc.text[s:e]
        out.append(Sent(doc, i, s, e, frozenset(content_stems(text)), frozenset(ents[i]),
                        len(text.split()), numbers[i], dates[i]))
    return out


def sentence_index(doc: Document, offset: int) -> int:
    """The index of the sentence holding ``offset``."""
    return _index([s.start for s in doc.sentences] or [0], offset)


def _index(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def dice(a: frozenset, b: frozenset) -> float:
    """Dice overlap of two sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def similarity(a: Sent, b: Sent) -> float:
    """How much two sentences state the same thing, 0..1.

    Content words decide; shared names only scale the score (by ENTITY_FLOOR..1),
    because a story's few country names recur in almost every sentence.
    """
    words = dice(a.stems, b.stems)
    if not (a.entities and b.entities):
        return words
    return words * (ENTITY_FLOOR + (1 - ENTITY_FLOOR) * dice(a.entities, b.entities))


def is_statement(s: Sent) -> bool:
    """A full sentence (not a subheading, caption or dateline fragment)."""
    return s.words >= MIN_WORDS and len(s.stems) >= 3 and s.text.rstrip()[-1:] in SENTENCE_ENDS


def digits(text: str) -> frozenset[str]:
    """The numbers written in digits in ``text``."""
    return frozenset(m.group() for m in _DIGITS.finditer(text))


def numbers_agree(a: Sent, b: Sent) -> bool:
    """False when both sentences state numbers and share none ("12 warga" against "15 warga")."""
    da, db = digits(a.text), digits(b.text)
    return not (da and db) or bool(da & db)


def _terms(s: Sent) -> frozenset[str]:
    return s.stems | {ENTITY_TERM + e for e in s.entities}


def term_weights(sents: list[Sent]) -> dict[str, float]:
    """Inverse sentence frequency of each stem and entity over a story's sentences.

    A story repeats its own few names and topic words in nearly every
    sentence ("Korea", "delegasi"); two sentences state the same fact when
    they share the words that are rare in the story, not those.
    """
    df = Counter(t for s in sents for t in _terms(s))
    n = len(sents) or 1
    return {t: math.log((n + 1) / c) for t, c in df.items()}


def fact_similarity(a: Sent, b: Sent, weights: dict[str, float]) -> float:
    """Weighted Dice overlap of stems and entities, 0..1 (unknown terms weigh as the rarest)."""
    ta, tb = _terms(a), _terms(b)
    rare = max(weights.values(), default=1.0)
    wa = {t: weights.get(t, rare) for t in ta}
    total = sum(wa.values()) + sum(weights.get(t, rare) for t in tb)
    return 2 * sum(wa[t] for t in ta & tb) / total if total else 0.0


def best_matches(sent: Sent, others: list[Sent], threshold: float,
                 weights: dict[str, float] | None = None) -> list[tuple[Sent, float]]:
    """The most similar sentence of each other document that reaches ``threshold`` and states no other number.

    With ``weights`` (see :func:`term_weights`) sentences are compared by
    :func:`fact_similarity`, else by :func:`similarity`.
    """
    best: dict[str, tuple[Sent, float]] = {}
    for o in others:
        if o.doc.id == sent.doc.id or not numbers_agree(sent, o):
            continue
        score = fact_similarity(sent, o, weights) if weights is not None else similarity(sent, o)
        if score >= threshold and score > best.get(o.doc.id, (None, 0.0))[1]:
            best[o.doc.id] = (o, score)
    return sorted(best.values(), key=lambda x: -x[1])


def word_count(doc: Document) -> int:
    """Words in the clean text."""
    return len(doc.text.split())
