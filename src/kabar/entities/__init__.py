"""Entities: find, type and canonicalise persons, organisations, places, events and laws.

``find_entities(text, sentences)`` gives one :class:`kabar.model.Entity` per mention,
in text order; ``entity_id`` and ``link_entities`` identify entities across documents.
"""
from __future__ import annotations

from ..model import Entity
from .canonical import resolve
from .gazetteer import load
from .link import entity_id, link_entities
from .recognize import recognize

__all__ = ["find_entities", "entity_id", "link_entities"]


def find_entities(text: str, sentences=None) -> list[Entity]:
    """Every entity mention of ``text`` (sentences: objects with start/end, or None)."""
    gaz = load()
    mentions = resolve(recognize(text, sentences, gaz), text, gaz)
    return [Entity(text=m.text, start=m.start, end=m.end, type=m.type, canonical=m.canonical,
                   entity_id=entity_id(m.canonical, m.type), metonymy=m.metonymy)
            for m in mentions]
