"""Where a clusterer keeps the stories no new document can reach: out of memory, back on demand.

A story whose every event day lies weeks behind the news the clusterer is reading can no
longer be a candidate for a document of that news (candidates come from the weekly index
within ``date_max`` of a document's dates), so it is *retired*: its whole state (centroid,
latest members, index entries, cached norms) goes to an archive and its memory is freed.
A late document whose dates reach back that far brings the stories it could touch back first,
so the assignments are the same as with every story in memory.

:class:`DiskArchive` keeps retired stories in a SQLite file (a temporary one by default);
:class:`MemoryArchive` keeps them in a dict (for tests and small runs: no memory saved).
"""
from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import weakref
from typing import Any, Protocol


class StoryArchive(Protocol):
    """Retired story states by id, searchable by their last event day."""

    def put(self, story_id: str, end_day: int, state: dict[str, Any]) -> None:
        """Keep one retired story's state."""

    def take(self, story_id: str) -> dict[str, Any] | None:
        """Remove and return one story's state (None if it is not archived)."""

    def take_since(self, day: int) -> list[dict[str, Any]]:
        """Remove and return the states of the stories whose last event day is ``day`` or later."""

    def __len__(self) -> int:
        """How many stories are archived."""


class MemoryArchive:
    """An archive in a dict: the same behaviour as :class:`DiskArchive`, no memory saved."""

    def __init__(self) -> None:
        self._states: dict[str, tuple[int, str]] = {}

    def put(self, story_id: str, end_day: int, state: dict[str, Any]) -> None:
        self._states[story_id] = (end_day, json.dumps(state))

    def take(self, story_id: str) -> dict[str, Any] | None:
        item = self._states.pop(story_id, None)
        return None if item is None else json.loads(item[1])

    def take_since(self, day: int) -> list[dict[str, Any]]:
        ids = [sid for sid, (end, _) in self._states.items() if end >= day]
        return [json.loads(self._states.pop(sid)[1]) for sid in ids]

    def __len__(self) -> int:
        return len(self._states)


class DiskArchive:
    """Retired stories in a SQLite file (deleted on close, or when the archive is garbage, if it made it itself)."""

    def __init__(self, path: str | None = None) -> None:
        self._own = path is None
        if path is None:
            fd, path = tempfile.mkstemp(prefix="kabar-stories-", suffix=".db")
            os.close(fd)
        self.path = path
        self._conn = sqlite3.connect(path, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode = OFF")
        self._conn.execute("PRAGMA synchronous = OFF")
        self._conn.execute("CREATE TABLE IF NOT EXISTS retired (story_id TEXT PRIMARY KEY, end_day INTEGER NOT NULL,"
                           " state TEXT NOT NULL)")
        self._conn.execute("CREATE INDEX IF NOT EXISTS retired_end ON retired(end_day)")
        self._finalizer = weakref.finalize(self, _discard, self._conn, path if self._own else None)

    def put(self, story_id: str, end_day: int, state: dict[str, Any]) -> None:
        self._conn.execute("INSERT OR REPLACE INTO retired VALUES (?, ?, ?)",
                           (story_id, end_day, json.dumps(state, ensure_ascii=False)))

    def take(self, story_id: str) -> dict[str, Any] | None:
        row = self._conn.execute("SELECT state FROM retired WHERE story_id = ?", (story_id,)).fetchone()
        if row is None:
            return None
        self._conn.execute("DELETE FROM retired WHERE story_id = ?", (story_id,))
        return json.loads(row[0])

    def take_since(self, day: int) -> list[dict[str, Any]]:
        rows = self._conn.execute("SELECT state FROM retired WHERE end_day >= ? ORDER BY story_id", (day,)).fetchall()
        self._conn.execute("DELETE FROM retired WHERE end_day >= ?", (day,))
        return [json.loads(r[0]) for r in rows]

    def states(self) -> list[dict[str, Any]]:
        """Every archived state, without removing them."""
        return [json.loads(r[0]) for r in self._conn.execute("SELECT state FROM retired ORDER BY story_id")]

    def __len__(self) -> int:
        return self._conn.execute("SELECT COUNT(*) FROM retired").fetchone()[0]

    def close(self) -> None:
        """Close the file, and delete it if this archive created it (safe to call twice)."""
        self._finalizer()


def _discard(conn: sqlite3.Connection, path: str | None) -> None:
    """Close an archive's connection and delete its file (None: a file the caller named, kept)."""
    conn.close()
    if path is not None and os.path.exists(path):
        os.remove(path)
