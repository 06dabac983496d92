"""The SQLite store: documents, their annotations as rows, full-text search, entities.

This package is the only place kabar issues SQL. One :class:`Store` wraps
one connection (WAL journal, foreign keys on, synchronous=NORMAL); each
document is written in its own transaction, so a crash mid-ingest loses
nothing already committed.
"""
from __future__ import annotations

try:  # the C module itself: the ``sqlite3`` package adds DB-API constants and datetime adapters on top, and
    import _sqlite3 as sqlite3  # importing datetime for them costs a CLI search a tenth of its start-up
except ImportError:  # an implementation without it
    import sqlite3
from _thread import RLock
import time
from functools import wraps

from ..errors import StoreError
from .migrations import migrate
from .query import parse
from .snippet import DEFAULT_MARKS, make_snippet

# Only what a search needs is imported here: ``kabar search`` starts a process per query, and the
# model's dataclasses, typing, hashlib, datetime, the row codec and the entity code each cost more to
# import than the search itself. Writing and the other readers import them where they are used.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any, Iterable

    from ..model import Document
    from .rows import DocSummary, EntityDetail, EntityRow, SearchHit

DEFAULT_PATH = "kabar.db"
BUSY_TIMEOUT_MS = 10_000
# bm25 column weights of the full-text index: title, body as written, stems (given in the index's column
# order: the compact one has the body first). A title hit counts most; a stem-only match counts less than
# the same word as written.
COLUMN_WEIGHTS = {"title": 4.0, "body": 1.0, "stems": 0.6}
# Pages of a new store. A document row (its text and packed annotations, about 3.3 KB for a news article)
# fits a 4 KB page once, leaving a fifth of it empty; 16 KB pages hold four or five such rows.
PAGE_SIZE = 16_384
SUMMARY_COLUMNS = "id, title, published, outlet, language, path, url, ingested_at"


def _locked(method):
    """Serialise calls on one store (the web server may share it across threads)."""
    @wraps(method)
    def run(self, *args, **kwargs):
        with self._lock:
            return method(self, *args, **kwargs)
    return run


def content_hash(doc: Document) -> str:
    """The hash that makes re-ingesting the same content a no-op (whitespace-insensitive)."""
    return _digest(doc.raw or doc.text)


def _digest(content: str) -> str:
    """SHA-256 of ``content`` with its whitespace runs made single spaces."""
    import hashlib
    return hashlib.sha256(" ".join(content.split()).encode("utf-8")).hexdigest()


