"""Dates and TIMEX values as words, never as codes ("pekan ke-30 2023", not "2023-W30").

    date("2024-05-21", "id")      -> "21 Mei 2024"
    date("2024-05-21", "en")      -> "21 May 2024"
    timex("2023-W30", "id")       -> "pekan ke-30 2023"
    timex("2023-07-25TNI", "id")  -> "25 Juli 2023 malam"
    timex("P3Y", "en")            -> "3 years"
"""
from __future__ import annotations

import datetime as dt
import re

from babel.dates import format_date

from .numbers import locale_of, number
from .words import AT_TIME, CALENDAR, DURATION_UNITS, PARTS_OF_DAY, REFERENCES, SOME

PATTERNS = {"day": "d MMMM y", "month": "MMMM y", "short_day": "d MMM y"}
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(?:(\d{2}):(\d{2})(?::\d{2})?|([A-Z]{2})))?")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_PART = re.compile(r"^(\d{4})-(Q|H)(\d)$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^\d{4}$")
_NO_YEAR = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?$")
_DECADE = re.compile(r"^(\d{3})X$")
_CENTURY = re.compile(r"^(\d{2})XX$")
_PERIOD = re.compile(r"^P(T?)(\d+(?:\.\d+)?|X)(DE|CE|[YMWDHS])$")


def date(value: str | None, lang: str = "id", short: bool = False) -> str:
    """An ISO date (or month, or year) in words; anything else is returned as it is."""
    if not value:
        return ""
    m = _DAY.match(value)
    if m and not (m.group(4) or m.group(6)):
        return _day(m, lang, short)
    if m and m.group(4):
        time = f"{m.group(4)}.{m.group(5)}" if lang == "id" else f"{m.group(4)}:{m.group(5)}"
        return f"{_day(m, lang, short)}, {AT_TIME[_lang(lang)].format(time=time)}"
    return timex(value, lang)


def _day(m: re.Match, lang: str, short: bool) -> str:
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return m.group(0)
    return format_date(day, PATTERNS["short_day" if short else "day"], locale=locale_of(lang))


def _lang(lang: str) -> str:
    return lang if lang in PARTS_OF_DAY else "id"


def timex(value: str | None, lang: str = "id") -> str:
    """A TIMEX3-style value (contract ``times[].value``) as a reader would say it."""
    if not value:
        return ""
    lang = _lang(lang)
    if "/" in value:
        return "–".join(timex(part, lang) for part in value.split("/", 1))
    for pattern, render in _RENDERERS:
        m = pattern.match(value)
        if m:
            return render(m, lang)
    return REFERENCES[lang].get(value, value)


def _with_part_of_day(m: re.Match, lang: str) -> str:
    if m.group(4):  # a clock time
        return date(m.group(0), lang)
    day = _day(m, lang, False)
    part = PARTS_OF_DAY[lang].get(m.group(6) or "")
    if not part:
        return day
    return f"{day} {part}" if lang == "id" else f"{day} ({part})"


def _month(m: re.Match, lang: str) -> str:
    try:
        first = dt.date(int(m.group(1)), int(m.group(2)), 1)
    except ValueError:
        return m.group(0)
    return format_date(first, PATTERNS["month"], locale=locale_of(lang))


def _week(m: re.Match, lang: str) -> str:
    key = "weekend" if m.group(3) else "week"
    return CALENDAR[lang][key].format(n=int(m.group(2)), year=m.group(1))


def _part(m: re.Match, lang: str) -> str:
    key = "quarter" if m.group(2) == "Q" else "half"
    return CALENDAR[lang][key].format(n=m.group(3), year=m.group(1))


def _period(m: re.Match, lang: str) -> str:
    """An ISO-8601 duration: "P3Y" -> "3 tahun" / "3 years", "PXM" -> "beberapa bulan"."""
    amount, unit = m.group(2), ("T" + m.group(3)) if m.group(1) else m.group(3)
    words = DURATION_UNITS[lang].get(unit) or DURATION_UNITS[lang].get(m.group(3))
    if words is None:
        return m.group(0)
    if isinstance(words, tuple):  # English: singular and plural
        words = words[0] if amount == "1" else words[1]
    shown = SOME[lang] if amount == "X" else number(float(amount), lang)
    return f"{shown} {words}"


def _without_year(m: re.Match, lang: str) -> str:
    """A month or day of an unknown year ("XXXX-07-25" -> "25 Juli")."""
    try:
        day = dt.date(2000, int(m.group(1)), int(m.group(2) or 1))  # a leap year: 29 February exists
    except ValueError:
        return m.group(0)
    return format_date(day, "d MMMM" if m.group(2) else "MMMM", locale=locale_of(lang))


def _ordinal(n: int, lang: str) -> str:
    """``n`` as an ordinal number for the century pattern ("20th" in English; Indonesian writes "ke-20")."""
    if lang != "en":
        return str(n)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_RENDERERS = (
    (_DAY, _with_part_of_day),
    (_MONTH, _month),
    (_WEEK, _week),
    (_PART, _part),
    (_SEASON, lambda m, lang: CALENDAR[lang][m.group(2)].format(year=m.group(1))),
    (_YEAR, lambda m, lang: m.group(0)),
    (_NO_YEAR, lambda m, lang: _without_year(m, lang)),
    (_DECADE, lambda m, lang: CALENDAR[lang]["decade"].format(start=m.group(1) + "0")),
    (_CENTURY, lambda m, lang: CALENDAR[lang]["century"].format(n=_ordinal(int(m.group(1)) + 1, lang))),
    (_PERIOD, _period),
)
