"""The storyline view: a continuing topic's stories in time order, its timeline and its coverage.

Coverage is the articles each outlet published per day (a dot per outlet and
day, larger for more articles), with the first report and the latest update.
"""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ..errors import NotFound
from ..store.lookup import summaries
from . import charts
from .db import Database
from .display import outlet_name
from .views import BriefUnavailable, StoryIndex, brief_builder, readable_titles


def storyline_view(db: Database, index: StoryIndex, storyline_id: str) -> dict[str, Any]:
    """A storyline: its stories oldest first, a timeline across them, coverage, first and latest report."""
    with db.reader() as store:
        stories, _ = index.get(db, store)
        members = sorted((s for s in stories if s["storyline"] == storyline_id),
                         key=lambda s: (s["start"] is None, s["start"] or "", s["id"]))
        if not members:
            raise NotFound("storyline", storyline_id)
        docs = _documents(store, [d for s in members for d in s["documents"]])
        timeline = _timeline(store, storyline_id)
    head = next((s for s in members if s["id"] == storyline_id), members[-1])
    dated = sorted((d for d in docs if d["published"]), key=lambda d: d["published"])
    return {"id": storyline_id, "title": head["title"], "stories": members,
            "start": dated[0]["published"][:10] if dated else None,
            "end": dated[-1]["published"][:10] if dated else None,
            "documents": len(docs), "outlets": sorted({d["outlet"] for d in docs if d["outlet"]}),
            "first": dated[0] if dated else None, "latest": dated[-1] if dated else None,
            "coverage": charts.coverage(docs), "timeline": timeline,
            "labels": {d["id"]: {"outlet": d["outlet"], "title": d["title"]} for d in docs}}


def _documents(store, doc_ids: list[str]) -> list[dict[str, Any]]:
    """The storyline's documents with readable outlets and titles."""
    found = summaries(store, doc_ids)
    docs = readable_titles(store, [asdict(found[i]) for i in doc_ids if i in found])
    for d in docs:
        d["outlet"] = outlet_name(d["outlet"], d["url"])
    return docs


def _timeline(store, storyline_id: str) -> list[dict[str, Any]]:
    """Dated entries across the storyline's stories (empty where briefings are not installed)."""
    try:
        brief_builder()
        from ..brief import build_timeline
    except (BriefUnavailable, ImportError):
        return []
    return build_timeline(store, storyline=storyline_id)["entries"]
