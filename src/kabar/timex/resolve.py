"""Give each candidate its value: absolute dates as written, relative ones against the anchor,
anaphora ("saat itu", "tahun itu") and offsets ("setahun sebelumnya") against the last mentioned date."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from ..lang.id import time_words as tw
from ..lang.id.calendar import MONTHS, PARTS_OF_DAY, WEEKDAYS
from .calendar_math import (CENTURY, DAY, DECADE, MONTH, UNIT_GRANULARITY, WEEK, YEAR, Point, full_year,
                            nearest_year, range_end_year, safe_date, shift, weekday_near, year_from_weekday)
from .extract import Candidate
from .durations import CLOCK_LETTERS, amount, compound, duration, fixed, multiplied, vague, vague_rel
from .numbers import to_int
from .result import Resolved

# A date whose weekday disagrees is read as its one-off neighbour in the week before the anchor.
MISPRINT_WINDOW_DAYS = 7
# A clock time with no day in its paragraph takes a day named at most this many sentences before.
NARRATIVE_SENTENCES = 1
# Years outside this window are not calendar years in news text.
MIN_YEAR, MAX_YEAR_AHEAD = 1000, 30
# A gap of at most this many characters (", ") makes two expressions appositive ("1949, satu tahun sebelum").
APPOSITION_GAP = 3
# Longest plausible span of a year range ("1950-53"), to reject "2000-3000".
MAX_RANGE_YEARS = 200
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_FUTURE_RE = re.compile(rf"\b(?:{'|'.join(tw.FUTURE_CUES)})\b", re.I)
# Words right before "N unit sebelum X" that make it a length of time.
_DURATION_BEFORE = re.compile(rf"\b(?:{'|'.join(tw.DURATION_MARKERS)})\s+$", re.I)




@dataclass
class Context:
    """What resolution knows at one point of the text."""

    text: str
    anchor: dt.date | None
    today: dt.date
    sentence_starts: list[int]
    year_hint: int | None = None  # the text's present year when there is no anchor
    history: list[tuple[int, Point, str]] = field(default_factory=list)  # (start, point, value) so far
    last_end: int = -100  # where the last resolved expression ends

    @property
    def last(self) -> tuple[int, Point, str] | None:
        return self.history[-1] if self.history else None

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence holding offset ``pos``."""
        return bisect.bisect_right(self.sentence_starts, pos) - 1

    def future(self, c: Candidate) -> bool:
        """Whether the candidate's sentence points forward ("akan", "mendatang")."""
        i = self.sentence_of(c.start)
        start = self.sentence_starts[i]
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.text)
        return bool(_FUTURE_RE.search(self.text, start, end))


def resolve(c: Candidate, ctx: Context, following: list[Candidate]) -> Resolved | None:
    """The value of candidate ``c`` in context, or None when it cannot be resolved."""
    handler = _HANDLERS[c.kind]
    r = handler(c, ctx, following) if c.kind in _NEEDS_FOLLOWING else handler(c, ctx)
    if r is not None and c.mod and r.mod is None:
        r.mod = c.mod
    return r


# --- absolute dates -------------------------------------------------------------------------------

def _day_value(d: dt.date, c: Candidate) -> str:
    """A date with its part-of-day suffix (T NI) or clock time (T21:20) when one was written;
    "pukul 24.00" is midnight, the start of the next day."""
    if "hh" in c.parts:
        hour = int(c.parts["hh"])
        if hour == tw.END_OF_DAY_HOUR:
            d, hour = d + dt.timedelta(days=1), 0
        return f"{d.isoformat()}T{hour:02d}:{c.parts['mm']}"
    part = c.parts.get("part")
    if part:
        # The TIMEX3 suffix with exactly one "T" (the calendar table writes "dini hari" as "TNI").
        return f"{d.isoformat()}T{PARTS_OF_DAY[' '.join(part.lower().split())].lstrip('T')}"
    return d.isoformat()


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
    return Resolved(_day_value(d, c), DAY, Point(d, DAY), note=note)


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
        now = _present(ctx)
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

