"""Views: each builds ONE JSON-ready dict from library calls.

The API returns the dict as JSON; the page renders the same dict with a
template. Views raise :class:`~kabar.errors.NotFound` for unknown ids,
:class:`~kabar.errors.StoreError` for bad queries and
:class:`BriefUnavailable` while briefings cannot be built.
"""
from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from dataclasses import asdict
from typing import Any

from .. import l10n
from ..errors import KabarError, NotFound
from ..store.stories import list_stories
from . import annotate, charts
from .db import Database
from .display import outlet_name, title_of
from .safety import Refused

DEFAULT_LIMIT = 20
MAX_LIMIT = 200
MAX_OFFSET = 1_000_000  # deeper pages are refused (422): an offset must also fit SQLite's integers
# The entity page reads at most this many of the entity's documents (newest first).
ENTITY_DOCS = 60
COOCCURRING = 12
ENTITY_QUOTES = 30
ENTITY_EVENTS = 30
BRIEF_CACHE_SIZE = 64


class BriefUnavailable(KabarError):
    """Briefings cannot be built by this installation (kabar.brief is missing)."""


def page_args(limit: int | None, offset: int | None) -> tuple[int, int]:
    """``limit`` clamped to sane values; an ``offset`` outside 0..MAX_OFFSET is refused with 422."""
    if offset is not None and not 0 <= offset <= MAX_OFFSET:
        raise Refused(422, f"offset must be between 0 and {MAX_OFFSET:,}")
    return max(1, min(MAX_LIMIT, limit or DEFAULT_LIMIT)), offset or 0


def _pagination(total: int, limit: int, offset: int, exact: bool = True) -> dict[str, Any]:
    """Where this page sits: offsets of the previous and next pages (None at the ends)."""
    return {"total": total, "limit": limit, "offset": offset, "exact": exact,
            "previous": max(0, offset - limit) if offset > 0 else None,
            "next": offset + limit if offset + limit < total else None}


def readable_titles(store, docs: list[dict[str, Any]], key: str = "id") -> list[dict[str, Any]]:
    """``docs`` with ``title`` made readable (the first sentence where an article has none)."""
    for d in docs:
        if not (d.get("title") or "").strip():
            doc = store.get(d[key])
            d["title"] = title_of(None, doc.text if doc else None)
    return docs


# -- stories -------------------------------------------------------------

class StoryIndex:
    """Stories with their outlets and dates, rebuilt only after the store changed."""

    def __init__(self):
        self._lock = threading.Lock()
        self._key: tuple | None = None
        self._stories: list[dict[str, Any]] = []
        self._outlets: list[str] = []
        self._of_doc: dict[str, dict[str, Any]] = {}

    def get(self, db: Database, store) -> tuple[list[dict[str, Any]], list[str]]:
        """(stories newest first, every outlet) for the store's current state."""
        with self._lock:
            self._refresh(db, store)
            return self._stories, self._outlets

    def story_of(self, db: Database, store, doc_id: str) -> dict[str, Any] | None:
        """The story a document belongs to (None before stories are assigned)."""
        with self._lock:
            self._refresh(db, store)
            return self._of_doc.get(doc_id)

    def _refresh(self, db: Database, store) -> None:
        key = (db.generation, store.count())
        if key != self._key:
            self._stories, self._outlets = _index(store)
            self._of_doc = {d: s for s in self._stories for d in s["documents"]}
            self._key = key


def _index(store) -> tuple[list[dict[str, Any]], list[str]]:
    """Every story enriched with its documents' outlets and titles, and its storyline's size."""
    summaries = {d.id: d for d in store.documents(limit=max(1, store.count()))}
    stories = []
    for s in list_stories(store):
        docs = [summaries[d] for d in s["documents"] if d in summaries]
        outlets = sorted({name for d in docs if (name := outlet_name(d.outlet, d.url))})
        stories.append({**s, "outlets": outlets, "count": len(docs),
                        "titles": [d.title for d in docs if d.title][:3]})
    sizes = Counter(s["storyline"] for s in stories)
    for s in stories:
        s["storyline_size"] = sizes[s["storyline"]]
    outlets = sorted({name for d in summaries.values() if (name := outlet_name(d.outlet, d.url))})
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
    """The story's briefing (see kabar.brief), from ``cache`` while the store is unchanged.

    ``labels`` (added) gives each cited document a readable outlet and title.
    """
    build = brief_builder()
    with db.reader() as store:
        key = (db.generation, store.count(), story_id, build)
        found = cache.get(key) if cache else None
        if found is None:
            found = dict(build(store, story_id))
            found["labels"] = source_labels(store, found)
            if cache:
                cache.put(key, found)
    return found


def source_labels(store, brief: dict[str, Any]) -> dict[str, dict[str, str | None]]:
    """Outlet and title of every document a briefing cites (its sources and any other ref)."""
    labels = {s["doc_id"]: {"outlet": outlet_name(s.get("outlet"), s.get("url")),
                            "title": s.get("title") or s.get("label")}
              for s in brief.get("sources", [])}
    for ref in _refs(brief):
        labels.setdefault(ref["doc_id"], {"outlet": ref.get("outlet"), "title": None})
    rows = readable_titles(store, [{"id": k, "title": v["title"]} for k, v in labels.items()])
    for row in rows:
        labels[row["id"]]["title"] = row["title"]
    return labels


