"""Stories in the store: incremental assignment of new documents, and the ``kabar stories`` listing.

Documents without a story are assigned in date order to the stories that
are still open near their dates (loaded from their saved state), or open
new ones; earlier assignments are never revisited. Storylines are then
relinked over all stories (cheap: one vector per story). All of it is computed
from a read snapshot; the write transaction only stores the result. Many
pending documents are assigned and committed a chunk at a time, so a run
killed midway keeps every chunk it committed and the next run goes on from there.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..model import Document
from ..stories.cluster import Clusterer, Story, Weights, assignment_key
from ..stories.features import DocFreq, Features, day_iso, from_document
from ..stories.storylines import link_storylines

STORY_PREFIX = "story-"
# Tries at clustering outside the write lock before doing it under the lock (others keep assigning).
OPTIMISTIC_ROUNDS = 3
# Pending documents clustered and committed together (in date order): a killed run loses at most one
# chunk of work; storylines are linked once per run, with the last chunk.
CHUNK_DOCS = 256


def assign_pending(store, weights: Weights | None = None, chunk: int = CHUNK_DOCS) -> int:
    """Give every document that has no story one; returns how many were assigned.

    The earliest ``chunk`` pending documents are clustered and their stories committed
    before the next ``chunk``; the last chunk also relinks the storylines. A run killed
    midway keeps what it committed, and the next run goes on from there exactly as this
    one would have.
    Each chunk's clustering and storyline linking run on a snapshot read outside any
    write transaction; only the resulting rows are written under SQLite's write lock,
    after checking that no other process assigned stories meanwhile (else the work
    is redone on the new state). So another writer never waits on clustering.
    """
    w, total = weights or Weights(), 0
    with store._lock:
        while True:
            done = _assign_chunk(store, w, chunk)
            total += done
            if done < chunk:
                return total


def _assign_chunk(store, w: Weights, chunk: int) -> int:
    """Assign and commit the earliest ``chunk`` pending documents; returns how many."""
    for _ in range(OPTIMISTIC_ROUNDS):
        plan = _plan(store, w, chunk)
        if plan is None:
            return 0
        if _save(store._conn, plan):
            return len(plan.assigned)
    store._conn.execute("BEGIN IMMEDIATE")  # busy with others: plan and write under the lock
    try:
        plan = _plan(store, w, chunk, in_transaction=True)
    except BaseException:
        store._conn.execute("ROLLBACK")
        raise
    if plan is None:
        store._conn.execute("ROLLBACK")
        return 0
    _save(store._conn, plan, locked=True)
    return len(plan.assigned)


def pending_count(store) -> int:
    """How many documents have no story yet (what :func:`assign_pending` will cluster)."""
    with store._lock:
        return store._conn.execute("SELECT COUNT(*) FROM documents d LEFT JOIN story_docs s ON s.doc_id = d.id"
                                   " WHERE s.doc_id IS NULL").fetchone()[0]


def with_story(store, doc_ids: list[str]) -> int:
    """How many of ``doc_ids`` have been assigned a story."""
    with store._lock:
        return sum(store._conn.execute("SELECT COUNT(*) FROM story_docs WHERE doc_id = ?", (d,)).fetchone()[0]
                   for d in doc_ids)


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


def _state_mark(conn) -> tuple[int, int]:
    """What changes whenever stories are assigned: the counts of assignments and stories."""
    return (conn.execute("SELECT COUNT(*) FROM story_docs").fetchone()[0],
            conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0])


@dataclass
class _Plan:
    """Assignments and storylines computed from one snapshot of the store."""

    mark: tuple[int, int]
    clusterer: Clusterer
    assigned: list[tuple[Features, str]]
    lines: dict[str, str]  # story id -> storyline, only where it changed


def _plan(store, w: Weights, chunk: int, in_transaction: bool = False) -> _Plan | None:
    """Cluster the earliest ``chunk`` pending documents on a consistent snapshot (a read transaction
    unless already in one)."""
    conn = store._conn
    if not in_transaction:
        conn.execute("BEGIN")  # deferred: a read snapshot, no write lock
    try:
        mark = _state_mark(conn)
        ids = [doc_id for (doc_id,) in conn.execute(
            "SELECT d.id FROM documents d LEFT JOIN story_docs s ON s.doc_id = d.id WHERE s.doc_id IS NULL"
            " ORDER BY d.published IS NULL, d.published, d.seq LIMIT ?", (max(1, chunk) + 1,))]
        if not ids:
            return None
        last = len(ids) <= max(1, chunk)
        pending = [_features(store, doc_id) for doc_id in ids[:max(1, chunk)]]
        clusterer = _open_clusterer(conn, pending, w)
        assigned = [(f, clusterer.assign(f)) for f in sorted(pending, key=assignment_key)]
        touched = {sid for _, sid in assigned}
        # Storylines span all stories: linked once, with the last chunk (a killed run leaves pending
        # documents, so the next run's last chunk links them); until then a story keeps its line.
        lines = _relink(conn, clusterer, touched) if last else _kept_lines(conn, touched)
    finally:
        if not in_transaction:
            conn.execute("COMMIT")
    return _Plan(mark, clusterer, assigned, lines)


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


def _save(conn, plan: _Plan, locked: bool = False) -> bool:
    """Write assignments, the touched stories, frequencies and storylines in one short transaction.

    False (nothing written) when another process assigned stories since ``plan`` was read.
    """
    if not locked:
        conn.execute("BEGIN IMMEDIATE")
    try:
        if not locked and _state_mark(conn) != plan.mark:
            conn.execute("ROLLBACK")
            return False
        _write(conn, plan)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return True


def _write(conn, plan: _Plan) -> None:
    """The rows of one plan (inside the caller's transaction)."""
    clusterer, assigned = plan.clusterer, plan.assigned
    for sid in {sid for _, sid in assigned}:
        s = clusterer.stories[sid]
        conn.execute('INSERT OR REPLACE INTO stories (story_id, title, start, "end", last_day, storyline, state)'
                     " VALUES (?, ?, ?, ?, ?, ?, ?)", (s.id, s.label, day_iso(s.start), day_iso(s.end), s.end,
                                                       plan.lines.get(s.id, s.id),
                                                       json.dumps(s.to_json(), ensure_ascii=False)))
    conn.executemany("INSERT INTO story_docs (doc_id, story_id, features) VALUES (?, ?, ?)",
                     [(f.doc_id, sid, json.dumps(f.to_json(), ensure_ascii=False)) for f, sid in assigned])
    conn.executemany("INSERT INTO story_df (key, df) VALUES (?, 1) ON CONFLICT(key) DO UPDATE SET df = df + 1",
                     [(k,) for f, _ in assigned for k in set(f.keys())])
    conn.executemany("UPDATE stories SET storyline = ? WHERE story_id = ?", [(v, k) for k, v in plan.lines.items()])


def _kept_lines(conn, touched: set[str]) -> dict[str, str]:
    """The stored storyline of each ``touched`` story, its own id for a new one."""
    stored = dict(conn.execute(f"SELECT story_id, storyline FROM stories WHERE story_id IN "
                               f"({','.join('?' * len(touched))})", sorted(touched))) if touched else {}
    return {sid: stored.get(sid) or sid for sid in touched}


def _relink(conn, clusterer: Clusterer, touched: set[str]) -> dict[str, str]:
    """Storylines over every story after the clusterer's changes: those that differ from the stored ones,
    and those of the ``touched`` stories."""
    stored: dict[str, str | None] = {}
    stories: dict[str, Story] = {}
    for sid, line, state in conn.execute("SELECT story_id, storyline, state FROM stories"):
        stored[sid] = line
        if sid not in clusterer.stories:
            stories[sid] = Story.from_json(json.loads(state))
    stories.update(clusterer.stories)
    lines = link_storylines(stories.values(), clusterer.df)
    return {sid: line for sid, line in lines.items() if sid in touched or stored.get(sid) != line}


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
