"""The ``quotes`` stage: who said what, with the speaker as a canonical entity."""
from __future__ import annotations

from ..model import Document
from ..pipeline import register
from ..quotes import extract_quotes
from ..settings import Settings

# Quotes whose speaker the text leaves unnamed ("para analis") go here, not in doc.quotes:
# the contract's gold counts only named speakers.
UNNAMED_KEY = "unattributed_quotes"


@register("quotes", requires=("text", "sentences", "entities"), provides=("quotes",))
def quotes(doc: Document, settings: Settings) -> Document:
    """Fill ``doc.quotes``; unnamed-speaker quotes are kept in ``doc.meta``."""
    named, unnamed = extract_quotes(doc)
    doc.quotes = named
    doc.meta[UNNAMED_KEY] = unnamed
    return doc
