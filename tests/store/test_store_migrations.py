"""Schema migrations: fresh databases, upgrades from v1, refusals."""
from __future__ import annotations

import sqlite3

import pytest

from kabar.errors import StoreError
from kabar.store import Store
from kabar.store.migrations import MIGRATIONS, latest_version, migrate, schema_version

V2_TEST = (2, "CREATE TABLE stories_test (id TEXT PRIMARY KEY, title TEXT);"
              "ALTER TABLE documents ADD COLUMN story_test TEXT;")


def test_a_new_store_is_at_the_latest_version(tmp_path):
    with Store(tmp_path / "k.db") as store:
        assert schema_version(store._conn) == latest_version()


def test_a_v1_database_upgrades_and_keeps_its_documents(tmp_path, make_doc):
    path = tmp_path / "k.db"
    doc = make_doc("Berita lama tentang kunjungan ke Jakarta.")
    with Store(path) as store:
        assert schema_version(store._conn) >= 1
        store._conn.execute("PRAGMA user_version = 1")  # as a v1 release left it
        store.add(doc)
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, [*MIGRATIONS[:1], V2_TEST]) == 2
    assert schema_version(conn) == 2
    assert conn.execute("SELECT COUNT(*) FROM documents WHERE story_test IS NULL").fetchone()[0] == 1
    conn.execute("INSERT INTO stories_test VALUES ('s1', 'x')")
    conn.close()


def test_migrating_twice_changes_nothing(tmp_path):
    conn = sqlite3.connect(tmp_path / "k.db", isolation_level=None)
    assert migrate(conn) == latest_version()
    assert migrate(conn) == latest_version()


def test_a_failing_migration_rolls_back_and_keeps_the_version(tmp_path):
    conn = sqlite3.connect(tmp_path / "k.db", isolation_level=None)
    migrate(conn)
    broken = (latest_version() + 1, "CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);")
    with pytest.raises(StoreError, match="migration"):
        migrate(conn, [*MIGRATIONS, broken])
    assert schema_version(conn) == latest_version()
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchone() is None


def test_a_database_from_a_newer_kabar_is_refused(tmp_path):
    path = tmp_path / "k.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_migration_reads_the_schema_another_connection_changed_since(tmp_path):
    """A connection that last saw the tables before another one migrated a step compiles the next step
    against the schema as it is now (under load, one of several openers of a new store failed with
    'use DROP TABLE to delete table times': v5 drops the view that v4 made of the v3 table)."""
    path = tmp_path / "k.db"
    late = sqlite3.connect(path, isolation_level=None)
    early = sqlite3.connect(path, isolation_level=None)
    migrate(late, MIGRATIONS[:3])
    late.execute("SELECT type FROM sqlite_master").fetchall()  # its cached schema: v3, 'times' a table
    migrate(early, MIGRATIONS[:4])  # another connection makes 'times' a view
    assert migrate(late) == latest_version()
    assert late.execute("SELECT type FROM sqlite_master WHERE name = 'times'").fetchone() == ("view",)