def _present(ctx: Context) -> dt.date | None:
    """The reference 'now' of the text: the anchor, or the hinted year when there is none."""
    if ctx.anchor:
        return ctx.anchor
    return dt.date(ctx.year_hint, 7, 1) if ctx.year_hint else None


def _mon_rel(c: Candidate, ctx: Context) -> Resolved | None:
    month = MONTHS[c.parts["mon"].lower().rstrip(".")]
    rel, with_year = c.parts["rel"].lower(), "tahun" in c.parts
    if rel == "itu":
        year = ctx.last[1].date.year if ctx.last else None
    else:
        now = _present(ctx)
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
        now = _present(ctx)
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
        base = _present(ctx)
    if base is None or (letter == "M" and not ctx.anchor and base is not (last and last[1].date)):
        return None
    p = Point(base, UNIT_GRANULARITY[letter])
    return Resolved(p.value(), p.granularity, p, mod=tw.MODS[c.parts["mod"].lower()])


# --- relative to the anchor -------------------------------------------------------------------------

def _anchored(ctx: Context, c: Candidate, d: dt.date | None) -> Resolved | None:
    return Resolved(_day_value(d, c), DAY, Point(d, DAY)) if d else None


def _paren_dm(c: Candidate, ctx: Context) -> Resolved | None:
    return _dated(c, ctx, int(c.parts["d"]), int(c.parts["m"]), None)


def _clock(c: Candidate, ctx: Context, following: list[Candidate] | None = None) -> Resolved | None:
    """A clock time on the date written right after it ("pukul 06.17 WIB, Jumat (5/1/2024)"), else on
    the day last named in its paragraph ("Minggu (3/11) sekitar pukul 23.57"), else on the anchor day."""
    hour, minute = int(c.parts["hh"]), int(c.parts["mm"])
    if not ctx.anchor or hour > tw.END_OF_DAY_HOUR or minute > 59 or (hour == tw.END_OF_DAY_HOUR and minute):
        return None
    value = _day_value(_date_after(c, ctx, following or []) or _narrative_day(c, ctx) or ctx.anchor, c)
    return Resolved(value, "time", Point(dt.date.fromisoformat(value[:10]), DAY))


def _date_after(c: Candidate, ctx: Context, following: list[Candidate]) -> dt.date | None:
    """The day of a written date set right after ``c`` ("pukul 10.00 WIB, Senin (11/3/2024)")."""
    nxt = following[0] if following else None
    if nxt is None or nxt.kind not in _APPOSED_DATES or ctx.text[c.end:nxt.start].strip() not in _APPOSITION_GAP:
        return None
    r = _HANDLERS[nxt.kind](nxt, ctx)
    return r.point.date if r is not None and r.point is not None and r.granularity == DAY else None


def _clock_hour(c: Candidate, ctx: Context, following: list[Candidate] | None = None) -> Resolved | None:
    """'pukul 8 malam' (20:00), 'jam 10 pagi', 'pukul 9 WIB'."""
    hour = int(c.parts["hh"])
    part = " ".join((c.parts.get("hpart") or "").lower().split())
    add, from_hour = tw.HOUR_PARTS.get(part, (0, 24))
    if hour < from_hour and hour + add <= tw.END_OF_DAY_HOUR:
        hour += add
    c.parts["hh"], c.parts["mm"] = str(hour), "00"
    return _clock(c, ctx, following)


def _day_after(c: Candidate, ctx: Context) -> Resolved | None:
    """'keesokan harinya' is the day after the last day named; 'hari yang sama' is that day."""
    last = _last_day(ctx)
    if last is None:
        return None
    word = " ".join(c.parts["dw"].lower().split())
    d = last + dt.timedelta(days=1 if word in tw.NEXT_DAY_WORDS else 0)
    return Resolved(_day_value(d, c), DAY, Point(d, DAY), note="counted from the last day named")


def _part_of_day_of(c: Candidate, ctx: Context) -> Resolved | None:
    """'malam harinya', 'malam itu': that part of the last day named; 'malam hari' only on a day the
    narrative has just named (alone it is any night)."""
    last = _narrative_day(c, ctx) if c.parts.get("hari") else _last_day(ctx)
    return Resolved(_day_value(last, c), DAY, Point(last, DAY)) if last else None


