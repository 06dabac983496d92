"""SQLite behind a threaded web server: a pool of read-only stores and one writer.

Reads run on FastAPI's worker threads, each borrowing its own read-only
connection (WAL lets them read while the writer writes). Every write goes
through the single read-write :class:`~kabar.store.Store` under one lock, so
two ingests never race for SQLite's write lock.
"""
from __future__ import annotations

import queue
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import StoreError
from ..store import Store
from ..store.store import BUSY_TIMEOUT_MS

DEFAULT_POOL_SIZE = 4
# How long a request waits for a free reader before it is answered 503.
POOL_WAIT_S = 30


class Busy(StoreError):
    """No database connection became free in time."""


class ReadOnlyStore(Store):
    """A :class:`Store` on a read-only connection (no migrations: the writer did them)."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self._lock = threading.RLock()
        uri = Path(self.path).resolve().as_uri() + "?mode=ro"
        try:
            self._conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                                         timeout=BUSY_TIMEOUT_MS / 1000)
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._conn.execute("PRAGMA query_only = ON")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store for reading: {exc}") from exc


class Database:
    """The web server's access to one store file."""

    def __init__(self, path: str | Path, pool_size: int = DEFAULT_POOL_SIZE):
        self.path = str(path)
        self.writer = Store(self.path)  # opens (and migrates) first, so readers see the schema
        self.write_lock = threading.Lock()
        self.generation = 0  # bumped after every write, so views can cache between writes
        self._pool: queue.Queue[ReadOnlyStore] = queue.Queue()
        for _ in range(max(1, pool_size)):
            self._pool.put(ReadOnlyStore(self.path))

    @contextmanager
    def reader(self) -> Iterator[Store]:
        """A read-only store for the duration of a ``with`` block."""
        try:
            store = self._pool.get(timeout=POOL_WAIT_S)
        except queue.Empty as exc:
            raise Busy("the server is busy: no free database connection") from exc
        try:
            yield store
        finally:
            self._pool.put(store)

    @contextmanager
    def writing(self) -> Iterator[Store]:
        """The one writable store, held exclusively."""
        with self.write_lock:
            try:
                yield self.writer
            finally:
                self.generation += 1

    def close(self) -> None:
        """Close every connection."""
        while not self._pool.empty():
            self._pool.get_nowait().close()
        self.writer.close()
