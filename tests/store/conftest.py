"""Shared helpers for the store tests: small hand-made documents."""
from __future__ import annotations

import pytest

from kabar.model import Document, Entity, Source, content_id
from kabar.store import Store


def make_doc(text: str, title: str | None = None, outlet: str | None = "contoh.id",
             published: str | None = "2024-03-01", language: str | None = "id",
             entities: list[tuple[str, str, str]] = ()) -> Document:
    """An analysed-looking document; ``entities`` are (surface, type, canonical) found in ``text``."""
    doc = Document(id=content_id(text), source=Source(path=f"{content_id(text)}.txt", outlet=outlet),
                   raw=text, title=title, published=published, language=language, text=text)
    for surface, type_, canonical in entities:
        start = text.index(surface)
        doc.entities.append(Entity(surface, start, start + len(surface), type_, canonical))
    return doc


@pytest.fixture
def store():
    with Store(":memory:") as s:
        yield s


V4_INDEX = ("CREATE VIRTUAL TABLE doc_fts USING fts5(title, body, stems, content='',"
            " tokenize='unicode61 remove_diacritics 2')")


def with_v4_index(store: Store) -> Store:
    """``store`` (still empty) with the full-text index of stores made before schema v5 (title first,
    every word's stem), as a migrated store keeps it."""
    store._conn.execute("DROP TABLE doc_fts")
    store._conn.execute(V4_INDEX)
    store._fts_form = None
    return store


@pytest.fixture(name="make_doc")
def make_doc_fixture():
    """The :func:`make_doc` builder, for test modules."""
    return make_doc
