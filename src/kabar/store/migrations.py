"""Versioned schema migrations, tracked with ``PRAGMA user_version``.

Each entry is ``(version, script)`` (SQL, or a function of the connection for a step that depends
on what the store holds); :func:`migrate` applies the scripts
newer than the database's ``user_version`` in order, each inside one
transaction together with the version bump, so a failed upgrade leaves the
database at its previous version. Later features (stories, storylines) add
entries at the end; never edit a released script.
"""
from __future__ import annotations

try:  # the C module itself: the ``sqlite3`` package adds DB-API constants and datetime adapters on top, and
    import _sqlite3 as sqlite3  # importing datetime for them costs a CLI search a tenth of its start-up
except ImportError:  # an implementation without it
    import sqlite3

from ..errors import StoreError

TYPE_CHECKING = False
if TYPE_CHECKING:  # (typing is not imported at run time: ``kabar search`` opens a store per query)
    from typing import Callable, Union

    Step = Union[str, Callable[[sqlite3.Connection], None]]

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

# v4: the rows the documents table already holds are not repeated. Entities get an integer key that
# mentions and aliases refer to; an entity's canonical name is not stored again as an alias
# (``named``: it is one); annotation rows point at their document by ``seq`` and keep their ``text``
# only where it is not the slice of the document's text between their offsets. Views under the old
# names (mentions, entity_aliases, times, quantities, quotes, events) show the old columns.
V4 = """
CREATE TABLE entity_keys (
    key       INTEGER PRIMARY KEY,
    entity_id TEXT NOT NULL UNIQUE,
    canonical TEXT NOT NULL,
    type      TEXT NOT NULL,                   -- type of the first mention seen
    named     INTEGER NOT NULL DEFAULT 1       -- 1: the canonical name is one of its aliases
);
INSERT INTO entity_keys (key, entity_id, canonical, type, named)
    SELECT e.rowid, e.entity_id, e.canonical, e.type,
           EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.entity_id AND a.alias = e.canonical)
    FROM entities e ORDER BY e.rowid;

CREATE TABLE entity_alias (
    entity INTEGER NOT NULL REFERENCES entity_keys(key) ON DELETE CASCADE,
    alias  TEXT NOT NULL,                      -- a spelling other than the canonical name
    PRIMARY KEY (entity, alias)
) WITHOUT ROWID;
INSERT INTO entity_alias (entity, alias)
    SELECT k.key, a.alias FROM entity_aliases a JOIN entity_keys k USING (entity_id) WHERE a.alias != k.canonical;
CREATE INDEX entity_alias_alias ON entity_alias(alias COLLATE NOCASE);

CREATE TABLE entity_mentions (
    entity   INTEGER NOT NULL REFERENCES entity_keys(key),
    doc_seq  INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
    type     TEXT NOT NULL,
    n        INTEGER NOT NULL,                 -- mentions of the entity with this type in the document
    metonymy INTEGER NOT NULL DEFAULT 0,       -- of which metonymic
    PRIMARY KEY (entity, doc_seq, type)
) WITHOUT ROWID;
INSERT INTO entity_mentions (entity, doc_seq, type, n, metonymy)
    SELECT k.key, m.doc_seq, m.type, m.n, m.metonymy FROM mentions m JOIN entity_keys k USING (entity_id);
CREATE INDEX entity_mentions_doc ON entity_mentions(doc_seq);

DROP TABLE mentions;
DROP TABLE entity_aliases;
DROP TABLE entities;
ALTER TABLE entity_keys RENAME TO entities;
CREATE INDEX entities_canonical ON entities(canonical COLLATE NOCASE);

CREATE VIEW mentions AS
    SELECT e.entity_id, m.doc_seq, m.type, m.n, m.metonymy FROM entity_mentions m JOIN entities e ON e.key = m.entity;
CREATE VIEW entity_aliases AS
    SELECT e.entity_id, a.alias FROM entity_alias a JOIN entities e ON e.key = a.entity
    UNION ALL SELECT entity_id, canonical FROM entities WHERE named;

CREATE TABLE doc_times (
    doc_seq     INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT,                          -- NULL: the document's text from start to end
    value       TEXT NOT NULL,
    granularity TEXT NOT NULL
);
INSERT INTO doc_times SELECT d.seq, t.start, t."end", NULLIF(t.text, substr(d.text, t.start + 1, t."end" - t.start)),
    t.value, t.granularity FROM times t JOIN documents d ON d.id = t.doc_id WHERE 0 <= t.start AND t.start <= t."end"
    UNION ALL SELECT d.seq, t.start, t."end", t.text, t.value, t.granularity FROM times t JOIN documents d ON d.id = t.doc_id
    WHERE NOT (0 <= t.start AND t.start <= t."end");
DROP TABLE times;
CREATE INDEX doc_times_doc ON doc_times(doc_seq);
CREATE INDEX doc_times_value ON doc_times(value);
CREATE VIEW times AS SELECT d.id AS doc_id, t.start, t."end",
    COALESCE(t.text, substr(d.text, t.start + 1, t."end" - t.start)) AS text, t.value, t.granularity
    FROM doc_times t JOIN documents d ON d.seq = t.doc_seq;

CREATE TABLE doc_quantities (
    doc_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    text    TEXT,                              -- NULL: the document's text from start to end
    value   TEXT NOT NULL,                     -- JSON: a number or [low, high]
    unit    TEXT
);
INSERT INTO doc_quantities SELECT d.seq, q.start, q."end", NULLIF(q.text, substr(d.text, q.start + 1, q."end" - q.start)),
    q.value, q.unit FROM quantities q JOIN documents d ON d.id = q.doc_id WHERE 0 <= q.start AND q.start <= q."end"
    UNION ALL SELECT d.seq, q.start, q."end", q.text, q.value, q.unit FROM quantities q JOIN documents d ON d.id = q.doc_id
    WHERE NOT (0 <= q.start AND q.start <= q."end");
DROP TABLE quantities;
CREATE INDEX doc_quantities_doc ON doc_quantities(doc_seq);
CREATE VIEW quantities AS SELECT d.id AS doc_id, q.start, q."end",
    COALESCE(q.text, substr(d.text, q.start + 1, q."end" - q.start)) AS text, q.value, q.unit
    FROM doc_quantities q JOIN documents d ON d.seq = q.doc_seq;

CREATE TABLE doc_quotes (
    doc_seq           INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    text              TEXT,                    -- NULL: the document's text from start to end
    speaker           TEXT,
    speaker_entity_id TEXT,
    cue               TEXT,
    direct            INTEGER NOT NULL
);
INSERT INTO doc_quotes SELECT d.seq, q.start, q."end", NULLIF(q.text, substr(d.text, q.start + 1, q."end" - q.start)),
    q.speaker, q.speaker_entity_id, q.cue, q.direct FROM quotes q JOIN documents d ON d.id = q.doc_id
    WHERE 0 <= q.start AND q.start <= q."end"
    UNION ALL SELECT d.seq, q.start, q."end", q.text, q.speaker, q.speaker_entity_id, q.cue, q.direct
    FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE NOT (0 <= q.start AND q.start <= q."end");
DROP TABLE quotes;
CREATE INDEX doc_quotes_doc ON doc_quotes(doc_seq);
CREATE INDEX doc_quotes_speaker ON doc_quotes(speaker);
CREATE VIEW quotes AS SELECT d.id AS doc_id, q.start, q."end",
    COALESCE(q.text, substr(d.text, q.start + 1, q."end" - q.start)) AS text, q.speaker, q.speaker_entity_id, q.cue,
    q.direct FROM doc_quotes q JOIN documents d ON d.seq = q.doc_seq;

CREATE TABLE doc_events (
    doc_seq  INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
    type     TEXT NOT NULL,
    actor    TEXT,
    target   TEXT,
    date     TEXT,
    location TEXT,
    trigger  TEXT NOT NULL,
    sentence_start INTEGER,
    sentence_end   INTEGER
);
INSERT INTO doc_events SELECT d.seq, e.type, e.actor, e.target, e.date, e.location, e.trigger, e.sentence_start,
    e.sentence_end FROM events e JOIN documents d ON d.id = e.doc_id;
DROP TABLE events;
CREATE INDEX doc_events_doc ON doc_events(doc_seq);
CREATE INDEX doc_events_type ON doc_events(type, date);
CREATE VIEW events AS SELECT d.id AS doc_id, e.type, e.actor, e.target, e.date, e.location, e.trigger,
    e.sentence_start, e.sentence_end FROM doc_events e JOIN documents d ON d.seq = e.doc_seq;
"""

