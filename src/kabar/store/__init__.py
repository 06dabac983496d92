"""The SQLite store (the only package that issues SQL).

    with Store("kabar.db") as store:
        store.add(doc)                       # False when the content is already stored
        hits = store.search("kunjungan")     # list[SearchHit], snippets with <mark> … </mark>
        store.entities(type="PER")           # list[EntityRow]
        store.entity("Kim Jong Un")          # EntityDetail | None

The names below are imported when first used (``kabar search`` loads only the search's modules).
"""
from __future__ import annotations

# name: the module of this package that defines it
_EXPORTS = {"Store": "store", "DEFAULT_PATH": "store", "content_hash": "store", "entity_key": "entities",
            "SearchHit": "rows", "DocSummary": "rows", "DocRef": "rows", "EntityRow": "rows",
            "EntityDetail": "rows"}

__all__ = ["Store", "StoreError", "SearchHit", "DocSummary", "DocRef", "EntityRow", "EntityDetail",
           "DEFAULT_PATH", "content_hash", "entity_key"]

from ..errors import StoreError  # noqa: E402  (light: plain exception classes)


def __getattr__(name: str):
    """Import an exported name's module on first use."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
