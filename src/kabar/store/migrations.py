"""Versioned schema migrations, tracked with ``PRAGMA user_version``.

Each entry is ``(version, script)``; :func:`migrate` applies the scripts
newer than the database's ``user_version`` in order, each inside one
transaction together with the version bump, so a failed upgrade leaves the
database at its previous version. Later features (stories, storylines) add
entries at the end; never edit a released script.
"""
from __future__ import annotations

import sqlite3

from ..errors import StoreError

# v1: documents, their annotations as rows, and the full-text index.
V1 = """
CREATE TABLE documents (
    seq          INTEGER PRIMARY KEY,          -- stable rowid shared with doc_fts
    id           TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    path         TEXT,
    url          TEXT,
    outlet       TEXT,
    title        TEXT,
    published    TEXT,
    language     TEXT,
    text         TEXT NOT NULL,
    raw          TEXT NOT NULL,
    json         TEXT NOT NULL,                -- Document.to_dict(), the source of truth
    ingested_at  TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_outlet ON documents(outlet);

CREATE TABLE entities (
    entity_id TEXT PRIMARY KEY,
    canonical TEXT NOT NULL,
    type      TEXT NOT NULL                    -- type of the first mention seen
);
CREATE INDEX entities_canonical ON entities(canonical COLLATE NOCASE);

CREATE TABLE entity_aliases (
    entity_id TEXT NOT NULL REFERENCES entities(entity_id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_alias ON entity_aliases(alias COLLATE NOCASE);

CREATE TABLE mentions (
    doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entities(entity_id),
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      TEXT NOT NULL,
    type      TEXT NOT NULL,
    metonymy  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX mentions_entity ON mentions(entity_id, doc_id);
CREATE INDEX mentions_doc ON mentions(doc_id);

CREATE TABLE times (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    value       TEXT NOT NULL,
    granularity TEXT NOT NULL
);
CREATE INDEX times_doc ON times(doc_id);
CREATE INDEX times_value ON times(value);

CREATE TABLE quantities (
    doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    text     TEXT NOT NULL,
    value    TEXT NOT NULL,                    -- JSON: a number or [low, high]
    unit     TEXT
);
CREATE INDEX quantities_doc ON quantities(doc_id);

CREATE TABLE quotes (
    doc_id            TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    text              TEXT NOT NULL,
    speaker           TEXT,
    speaker_entity_id TEXT,
    cue               TEXT,
    direct            INTEGER NOT NULL
);
CREATE INDEX quotes_doc ON quotes(doc_id);
CREATE INDEX quotes_speaker ON quotes(speaker);

CREATE TABLE events (
    doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    type     TEXT NOT NULL,
    actor    TEXT,
    target   TEXT,
    date     TEXT,
    location TEXT,
    trigger  TEXT NOT NULL,
    sentence_start INTEGER,
    sentence_end   INTEGER
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_type ON events(type, date);

-- Contentless: the texts live in documents; snippets are built from there.
-- stems holds the stemmed title and body (see kabar.store.stemming).
CREATE VIRTUAL TABLE doc_fts USING fts5(
    title, body, stems, content='', tokenize='unicode61 remove_diacritics 2'
);
"""

# v2: stories (kabar.store.stories): each document's story, story state for
# incremental assignment, and the document frequencies the clusterer weighs by.
V2 = """
CREATE TABLE stories (
    story_id  TEXT PRIMARY KEY,
    title     TEXT NOT NULL,
    start     TEXT,
    "end"     TEXT,
    last_day  INTEGER,                         -- ordinal of "end", to load only recent stories
    storyline TEXT,
    state     TEXT NOT NULL                    -- JSON of kabar.stories.cluster.Story
);
CREATE INDEX stories_last_day ON stories(last_day);

CREATE TABLE story_docs (
    doc_id   TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    story_id TEXT NOT NULL REFERENCES stories(story_id),
    features TEXT NOT NULL                     -- JSON of kabar.stories.features.Features
);
CREATE INDEX story_docs_story ON story_docs(story_id);

CREATE TABLE story_df (
    key TEXT PRIMARY KEY,
    df  INTEGER NOT NULL
) WITHOUT ROWID;
"""

