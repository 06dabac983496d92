"""The ``events`` stage: who did what to whom, when and where, coded with PLOVER types."""
from __future__ import annotations

from ..events import extract_events
from ..model import Document
from ..pipeline import register
from ..settings import Settings


@register("events", requires=("text", "sentences", "entities", "times"), provides=("events",))
def events(doc: Document, settings: Settings) -> Document:
    """Fill ``doc.events``."""
    doc.events = extract_events(doc)
    return doc
