"""Adding documents: round-trip, re-ingest no-op, crash safety, persistence."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kabar.errors import StoreError
from kabar.model import (Boilerplate, Byline, Document, Entity, Event, Quantity, Quote, Sentence, Source,
                         TimeExpr)
from kabar.store import Store

TEXT = "Presiden Joko Widodo mengunjungi Jakarta pada Senin. Kunjungan itu singkat."

words = st.text(min_size=0, max_size=40)
maybe = st.none() | words
offsets = st.integers(min_value=0, max_value=10_000)
numbers = st.integers(-10**9, 10**9) | st.floats(allow_nan=False, allow_infinity=False)
entities = st.builds(Entity, text=words, start=offsets, end=offsets, type=st.sampled_from(["PER", "ORG", "GPE"]),
                     canonical=words, entity_id=maybe, metonymy=st.booleans())
times = st.builds(TimeExpr, text=words, start=offsets, end=offsets, value=words, granularity=words, mod=maybe,
                  note=maybe)
quantities = st.builds(Quantity, text=words, start=offsets, end=offsets,
                       value=numbers | st.lists(numbers, min_size=2, max_size=2), unit=maybe, modifier=maybe)
quotes = st.builds(Quote, text=words, speaker=maybe, speaker_entity_id=maybe, cue=maybe, direct=st.booleans(),
                   start=offsets, end=offsets, speaker_text=maybe, role=maybe)
events = st.builds(Event, type=words, actor=maybe, target=maybe, date=maybe, location=maybe, trigger=words,
                   sentence=st.fixed_dictionaries({"start": offsets, "end": offsets}), negated=st.booleans(),
                   hypothetical=st.booleans(), date_from_published=st.booleans())


@st.composite
def documents(draw) -> Document:
    """A document with random text and annotations of every kind."""
    doc = Document(
        id=draw(st.text("0123456789abcdef", min_size=16, max_size=16)),
        source=draw(st.builds(Source, path=maybe, url=maybe, outlet=maybe, line=st.none() | offsets)),
        raw=draw(st.text(max_size=300)), title=draw(maybe), published=draw(maybe),
        published_evidence=draw(maybe), language=draw(maybe), text=draw(st.text(max_size=300)))
    doc.boilerplate = draw(st.lists(st.builds(Boilerplate, text=words, kind=words, line=offsets,
                                              fragment=st.booleans()), max_size=3))
    doc.byline = draw(st.builds(Byline, authors=st.lists(words, max_size=2), editors=st.lists(words, max_size=2),
                                agencies=st.lists(words, max_size=2)))
    doc.sentences = draw(st.lists(st.builds(Sentence, start=offsets, end=offsets), max_size=4))
    doc.entities = draw(st.lists(entities, max_size=5))
    doc.times = draw(st.lists(times, max_size=3))
    doc.quantities = draw(st.lists(quantities, max_size=3))
    doc.quotes = draw(st.lists(quotes, max_size=3))
    doc.events = draw(st.lists(events, max_size=3))
    doc.meta = draw(st.dictionaries(st.text(max_size=8), words, max_size=3))
    return doc


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_round_trip_gives_back_the_same_document(doc):
    with Store(":memory:") as store:
        assert store.add(doc) is True
        got = store.get(doc.id)
    assert got is not None
    assert got.to_dict() == doc.to_dict()
    assert (got.raw, got.meta) == (doc.raw, doc.meta)


def test_get_unknown_document_is_none(store):
    assert store.get("0000000000000000") is None


@pytest.mark.parametrize("second_raw", [TEXT, TEXT + "\n", "  " + TEXT.replace(" ", "\n")])
def test_reingesting_the_same_content_is_a_no_op(store, make_doc, second_raw):
    first = make_doc(TEXT, entities=[("Joko Widodo", "PER", "Joko Widodo")])
    again = make_doc(TEXT, title="another title", entities=[("Jakarta", "GPE", "Jakarta")])
    again.raw = second_raw
    assert store.add(first) is True
    assert store.add(again) is False
    assert store.count() == 1
    assert store.stats()["mentions"] == 1
    assert store.get(first.id).title is None
    assert store.has_content(second_raw)


def test_add_many_counts_added_and_skipped(store, make_doc):
    docs = [make_doc(f"Berita nomor {i}. {TEXT}") for i in range(5)]
    assert store.add_many(docs + docs[:2]) == (5, 2)
    assert store.count() == 5


def test_a_failing_add_keeps_the_documents_before_it(tmp_path, make_doc):
    good = [make_doc(f"Berita nomor {i}. {TEXT}") for i in range(3)]
    clash = make_doc("Isi yang berbeda sama sekali.")
    clash.id = good[1].id  # same id, different content: the store must refuse it
    after = make_doc("Berita sesudah kegagalan.")
    path = tmp_path / "k.db"
    with Store(path) as store:
        with pytest.raises(StoreError, match="id of a stored document"):
            store.add_many([*good, clash, after])
    with Store(path) as reopened:  # committed documents survive a fresh connection
        assert reopened.count() == 3
        assert reopened.get(after.id) is None


def test_an_error_mid_document_rolls_that_document_back(store, make_doc):
    bad = make_doc("Dokumen dengan kutipan rusak. " + TEXT)
    bad.quotes = [Quote(text=None, speaker=None, speaker_entity_id=None, cue=None, direct=True, start=0, end=1)]
    with pytest.raises(StoreError, match="NOT NULL"):
        store.add(bad)
    assert store.count() == 0
    assert store.stats()["entities"] == 0
    assert store.add(make_doc(TEXT)) is True


def test_connection_settings(tmp_path):
    with Store(tmp_path / "k.db") as store:
        conn = store._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0


def test_documents_listing_and_stats(store, make_doc):
    store.add(make_doc("Satu. " + TEXT, published="2024-01-02", outlet="a.id"))
    store.add(make_doc("Dua. " + TEXT, published="2024-05-06", outlet="b.id", language="ms"))
    store.add(make_doc("Tiga. " + TEXT, published=None, outlet="a.id"))
    listed = store.documents(limit=2)
    assert [d.published for d in listed] == ["2024-05-06", "2024-01-02"]
    assert [d.published for d in store.documents(limit=5, offset=2)] == [None]
    stats = store.stats()
    assert stats["documents"] == 3
    assert stats["by_outlet"] == {"a.id": 2, "b.id": 1}
    assert stats["by_language"] == {"id": 2, "ms": 1}
    assert (stats["published_from"], stats["published_to"]) == ("2024-01-02", "2024-05-06")
    assert stats["db_bytes"] > 0


def test_unopenable_path_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="cannot open"):
        Store(tmp_path / "missing-folder" / "k.db")


def test_annotations_are_queryable_rows(store, make_doc):
    doc = make_doc(TEXT)
    doc.times = [TimeExpr("Senin", 47, 52, "2024-02-26", "day")]
    doc.quantities = [Quantity("10-15 detik", 0, 5, [10, 15], "detik")]
    store.add(doc)
    rows = store._conn.execute("SELECT t.value, q.value FROM times t JOIN quantities q USING (doc_id)").fetchall()
    assert rows == [("2024-02-26", "[10, 15]")]
