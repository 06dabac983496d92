"""The ``quantities`` stage: numbers with their unit, currency and hedge."""
from __future__ import annotations

from ..model import Document
from ..pipeline import register
from ..quantities import find_quantities
from ..settings import Settings
from ..text.spans import SpanIndex


@register("quantities", requires=("text", "sentences"), provides=("quantities",))
def quantities(doc: Document, settings: Settings) -> Document:
    """Fill ``doc.quantities`` from the clean text, leaving out numbers that are part of a time expression."""
    times = SpanIndex((t.start, t.end) for t in doc.times)
    doc.quantities = [q for q in find_quantities(doc.text) if not times.overlaps(q.start, q.end)]
    return doc