def _last_day(ctx: Context) -> dt.date | None:
    return next((p.date for _, p, _ in reversed(ctx.history) if p.granularity == DAY), None)


def _narrative_day(c: Candidate, ctx: Context) -> dt.date | None:
    """The last day named before ``c`` in the same paragraph, or within the last few sentences
    (pages that give every sentence its own paragraph)."""
    here = ctx.sentence_of(c.start)
    for start, point, _ in reversed(ctx.history):
        if "\n" in ctx.text[start:c.start] and here - ctx.sentence_of(start) > NARRATIVE_SENTENCES:
            return None
        if point.granularity == DAY:
            return point.date
    return None


def _clock_word(c: Candidate, ctx: Context) -> Resolved | None:
    """'tengah malam' (midnight opening the anchor day) and 'tengah hari' (noon)."""
    if not ctx.anchor:
        return None
    clock = "00:00" if c.parts["cw"].lower() == "malam" else "12:00"
    return Resolved(f"{ctx.anchor.isoformat()}T{clock}", "time", Point(ctx.anchor, DAY))


def _day_word(c: Candidate, ctx: Context) -> Resolved | None:
    word = " ".join(c.parts["dw"].lower().split())
    if not ctx.anchor:
        return None
    if word in tw.DAY_WORD_PART and "part" not in c.parts:
        c.parts["part"] = next(k for k, v in PARTS_OF_DAY.items() if v == tw.DAY_WORD_PART[word])
    return _anchored(ctx, c, ctx.anchor + dt.timedelta(days=tw.DAY_WORDS[word]))


def _part_rel(c: Candidate, ctx: Context) -> Resolved | None:
    """'pagi ini', 'tadi malam', 'kemarin sore': a part of a day near the anchor."""
    if not ctx.anchor:
        return None
    rel, part = c.parts["rel"].lower(), " ".join(c.parts["part"].lower().split())
    back = 1 if rel == "kemarin" or (rel == "tadi" and PARTS_OF_DAY[part] == "NI") else 0
    return _anchored(ctx, c, ctx.anchor - dt.timedelta(days=back))


def _rel_unit(c: Candidate, ctx: Context) -> Resolved | None:
    """'minggu ini', 'bulan lalu', 'tahun depan', 'tahun sebelumnya'."""
    unit, rel = c.parts["unit"].lower(), " ".join(c.parts["rel"].lower().split())
    letter = tw.DEICTIC_UNITS[unit]
    base = _reference_point(c, ctx) if rel in ("sebelumnya", "berikutnya") else _present(ctx)
    if base is None or (letter in ("D", "W") and not ctx.anchor and rel not in ("sebelumnya", "berikutnya")):
        return None
    base_date = base.date if isinstance(base, Point) else base
    d = shift(base_date, tw.DEICTIC_SHIFT[rel], letter)
    if d is None:
        return None
    p = Point(d, UNIT_GRANULARITY[letter])
    if letter == "W" and c.parts.get("mod_word") == "akhir":  # "akhir pekan" is the weekend, not its end
        c.mod = None
        return Resolved(p.value() + "-WE", WEEK, p)
    if letter == "D":
        return Resolved(_day_value(d, c), DAY, p)
    return Resolved(p.value(), p.granularity, p)


def _week_no(c: Candidate, ctx: Context) -> Resolved | None:
    """'minggu ke-40 tahun 2025' is 2025-W40; without a year only in a text already counting ISO weeks."""
    week = int(c.parts["wk"])
    if "y" in c.parts:
        year = int(c.parts["y"])
    else:
        counted = [p for _, p, v in ctx.history if re.fullmatch(r"\d{4}-W\d\d", v)]
        if not counted:
            return None
        year = counted[-1].date.isocalendar()[0]
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return Resolved(f"{year}-W{week:02d}", WEEK, Point(monday, WEEK))


# --- offsets and anaphora -----------------------------------------------------------------------------

