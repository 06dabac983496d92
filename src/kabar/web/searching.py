"""The search view: how many documents match, facets to narrow them, relevance or date order.

``snippet`` (escaped HTML whose only tags are ``<mark>``) and ``parts`` (the
same as ``[{text, mark}]`` pieces) show why a document matched.
"""
from __future__ import annotations

import html
from typing import Any

from ..store import facets as search_facets
from . import annotate
from .db import Database
from .display import outlet_name, title_of
from .views import _pagination, page_args

FILTER_KEYS = search_facets.FACET_KEYS


def search_view(db: Database, q: str, limit: int | None = None, offset: int | None = None,
                sort: str | None = None, filters: dict[str, str | None] | None = None) -> dict[str, Any]:
    """One page of hits for ``q`` with the total count and facet counts (outlet, month, entity, story)."""
    limit, offset = page_args(limit, offset)
    query = (q or "").strip()
    sort = sort if sort in search_facets.SORTS else "relevance"
    chosen = {k: (filters or {}).get(k) or None for k in FILTER_KEYS}
    if not query:
        return {"q": "", "hits": [], "total": 0, "capped": False, "sort": sort, "filters": chosen, "facets": [],
                "pagination": _pagination(0, limit, offset)}
    with db.reader() as store:
        found, capped = search_facets.matches(store, query)
        kept = search_facets.ordered([m for m in found if search_facets.keep(m, chosen)], sort)
        page = kept[offset:offset + limit]
        snippets = search_facets.snippets(store, query, [m.doc_id for m in page], annotate.SNIPPET_MARKS)
        counts = search_facets.facet_counts(found, chosen)
        facets, story_titles = _facets(store, counts, chosen)
        hits = [_hit(store, m, snippets.get(m.doc_id, ""), story_titles) for m in page]
    return {"q": query, "hits": hits, "total": len(kept), "capped": capped, "sort": sort, "filters": chosen,
            "facets": facets, "pagination": _pagination(len(kept), limit, offset)}


def _facets(store, counts, chosen) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Each facet's top values with counts and readable labels; the chosen value always shown."""
    top = {k: [v for v, _ in counts[k].most_common(search_facets.FACET_SIZE)] for k in FILTER_KEYS}
    for k in FILTER_KEYS:
        if chosen[k] and chosen[k] not in top[k]:
            top[k].append(chosen[k])
    entity_names, story_titles = search_facets.names(store, top["entity"], top["story"])
    labels = {"entity": entity_names, "story": story_titles}
    out = []
    for k in FILTER_KEYS:
        values = sorted(top[k], reverse=True) if k == "month" else top[k]
        buckets = [{"value": v, "label": labels.get(k, {}).get(v, v), "count": counts[k].get(v, 0),
                    "selected": v == chosen[k]} for v in values]
        if buckets:
            out.append({"key": k, "buckets": buckets})
    return out, story_titles


def _hit(store, m, snippet: str, story_titles: dict[str, str]) -> dict[str, Any]:
    """One hit as the page and the API show it."""
    parts = annotate.snippet_parts(snippet)
    title = m.title
    if not (title or "").strip():
        doc = store.get(m.doc_id)
        title = title_of(None, doc.text if doc else None)
    story = {"id": m.story, "title": story_titles.get(m.story) or _story_title(store, m.story)} if m.story else None
    return {"doc_id": m.doc_id, "title": title, "published": m.published, "outlet": outlet_name(m.outlet),
            "score": round(m.score, 4), "story": story, "parts": parts,
            "snippet": "".join(f"<mark>{html.escape(p['text'])}</mark>" if p["mark"] else html.escape(p["text"])
                               for p in parts)}


def _story_title(store, story_id: str) -> str | None:
    _, titles = search_facets.names(store, [], [story_id])
    return titles.get(story_id)
