"""Stage ``published``: the publication date, from the best evidence there is.

In order: explicit metadata (HTML meta/JSON-LD, an export's date field; a date the markup or feed gives
only for a revision, "dateModified" or Atom's "updated", waits until the address, a label, the store's
prefix and the datelines have had their say, and then wins over what the text lets one infer); the date in
the page's address (``/2022/12/06/``, ``/read/20181029/``); a line that labels the page's
publication date, removed or kept in the body ("Diterbitkan: Selasa, 5 Maret 2024 10:15 WIB",
"Published: March 5, 2024"; not a revision's "Update: ..."); a store's metadata prefix
(" date 2023-10-02 "); a dateline the cleaner removed ("Kamis, 07 Nov 2024, 15:36 WIB",
"Jakarta, 22 April 2022 -"), unless it is a page widget (a bare date far after every
date the text names); the creation time of an id in the address (a Unix time closing the slug,
an ObjectId); a date the text anchors to its own day ("hari ini, Rabu, 28 Juli
2021", "besok, 9 April 2025", "Kamis (21/1/2021) kemarin", "Rabu malam (2/8/2023) kemarin"); the day the text reports as
its own (kabar.timex); a weekday with a date in the lead ("Rabu (10/9)", the year from
the text). A month the address or the store gives ("/2024/12/", " date 2023-09 ") must
hold: a text date outside it is passed over, and a weekday date whose weekday fits that
month but not the printed one is read in that month. A year found from a weekday alone
must lie within three years of one the text names. The end of a span of days the text reports a day
inside ("digelar 8 hingga Minggu (14/10/2018)" beside "Jumat (12/10/2018)") is a plan, never the
report's day, and is passed over. Last, a date a removed photo caption gives (a news photo shows the
reported day). Nothing evidenced: ``None``.
``published_evidence`` says which evidence was used.
"""
from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from functools import lru_cache

from ..lang.id.boilerplate import ARCHIVE_PHOTO_WORDS
from ..lang.id.calendar import SPAN_END_WORDS, UPDATED_WORDS, WEEKDAYS, WEEKDAYS_EN
from ..model import Document
from ..pipeline import register
from ..settings import Settings
from ..text.dates import (ANCHORED_DAY_SCAN, DMY_NAMED, DMY_NUMERIC, WEEKDAY_PAREN, WEEKDAY_PAREN_SCAN, anchored_day,
                          labelled_date, parse_date_string, url_date, url_stamp_date, WEEKDAY_NAMED_SCAN, weekday_date, weekdays_in_month)
from ..text.prefilter import BoundaryScan, CaselessScan

LEAD_CHARS = 600  # the dateline weekday sits in the first sentences of an Indonesian article
YEAR_SLACK = 3  # a case named for 2020 reported in 2023 is the same story; a 2020 law dated 2026 is not
WIDGET_GAP_DAYS = 31  # a bare date line this long after every date the text names is a page widget
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_YEARS_ON = re.compile(r"\b(\d{1,3})\s(?:tahun|thn)\b", re.I)
_YEAR_SCAN, _YEARS_ON_SCAN = BoundaryScan(_YEAR), CaselessScan(_YEARS_ON)  # their matches, found faster
# Each date pattern's finditer (the weekday's through its faster scan: the same matches).
_FINDITER = {WEEKDAY_PAREN: WEEKDAY_PAREN_SCAN.finditer, DMY_NAMED: DMY_NAMED.finditer, DMY_NUMERIC: DMY_NUMERIC.finditer}
_SPAN_END = re.compile(rf"(?:^|\s)(?:{'|'.join(re.escape(w) for w in SPAN_END_WORDS)})\s{{1,3}}(?:(?:hari|tanggal)\s{{1,3}})?"
                       rf"(?:(?:{'|'.join(re.escape(w) for w in {**WEEKDAYS, **WEEKDAYS_EN})})\s{{0,3}},?\s{{0,3}})?$", re.I)
_UPDATED = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in UPDATED_WORDS)})\b", re.I)
SPAN_START_CHARS = 60  # the span's first day is named just before its end ("pada (8/10/2018) hingga ...")
SPAN_DAYS = 7  # without a first day, a day reported this close before the end lies inside the span
CAPTION_KINDS = ("caption",)
LABEL_LINE_CHARS = 120  # a line labelling the page's date is short; a paragraph is not read for one


def today_of(settings: Settings) -> dt.date:
    return dt.date.fromisoformat(settings.today) if settings.today else dt.date.today()


@register("published", requires=("text",), provides=("published",))
def published(doc: Document, settings: Settings) -> Document:
    if doc.published and not doc.meta.get("date_of_revision"):
        doc.published_evidence = doc.published_evidence or "metadata"
        return doc
    revised, doc.published = doc.published, None  # markup that dates only a revision: the page's own date first
    today = today_of(settings)
    month = _month_known(doc)
    for source in _STRONG + (() if revised else _FROM_TEXT):
        found, evidence = source(doc, today)
        if found and found <= today + dt.timedelta(days=1) and (not month or found.isoformat()[:7] == month[0]):
            doc.published, doc.published_evidence = found.isoformat(), evidence
            return doc
    if revised:
        doc.published, doc.published_evidence = revised, "metadata (the date of a revision)"
        return doc
    if month:
        found, evidence = _weekday_in_month(doc.text, month, today)
        if found:
            doc.published, doc.published_evidence = found.isoformat(), evidence
    return doc


