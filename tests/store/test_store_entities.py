"""Entities across documents: ids, aliases, counts, lookups, linking."""
from __future__ import annotations

import pytest

from kabar.store import entities as ents
from kabar.store import entity_key

ARTICLES = [
    ("Kim Jong Un bertemu Shoigu. Korut menyambut Rusia.",
     [("Kim Jong Un", "PER", "Kim Jong Un"), ("Shoigu", "PER", "Sergei Shoigu"),
      ("Korut", "GPE", "Korea Utara"), ("Rusia", "GPE", "Rusia")]),
    ("Korea Utara dan Tiongkok. Kim memuji Tiongkok.",
     [("Korea Utara", "GPE", "Korea Utara"), ("Tiongkok", "GPE", "China"), ("Kim", "PER", "Kim Jong Un")]),
    ("Sergei Shoigu tiba. Shoigu dari Kementerian Pertahanan Rusia.",
     [("Sergei Shoigu", "PER", "Sergei Shoigu"), ("Shoigu", "PER", "Sergei Shoigu"),
      ("Kementerian Pertahanan Rusia", "ORG", "Kementerian Pertahanan Rusia")]),
    ("Pemerintah Korea Utara, atau Pyongyang, membantah.",
     [("Korea Utara", "GPE", "Korea Utara"), ("Pyongyang", "ORG", "Korea Utara")]),
]


@pytest.fixture
def filled(store, make_doc, monkeypatch):
    """The four articles stored, with cross-document linking off (tests opt in)."""
    monkeypatch.setattr(ents, "_linker", lambda: None)
    docs = [make_doc(text, title=f"Berita {i}", published=f"2024-01-0{i + 1}", entities=spec)
            for i, (text, spec) in enumerate(ARTICLES)]
    store.add_many(docs)
    return store, docs


@pytest.mark.parametrize("canonical, key", [
    ("Kim Jong Un", "kim-jong-un"), ("Korea Utara", "korea-utara"), ("A.S.", "a-s"), ("Asia-Pasifik", "asia-pasifik"),
    ("Ali  Özdemir", "ali-ozdemir"),
])
def test_entity_key_is_a_readable_slug(canonical, key):
    assert entity_key(canonical) == key


def test_one_id_per_canonical_across_documents(filled):
    store, _ = filled
    rows = {r.canonical: r for r in store.entities(limit=100)}
    korea = rows["Korea Utara"]
    assert korea.entity_id == "korea-utara"
    assert (korea.mention_count, korea.doc_count) == (4, 3)
    assert korea.aliases == ["Korea Utara", "Korut", "Pyongyang"]
    assert korea.types == ["GPE", "ORG"] and korea.type == "GPE"
    assert rows["Sergei Shoigu"].mention_count == 3 and rows["Sergei Shoigu"].doc_count == 2


def test_listing_is_most_mentioned_first_and_limited(filled):
    store, _ = filled
    assert [r.canonical for r in store.entities(limit=2)] == ["Korea Utara", "Sergei Shoigu"]


@pytest.mark.parametrize("type_, query, expected", [
    ("PER", None, ["Sergei Shoigu", "Kim Jong Un"]),
    ("org", None, ["Korea Utara", "Kementerian Pertahanan Rusia"]),
    (None, "tiongkok", ["China"]),
    (None, "rusia", ["Kementerian Pertahanan Rusia", "Rusia"]),
    ("GPE", "kim", []),
])
def test_listing_filters_by_type_and_name(filled, type_, query, expected):
    store, _ = filled
    assert [r.canonical for r in store.entities(type=type_, query=query)] == expected


@pytest.mark.parametrize("name", ["kim-jong-un", "Kim Jong Un", "kim jong un", "Kim"])
def test_entity_lookup_by_id_name_or_alias(filled, name):
    store, docs = filled
    found = store.entity(name)
    assert found.entity_id == "kim-jong-un"
    assert [d.id for d in found.documents] == [docs[1].id, docs[0].id]  # newest first
    assert found.documents[0].title == "Berita 1"


def test_unknown_entity_is_none(filled):
    store, _ = filled
    assert store.entity("Tidak Ada") is None


def test_linker_merges_entities_across_documents(filled, monkeypatch):
    store, docs = filled
    seen = []

    def link(rows):
        seen.extend(r["entity_id"] for r in rows)
        return {"rusia": "kementerian-pertahanan-rusia"}  # just to prove merging is applied

    monkeypatch.setattr(ents, "_linker", lambda: link)
    rows = {r.entity_id: r for r in store.entities(limit=100)}
    assert "rusia" not in rows and len(seen) == 6
    merged = rows["kementerian-pertahanan-rusia"]
    assert (merged.mention_count, merged.doc_count) == (2, 2)
    assert merged.types == ["ORG", "GPE"]
    assert "Rusia" in merged.aliases
    detail = store.entity("Rusia")
    assert detail.entity_id == "kementerian-pertahanan-rusia"
    assert detail.members == ["kementerian-pertahanan-rusia", "rusia"]
    assert {d.id for d in detail.documents} == {docs[0].id, docs[2].id}


def test_without_a_linker_module_nothing_is_merged(filled, monkeypatch):
    monkeypatch.undo()
    monkeypatch.setattr(ents, "LINKER_MODULE", "kabar.no_such_module.link")
    store, _ = filled
    assert len(store.entities(limit=100)) == 6


def test_annotation_entity_ids_are_the_store_ids(store, make_doc):
    doc = make_doc("Kim Jong Un berpidato.", entities=[("Kim Jong Un", "PER", "Kim Jong Un")])
    doc.entities[0].entity_id = "ent_0123456789abcdef"
    store.add(doc)
    assert store.entity("Kim Jong Un").entity_id == "ent_0123456789abcdef"
    assert store.entity("ent_0123456789abcdef").documents[0].id == doc.id


def test_the_real_linker_merges_a_short_name_into_the_full_one(store, make_doc):
    link = pytest.importorskip("kabar.entities.link", reason="the entities package is not installed")
    full = make_doc("Sergei Shoigu tiba di Pyongyang.", entities=[("Sergei Shoigu", "PER", "Sergei Shoigu")])
    short = make_doc("Shoigu kembali ke Moskow.", entities=[("Shoigu", "PER", "Shoigu")])
    for doc in (full, short):
        for e in doc.entities:
            e.entity_id = link.entity_id(e.canonical, e.type)
    store.add_many([full, short])
    (row,) = store.entities(type="PER")
    assert (row.canonical, row.mention_count, row.doc_count) == ("Sergei Shoigu", 2, 2)
    assert {d.id for d in store.entity("Shoigu").documents} == {full.id, short.id}
