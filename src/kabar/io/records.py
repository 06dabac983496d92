"""JSON and JSONL exports: one article per object, under the field names exports use."""
from __future__ import annotations

import json
from typing import Any, Iterator

from ..errors import InputError
from ..model import Raw, Source
from .html import html_to_raw, looks_like_html

TEXT_FIELDS = ("text", "content", "body", "article", "isi", "konten", "full_text", "description")
TITLE_FIELDS = ("title", "headline", "judul")
URL_FIELDS = ("url", "link", "source_url", "canonical_url")
DATE_FIELDS = ("published", "date", "published_at", "datePublished", "pubDate", "publish_date", "tanggal", "created_at")
AUTHOR_FIELDS = ("author", "authors", "byline", "penulis", "reporter")
OUTLET_FIELDS = ("outlet", "source", "site", "site_name", "media", "publisher")


def iter_jsonl(text: str, path: str) -> Iterator[Raw | InputError]:
    """One Raw per line; a malformed line yields an error naming the line, the rest go on."""
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(path, f"malformed JSON ({exc.msg} at column {exc.colno})", line=n)
            continue
        yield _record_or_error(obj, path, n)


def iter_json(text: str, path: str) -> Iterator[Raw | InputError]:
    """A JSON file holding one article object, a list of them, or {"articles": [...]}."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(path, f"malformed JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})")
        return
    if isinstance(data, dict):
        for key in ("articles", "documents", "items", "data"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
    items = data if isinstance(data, list) else [data]
    for n, obj in enumerate(items, start=1):
        yield _record_or_error(obj, path, n if len(items) > 1 else None)


def _record_or_error(obj: Any, path: str, line: int | None) -> Raw | InputError:
    try:
        return record_to_raw(obj, path, line)
    except InputError as exc:
        return exc


def record_to_raw(obj: Any, path: str | None, line: int | None = None) -> Raw:
    """Map one exported article object to a Raw."""
    if not isinstance(obj, dict):
        raise InputError(path, f"expected a JSON object, found {type(obj).__name__}", line=line)
    text = _first(obj, TEXT_FIELDS)
    if not isinstance(text, str) or not text.strip():
        raise InputError(path, f"no article text (looked for fields {', '.join(TEXT_FIELDS[:4])} ...)", line=line)
    source = Source(path=path, url=_str(_first(obj, URL_FIELDS)), outlet=_outlet(obj), line=line)
    if looks_like_html(text):
        raw = html_to_raw(text, source)
    else:
        from .decode import normalize
        raw = Raw(source=source, text=normalize(text), meta={"format": "json"})
    raw.title = _str(_first(obj, TITLE_FIELDS)) or raw.title
    raw.published = _date(_first(obj, DATE_FIELDS)) or raw.published
    raw.authors = _authors(_first(obj, AUTHOR_FIELDS)) or raw.authors
    return raw


def _first(obj: dict, names: tuple[str, ...]) -> Any:
    for name in names:
        if obj.get(name) not in (None, "", []):
            return obj[name]
    return None


def _str(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _outlet(obj: dict) -> str | None:
    value = _first(obj, OUTLET_FIELDS)
    if isinstance(value, dict):
        value = value.get("name")
    return _str(value)


def _date(value: Any) -> str | None:
    """An ISO date from the common export forms (ISO strings, epoch seconds, Indonesian dates)."""
    if isinstance(value, (int, float)):
        import datetime as dt
        return dt.datetime.fromtimestamp(value / (1000 if value > 1e11 else 1), tz=dt.timezone.utc).date().isoformat()
    if not isinstance(value, str):
        return None
    from ..text.dates import parse_date_string
    found = parse_date_string(value)
    return found.isoformat() if found else None


def _authors(value: Any) -> list[str]:
    if isinstance(value, list):
        return [a if isinstance(a, str) else str(a.get("name", "")) for a in value if a]
    if isinstance(value, dict):
        return [str(value.get("name"))] if value.get("name") else []
    if isinstance(value, str) and value.strip():
        import re
        return [p.strip() for p in re.split(r"(?<!\s)\s*(?:;|,|\bdan\b|&)\s*", value) if p.strip()]
    return []