def _month_known(doc: Document) -> tuple[str, str] | None:
    """('YYYY-MM', where from) when the address or the store gives the month."""
    day, month = url_date(doc.source.url)
    if month:
        return month, "url"
    store = doc.meta.get("store_date") or ""
    return (store[:7], "store metadata") if len(store) >= 7 else None


def _from_url(doc: Document, today: dt.date):
    day, _ = url_date(doc.source.url)
    return (day, "url") if day else (None, None)


def _from_url_stamp(doc: Document, today: dt.date):
    """The day an id in the address was made (a Unix time closing the slug, an ObjectId)."""
    day = url_stamp_date(doc.source.url, today)
    return (day, "url id stamp") if day else (None, None)


def _from_store(doc: Document, today: dt.date):
    store = doc.meta.get("store_date") or ""
    found = parse_date_string(store) if len(store) == 10 else None
    return (found, "store metadata") if found else (None, None)


def _from_label(doc: Document, today: dt.date):
    """The first line that labels the page's publication date ("Diterbitkan: Selasa, 5 Maret 2024 10:15 WIB"),
    removed as a dateline or kept in the body; a revision's label ("Update: ...") is left to the datelines."""
    lines = [line for _, line, _ in doc.meta.get("datelines") or ()] + doc.text.split("\n")
    for line in lines:
        found = labelled_date(line) if len(line) <= LABEL_LINE_CHARS else None
        if found and not found[1]:
            return found[0], f"label: {line.strip()}"
    return None, None


def _from_dateline(doc: Document, today: dt.date):
    """The first removed dateline that is not a page widget; one that dates a revision ("Diperbarui ...")
    only when no other dateline is left."""
    lines = doc.meta.get("datelines") or ()
    for iso, line, timed in sorted(lines, key=lambda d: bool(_UPDATED.search(d[1]))):
        day = dt.date.fromisoformat(iso)
        latest = _latest_text_date(doc.raw.replace(line, " "), today, year_hint=day.year)
        if not timed and latest and (day - latest).days > WIDGET_GAP_DAYS:
            continue  # "Sabtu, 23 Agustus 2025" over a March story: the day the page was shown
        return day, "dateline"
    return None, None


def _from_anchor(doc: Document, today: dt.date):
    """A date the text ties to its own day: 'hari ini, Rabu, 28 Juli 2021'."""
    years = _years(doc.text, today)
    for m in ANCHORED_DAY_SCAN.finditer(doc.text):
        found = anchored_day(m, today, max(years) if years else None)
        if found and _year_supported(found, years):
            return found, f"text: {m.group(0).strip()}"
    return None, None


def _from_timex(doc: Document, today: dt.date):
    """The reporting day the time-expression module finds, when that module is installed."""
    try:
        from ..timex import infer_publication
    except ImportError:
        return None, None
    found, evidence = infer_publication(without_planned_ends(doc.text, today), today=today)
    if found and not _year_supported(found, _years(doc.text, today)):
        return None, None  # a weekday's year far from every year the text names
    return found, (f"text: {evidence}" if found and evidence else "text" if found else None)


def _from_lead(doc: Document, today: dt.date):
    return lead_weekday_date(without_planned_ends(doc.text, today), today)


def _from_caption(doc: Document, today: dt.date):
    """The latest full date a removed photo caption gives, when the text gives none; not an archive photo's
    or an illustration's, nor one far from every year the text names."""
    years = _years(doc.text, today)
    days = [d for b in doc.boilerplate if b.kind.startswith(CAPTION_KINDS) and not _archive_photo(b.text)
            for d in [_latest_text_date(b.text, today)] if d and _year_supported(d, years)]
    return (max(days), "caption") if days else (None, None)


def _archive_photo(caption: str) -> bool:
    return any(w in ARCHIVE_PHOTO_WORDS for w in re.findall(r"[\w.]+", caption.casefold()))


# The evidence that states the publication outright (the address, a label, the store, a dateline, an id
# stamped with its creation time in the address), in order, then what the text lets one infer; markup that
# dates only a revision comes between the two.
_STRONG = (_from_url, _from_label, _from_store, _from_dateline, _from_url_stamp)
_FROM_TEXT = (_from_anchor, _from_timex, _from_lead, _from_caption)


