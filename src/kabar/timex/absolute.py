"""Dates as written (a day, a span of days, a month, a year, a part of a year, a decade, a century)
and months and years named relative to the text's present ("Juni lalu", "akhir tahun")."""
from __future__ import annotations

import datetime as dt

from ..lang.id import time_words as tw
from ..lang.id.calendar import MONTHS, WEEKDAYS
from .calendar_math import (CENTURY, DAY, DECADE, MONTH, UNIT_GRANULARITY, YEAR, Point, full_year, nearest_year,
                            range_end_year, safe_date, year_from_weekday)
from .context import Context, day_value, present
from .extract import Candidate
from .numbers import to_int
from .result import Resolved

# A date whose weekday disagrees is read as its one-off neighbour in the week before the anchor.
MISPRINT_WINDOW_DAYS = 7
# Years outside this window are not calendar years in news text.
MIN_YEAR, MAX_YEAR_AHEAD = 1000, 30
# Longest plausible span of a year range ("1950-53"), to reject "2000-3000".
MAX_RANGE_YEARS = 200
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _weekday_of(c: Candidate) -> int | None:
    name = c.parts.get("wd") or c.parts.get("wd2")
    return WEEKDAYS.get(name.lower()) if name else None


def _year_for(month: int, day: int, weekday: int | None, ctx: Context, direction: str = "") -> int | None:
    """The year of a day and month written without one: anchor, then text context, then weekday."""
    if ctx.anchor:
        this_year = safe_date(ctx.anchor.year, month, day)
        if direction in ("lalu", "silam"):  # "22 September lalu": the latest one not after the anchor
            return ctx.anchor.year - 1 if this_year and this_year > ctx.anchor else ctx.anchor.year
        if direction in ("mendatang", "depan", "nanti"):  # the next one not before the anchor
            return ctx.anchor.year + 1 if this_year and this_year < ctx.anchor else ctx.anchor.year
        if weekday is not None:  # "Selasa (19/12)": of the years around the anchor, one where it is a Tuesday
            fits = [d for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)
                    if (d := safe_date(y, month, day)) and d.weekday() == weekday]
            if fits:
                return min(fits, key=lambda d: abs((d - ctx.anchor).days)).year
        d = nearest_year(month, day, ctx.anchor)
        return d.year if d else None
    if ctx.year_hint:
        return ctx.year_hint
    named = _named_year(month, day, weekday, ctx)
    if named is not None:
        return named
    if weekday is not None:
        return year_from_weekday(month, day, weekday, ctx.today)
    return None


def _named_year(month: int, day: int, weekday: int | None, ctx: Context) -> int | None:
    """With no anchor, the year of the date last named before ("mulai 1 Agustus 2025 ... dimulai
    1 Agustus"), unless the weekday written disagrees with it."""
    if not ctx.history:
        return None
    year = ctx.history[-1][1].date.year
    d = safe_date(year, month, day)
    return year if d and (weekday is None or d.weekday() == weekday) else None


def _dated(c: Candidate, ctx: Context, day: int, month: int, year: str | None) -> Resolved | None:
    """A day-level expression, with a note when its weekday disagrees with the date."""
    weekday = _weekday_of(c)
    y = full_year(year) if year else _year_for(month, day, weekday, ctx, (c.parts.get("drel") or "").lower())
    if y is None:
        return Resolved(f"XXXX-{month:02d}-{day:02d}", DAY) if safe_date(2000, month, day) else None
    d = safe_date(y, month, day)
    if d is None:
        return None
    note = None
    if weekday is not None and d.weekday() != weekday:
        name = c.parts.get("wd") or c.parts.get("wd2")
        fixed = _misprint_fix(d, weekday, ctx.anchor)
        if fixed is not None:
            note = f"weekday conflict: {name} but {d.isoformat()} is a {d.strftime('%A')}; read as {fixed}, the {name} of the report's week"
            d = fixed
        else:
            note = f"weekday conflict: {name} but {d.isoformat()} is a {d.strftime('%A')}; the date is trusted"
    return Resolved(day_value(d, c), DAY, Point(d, DAY), note=note)


def _misprint_fix(d: dt.date, weekday: int, anchor: dt.date | None) -> dt.date | None:
    """A date misprinted by one in its month ("Selasa (5/8/2023)" in a report of 5 September): the one
    such date that has the weekday written and falls in the week up to the anchor, where the date as
    printed lies outside it. A day off by one ("Senin (4/10/2020)" for Monday the 5th) is kept as written
    and flagged: the weekday or the day may be the slip, and the reader sees both."""
    if anchor is None or 0 <= (anchor - d).days <= MISPRINT_WINDOW_DAYS:
        return None
    options = {safe_date(d.year, d.month + k, d.day) if 1 <= d.month + k <= 12 else None for k in (-1, 1)}
    fits = [o for o in options if o and o.weekday() == weekday and 0 <= (anchor - o).days <= MISPRINT_WINDOW_DAYS]
    return fits[0] if len(fits) == 1 else None