def _refs(brief: dict[str, Any]):
    """Every source reference in a briefing."""
    for part in ("summary", "timeline"):
        for item in brief.get(part, []):
            yield from item.get("sources", [])
    for group in brief.get("quotes", []):
        yield from (q["source"] for q in group.get("quotes", []))
    for n in brief.get("numbers", []):
        for v in n.get("values", []):
            yield from v.get("sources", [])


# -- documents -----------------------------------------------------------

def document_view(db: Database, doc_id: str, index: StoryIndex | None = None, cite: str | None = None,
                  lang: str = l10n.DEFAULT_LANGUAGE) -> dict[str, Any]:
    """A document: its contract JSON, the text cut into annotated segments, the original, its story.

    ``cite`` ("START-END", character offsets) marks the sentences holding that span,
    the evidence a briefing's source chip points at, with a citation to copy.
    """
    with db.reader() as store:
        doc = store.get(doc_id)
        story = index.story_of(db, store, doc_id) if index and doc else None
    if doc is None:
        raise NotFound("document", doc_id)
    data = doc.to_dict()
    names = {}
    for e in doc.entities:
        names.setdefault(annotate.entity_id_of(e), {"id": annotate.entity_id_of(e),
                                                    "name": e.canonical or e.text, "type": e.type})
    cited = annotate.cited_span(doc, cite)
    title, outlet = title_of(doc.title, doc.text), outlet_name(doc.source.outlet, doc.source.url)
    return {"document": data, "title": title, "outlet": outlet,
            "segments": annotate.segments(doc.text, annotate.spans(doc, lang), cited,
                                          annotate.body_start(doc.text, title, cited)),
            "entities": sorted(names.values(), key=lambda e: e["name"]), "original": doc.raw,
            "story": {k: story[k] for k in ("id", "title", "storyline")} if story else None,
            "cited": cited and {**cited, "citation": l10n.citation(outlet, title, doc.published, doc.source.url,
                                                                     doc.text[cited["start"]:cited["end"]], lang)}}


def documents_view(db: Database, limit: int | None = None, offset: int | None = None) -> dict[str, Any]:
    """Stored documents, newest first, one page (``title`` made readable where an article has none)."""
    limit, offset = page_args(limit, offset)
    with db.reader() as store:
        rows = store.documents(limit=limit, offset=offset)
        total = store.count()
        docs = readable_titles(store, [asdict(r) for r in rows])
    for d in docs:
        d["outlet"] = outlet_name(d["outlet"], d["url"])
    return {"documents": docs, "pagination": _pagination(total, limit, offset)}


# -- entities ------------------------------------------------------------

ENTITY_TYPES = ("PER", "ORG", "GPE", "LOC", "NORP", "EVENT", "LAW")
ENTITY_STORIES = 30


def entities_view(db: Database, query: str | None = None, type: str | None = None,
                  limit: int | None = None, offset: int | None = None) -> dict[str, Any]:
    """Entities, most mentioned first, optionally of a type or matching a name, one page."""
    limit, offset = page_args(limit, offset)
    with db.reader() as store:
        rows = store.entities(type=type.upper() if type else None, query=query, limit=2 ** 31)
    return {"entities": [asdict(r) for r in rows[offset:offset + limit]], "types": ENTITY_TYPES,
            "filters": {"q": query or None, "type": type or None},
            "pagination": _pagination(len(rows), limit, offset)}


def entity_view(db: Database, entity_id: str, index: StoryIndex | None = None) -> dict[str, Any]:
    """An entity: aliases, types, its stories, mentions over time, companions, quotes and events."""
    with db.reader() as store:
        row = store.entity(entity_id)
        if row is None:
            raise NotFound("entity", entity_id)
        docs = [d for d in (store.get(r.id) for r in row.documents[:ENTITY_DOCS]) if d is not None]
        stories = _entity_stories(db, store, index, {r.id for r in row.documents}) if index else []
        documents = readable_titles(store, [asdict(d) for d in row.documents])
    members = set(row.members)
    names = {row.canonical, *row.aliases}
    mentions, companions, pairs, quotes, events = _entity_facts(docs, members, names)
    neighbours = [{"id": eid, "name": name, "shared": n}
                  for (eid, name), n in companions.most_common(COOCCURRING)]
    return {
        "entity": {"id": row.entity_id, "name": row.canonical, "type": row.type, "types": row.types,
                   "aliases": row.aliases, "mentions": row.mention_count, "documents": row.doc_count},
        "documents": documents, "stories": stories,
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
        ref = {"doc_id": doc.id, "title": title_of(doc.title, doc.text), "published": doc.published,
               "outlet": outlet_name(doc.source.outlet, doc.source.url)}
        quotes += [{"text": q.text, "cue": q.cue, "direct": q.direct, "start": q.start, "end": q.end, **ref}
                   for q in doc.quotes if q.speaker_entity_id in members or q.speaker in names]
        events += [{"type": e.type, "actor": e.actor, "target": e.target, "date": e.date,
                    "location": e.location, "trigger": e.trigger,
                    "sentence": doc.text[e.sentence.get("start", 0):e.sentence.get("end", 0)],
                    "sentence_start": e.sentence.get("start"), "sentence_end": e.sentence.get("end"), **ref}
                   for e in doc.events if not e.hypothetical and (e.actor in names or e.target in names)]
    return mentions, companions, pairs, quotes, events


def _entity_stories(db: Database, store, index: StoryIndex, doc_ids: set[str]) -> list[dict[str, Any]]:
    """The stories that mention an entity, newest first."""
    stories, _ = index.get(db, store)
    return [s for s in stories if not doc_ids.isdisjoint(s["documents"])][:ENTITY_STORIES]