class Store:
    """A kabar database. ``Store(":memory:")`` gives a throwaway one for tests."""

    _fts_form: tuple[tuple[float, ...], bool] | None = None  # see _index_form (a class default: read-only
    # stores of the web server are made without __init__)

    def __init__(self, path: str | Path = DEFAULT_PATH):
        self.path = str(path)
        self._lock = RLock()
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                                         timeout=BUSY_TIMEOUT_MS / 1000)
            self._setup()
            migrate(self._conn)
            if self._conn.execute("SELECT 1 FROM documents WHERE packed IS NULL LIMIT 1").fetchone():
                from .codec import upgrade_rows
                upgrade_rows(self._conn)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store: {exc}") from exc

    def _setup(self) -> None:
        """Connection settings: WAL so readers never block the writer, FK checks on; a new store's pages
        of PAGE_SIZE bytes (an existing store keeps the size it was made with)."""
        for pragma in (f"busy_timeout = {BUSY_TIMEOUT_MS}", "foreign_keys = ON", f"page_size = {PAGE_SIZE}"):
            self._conn.execute(f"PRAGMA {pragma}")
        self._enable_wal()
        self._conn.execute("PRAGMA synchronous = NORMAL")

    def _enable_wal(self, attempts: int = 40) -> None:
        """Switch to WAL, retrying: SQLite answers a journal-mode change that races another
        process's (two processes opening one new store) with "locked" at once, without
        waiting on the busy timeout."""
        for attempt in range(attempts):
            try:
                self._conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == attempts - 1:
                    raise
                time.sleep(0.01 * (attempt + 1))

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @_locked
    def close(self) -> None:
        """Close the connection (safe to call twice)."""
        self._conn.close()

    # -- writing ---------------------------------------------------------

    @_locked
    def add(self, doc: Document) -> bool:
        """Store ``doc`` and its annotations; False (nothing changed) if its content is already stored."""
        digest = content_hash(doc)
        if self._has_hash(digest):
            return False
        record = _document_record(doc, digest, self._index_form()[1])  # stemming: outside the write lock
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            if self._has_hash(digest):  # another process stored it meanwhile
                self._conn.execute("ROLLBACK")
                return False
            self._insert(doc, _same_outlet_spelling(self._conn, doc, record))
            self._conn.execute("COMMIT")
        except BaseException as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.IntegrityError) and "documents.id" in str(exc):
                raise StoreError(f"document {doc.id} ({doc.source.path}) has the id of a stored document"
                                 " with different content") from exc
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"cannot store document {doc.id}: {exc}") from exc
            raise
        return True

    def add_many(self, docs: Iterable[Document]) -> tuple[int, int]:
        """Store each document in its own transaction; returns (added, skipped).

        A failure stops the batch and propagates; documents before it stay committed.
        """
        added = skipped = 0
        for doc in docs:
            if self.add(doc):
                added += 1
            else:
                skipped += 1
        return added, skipped

    @_locked
    def has_content(self, raw: str) -> bool:
        """Whether a document with this raw content is stored (lets callers skip analysis)."""
        return self._has_hash(_digest(raw))

    def _has_hash(self, digest: str) -> bool:
        return self._conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (digest,)).fetchone() is not None

    def _insert(self, doc: Document, record: dict[str, Any]) -> None:
        """All rows of one document (inside the caller's transaction)."""
        cur = self._conn.execute(
            "INSERT INTO documents (id, content_hash, path, url, outlet, title, published, language, text, raw,"
            " raw_delta, json, packed, ingested_at) VALUES (:id, :content_hash, :path, :url, :outlet, :title,"
            " :published, :language, :text, :raw, :raw_delta, '', :packed, :ingested_at)", record)
        self._conn.execute("INSERT INTO doc_fts (rowid, title, body, stems) VALUES (?, ?, ?, ?)",
                           (cur.lastrowid, doc.title or "", _body(doc), record["stems"]))
        self._insert_entities(doc, cur.lastrowid)
        self._insert_annotations(doc, cur.lastrowid)

    def _insert_entities(self, doc: Document, seq: int) -> None:
        """Entities, their other spellings and one mention row per entity, type and document (with counts)."""
        from . import entities as ents
        counts: dict[tuple[int, str], list[int]] = {}
        for e in doc.entities:
            key, canonical, named = self._entity_key(e.entity_id or ents.entity_key(e.canonical or e.text),
                                                     e.canonical or e.text, e.type)
            spellings = {a for a in (e.text, e.canonical) if a}
            self._conn.executemany("INSERT OR IGNORE INTO entity_alias (entity, alias) VALUES (?, ?)",
                                   [(key, a) for a in spellings if a != canonical])
            if not named and canonical in spellings:  # (an entity of a store made before v4)
                self._conn.execute("UPDATE entities SET named = 1 WHERE key = ?", (key,))
            n = counts.setdefault((key, e.type), [0, 0])
            n[0], n[1] = n[0] + 1, n[1] + int(e.metonymy)
        self._conn.executemany("INSERT INTO entity_mentions (entity, doc_seq, type, n, metonymy) VALUES (?, ?, ?, ?, ?)",
                               [(key, seq, t, n, m) for (key, t), (n, m) in counts.items()])

    def _entity_key(self, entity_id: str, canonical: str, type_: str) -> tuple[int, str, int]:
        """The integer key, stored canonical name and ``named`` flag of an entity (stored now if it is new:
        its canonical name is then one of its spellings)."""
        row = self._conn.execute("SELECT key, canonical, named FROM entities WHERE entity_id = ?",
                                 (entity_id,)).fetchone()
        if row is not None:
            return row
        named = int(bool(canonical))
        cur = self._conn.execute("INSERT INTO entities (entity_id, canonical, type, named) VALUES (?, ?, ?, ?)",
                                 (entity_id, canonical, type_, named))
        return cur.lastrowid, canonical, named

    def _insert_annotations(self, doc: Document, seq: int) -> None:
        """Times, quantities, quotes and events as queryable rows, numbered in the document's order (a text
        that is the slice of the document's between the offsets is not stored again: the views cut it)."""
        import json
        c, cut = self._conn, _slicer(doc.text)
        c.executemany('INSERT INTO doc_times (doc_seq, i, start, "end", text, value, granularity)'
                      " VALUES (?,?,?,?,?,?,?)",
                      [(seq, i, t.start, t.end, cut(t), t.value, t.granularity) for i, t in enumerate(doc.times)])
        c.executemany('INSERT INTO doc_quantities (doc_seq, i, start, "end", text, value, unit) VALUES (?,?,?,?,?,?,?)',
                      [(seq, i, q.start, q.end, cut(q), json.dumps(q.value), q.unit)
                       for i, q in enumerate(doc.quantities)])
        c.executemany('INSERT INTO doc_quotes (doc_seq, i, start, "end", text, speaker, speaker_entity_id, cue, direct)'
                      " VALUES (?,?,?,?,?,?,?,?,?)",
                      [(seq, i, q.start, q.end, cut(q), q.speaker, q.speaker_entity_id, q.cue, int(q.direct))
                       for i, q in enumerate(doc.quotes)])
        c.executemany("INSERT INTO doc_events (doc_seq, i, type, actor, target, date, location, trigger,"
                      " sentence_start, sentence_end) VALUES (?,?,?,?,?,?,?,?,?,?)",
                      [(seq, i, e.type, e.actor, e.target, e.date, e.location, e.trigger,
                        e.sentence.get("start"), e.sentence.get("end")) for i, e in enumerate(doc.events)])

    # -- reading ---------------------------------------------------------

    @_locked
    def get(self, doc_id: str) -> Document | None:
        """The stored document with every annotation, or None."""
        row = self._conn.execute("SELECT packed, raw, raw_delta, id, title, published, language, text, outlet"
                                 " FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        import dataclasses

        from .codec import raw_of, unpack
        columns = dict(zip(("id", "title", "published", "language", "text"), row[3:8]))
        doc = unpack(row[0], columns, raw_of(row[1], row[2], columns["text"]))
        if doc.source.outlet != row[8]:  # the store's one spelling of the outlet (see .outlets)
            doc.source = dataclasses.replace(doc.source, outlet=row[8])
        return doc

    @_locked
    def documents(self, limit: int = 50, offset: int = 0) -> list[DocSummary]:
        """Stored documents, newest publication first (undated last)."""
        from .rows import DocSummary
        rows = self._conn.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM documents ORDER BY published IS NULL, published DESC, seq DESC"
            " LIMIT ? OFFSET ?", (limit, offset)).fetchall()
        return [DocSummary(*r) for r in rows]

    @_locked
    def data_version(self) -> int:
        """A number that changes whenever another connection commits to the store file."""
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    @_locked
    def count(self) -> int:
        """How many documents are stored."""
        return self._conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    @_locked
    def stats(self) -> dict[str, Any]:
        """Counts for ``kabar stats``: documents, by language and outlet, date range, entities, size."""
        one = lambda sql: self._conn.execute(sql).fetchone()  # noqa: E731
        by = lambda col: dict(self._conn.execute(  # noqa: E731
            f"SELECT COALESCE({col}, 'unknown'), COUNT(*) FROM documents GROUP BY 1 ORDER BY 2 DESC, 1"))
        first, last = one("SELECT MIN(published), MAX(published) FROM documents")
        pages, page_size = one("PRAGMA page_count")[0], one("PRAGMA page_size")[0]
        return {
            "documents": one("SELECT COUNT(*) FROM documents")[0],
            "by_language": by("language"),
            "by_outlet": by("outlet"),
            "published_from": first,
            "published_to": last,
            "entities": one("SELECT COUNT(*) FROM entities")[0],
            "mentions": one("SELECT COALESCE(SUM(n), 0) FROM entity_mentions")[0],
            "db_bytes": pages * page_size,
            "path": self.path,
        }

    @_locked
    def search(self, query: str, limit: int = 20, offset: int = 0,
               marks: tuple[str, str] = DEFAULT_MARKS) -> list[SearchHit]:
        """Full-text search, best first; words match their Indonesian stems ("kunjungan" finds "mengunjungi").

        Supports "quoted phrases", prefix*, AND/OR/NOT, parentheses and NEAR(a b, N).
        Raises :class:`StoreError` for a malformed query. ``marks`` wrap matched
        words in ``SearchHit.snippet``.
        """
        from .rows import SearchHit
        return [SearchHit(*r) for r in self.search_rows(query, limit, offset, marks)]

    @_locked
    def search_rows(self, query: str, limit: int = 20, offset: int = 0,
                    marks: tuple[str, str] = DEFAULT_MARKS) -> list[tuple]:
        """:meth:`search` as plain tuples in the order of SearchHit's fields (``kabar search`` prints them
        without building the dataclasses, whose module costs more to import than the search)."""
        weights, compact = self._index_form()
        parsed = parse(query, compact)
        if parsed.empty:
            return []
        sql = ("SELECT d.id, d.title, d.published, d.outlet, IIF(d.text != '', d.text, d.raw), f.score FROM"
               " (SELECT rowid, bm25(doc_fts, ?, ?, ?) AS score FROM doc_fts WHERE doc_fts MATCH ?"
               "  ORDER BY score LIMIT ? OFFSET ?) AS f JOIN documents d ON d.seq = f.rowid ORDER BY f.score")
        try:
            rows = self._conn.execute(sql, (*weights, parsed.fts, limit, offset)).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot search for {query!r}: {_fts_message(exc)}") from exc
        return [(r[0], r[1], r[2], r[3], make_snippet(r[4], parsed, marks), -r[5]) for r in rows]

    @_locked
    def _index_form(self) -> tuple[tuple[float, ...], bool]:
        """The full-text index's bm25 weights in its column order, and whether it has the compact layout
        (body first, stems of changed words only: see :mod:`.migrations`, v5)."""
        if self._fts_form is None:
            columns = [r[1] for r in self._conn.execute("PRAGMA table_info(doc_fts)")]
            self._fts_form = tuple(COLUMN_WEIGHTS[c] for c in columns), columns[0] == "body"
        return self._fts_form

    # -- entities --------------------------------------------------------

    @_locked
    def entities(self, type: str | None = None, query: str | None = None, limit: int = 50) -> list[EntityRow]:
        """Entities across documents, most mentioned first, optionally of one type or matching a name."""
        from . import entities as ents
        from .rows import EntityRow
        rows = ents.filter_rows(ents.all_entities(self._conn), type, query)[:limit]
        return [EntityRow(r.entity_id, r.canonical, r.type, r.types, r.aliases, r.mention_count, r.doc_count)
                for r in rows]

    @_locked
    def entity(self, name_or_id: str) -> EntityDetail | None:
        """One entity by id, canonical name or alias, with its documents; None if unknown."""
        from . import entities as ents
        eid = ents.find_entity_id(self._conn, name_or_id)
        if eid is None:
            return None
        found = next((r for r in ents.all_entities(self._conn) if eid in r.members), None)
        if found is None:
            return None
        found.documents = ents.entity_documents(self._conn, found.members)
        return found


