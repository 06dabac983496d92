"""Give each candidate its value: absolute dates as written, relative ones against the anchor,
anaphora ("saat itu", "tahun itu") and offsets ("setahun sebelumnya") against the last mentioned date."""
from __future__ import annotations

import datetime as dt
import re

from ..lang.id import time_words as tw
from ..lang.id.calendar import PARTS_OF_DAY, WEEKDAYS
from .absolute import HANDLERS as ABSOLUTE_HANDLERS
from .calendar_math import DAY, UNIT_GRANULARITY, WEEK, Point, shift, weekday_near
from .context import Context, anchored, day_value, present
from .extract import Candidate
from .durations import CLOCK_LETTERS, amount, compound, duration, fixed, multiplied, vague, vague_rel
from .result import Resolved

__all__ = ["Context", "Resolved", "resolve"]

# A clock time with no day in its paragraph takes a day named at most this many sentences before.
NARRATIVE_SENTENCES = 1
# A gap of at most this many characters (", ") makes two expressions appositive ("1949, satu tahun sebelum").
APPOSITION_GAP = 3
# Words right before "N unit sebelum X" that make it a length of time.
_DURATION_BEFORE = re.compile(rf"\b(?:{'|'.join(tw.DURATION_MARKERS)})\s+$", re.I)


def resolve(c: Candidate, ctx: Context, following: list[Candidate]) -> Resolved | None:
    """The value of candidate ``c`` in context, or None when it cannot be resolved."""
    handler = _HANDLERS[c.kind]
    r = handler(c, ctx, following) if c.kind in _NEEDS_FOLLOWING else handler(c, ctx)
    if r is not None and c.mod and r.mod is None:
        r.mod = c.mod
    return r


# --- relative to the anchor -------------------------------------------------------------------------

def _clock(c: Candidate, ctx: Context, following: list[Candidate] | None = None) -> Resolved | None:
    """A clock time on the date written right after it ("pukul 06.17 WIB, Jumat (5/1/2024)"), else on
    the day last named in its paragraph ("Minggu (3/11) sekitar pukul 23.57"), else on the anchor day."""
    hour, minute = int(c.parts["hh"]), int(c.parts["mm"])
    if not ctx.anchor or hour > tw.END_OF_DAY_HOUR or minute > 59 or (hour == tw.END_OF_DAY_HOUR and minute):
        return None
    value = day_value(_date_after(c, ctx, following or []) or _narrative_day(c, ctx) or ctx.anchor, c)
    return Resolved(value, "time", Point(dt.date.fromisoformat(value[:10]), DAY))


def _date_after(c: Candidate, ctx: Context, following: list[Candidate]) -> dt.date | None:
    """The day of a date or day word set right after a clock time ("pukul 10.00 WIB, Senin (11/3/2024)",
    "Terakhir kontak pukul 14.40 WIB, kemarin")."""
    nxt = following[0] if following else None
    if nxt is None or nxt.kind not in _CLOCK_DAYS or ctx.text[c.end:nxt.start].strip() not in _APPOSITION_GAP:
        return None
    r = _HANDLERS[nxt.kind](Candidate(nxt.kind, nxt.start, nxt.end, dict(nxt.parts), nxt.mod), ctx)
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
    return Resolved(day_value(d, c), DAY, Point(d, DAY), note="counted from the last day named")


def _part_of_day_of(c: Candidate, ctx: Context) -> Resolved | None:
    """'malam harinya', 'malam itu': that part of the last day named; 'malam hari' only on a day the
    narrative has just named (alone it is any night)."""
    last = _narrative_day(c, ctx) if c.parts.get("hari") else _last_day(ctx)
    return Resolved(day_value(last, c), DAY, Point(last, DAY)) if last else None


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
    return anchored(ctx, c, ctx.anchor + dt.timedelta(days=tw.DAY_WORDS[word]))


def _days_this(c: Candidate, ctx: Context) -> Resolved | None:
    """'dua hari ini': the span of that many days that ends on the anchor day."""
    n = amount(c)
    if not ctx.anchor or n is None or n < 2 or not float(n).is_integer():
        return None
    first = ctx.anchor - dt.timedelta(days=int(n) - 1)
    return Resolved(f"{first.isoformat()}/{ctx.anchor.isoformat()}", "range", Point(first, DAY))


def _part_rel(c: Candidate, ctx: Context) -> Resolved | None:
    """'pagi ini', 'tadi malam', 'kemarin sore': a part of a day near the anchor."""
    if not ctx.anchor:
        return None
    rel, part = c.parts["rel"].lower(), " ".join(c.parts["part"].lower().split())
    back = 1 if rel == "kemarin" or (rel == "tadi" and PARTS_OF_DAY[part] == "NI") else 0
    return anchored(ctx, c, ctx.anchor - dt.timedelta(days=back))


