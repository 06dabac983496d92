"""RSS/Atom feeds (feedparser) and sitemaps: each item or listed page becomes a document.

A feed item gives its title, link, date and summary or content; the page it links to is fetched only
when the user asks (``Settings.fetch_links``), through the same address guard as the web ingest
(no loopback, private or reserved addresses, every redirect checked). A sitemap lists pages only, so
it yields documents only when fetching is asked for; otherwise one error says so.
"""
from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any, Iterator
from xml.etree import ElementTree

from ..errors import InputError
from ..model import Raw, Source
from ..settings import Settings
from .decode import normalize

FEED_SUFFIXES = (".rss", ".atom", ".xml")
_ROOT = re.compile(r"<(?:[\w-]+:)?(rss|feed|RDF|urlset|sitemapindex)\b")
_BLOCK_END = re.compile(r"(?i)<br\s*/?>|</(?:p|div|li|h[1-6]|blockquote)\s*>")
MIN_ITEM_WORDS = 5
_DECLARATION = re.compile(rb"\A(\xef\xbb\xbf)?\s*<\?xml[^<>]{0,300}\?>")
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z!]")


def sniff(data: bytes | str) -> str | None:
    """'feed', 'sitemap' or None, from the root element near the start of an XML document."""
    head = data[:4096].decode("utf-8", "replace") if isinstance(data, bytes) else data[:4096]
    m = _ROOT.search(head)
    if not m:
        return None
    return "sitemap" if m.group(1) in ("urlset", "sitemapindex") else "feed"


def read_xml(data: bytes, path: str, settings: Settings) -> Iterator[Raw | InputError]:
    """Documents of a feed or sitemap given as bytes (from a file or a URL)."""
    kind = sniff(data)
    if kind == "sitemap":
        yield from iter_sitemap(data, path, settings)
    elif kind == "feed":
        yield from iter_feed(data, path, settings)
    else:
        yield InputError(path, "not an RSS/Atom feed or a sitemap (no <rss>, <feed>, <rdf:RDF> or <urlset> root)")


# -- feeds -------------------------------------------------------------------

def iter_feed(data: bytes, path: str, settings: Settings) -> Iterator[Raw | InputError]:
    """One document per feed item; a feed that cannot be parsed is one error."""
    import feedparser

    parsed = feedparser.parse(_prolog_on_own_line(data))
    if parsed.bozo and not parsed.entries:
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: parsed.get("bozo_exception"))()
        yield InputError(path, f"malformed feed ({reason}); no items could be read")
        return
    outlet = _clean(parsed.feed.get("title"))
    for n, entry in enumerate(parsed.entries, start=1):
        try:
            yield _item(entry, path, n, outlet, settings)
        except InputError as exc:
            yield exc


def _prolog_on_own_line(data: bytes) -> bytes:
    """The feed with its XML declaration alone on the first line, or without a broken one.

    feedparser reads the encoding from the first line with a backtracking pattern that takes
    minutes on a long line of repeated or unclosed declarations; on a line of its own it is instant.
    """
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<?"):
        return data
    m = _DECLARATION.match(data)
    if m:
        return data[:m.end()] + b"\n" + data[m.end():].lstrip(b" \t")
    start = _FIRST_ELEMENT.search(data)
    return data[start.start():] if start else b""


def _item(entry: Any, path: str, n: int, outlet: str | None, settings: Settings) -> Raw:
    link = _clean(entry.get("link"))
    title = _clean(entry.get("title"))
    published = _date(entry.get("published") or entry.get("updated"))
    if settings.fetch_links and link:
        raw = fetch_guarded(link, settings)
        raw.source = Source(path=path, url=link, outlet=raw.source.outlet or outlet, line=n)
    else:
        text = _fragment_text(_body(entry))
        if len(text.split()) < MIN_ITEM_WORDS:
            hint = " (add --fetch-links to fetch the page it links to)" if link else ""
            raise InputError(path, f"feed item {n} ({link or title or 'untitled'}) carries no article text{hint}",
                             line=n)
        raw = Raw(source=Source(path=path, url=link, outlet=outlet, line=n), text=text)
    raw.title = raw.title or title
    if published and (not raw.published or raw.meta.get("date_of_revision")):
        raw.published = published
        raw.meta["date_of_revision"] = not entry.get("published")  # an item dated only by its update
    authors = [a.get("name") for a in entry.get("authors") or [] if isinstance(a, dict) and a.get("name")]
    raw.authors = raw.authors or authors
    raw.meta.update({"format": "feed", "item": n})
    return raw