# v3: compact rows (kabar.store.codec): the text once, the annotations deflated without the slices of
# the text they point at, the raw input as a delta against the text; one mention row per entity, type
# and document (with a count) instead of one per mention. Old documents rows are converted by
# kabar.store.codec.upgrade_rows when the store is opened (documents_unpacked finds them).
V3 = """
ALTER TABLE documents ADD COLUMN packed BLOB;     -- deflated compact JSON (NULL: json holds Document.to_dict())
ALTER TABLE documents ADD COLUMN raw_delta BLOB;  -- raw input deflated against text (NULL: raw is text, or raw)
CREATE INDEX documents_unpacked ON documents(seq) WHERE packed IS NULL;

CREATE TABLE doc_mentions (
    entity_id TEXT NOT NULL REFERENCES entities(entity_id),
    doc_seq   INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
    type      TEXT NOT NULL,
    n         INTEGER NOT NULL,                  -- mentions of the entity with this type in the document
    metonymy  INTEGER NOT NULL DEFAULT 0,        -- of which metonymic
    PRIMARY KEY (entity_id, doc_seq, type)
) WITHOUT ROWID;
INSERT INTO doc_mentions (entity_id, doc_seq, type, n, metonymy)
    SELECT m.entity_id, d.seq, m.type, COUNT(*), SUM(m.metonymy) FROM mentions m JOIN documents d ON d.id = m.doc_id
    GROUP BY m.entity_id, d.seq, m.type;
DROP TABLE mentions;
ALTER TABLE doc_mentions RENAME TO mentions;
CREATE INDEX mentions_doc ON mentions(doc_seq);
"""

MIGRATIONS: list[tuple[int, str]] = [
    (1, V1),
    (2, V2),
    (3, V3),
]


def schema_version(conn: sqlite3.Connection) -> int:
    """The database's ``user_version``."""
    return conn.execute("PRAGMA user_version").fetchone()[0]


def latest_version() -> int:
    """The version a fully migrated database has."""
    return MIGRATIONS[-1][0]


def migrate(conn: sqlite3.Connection, migrations: list[tuple[int, str]] | None = None) -> int:
    """Apply the pending migrations in order; returns the resulting version."""
    steps = MIGRATIONS if migrations is None else migrations
    current = schema_version(conn)
    newest = steps[-1][0] if steps else 0
    if current > newest:
        raise StoreError(f"database schema v{current} is newer than this kabar (v{newest}); upgrade kabar")
    for version, script in steps:
        if version > current:
            _apply(conn, version, script)
            current = version
    return current


def _apply(conn: sqlite3.Connection, version: int, script: str) -> None:
    """Run one script and bump ``user_version`` in a single transaction (skipped when another
    process applied it first: two processes creating the same new store both succeed)."""
    # executescript() would commit on its own; run statement by statement instead
    # so that the script and the version bump commit or roll back together.
    try:
        conn.execute("BEGIN IMMEDIATE")
        if schema_version(conn) >= version:  # read under the write lock: someone else was quicker
            conn.execute("ROLLBACK")
            return
        for statement in _statements(script):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {int(version)}")
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise StoreError(f"schema migration to v{version} failed: {exc}") from exc


def _statements(script: str) -> list[str]:
    """Split a script into complete SQL statements (a ``;`` inside a string or trigger stays)."""
    out, buf = [], ""
    for piece in script.split(";"):
        buf += piece + ";"
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    rest = buf.rstrip(";").strip()
    if rest and not _only_comments(rest):
        out.append(rest)
    return [s for s in out if not _only_comments(s.rstrip(";"))]


def _only_comments(sql: str) -> bool:
    """Whether ``sql`` holds nothing but whitespace and ``--`` comments."""
    return all(not line.strip() or line.strip().startswith("--") for line in sql.splitlines())
