"""Light reads by id: document summaries without their text and annotations."""
from __future__ import annotations

from .rows import DocSummary
from .store import SUMMARY_COLUMNS

CHUNK = 500  # below SQLite's host-parameter limit


def summaries(store, doc_ids: list[str]) -> dict[str, DocSummary]:
    """The summary of each stored document in ``doc_ids`` (unknown ids are left out)."""
    out: dict[str, DocSummary] = {}
    ids = list(dict.fromkeys(doc_ids))
    with store._lock:
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            rows = store._conn.execute(f"SELECT {SUMMARY_COLUMNS} FROM documents WHERE id IN "
                                       f"({','.join('?' * len(chunk))})", chunk).fetchall()
            out.update((r[0], DocSummary(*r)) for r in rows)
    return out
