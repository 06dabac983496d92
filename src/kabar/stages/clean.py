"""Stage ``clean``: raw text → clean body, boilerplate, byline, title, outlet, dateline date."""
from __future__ import annotations

from dataclasses import replace

from ..clean import clean_text
from ..errors import EmptyInput
from ..model import Document
from ..pipeline import register
from ..settings import Settings


@register("clean", requires=("raw",), provides=("text", "boilerplate", "byline", "title"))
def clean(doc: Document, settings: Settings) -> Document:
    result = clean_text(doc.raw, title_hint=doc.title)
    if len(result.text.strip()) < settings.min_body_chars:
        raise EmptyInput(doc.source.path, "no article text left after removing boilerplate")
    doc.text = result.text
    doc.title = result.title or doc.title
    doc.boilerplate = result.boilerplate
    for name in ("authors", "editors", "agencies"):
        have = getattr(doc.byline, name)
        have.extend(x for x in getattr(result.byline, name) if x not in have)
    if result.outlet and not doc.source.outlet:
        doc.source = replace(doc.source, outlet=result.outlet)
    if result.dateline_date:
        doc.meta["dateline_date"] = result.dateline_date
    return doc
