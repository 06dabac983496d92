"""Views: each builds ONE JSON-ready dict from library calls.

The API returns the dict as JSON; the page renders the same dict with a
template. Views raise :class:`~kabar.errors.NotFound` for unknown ids,
:class:`~kabar.errors.StoreError` for bad queries and
:class:`BriefUnavailable` while briefings cannot be built.
"""
from __future__ import annotations

import html
import threading
from collections import Counter, OrderedDict
from dataclasses import asdict
from typing import Any

from ..errors import KabarError, NotFound
from ..store.stories import list_stories
from . import annotate, charts
from .db import Database

DEFAULT_LIMIT = 20
MAX_LIMIT = 200
# The entity page reads at most this many of the entity's documents (newest first).
ENTITY_DOCS = 60
COOCCURRING = 12
ENTITY_QUOTES = 30
ENTITY_EVENTS = 30
BRIEF_CACHE_SIZE = 64


class BriefUnavailable(KabarError):
    """Briefings cannot be built by this installation (kabar.brief is missing)."""


def page_args(limit: int | None, offset: int | None) -> tuple[int, int]:
    """``limit`` and ``offset`` clamped to sane values."""
    return max(1, min(MAX_LIMIT, limit or DEFAULT_LIMIT)), max(0, offset or 0)


def _pagination(total: int, limit: int, offset: int) -> dict[str, Any]:
    """Where this page sits: offsets of the previous and next pages (None at the ends)."""
    return {"total": total, "limit": limit, "offset": offset,
            "previous": max(0, offset - limit) if offset > 0 else None,
            "next": offset + limit if offset + limit < total else None}


# -- stories -------------------------------------------------------------

class StoryIndex:
    """Stories with their outlets and dates, rebuilt only after the store changed."""

    def __init__(self):
        self._lock = threading.Lock()
        self._key: tuple | None = None
        self._stories: list[dict[str, Any]] = []
        self._outlets: list[str] = []

    def get(self, db: Database, store) -> tuple[list[dict[str, Any]], list[str]]:
        """(stories newest first, every outlet) for the store's current state."""
        key = (db.generation, store.count())
        with self._lock:
            if key != self._key:
                self._stories, self._outlets = _index(store)
                self._key = key
            return self._stories, self._outlets


def _index(store) -> tuple[list[dict[str, Any]], list[str]]:
    """Every story enriched with its documents' outlets and titles."""
    summaries = {d.id: d for d in store.documents(limit=max(1, store.count()))}
    stories = []
    for s in list_stories(store):
        docs = [summaries[d] for d in s["documents"] if d in summaries]
        outlets = sorted({d.outlet for d in docs if d.outlet})
        stories.append({**s, "outlets": outlets, "count": len(docs),
                        "titles": [d.title for d in docs if d.title][:3]})
    outlets = sorted({d.outlet for d in summaries.values() if d.outlet})
    return stories, outlets


def stories_view(db: Database, index: StoryIndex, entity: str | None = None, outlet: str | None = None,
                 date_from: str | None = None, date_to: str | None = None,
                 limit: int | None = None, offset: int | None = None) -> dict[str, Any]:
    """Stories newest first, filtered by entity, outlet and a date range, one page of them."""
    limit, offset = page_args(limit, offset)
    with db.reader() as store:
        stories, outlets = index.get(db, store)
        entity_docs, entity_row = _entity_docs(store, entity)
    chosen = [s for s in stories if _keep(s, entity_docs, outlet, date_from, date_to)]
    return {"stories": chosen[offset:offset + limit], "outlets": outlets,
            "filters": {"entity": entity or None, "entity_name": entity_row, "outlet": outlet or None,
                        "from": date_from or None, "to": date_to or None},
            "pagination": _pagination(len(chosen), limit, offset)}


def _entity_docs(store, entity: str | None) -> tuple[set[str] | None, str | None]:
    """The documents mentioning ``entity`` (None: no entity filter) and its name."""
    if not entity:
        return None, None
    row = store.entity(entity)
    if row is None:
        return set(), None
    return {d.id for d in row.documents}, row.canonical


def _keep(story: dict[str, Any], entity_docs: set[str] | None, outlet: str | None,
          date_from: str | None, date_to: str | None) -> bool:
    """Whether a story passes the filters (dates: the story's span overlaps the range)."""
    if entity_docs is not None and entity_docs.isdisjoint(story["documents"]):
        return False
    if outlet and outlet not in story["outlets"]:
        return False
    if date_from and (story["end"] or story["start"] or "") < date_from:
        return False
    if date_to and not (story["start"] and story["start"] <= date_to):
        return False
    return True


def brief_builder():
    """``kabar.brief.build_brief``, or :class:`BriefUnavailable` without it."""
    try:
        from ..brief import build_brief
    except ImportError as exc:
        raise BriefUnavailable("briefings are not available in this installation yet") from exc
    return build_brief


class BriefCache:
    """The last few briefings built, valid until the store changes (building one takes ~0.1 s)."""

    def __init__(self, size: int = BRIEF_CACHE_SIZE):
        self.size = size
        self._lock = threading.Lock()
        self._items: OrderedDict[tuple, dict[str, Any]] = OrderedDict()

    def get(self, key: tuple) -> dict[str, Any] | None:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
            return self._items.get(key)

    def put(self, key: tuple, value: dict[str, Any]) -> None:
        with self._lock:
            self._items[key] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)


def story_view(db: Database, story_id: str, cache: BriefCache | None = None) -> dict[str, Any]:
    """The story's briefing (see kabar.brief), from ``cache`` while the store is unchanged."""
    build = brief_builder()
    with db.reader() as store:
        key = (db.generation, store.count(), story_id, build)
        found = cache.get(key) if cache else None
        if found is None:
            found = build(store, story_id)
            if cache:
                cache.put(key, found)
    return found


