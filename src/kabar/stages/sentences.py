"""The ``sentences`` stage: sentence spans over the cleaned text."""
from __future__ import annotations

from ..model import Document, Sentence
from ..pipeline import register
from ..settings import Settings
from ..text.sentences import split_sentences


@register("sentences", requires=("text",), provides=("sentences",))
def sentences(doc: Document, settings: Settings) -> Document:
    """Fill ``doc.sentences`` with the sentence spans of ``doc.text``."""
    doc.sentences = [Sentence(start, end) for start, end in split_sentences(doc.text)]
    return doc
