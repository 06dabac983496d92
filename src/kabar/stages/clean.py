"""Stage ``clean``: raw text → clean body, boilerplate, byline, title, outlet, dateline date."""
from __future__ import annotations

from dataclasses import replace

from ..clean import clean_text
from ..clean.headline import strip_outlet
from ..clean.outlet import resolve
from ..errors import EmptyInput
from ..model import Document
from ..pipeline import register
from ..settings import Settings


MIN_BODY_WORDS = 5  # fewer words and no finished sentence: a site name or a label, not an article body


def _no_body(text: str) -> bool:
    return len(text.split()) < MIN_BODY_WORDS and not text.rstrip().endswith((".", "!", "?", '"', "\u201d"))


@register("clean", requires=("raw",), provides=("text", "boilerplate", "byline", "title"))
def clean(doc: Document, settings: Settings) -> Document:
    result = clean_text(doc.raw, title_hint=doc.title)
    has_metadata = bool(doc.title or doc.published)
    if has_metadata and _no_body(result.text):
        # A page whose body is missing keeps what its metadata says (title, date, outlet).
        result.text = ""
        doc.warnings.append({"stage": "clean", "message": "no article text found; the page's metadata is kept"})
    elif len(result.text.strip()) < settings.min_body_chars:
        raise EmptyInput(doc.source.path, "no article text left after removing boilerplate")
    doc.text = result.text
    doc.title = result.title or doc.title
    doc.boilerplate = result.boilerplate
    for name in ("authors", "editors", "agencies"):
        have = getattr(doc.byline, name)
        have.extend(x for x in getattr(result.byline, name) if x not in have)
    outlet, where = resolve(doc.source.outlet, doc.source.url, result.outlet, result.boilerplate, doc.raw)
    if outlet != doc.source.outlet:
        doc.source = replace(doc.source, outlet=outlet)
    doc.meta["outlet_evidence"] = where
    if doc.title:
        doc.title = strip_outlet(doc.title, outlet)
    if result.dateline_date:
        doc.meta["dateline_date"] = result.dateline_date
    doc.meta["datelines"] = result.datelines
    if result.store_date:
        doc.meta["store_date"] = result.store_date
    return doc
