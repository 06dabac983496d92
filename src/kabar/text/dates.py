"""Absolute dates as news metadata and datelines write them, in Indonesian and English.

Running-text time expressions (relative, anchored, durations) are the business of
:mod:`kabar.timex`; this module reads the one date a dateline or a metadata field gives.
"""
from __future__ import annotations

import datetime as dt
import re

from ..lang.id.calendar import MONTHS, MONTHS_EN, WEEKDAYS, WEEKDAYS_EN

_MONTH_NAMES = sorted(set(MONTHS) | set(MONTHS_EN), key=len, reverse=True)
_MONTH_RE = "|".join(re.escape(m) for m in _MONTH_NAMES)
_WEEKDAY_RE = "|".join(re.escape(w) for w in sorted(set(WEEKDAYS) | set(WEEKDAYS_EN), key=len, reverse=True))

ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})")
# 27 Juli 2023 / 27 Jul. 2023 / Jul 27, 2023
DMY_NAMED = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\.?\s+(\d{{4}})\b", re.I)
MDY_NAMED = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)
# 27/07/2023, 27-07-2023, 27.07.2023 (day first, as Indonesia writes it)
DMY_NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
# Kamis (22/10/2020) or Rabu (10/9): a weekday with a parenthesised date, year optional
WEEKDAY_PAREN = re.compile(rf"\b({_WEEKDAY_RE})\s*\(\s*(\d{{1,2}})/(\d{{1,2}})(?:/(\d{{2,4}}))?\s*\)", re.I)


def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def parse_date_string(value: str) -> dt.date | None:
    """The first absolute date in a metadata-like string (ISO, named month, d/m/y)."""
    for rx, order in ((ISO, "ymd"), (DMY_NAMED, "dmy"), (MDY_NAMED, "mdy"), (DMY_NUMERIC, "dmy")):
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