def _reference_point(c: Candidate, ctx: Context, following: list[Candidate] | None = None) -> Point | None:
    """The date an offset counts from: the last one in the sentence, else the next one, else the last.
    An offset in days counts from a day ("sehari sebelumnya" is not the day before a month named)."""
    sentence = ctx.sentence_of(c.start)
    unit = tw.UNITS.get(c.parts.get("unit", "").lower()) or (tw.DEICTIC_UNITS.get(c.parts.get("unit", "").lower()), 1)
    days = unit[0] in ("D", "H", "MIN", "S")
    last = next((h for h in reversed(ctx.history) if not days or h[1].granularity == DAY), None)
    if last and ctx.sentence_of(last[0]) == sentence:
        return last[1]
    for nxt in following or []:
        if ctx.sentence_of(nxt.start) != sentence:
            break
        r = _HANDLERS[nxt.kind](nxt, ctx) if nxt.kind in _ABSOLUTE else None
        if r and r.point and (not days or r.point.granularity == DAY):
            return r.point
    return last[1] if last else None


def _offset(c: Candidate, ctx: Context, following: list[Candidate]) -> Resolved | None:
    rel = " ".join(c.parts["rel"].lower().split())
    if rel in tw.LAST_WORDS:
        return duration(c, ctx)
    n = amount(c)
    letter, size = tw.UNITS[c.parts["unit"].lower()]
    if n is None:
        return None
    if letter in CLOCK_LETTERS:  # "dua jam lalu" is today; "tiga menit kemudian" has no calendar value
        if rel not in tw.PAST_OFFSET + tw.FUTURE_OFFSET:
            return None
        letter, n, size = "D", 0, 1
    if not float(n * size).is_integer() and letter in tw.SUBUNITS:  # "setengah tahun lalu": six months back
        letter, per = tw.SUBUNITS[letter]
        n = n * per
    sign = -1 if rel in tw.PAST_OFFSET + tw.REF_BEFORE + tw.BEFORE_WORDS else 1
    if rel in tw.FUTURE_OFFSET and _DURATION_BEFORE.search(ctx.text, max(0, c.start - 12), c.start):
        return duration(c, ctx)  # "selama 20 hari ke depan" is a length of time
    if rel in tw.PAST_OFFSET + tw.FUTURE_OFFSET:
        base = ctx.anchor and Point(ctx.anchor, DAY)
    elif rel in tw.REF_BEFORE + tw.REF_AFTER:
        base = _reference_point(c, ctx, following)
    else:
        return _event_offset(c, ctx, following, sign * n * size, letter)
    if not base:
        return None
    d = shift(base.date, sign * n * size, letter)
    return _at_granularity(d, letter, c) if d else None


def _at_granularity(d: dt.date, letter: str, c: Candidate) -> Resolved:
    p = Point(d, UNIT_GRANULARITY[letter])
    return Resolved(_day_value(d, c) if letter == "D" else p.value(), p.granularity, p)


def _event_offset(c: Candidate, ctx: Context, following: list[Candidate], amount: float,
                  letter: str) -> Resolved | None:
    """'dua hari sebelum 27 Juli' counts from the date after it; 'pada 1949, satu tahun sebelum <event>'
    restates the date before it; before an undated event nothing can be said."""
    nxt = following[0] if following else None
    if nxt and not ctx.text[c.end:nxt.start].strip() and nxt.kind in _ABSOLUTE:
        r = _HANDLERS[nxt.kind](nxt, ctx)
        if r and r.point:
            d = shift(r.point.date, amount, letter)
            return _at_granularity(d, letter, c) if d else None
    if _DURATION_BEFORE.search(ctx.text, max(0, c.start - 12), c.start):
        c.end = int(c.parts["unit_end"])  # "selama 11 bulan sebelum dibebaskan": a duration
        return duration(c, ctx)
    last = ctx.last
    if last and c.start - ctx.last_end <= APPOSITION_GAP and ctx.text[ctx.last_end:c.start].strip() in ("", ","):
        return Resolved(last[2], last[1].granularity, last[1], note="restates the preceding date")
    return None


def _anaphor(c: Candidate, ctx: Context) -> Resolved | None:
    """'saat itu', 'Ketika itu', 'Sejak itu': the value of the last mentioned date."""
    if not ctx.last:
        return None
    _, point, value = ctx.last
    mod = tw.ANAPHOR_MODS.get(c.parts["head"].lower())
    return Resolved(value, point.granularity, point, mod=mod, note="refers back to the last mentioned date")


