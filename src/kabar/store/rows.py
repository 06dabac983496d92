"""The plain records the store returns (besides whole documents)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SearchHit:
    """One search result; ``snippet`` has the matched words wrapped in the marks given to search."""

    doc_id: str
    title: str | None
    published: str | None
    outlet: str | None
    snippet: str
    score: float  # higher is better (negated FTS5 bm25)


@dataclass(frozen=True)
class DocSummary:
    """A stored document without its text and annotations."""

    id: str
    title: str | None
    published: str | None
    outlet: str | None
    language: str | None
    path: str | None
    url: str | None
    ingested_at: str


@dataclass(frozen=True)
class DocRef:
    """A document an entity is mentioned in."""

    id: str
    title: str | None
    published: str | None


@dataclass
class EntityRow:
    """One entity across the store (after cross-document linking).

    ``type`` is its most frequent mention type, ``types`` all of them, most
    frequent first; ``aliases`` every surface form and canonical name seen.
    """

    entity_id: str
    canonical: str
    type: str
    types: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mention_count: int = 0
    doc_count: int = 0


@dataclass
class EntityDetail(EntityRow):
    """An entity with the documents it is mentioned in, newest first.

    ``members`` lists the store entity ids merged into this one by linking.
    """

    documents: list[DocRef] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
