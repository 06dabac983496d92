"""Validate and coerce the fields of an exported article (JSON, JSONL, a pasted form).

Exports hold anything: a date of ``1e300``, ``NaN`` or ``"kemarin sore"``, an author
list holding lists and numbers, a title that is an object, text with lone UTF-16
surrogates. Each function here takes one raw value and returns a clean one, or
``None`` together with a :class:`FieldProblem` saying which field was refused and
why, so a reader can drop the field, keep the article and tell the user.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any

# Publication dates outside these years are typing errors or epoch noise, never news.
MIN_YEAR, MAX_YEAR = 1800, 2200
# Epoch numbers above this are milliseconds (1e11 s is the year 5138).
EPOCH_MS_ABOVE = 1e11
# Longest title, author name, outlet or URL kept (a longer one is not what the field means).
MAX_SHORT_FIELD = 2_000
MAX_AUTHORS = 50
_SURROGATE = re.compile("[\ud800-\udfff]")
_AUTHOR_SPLIT = re.compile(r"(?<!\s)\s*(?:;|,|\bdan\b|&)\s*")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class FieldProblem:
    """A field whose value was refused: the field's name and why."""

    field: str
    reason: str

    def __str__(self) -> str:
        return f"field '{self.field}': {self.reason}; ignored"


def scrub(text: str) -> str:
    """``text`` with lone UTF-16 surrogates (from JSON escapes such as ``\\ud800``) replaced by U+FFFD."""
    if text.isascii():
        return text
    return _SURROGATE.sub("\ufffd", text)


def describe(value: Any) -> str:
    """A short, safe rendering of a refused value for a message."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
        return f"an integer of about {int(value.bit_length() * 0.30103)} digits"  # repr() refuses past 4,300
    try:
        text = repr(scrub(value)) if isinstance(value, str) else repr(value)
    except (ValueError, RecursionError):
        text = f"a {type(value).__name__}"
    return text if len(text) <= 40 else text[:37] + "..."


def text_value(value: Any) -> str | None:
    """Article text: a string, or a list of strings taken as paragraphs; None when there is none."""
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        value = "\n\n".join(value)
    if isinstance(value, str) and value.strip():
        return scrub(value)
    return None


def short_text(name: str, value: Any) -> tuple[str | None, FieldProblem | None]:
    """A title, URL or outlet: a non-empty string of reasonable length."""
    if value is None or value == "":
        return None, None
    if not isinstance(value, str):
        return None, FieldProblem(name, f"expected text, found {type(value).__name__} {describe(value)}")
    value = scrub(value).strip()
    if len(value) > MAX_SHORT_FIELD:
        return None, FieldProblem(name, f"{len(value):,} characters, over the limit of {MAX_SHORT_FIELD:,}")
    return value or None, None


def outlet_value(name: str, value: Any) -> tuple[str | None, FieldProblem | None]:
    """An outlet: a string or an object with a string ``name`` (schema.org publisher)."""
    if isinstance(value, dict):
        value = value.get("name")
    return short_text(name, value)


def authors_value(name: str, value: Any) -> tuple[list[str], FieldProblem | None]:
    """Authors from a string ("A, B dan C"), an object with ``name``, or a list of either."""
    if value is None or value == "" or value == []:
        return [], None
    items = value if isinstance(value, list) else [value]
    out, refused = [], []
    for item in items[:MAX_AUTHORS]:
        found = _one_author(item)
        if found is None:
            refused.append(item)
        else:
            out += found
    problem = FieldProblem(name, f"{len(refused)} entries are not names (e.g. {describe(refused[0])})") if refused else None
    return out, problem


def _one_author(item: Any) -> list[str] | None:
    """The names in one author entry, or None when it holds no text."""
    if isinstance(item, dict):
        item = item.get("name")
    if not isinstance(item, str):
        return None
    item = scrub(item)
    if len(item) > MAX_SHORT_FIELD:
        return None
    return [p.strip() for p in _AUTHOR_SPLIT.split(item) if p.strip()]


def date_value(name: str, value: Any) -> tuple[str | None, FieldProblem | None]:
    """An ISO day from an ISO/Indonesian date string or epoch seconds/milliseconds, within sane years."""
    if value is None or value == "":
        return None, None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None, FieldProblem(name, f"expected a date, found {type(value).__name__} {describe(value)}")
    day = _epoch_day(value) if not isinstance(value, str) else _string_day(value)
    if day is None:
        return None, FieldProblem(name, f"{describe(value)} is not a date")
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        return None, FieldProblem(name, f"{describe(value)} is outside the years {MIN_YEAR}-{MAX_YEAR}")
    return day.isoformat(), None


def _epoch_day(value: int | float) -> dt.date | None:
    """The UTC day of epoch seconds (or milliseconds); None for NaN, infinities and absurd sizes."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    try:
        seconds = value / 1000 if abs(value) > EPOCH_MS_ABOVE else value
        return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date()
    except (OverflowError, OSError, ValueError):
        return None


def _string_day(value: str) -> dt.date | None:
    from ..text.dates import parse_date_string
    return parse_date_string(scrub(value)[:200])


def iso_day(value: Any) -> str | None:
    """``value`` when it is already an ISO day (YYYY-MM-DD, a real date within sane years), else None."""
    if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return None
    return value if MIN_YEAR <= day.year <= MAX_YEAR else None