def _unit_anaphor(c: Candidate, ctx: Context) -> Resolved | None:
    """'tahun itu', 'bulan itu', 'hari itu': the last mentioned date at that unit."""
    if not ctx.last:
        return None
    gran = UNIT_GRANULARITY[tw.ANAPHOR_UNITS[c.parts["unit"].lower()]]
    p = Point(ctx.last[1].date, gran)
    return Resolved(p.value(), gran, p, note="refers back to the last mentioned date")


def _weekday(c: Candidate, ctx: Context, following: list[Candidate] | None = None) -> Resolved | None:
    if not ctx.anchor:
        return None
    wd = WEEKDAYS[c.parts["wd"].lower()]
    rel = " ".join((c.parts.get("rel") or "").lower().split())
    named = None if rel else _date_named_next(c, ctx, following or [], wd)
    if named:
        return _anchored(ctx, c, named)
    if rel in ("pekan lalu", "minggu lalu"):
        d = weekday_near(ctx.anchor - dt.timedelta(weeks=1), wd, "week")
    elif rel in ("pekan depan", "minggu depan"):
        d = weekday_near(ctx.anchor + dt.timedelta(weeks=1), wd, "week")
    elif rel in ("lalu", "kemarin"):
        d = weekday_near(ctx.anchor, wd, "before")
    elif rel in ("depan", "mendatang"):
        d = weekday_near(ctx.anchor, wd, "after")
    elif rel == "ini":
        d = weekday_near(ctx.anchor, wd, "week")
    else:
        d = weekday_near(ctx.anchor, wd, "future" if ctx.future(c) else "past")
    return _anchored(ctx, c, d)


def _date_named_next(c: Candidate, ctx: Context, following: list[Candidate], wd: int) -> dt.date | None:
    """The date written right after a weekday ("Kamis malam, 14 Maret"), when it falls on that weekday."""
    nxt = following[0] if following else None
    if nxt is None or nxt.kind not in _APPOSED_DATES or ctx.text[c.end:nxt.start].strip() not in _APPOSITION_GAP:
        return None
    r = _HANDLERS[nxt.kind](nxt, ctx)
    if r is None or r.point is None or r.granularity != DAY or r.point.date.weekday() != wd:
        return None
    return r.point.date


_HANDLERS = {
    "wd_date": _wd_date, "dmy": _dmy, "wd_span": _wd_span, "dm_span": _dm_span, "year_part": _year_part, "num_date": _wd_date, "paren_dm": _paren_dm, "year_range": _year_range,
    "decade": _decade, "century": _century, "mon_year": _mon_year, "mon_rel": _mon_rel, "mon_bare": _mon_bare,
    "year": _year, "bare_year": _year, "plain_year": _year, "compound": compound, "week_no": _week_no,
    "clock": _clock, "clock_hour": _clock_hour, "day_after": _day_after, "part_of_day_of": _part_of_day_of, "clock_word": _clock_word, "day_word": _day_word,
    "part_rel": _part_rel, "rel_unit": _rel_unit, "offset": _offset, "vague_rel": vague_rel,
    "duration": duration, "vague": vague, "redup": fixed, "ref": fixed, "anaphor": _anaphor,
    "unit_anaphor": _unit_anaphor, "weekday": _weekday, "mon_span": _mon_span, "mod_unit": _mod_unit,
    "multiplied": multiplied,
}
_NEEDS_FOLLOWING = {"offset", "weekday", "clock", "clock_hour"}
# Kinds of a full date that may follow a weekday as its apposition: "Kamis malam, 14 Maret lalu".
_APPOSED_DATES = {"dmy", "wd_date", "num_date", "paren_dm"}
_APPOSITION_GAP = frozenset({"", ","})
# Kinds whose value does not depend on context, usable as a look-ahead reference.
_ABSOLUTE = {"wd_date", "dmy", "num_date", "year_range", "mon_year", "year", "bare_year", "decade", "wd_span", "dm_span",
             "mon_span"}
