"""Stories in the store: incremental assignment of new documents, and the ``kabar stories`` listing.

Documents without a story are assigned in date order to the stories that
are still open near their dates (loaded from their saved state), or open
new ones; earlier assignments are never revisited. Storylines are then
relinked over all stories (cheap: one vector per story).
"""
from __future__ import annotations

import json
from typing import Any

from ..model import Document
from ..stories.cluster import Clusterer, Story, Weights
from ..stories.features import DocFreq, Features, day_iso, from_document
from ..stories.storylines import link_storylines

STORY_PREFIX = "story-"


def assign_pending(store, weights: Weights | None = None) -> int:
    """Give every document that has no story one; returns how many were assigned."""
    w = weights or Weights()
    with store._lock:
        conn = store._conn
        pending = [_features(store, doc_id) for (doc_id,) in conn.execute(
            "SELECT d.id FROM documents d LEFT JOIN story_docs s ON s.doc_id = d.id WHERE s.doc_id IS NULL"
            " ORDER BY d.published IS NULL, d.published, d.seq")]
        if not pending:
            return 0
        clusterer = _open_clusterer(conn, pending, w)
        assigned = [(f, clusterer.assign(f)) for f in sorted(pending, key=lambda f: (f.day is None, f.day or 0))]
        _save(conn, clusterer, assigned)
    return len(assigned)


def pending_count(store) -> int:
    """How many documents have no story yet (what :func:`assign_pending` will cluster)."""
    with store._lock:
        return store._conn.execute("SELECT COUNT(*) FROM documents d LEFT JOIN story_docs s ON s.doc_id = d.id"
                                   " WHERE s.doc_id IS NULL").fetchone()[0]


def list_stories(store) -> list[dict[str, Any]]:
    """The contract's story objects, newest first."""
    with store._lock:
        rows = store._conn.execute(
            'SELECT story_id, title, start, "end", storyline FROM stories ORDER BY last_day IS NULL,'
            " last_day DESC, story_id").fetchall()
        members: dict[str, list[str]] = {}
        for doc_id, sid in store._conn.execute(
                "SELECT s.doc_id, s.story_id FROM story_docs s JOIN documents d ON d.id = s.doc_id"
                " ORDER BY d.published IS NULL, d.published, d.seq"):
            members.setdefault(sid, []).append(doc_id)
    return [{"id": sid, "title": title, "documents": members.get(sid, []), "start": start, "end": end,
             "storyline": line} for sid, title, start, end, line in rows]


def _features(store, doc_id: str) -> Features:
    doc: Document = store.get(doc_id)
    return from_document(doc)


def _open_clusterer(conn, pending: list[Features], w: Weights) -> Clusterer:
    """A clusterer holding the stories that pending documents could still join."""
    days = [f.day for f in pending if f.day is not None]
    earliest = min(days) - w.date_max - 1 if days else None
    undated = any(f.day is None for f in pending)
    sql = "SELECT state FROM stories" + ("" if undated or earliest is None else
                                           " WHERE last_day IS NULL OR last_day >= ?")
    args = () if undated or earliest is None else (earliest,)
    stories = [Story.from_json(json.loads(s)) for (s,) in conn.execute(sql, args)]
    total = conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
    docs = conn.execute("SELECT COUNT(*) FROM story_docs").fetchone()[0]
    df = DocFreq(dict(conn.execute("SELECT key, df FROM story_df")), docs)
    return Clusterer(w, df, stories, next_id=total, id_prefix=STORY_PREFIX)


def _save(conn, clusterer: Clusterer, assigned: list[tuple[Features, str]]) -> None:
    """Write assignments, the touched stories, frequencies and storylines in one transaction."""
    touched = {sid for _, sid in assigned}
    conn.execute("BEGIN IMMEDIATE")
    try:
        for sid in touched:
            s = clusterer.stories[sid]
            conn.execute('INSERT OR REPLACE INTO stories (story_id, title, start, "end", last_day, storyline, state)'
                         " VALUES (?, ?, ?, ?, ?, ?, ?)", (s.id, s.label, day_iso(s.start), day_iso(s.end), s.end,
                                                           s.id, json.dumps(s.to_json(), ensure_ascii=False)))
        conn.executemany("INSERT INTO story_docs (doc_id, story_id, features) VALUES (?, ?, ?)",
                         [(f.doc_id, sid, json.dumps(f.to_json(), ensure_ascii=False)) for f, sid in assigned])
        conn.executemany("INSERT INTO story_df (key, df) VALUES (?, 1) ON CONFLICT(key) DO UPDATE SET df = df + 1",
                         [(k,) for f, _ in assigned for k in set(f.keys())])
        _relink(conn, clusterer.df)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _relink(conn, df: DocFreq) -> None:
    """Recompute every story's storyline."""
    stories = [Story.from_json(json.loads(s)) for (s,) in conn.execute("SELECT state FROM stories")]
    lines = link_storylines(stories, df)
    conn.executemany("UPDATE stories SET storyline = ? WHERE story_id = ?", [(v, k) for k, v in lines.items()])


# -- reading single stories (briefings) --------------------------------------

def get_story(store, story_id: str) -> dict[str, Any] | None:
    """One story object of the contract (id, title, documents, start, end, storyline), or None."""
    with store._lock:
        row = store._conn.execute('SELECT story_id, title, start, "end", storyline FROM stories WHERE story_id = ?',
                                  (story_id,)).fetchone()
        if row is None:
            return None
        docs = _member_ids(store._conn, story_id)
    sid, title, start, end, line = row
    return {"id": sid, "title": title, "documents": docs, "start": start, "end": end, "storyline": line}


def storyline_stories(store, storyline: str) -> list[dict[str, Any]]:
    """The story objects of one storyline, oldest first."""
    with store._lock:
        ids = [sid for (sid,) in store._conn.execute(
            "SELECT story_id FROM stories WHERE storyline = ? ORDER BY start IS NULL, start, story_id",
            (storyline,))]
    return [s for s in (get_story(store, sid) for sid in ids) if s is not None]


def story_documents(store, story_id: str) -> list[Document]:
    """The stored documents of one story, in publication order."""
    with store._lock:
        ids = _member_ids(store._conn, story_id)
    return [d for d in (store.get(i) for i in ids) if d is not None]


def _member_ids(conn, story_id: str) -> list[str]:
    """Document ids of one story, in publication order (undated last)."""
    return [doc_id for (doc_id,) in conn.execute(
        "SELECT s.doc_id FROM story_docs s JOIN documents d ON d.id = s.doc_id WHERE s.story_id = ?"
        " ORDER BY d.published IS NULL, d.published, d.seq", (story_id,))]
