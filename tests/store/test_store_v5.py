"""Schema v5: annotation rows clustered by document, the compact full-text index of a new store, and a
v4 store migrated to v5 with its rows, views and (old-layout) index still answering as before."""
from __future__ import annotations

import sqlite3

from kabar.store import Store
from kabar.store.migrations import MIGRATIONS, migrate
from kabar.store.stemming import stem_text

from .test_codec import analysed_doc
from .test_store_v4 import _v3_store, _views, rich_doc, view_rows

def _v4_store(path, doc) -> None:
    """``doc`` stored as schema v4 left it, indexed as v4 indexed it (stems of every word)."""
    _v3_store(path, doc)
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, MIGRATIONS[:4])
    conn.execute("INSERT INTO doc_fts (rowid, title, body, stems) SELECT seq, title, text, ? FROM documents",
                 (stem_text(f"{doc.title or ''}\n{doc.text}"),))
    conn.close()


def _columns(store: Store, table: str) -> list[str]:
    return [r[1] for r in store._conn.execute(f"PRAGMA table_info({table})")]


def test_a_v4_store_migrates_to_v5_with_nothing_lost(tmp_path):
    doc = rich_doc()
    _v4_store(tmp_path / "v4.db", doc)
    conn = sqlite3.connect(tmp_path / "v4.db")
    before = view_rows(conn)
    conn.close()
    with Store(tmp_path / "v4.db") as store:
        assert _views(store) == before
        assert store.get(doc.id).to_dict() == doc.to_dict()
        assert _columns(store, "doc_times")[:2] == ["doc_seq", "i"]
        assert _columns(store, "doc_fts") == ["title", "body", "stems"]  # its index is kept as it was
        assert [h.doc_id for h in store.search("tinjauan")] == [doc.id]  # "meninjau" by its stem


def test_a_migrated_store_indexes_new_documents_as_its_old_ones(tmp_path):
    _v4_store(tmp_path / "v4.db", rich_doc())
    later = analysed_doc()
    later.id, later.text = "later", "Warga Demak mengungsi ke kantor kabupaten."
    later.raw, later.entities, later.times, later.quotes = later.text, [], [], []
    with Store(tmp_path / "v4.db") as store:
        store.add(later)
        stems = store._conn.execute("SELECT rowid FROM doc_fts WHERE doc_fts MATCH 'stems : \"kabupaten\"'").fetchall()
        assert len(stems) == 1  # every word's stem, as v4 wrote them
        assert later.id in {h.doc_id for h in store.search("pengungsian")}


def test_a_new_store_has_the_compact_index_and_big_pages(tmp_path):
    doc = analysed_doc()
    with Store(tmp_path / "k.db") as store:
        store.add(doc)
        assert _columns(store, "doc_fts") == ["body", "title", "stems"]
        match = lambda q: store._conn.execute("SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?", (q,)).fetchall()  # noqa: E731
        assert match('stems : "tinjau"') and not match('stems : "tanggul"')  # only the words stemming changes
        assert [h.doc_id for h in store.search("tanggul")] == [doc.id]
        assert [h.doc_id for h in store.search("tinjauan")] == [doc.id]
        assert store._conn.execute("PRAGMA page_size").fetchone()[0] == 16_384


def test_annotation_rows_are_numbered_in_document_order(tmp_path):
    doc = rich_doc()
    with Store(tmp_path / "k.db") as store:
        store.add(doc)
        rows = store._conn.execute('SELECT i, start FROM doc_times ORDER BY doc_seq, i').fetchall()
        assert rows == [(i, t.start) for i, t in enumerate(doc.times)]
        plan = " ".join(r[3] for r in store._conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM doc_quotes WHERE doc_seq = 1"))
        assert "PRIMARY KEY" in plan  # the rows of one document found by the table's own key


def test_only_changed_words_go_to_the_compact_stems_column():
    assert stem_text("Gubernur Budi meninjau tanggul di Demak", changed_only=True) == "tinjau"
    assert stem_text("Gubernur Budi meninjau tanggul di Demak") == "gubernur budi tinjau tanggul di demak"
