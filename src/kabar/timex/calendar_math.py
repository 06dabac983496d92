"""Date arithmetic and ISO-style value formatting for resolved time expressions."""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

# Granularities a calendar point can have, coarsest last.
DAY, WEEK, MONTH, YEAR, DECADE, CENTURY = "day", "week", "month", "year", "decade", "century"
# ISO duration letters of calendar units to the granularity an offset by them has.
UNIT_GRANULARITY = {"D": DAY, "W": WEEK, "M": MONTH, "Y": YEAR}
# Two-digit years: up to this value they are 20xx, above it 19xx ("1950-53" is expanded separately).
TWO_DIGIT_PIVOT = 50


@dataclass(frozen=True)
class Point:
    """A calendar point: a representative date plus how precisely it is known."""

    date: dt.date
    granularity: str

    def value(self) -> str:
        """The ISO-8601-style value at this granularity."""
        d = self.date
        if self.granularity == DAY:
            return d.isoformat()
        if self.granularity == WEEK:
            year, week, _ = d.isocalendar()
            return f"{year}-W{week:02d}"
        if self.granularity == MONTH:
            return f"{d.year:04d}-{d.month:02d}"
        if self.granularity == DECADE:
            return f"{d.year // 10:03d}X"
        if self.granularity == CENTURY:
            return f"{d.year // 100:02d}XX"
        return f"{d.year:04d}"


def add_months(d: dt.date, months: int) -> dt.date:
    """``d`` moved by whole months, the day clipped to the month's length."""
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    day = min(d.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day)


def shift(d: dt.date, amount: float, letter: str) -> dt.date | None:
    """``d`` moved by ``amount`` units of ISO letter D, W, M or Y; None when out of range."""
    try:
        if letter == "D":
            return d + dt.timedelta(days=round(amount))
        if letter == "W":
            return d + dt.timedelta(weeks=round(amount))
        if letter == "M":
            return add_months(d, round(amount))
        if letter == "Y":
            return add_months(d, round(amount * 12))
    except (OverflowError, ValueError):
        return None
    return None


def safe_date(year: int, month: int, day: int = 1) -> dt.date | None:
    """A date, or None for impossible ones (31/2)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def full_year(y: str) -> int:
    """A four-digit year from two or four digits."""
    n = int(y)
    if len(y) == 2:
        return 2000 + n if n <= TWO_DIGIT_PIVOT else 1900 + n
    return n


def range_end_year(y1: int, y2: str) -> int:
    """The end of "1950-53": the second year takes the first one's leading digits."""
    if len(y2) == 4:
        return int(y2)
    return y1 - y1 % 100 + int(y2)


def nearest_year(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The date with that month and day closest to the anchor (last year, this year or next)."""
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := safe_date(y, month, day))]
    return min(options, key=lambda d: abs((d - anchor).days)) if options else None


def year_from_weekday(month: int, day: int, weekday: int, today: dt.date, back: int = 40) -> int | None:
    """The most recent year, not after ``today``, in which day/month falls on ``weekday``."""
    for year in range(today.year, today.year - back, -1):
        d = safe_date(year, month, day)
        if d and d <= today and d.weekday() == weekday:
            return year
    return None


def weekday_near(anchor: dt.date, weekday: int, direction: str) -> dt.date:
    """The weekday relative to the anchor: 'past' (on or before), 'before' (strictly),
    'future' (on or after), 'after' (strictly) or 'week' (in the anchor's ISO week)."""
    if direction == "week":
        return anchor + dt.timedelta(days=weekday - anchor.weekday())
    if direction in ("past", "before"):
        back = (anchor.weekday() - weekday) % 7
        if back == 0 and direction == "before":
            back = 7
        return anchor - dt.timedelta(days=back)
    ahead = (weekday - anchor.weekday()) % 7
    if ahead == 0 and direction == "after":
        ahead = 7
    return anchor + dt.timedelta(days=ahead)