# v5: the annotation rows are stored in their document's order, clustered by it (WITHOUT ROWID, keyed by
# document and ordinal ``i``), so no separate index by document repeats them; the indexes on times' values,
# quotes' speakers and events' types, which no query of kabar uses, are gone. The views are unchanged.
V5 = """
DROP VIEW times;
DROP VIEW quantities;
DROP VIEW quotes;
DROP VIEW events;

CREATE TABLE doc_times_v5 (
    doc_seq     INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
    i           INTEGER NOT NULL,              -- its place among the document's times
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT,                          -- NULL: the document's text from start to end
    value       TEXT NOT NULL,
    granularity TEXT NOT NULL,
    PRIMARY KEY (doc_seq, i)
) WITHOUT ROWID;
INSERT INTO doc_times_v5 SELECT doc_seq, ROW_NUMBER() OVER (PARTITION BY doc_seq ORDER BY rowid) - 1, start, "end",
    text, value, granularity FROM doc_times;
DROP TABLE doc_times;
ALTER TABLE doc_times_v5 RENAME TO doc_times;
CREATE VIEW times AS SELECT d.id AS doc_id, t.start, t."end",
    COALESCE(t.text, substr(d.text, t.start + 1, t."end" - t.start)) AS text, t.value, t.granularity
    FROM doc_times t JOIN documents d ON d.seq = t.doc_seq;

CREATE TABLE doc_quantities_v5 (
    doc_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
    i       INTEGER NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    text    TEXT,                              -- NULL: the document's text from start to end
    value   TEXT NOT NULL,                     -- JSON: a number or [low, high]
    unit    TEXT,
    PRIMARY KEY (doc_seq, i)
) WITHOUT ROWID;
INSERT INTO doc_quantities_v5 SELECT doc_seq, ROW_NUMBER() OVER (PARTITION BY doc_seq ORDER BY rowid) - 1, start,
    "end", text, value, unit FROM doc_quantities;
DROP TABLE doc_quantities;
ALTER TABLE doc_quantities_v5 RENAME TO doc_quantities;
CREATE VIEW quantities AS SELECT d.id AS doc_id, q.start, q."end",
    COALESCE(q.text, substr(d.text, q.start + 1, q."end" - q.start)) AS text, q.value, q.unit
    FROM doc_quantities q JOIN documents d ON d.seq = q.doc_seq;

CREATE TABLE doc_quotes_v5 (
    doc_seq           INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
    i                 INTEGER NOT NULL,
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    text              TEXT,                    -- NULL: the document's text from start to end
    speaker           TEXT,
    speaker_entity_id TEXT,
    cue               TEXT,
    direct            INTEGER NOT NULL,
    PRIMARY KEY (doc_seq, i)
) WITHOUT ROWID;
INSERT INTO doc_quotes_v5 SELECT doc_seq, ROW_NUMBER() OVER (PARTITION BY doc_seq ORDER BY rowid) - 1, start, "end",
    text, speaker, speaker_entity_id, cue, direct FROM doc_quotes;
DROP TABLE doc_quotes;
ALTER TABLE doc_quotes_v5 RENAME TO doc_quotes;
CREATE VIEW quotes AS SELECT d.id AS doc_id, q.start, q."end",
    COALESCE(q.text, substr(d.text, q.start + 1, q."end" - q.start)) AS text, q.speaker, q.speaker_entity_id, q.cue,
    q.direct FROM doc_quotes q JOIN documents d ON d.seq = q.doc_seq;

CREATE TABLE doc_events_v5 (
    doc_seq  INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
    i        INTEGER NOT NULL,
    type     TEXT NOT NULL,
    actor    TEXT,
    target   TEXT,
    date     TEXT,
    location TEXT,
    trigger  TEXT NOT NULL,
    sentence_start INTEGER,
    sentence_end   INTEGER,
    PRIMARY KEY (doc_seq, i)
) WITHOUT ROWID;
INSERT INTO doc_events_v5 SELECT doc_seq, ROW_NUMBER() OVER (PARTITION BY doc_seq ORDER BY rowid) - 1, type, actor,
    target, date, location, trigger, sentence_start, sentence_end FROM doc_events;
DROP TABLE doc_events;
ALTER TABLE doc_events_v5 RENAME TO doc_events;
CREATE VIEW events AS SELECT d.id AS doc_id, e.type, e.actor, e.target, e.date, e.location, e.trigger,
    e.sentence_start, e.sentence_end FROM doc_events e JOIN documents d ON d.seq = e.doc_seq;
"""

