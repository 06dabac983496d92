"""Stage ``published``: the publication date, from the best evidence there is.

In order: explicit metadata (HTML meta/JSON-LD, an export's date field); a
dateline line ("27 Juli 2023, 21:20 WIB"); the day the text reports as its
own (kabar.timex); a weekday with a date in the lead ("Kamis (22/10/2020)",
"Rabu (10/9)" with the year from the text or the weekday). The source of the
date is kept in ``published_evidence``.
"""
from __future__ import annotations

import datetime as dt
import re

from ..model import Document
from ..pipeline import register
from ..settings import Settings
from ..text.dates import WEEKDAY_PAREN, weekday_date

LEAD_CHARS = 600  # the dateline weekday sits in the first sentences of an Indonesian article
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def today_of(settings: Settings) -> dt.date:
    return dt.date.fromisoformat(settings.today) if settings.today else dt.date.today()


@register("published", requires=("text",), provides=("published",))
def published(doc: Document, settings: Settings) -> Document:
    if doc.published:
        doc.published_evidence = doc.published_evidence or "metadata"
        return doc
    if doc.meta.get("dateline_date"):
        doc.published, doc.published_evidence = doc.meta["dateline_date"], "dateline"
        return doc
    today = today_of(settings)
    found, evidence = _from_timex(doc.text, today)
    if not found:
        found, evidence = lead_weekday_date(doc.text, today)
    if found:
        doc.published, doc.published_evidence = found.isoformat(), evidence
    return doc


def _from_timex(text: str, today: dt.date) -> tuple[dt.date | None, str | None]:
    """The reporting day the time-expression module finds, when that module is installed."""
    try:
        from ..timex import infer_publication
    except ImportError:
        return None, None
    found, evidence = infer_publication(text, today=today)
    return found, (f"text: {evidence}" if found and evidence else "text" if found else None)


def lead_weekday_date(text: str, today: dt.date) -> tuple[dt.date | None, str | None]:
    """'Kamis (22/10/2020)' in the lead; a year-less one takes the text's latest year if the weekday agrees."""
    lead = text[:LEAD_CHARS]
    m = WEEKDAY_PAREN.search(lead)
    if not m:
        return None, None
    years = [int(y) for y in _YEAR.findall(text) if int(y) <= today.year]
    found = weekday_date(m, today, year_hint=max(years) if years else None)
    return (found, f"lead: {m.group(0)}") if found else (None, None)
