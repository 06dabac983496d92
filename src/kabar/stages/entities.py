"""Stage ``entities``: every person, organisation, place, event and law, typed and canonical."""
from __future__ import annotations

from ..entities import find_entities
from ..model import Document
from ..pipeline import register
from ..settings import Settings


@register("entities", requires=("text", "sentences"), provides=("entities",))
def entities(doc: Document, settings: Settings) -> Document:
    # A headline kept out of the body still tells who a bare "Kim" in the body is.
    context = doc.title if doc.title and doc.title not in doc.text else None
    accurate = bool(settings and settings.accurate)  # the encoder instead of the CRF (kabar.encoder)
    # "KTT APEC" in a 2024 report is KTT APEC 2024 (the date, where the published stage ran before)
    year = doc.published[:4] if doc.published else None
    doc.entities = find_entities(doc.text, doc.sentences, context, accurate=accurate, year=year)
    return doc
