"""Whether a store already holds a text, asked before analysis: re-ingesting unchanged inputs costs a read.

Any process may ask (analysis workers too): each opens its own read-only connection on
first use. The hash is :func:`kabar.store.store.content_hash`'s (whitespace-insensitive).
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..model import Source, content_id


@dataclass(frozen=True)
class Known:
    """An input whose content the store already holds: not analysed again."""

    source: Source
    doc_id: str


def text_hash(text: str) -> str:
    """The store's content hash of a raw text."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


class KnownContent:
    """Answers ``known(raw_text)`` for the store file at ``path`` (False while the file does not exist)."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self._conn: sqlite3.Connection | None = None

    def __call__(self, text: str) -> bool:
        conn = self._connect()
        if conn is None:
            return False
        try:
            return conn.execute("SELECT 1 FROM documents WHERE content_hash = ?",
                                (text_hash(text),)).fetchone() is not None
        except sqlite3.Error:  # a store still being created: nothing is known yet
            return False

    def known(self, raw) -> Known | None:
        """A :class:`Known` for a read input the store holds, else None."""
        return Known(raw.source, content_id(raw.text)) if raw.text and self(raw.text) else None

    def _connect(self) -> sqlite3.Connection | None:
        if self._conn is None and self.path != ":memory:" and os.path.exists(self.path):
            uri = Path(self.path).resolve().as_uri() + "?mode=ro"
            self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=10)
        return self._conn

    def __getstate__(self):  # travels to worker processes without its connection
        return {"path": self.path, "_conn": None}

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
