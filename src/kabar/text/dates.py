"""Absolute dates as news metadata and datelines write them, in Indonesian and English.

Running-text time expressions (relative, anchored, durations) are the business of
:mod:`kabar.timex`; this module reads the one date a dateline or a metadata field gives.
"""
from __future__ import annotations

import datetime as dt
import re

from ..lang.id.calendar import MONTHS, MONTHS_EN, PARTS_OF_DAY, PUBLISHED_WORDS, UPDATED_WORDS, WEEKDAYS, WEEKDAYS_EN
from .prefilter import CaselessScan

_MONTH_NAMES = sorted(set(MONTHS) | set(MONTHS_EN), key=len, reverse=True)
_MONTH_RE = "|".join(re.escape(m) for m in _MONTH_NAMES)
_WEEKDAY_RE = "|".join(re.escape(w) for w in sorted(set(WEEKDAYS) | set(WEEKDAYS_EN), key=len, reverse=True))

# A number opening at a word boundary, written so that re skips ahead to the digits: "\b\d" tries the
# boundary at every character, "\d(?<!\w\d)" (a digit with no word character before it) is the same
# test made after the engine has jumped to a digit; "\d\d?" is "\d{1,2}" in a form whose first digit
# re can jump to. The patterns match exactly as "\b(\d{1,2})" and "\b(\d{4})" would.
_DIGIT_AT_WORD_START = r"\d(?<!\w\d)"
ISO = re.compile(rf"({_DIGIT_AT_WORD_START}\d{{3}})-(\d{{1,2}})-(\d{{1,2}})")
# 27 Juli 2023 / 27 Jul. 2023 / Jul 27, 2023
DMY_NAMED = re.compile(rf"({_DIGIT_AT_WORD_START}\d?)\s+({_MONTH_RE})\.?\s+(\d{{4}})\b", re.I)
MDY_NAMED = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)
# 27/07/2023, 27-07-2023, 27.07.2023 (day first, as Indonesia writes it); not a comment stamp
# "19.10.1912:48" (day.month.yy glued to a clock time), whose "1912" is no year
DMY_NUMERIC = re.compile(rf"({_DIGIT_AT_WORD_START}\d?)[/.-](\d{{1,2}})[/.-](\d{{4}})\b(?![:.]\d)")
# Kamis (22/10/2020) or Rabu (10/9): a weekday with a parenthesised date, year optional (a mistyped
# five-digit year, "15/11/20220", is read as no year)
WEEKDAY_PAREN = re.compile(rf"\b({_WEEKDAY_RE})\s*\(\s*(\d{{1,2}})/(\d{{1,2}})(?:/(\d{{2,5}}))?\s*\)", re.I)
# Their matches, found faster (kabar.text.prefilter).
WEEKDAY_PAREN_SCAN, MDY_NAMED_SCAN = CaselessScan(WEEKDAY_PAREN), CaselessScan(MDY_NAMED)
# Four digits in a row: every match of ISO, DMY_NAMED, MDY_NAMED and DMY_NUMERIC holds a year. Scanning for
# them is much faster than any of those patterns (which try a word boundary at every character).
_YEAR_DIGITS = re.compile(r"\d\d\d\d")


def may_hold_date(text: str, start: int = 0, end: int | None = None) -> bool:
    """False when ``text[start:end]`` holds no four digits in a row, so none of ISO, DMY_NAMED, MDY_NAMED and
    DMY_NUMERIC can match there (a cheap test before them; True says nothing)."""
    return _YEAR_DIGITS.search(text, start, len(text) if end is None else end) is not None


def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def parse_date_string(value: str) -> dt.date | None:
    """The first absolute date in a metadata-like string (ISO, named month, d/m/y)."""
    if not may_hold_date(value):
        return None
    for rx, order in ((ISO, "ymd"), (DMY_NAMED, "dmy"), (MDY_NAMED_SCAN, "mdy"), (DMY_NUMERIC, "dmy")):
        m = rx.search(value)
        if m:
            found = _from_groups(m.groups(), order)
            if found:
                return found
    return None


def _from_groups(groups: tuple[str, ...], order: str) -> dt.date | None:
    parts = dict(zip(order, groups))
    month = parts["m"]
    if not month.isdigit():
        month = MONTHS.get(month.lower().rstrip("."), MONTHS_EN.get(month.lower().rstrip(".")))
    if not month:
        return None
    return _valid(int(parts["y"]), int(month), int(parts["d"]))