@lru_cache(maxsize=4)
def without_planned_ends(text: str, today: dt.date) -> str:
    """``text`` with the end dates of spans it reports a day inside blanked out (offsets kept).
    (Cached: the text's reporting day and its lead are both read from it.)"""
    dates = _dated_spans(text, today)
    for start, end, day in dates:
        if not _SPAN_END.search(text[max(0, start - 30):start]):
            continue
        first = [d for s, e, d in dates if start - SPAN_START_CHARS <= s and e <= start and d < day]
        low = first[-1] if first else day - dt.timedelta(days=SPAN_DAYS)
        if any(low < d < day for s, e, d in dates if e <= start - SPAN_START_CHARS or s >= end):
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def _dated_spans(text: str, today: dt.date) -> list[tuple[int, int, dt.date]]:
    """(start, end, date) of every full date the text names, outermost matches only, in text order."""
    found: list[tuple[int, int, dt.date]] = []
    for rx in (WEEKDAY_PAREN, DMY_NAMED, DMY_NUMERIC):
        inside = _Cover(found)  # one pattern's matches never overlap: only earlier patterns' can hold them
        for m in _FINDITER[rx](text):
            day = weekday_date(m, today) if rx is WEEKDAY_PAREN and m.group(4) else (
                None if rx is WEEKDAY_PAREN else parse_date_string(m.group(0)))
            if day and not inside(m.start(), m.end()):
                found.append((m.start(), m.end(), day))
    return sorted(found)


class _Cover:
    """Whether a span lies inside one of a fixed set of spans (a bisection over their starts)."""

    def __init__(self, spans):
        spans = sorted((s, e) for s, e, *_ in spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(itertools.accumulate((e for _, e in spans), max))  # furthest end so far

    def __call__(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.starts, start)
        return k > 0 and self.reach[k - 1] >= end


def lead_weekday_date(text: str, today: dt.date) -> tuple[dt.date | None, str | None]:
    """'Kamis (22/10/2020)' or 'Rabu, 10 Mei 2023' in the lead; a year-less one takes the text's latest
    year if the weekday agrees."""
    lead = text[:LEAD_CHARS]
    m = WEEKDAY_PAREN_SCAN.search(lead)
    named = WEEKDAY_NAMED_SCAN.search(lead)
    if named and (not m or named.start() < m.start()):
        found = parse_date_string(named.group(0))
        return (found, f"lead: {named.group(0)}") if found and found <= today else (None, None)
    if not m:
        return None, None
    years = _years(text, today)
    found = weekday_date(m, today, year_hint=max(years) if years else None)
    if found and not m.group(4) and not _year_supported(found, years):
        found = _weekday_year_near(found, years, today)  # the weekday's latest year lands far from the text's
    return (found, f"lead: {m.group(0)}") if found else (None, None)


def _weekday_year_near(day: dt.date, years: tuple[int, ...], today: dt.date) -> dt.date | None:
    """The same day and month in the year nearest the text's latest where it falls on the same weekday
    ('Senin (5/10)' beside 'masa sidang 2020-2021': 5 October 2020), within YEAR_SLACK years of it."""
    latest = max(years)
    for y in sorted(range(latest - YEAR_SLACK, latest + YEAR_SLACK + 1), key=lambda y: (abs(y - latest), -y)):
        try:
            found = day.replace(year=y)
        except ValueError:
            continue
        if found <= today and found.weekday() == day.weekday():
            return found
    return None


@lru_cache(maxsize=8)
def _years(text: str, today: dt.date) -> tuple[int, ...]:
    """The years the text names, and those it counts to ('peringatan 60 tahun' of a 1961 treaty: 2021).
    (Cached, so a tuple: several kinds of evidence ask about the same text.)"""
    named = [y for m in _YEAR_SCAN.finditer(text) if (y := int(m.group(1))) <= today.year]
    spans = {int(m.group(1)) for m in _YEARS_ON_SCAN.finditer(text)}
    return tuple(named + [y + n for y in named for n in spans if y + n <= today.year])


def _year_supported(day: dt.date, years: tuple[int, ...]) -> bool:
    """A year inferred from a weekday lies within YEAR_SLACK years of one the text names (any, if it names none)."""
    return not years or any(abs(day.year - y) <= YEAR_SLACK for y in years)


def _latest_text_date(text: str, today: dt.date, year_hint: int | None = None) -> dt.date | None:
    """The latest full date the body names (not after today); with ``year_hint``, a weekday date without
    a year ('Rabu (19/3)') counts too, in that year where its weekday fits it."""
    found = []
    for rx in (DMY_NAMED, DMY_NUMERIC, WEEKDAY_PAREN):
        for m in _FINDITER[rx](text):
            day = parse_date_string(m.group(0)) if rx is not WEEKDAY_PAREN else (
                weekday_date(m, today) if m.group(4) else _in_year(m, year_hint))
            if day and day <= today:
                found.append(day)
    return max(found) if found else None


def _in_year(m, year: int | None) -> dt.date | None:
    """A year-less WEEKDAY_PAREN match read in ``year``, when its weekday fits that year's date."""
    if year is None:
        return None
    day = weekday_date(m, dt.date(year, 12, 31), year_hint=year)
    return day if day and day.year == year else None


def _weekday_in_month(text: str, month: tuple[str, str], today: dt.date):
    """The latest weekday date of the text that falls in the known month with its weekday right
    ('Selasa (5/8/2023)' on a page of September 2023 is Tuesday 5 September)."""
    days = [d for d, _ in weekdays_in_month(text, month[0]) if d <= today]
    if not days:
        return None, None
    return max(days), f"text, in the month of the {month[1]}"
