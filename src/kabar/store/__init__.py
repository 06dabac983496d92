"""The SQLite store (the only package that issues SQL).

    with Store("kabar.db") as store:
        store.add(doc)                       # False when the content is already stored
        hits = store.search("kunjungan")     # list[SearchHit], snippets with <mark> … </mark>
        store.entities(type="PER")           # list[EntityRow]
        store.entity("Kim Jong Un")          # EntityDetail | None
"""
from ..errors import StoreError
from .entities import entity_key
from .rows import DocRef, DocSummary, EntityDetail, EntityRow, SearchHit
from .store import DEFAULT_PATH, Store, content_hash

__all__ = ["Store", "StoreError", "SearchHit", "DocSummary", "DocRef", "EntityRow", "EntityDetail",
           "DEFAULT_PATH", "content_hash", "entity_key"]