def year_from_weekday(day: int, month: int, weekday: int, today: dt.date) -> int | None:
    """The most recent year, not after ``today``, in which day/month falls on ``weekday``."""
    for year in range(today.year, today.year - 60, -1):
        d = _valid(year, month, day)
        if d and d <= today and d.weekday() == weekday:
            return year
    return None


def weekday_date(match: re.Match, today: dt.date, year_hint: int | None = None) -> dt.date | None:
    """Resolve a WEEKDAY_PAREN match: explicit year, else the hint if the weekday agrees, else the weekday rule."""
    name, day, month, year = match.group(1).lower(), int(match.group(2)), int(match.group(3)), match.group(4)
    weekday = WEEKDAYS.get(name, WEEKDAYS_EN.get(name))
    if year and len(year) == 5:
        year = None  # a typo: the weekday and the text's years decide
    if year:
        y = int(year)
        return _valid(y + 2000 if y < 100 else y, month, day)
    if year_hint:
        d = _valid(year_hint, month, day)
        if d and (weekday is None or d.weekday() == weekday):
            return d
    if weekday is None:
        return None
    y = year_from_weekday(day, month, weekday, today)
    return _valid(y, month, day) if y else None


# A date in a page address: /2022/12/06/, /2022-12-06/, /read/20181029/, /20181029123456-... ; /2024/12/ (month)
_URL_YMD = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/._-]|$)")
_URL_COMPACT = re.compile(r"/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\d{0,8}(?:[/._-]|$))")
_URL_YM = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])(?=/)")


def url_date(url: str | None) -> tuple[dt.date | None, str | None]:
    """(day, month 'YYYY-MM') a page address states in its path; either may be None."""
    if not url:
        return None, None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.split("?")[0].split("#")[0], flags=re.I)
    for rx in (_URL_YMD, _URL_COMPACT):
        m = rx.search(path)
        if m:
            day = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if day:
                return day, f"{day.year:04d}-{day.month:02d}"
    m = _URL_YM.search(path)
    return (None, f"{int(m.group(1)):04d}-{int(m.group(2)):02d}") if m else (None, None)


# A creation time an address carries as an id: a Unix time closing the slug ("/read/1180000/12/judul-1691035200"),
# or a 24-hex database id (an ObjectId) whose first eight digits are the seconds of its creation
# ("/news/64cb3f3040448ba976b99814"). Read in Western Indonesian Time, the newsroom's clock.
_URL_EPOCH = re.compile(r"[-_/](1\d{9})(?:\.html?)?/?$")
_URL_OBJECT_ID = re.compile(r"/([0-9a-f]{24})(?=[/._-]|$)", re.I)
STAMP_ZONE = dt.timezone(dt.timedelta(hours=7))
STAMP_FIRST_YEAR = 2009  # ObjectIds came into use then: an earlier "stamp" is some other number


