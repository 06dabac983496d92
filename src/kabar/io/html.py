"""HTML pages: main content via trafilatura, metadata from the markup only.

The extraction settings were chosen by measurement on kabar's own portal-style fixtures
(``benchmarks/html_extract.py``, ``benchmarks/data/html_portals``): trafilatura with
``favor_precision`` first (teaser lists and "Baca juga" boxes stay out), its default
settings when that keeps too little, ``favor_recall`` as the last try; kabar's cleaner
then runs over the result. A page with no article text keeps what its metadata gives
(title, date, outlet) with an empty body rather than being dropped.
"""
from __future__ import annotations

import re

from ..errors import InputError
from ..model import Raw, Source

# Dates from <meta>/JSON-LD only: htmldate's extensive search guesses from the body text,
# and the body is the published stage's business, with its own rules.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# Markup that dates a revision ("dateModified", "article:modified_time"), and markup that dates the publication.
# A page whose markup dates only a revision has its metadata date marked ``date_of_revision``: the published
# stage reads the page's own label or dateline before it.
_REVISION_MARKUP = re.compile(r"modified_time|datemodified|updated_time|last-modified|date\.modified", re.I)
_PUBLICATION_MARKUP = re.compile(r"published_time|datepublished|pubdate|publishdate|publish[-_]date|datecreated|"
                                 r"date\.issued|date\.created|parsely-pub-date|<time\b", re.I)
MIN_WORDS = 5  # fewer words than this is a menu or a stub page, not an article
_ROLE_LABEL = re.compile(r"^(?:penulis|reporter|wartawan|pewarta|oleh|editor|redaktur|kontributor|by)\b\s*:?\s*", re.I)
_TAG = re.compile(r"<\s*(html|body|p|div|article|head|br|span|h1)\b", re.I)


def looks_like_html(text: str) -> bool:
    """True when ``text`` is markup rather than prose."""
    return len(_TAG.findall(text[:5000])) >= 2


# Extraction modes, tried in order while a try keeps fewer than FALLBACK_WORDS words (see the module doc).
MODES = {"precision": {"favor_precision": True}, "default": {}, "recall": {"favor_recall": True}}
EXTRACTION = ("precision", "default", "recall")
FALLBACK_WORDS = 40  # an article keeps more than this; fewer means the extractor missed the body


def html_to_raw(html: str, source: Source, extraction: tuple[str, ...] = EXTRACTION) -> Raw:
    """Extract the article body and metadata from one page."""
    doc = _extract(html, source, extraction)
    text = (doc.text or "") if doc is not None else ""
    if doc is None or len(text.split()) < MIN_WORDS:
        return _metadata_only(html, source, doc)
    outlet = source.outlet or doc.sitename or doc.hostname
    src = Source(source.path, source.url or doc.url, outlet, source.line)
    authors = _split_authors(doc.author)
    # trafilatura separates paragraphs by one newline; the contract wants a blank line.
    text = "\n\n".join(p.strip() for p in text.split("\n") if p.strip())
    published = _iso_date(doc.date)
    return Raw(source=src, text=text, title=(doc.title or None), published=published,
               authors=authors, html=html, meta={"format": "html", **_date_kind(html, published)})


def _date_kind(html: str, published: str | None) -> dict[str, bool]:
    """``{"date_of_revision": True}`` when the markup dates only a revision of the page, else nothing."""
    revision = bool(published) and _REVISION_MARKUP.search(html) and not _PUBLICATION_MARKUP.search(html)
    return {"date_of_revision": True} if revision else {}


def _extract(html: str, source: Source, extraction: tuple[str, ...]):
    """The first extraction in ``extraction`` that keeps FALLBACK_WORDS words, else the fullest."""
    import trafilatura

    tries = []
    for mode in extraction:
        try:
            doc = trafilatura.bare_extraction(
                html, url=source.url, with_metadata=True, include_comments=False, include_tables=False,
                date_extraction_params=_DATE_PARAMS, **MODES[mode])
        except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
            raise InputError(source.path or source.url, f"the HTML could not be parsed ({type(exc).__name__}: {exc})")
        if _words(doc) >= FALLBACK_WORDS:
            return doc
        tries.append(doc)
    return max(tries, key=_words) if tries else None


def _words(doc) -> int:
    return len((doc.text or "").split()) if doc is not None else 0


def _metadata_only(html: str, source: Source, doc) -> Raw:
    """No article text: the page is kept with what its metadata says, or refused when it says nothing."""
    title = doc.title if doc is not None else None
    published = _iso_date(doc.date) if doc is not None else None
    if not title and not published:
        raise InputError(source.path or source.url, "no article text found in this HTML page")
    outlet = source.outlet or (doc.sitename or doc.hostname if doc is not None else None)
    src = Source(source.path, source.url or (doc.url if doc is not None else None), outlet, source.line)
    return Raw(source=src, text="", title=title, published=published, html=html,
               meta={"format": "html", "no_body": True})


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