# -- documents -----------------------------------------------------------

def document_view(db: Database, doc_id: str) -> dict[str, Any]:
    """A document: its contract JSON, the text cut into annotated segments, the original."""
    with db.reader() as store:
        doc = store.get(doc_id)
    if doc is None:
        raise NotFound("document", doc_id)
    data = doc.to_dict()
    names = {}
    for e in doc.entities:
        names.setdefault(annotate.entity_id_of(e), {"id": annotate.entity_id_of(e),
                                                    "name": e.canonical or e.text, "type": e.type})
    return {"document": data, "segments": annotate.segments(doc.text, annotate.spans(doc)),
            "entities": sorted(names.values(), key=lambda e: e["name"]), "original": doc.raw}


def documents_view(db: Database, limit: int | None = None, offset: int | None = None) -> dict[str, Any]:
    """Stored documents, newest first, one page."""
    limit, offset = page_args(limit, offset)
    with db.reader() as store:
        rows = store.documents(limit=limit, offset=offset)
        total = store.count()
    return {"documents": [asdict(r) for r in rows], "pagination": _pagination(total, limit, offset)}


# -- entities ------------------------------------------------------------

def entities_view(db: Database, query: str | None = None, type: str | None = None,
                  limit: int | None = None) -> dict[str, Any]:
    """Entities, most mentioned first, optionally of a type or matching a name."""
    limit, _ = page_args(limit, 0)
    with db.reader() as store:
        rows = store.entities(type=type.upper() if type else None, query=query, limit=limit)
    return {"entities": [asdict(r) for r in rows], "filters": {"q": query or None, "type": type or None}}


def entity_view(db: Database, entity_id: str) -> dict[str, Any]:
    """An entity: aliases, types, mentions over time, companions, quotes and events."""
    with db.reader() as store:
        row = store.entity(entity_id)
        if row is None:
            raise NotFound("entity", entity_id)
        docs = [d for d in (store.get(r.id) for r in row.documents[:ENTITY_DOCS]) if d is not None]
    members = set(row.members)
    names = {row.canonical, *row.aliases}
    mentions, companions, pairs, quotes, events = _entity_facts(docs, members, names)
    neighbours = [{"id": eid, "name": name, "shared": n}
                  for (eid, name), n in companions.most_common(COOCCURRING)]
    return {
        "entity": {"id": row.entity_id, "name": row.canonical, "type": row.type, "types": row.types,
                   "aliases": row.aliases, "mentions": row.mention_count, "documents": row.doc_count},
        "documents": [asdict(d) for d in row.documents],
        "mentions_over_time": charts.mention_bars(mentions),
        "cooccurring": neighbours,
        "graph": charts.cooccurrence_graph({"id": row.entity_id, "name": row.canonical}, neighbours, pairs),
        "quotes": quotes[:ENTITY_QUOTES], "events": events[:ENTITY_EVENTS],
        "read_documents": len(docs),
    }


def _entity_facts(docs, members: set[str], names: set[str]):
    """Mentions by date, co-occurring entities, pairs among them, quotes and events of the entity."""
    mentions: Counter = Counter()
    companions: Counter = Counter()
    pairs: Counter = Counter()
    quotes, events = [], []
    for doc in docs:
        ids = {annotate.entity_id_of(e): e.canonical or e.text for e in doc.entities}
        own = sum(1 for e in doc.entities if annotate.entity_id_of(e) in members)
        if doc.published:
            mentions[doc.published[:10]] += own
        others = sorted((i, n) for i, n in ids.items() if i not in members)
        companions.update(others)
        pairs.update((a[0], b[0]) for k, a in enumerate(others) for b in others[k + 1:])
        ref = {"doc_id": doc.id, "title": doc.title, "published": doc.published, "outlet": doc.source.outlet}
        quotes += [{"text": q.text, "cue": q.cue, "direct": q.direct, "start": q.start, "end": q.end, **ref}
                   for q in doc.quotes if q.speaker_entity_id in members or q.speaker in names]
        events += [{"type": e.type, "actor": e.actor, "target": e.target, "date": e.date,
                    "location": e.location, "trigger": e.trigger,
                    "sentence": doc.text[e.sentence.get("start", 0):e.sentence.get("end", 0)], **ref}
                   for e in doc.events if not e.hypothetical and (e.actor in names or e.target in names)]
    return mentions, companions, pairs, quotes, events


# -- search --------------------------------------------------------------

def search_view(db: Database, q: str, limit: int | None = None, offset: int | None = None) -> dict[str, Any]:
    """Search hits with snippets: ``snippet`` is escaped HTML whose only tags are <mark>."""
    limit, offset = page_args(limit, offset)
    query = (q or "").strip()
    if not query:
        return {"q": "", "hits": [], "pagination": _pagination(0, limit, offset)}
    with db.reader() as store:
        # One more than asked tells whether a next page exists without counting all matches.
        hits = store.search(query, limit=limit + 1, offset=offset, marks=annotate.SNIPPET_MARKS)
    shown = hits[:limit]
    items = []
    for h in shown:
        parts = annotate.snippet_parts(h.snippet)
        items.append({"doc_id": h.doc_id, "title": h.title, "published": h.published, "outlet": h.outlet,
                      "score": round(h.score, 4), "parts": parts,
                      "snippet": "".join(f"<mark>{html.escape(p['text'])}</mark>" if p["mark"]
                                         else html.escape(p["text"]) for p in parts)})
    total = offset + len(hits)  # a lower bound: enough for previous/next links
    return {"q": query, "hits": items, "pagination": _pagination(total, limit, offset)}