def _body(entry: Any) -> str:
    """The fullest text an item carries: its content, else its summary."""
    contents = [c.get("value") or "" for c in entry.get("content") or [] if isinstance(c, dict)]
    best = max(contents, key=len, default="")
    summary = entry.get("summary") or ""
    return best if len(best) >= len(summary) else summary


def _fragment_text(fragment: str) -> str:
    """Plain paragraphs from an HTML fragment (block ends become paragraph breaks)."""
    if "<" not in fragment:
        return normalize(fragment).strip()
    import lxml.html

    marked = _BLOCK_END.sub(lambda m: m.group(0) + "\n\n", fragment)
    try:
        text = lxml.html.fromstring(f"<div>{marked}</div>").text_content()
    except Exception:  # lxml raises several kinds on hostile markup; fall back to stripping tags
        text = re.sub(r"<[^>]*>", " ", marked)
    paragraphs = [" ".join(p.split()) for p in normalize(text).split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def _date(value: str | None) -> str | None:
    """The calendar date a feed states, in the feed's own time zone (RFC 822 or ISO 8601)."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return None


def _clean(value: Any) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


# -- sitemaps ----------------------------------------------------------------

def iter_sitemap(data: bytes, path: str, settings: Settings) -> Iterator[Raw | InputError]:
    """The pages a sitemap lists, fetched when asked for (news-sitemap title and date kept)."""
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        yield InputError(path, f"malformed sitemap ({exc})")
        return
    entries = list(_sitemap_entries(root))
    if not settings.fetch_links:
        yield InputError(path, f"the sitemap lists {len(entries)} page(s); kabar fetches them only when asked "
                               "(--fetch-links)")
        return
    for n, entry in enumerate(entries, start=1):
        try:
            yield _sitemap_page(entry, path, n, settings)
        except InputError as exc:
            yield exc


def _sitemap_page(entry: dict[str, str | None], path: str, n: int, settings: Settings) -> Raw:
    raw = fetch_guarded(entry["loc"], settings)
    raw.source = Source(path=path, url=entry["loc"], outlet=raw.source.outlet, line=n)
    raw.title = raw.title or entry.get("title")
    raw.published = raw.published or _date(entry.get("date"))
    raw.meta.update({"format": "sitemap", "item": n})
    return raw


def _sitemap_entries(root: ElementTree.Element) -> Iterator[dict[str, str | None]]:
    """``loc`` with the news title and publication date (or lastmod) of each listed page or sitemap."""
    for node in root:
        fields = {_local(child.tag): child for child in node.iter()}
        loc = fields.get("loc")
        if loc is None or not (loc.text or "").strip():
            continue
        title = fields.get("title")
        date = fields.get("publication_date") if "publication_date" in fields else fields.get("lastmod")
        yield {"loc": loc.text.strip(), "title": _clean(title.text if title is not None else None),
               "date": (date.text or "").strip() if date is not None else None}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


# -- fetching linked pages ---------------------------------------------------

def fetch_guarded(url: str, settings: Settings) -> Raw:
    """Fetch a page a feed or sitemap links to, under the web ingest's address rules."""
    from ..web.safety import Refused, fetch

    try:
        return fetch(url, settings.max_bytes, allow_private=False)
    except Refused as exc:
        raise InputError(url, f"refused to fetch ({exc.message})") from exc
