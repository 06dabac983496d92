"""The ``quantities`` stage: numbers with their unit, currency and hedge."""
from __future__ import annotations

from ..model import Document
from ..pipeline import register
from ..quantities import find_quantities
from ..settings import Settings


@register("quantities", requires=("text", "sentences"), provides=("quantities",))
def quantities(doc: Document, settings: Settings) -> Document:
    """Fill ``doc.quantities`` from the clean text."""
    doc.quantities = find_quantities(doc.text)
    return doc
