"""HTML pages: main content via trafilatura, metadata from the markup only."""
from __future__ import annotations

import re

from ..errors import InputError
from ..model import Raw, Source

# Dates from <meta>/JSON-LD only: htmldate's extensive search guesses from the body text,
# and the body is the published stage's business, with its own rules.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
MIN_WORDS = 5  # fewer words than this is a menu or a stub page, not an article
_ROLE_LABEL = re.compile(r"^(?:penulis|reporter|wartawan|pewarta|oleh|editor|redaktur|kontributor|by)\b\s*:?\s*", re.I)
_TAG = re.compile(r"<\s*(html|body|p|div|article|head|br|span|h1)\b", re.I)


def looks_like_html(text: str) -> bool:
    """True when ``text`` is markup rather than prose."""
    return len(_TAG.findall(text[:5000])) >= 2


def html_to_raw(html: str, source: Source) -> Raw:
    """Extract the article body and metadata from one page."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, url=source.url, with_metadata=True, favor_recall=True, include_comments=False,
            include_tables=False, date_extraction_params=_DATE_PARAMS)
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        raise InputError(source.path or source.url, f"the HTML could not be parsed ({type(exc).__name__}: {exc})")
    if doc is None or len((doc.text or "").split()) < MIN_WORDS:
        raise InputError(source.path or source.url, "no article text found in this HTML page")
    outlet = source.outlet or doc.sitename or doc.hostname
    src = Source(source.path, source.url or doc.url, outlet, source.line)
    authors = _split_authors(doc.author)
    # trafilatura separates paragraphs by one newline; the contract wants a blank line.
    text = "\n\n".join(p.strip() for p in doc.text.split("\n") if p.strip())
    return Raw(source=src, text=text, title=(doc.title or None), published=_iso_date(doc.date),
               authors=authors, html=html, meta={"format": "html"})


def _split_authors(author: str | None) -> list[str]:
    if not author:
        return []
    parts = re.split(r"(?<!\s)\s*(?:;|,|\bdan\b|&)\s*", author)
    # Sites put the role into the author field: "Penulis Galih", "Reporter: Bagus".
    parts = [_ROLE_LABEL.sub("", p).strip() for p in parts]
    return [p for p in parts if p]


def _iso_date(value: str | None) -> str | None:
    if value and re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    return None
