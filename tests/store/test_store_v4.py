"""Schema v4: rows without repeated text (integer entity keys, sliced annotation texts), views under the
old table names, and a v3 store migrated to it with nothing lost."""
from __future__ import annotations

import dataclasses
import json
import sqlite3

from kabar.model import Entity, Event, Quantity
from kabar.store import Store
from kabar.store.codec import pack, raw_columns
from kabar.store.migrations import MIGRATIONS, migrate

from .test_codec import TEXT, analysed_doc

VIEWS = {"times": 'doc_id, start, "end", text, value, granularity',
         "quantities": 'doc_id, start, "end", text, value, unit',
         "quotes": 'doc_id, start, "end", text, speaker, speaker_entity_id, cue, direct',
         "events": "doc_id, type, actor, target, date, location, trigger, sentence_start, sentence_end",
         "mentions": "entity_id, doc_seq, type, n, metonymy",
         "entity_aliases": "entity_id, alias"}


def rich_doc():
    """The codec's invented article plus a quantity, an event, a second spelling and a repeated mention."""
    doc = analysed_doc("MENU Beranda\n" + TEXT)
    n = TEXT.index("1.200 warga")
    doc.quantities = [Quantity("1.200 warga", n, n + 11, 1200, "orang")]
    doc.events = [Event("CONSULT", "Budi Santoso", "warga", "2024-03-04", "Demak", "meninjau", {"start": 0, "end": 90})]
    budi = TEXT.index("Budi.")
    doc.entities.append(Entity("Budi", budi, budi + 4, "PER", "Budi Santoso", "ent_1", metonymy=False))
    return doc


def _v3_store(path, doc) -> None:
    """``doc`` stored as schema v3 wrote it (rows with their texts, entity ids as text)."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, MIGRATIONS[:3])
    data = {**doc.to_dict(), "meta": doc.meta}
    cur = conn.execute(
        "INSERT INTO documents (id, content_hash, path, url, outlet, title, published, language, text, raw, raw_delta,"
        " json, packed, ingested_at) VALUES (?, 'h', 'a.txt', NULL, 'contoh.id', ?, ?, 'id', ?, ?, ?, '', ?, 'now')",
        (doc.id, doc.title, doc.published, doc.text, *raw_columns(doc.raw, doc.text), pack(data, doc.text)))
    seq, counts = cur.lastrowid, {}
    for e in doc.entities:
        eid = e.entity_id or e.canonical.lower()
        conn.execute("INSERT OR IGNORE INTO entities VALUES (?, ?, ?)", (eid, e.canonical, e.type))
        for alias in {e.text, e.canonical}:
            conn.execute("INSERT OR IGNORE INTO entity_aliases VALUES (?, ?)", (eid, alias))
        counts[(eid, e.type)] = counts.get((eid, e.type), 0) + 1
    for (eid, type_), n in counts.items():
        conn.execute("INSERT INTO mentions VALUES (?, ?, ?, ?, 0)", (eid, seq, type_, n))
    for t in doc.times:
        conn.execute("INSERT INTO times VALUES (?,?,?,?,?,?)", (doc.id, t.start, t.end, t.text, t.value, t.granularity))
    for q in doc.quantities:
        conn.execute("INSERT INTO quantities VALUES (?,?,?,?,?,?)",
                     (doc.id, q.start, q.end, q.text, json.dumps(q.value), q.unit))
    for q in doc.quotes:
        conn.execute("INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?)",
                     (doc.id, q.start, q.end, q.text, q.speaker, q.speaker_entity_id, q.cue, int(q.direct)))
    for e in doc.events:
        conn.execute("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?)", (doc.id, e.type, e.actor, e.target, e.date,
                     e.location, e.trigger, e.sentence["start"], e.sentence["end"]))
    conn.close()


def _views(store: Store) -> dict[str, list[tuple]]:
    return view_rows(store._conn)


def view_rows(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Every annotation view's rows, in a fixed order."""
    return {name: sorted(conn.execute(f"SELECT {cols} FROM {name}").fetchall(), key=repr)
            for name, cols in VIEWS.items()}


def _everything(store: Store, doc_id: str) -> tuple:
    doc = store.get(doc_id)
    entities = [dataclasses.asdict(e) for e in store.entities(limit=100)]
    detail = dataclasses.asdict(store.entity("Budi"))
    return doc.to_dict(), doc.raw, doc.meta, entities, detail, store.stats()["mentions"], _views(store)


def test_a_v3_store_migrates_to_v4_with_nothing_lost(tmp_path):
    doc = rich_doc()
    _v3_store(tmp_path / "v3.db", doc)
    conn = sqlite3.connect(tmp_path / "v3.db")
    before = view_rows(conn)
    conn.close()
    with Store(tmp_path / "v3.db") as old, Store(tmp_path / "new.db") as new:
        new.add(doc)
        migrated = _everything(old, doc.id)
        assert migrated == _everything(new, doc.id)
        assert _views(old) == before
        assert migrated[0] == doc.to_dict() and migrated[1] == doc.raw


def test_texts_that_are_slices_are_not_stored_again(tmp_path):
    doc = rich_doc()
    with Store(tmp_path / "k.db") as store:
        store.add(doc)
        texts = store._conn.execute("SELECT text FROM doc_times ORDER BY text IS NULL").fetchall()
        assert texts == [("written otherwise",), (None,)]
        assert store._conn.execute("SELECT text FROM doc_quotes").fetchall() == [(None,)]
        assert store._conn.execute("SELECT text FROM times ORDER BY text").fetchall() == [
            ("Senin (4/3)",), ("written otherwise",)]
        assert store._conn.execute("SELECT alias FROM entity_alias").fetchall() == [("Budi",)]
        assert sorted(store._conn.execute("SELECT alias FROM entity_aliases").fetchall()) == [
            ("Budi",), ("Budi Santoso",), ("Demak",)]


def test_a_migrated_entity_without_its_canonical_alias_gains_it_when_written_so(tmp_path):
    """A v3 store need not list a canonical name among the aliases; a later mention spelled so adds it."""
    doc = rich_doc()
    _v3_store(tmp_path / "v3.db", doc)
    conn = sqlite3.connect(tmp_path / "v3.db", isolation_level=None)
    conn.execute("DELETE FROM entity_aliases WHERE alias = 'Demak'")
    conn.close()
    with Store(tmp_path / "v3.db") as store:
        aliases = lambda: sorted(a for (a,) in store._conn.execute("SELECT alias FROM entity_aliases"))  # noqa: E731
        assert "Demak" not in aliases()
        later = analysed_doc()
        later.text = later.raw = TEXT + " Demak kembali tenang."
        later.id = "later"
        later.entities = [Entity("Demak", len(TEXT) + 1, len(TEXT) + 6, "GPE", "Demak")]
        later.times = later.quotes = []
        store.add(later)
        assert "Demak" in aliases()