def _wd_date(c: Candidate, ctx: Context) -> Resolved | None:
    return _dated(c, ctx, int(c.parts["d"]), int(c.parts["m"]), c.parts.get("y"))


def _dmy(c: Candidate, ctx: Context) -> Resolved | None:
    month = MONTHS[c.parts["mon"].lower().rstrip(".")]
    first = _dated(c, ctx, int(c.parts["d"]), month, c.parts.get("y"))
    if first is None or "d2" not in c.parts or first.point is None:
        return first
    last = safe_date(first.point.date.year, month, int(c.parts["d2"]))
    if last is None or last <= first.point.date:
        return None
    return Resolved(f"{first.point.date.isoformat()}/{last.isoformat()}", "range", first.point)


def _span(first: Resolved | None, last: dt.date | None) -> Resolved | None:
    """A range from the first day's resolution to a later last day."""
    if first is None or first.point is None or last is None or last <= first.point.date:
        return None
    return Resolved(f"{first.point.date.isoformat()}/{last.isoformat()}", "range", first.point)


def _wd_span(c: Candidate, ctx: Context) -> Resolved | None:
    """'Senin-Rabu (11-13/3/2024)': from the first day to the last."""
    first = _dated(c, ctx, int(c.parts["d"]), int(c.parts["m"]), c.parts.get("y"))
    last = safe_date(first.point.date.year, int(c.parts["m"]), int(c.parts["d2"])) if first and first.point else None
    return _span(first, last)


def _dm_span(c: Candidate, ctx: Context) -> Resolved | None:
    """'28 Februari-2 Maret 2024': the year written belongs to the end; a span over New Year starts a year earlier."""
    m1, m2 = MONTHS[c.parts["mon"].lower().rstrip(".")], MONTHS[c.parts["mon2"].lower().rstrip(".")]
    end = _dated(c, ctx, int(c.parts["d2"]), m2, c.parts.get("y"))
    if end is None or end.point is None:
        return None
    start_year = end.point.date.year - (1 if m1 > m2 else 0)
    first = safe_date(start_year, m1, int(c.parts["d"]))
    return _span(Resolved(first.isoformat(), DAY, Point(first, DAY)) if first else None, end.point.date)


def _year_part(c: Candidate, ctx: Context) -> Resolved | None:
    """'kuartal III 2023' is 2023-Q3, 'semester pertama tahun ini' the anchor year's H1; a bare part
    is this year's, or last year's when it has not begun yet."""
    pw = c.parts["pw"].lower()
    letter, count = tw.YEAR_PARTS.get(pw) or tw.YEAR_PART_LETTERS[pw]
    n = tw.PART_ORDINALS[c.parts["pn"].lower()]
    if n > count:
        return None
    first_month = 1 + (n - 1) * (12 // count)
    if "y" in c.parts:
        year = int(c.parts["y"])
    else:
        now = present(ctx)
        if now is None:
            return None
        year = _part_year(c, ctx, now, first_month)
    if not _year_ok(year, ctx):
        return None
    return Resolved(f"{year}-{letter}{n}", "year_part", Point(dt.date(year, first_month, 1), YEAR))


def _part_year(c: Candidate, ctx: Context, now: dt.date, first_month: int) -> int:
    """The year of a part named without one: 'tahun ini/lalu' shift the year; 'kuartal III lalu' is the
    latest third quarter begun before now, 'kuartal IV mendatang' the next one to begin; a bare part is
    this year's, or last year's when it has not begun yet (unless the sentence looks ahead)."""
    rel = (c.parts.get("rel") or "").lower()
    shift_by = tw.DEICTIC_SHIFT.get(rel, 0)
    if c.parts.get("tahun") or not rel or shift_by == 0:
        return now.year + shift_by if rel else now.year - (first_month > now.month and not ctx.future(c))
    if shift_by < 0:
        return now.year if first_month < now.month else now.year - 1
    return now.year if first_month > now.month else now.year + 1


def _year_range(c: Candidate, ctx: Context) -> Resolved | None:
    y1 = int(c.parts["y1"])
    y2 = range_end_year(y1, c.parts["y2"])
    if not (MIN_YEAR <= y1 < y2 <= ctx.today.year + MAX_RANGE_YEARS and y2 - y1 <= MAX_RANGE_YEARS):
        return None
    return Resolved(f"{y1}/{y2}", "range", Point(dt.date(y1, 1, 1), YEAR))


def _decade(c: Candidate, ctx: Context) -> Resolved | None:
    y = c.parts["y"]
    year = int(y) if len(y) == 4 else full_year(y)
    if len(y) == 2 and year > ctx.today.year:
        year -= 100
    p = Point(dt.date(year, 1, 1), DECADE)
    return Resolved(p.value(), DECADE, p)


def _century(c: Candidate, ctx: Context) -> Resolved | None:
    raw = c.parts["n"].strip()
    n = _roman(raw) if raw.isupper() and raw.isalpha() else to_int(raw)
    if not n or not 1 <= n <= 30:
        return None
    p = Point(dt.date(max(1, (n - 1) * 100), 1, 1), CENTURY)
    return Resolved(p.value(), CENTURY, p)


def _roman(s: str) -> int | None:
    """A Roman numeral ("XXI") as an integer."""
    if any(ch not in ROMAN for ch in s):
        return None
    vals = [ROMAN[ch] for ch in s]
    return sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals))


