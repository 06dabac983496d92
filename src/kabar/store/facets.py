"""Faceted full-text search: how many documents match, by outlet, month, entity and story.

The matching documents (up to :data:`MAX_MATCHES`, best first) are read
once with their outlet, date and story; facet counts, filters and the sort
order work on that list, and snippets are built only for the page shown.
"""
from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field

from ..errors import StoreError
from .query import parse
from .snippet import DEFAULT_MARKS, make_snippet
from .store import _fts_message

MAX_MATCHES = 5000  # more matches than this are counted as "5.000+"
FACET_SIZE = 8  # values shown per facet
FACET_KEYS = ("outlet", "month", "entity", "story")
SORTS = ("relevance", "newest", "oldest")
MONTH_CHARS = 7
# Entities named in so many of the matches that they tell nothing are left out of the entity facet.
UBIQUITOUS_SHARE = 0.95


@dataclass
class Match:
    """One matching document, with what the facets count."""

    doc_id: str
    seq: int
    score: float
    title: str | None
    published: str | None
    outlet: str | None
    story: str | None
    entities: set[str] = field(default_factory=set)

    @property
    def month(self) -> str | None:
        return self.published[:MONTH_CHARS] if self.published and len(self.published) >= MONTH_CHARS else None


def matches(store, query: str) -> tuple[list[Match], bool]:
    """Every document matching ``query`` (best first) and whether the list was cut at MAX_MATCHES."""
    weights, compact = store._index_form()
    parsed = parse(query, compact)
    if parsed.empty:
        return [], False
    sql = ("SELECT d.id, d.seq, -f.score, d.title, d.published, d.outlet, s.story_id FROM"
           " (SELECT rowid, bm25(doc_fts, ?, ?, ?) AS score FROM doc_fts WHERE doc_fts MATCH ?"
           "  ORDER BY score LIMIT ?) AS f JOIN documents d ON d.seq = f.rowid"
           " LEFT JOIN story_docs s ON s.doc_id = d.id ORDER BY f.score")
    with store._lock:
        try:
            rows = store._conn.execute(sql, (*weights, parsed.fts, MAX_MATCHES + 1)).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot search for {query!r}: {_fts_message(exc)}") from exc
        found = [Match(*r) for r in rows[:MAX_MATCHES]]
        _add_entities(store._conn, found)
    return found, len(rows) > MAX_MATCHES


def _add_entities(conn, found: list[Match]) -> None:
    """The entity ids each match mentions."""
    by_id = {m.doc_id: m for m in found}
    ids = list(by_id)
    for start in range(0, len(ids), 500):  # SQLite's host-parameter limit
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for doc_id, entity_id in conn.execute(
                f"SELECT DISTINCT d.id, e.entity_id FROM documents d JOIN entity_mentions m ON m.doc_seq = d.seq"
                f" JOIN entities e ON e.key = m.entity"
                f" WHERE d.id IN ({marks})", chunk):
            by_id[doc_id].entities.add(entity_id)


def keep(m: Match, filters: dict[str, str | None]) -> bool:
    """Whether a match passes the chosen facet values."""
    return ((not filters.get("outlet") or m.outlet == filters["outlet"])
            and (not filters.get("month") or m.month == filters["month"])
            and (not filters.get("entity") or filters["entity"] in m.entities)
            and (not filters.get("story") or m.story == filters["story"]))


def ordered(found: list[Match], sort: str) -> list[Match]:
    """Matches by relevance (as found), newest or oldest first (undated last)."""
    if sort not in ("newest", "oldest"):
        return found
    dated = sorted((m for m in found if m.published), key=lambda m: (m.published, m.seq), reverse=sort == "newest")
    return dated + [m for m in found if not m.published]


def facet_counts(found: list[Match], filters: dict[str, str | None]) -> dict[str, Counter]:
    """For each facet, its values' counts among the matches passing the *other* facets' filters."""
    out: dict[str, Counter] = {}
    for key in FACET_KEYS:
        others = {k: v for k, v in filters.items() if k != key}
        pool = [m for m in found if keep(m, others)]
        if key == "entity":
            counts = Counter(e for m in pool for e in m.entities)
            limit = UBIQUITOUS_SHARE * len(pool)
            out[key] = Counter({e: n for e, n in counts.items() if n < limit or e == filters.get("entity")})
        else:
            out[key] = Counter(getattr(m, key) for m in pool if getattr(m, key))
    return out


def snippets(store, query: str, doc_ids: list[str], marks: tuple[str, str] = DEFAULT_MARKS) -> dict[str, str]:
    """The search snippet of each document in ``doc_ids``."""
    if not doc_ids:
        return {}
    parsed = parse(query)
    qmarks = ",".join("?" * len(doc_ids))
    with store._lock:
        rows = store._conn.execute(
            f"SELECT id, IIF(text != '', text, raw) FROM documents WHERE id IN ({qmarks})", doc_ids).fetchall()
    return {doc_id: make_snippet(text, parsed, marks) for doc_id, text in rows}


def names(store, entity_ids: list[str], story_ids: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Readable names of entities and titles of stories, by id."""
    with store._lock:
        ents = _lookup(store._conn, "SELECT entity_id, canonical FROM entities WHERE entity_id IN ({})", entity_ids)
        stories = _lookup(store._conn, "SELECT story_id, title FROM stories WHERE story_id IN ({})", story_ids)
    return ents, stories


def _lookup(conn, sql: str, keys: list[str]) -> dict[str, str]:
    if not keys:
        return {}
    return dict(conn.execute(sql.format(",".join("?" * len(keys))), keys).fetchall())