def url_stamp_date(url: str | None, today: dt.date) -> dt.date | None:
    """The day a page address's Unix-time or ObjectId id was made, when it lies between 2009 and ``today``."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.split("?")[0].split("#")[0], flags=re.I)
    m = _URL_EPOCH.search(path)
    oid = None if m else _URL_OBJECT_ID.search(path)
    if oid and oid.group(1).isdigit():
        oid = None
    if not (m or oid):
        return None
    seconds = int(m.group(1)) if m else int(oid.group(1)[:8], 16)
    day = dt.datetime.fromtimestamp(seconds, STAMP_ZONE).date()
    return day if STAMP_FIRST_YEAR <= day.year and day <= today else None


# A date the text ties to its own day: "hari ini, Rabu, 28 Juli 2021", "besok, 9 April 2025",
# "kemarin (Senin, 4/3)", "Kamis (21/1/2021) kemarin"; a part of the day may stand by the word or the weekday
# ("kemarin sore, Rabu (2/8/2023)", "Rabu malam (2/8/2023) kemarin", "Rabu, 2 Agustus 2023 malam kemarin").
# Bounded gaps, no nested repetition.
_DAY_NAMED = rf"(?P<d1>\d{{1,2}})\s(?P<mon>{_MONTH_RE})\.?\s(?P<y1>\d{{4}})"
_DAY_NUM = r"(?P<d2>\d{1,2})/(?P<m2>\d{1,2})(?:/(?P<y2>\d{2,4}))?"
_PART_RE = "|".join(re.escape(p) for p in sorted(PARTS_OF_DAY, key=len, reverse=True))
_PART_AFTER = rf"(?:\s{{1,3}}(?:{_PART_RE}))?"  # " sore", " dini hari"
ANCHORED_DAY = re.compile(
    rf"\b(?P<rel>hari ini|kemarin|besok){_PART_AFTER}\s{{0,3}}[,(]?\s{{0,3}}(?:hari\s)?"
    rf"(?:(?P<wd>{_WEEKDAY_RE})\s{{0,3}}[,(]?\s{{0,3}})?(?:{_DAY_NAMED}|{_DAY_NUM})"
    rf"|\b(?P<wd3>{_WEEKDAY_RE}){_PART_AFTER}\s{{0,3}}\((?P<d3>\d{{1,2}})/(?P<m3>\d{{1,2}})(?:/(?P<y3>\d{{2,4}}))?\)"
    rf"{_PART_AFTER}\s{{0,3}}(?P<rel3>kemarin)\b"
    rf"|\b(?P<wd4>{_WEEKDAY_RE}),?\s(?P<d4>\d{{1,2}})\s(?P<mon4>{_MONTH_RE})\.?\s(?P<y4>\d{{4}})"
    rf"{_PART_AFTER}\s{{1,3}}(?P<rel4>kemarin)\b", re.I)
_SHIFT = {"hari ini": 0, "kemarin": 1, "besok": -1}  # the writing day, from the day named
# "Senin, 4 Maret 2024" / "Senin 4 Maret 2024": a weekday before a full named date.
WEEKDAY_NAMED = re.compile(rf"\b({_WEEKDAY_RE}),?\s(\d{{1,2}})\s({_MONTH_RE})\.?\s(\d{{4}})\b", re.I)
# The same matches, found faster (kabar.text.prefilter).
ANCHORED_DAY_SCAN, WEEKDAY_NAMED_SCAN = CaselessScan(ANCHORED_DAY), CaselessScan(WEEKDAY_NAMED)


def anchored_day(m: re.Match, today: dt.date, year_hint: int | None = None) -> dt.date | None:
    """The writing day an ANCHORED_DAY match gives (the day named, shifted by 'kemarin'/'besok')."""
    g = m.groupdict()
    rel = (g["rel"] or g["rel3"] or g["rel4"]).lower()
    if g["d1"] or g["d4"]:
        day = _from_groups((g["d1"], g["mon"], g["y1"]) if g["d1"] else (g["d4"], g["mon4"], g["y4"]), "dmy")
    else:
        d, mo, y = (g["d2"], g["m2"], g["y2"]) if g["d2"] else (g["d3"], g["m3"], g["y3"])
        year = int(y) + (2000 if y and len(y) == 2 else 0) if y else year_hint
        day = _valid(year, int(mo), int(d)) if year else None
    return day + dt.timedelta(days=_SHIFT[rel]) if day else None


def weekdays_in_month(text: str, month: str) -> list[tuple[dt.date, str]]:
    """Weekday dates of the text read in ``month`` ('YYYY-MM') where the weekday fits that month's day."""
    year, mon = int(month[:4]), int(month[5:7])
    out = []
    for scan in (WEEKDAY_PAREN_SCAN, WEEKDAY_NAMED_SCAN):
        for m in scan.finditer(text):
            name = m.group(1).lower()
            weekday = WEEKDAYS.get(name, WEEKDAYS_EN.get(name))
            day = _valid(year, mon, int(m.group(2)))
            if day and weekday is not None and day.weekday() == weekday:
                out.append((day, m.group(0)))
    return out


# A line that labels the page's own date: "Diterbitkan: Selasa, 5 Maret 2024 10:15 WIB", "Dipublikasikan pada
# 5 Maret 2024", "Published: March 5, 2024", "Update: 6 Maret 2024 08:00 WIB" (a revision). The label opens
# the line; a short rest without a sentence's end holds the date.
_LABEL_WORDS = sorted(PUBLISHED_WORDS + UPDATED_WORDS, key=len, reverse=True)
_DATE_LABEL = re.compile(rf"^[\W_]{{0,3}}(?P<label>{'|'.join(re.escape(w) for w in _LABEL_WORDS)})\b", re.I)
LABEL_REST_CHARS = 80  # a label's date, time, author and section; a longer rest is a sentence
_SENTENCE_END = (".", "!", "?", "\u201d", '"')


def labelled_date(line: str) -> tuple[dt.date, bool] | None:
    """(date, whether it dates a revision) of a line that labels the page's date, else None."""
    s = line.strip()
    m = _DATE_LABEL.match(s)
    if not m or len(s) - m.end() > LABEL_REST_CHARS or s.endswith(_SENTENCE_END):
        return None
    found = parse_date_string(s[m.end():])
    return (found, m.group("label").casefold() in UPDATED_WORDS) if found else None