def _body(doc: Document) -> str:
    """The text indexed and shown in snippets (the raw text before analysis)."""
    return doc.text or doc.raw


def _document_record(doc: Document, digest: str, compact: bool) -> dict[str, Any]:
    """The documents-table values of ``doc``, plus its stemmed text (``compact``: only the stems of the words
    stemming changes, for the compact index)."""
    from datetime import datetime, timezone

    from .codec import raw_columns
    from .stemming import stem_text
    raw, raw_delta = raw_columns(doc.raw, doc.text)
    return {
        "id": doc.id, "content_hash": digest, "path": doc.source.path, "url": doc.source.url,
        "outlet": doc.source.outlet, "title": doc.title, "published": doc.published, "language": doc.language,
        "text": doc.text, "raw": raw, "raw_delta": raw_delta, "packed": _packed(doc),
        "ingested_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "stems": stem_text(f"{doc.title or ''}\n{_body(doc)}", changed_only=compact),
    }


def _slicer(text: str):
    """A function giving an annotation's ``text`` to store: None where it is ``text`` between its offsets
    (as SQLite's substr() cuts it again in the views: offsets in order, no NUL character in the text)."""
    nul = "\0" in text

    def cut(a) -> str | None:
        if a.text is None:  # NULL stands for the slice: a missing text is refused as the NOT NULL column did
            raise StoreError(f"an annotation at {a.start}-{a.end} has no text (NOT NULL constraint)")
        if nul or not 0 <= a.start <= a.end or a.text != text[a.start:a.end]:
            return a.text
        return None
    return cut


def _same_outlet_spelling(conn: sqlite3.Connection, doc: Document, record: dict[str, Any]) -> dict[str, Any]:
    """``record`` with the store's one spelling of the document's outlet (see :mod:`.outlets`)."""
    import dataclasses

    from .outlets import unify
    spelling = unify(conn, doc.source.outlet)
    if spelling == doc.source.outlet:
        return record
    doc.source = dataclasses.replace(doc.source, outlet=spelling)
    return {**record, "outlet": spelling, "packed": _packed(doc)}


def _packed(doc: Document) -> bytes:
    """The compact annotations of ``doc`` (see :mod:`.codec`)."""
    from .codec import pack
    data = doc.to_dict()
    data["meta"] = doc.meta  # an extra field: the contract allows adding fields
    return pack(data, doc.text)


def _fts_message(exc: sqlite3.OperationalError) -> str:
    """SQLite's FTS5 complaint in user words."""
    text = str(exc)
    if "syntax error" in text:
        return f"the query is malformed ({text.removeprefix('fts5: ')}); check parentheses and AND/OR/NOT"
    return text