def _year_ok(y: int, ctx: Context) -> bool:
    return MIN_YEAR <= y <= ctx.today.year + MAX_YEAR_AHEAD


def _mon_year(c: Candidate, ctx: Context) -> Resolved | None:
    y = int(c.parts["y"])
    if not _year_ok(y, ctx):
        return None
    p = Point(dt.date(y, MONTHS[c.parts["mon"].lower().rstrip(".")], 1), MONTH)
    return Resolved(p.value(), MONTH, p)


def _mon_span(c: Candidate, ctx: Context) -> Resolved | None:
    """'Januari-Maret 2024' is 2024-01/2024-03; 'November-Februari 2024' starts a year earlier."""
    m1, m2 = MONTHS[c.parts["mon"].lower().rstrip(".")], MONTHS[c.parts["mon2"].lower().rstrip(".")]
    y2 = int(c.parts["y"])
    y1 = y2 - (1 if m1 > m2 else 0)
    if m1 == m2 or not _year_ok(y2, ctx):
        return None
    first = Point(dt.date(y1, m1, 1), MONTH)
    return Resolved(f"{first.value()}/{Point(dt.date(y2, m2, 1), MONTH).value()}", "range", first)


def _year(c: Candidate, ctx: Context) -> Resolved | None:
    y = int(c.parts["y"])
    if not _year_ok(y, ctx):
        return None
    p = Point(dt.date(y, 1, 1), YEAR)
    return Resolved(p.value(), YEAR, p)


# --- months and years relative to something --------------------------------------------------------

def _mon_rel(c: Candidate, ctx: Context) -> Resolved | None:
    month = MONTHS[c.parts["mon"].lower().rstrip(".")]
    rel, with_year = c.parts["rel"].lower(), "tahun" in c.parts
    if rel == "itu":
        year = ctx.last[1].date.year if ctx.last else None
    else:
        now = present(ctx)
        if now is None:
            return None
        shift_by = tw.DEICTIC_SHIFT.get(rel, 0)
        if with_year or shift_by == 0:
            year = now.year + shift_by
        elif shift_by < 0:  # "Juni lalu": the latest June up to this month ("awal Januari lalu" on 5 January)
            year = now.year if month <= now.month else now.year - 1
        else:
            year = now.year if month > now.month else now.year + 1
    if year is None:
        return None
    p = Point(dt.date(year, month, 1), MONTH)
    return Resolved(p.value(), MONTH, p)


def _mon_bare(c: Candidate, ctx: Context) -> Resolved | None:
    """'pada Juni': the year of a date earlier in the sentence, else the anchor's nearest June."""
    month = MONTHS[c.parts["mon"].lower()]
    last = ctx.last
    if last and ctx.sentence_of(last[0]) == ctx.sentence_of(c.start):
        year = last[1].date.year
    else:
        now = present(ctx)
        if now is None:
            return None
        future = ctx.future(c)
        year = now.year + (1 if future and month < now.month else 0) - (1 if not future and month > now.month else 0)
    p = Point(dt.date(year, month, 1), MONTH)
    return Resolved(p.value(), MONTH, p)


def _mod_unit(c: Candidate, ctx: Context) -> Resolved | None:
    """'akhir tahun', 'awal bulan': the year or month named earlier in the sentence, else the present one."""
    letter = tw.MOD_UNITS[c.parts["unit"].lower()]
    last = ctx.last
    if last and ctx.sentence_of(last[0]) == ctx.sentence_of(c.start) and last[1].granularity in (DAY, MONTH, YEAR):
        base = last[1].date
    else:
        base = present(ctx)
    if base is None or (letter == "M" and not ctx.anchor and base is not (last and last[1].date)):
        return None
    p = Point(base, UNIT_GRANULARITY[letter])
    return Resolved(p.value(), p.granularity, p, mod=tw.MODS[c.parts["mod"].lower()])



def _paren_dm(c: Candidate, ctx: Context) -> Resolved | None:
    return _dated(c, ctx, int(c.parts["d"]), int(c.parts["m"]), None)


# Handlers of the kinds this module resolves (the resolver adds the others).
HANDLERS = {
    "wd_date": _wd_date, "dmy": _dmy, "wd_span": _wd_span, "dm_span": _dm_span, "year_part": _year_part,
    "num_date": _wd_date, "paren_dm": _paren_dm, "year_range": _year_range, "decade": _decade, "century": _century,
    "mon_year": _mon_year, "mon_rel": _mon_rel, "mon_bare": _mon_bare, "year": _year, "bare_year": _year,
    "plain_year": _year, "mon_span": _mon_span, "mod_unit": _mod_unit,
}