# v5, for a store without documents yet: the full-text index in the compact layout (see
# kabar.store.query): the body first (FTS5 writes no column marker for a document's words in its first
# column, the one most words are in) and a stems column holding only the stems of words that stemming
# changes (a word that is its own stem is found in the title and body columns). A store that already
# holds documents keeps its index as it is (a contentless index cannot be rebuilt without re-stemming
# every text); searches ask the index which layout it has.
COMPACT_FTS = """
CREATE VIRTUAL TABLE doc_fts USING fts5(
    body, title, stems, content='', tokenize='unicode61 remove_diacritics 2'
)
"""


def _v5(conn: sqlite3.Connection) -> None:
    """The v5 script, and the compact full-text index where no document is indexed yet."""
    for statement in _statements(V5):
        conn.execute(statement)
    if conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None:
        conn.execute("DROP TABLE doc_fts")
        conn.execute(COMPACT_FTS)


MIGRATIONS: list[tuple[int, Step]] = [
    (1, V1),
    (2, V2),
    (3, V3),
    (4, V4),
    (5, _v5),
]


def schema_version(conn: sqlite3.Connection) -> int:
    """The database's ``user_version``."""
    return conn.execute("PRAGMA user_version").fetchone()[0]


def latest_version() -> int:
    """The version a fully migrated database has."""
    return MIGRATIONS[-1][0]


def migrate(conn: sqlite3.Connection, migrations: list[tuple[int, Step]] | None = None) -> int:
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


def _apply(conn: sqlite3.Connection, version: int, script: Step) -> None:
    """Run one script (SQL, or a function of the connection) and bump ``user_version`` in a single
    transaction (skipped when another process applied it first: two processes creating the same new
    store both succeed)."""
    # executescript() would commit on its own; run statement by statement instead
    # so that the script and the version bump commit or roll back together.
    try:
        conn.execute("BEGIN IMMEDIATE")
        if schema_version(conn) >= version:  # read under the write lock: someone else was quicker
            conn.execute("ROLLBACK")
            return
        # Read the schema as it is now: this connection may hold the tables as they were before another
        # one migrated a step, and SQLite compiles a script's statements against that cached schema.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if callable(script):
            script(conn)
        else:
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