def _rel_unit(c: Candidate, ctx: Context) -> Resolved | None:
    """'minggu ini', 'bulan lalu', 'tahun depan', 'tahun sebelumnya'."""
    unit, rel = c.parts["unit"].lower(), " ".join(c.parts["rel"].lower().split())
    letter = tw.DEICTIC_UNITS[unit]
    base = _reference_point(c, ctx) if rel in ("sebelumnya", "berikutnya") else present(ctx)
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
        return Resolved(day_value(d, c), DAY, p)
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
    restated = _restated_after(c, ctx, following, letter) if rel in _COUNTED_FROM_A_POINT else None
    if restated is not None:
        return restated
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


def _restated_after(c: Candidate, ctx: Context, following: list[Candidate], letter: str) -> Resolved | None:
    """The written date set beside an offset, at the offset's unit: it names the point counted to ("Tiga
    hari sebelumnya, pada Sabtu (28/12), ...", "Tiga tahun kemudian, pada 2027, ...")."""
    nxt = following[0] if following else None
    if nxt is None or nxt.kind not in _RESTATING:
        return None
    if " ".join(ctx.text[c.end:nxt.start].split()) not in _OFFSET_APPOSITION:
        return None
    r = _HANDLERS[nxt.kind](nxt, ctx)
    if r is None or r.point is None or r.granularity != UNIT_GRANULARITY[letter]:
        return None
    return Resolved(r.value, r.granularity, r.point, note="the date written beside it")


def _at_granularity(d: dt.date, letter: str, c: Candidate) -> Resolved:
    p = Point(d, UNIT_GRANULARITY[letter])
    return Resolved(day_value(d, c) if letter == "D" else p.value(), p.granularity, p)


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
        return anchored(ctx, c, named)
    if rel in ("pekan lalu", "minggu lalu"):
        d = weekday_near(ctx.anchor - dt.timedelta(weeks=1), wd, "week")
    elif rel in ("pekan depan", "minggu depan"):
        d = weekday_near(ctx.anchor + dt.timedelta(weeks=1), wd, "week")
    elif rel in ("lalu", "kemarin"):
        d = weekday_near(ctx.anchor, wd, "before")
    elif rel in ("depan", "mendatang", "besok"):
        d = weekday_near(ctx.anchor, wd, "after")
    elif rel == "ini":
        d = weekday_near(ctx.anchor, wd, "week")
    else:
        d = weekday_near(ctx.anchor, wd, "future" if ctx.future(c) else "past")
    return anchored(ctx, c, d)


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
    **ABSOLUTE_HANDLERS,
    "compound": compound, "week_no": _week_no, "clock": _clock, "clock_hour": _clock_hour, "day_after": _day_after,
    "part_of_day_of": _part_of_day_of, "clock_word": _clock_word, "day_word": _day_word, "days_this": _days_this,
    "part_rel": _part_rel, "rel_unit": _rel_unit, "offset": _offset, "vague_rel": vague_rel, "duration": duration,
    "vague": vague, "redup": fixed, "ref": fixed, "anaphor": _anaphor, "unit_anaphor": _unit_anaphor,
    "weekday": _weekday, "multiplied": multiplied,
}
_NEEDS_FOLLOWING = {"offset", "weekday", "clock", "clock_hour"}
# Kinds of a full date that may follow a weekday as its apposition: "Kamis malam, 14 Maret lalu".
_APPOSED_DATES = {"dmy", "wd_date", "num_date", "paren_dm"}
# Kinds that name the day of a clock time written right before them.
_CLOCK_DAYS = _APPOSED_DATES | {"day_word"}
_APPOSITION_GAP = frozenset({"", ","})
# What may part an offset from the written date that restates it ("Sehari sebelumnya, pada Jumat (27/12), ...").
_OFFSET_APPOSITION = frozenset({"", ",", ", pada", ", yakni", ", yaitu", ", tepatnya", ", tepatnya pada"})
# Offsets counted from the anchor or the last date named, which a written date beside them restates.
_COUNTED_FROM_A_POINT = frozenset(tw.PAST_OFFSET + tw.FUTURE_OFFSET + tw.REF_BEFORE + tw.REF_AFTER)
# Kinds whose value does not depend on context, usable as a look-ahead reference.
_ABSOLUTE = {"wd_date", "dmy", "num_date", "year_range", "mon_year", "year", "bare_year", "decade", "wd_span", "dm_span",
             "mon_span"}
# Kinds of a written date that can restate an offset beside it.
_RESTATING = _ABSOLUTE | _APPOSED_DATES
