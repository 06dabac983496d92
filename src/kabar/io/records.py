"""JSON and JSONL exports: one article per object, under the field names exports use."""
from __future__ import annotations

import json
import re
from typing import Any, Iterator

from ..errors import InputError
from ..model import Raw, Source
from . import fields as F
from .html import html_to_raw, looks_like_html

TEXT_FIELDS = ("text", "content", "body", "article", "isi", "konten", "full_text", "description")
TITLE_FIELDS = ("title", "headline", "judul")
URL_FIELDS = ("url", "link", "source_url", "canonical_url")
DATE_FIELDS = ("published", "date", "published_at", "datePublished", "pubDate", "publish_date", "tanggal", "created_at")
AUTHOR_FIELDS = ("author", "authors", "byline", "penulis", "reporter")
OUTLET_FIELDS = ("outlet", "source", "site", "site_name", "media", "publisher")


# Deeper nesting than this is no article export; refusing it early keeps the decoder's recursion bounded.
MAX_NESTING = 200


def load_json(text: str) -> Any:
    """``json.loads`` that never raises anything but ValueError with a readable message.

    NaN and Infinity become floats (which no field check accepts as a date), integers too long
    for Python's limit become floats, and nesting deeper than :data:`MAX_NESTING` is refused.
    """
    if _nesting(text) > MAX_NESTING:
        raise ValueError(f"nested deeper than {MAX_NESTING} levels")
    try:
        return json.loads(text, parse_constant=float, parse_int=_int)
    except json.JSONDecodeError as exc:
        raise ValueError(f"malformed JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from exc
    except RecursionError as exc:
        raise ValueError("nested too deeply") from exc


def _int(digits: str) -> int | float:
    """A JSON integer; one longer than any date or count is kept as a float (never a ValueError)."""
    return int(digits) if len(digits) <= 30 else float(digits)


def _nesting(text: str) -> int:
    """An upper bound of the bracket nesting depth (brackets inside strings counted too; cheap)."""
    if text.count("[") + text.count("{") <= MAX_NESTING:
        return 0
    depth = deepest = 0
    for m in _BRACKETS.finditer(text):
        depth = depth + 1 if m.group() in "[{" else max(0, depth - 1)
        deepest = max(deepest, depth)
    return deepest


_BRACKETS = re.compile(r"[\[\]{}]")


def iter_jsonl(text: str, path: str) -> Iterator[Raw | InputError]:
    """One Raw per line; a malformed line yields an error naming the line, the rest go on."""
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = load_json(line)
        except ValueError as exc:
            yield InputError(path, str(exc).replace(" at line 1,", " at"), line=n)
            continue
        yield _record_or_error(obj, path, n)


def iter_json(text: str, path: str) -> Iterator[Raw | InputError]:
    """A JSON file holding one article object, a list of them, or {"articles": [...]}."""
    try:
        data = load_json(text)
    except ValueError as exc:
        yield InputError(path, str(exc))
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
    """One record, or the error that names it: nothing raised here stops the batch."""
    try:
        return record_to_raw(obj, path, line)
    except InputError as exc:
        return exc
    except Exception as exc:  # a reader bug must cost one record, never the batch
        return InputError(path, f"could not be read ({type(exc).__name__}: {exc})", line=line)


def record_to_raw(obj: Any, path: str | None, line: int | None = None) -> Raw:
    """Map one exported article object to a Raw; invalid optional fields are dropped with a warning."""
    if not isinstance(obj, dict):
        raise InputError(path, f"expected a JSON object, found {type(obj).__name__}", line=line)
    name, value = _first(obj, TEXT_FIELDS)
    text = F.text_value(value)
    if text is None:
        found = f"; '{name}' holds {type(value).__name__}" if name else ""
        raise InputError(path, f"no article text (looked for fields {', '.join(TEXT_FIELDS[:4])} ...{found})",
                         line=line)
    problems: list[F.FieldProblem] = []
    url = _take(problems, F.short_text, *_first(obj, URL_FIELDS))
    outlet = _take(problems, F.outlet_value, *_first(obj, OUTLET_FIELDS))
    source = Source(path=path, url=url, outlet=outlet, line=line)
    if looks_like_html(text):
        try:
            raw = html_to_raw(text, source)
        except InputError as exc:  # markup with no article in it: the record's line is named too
            raise InputError(path, exc.reason, line=line) from exc
    else:
        from .decode import normalize
        raw = Raw(source=source, text=normalize(text), meta={"format": "json"})
    if not raw.text.strip():  # only invisible characters (zero-width spaces, controls) were written
        raise InputError(path, f"the article text in '{name}' is empty once invisible characters are removed",
                         line=line)
    raw.title = _take(problems, F.short_text, *_first(obj, TITLE_FIELDS)) or raw.title
    raw.published = _take(problems, F.date_value, *_first(obj, DATE_FIELDS)) or raw.published
    raw.authors = _take(problems, F.authors_value, *_first(obj, AUTHOR_FIELDS)) or raw.authors
    raw.warnings += [{"stage": "read", "message": str(p)} for p in problems]
    return raw


def _first(obj: dict, names: tuple[str, ...]) -> tuple[str | None, Any]:
    """(name, value) of the first of ``names`` the object fills, or (None, None)."""
    for name in names:
        if obj.get(name) not in (None, "", []):
            return name, obj[name]
    return None, None


def _take(problems: list, check, name: str | None, value: Any) -> Any:
    """The checked value of one field; a refusal is noted in ``problems``."""
    if name is None:
        return check("", None)[0]
    clean, problem = check(name, value)
    if problem:
        problems.append(problem)
    return clean
