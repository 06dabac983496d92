"""Stage ``entities``: every person, organisation, place, event and law, typed and canonical."""
from __future__ import annotations

from ..entities import find_entities
from ..model import Document
from ..pipeline import register
from ..settings import Settings


@register("entities", requires=("text", "sentences"), provides=("entities",))
def entities(doc: Document, settings: Settings) -> Document:
    doc.entities = find_entities(doc.text, doc.sentences)
    return doc
