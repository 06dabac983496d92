"""The compact row format: the text once, annotations without their slices, old stores converted."""
from __future__ import annotations

import json
import sqlite3
import zlib

import pytest

from kabar.model import Document, Entity, Quote, Source, TimeExpr, content_id
from kabar.store import Store
from kabar.store.codec import DICTIONARY, pack, raw_columns, raw_of, unpack
from kabar.store.migrations import MIGRATIONS, migrate

TEXT = ("Gubernur Jawa Tengah Budi Santoso meninjau tanggul yang jebol di Demak pada Senin (4/3). "
        "\"Perbaikan selesai sepekan lagi,\" kata Budi. Sebanyak 1.200 warga mengungsi ke balai desa.")


def analysed_doc(raw: str | None = None) -> Document:
    """An invented article with a few hand-made annotations (one whose text is not its slice)."""
    doc = Document(id=content_id(TEXT), source=Source(path="a.txt", outlet="contoh.id", line=3),
                   raw=raw if raw is not None else TEXT, title="Tanggul Demak", published="2024-03-04",
                   language="id", text=TEXT)
    start = TEXT.index("Budi Santoso")
    doc.entities = [Entity("Budi Santoso", start, start + 12, "PER", "Budi Santoso", "ent_1"),
                    Entity("Demak", TEXT.index("Demak"), TEXT.index("Demak") + 5, "GPE", "Demak")]
    day = TEXT.index("Senin")
    doc.times = [TimeExpr("Senin (4/3)", day, day + 11, "2024-03-04", "day"),
                 TimeExpr("written otherwise", day, day + 5, "2024-03-04", "day")]
    q = TEXT.index("Perbaikan")
    doc.quotes = [Quote("Perbaikan selesai sepekan lagi,", "Budi Santoso", "ent_1", "kata", True, q, q + 31)]
    doc.meta = {"time_anchor": {"date": "2024-03-04"}, "format": "text"}
    return doc


def test_annotation_slices_are_not_stored_but_come_back():
    doc = analysed_doc()
    data = {**doc.to_dict(), "meta": doc.meta}
    packed = pack(data, doc.text)
    assert b"Budi Santoso meninjau" not in packed and len(packed) < len(json.dumps(data))
    columns = {k: data[k] for k in ("id", "title", "published", "language", "text")}
    back = unpack(packed, columns, doc.raw)
    assert back.to_dict() == doc.to_dict() and back.meta == doc.meta
    assert back.times[1].text == "written otherwise"  # not the slice: kept as written


@pytest.mark.parametrize("raw, text", [(TEXT, TEXT), ("MENU Beranda\n" + TEXT + "\nBaca juga: lainnya", TEXT),
                                       ("isi tanpa teks bersih", ""), ("", TEXT)])
def test_raw_input_round_trips(raw, text):
    column, delta = raw_columns(raw, text)
    assert raw_of(column, delta, text) == raw
    if raw.startswith("MENU"):
        assert len(delta) < 60  # the text is the dictionary: only the extra lines cost


def test_a_stored_document_reads_back_identical(tmp_path):
    doc = analysed_doc("MENU Beranda\n" + TEXT)
    with Store(tmp_path / "k.db") as store:
        store.add(doc)
        back = store.get(doc.id)
        assert back.to_dict() == doc.to_dict() and back.raw == doc.raw and back.meta == doc.meta
        assert store.stats()["mentions"] == 2
        assert store.entity("Budi Santoso").mention_count == 1


def _v2_store_with_one_old_row(path, doc: Document) -> None:
    """A store as schema v2 wrote it: the full JSON, the raw copy, one mentions row per mention."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, MIGRATIONS[:2])
    data = {**doc.to_dict(), "meta": doc.meta}
    conn.execute("INSERT INTO documents (id, content_hash, path, url, outlet, title, published, language, text, raw,"
                 " json, ingested_at) VALUES (?, 'h', 'a.txt', NULL, 'contoh.id', ?, ?, 'id', ?, ?, ?, 'now')",
                 (doc.id, doc.title, doc.published, doc.text, doc.raw, json.dumps(data, ensure_ascii=False)))
    for e in doc.entities + doc.entities[:1]:  # a second mention of the first entity
        eid = e.entity_id or e.canonical
        conn.execute("INSERT OR IGNORE INTO entities VALUES (?, ?, ?)", (eid, e.canonical, e.type))
        conn.execute("INSERT OR IGNORE INTO entity_aliases VALUES (?, ?)", (eid, e.text))
        conn.execute('INSERT INTO mentions (doc_id, entity_id, start, "end", text, type) VALUES (?, ?, ?, ?, ?, ?)',
                     (doc.id, eid, e.start, e.end, e.text, e.type))
    conn.close()


def test_an_old_store_is_converted_when_opened(tmp_path):
    doc = analysed_doc("MENU Beranda\n" + TEXT)
    path = tmp_path / "old.db"
    _v2_store_with_one_old_row(path, doc)
    with Store(path) as store:
        back = store.get(doc.id)
        assert back.to_dict() == doc.to_dict() and back.raw == doc.raw and back.meta == doc.meta
        row = store._conn.execute("SELECT json, raw, packed IS NOT NULL FROM documents").fetchone()
        assert row == ("", "", 1)
        assert store.stats()["mentions"] == 3
        assert store.entity("Budi Santoso").mention_count == 2


def test_format_2_blobs_still_read():
    """Stores written before format 3 (plain deflated JSON of lists of dicts) read as they did."""
    doc = analysed_doc()
    data = {k: v for k, v in {**doc.to_dict(), "meta": doc.meta}.items()
            if k not in ("id", "title", "published", "language", "text")}
    old = zlib.compress(json.dumps(data, ensure_ascii=False).encode())
    columns = {k: getattr(doc, k) for k in ("id", "title", "published", "language", "text")}
    back = unpack(old, columns, doc.raw)
    assert back.to_dict() == doc.to_dict()


def test_format_3_packs_offsets_and_names_once():
    doc = analysed_doc()
    doc.entities.append(Entity("Budi", TEXT.index("Budi."), TEXT.index("Budi.") + 4, "PER", "Budi Santoso", "ent_1",
                               metonymy=True))
    data = {**doc.to_dict(), "meta": doc.meta}
    packed = pack(data, doc.text)
    body = json.loads(zlib.decompressobj(zdict=DICTIONARY).decompress(packed))
    assert body["_f"] == 3 and body["entities"]["u"] == [["PER", "Budi Santoso", "ent_1"], ["GPE", "Demak", None]]
    assert body["entities"]["r"][2][2:] == [0, True]  # the first name again, metonymic
    columns = {k: data[k] for k in ("id", "title", "published", "language", "text")}
    assert unpack(packed, columns, doc.raw).to_dict() == doc.to_dict()
